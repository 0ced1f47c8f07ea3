import { browser } from 'wxt/browser';
import readerCss from '../reader/style.css?inline';
import { askFirstLook } from './first-look-query';

/**
 * The reader (entrypoints/reader) is brought into a page by the extension, not by
 * the manifest: the script that runs on every page is small, and the reader comes only where there is something
 * to do. Its stylesheet (the highlights' colours) comes with it.
 */
export const READER_SCRIPT = '/reader.js' as const;

/** Bring the reader into a frame of a tab. */
export type OpenReader = (tabId: number, frameId: number) => Promise<void>;

/**
 * Bring a script (and its stylesheet) into a frame of a tab, one injection at a time per frame: a second request
 * while one is under way waits for the first.
 */
function injector(files: ['/reader.js' | '/notes.js' | '/overlay.js'], css?: string): OpenReader {
  const opening = new Map<string, Promise<void>>();
  return (tabId, frameId) => {
    const id = `${tabId}:${frameId}`;
    let pending = opening.get(id);
    if (!pending) {
      const target = { tabId, frameIds: [frameId] };
      // Both at once: the colours are in place long before anything is painted.
      pending = Promise.all([css ? browser.scripting.insertCSS({ target, css }) : undefined, browser.scripting.executeScript({ target, files })])
        .then(() => undefined)
        .finally(() => opening.delete(id));
      opening.set(id, pending);
    }
    return pending;
  };
}

export const openReader: OpenReader = injector([READER_SCRIPT], readerCss);

/** The reader's highlights and their UI (entrypoints/notes), brought in by the reader when a page needs them. */
export const NOTES_SCRIPT = '/notes.js' as const;
export const openNotes: OpenReader = injector([NOTES_SCRIPT]);

/** The UI of labels and cards (entrypoints/overlay), brought in by the reader when it first has one to draw. */
export const OVERLAY_SCRIPT = '/overlay.js' as const;
export const openOverlay: OpenReader = injector([OVERLAY_SCRIPT]);

/** The error a message to a tab gets when no listener is there (Chrome and Firefox word it differently). */
export function noReceiver(e: unknown): boolean {
  const message = e instanceof Error ? e.message : String(e);
  return /Receiving end does not exist|Could not establish connection/i.test(message);
}

/** Whether the reader runs in a tab's top frame (asked of the page's isolated world, where it says so). */
export type ReaderThere = (tabId: number) => Promise<boolean>;

export const readerThere: ReaderThere = async (tabId) => (await askFirstLook(tabId))?.reader ?? false;

/**
 * Send to the reader in a tab's top frame, bringing it in first when it is not there: a page that is not an
 * article and has no highlights, or one opened before Newsmark was installed. It is asked first: in Chrome a
 * message to a tab where nobody listens does not fail, it is answered with nothing. A send that fails because
 * nobody listened is tried again after bringing the reader in (Firefox says so). Other frames are not read.
 */
export async function toReader<T>(
  tabId: number,
  frameId: number,
  send: () => Promise<T>,
  open: OpenReader = openReader,
  there: ReaderThere = readerThere,
): Promise<T> {
  // Brought in when the page says it is not there; if that fails (a page we may not script), the send says why.
  if (frameId === 0 && !(await there(tabId).catch(() => true))) {
    try {
      await open(tabId, frameId);
    } catch {
      // Told by the send below.
    }
  }
  try {
    return await send();
  } catch (e) {
    if (frameId !== 0 || !noReceiver(e)) throw e;
    await open(tabId, frameId);
    return send();
  }
}
