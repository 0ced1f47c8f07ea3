import type { ArticleBlock } from '../extract/index';
import type { Span } from '../types';
import { rangeOf } from './ranges';
import { partitionPoint } from '../sorted';

/**
 * From offsets in the analysed text to live ranges on the page. The text is the article's blocks joined by a
 * separator, so an offset falls in one paragraph, and that paragraph's block knows its text nodes.
 */
export function spanRanges(doc: Document, blocks: readonly ArticleBlock[], paragraphs: readonly Span[], span: Span): Range[] {
  const out: Range[] = [];
  for (let i = paragraphAt(paragraphs, span.start); i >= 0 && i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (p.start >= span.end) break;
    const block = blocks[i];
    const from = Math.max(span.start, p.start) - p.start;
    const to = Math.min(span.end, p.end) - p.start;
    if (block?.runs && to > from) {
      const r = rangeOf(doc, block.runs, from, to);
      if (r) out.push(r);
    }
  }
  return out;
}

/** Index of the paragraph containing (or, between paragraphs, following) `offset`. */
export function paragraphAt(paragraphs: readonly Span[], offset: number): number {
  // The last paragraph when none ends after it.
  return partitionPoint(0, Math.max(0, paragraphs.length - 1), (i) => paragraphs[i]!.end > offset);
}
