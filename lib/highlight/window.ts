import { partitionPoint } from '../sorted';

/**
 * What a highlight costs the page, and how much of an article to paint at once.
 *
 * Measured in Chromium: every change to the page's highlight registry makes the next frame check every range of
 * every highlight again (20,000 ranges: ~100 ms a frame, and adding them in batches is quadratic), and a
 * highlight drawn with `text-decoration` makes that frame walk the whole page as well (~80 ms on a page of
 * 100,000 elements, whatever the number of ranges; background and colour cost nothing of the kind). So:
 *  - an article with more marks than PAINT_ALL_MARKS_MAX has only the blocks near the screen painted, and the
 *    painted blocks follow the reader's scrolling (a few hundred ranges at a time);
 *  - a page with more elements than DECORATED_ELEMENTS_MAX is painted in tints alone (no underlines).
 */
export const PAINT_ALL_MARKS_MAX = 1_500;
export const DECORATED_ELEMENTS_MAX = 20_000;

/** Screens above and below the visible one that are painted; the window moves when less than NEAR is left. */
export const WINDOW_SCREENS = 3;
export const NEAR_SCREENS = 1;

export interface BlockSpan {
  /** First and last block index (inclusive). */
  lo: number;
  hi: number;
}

type Probe = (i: number) => { top: number; bottom: number } | null;

/**
 * The blocks that lie (at least partly) between `from` and `to` (client coordinates), found by binary search:
 * blocks come in document order, which is, on an article, their order down the page. A block without a place
 * (no range, nothing laid out) takes the place of the nearest block after it that has one.
 */
export function blocksBetween(count: number, probe: Probe, from: number, to: number): BlockSpan | null {
  if (count === 0) return null;
  const place = (i: number) => {
    for (let j = i; j < count && j < i + 64; j++) {
      const r = probe(j);
      if (r) return r;
    }
    return null;
  };
  // First block whose bottom is below `from`.
  const first = partitionPoint(0, count, (mid) => {
    const r = place(mid);
    return !(r && r.bottom < from);
  });
  // First block whose top is below `to`: the last one in view is just before it.
  const lo = partitionPoint(first, count, (mid) => {
    const r = place(mid);
    return !!r && r.top > to;
  });
  return { lo: Math.min(first, count - 1), hi: Math.min(count - 1, Math.max(first, lo - 1)) };
}

/** The block (by index) of each text node of an article. */
export function blockOfNodes(blocks: readonly { runs?: readonly { node: Node }[] | null }[]): Map<Node, number> {
  const map = new Map<Node, number>();
  blocks.forEach((b, i) => {
    for (const r of b.runs ?? []) map.set(r.node, i);
  });
  return map;
}

export const inSpan = (span: BlockSpan | null, i: number) => !span || (i >= span.lo && i <= span.hi);
export const covers = (outer: BlockSpan, inner: BlockSpan) => inner.lo >= outer.lo && inner.hi <= outer.hi;
