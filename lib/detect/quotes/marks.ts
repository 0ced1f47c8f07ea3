import { firstIndex } from '../../sorted';
import type { Span } from '../../types';

/**
 * Finding the quoted words, character by character: “curly”, "straight", « guillemets » and „low-high“ marks;
 * quotes inside quotes stay inside; a quote that runs over several paragraphs (each continuing paragraph opens
 * with a mark, only the last one closes) is one quote; a mark never closed ends its quote at the end of its
 * paragraph, so no quote runs away with the article.
 */

const OPENERS: Record<string, string[]> = {
  // A curly opening mark closed by a straight one (“no evidence") is a typing slip readers still read as a quote; so
  // is one closed by another opening mark after the words' comma or stop (“Not today,“ he said).
  '\u201c': ['\u201d', '"', '\u201c'],
  '\u201e': ['\u201c', '\u201d'],
  '\u00ab': ['\u00bb'],
  // »German and Danish guillemets« point inwards.
  '\u00bb': ['\u00ab'],
  '"': ['"', '\u201d'],
};
/**
 * ‘Single’ marks (British and Irish news quote with them) and 'straight single' ones. The closing mark is also the
 * apostrophe, so a single-quoted quote must close in its paragraph (or go on into one that opens with the same
 * mark), and of the marks that could close it (not inside a word: "don’t"), one followed by punctuation or the end
 * of the paragraph, or after a comma or a full stop, is taken; one followed by a word ("the players’ union") only
 * when no such mark comes, or another quote opens first ("called it ‘reckless’ and ‘unfair’").
 */
const SINGLE_OPENERS: Record<string, string[]> = { '\u2018': ['\u2019'], "'": ["'", '\u2019'] };

