import { speakerConfidence } from '../../data/attribution';
import { normalizeForCompare } from '../../text/normalize';
import type { Quote, Span, Speaker } from '../../types';
import { afterItsCue, appositionAfter, continues, opensParagraph, reportedJustBefore, reportedSpeaker, type PersonMention } from './carry';
import { findQuotedSpans, type RawQuote } from './marks';
import type { QuoteContext } from './phrases';
import { attributor } from './rules';
import { echoFinder, isScare, UTTERANCE_CUE_GAP } from './scare';
import { OBJECT_OPENERS } from '../../data/phrases';

/** At most this many characters between a cue and the colon that introduces its short utterance ("said on Monday:"). */
const COLON_GAP_CHARS = 24;

export type { QuoteContext } from './phrases';
export { findQuotedSpans } from './marks';

/**
 * Direct quotes and who said them.
 *
 * Quotes: “curly”, "straight", « guillemets » and „low-high“ marks; quotes inside quotes stay inside; a quote
 * that runs over several paragraphs (each continuing paragraph opens with a mark, only the last one closes)
 * is one quote; a mark never closed ends its quote at the end of its paragraph, so no quote runs away with the
 * article. Speakers: a verb of speech on either side (`"…," she said`, `"…," said Rubio`, `Rubio said: "…"`,
 * `…, noting, "…"`, `according to …`), a paragraph ending in a colon before the quote, the same speaker
 * carried to the next quote, pronouns resolved to the last person of that gender named before, and nominal
 * speakers ("a spokesman for the Pentagon") reported as written.
 *
 * The parts: marks.ts finds the quoted words; phrases.ts reads the article's sentences for the rules; rules.ts
 * holds the attribution rules of one quote, in order; carry.ts the rules that look at the quotes around it;
 * scare.ts tells quotes from quotation marks that quote nobody. The words they use are in lib/data.
 */

