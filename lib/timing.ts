/**
 * Timing marks along the way from a page's first look to its first highlight (the first look, the snapshot, the
 * background, the engine, the reader), for `npm run bench -- browser` with NEWSMARK_BENCH_MARKS=1 on a build made
 * with NEWSMARK_MARKS=1. Every other build compiles them to nothing: a page can read the marks of its own
 * timeline, and must not learn from them that Newsmark is there.
 */
declare const __NEWSMARK_MARKS__: boolean | undefined;

export function timing(name: string): void {
  if (typeof __NEWSMARK_MARKS__ !== 'undefined' && __NEWSMARK_MARKS__) performance.mark(`nm:${name}`);
}
