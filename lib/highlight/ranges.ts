import { pointAt, type TextRun } from '../extract/dom-text';

/**
 * A live Range over [start, end) of a block's text, or null when the text it was read from is gone or has
 * changed since (the page re-rendered): a highlight in the wrong place is worse than none.
 */
export function rangeOf(doc: Document, runs: readonly TextRun[], start: number, end: number): Range | null {
  if (end <= start) return null;
  for (const r of runs) {
    // `length`, not `data.length`: no string of the node's text is made (this runs for every mark).
    if (!r.node.isConnected || r.node.length < r.nodeStart + r.length) return null;
  }
  const a = pointAt(runs, start, 'start');
  const b = pointAt(runs, end, 'end');
  if (!a || !b) return null;
  const range = doc.createRange();
  try {
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
  } catch {
    return null;
  }
  return range.collapsed ? null : range;
}
