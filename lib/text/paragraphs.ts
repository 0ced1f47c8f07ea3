import type { BlockKind, Span } from '../types';

/**
 * Split plain text into paragraphs. Blank lines always separate paragraphs. Inside a block without blank
 * lines, single line breaks are kept as soft wraps when the block looks hard-wrapped (every line but the
 * last of similar, moderate length), and are paragraph breaks otherwise: scraped text often puts one
 * paragraph per line with no blank line between.
 * Spans exclude the white space around each paragraph.
 */
export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  const blockRe = /[^\n]*(?:\n(?![ \t\r\f\v\u00A0]*(?:\n|$))[^\n]*)*/g;
  for (const m of text.matchAll(blockRe)) {
    if (m[0].length === 0) {
      blockRe.lastIndex++;
      continue;
    }
    const lines = lineSpans(m[0], m.index);
    const content = lines.filter((l) => l.end > l.start);
    if (content.length === 0) continue;
    if (content.length === 1 || looksHardWrapped(text, content)) {
      spans.push({ start: content[0]!.start, end: content[content.length - 1]!.end });
    } else {
      spans.push(...content);
    }
  }
  return spans;
}

/** Trimmed span of every line in a block (empty spans for blank lines). */
function lineSpans(block: string, offset: number): Span[] {
  const out: Span[] = [];
  let pos = 0;
  for (const line of block.split('\n')) {
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trim();
    const start = offset + pos + lead;
    out.push({ start, end: start + trimmed.length });
    pos += line.length + 1;
  }
  return out;
}

/**
 * Lines wrapped at a fixed width: all lines but the last between 20 and 100 characters, the last no longer
 * than 100, and not every line a finished sentence (one sentence a line is a list, not a wrap).
 */
function looksHardWrapped(text: string, lines: Span[]): boolean {
  const body = lines.slice(0, -1);
  const last = lines[lines.length - 1]!;
  const wrappedWidth = body.every((l) => l.end - l.start >= 20 && l.end - l.start <= 100);
  const sentencePerLine = body.every((l) => /[.!?:"\u201D\u2019)]$/.test(text.slice(l.start, l.end)));
  return wrappedWidth && last.end - last.start <= 100 && !sentencePerLine;
}

/** Blocks a reader counts when saying "the fifth paragraph": body text, not headings or captions. */
const COUNTED_KINDS: ReadonlySet<BlockKind> = new Set(['paragraph', 'list-item', 'blockquote', 'preformatted', 'table-row']);

/** Each block's number as a reader counts paragraphs (1-based), or null for a heading or a caption. */
export function readerNumbers(kinds: readonly BlockKind[]): (number | null)[] {
  let n = 0;
  return kinds.map((k) => (COUNTED_KINDS.has(k) ? ++n : null));
}
