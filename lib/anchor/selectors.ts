import type { AnnotationSelector, BlockHintSelector, TextPositionSelector, TextQuoteSelector } from '../types';
import { CodePointIndex } from './codepoints';
import { anchorQuote, copiesInContext, MatchText, type AnchorResult } from './match';

/**
 * Describing a highlight so it can be found again, and finding it: W3C TextQuoteSelector and
 * TextPositionSelector (in code points), plus the text around its paragraph. Pure.
 */

const CONTEXT = 32;

/**
 * Selectors for [start, end) (UTF-16) of a text whose paragraphs are separated by "\n". `m` is that text prepared
 * for matching, when the caller has it already.
 */
export function describe(text: string, start: number, end: number, cp = new CodePointIndex(text), m?: MatchText): AnnotationSelector[] {
  const quote: TextQuoteSelector = {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
  };
  const position: TextPositionSelector = { type: 'TextPositionSelector', start: cp.toCodePoint(start), end: cp.toCodePoint(end) };
  const ps = text.lastIndexOf('\n', start - 1) + 1;
  const nextBreak = text.indexOf('\n', end);
  const pe = nextBreak < 0 ? text.length : nextBreak;
  const hint: BlockHintSelector = {
    type: 'NewsmarkBlockHint',
    before: text.slice(Math.max(0, ps - CONTEXT), ps),
    after: text.slice(pe, pe + CONTEXT),
    offset: cp.toCodePoint(start) - cp.toCodePoint(ps),
  };
  // The page repeats the passage (a caption, a question asked of every interviewee): how many copies, so that
  // when fewer stand later, a survivor is not taken for the highlighted one.
  const copies = copiesInContext(m ?? new MatchText(text), quote.exact, quote.prefix, quote.suffix);
  if (copies > 1) hint.repeated = copies;
  return [quote, position, hint];
}

/** Find a highlight's place again in a (possibly changed) text. Offsets in the result are UTF-16. */
export function anchor(m: MatchText, selectors: readonly AnnotationSelector[], cp: CodePointIndex): AnchorResult {
  const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const position = selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
  const hint = selectors.find((s): s is BlockHintSelector => s.type === 'NewsmarkBlockHint');
  if (!quote) return { status: 'orphan', start: -1, end: -1, score: 0, method: 'none' };
  return anchorQuote(m, {
    exact: quote.exact,
    prefix: quote.prefix,
    suffix: quote.suffix,
    start: position ? cp.toUtf16(position.start) : undefined,
    end: position ? cp.toUtf16(position.end) : undefined,
    before: hint?.before,
    after: hint?.after,
    offset: hint?.offset,
    repeated: hint?.repeated,
  });
}
