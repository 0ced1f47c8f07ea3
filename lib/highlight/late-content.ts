/**
 * Looking again for highlights that were not found (or lost their nodes) as a page's content changes: late
 * content, lazy loading, pages that rebuild themselves. Bounded three ways: a retry waits for a pause in the
 * changes (`delayMs`) but never longer than `maxWaitMs` after the first change it waits on, so a page that never
 * stops changing (a ticker, a live blog, an animation written into the DOM) is still looked at; there are at most
 * `maxRetries` retries per page; and a change that finds nothing missing costs no retry.
 *
 * The whole document is observed, not the <body> the page started with: some pages replace <body> (or
 * <html>'s children) when their app starts, and the new one must be watched too.
 */

export interface LateContentOptions {
  delayMs: number;
  maxWaitMs: number;
  maxRetries: number;
}

export interface LateContentHooks {
  /** The page changed (called on every batch of mutations, retries left or not). */
  changed(): void;
  /** Whether anything is missing now (orphans, or painted ranges that lost their nodes). */
  needed(): boolean;
  /** Look again. */
  retry(): void;
}

export interface LateContentWatch {
  /** A new page (SPA navigation): retries start again from zero. */
  reset(): void;
  /** Retries made since the last reset. */
  readonly retries: number;
  disconnect(): void;
}

export function watchLateContent(doc: Document, hooks: LateContentHooks, options: LateContentOptions): LateContentWatch {
  let retries = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the first change of the burst being waited on came. */
  let since = 0;

  const fire = () => {
    timer = undefined;
    if (retries >= options.maxRetries || !hooks.needed()) return;
    retries++;
    hooks.retry();
  };

  // This realm's MutationObserver, not the page window's (in Firefox a content script's callbacks handed to the
  // page's constructors run into its Xray wrappers).
  const observer = new MutationObserver((records) => {
    // Our own UI coming and going (its host elements on <html>) is no change of the page's.
    if (records.every(ours)) return;
    hooks.changed();
    if (retries >= options.maxRetries) return;
    const now = Date.now();
    if (timer === undefined) since = now;
    else clearTimeout(timer);
    timer = setTimeout(fire, Math.max(0, Math.min(options.delayMs, since + options.maxWaitMs - now)));
  });
  observer.observe(doc, { childList: true, subtree: true, characterData: true });

  return {
    reset() {
      retries = 0;
    },
    get retries() {
      return retries;
    },
    disconnect() {
      observer.disconnect();
      clearTimeout(timer);
      timer = undefined;
    },
  };
}

const isOurs = (n: Node) => n.nodeType === 1 && (n as Element).localName.startsWith('newsmark-');
const ours = (r: MutationRecord) =>
  r.type === 'childList' && r.addedNodes.length + r.removedNodes.length > 0 && [...r.addedNodes, ...r.removedNodes].every(isOurs);
