import { shared } from '../../lib/page-shared';

/**
 * The reader's lifetime on a page. It ends when the extension is updated or removed (the browser leaves the
 * script behind as an orphan: `chrome.runtime.id` is gone), or when a newer reader is brought into the same page
 * (it stops this one through the isolated world both share, which the page cannot see or reach). Everything
 * registered through it is removed when it ends.
 *
 * Not WXT's ContentScriptContext: that one posts a message to the page (carrying the extension's id) each time a
 * script starts, and dispatches the page's address changes as events the page can see and forge.
 */
export class PageContext {
  private readonly controller = new AbortController();

  /** Start a reader's lifetime, ending the previous reader's on this page if there is one. */
  static start(): PageContext {
    const page = shared();
    page.reader?.stop();
    const ctx = new PageContext();
    const handle = { stop: () => ctx.invalidate() };
    page.reader = handle;
    ctx.onInvalidated(() => {
      if (page.reader === handle) page.reader = undefined;
    });
    return ctx;
  }

  get isInvalid(): boolean {
    if (!this.controller.signal.aborted && !(globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id) this.invalidate();
    return this.controller.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  /** Call back when this lifetime ends; returns the function that forgets the callback. */
  onInvalidated(callback: () => void): () => void {
    const { signal } = this.controller;
    if (signal.aborted) {
      callback();
      return () => {};
    }
    signal.addEventListener('abort', callback, { once: true });
    return () => signal.removeEventListener('abort', callback);
  }

  /** A listener removed when this lifetime ends. It is not called once the extension is gone. */
  addEventListener<K extends keyof DocumentEventMap>(
    target: Document,
    type: K,
    handler: (e: DocumentEventMap[K]) => void,
    options?: AddEventListenerOptions,
  ): void;
  addEventListener(target: EventTarget, type: string, handler: (e: Event) => void, options?: AddEventListenerOptions): void;
  addEventListener(target: EventTarget, type: string, handler: (e: Event) => void, options: AddEventListenerOptions = {}): void {
    target.addEventListener(
      type,
      (e) => {
        if (this.isValid) handler(e);
      },
      { ...options, signal: this.controller.signal },
    );
  }

  invalidate(): void {
    this.controller.abort();
  }
}
