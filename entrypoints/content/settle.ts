import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * After an SPA navigation the new article arrives over a few frames: wait until the DOM has been quiet for
 * `quietMs` (or `maxMs` have passed) before reading it.
 */
export function whenSettled(ctx: ContentScriptContext, quietMs = 400, maxMs = 4000): Promise<void> {
  return new Promise((resolve) => {
    let quiet: number | undefined;
    const done = () => {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(cap);
      resolve();
    };
    const observer = new MutationObserver(() => {
      clearTimeout(quiet);
      quiet = ctx.setTimeout(done, quietMs);
    });
    observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
    quiet = ctx.setTimeout(done, quietMs);
    const cap = ctx.setTimeout(done, maxMs);
    ctx.onInvalidated(done);
  });
}
