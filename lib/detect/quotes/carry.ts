import { firstIndex } from '../../sorted';
import { CLAUSE_BREAKERS, CONJUNCTIONS } from '../../data/phrases';
import type { Person, Span, Speaker } from '../../types';
import type { RawQuote } from './marks';
import type { QuoteContext } from './phrases';

/**
 * A quote with no cue of its own, attributed by the quotes and sentences around it: the same speaker carried on
 * ('continues…' rules), someone's reported speech in the paragraph before ('reported-speech'), and the person
 * named in apposition after a description.
 */

/** A person's mention, in the list of all of them in text order. */
export interface PersonMention {
  person: Person;
  start: number;
  end: number;
}

/** "the rookie engineer, Mara Lind": the person named in apposition right after a description, if any. */
export function appositionAfter(text: string, end: number, byStart: readonly PersonMention[]): PersonMention | null {
  const gap = /^\s*,\s*/.exec(text.slice(end, end + 8));
  if (!gap) return null;
  const at = end + gap[0].length;
  const named = byStart[firstIndex(byStart, (m) => m.start >= at)];
  if (!named || named.start !== at) return null;
  // Closed by a comma, a full stop or the end of the sentence: an apposition, not the start of a list.
  return /^\s*(?:[,.;]|$|on\b|in\b|at\b)/.test(text.slice(named.end, named.end + 6)) ? named : null;
}

/** The quote opens its paragraph. */
export function opensParagraph(ctx: QuoteContext, q: RawQuote): boolean {
  const para = ctx.paragraphs[q.paragraph];
  return !!para && ctx.text.slice(para.start, q.open).trim() === '';
}

/** "Name says …", "Name, the depot manager, argued …": a person's words reported in the paragraph's last sentence. */
export const REPORTING_AFTER_NAME =
  /^(?:\s*,[^,.;\n]{1,80},)?\s+(?:also\s+|still\s+)?(says|said|argues|argued|explains|explained|believes|believed|thinks|thought|insists|insisted|warns|warned|adds|added|notes|noted|contends|contended|maintains|maintained|told)\b/;