/** Continuing paragraphs of a multi-paragraph quote open with one of these. */
const CONTINUATION = /^[\s\u00a0]*(["\u201c\u201e\u00ab])/;
const MAX_CONTINUED_PARAGRAPHS = 12;

export interface RawQuote {
  /** Offsets of the quoted words, without the marks. */
  start: number;
  end: number;
  /** Index of the opening and closing marks (close −1 when never closed). */
  open: number;
  close: number;
  paragraph: number;
  lastParagraph: number;
}

function isOpeningStraight(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  return (prev === undefined || /[\s([{\u2014\u2013\-/:,;]/.test(prev)) && next !== undefined && !/\s/.test(next);
}

function isParagraphOpening(text: string, paragraphStart: number, i: number): boolean {
  return /^[\s\u00a0]*$/.test(text.slice(paragraphStart, i)) && /^[ \u00a0]?[\p{L}\p{N}\u2026]/u.test(text.slice(i + 1, i + 3));
}

function isClosingStraight(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  // "…, 'Go home,' " Arbo said": a space between an inner quote's closing mark and the outer one.
  if (prev === ' ' && /['\u2019]/.test(text[i - 2] ?? '') && /[.,!?]/.test(text[i - 3] ?? '')) return true;
  // "…for the vote,"Lise Harmon said": a closing mark after the words' own comma or stop, the space after it lost.
  if (prev !== undefined && /[.,!?]/.test(prev) && next !== undefined && /\p{Lu}/u.test(next)) return true;
  return prev !== undefined && !/\s/.test(prev) && (next === undefined || /[\s.,;:!?)\]}\u2014\u2013\-'\u2019]/.test(next));
}

/**
 * An article quotes with double marks (single ones then only inside them, and in American headlines) or with
 * single ones (double ones then inside them): read both ways, the article's way is single marks when they quote
 * more often than double ones do outside them.
 */
export function findQuotedSpans(text: string, paragraphs: readonly Span[]): RawQuote[] {
  const doubles = scanQuotes(text, paragraphs, false);
  // No single marks; or two straight single marks ('') stand for double ones, as in some plain-text news feeds,
  // and single ones are then quotes inside quotes.
  if (!/['\u2018]/.test(text) || /''[^']*''/.test(text)) return doubles;
  const both = scanQuotes(text, paragraphs, true);
  const singles = both.filter((q) => SINGLE_OPENERS[text[q.open]!]);
  if (singles.length === 0) return doubles;
  // Double-quoted words inside a single-quoted quote say nothing of the article's marks. The single-quoted quotes
  // are in text order and do not overlap: the one that could hold a double quote is found by binary search.
  const within = (d: RawQuote) => {
    const q = singles[firstIndex(singles, (s) => s.open >= d.open) - 1];
    return !!q && (q.close < 0 || d.open < q.close);
  };
  return singles.length > doubles.filter((d) => !within(d)).length ? both : doubles;
}

function scanQuotes(text: string, paragraphs: readonly Span[], single: boolean): RawQuote[] {
  const out: RawQuote[] = [];
  let p = 0;
  let i = paragraphs[0]?.start ?? 0;
  while (p < paragraphs.length) {
    const para = paragraphs[p]!;
    if (i < para.start) i = para.start;
    if (i >= para.end) {
      p++;
      continue;
    }
    const ch = text[i]!;
    if (single && SINGLE_OPENERS[ch]) {
      const quote = isOpeningSingle(text, i) ? readSingleQuote(text, paragraphs, p, i, ch) : null;
      // "rock 'n' roll": a letter alone between single marks is an elision.
      if (!quote || !/\p{L}.*\p{L}/su.test(text.slice(quote.start, quote.end))) {
        i++;
        continue;
      }
      if (quote.end > quote.start) out.push(quote);
      p = quote.lastParagraph;
      i = quote.close + 1;
      continue;
    }
    // A paragraph that opens with a closing mark (”Fear. I am…”) opens a quote: nothing before it could be closed.
    const closers = ch === '\u201d' && isParagraphOpening(text, para.start, i) ? OPENERS['\u201c'] : OPENERS[ch];
    if (!closers || (ch === '"' && !isOpeningStraight(text, i)) || (ch === '\u00bb' && !/\p{L}/u.test(text[i + 1] ?? ''))) {
      i++;
      continue;
    }
    const quote = readQuote(text, paragraphs, p, i, ch, closers);
    if (quote.end > quote.start) out.push(quote);
    // Resume after the closing mark (or the end of the last paragraph the quote ran into).
    p = quote.lastParagraph;
    i = quote.close >= 0 ? quote.close + 1 : paragraphs[p]!.end;
  }
  return out;
}

function readQuote(text: string, paragraphs: readonly Span[], p0: number, open: number, opener: string, closers: string[]): RawQuote {
  let p = p0;
  let j = open + 1;
  for (let hops = 0; ; ) {
    const para = paragraphs[p]!;
    for (; j < para.end; j++) {
      const c = text[j]!;
      if (closers.includes(c) && isCloserAt(text, j, opener)) {
        return trimmed(text, { start: open + 1, end: j, open, close: j, paragraph: p0, lastParagraph: p });
      }
      // Quotes inside quotes are skipped whole, but only when they close: a stray ‘ (‘90s, an apostrophe) or
      // an inner mark never closed must not hide the outer closing mark.
      const inner = innerCloser(text, j, opener);
      if (!inner) continue;
      const limit = Math.min(para.end, j + MAX_INNER_QUOTE);
      const k = findMark(text, j + 1, limit, [inner], opener);
      if (k >= 0 && (!closers.includes(inner) || findMark(text, k + 1, para.end, closers, opener) >= 0)) j = k;
    }
    // The paragraph ended inside the quote: does the next one continue it?
    const next = paragraphs[p + 1];
    const cont = next ? CONTINUATION.exec(text.slice(next.start, next.start + 8)) : null;
    if (next && cont && hops < MAX_CONTINUED_PARAGRAPHS) {
      p++;
      hops++;
      j = next.start + cont[0].length;
      continue;
    }
    // Never closed: the quote ends with its paragraph.
    return trimmed(text, { start: open + 1, end: para.end, open, close: -1, paragraph: p0, lastParagraph: p });
  }
}

const MAX_INNER_QUOTE = 2000;

/** Two straight single marks together ('') are not a single mark. */
const isDoubledStraight = (text: string, i: number): boolean => text[i] === "'" && (text[i - 1] === "'" || text[i + 1] === "'");

/** A single mark that opens a quote: after a space, a bracket, a dash or a colon, before a letter (not ‘90s). */
function isOpeningSingle(text: string, i: number): boolean {
  const prev = text[i - 1];
  if (isDoubledStraight(text, i)) return false;
  return (prev === undefined || /[\s([{\u2014\u2013\-/:,;\u201c\u201e\u00ab"]/.test(prev)) && /\p{L}/u.test(text[i + 1] ?? '');
}

/** A single mark that may close a quote: after a character that is no space, not before a letter or digit. */
function isSingleCloserAt(text: string, j: number): boolean {
  if (isDoubledStraight(text, j)) return false;
  return !/\s/.test(text[j - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[j + 1] ?? '');
}

/** A closing single mark that can be nothing else: punctuation or the paragraph's end after it, or a comma or stop before. */
function isSureSingleClose(text: string, j: number, paragraphEnd: number): boolean {
  const after = text.slice(j + 1, Math.min(paragraphEnd, j + 3));
  return /^(?:[.,;:!?)\]}\u2014\u2013\u2026]| [\u2014\u2013]|\s*$)/.test(after) || /[.,!?\u2026]/.test(text[j - 1] ?? '');
}

function readSingleQuote(text: string, paragraphs: readonly Span[], p0: number, open: number, opener: string): RawQuote | null {
  const closers = SINGLE_OPENERS[opener]!;
  let p = p0;
  let j = open + 1;
  for (let hops = 0; ; ) {
    const para = paragraphs[p]!;
    const end = (close: number): RawQuote => trimmed(text, { start: open + 1, end: close, open, close, paragraph: p0, lastParagraph: p });
    // The first mark that may close it but is followed by a word.
    let maybe = -1;
    for (; j < para.end; j++) {
      const c = text[j]!;
      // “Double” quotes inside are skipped whole when they close.
      if (c === '\u201c' || (c === '"' && isOpeningStraight(text, j))) {
        const k = findMark(text, j + 1, Math.min(para.end, j + MAX_INNER_QUOTE), c === '"' ? ['"'] : ['\u201d'], '\u201c');
        if (k >= 0) j = k;
        continue;
      }
      if (closers.includes(c) && isSingleCloserAt(text, j)) {
        if (isSureSingleClose(text, j, para.end)) return end(j);
        if (maybe < 0) maybe = j;
        continue;
      }
      // Another quote opens: this one closed before it.
      if (c === opener && maybe >= 0 && isOpeningSingle(text, j)) return end(maybe);
    }
    if (maybe >= 0) return end(maybe);
    // Not closed in its paragraph: a quote only if the next paragraph goes on with the same mark.
    const next = paragraphs[p + 1];
    const cont = next ? /^[\s\u00a0]*(\S)/.exec(text.slice(next.start, next.start + 8)) : null;
    if (next && cont?.[1] === opener && hops < MAX_CONTINUED_PARAGRAPHS) {
      p++;
      hops++;
      j = next.start + cont[0].length;
      continue;
    }
    return null;
  }
}

/** The closing mark an inner quote opened at `j` waits for, or null when no inner quote opens there. */
function innerCloser(text: string, j: number, opener: string): string | null {
  const c = text[j]!;
  const before = text[j - 1] ?? ' ';
  const after = text[j + 1] ?? ' ';
  // ‘single’ quotes open after a space or a mark and before a letter (not ‘90s, not an apostrophe in a word).
  if (c === '\u2018') return /[\s([{\u2014\u2013"\u201c\u201e\u00ab:,-]/.test(before) && /\p{L}/u.test(after) ? '\u2019' : null;
  if (c === '\u201a') return '\u2018';
  // ‹single guillemets› inside «…», and ›the other way‹ inside »…«.
  if (c === '\u2039' && opener !== '\u00bb') return '\u203a';
  if (c === '\u203a' && opener === '\u00bb') return '\u2039';
  if (c === '"' && opener !== '"' && isOpeningStraight(text, j)) return '"';
  if (c === '\u201c' && opener !== '"' && opener !== '\u201e' && /[\s([{\u2014\u2013-]/.test(before) && !/\s/.test(after)) return '\u201d';
  return null;
}

/** Can the mark at `j` close a quote opened with `opener`? */
function isCloserAt(text: string, j: number, opener: string): boolean {
  const c = text[j]!;
  if (c === '"') return isClosingStraight(text, j) && !(opener !== '"' && /\d/.test(text[j - 1] ?? ''));
  // (“ closes „German quotes“; it closes an English “quote“ only as a slip after its comma or stop.)
  // (After a comma, before any word: "“Not today,“ Ruiz said"; after a stop, before a word in lower case.)
  if (c === '\u201c' && opener === '\u201c') {
    const after = text.slice(j + 1, j + 3);
    return (text[j - 1] === ',' && /^(?:\s+\p{L}|\s*$)/u.test(after)) || (/[.!?]/.test(text[j - 1] ?? '') && /^(?:\s+\p{Ll}|\s*$)/u.test(after));
  }
  // "He is like 6’4”, taller …": a height's inch mark after feet and inches.
  if (c === '\u201d' && /\d['\u2019]\d{1,2}$/.test(text.slice(Math.max(0, j - 5), j))) return false;
  // A closing single mark is not an apostrophe inside a word ("don’t").
  if (c === '\u2019') return !/\p{L}/u.test(text[j + 1] ?? '');
  return true;
}

/** The first of `marks` in [from, to) that can close, or −1. */
function findMark(text: string, from: number, to: number, marks: readonly string[], opener: string): number {
  for (let k = from; k < to; k++) if (marks.includes(text[k]!) && isCloserAt(text, k, opener)) return k;
  return -1;
}

function trimmed(text: string, q: RawQuote): RawQuote {
  while (q.start < q.end && /[\s\u00a0]/.test(text[q.start]!)) q.start++;
  while (q.end > q.start && /[\s\u00a0]/.test(text[q.end - 1]!)) q.end--;
  return q;
}

// ---------------------------------------------------------------------------------------------------------
// Who said it.
