import type { PageContext } from './context';

/**
 * A timeout that is cleared when the script is invalidated, and forgets that it was once it has run or been
 * cancelled (a listener kept per call would leak when called per event).
 */
export function later(ctx: PageContext, run: () => void, ms: number): () => void {
  const id = setTimeout(() => {
    forget();
    if (ctx.isValid) run();
  }, ms);
  const forget = ctx.onInvalidated(() => clearTimeout(id));
  return () => {
    clearTimeout(id);
    forget();
  };
}
