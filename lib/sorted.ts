/**
 * Binary searches. Everything the engine looks up by offset (tokens, mentions, quotes, paragraphs, text runs) is
 * kept in order, so a look-up is a binary search, not a scan: a page with thousands of quotes and names stays
 * fast. One implementation, so that no call site writes its own bounds.
 */

/**
 * The first index in [lo, hi) at which `pred` holds, for a predicate false then true over the range (else `hi`):
 * the partition point.
 */
export function partitionPoint(lo: number, hi: number, pred: (index: number) => boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pred(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The first index whose item satisfies `pred`, for a predicate false then true along the array (else its length). */
export function firstIndex<T>(items: readonly T[], pred: (item: T) => boolean): number {
  return partitionPoint(0, items.length, (i) => pred(items[i]!));
}
