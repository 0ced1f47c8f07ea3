import { htmlParts } from './extract/snapshot';
import type { LiveElements } from './extract/numbering';
import { HTML_PART_CHARS } from './limits';
import { toBackground } from './messages';
import type { NotArticleReason } from './types';

/**
 * What the first look at the page found, shared by the two content scripts. Both run in the extension's
 * isolated world of the page, where a global is the extension's own (the page's scripts cannot see it): the
 * small script that runs on every page (entrypoints/first-look.ts) leaves it for the reader (entrypoints/reader),
 * which the background brings in only where there is something to do.
 */
export interface FirstLook {
  /** The address it was taken at: an SPA navigation makes it stale. */
  url: string;
  /** Elements on the page then. */
  elements: number;
  /** Worth reading: not declined, and readerable. */
  article: boolean;
  /** Why not, when it is not (told to nobody: the background reads it from here when it needs it). */
  reason?: NotArticleReason;
  message?: string;
  /** The page's canonical link, for the key of the reader's highlights on it. */
  canonical?: string | null;
  /**
   * An article's elements, in the numbering of the HTML the first look sent with pageOpened: the engine read
   * that HTML while the reader was being brought in, and the reader places its reading on these elements.
   */
  numbered?: LiveElements;
}

interface Shared {
  look?: FirstLook;
  /**
   * The reader's highlights and their UI (entrypoints/notes), once brought in: it starts them for the reader
   * running on the page. Typed loosely here: lib/ knows nothing of the reader's context or UI.
   */
  startNotes?: (...args: never[]) => unknown;
  /** The UI that draws labels and cards (entrypoints/overlay), once brought in. Typed loosely for the same reason. */
  overlayUi?: unknown;
  /** The reader running on the page, if one is (it handles everything from then on). */
  reader?: { stop(): void };
  /** The reader was asked for because the reader selected text: it offers its toolbar at once. */
  selection?: boolean;
}

const KEY = Symbol.for('newsmark.page');

/** How long an SPA navigation is given to put its new page in place before the first look at it. */
export const SETTLE_MS = 600;

export function shared(): Shared {
  const g = globalThis as unknown as Record<symbol, Shared | undefined>;
  return (g[KEY] ??= {});
}

/**
 * Call back after the page's address changes within the document (pushState, replaceState, a new fragment):
 * the Navigation API's `currententrychange` where there is one, else a comparison once a second (Firefox ESR).
 * Nothing is dispatched on the page. Returns the function that stops it.
 */
export function onAddressChange(changed: () => void): () => void {
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation) {
    navigation.addEventListener('currententrychange', changed);
    return () => navigation.removeEventListener('currententrychange', changed);
  }
  let last = location.href;
  const poll = setInterval(() => {
    if (location.href === last) return;
    last = location.href;
    changed();
  }, 1000);
  return () => clearInterval(poll);
}

/** Give the page the main thread back for a moment: scheduler.yield() where there is one, else a timeout. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A page's HTML to the background. A message serialises on the page's thread, so a large page goes in parts
 * (pagePart), one task each, the page getting the thread back between them; `last` sends the last part with the
 * number of parts before it (readPage, pageOpened). Null: cancelled meanwhile (`live()` turned false).
 */
export async function sendInParts<T>(html: string, live: () => boolean, last: (part: string, before: number) => Promise<T>): Promise<T | null> {
  const parts = htmlParts(html, HTML_PART_CHARS);
  for (let index = 0; index < parts.length - 1; index++) {
    await yieldToPage();
    if (!live()) return null;
    await toBackground.sendMessage('pagePart', { index, part: parts[index]! });
  }
  await yieldToPage();
  if (!live()) return null;
  return last(parts[parts.length - 1]!, parts.length - 1);
}
