import type { ArticleBlock } from '../extract/index';
import type { Analysis } from '../types';
import { paragraphAt, spanRanges } from './locate';
import { MentionIndex, type MentionRef } from './mentions';
import { rangeOf } from './ranges';

/**
 * The live ranges of an article's marks: each block's range, and every mention of a person, an organisation or
 * a quote, indexed by the text nodes they touch. An article with thousands of quotes has tens of thousands of
 * ranges: marksInSlices finds them a few milliseconds at a time, giving the page the thread back in between.
 */
export interface Marks {
  blockRanges: (Range | null)[];
  mentions: MentionIndex;
}

/** One step per block and per mention. */
function* findMarks(doc: Document, blocks: readonly ArticleBlock[], analysis: Analysis, out: Marks): Generator<void> {
  for (const b of blocks) {
    out.blockRanges.push(b.runs ? rangeOf(doc, b.runs, 0, b.text.length) : null);
    yield;
  }
  const add = (ref: MentionRef) => out.mentions.add(ref);
  for (const [kind, list] of [
    ['person', analysis.people],
    ['organization', analysis.organizations],
  ] as const) {
    for (const entity of list) {
      for (let index = 0; index < entity.mentions.length; index++) {
        const range = spanRanges(doc, blocks, analysis.paragraphs, entity.mentions[index]!)[0];
        if (range) add({ kind, id: entity.id, index, range });
        yield;
      }
    }
  }
  // A quote may run over paragraphs: every part of every occurrence is a range of it, without the opening mark
  // of each paragraph it continues into (the first paragraph's mark is outside the quote already).
  for (const q of analysis.quotes) {
    const spans = q.occurrences ?? [{ start: q.start, end: q.end }];
    for (let index = 0; index < spans.length; index++) {
      for (const part of quoteParts(analysis.text, analysis.paragraphs, spans[index]!)) {
        for (const range of spanRanges(doc, blocks, analysis.paragraphs, part)) add({ kind: 'quote', id: q.id, index, range });
      }
      yield;
    }
  }
}

const empty = (): Marks => ({ blockRanges: [], mentions: new MentionIndex() });

/** All marks in one go. */
export function marksNow(doc: Document, blocks: readonly ArticleBlock[], analysis: Analysis): Marks {
  const out = empty();
  for (const _ of findMarks(doc, blocks, analysis, out));
  return out;
}

/** All marks, yielding to the page every `budgetMs`; null when `live()` turned false meanwhile. */
export async function marksInSlices(
  doc: Document,
  blocks: readonly ArticleBlock[],
  analysis: Analysis,
  slicing: { yieldNow: () => Promise<void>; live: () => boolean; budgetMs?: number /** Steps between looks at the clock. */; stride?: number },
): Promise<Marks | null> {
  const { yieldNow, live, budgetMs = 8, stride = 32 } = slicing;
  const out = empty();
  let sliceStart = performance.now();
  let steps = 0;
  for (const _ of findMarks(doc, blocks, analysis, out)) {
    if (++steps % stride !== 0 || performance.now() - sliceStart < budgetMs) continue;
    await yieldNow();
    if (!live()) return null;
    sliceStart = performance.now();
  }
  return out;
}

/** A quote's span cut at paragraph breaks, each continuing paragraph's opening mark and spaces left out. */
export function quoteParts(text: string, paragraphs: readonly { start: number; end: number }[], span: { start: number; end: number }) {
  const parts: { start: number; end: number }[] = [];
  for (let i = paragraphAt(paragraphs, span.start); i >= 0 && i < paragraphs.length && paragraphs[i]!.start < span.end; i++) {
    const p = paragraphs[i]!;
    let start = Math.max(span.start, p.start);
    if (start === p.start && p.start > span.start) while (start < span.end && /[\s\u00a0"\u201c\u201e\u00ab\u00bb\u201d]/.test(text[start]!)) start++;
    const end = Math.min(span.end, p.end);
    if (end > start) parts.push({ start, end });
  }
  return parts;
}