export function detectQuotes(ctx: QuoteContext): Quote[] {
  const raw = findQuotedSpans(ctx.text, ctx.paragraphs);
  const attribute = attributor(ctx, raw);
  const echo = echoFinder(ctx.text, raw);
  const quotes: (Quote & { key: string })[] = [];
  let previous: { speaker: Speaker | null; quote: RawQuote; cue: Span | undefined } | null = null;
  // Every person's mentions in text order, once: for the speaker named in apposition and for reported speech.
  const byStart: PersonMention[] = ctx.people
    .flatMap((person) => person.mentions.map((m) => ({ person, start: m.start, end: m.end })))
    .sort((a, b) => a.start - b.start);
  // Each quote's own attribution, once (an echo asks for the longer quote's speaker, wherever it stands).
  const own = new Map(raw.map((q) => [q, attribute(q)] as const));
  for (const q of raw) {
    let found = own.get(q)!;
    if (found.speaker && !found.speaker.personId && found.speaker.end !== undefined) {
      const named = appositionAfter(ctx.text, found.speaker.end, byStart);
      if (named)
        found = { ...found, speaker: { personId: named.person.id, name: named.person.name, start: found.speaker.start, end: named.end, form: 'name' } };
    }
    if (!found.speaker && previous?.speaker && continues(ctx, previous.quote, q)) {
      const rule = afterItsCue(previous, q, byStart, ctx.text)
        ? 'continues-after-cue'
        : q.paragraph === previous.quote.lastParagraph
          ? 'continues'
          : 'continues-next';
      found = { speaker: previous.speaker, cue: undefined, direct: false, rule };
    } else if (!found.speaker && !found.cue && opensParagraph(ctx, q)) {
      // "Tim Gale says the delays have many causes. / “It is a system problem.”": a paragraph that is a quote with
      // no cue of its own, after a paragraph of someone's reported speech, is theirs.
      const reporter = reportedSpeaker(ctx, q.paragraph - 1, byStart);
      if (reporter) found = { speaker: reporter, cue: undefined, direct: false, rule: 'reported-speech' };
    } else if (!found.speaker && !found.cue) {
      const reporter = reportedJustBefore(ctx, q, byStart);
      if (reporter) found = { speaker: reporter, cue: undefined, direct: false, rule: 'reported-speech' };
    }
    // How far to trust the speaker: its rule's and form's measured precision (attribution.ts).
    if (found.speaker && found.rule) {
      const rule = found.rule;
      // A speaker carried from the quote before is no surer than it was there.
      const confidence = Math.min(speakerConfidence(rule, found.speaker.form), found.speaker.confidence ?? 1);
      found = { ...found, speaker: { ...found.speaker, rule, confidence } };
    }
    const text = ctx.text.slice(q.start, q.end).replace(/\n\s*\n[\s\u00a0]*["\u201c\u201e\u00ab]\s*/g, '\n\n');
    // A speaker carried over from the quote before does not make a few words a quote ("The “harbour tax”
    // was dropped" after Ruiz spoke); a cue does.
    const soCalled = /\bso[- ]called[\s\u00a0]*$/i.test(ctx.text.slice(Math.max(0, q.open - 12), q.open));
    // “Nobody,” she said: the cue right after the closing mark.
    const cueAfter = !!found.cue && q.close >= 0 && found.cue.start > q.close && found.cue.start - q.close <= UTTERANCE_CUE_GAP;
    // A quote its own sentence attributes with a verb of saying is the speaker's words, even where they echo a longer
    // quote of the article, the same speaker's or another's ("Cruz warned that the “Washington cartel” is nervous",
    // "Ruiz says closing it is “entirely off the table”" after her whole quote): a partial quote with a cue is a quote.
    // Only a teaser's few words echo a longer quote unattributed.
    const ownCue = found.rule === 'cue-before' || found.rule === 'cue-after';
    const echoes = () => !ownCue && !!echo(q);
    // "Clinton supports “appropriate pay raises”": a person's sentence quoting words that start in lower case, a
    // fragment of what they said, is their quote even with no verb of saying.
    const fragment = found.rule === 'sentence-subject' && !!found.speaker && !found.named && /^\p{Ll}/u.test(text);
    const manyWords = text.trim().split(/\s+/).length >= 2;
    const personsFragment = fragment && (found.speaker?.personId ? !!found.saying || manyWords : !!found.saying && manyWords);
    // Dunn replied: “Never.”: a cue, then a colon before the opening mark, and between them no object of the verb
    // ("announced the winner: “Moonlight.”" names a title).
    // (Looked for just before the mark: a page of thousands of quotes and no colon is not searched back for one.)
    const near = Math.max(0, q.open - 4);
    const at = ctx.text.slice(near, q.open).lastIndexOf(':');
    const colon = at < 0 ? -1 : near + at;
    const gap = found.cue && colon >= found.cue.end ? ctx.text.slice(found.cue.end, colon) : null;
    const colonBefore = gap !== null && gap.length <= COLON_GAP_CHARS && !gap.split(/\s+/).some((w) => OBJECT_OPENERS.has(w.toLowerCase()));
    // (The sentence after it points back at it as someone's words, "“Nobody.” That was Dunn's answer": as a colon
    // introduces an utterance.)
    const scare = soCalled || isScare(text, !!found.cue || personsFragment, echoes, cueAfter, colonBefore || !!found.utterance);
    quotes.push({
      id: '',
      key: withoutTrailingMarks(normalizeForCompare(text)),
      start: q.start,
      end: q.end,
      text,
      speaker: found.speaker,
      ...(found.cue ? { cue: found.cue } : {}),
      scare,
    });
    if (!scare) previous = { speaker: found.speaker, quote: q, cue: found.cue };
  }
  return mergeRepeats(quotes);
}

const MARK_OR_SPACE = /[\p{P}\s]/u;
/**
 * Text without the punctuation and spaces it ends with, walked back from the end: a regex anchored at the end
 * (`[\p{P}\s]+$`) tries every run of marks in the text and is quadratic on a flood of them.
 */
function withoutTrailingMarks(s: string): string {
  let end = s.length;
  while (end > 0 && MARK_OR_SPACE.test(s[end - 1]!)) end--;
  return s.slice(0, end);
}

/** The same words quoted again (as in a repeated paragraph) are one quote with several occurrences. */
function mergeRepeats(quotes: (Quote & { key: string })[]): Quote[] {
  const byKey = new Map<string, Quote & { key: string }>();
  const out: (Quote & { key: string })[] = [];
  for (const q of quotes) {
    const first = q.key.length >= 12 ? byKey.get(q.key) : undefined;
    if (first) {
      first.occurrences ??= [{ start: first.start, end: first.end }];
      first.occurrences.push({ start: q.start, end: q.end });
      if (!first.speaker && q.speaker) {
        first.speaker = q.speaker;
        if (q.cue) first.cue = q.cue;
      }
      first.scare &&= q.scare;
      continue;
    }
    byKey.set(q.key, q);
    out.push(q);
  }
  return out.map(({ key: _key, ...q }, k) => ({ ...q, id: `quote-${k + 1}` }));
}
