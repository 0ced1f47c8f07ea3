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
}

interface Shared {
  look?: FirstLook;
  /** The reader running on the page, if one is (it handles everything from then on). */
  reader?: { stop(): void };
  /** The reader was asked for because the reader selected text: it offers its toolbar at once. */
  selection?: boolean;
}

const KEY = Symbol.for('newsmark.page');

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
