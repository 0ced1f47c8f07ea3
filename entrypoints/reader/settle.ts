import type { PageContext } from './context';
import { later } from './timers';

/**
 * After an SPA navigation the new article arrives over a few frames: wait until the DOM has been quiet for
 * `quietMs` (or `maxMs` have passed) before reading it. Everything it registers is removed when it resolves.
 */
export function whenSettled(ctx: PageContext, quietMs = 400, maxMs = 4000): Promise<void> {
  return new Promise((resolve) => {
    let cancelQuiet = () => {};
    const done = () => {
      observer.disconnect();
      cancelQuiet();
      cancelCap();
      forget();
      resolve();
    };
    const observer = new MutationObserver(() => {
      cancelQuiet();
      cancelQuiet = later(ctx, done, quietMs);
    });
    observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
    cancelQuiet = later(ctx, done, quietMs);
    const cancelCap = later(ctx, done, maxMs);
    const forget = ctx.onInvalidated(done);
  });
}