/** The person whose words the paragraph reports last, if it reports anyone's. */
export function reportedSpeaker(ctx: QuoteContext, paragraph: number, byStart: readonly PersonMention[]): Speaker | null {
  const para = ctx.paragraphs[paragraph];
  if (!para) return null;
  // A paragraph that quotes someone itself is not reported speech.
  if (/["\u201c\u201d\u201e\u00ab\u00bb]/.test(ctx.text.slice(para.start, para.end))) return null;
  let best: PersonMention | null = null;
  // The paragraph's own mentions only, last first.
  for (let i = firstIndex(byStart, (m) => m.start >= para.end) - 1; i >= 0 && byStart[i]!.start >= para.start; i--) {
    const m = byStart[i]!;
    if (m.end > para.end || !REPORTING_AFTER_NAME.test(ctx.text.slice(m.end, Math.min(para.end, m.end + 100)))) continue;
    best = m;
    break;
  }
  return best ? { personId: best.person.id, name: best.person.name, start: best.start, end: best.end, form: 'name' } : null;
}

/**
 * "Sam Lau said in a statement on Monday. “There are no paper ballots.”": a quote that opens a sentence inside its
 * paragraph, right after a sentence that reports a person's words (and quotes nothing itself), is theirs, as the
 * paragraph after reported speech is (`reportedSpeaker`).
 */
export function reportedJustBefore(ctx: QuoteContext, q: RawQuote, byStart: readonly PersonMention[]): Speaker | null {
  const para = ctx.paragraphs[q.paragraph];
  if (!para || q.open <= para.start) return null;
  const { tokens } = ctx.entities;
  const o = firstIndex(tokens, (t) => t.start >= q.open);
  const last = tokens[o - 1];
  // The quote opens its sentence, and the one before ends in its paragraph.
  if (!last || last.start < para.start || tokens[o]?.sentence === last.sentence || !/^[.!?]$/.test(last.text)) return null;
  let from = o - 1;
  while (from > 0 && tokens[from - 1]!.sentence === last.sentence && tokens[from - 1]!.start >= para.start) from--;
  const sentence = ctx.text.slice(tokens[from]!.start, q.open);
  if (/["\u201c\u201d\u201e\u00ab\u00bb]/.test(sentence)) return null;
  // (A sentence of the quote's own, "“There are none.”", not a title or a scare quote: "“The Long Road” opens …".)
  if (!/[.!?]['\u2019]?$/.test(ctx.text.slice(q.start, q.end).trimEnd())) return null;
  for (let i = firstIndex(byStart, (m) => m.start >= q.open) - 1; i >= 0 && byStart[i]!.start >= tokens[from]!.start; i--) {
    const m = byStart[i]!;
    const after = ctx.text.slice(m.end, Math.min(q.open, m.end + 100));
    const verb = REPORTING_AFTER_NAME.exec(after);
    // What follows the verb says to whom, where, when or how ("said in a statement on Monday.", "told reporters.",
    // endsReport); not a clause of what was said ("told the officer she had seen nothing.").
    // (Or a reporting clause set off inside the sentence: "The tuft cell, Herbert said, is always sensing …".)
    const parenthetical = !!verb && /,\s*$/.test(ctx.text.slice(Math.max(0, m.start - 3), m.start)) && /^\s*,/.test(after.slice(verb.index + verb[0].length));
    if (!verb || !(parenthetical || endsReport(after.slice(verb.index + verb[0].length)))) continue;
    return { personId: m.person.id, name: m.person.name, start: m.start, end: m.end, form: 'name' };
  }
  return null;
}

/**
 * What may follow the verb of a sentence that introduces the next quote: whom it was said to, where, when, how
 * ("told reporters on Monday.", "said in a statement.", "told the BBC.", "said, smiling."); not a clause of what was
 * said, with a subject or a verb of its own ("told the officer she had seen nothing.", "told reporters the port
 * would close.").
 */
function endsReport(rest: string): boolean {
  const end = /[.!?:]\s*$/.exec(rest);
  if (!end) return false;
  const words = rest
    .slice(0, end.index)
    .toLowerCase()
    .split(/[^\p{L}'\u2019-]+/u)
    .filter(Boolean);
  return words.length <= REPORT_TAIL_WORDS && !words.some((w) => CLAUSE_WORDS.has(w));
}
/** At most this many words after the verb of a sentence that introduces the next quote. */
const REPORT_TAIL_WORDS = 12;
/** Words that open or carry a clause: the sentence reports what was said, it does not introduce a quote. */
const CLAUSE_WORDS = new Set('that|he|she|they|we|it|i|would|will|could|should|can|had|has|have|was|were|is|are|did|does|do'.split('|'));

/** At most this many characters between a quote and the next one that goes on after its cue. */
export const AFTER_CUE_GAP = 60;
/**
 * …or this many, when the cue's sentence is all there is between them: `“…,” said Port Director Lena Ortiz, who
 * has run the port since 2015. “…”`.
 */
export const AFTER_CUE_SENTENCE_GAP = 200;

/**
 * The rest of a cue's sentence and nothing more (no paragraph break), with no clause of another subject in it ("…,
 * though her spokesman later tried to walk the remark back." gives the next quote to no one): "since" and "as" may
 * stand in a clause about the speaker ("who has run the port since 2015").
 */
function onlyTheCuesSentence(between: string): boolean {
  if (!/^[^.!?;:\n"\u201c\u201d]*[.!?][ \t]*$/.test(between)) return false;
  // (Nor another's doing: "…, and the crowd erupted", "…, as hecklers began chanting", "…, prompting a reply from
  // the prosecutor", "who was then questioned by the chairman".)
  if (/,\s*(as|\p{L}+ing)\b/iu.test(between)) return false;
  return !between
    .toLowerCase()
    .split(/[^\p{L}']+/u)
    .some((w) => (CLAUSE_BREAKERS.has(w) && w !== 'since' && w !== 'as' && w !== 'until') || CONJUNCTIONS.has(w) || w === 'by');
}

/**
 * `“…,” Ruiz said. “…”`: the quote goes on right after the previous quote's cue (the cue between the two, close,
 * or the next quote opening the sentence after the cue's; and no other person named between them).
 */
export function afterItsCue(
  prev: { quote: RawQuote; cue: Span | undefined; speaker: Speaker | null },
  q: RawQuote,
  byStart: readonly PersonMention[],
  text: string,
): boolean {
  const { quote, cue } = prev;
  if (!cue || quote.close < 0 || cue.start < quote.close || cue.end > q.open) return false;
  const gap = q.open - quote.close;
  if (gap > AFTER_CUE_GAP && !(gap <= AFTER_CUE_SENTENCE_GAP && onlyTheCuesSentence(text.slice(cue.end, q.open)))) return false;
  for (let i = firstIndex(byStart, (m) => m.start >= quote.close); i < byStart.length && byStart[i]!.start < q.open; i++) {
    if (byStart[i]!.person.id !== prev.speaker?.personId) return false;
  }
  return true;
}

/** A quote without a cue continues the previous speaker when it follows on: same paragraph, or the next one. */
export function continues(ctx: QuoteContext, prev: RawQuote, q: RawQuote): boolean {
  if (q.paragraph === prev.lastParagraph) return true;
  if (q.paragraph !== prev.lastParagraph + 1) return false;
  const para = ctx.paragraphs[q.paragraph]!;
  // The new paragraph opens with the quote.
  return ctx.text.slice(para.start, q.open).trim() === '';
}
