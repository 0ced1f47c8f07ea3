import { normalizeForCompare } from '../text/normalize';
import { speakerConfidence, type AttributionRule } from '../data/attribution';
import { BETWEEN_SPEAKER_AND_VERB, PHRASAL_SPEECH_VERBS, SAYING_NOUNS, SPEECH_PARTICIPLES, SPEECH_VERBS, SUBJECT_ENDERS } from '../data/speech';
import type { DocEntities } from '../nlp/entities';
import { lexicon } from '../nlp/lexicon';
import type { NlpToken } from '../nlp/tokenize';
import type { Organization, Person, Quote, Span, Speaker } from '../types';

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
 */

const OPENERS: Record<string, string[]> = {
  // A curly opening mark closed by a straight one (“no evidence") is a typing slip readers still read as a quote.
  '\u201c': ['\u201d', '"'],
  '\u201e': ['\u201c', '\u201d'],
  '\u00ab': ['\u00bb'],
  // »German and Danish guillemets« point inwards.
  '\u00bb': ['\u00ab'],
  '"': ['"', '\u201d'],
};
/** Continuing paragraphs of a multi-paragraph quote open with one of these. */
const CONTINUATION = /^[\s\u00a0]*(["\u201c\u201e\u00ab])/;
const MAX_CONTINUED_PARAGRAPHS = 12;

/** A verb of speech as written in running text (lower case: "States" and "Reports" are names). */
const isSpeechWord = (t: NlpToken | undefined): boolean => !!t && t.kind === 'word' && !t.cap && SPEECH_VERBS.has(t.lower);

/** Things that speak for someone: "a council memo found that …", "The piece called it …". */
const SOURCE_NOUNS = new Set(
  'report|reports|memo|study|letter|statement|article|piece|poll|survey|ad|advertisement|campaign|editorial|column|post|tweet|book|memoir|document|filing|complaint|lawsuit|ruling|analysis|review|website|page|video|film|spot|release|agency|court|committee|panel|council|board|government|administration|department|ministry|office|company|firm|group|party|team|network|newspaper|magazine|paper|station|channel|show|percent|majority|most|half|voters|people|official|spokesman|spokeswoman|spokesperson|senator|governor|mayor|president|minister|candidate|nominee|chairman|chair|director|secretary|leader|lawyer|attorney|judge|prosecutor|expert|analyst|critic|supporter|writer|author|host|narrator|doctor|father|mother|wife|husband|son|daughter|friend|neighbor|neighbour|woman|man|resident'.split(
    '|',
  ),
);
/** Plural nouns that name the group a "they" stands for. */
const GROUPS = new Set(
  'officials|sources|analysts|experts|critics|residents|witnesses|aides|advisers|advisors|police|prosecutors|investigators|lawmakers|democrats|republicans|supporters|opponents|protesters|voters|observers|economists|researchers|scientists|doctors|authorities|leaders|members|organizers|organisers|activists|workers|executives|diplomats|lawyers|attorneys|senators|officers|spokesmen|representatives|parents|students|teachers|farmers|unions|groups'.split(
    '|',
  ),
);
const SUBJECT_PRONOUNS: Record<string, 'm' | 'f' | 'x'> = { he: 'm', she: 'f', they: 'x' };
const NP_STOP = new Set(
  'that|which|who|whom|whose|what|how|why|and|but|or|as|when|while|because|if|although|though|where|after|before|since|than|so|then|said|says|it'.split('|'),
);
const PREPOSITIONS = new Set(
  'in|on|at|by|for|with|from|into|of|to|about|over|under|after|before|during|since|through|amid|among|against|without|within'.split('|'),
);

/** Can a speaker phrase start with this word? A determiner, a capitalised word, "officials"… not "in", "that". */
function isSpeakerOpener(t: NlpToken): boolean {
  // "63 percent said", "Two officials said".
  if (t.kind === 'number') return true;
  if (t.kind !== 'word') return false;
  if (SPEAKER_OPENERS.has(t.lower)) return true;
  return t.cap && !PREPOSITIONS.has(t.lower) && !NP_STOP.has(t.lower) && !/^(it|this|there|here|when|what|why|how|if|in|on|at|but|and|so|yet)$/i.test(t.text);
}

const SCARE_MAX_WORDS = 4;
/** Words that open a clause before the subject ("Although the IMF…, it …", "In June, …"). */
const CLAUSE_OPENERS = new Set(
  'although|though|while|when|whereas|after|before|because|since|if|once|despite|unlike|following|during|in|at|on|amid|for|by|over|under|earlier|later|meanwhile|still|yet|now|then|instead|however'.split(
    '|',
  ),
);
/** Words that open another clause after a quote: its verb is not the quote's cue. */
const CLAUSE_BREAKERS = new Set('when|while|because|after|before|if|since|as|but|although|though|where|until|unless|whereas'.split('|'));
const COPULAS = new Set(['is', 'was', 'are', 'were']);
const CONJUNCTIONS = new Set(['but', 'and', 'so', 'yet', 'or']);
/** Words that end a subject: auxiliaries and adverbs standing before the verb. */
/** Words that follow a verb, not a noun: an object's determiner or pronoun. */
const OBJECT_OPENERS = new Set('the|a|an|his|her|their|its|our|my|your|this|these|those|him|them|us|me|one'.split('|'));

interface RawQuote {
  /** Offsets of the quoted words, without the marks. */
  start: number;
  end: number;
  /** Index of the opening and closing marks (close −1 when never closed). */
  open: number;
  close: number;
  paragraph: number;
  lastParagraph: number;
}

export interface QuoteContext {
  text: string;
  paragraphs: Span[];
  entities: DocEntities;
  people: Person[];
  organizations: Organization[];
}

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
      const rule = afterItsCue(previous, q, byStart) ? 'continues-after-cue' : q.paragraph === previous.quote.lastParagraph ? 'continues' : 'continues-next';
      found = { speaker: previous.speaker, cue: undefined, direct: false, rule };
    } else if (!found.speaker && !found.cue && opensParagraph(ctx, q)) {
      // "Tim Gale says the delays have many causes. / “It is a system problem.”": a paragraph that is a quote with
      // no cue of its own, after a paragraph of someone's reported speech, is theirs.
      const reporter = reportedSpeaker(ctx, q.paragraph - 1, byStart);
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
    // quote of the article ("Cruz warned that the “Washington cartel” is nervous"): only a teaser echoes unattributed.
    const ownCue = found.rule === 'cue-before' || found.rule === 'cue-after';
    // …unless the longer quote is the same speaker's: then these are the same words said once, shown once (a standfirst's
    // “absolutely ruled out” under the quote it comes from).
    const echoes = () => {
      const longer = echo(q);
      return !!longer && (!ownCue || sameSpeaker(own.get(longer)?.speaker ?? null, found.speaker));
    };
    // "Clinton supports “appropriate pay raises”": a person's sentence quoting words that start in lower case, a
    // fragment of what they said, is their quote even with no verb of saying.
    const personsFragment = found.rule === 'sentence-subject' && !!found.speaker?.personId && /^\p{Ll}/u.test(text) && text.trim().split(/\s+/).length >= 2;
    const scare = soCalled || isScare(text, !!found.cue || personsFragment, echoes, cueAfter);
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

// ---------------------------------------------------------------------------------------------------------
// Finding the quoted words.

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
  return prev !== undefined && !/\s/.test(prev) && (next === undefined || /[\s.,;:!?)\]}\u2014\u2013\-'\u2019]/.test(next));
}

export function findQuotedSpans(text: string, paragraphs: readonly Span[]): RawQuote[] {
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
/**
 * How many tokens a speaker's subject is looked for over: before a participle ("…, saying “…”"), and across an
 * opening clause ("Although …, she said"). Bounded, so that a sentence of thousands of quotes stays linear.
 */
const SUBJECT_REACH = 80;

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

interface Attribution {
  speaker: Speaker | null;
  cue: Span | undefined;
  /** The cue stands right against the quote (`"…," she said`, `said: "…"`), not somewhere in its sentence. */
  direct: boolean;
  /**
   * Only the sentence's subject (no verb of saying). It is kept over a speaker carried from the quote before:
   * measured on PolNeAR train, the sentence's own subject is right more often.
   */
  weak?: boolean;
  /** The rule that found it (attribution.ts). */
  rule?: AttributionRule;
}

/** Words that can open a speaker phrase after a quote ("the official said"), besides names and pronouns. */
const SPEAKER_OPENERS = new Set(
  'the|a|an|this|that|one|another|his|her|their|its|our|my|your|some|many|several|two|three|both|most|other|officials|sources|analysts|experts|critics|residents|witnesses|aides|advisers|advisors|police|prosecutors|investigators|lawmakers|democrats|republicans|supporters|opponents|protesters|people|voters|observers|economists|researchers|scientists|doctors|authorities|spokesman|spokeswoman|spokesperson'.split(
    '|',
  ),
);

function attributor(ctx: QuoteContext, raw: RawQuote[]) {
  const { tokens } = ctx.entities;
  const lex = lexicon();
  // Verbs of saying in two words ("shot back", "fired back", "cut in"): the first word is the cue where the
  // second follows it; alone, "shot" and "cut" say nothing.
  const phrasal = new Set<NlpToken>();
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word' && !t.cap && PHRASAL_SPEECH_VERBS.get(t.lower) === tokens[k + 1]!.lower) phrasal.add(t);
  }
  const isSpeechVerb = (t: NlpToken | undefined): boolean => isSpeechWord(t) || (!!t && phrasal.has(t));
  // Quotes are in text order and do not overlap, nor do mentions: every look-up below is a binary search, so a
  // page with thousands of quotes and names stays fast.
  const insideQuote = (offset: number) => {
    const q = raw[firstIndex(raw, (x) => x.end > offset)];
    return !!q && q.start <= offset;
  };
  type Mention = { start: number; end: number; person: Person };
  const mentions: Mention[] = ctx.people
    .flatMap((person) => person.mentions.map((m) => ({ ...m, person })))
    .filter((m) => !insideQuote(m.start))
    .sort((a, b) => a.start - b.start);
  const orgMentions = ctx.organizations.flatMap((o) => o.mentions.map((m) => ({ ...m, org: o }))).sort((a, b) => a.start - b.start);
  /** The first organisation mention overlapping [from, to). */
  const orgAt = (from: number, to: number) => {
    const o = orgMentions[firstIndex(orgMentions, (x) => x.end > from)];
    return o && o.start < to ? o : undefined;
  };
  /** The last organisation mention that ends by `offset`. */
  const orgBefore = (offset: number) => orgMentions[firstIndex(orgMentions, (x) => x.end > offset) - 1];
  // The person's own (an honorific's or the given name's, lib/detect/people.ts).
  const genderOf = (p: Person): 'm' | 'f' | null => p.gender ?? null;

  // The first token of each token's sentence, found once: walking back to it for every quote is quadratic in a
  // sentence of thousands of quotes.
  const sentenceStarts = new Int32Array(tokens.length);
  for (let i = 1; i < tokens.length; i++) sentenceStarts[i] = tokens[i]!.sentence === tokens[i - 1]!.sentence ? sentenceStarts[i - 1]! : i;

  /** First token starting at or after `offset`. */
  const tokenAt = (offset: number): number => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  /** The first person mention overlapping [from, to). */
  const personAt = (from: number, to: number) => {
    const m = mentions[firstIndex(mentions, (x) => x.end > from)];
    return m && m.start < to ? m : undefined;
  };
  /** Person mentions inside [from, to). */
  const mentionsWithin = (from: number, to: number) => {
    const out: Mention[] = [];
    for (let i = firstIndex(mentions, (x) => x.start >= from); i < mentions.length && mentions[i]!.end <= to; i++) out.push(mentions[i]!);
    return out;
  };

  /** The speaker a noun phrase over tokens [a, b) names. */
  const speakerOf = (a: number, b: number, quoteStart: number): Speaker | null => {
    if (b <= a) return null;
    const start = tokens[a]!.start;
    const end = tokens[b - 1]!.end;
    const m = personAt(start, end);
    if (m) return { personId: m.person.id, name: m.person.name, start: m.start, end: m.end, form: 'name' };
    const first = tokens[a]!;
    // A first-person piece: "I laughed and said, “…”".
    if (b - a === 1 && first.text === 'I') return { name: 'the writer', start, end, form: 'writer' };
    const gender = b - a === 1 ? SUBJECT_PRONOUNS[first.lower] : undefined;
    if (gender) {
      // The person the pronoun stands for: of the people named before it (outside quotes) whose gender fits,
      // the subject of the nearest sentence (its first person named), else the one named last.
      const fits = (c: Mention) => gender === 'x' || genderOf(c.person) === null || genderOf(c.person) === gender;
      const sentenceOf = (offset: number) => tokens[Math.min(tokenAt(offset), tokens.length - 1)]!.sentence;
      let i = firstIndex(mentions, (c) => c.end > Math.min(start, quoteStart)) - 1;
      while (i >= 0 && !fits(mentions[i]!)) i--;
      const last = mentions[i];
      if (last) {
        // Back through the fitting mentions of the same sentence to its first.
        const nearest = sentenceOf(last.start);
        let subject = last;
        for (let j = i - 1; j >= 0 && sentenceOf(mentions[j]!.start) === nearest; j--) if (fits(mentions[j]!)) subject = mentions[j]!;
        return { personId: subject.person.id, name: subject.person.name, start, end, form: 'pronoun' };
      }
      // "Pentagon officials met… “…,” they said": the group named last in the two sentences before.
      if (gender === 'x') {
        const floor = Math.max(0, a - 80);
        const sentence = first.sentence;
        for (let k = a - 1; k >= floor && sentence - tokens[k]!.sentence <= 2; k--) {
          if (!GROUPS.has(tokens[k]!.lower) || insideQuote(tokens[k]!.start)) continue;
          let g = k;
          while (g > floor && tokens[g - 1]!.cap && tokens[g - 1]!.kind === 'word' && !tokens[g - 1]!.sentenceStart) g--;
          if (
            g > floor &&
            tokens[g - 1]!.cap &&
            tokens[g - 1]!.sentenceStart &&
            !/^(the|a|an|some|many|several|two|three|both|most|other)$/i.test(tokens[g - 1]!.text)
          )
            g--;
          return { name: ctx.text.slice(tokens[g]!.start, tokens[k]!.end), start, end, form: 'group' };
        }
      }
      return { name: first.text, start, end, form: 'pronoun' };
    }
    // "it said", "what it called": the organisation named last before.
    if (b - a === 1 && first.lower === 'it') {
      const org = orgBefore(start);
      return org && start - org.end < 600 ? { name: org.org.name, start, end, form: 'organization' } : null;
    }
    const org = orgAt(start, end);
    const phrase = ctx.text.slice(start, end);
    // "the president", "the secretary": the one person of the article with that title.
    const titled = /^the\s+(.+)$/i.exec(phrase);
    if (titled) {
      const want = titled[1]!.toLowerCase();
      const matches = ctx.people.filter((p) => p.title && p.title.toLowerCase().replace(/^(former|acting)\s+/, '') === want);
      if (matches.length === 1) return { personId: matches[0]!.id, name: matches[0]!.name, start, end, form: 'title' };
    }
    if (org && b - a <= 4 && org.start <= start + 4) return { name: org.org.name, start, end, form: 'organization' };
    return { name: phrase, start, end, form: 'description' };
  };

  /** A noun phrase starting at token `a` (the speaker after a verb): a name, a pronoun or a short phrase. */
  const phraseFrom = (a: number, limit: number): [number, number] | null => {
    const t = tokens[a];
    if (t?.kind !== 'word') return null;
    const m = personAt(t.start, t.end);
    if (m) return [a, tokenAt(m.end)];
    if (SUBJECT_PRONOUNS[t.lower] !== undefined) return [a, a + 1];
    // "“…,” it said": the organisation named last (speakerOf).
    if (t.lower === 'it' && !t.cap) return [a, a + 1];
    if (!isSpeakerOpener(t)) return null;
    let b = a;
    while (b < limit && b - a < 10) {
      const u = tokens[b]!;
      if (u.kind === 'punct' && u.text !== '-' && u.text !== "'s" && u.text !== '’s') break;
      if (b > a && (NP_STOP.has(u.lower) || isSpeechVerb(u) || SPEECH_PARTICIPLES.has(u.lower) || (!u.cap && /^(has|had|have|is|was|are|were)$/.test(u.lower))))
        break;
      b++;
    }
    return b > a ? [a, b] : null;
  };

  /**
   * Past an aside between a speaker and the verb: "Ana Ruiz, 52, said", "Rep. Ola Berg (D-Maine), a
   * oversight panel member, said". Returns the token after the aside (or `k` when there is none).
   */
  const skipAside = (k: number, limit: number): number => {
    let i = k;
    for (let n = 0; n < 2; n++) {
      const t = tokens[i];
      if (!t) break;
      if (t.text === '(') {
        const close = tokens.slice(i, Math.min(limit, i + 12)).findIndex((u) => u.text === ')');
        if (close < 0) break;
        i += close + 1;
      } else if (t.text === ',') {
        const close = tokens.slice(i + 1, Math.min(limit, i + 16)).findIndex((u) => u.text === ',');
        if (close < 0) break;
        i += close + 2;
      } else break;
    }
    return i;
  };
  /** The same, read backwards from a verb: the token where the subject ends. */
  const skipAsideBack = (b: number, floor: number): number => {
    let e = b;
    for (let n = 0; n < 2; n++) {
      const t = tokens[e - 1];
      if (!t || e - 1 <= floor) break;
      if (t.text === ')') {
        let o = e - 2;
        while (o > floor && e - o < 12 && tokens[o]!.text !== '(') o--;
        if (tokens[o]?.text !== '(') break;
        e = o;
      } else if (t.text === ',') {
        let o = e - 2;
        while (o > floor && e - o < 16 && tokens[o]!.text !== ',') o--;
        if (tokens[o]?.text !== ',' || o <= floor) break;
        e = o;
      } else break;
    }
    return e;
  };

  /** A noun phrase ending at token `b` (exclusive): the subject before a verb. */
  const phraseBefore = (b: number, floor: number, relative = false): [number, number] | null => {
    let e = b;
    const adverb = (t: NlpToken) => BETWEEN_SPEAKER_AND_VERB.has(t.lower) || (!t.cap && /^\p{L}{3,}ly$/u.test(t.text));
    while (e > floor && adverb(tokens[e - 1]!)) e--;
    e = skipAsideBack(e, floor);
    while (e > floor && adverb(tokens[e - 1]!)) e--;
    const last = tokens[e - 1];
    if (!last || e <= floor) return null;
    // "Beck, who said", "the police department, which reported": the subject is what the relative pronoun
    // stands for, the phrase right before it.
    if ((last.lower === 'who' || last.lower === 'which') && !relative) {
      let f = e - 1;
      if (tokens[f - 1]?.text === ',') f--;
      return f > floor ? phraseBefore(f, floor, true) : null;
    }
    const m = personAt(last.start, last.end);
    if (m) return [tokenAt(m.start), e];
    if (SUBJECT_PRONOUNS[last.lower] !== undefined || last.lower === 'it') return [e - 1, e];
    let a = e;
    while (a > floor && e - a < 8) {
      const u = tokens[a - 1]!;
      if (u.kind === 'punct' && u.text !== '-' && !/^['\u2019]s$/.test(u.text)) break;
      if (NP_STOP.has(u.lower) || isSpeechVerb(u) || SPEECH_PARTICIPLES.has(u.lower)) break;
      // What a relative pronoun stands for is the nearest noun phrase: "a letter from the widow of a retired
      // lighthouse keeper who wrote" is the keeper.
      if (relative && PREPOSITIONS.has(u.lower)) break;
      a--;
    }
    // A speaker phrase opens with a determiner, a name or a word like "officials"; anything else is not one.
    while (a < e && !isSpeakerOpener(tokens[a]!)) a++;
    // "Sen. Ann Ruiz of Ohio, who said": a person named right before the preposition is who the pronoun means.
    if (relative && a < e && PREPOSITIONS.has(tokens[a - 1]?.lower ?? '')) {
      const named = tokens[a - 2] && personAt(tokens[a - 2]!.start, tokens[a - 2]!.end);
      if (named) return [tokenAt(named.start), a - 1];
    }
    return a < e ? [a, e] : null;
  };

  const cueSpan = (a: number, b: number): Span => ({ start: tokens[a]!.start, end: tokens[b - 1]!.end });

  /** "late-night tweets", "the claims", "Trump’s remarks": a verb of speech written as a noun. */
  const nounUse = (v: number): boolean => {
    const prev = tokens[v - 1];
    if (!prev) return false;
    return (
      OBJECT_OPENERS.has(prev.lower) || prev.lower === 'of' || /^['\u2019]s$/.test(prev.text) || (prev.kind === 'word' && !prev.cap && prev.text.includes('-'))
    );
  };

  /**
   * The subject of the main clause in tokens [floor, o): the noun phrase the sentence starts with (after an
   * opening clause and its comma), up to its verb. Null when the clause has no such subject before `o` or is a
   * copula ("Only the fishermen are “safe”" quotes nobody).
   */
  const subjectPhrase = (floor: number, o: number): [number, number] | null => {
    let a = floor;
    while (a < o && a - floor < SUBJECT_REACH && (tokens[a]!.kind === 'punct' || CONJUNCTIONS.has(tokens[a]!.lower))) a++;
    // An opening clause: "Although the IMF…, it", "In June, …", "Reprising a line, the senator …".
    const opensClause = (t: NlpToken) =>
      CLAUSE_OPENERS.has(t.lower) ||
      (t.cap && t.kind === 'word' && (/\p{L}{3,}ing$/u.test(t.text) || (/\p{L}{3,}ly$/u.test(t.text) && lex.common.has(t.lower))));
    for (let n = 0; n < 2 && a < o && opensClause(tokens[a]!); n++) {
      // The clause's comma, looked for within reach: a sentence of thousands of quotes has none near.
      let comma = a;
      while (comma < o && comma - a < SUBJECT_REACH && tokens[comma]!.text !== ',') comma++;
      if (comma >= o || tokens[comma]!.text !== ',') return null;
      a = comma + 1;
    }
    const first = tokens[a];
    if (!first || a >= o) return null;
    if (SUBJECT_PRONOUNS[first.lower] !== undefined || first.lower === 'it' || first.text === 'I') return [a, a + 1];
    const named = personAt(first.start, first.end);
    if (!named && !isSpeakerOpener(first)) return null;
    // The phrase ends where an aside starts ("Two analysts, Ann Lee and Bo Kim, found …").
    let end = -1;
    for (let b = named ? tokenAt(named.end) : a + 1; b < o && b - a < 8 + (end < 0 ? 0 : 16); b++) {
      const u = tokens[b]!;
      if ((u.text === ',' || u.text === '(') && end < 0) {
        const past = skipAside(b, o);
        if (past === b || past >= o) return null;
        end = b;
        b = past - 1;
        continue;
      }
      if (u.kind === 'punct' && !/^['\u2019]s$/.test(u.text) && u.text !== '-') return null;
      if (u.kind !== 'word' || u.cap) continue;
      const next = tokens[b + 1];
      const verb =
        // Right after an aside comes the verb ("Two analysts, Ann Lee and Bo Kim, found …").
        (end >= 0 && tokens[b - 1]!.text === ',') ||
        SUBJECT_ENDERS.has(u.lower) ||
        SPEECH_VERBS.has(u.lower) ||
        /^\p{L}{3,}(ed|ly)$/u.test(u.text) ||
        // "Ruiz supports “modest fee increases”": the word right before the quote, after the subject, is its verb.
        (b + 1 === o && /\p{L}{2,}s$/u.test(u.text)) ||
        (!!next && next.kind === 'word' && (OBJECT_OPENERS.has(next.lower) || (/s$/.test(u.lower) && (PREPOSITIONS.has(next.lower) || next.lower === 'that'))));
      if (verb) return b > a && !(COPULAS.has(u.lower) && !/ing$/.test(next?.lower ?? '')) ? [a, end < 0 ? b : end] : null;
      if (u.lower === 'of') continue;
      if (NP_STOP.has(u.lower) || PREPOSITIONS.has(u.lower)) return null;
    }
    return null;
  };

  /**
   * A signature under a quote: a capitalised name of two to four words from token `d` to the end of its
   * paragraph or a comma ("― Ilsabet Morrowind", "-Jonas Ekberg, a ferry pilot").
   */
  const signature = (d: number, limit: number): [number, number] | null => {
    let e = d;
    while (e < limit && e - d < 4 && tokens[e]!.kind === 'word' && tokens[e]!.cap) e++;
    if (e - d < 2) return null;
    const next = tokens[e];
    return !next || e >= limit || next.text === ',' || next.text === '.' || next.lineStart ? [d, e] : null;
  };

  /** "“…”" closing its paragraph, and the next paragraph opens with a dash and a name. */
  const signedBelow = (q: RawQuote): Attribution | null => {
    if (q.close < 0) return null;
    const para = ctx.paragraphs[q.lastParagraph]!;
    const next = ctx.paragraphs[q.lastParagraph + 1];
    if (!next || next.end - next.start > 200 || ctx.text.slice(q.close + 1, para.end).trim().length > 1) return null;
    const k = tokenAt(next.start);
    if (!/^[\u2014\u2015\u2013-]$/.test(tokens[k]?.text ?? '')) return null;
    const limit = tokenAt(next.end);
    const who = tokens[k + 1] && personAt(tokens[k + 1]!.start, tokens[k + 1]!.end);
    const np: [number, number] | null = who ? [k + 1, tokenAt(who.end)] : signature(k + 1, limit);
    return np ? { speaker: speakerOf(np[0], np[1], q.start), cue: cueSpan(k, k + 1), direct: true } : null;
  };

  /** After the closing mark: `she said`, `said Rubio`, `according to officials`. */
  const after = (q: RawQuote): Attribution | null => {
    if (q.close < 0) return null;
    let k = tokenAt(q.close + 1);
    const sentence = tokens[k]?.sentence;
    while (tokens[k] && tokens[k]!.kind === 'punct' && /^[,.!?;\u2014\u2013-]$/.test(tokens[k]!.text) && k < tokenAt(q.close + 1) + 2) k++;
    const t = tokens[k];
    const paraEnd = ctx.paragraphs[q.lastParagraph]!.end;
    // The cue must follow in the quote's own paragraph.
    if (!t || t.start - q.close > 6 || t.start >= paraEnd) return null;
    // “…ended.” Russia insisted…: after a finished sentence a capitalised word opens the next one ("she said"
    // after “You winning?” is lower case and still attributes).
    if (/[.!?]$/.test(ctx.text.slice(q.start, q.end)) && t.cap && SUBJECT_PRONOUNS[t.lower] === undefined && !isSpeechVerb(t)) {
      // Only a short closing cue ("Ruiz said.", "Ruiz said on Tuesday.", "Ruiz told reporters.") attributes it;
      // "Park said Kim's…" opens a sentence of its own.
      const verbSoon = tokens.slice(k, k + 6).findIndex((u) => isSpeechVerb(u));
      const verb = verbSoon >= 0 ? tokens[k + verbSoon] : undefined;
      const that = verb ? tokens[k + verbSoon + 1] : undefined;
      const closes =
        !that ||
        that.sentence !== verb!.sentence ||
        that.kind === 'punct' ||
        PREPOSITIONS.has(that.lower) ||
        /^(today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|this|earlier|later|afterward|afterwards|recently)$/i.test(
          that.text,
        ) ||
        /^(told|tells|asked|asks)$/.test(verb!.lower);
      if (!verb || !closes || that?.lower === 'that') return null;
    }
    const limit = Math.min(tokens.length, tokenAt(paraEnd));
    // "“…,” as a council memo put it", "“…,” as Ruiz said": the phrase between "as" and the verb.
    if (t.lower === 'as' && !t.cap) {
      const np = phraseFrom(k + 1, limit);
      const verb = np ? tokens[np[1]] : undefined;
      if (np && verb && ((verb.lower === 'put' && tokens[np[1] + 1]?.lower === 'it') || isSpeechVerb(verb))) {
        return { speaker: speakerOf(np[0], np[1], q.start), cue: cueSpan(k, np[1] + (verb.lower === 'put' ? 2 : 1)), direct: true };
      }
    }
    // "“…,” per the party’s bylaws".
    if (t.lower === 'per' && !t.cap) {
      const np = phraseFrom(k + 1, limit);
      if (np && np[1] - np[0] <= 6) return { speaker: speakerOf(np[0], np[1], q.start), cue: cueSpan(k, k + 1), direct: true };
    }
    if (t.lower === 'according' && tokens[k + 1]?.lower === 'to') {
      const np = phraseFrom(k + 2, limit);
      if (np) return { speaker: speakerOf(np[0], np[1], q.start), cue: cueSpan(k, k + 2), direct: true };
    }
    // "“…” suggests that Phoenix…": the quote is the verb's subject; "that" opens a clause, not a speaker.
    if (isSpeechVerb(t) && tokens[k + 1]?.lower === 'that') return null;
    if (isSpeechVerb(t)) {
      const np = phraseFrom(k + 1, limit);
      if (np) return { speaker: speakerOf(np[0], np[1], q.start), cue: cueSpan(k, k + 1), direct: true };
      // "said flood survivor Ana Ruiz": the person named in the next few words.
      const next = mentions[firstIndex(mentions, (m) => m.start >= t.end)];
      const soon = next && next.start - t.end < 40 && next.end <= (tokens[limit - 1]?.end ?? Infinity) ? next : undefined;
      if (soon && !ctx.text.slice(t.end, soon.start).includes('.')) {
        return {
          speaker: { personId: soon.person.id, name: soon.person.name, start: soon.start, end: soon.end, form: 'name' },
          cue: cueSpan(k, k + 1),
          direct: true,
        };
      }
    }
    // "“…” ― Steve Quinlan": a dash and a name under a quote.
    if (/^[\u2014\u2015\u2013-]$/.test(tokens[k - 1]?.text ?? '') || /^[\u2014\u2015\u2013]$/.test(t.text)) {
      const d = /^[\u2014\u2015\u2013-]$/.test(t.text) ? k + 1 : k;
      const who = tokens[d] && personAt(tokens[d]!.start, tokens[d]!.end);
      if (who) return { speaker: speakerOf(d, tokenAt(who.end), q.start), cue: cueSpan(d - 1, d), direct: true };
      const signed = signature(d, limit);
      if (signed) return { speaker: speakerOf(signed[0], signed[1], q.start), cue: cueSpan(d - 1, d), direct: true };
    }
    const np = phraseFrom(k, limit);
    if (np) {
      let v = skipAside(np[1], limit);
      while (v < limit && BETWEEN_SPEAKER_AND_VERB.has(tokens[v]!.lower)) v++;
      const verb = tokens[v];
      if (isSpeechVerb(verb) && (verb!.sentence === sentence || verb!.sentence === tokens[np[0]]!.sentence)) {
        return { speaker: speakerOf(np[0], np[1], q.start), cue: cueSpan(v, v + 1), direct: true };
      }
    }
    // "“…,” harbour committee Chairman Rep. Ola Berg (D-Maine) said": a verb of speech close after the quote, and the
    // person named between.
    for (let v = k, stop = Math.min(limit, k + 14); v < stop; v++) {
      const u = tokens[v]!;
      if (u.kind === 'punct' && /^[.!?"\u201c\u201d]$/.test(u.text)) break;
      if (CLAUSE_BREAKERS.has(u.lower)) {
        // "“…,” as the crowd cheered, Ruiz said": a clause set off by commas is passed over; one that runs on
        // ("“…,” when Brandt asked him") is another speaker's.
        let c = v + 1;
        while (c < Math.min(limit, v + 14) && tokens[c]!.text !== ',' && !/^[.!?]$/.test(tokens[c]!.text)) c++;
        if (tokens[c]?.text !== ',') break;
        stop = Math.min(limit, c + 10);
        v = c;
        continue;
      }
      if (!isSpeechVerb(u)) continue;
      const between = mentionsWithin(t.start, u.start);
      const who = between[between.length - 1];
      if (who)
        return {
          speaker: { personId: who.person.id, name: who.person.name, start: who.start, end: who.end, form: 'name' },
          cue: cueSpan(v, v + 1),
          direct: true,
        };
      // "“…” for criminal behaviour, she said.": the quote's sentence goes on a few words, then a comma and the
      // cue that closes it (a pronoun or a short phrase before the verb, nothing but the end after it).
      const np = phraseBefore(v, k);
      const end = tokens[v + 1];
      if (np && tokens[np[0] - 1]?.text === ',' && (!end || /^[.,;!?]$/.test(end.text) || end.sentence !== u.sentence)) {
        return { speaker: speakerOf(np[0], np[1], q.start), cue: cueSpan(v, v + 1), direct: true };
      }
      break;
    }
    return null;
  };

  /** Before the opening mark, in its sentence: `Rubio said: “`, `…, noting, “`, `According to X, “`. */
  const before = (q: RawQuote, from?: number): Attribution | null => {
    const o = from ?? tokenAt(q.open);
    if (o <= 0) return null;
    // A quote that opens its sentence has nothing before it in that sentence.
    if (from === undefined && tokens[o]?.sentence !== tokens[o - 1]!.sentence) return null;
    // Introduced (`said: "`, `told reporters, "`, `said "`) rather than embedded (`called it "a disaster"`).
    const mark = tokens[o - 1]!;
    const introduced = from !== undefined || /^[:,\u2014-]$/.test(mark.text) || SPEECH_VERBS.has(mark.lower) || SPEECH_PARTICIPLES.has(mark.lower);
    const floor = sentenceStarts[o - 1]!;
    // The last cue before the mark, close enough to it ("said in a statement on Tuesday:").
    const subjectOfSentence = (v: number): Attribution | null => {
      for (let s0 = Math.max(floor, v - SUBJECT_REACH); s0 < v; s0++) {
        const u = tokens[s0]!;
        const m = personAt(u.start, u.end);
        if (m) return { speaker: speakerOf(s0, tokenAt(m.end), q.start), cue: cueSpan(v, v + 1), direct: introduced };
        if (SUBJECT_PRONOUNS[u.lower] !== undefined) return { speaker: speakerOf(s0, s0 + 1, q.start), cue: cueSpan(v, v + 1), direct: introduced };
      }
      return null;
    };
    for (let v = o - 1; v >= floor && o - v <= 40; v--) {
      const t = tokens[v]!;
      if (t.kind === 'punct' && /^["\u201c\u201d\u201e\u00ab\u00bb]$/.test(t.text)) break;
      if (t.lower === 'to' && tokens[v - 1]?.lower === 'according') {
        // "According to morning radio host Ola Berg, …": the phrase up to the comma.
        let e = v + 1;
        while (e < o && tokens[e]!.text !== ',' && e - v < 14) e++;
        if (e > v + 1) return { speaker: speakerOf(v + 1, e, q.start), cue: cueSpan(v - 1, v + 1), direct: introduced };
      }
      // "as The Harbour Gazette put it in a long profile, “…”".
      if (t.lower === 'put' && tokens[v + 1]?.lower === 'it') {
        let a = v;
        while (a > floor && v - a < 10 && tokens[a - 1]!.lower !== 'as') a--;
        if (a > floor && a < v) return { speaker: speakerOf(a, v, q.start), cue: cueSpan(a - 1, v + 2), direct: introduced };
      }
      // "Brandt's statement: “…”"; not "Priebus called Clinton's remarks a “new low”", where a verb of saying before
      // the noun has its own subject, the one quoted.
      const verbBefore = () => {
        for (let u = floor; u < v - 2; u++) if (isSpeechVerb(tokens[u]) && !nounUse(u)) return true;
        return false;
      };
      if (SAYING_NOUNS.has(t.lower) && /^['\u2019]s$/.test(tokens[v - 1]?.text ?? '') && !verbBefore()) {
        const owner = phraseBefore(v - 1, floor);
        if (owner) return { speaker: speakerOf(owner[0], owner[1], q.start), cue: cueSpan(v, v + 1), direct: introduced };
      }
      if (SPEECH_PARTICIPLES.has(t.lower)) {
        // The subject of the sentence: its first person, or pronoun; else the organisation it opens with
        // ("the port authority issued a statement calling …").
        const subject = subjectOfSentence(v);
        if (subject) return subject;
        const o = orgMentions[firstIndex(orgMentions, (x) => x.start >= tokens[floor]!.start)];
        const org = o && o.end <= t.start ? o : undefined;
        if (org) return { speaker: { name: org.org.name, start: org.start, end: org.end, form: 'organization' }, cue: cueSpan(v, v + 1), direct: introduced };
        // "The Democratic candidate blasted the plan, calling it “absurd”": the sentence's subject, however described.
        const np = subjectPhrase(floor, v);
        if (np && canSay(np[0], np[1])) return { speaker: speakerOf(np[0], np[1], q.start), cue: cueSpan(v, v + 1), direct: introduced };
        // "After saying …, she was …": the subject comes after the quote.
        const later = q.close >= 0 ? tokenAt(q.close + 1) : -1;
        for (let s0 = later; s0 >= 0 && s0 < Math.min(tokens.length, later + 6); s0++) {
          const u = tokens[s0]!;
          if (SUBJECT_PRONOUNS[u.lower] !== undefined || personAt(u.start, u.end))
            return { speaker: speakerOf(s0, s0 + 1, q.start), cue: cueSpan(v, v + 1), direct: introduced };
        }
        return null;
      }
      if (isSpeechVerb(t) && !nounUse(v)) {
        const subject = phraseBefore(v, floor);
        if (subject) return { speaker: speakerOf(subject[0], subject[1], q.start), cue: cueSpan(v, v + 1), direct: introduced };
        // "…, said Rubio: “…”" (a name or pronoun after the verb; "asked the crowd to…" is no speaker)
        // The verb then follows a comma or opens its clause: "Clinton, said Rubio: “…”", not "asked Clinton".
        const inverted = v === floor || tokens[v - 1]!.kind === 'punct';
        const np = inverted ? phraseFrom(v + 1, o) : null;
        const named = np && (personAt(tokens[np[0]]!.start, tokens[np[1] - 1]!.end) || SUBJECT_PRONOUNS[tokens[np[0]]!.lower] !== undefined);
        if (np && named) return { speaker: speakerOf(np[0], np[1], q.start), cue: cueSpan(v, v + 1), direct: introduced };
        // "Mayor Ana Ruiz said Friday that … but said “…”": the subject of the sentence.
        return subjectOfSentence(v);
      }
    }
    // "The mayor is trying a new slogan: “The harbour is yours.”" — a colon introduces the quote of the
    // sentence's subject (and so does a paragraph ending in one).
    if (mark.text === ':' || from !== undefined) return subjectOfSentence(Math.max(floor, o - 1));
    return null;
  };

  /** "…, according to the organisers." closing the quote's sentence, further on than `after` looks. */
  const accordingLater = (q: RawQuote): Attribution | null => {
    if (q.close < 0) return null;
    const k = tokenAt(q.close + 1);
    // The quote's sentence goes on after it (“Bobby!” at a rally…, even where its "!" ended a sentence).
    const sentence = tokens[k] && !tokens[k]!.cap ? tokens[k]!.sentence : tokens[k - 1]?.sentence;
    const limit = Math.min(tokens.length, tokenAt(ctx.paragraphs[q.lastParagraph]!.end));
    for (let v = k; v < limit && tokens[v]!.sentence === sentence; v++) {
      if (/^["\u201c\u201d\u201e\u00ab\u00bb]$/.test(tokens[v]!.text)) return null;
      if (tokens[v]!.lower !== 'according' || tokens[v + 1]?.lower !== 'to' || tokens[v - 1]?.text !== ',') continue;
      const np = phraseFrom(v + 2, limit);
      return np ? { speaker: speakerOf(np[0], np[1], q.start), cue: cueSpan(v, v + 2), direct: false } : null;
    }
    return null;
  };

  /**
   * A quote set inside a sentence that has no verb of saying ("Brandt admires the harbour master as a “true servant”", "The
   * piece used her words as its headline: “…”"): the words are the subject's. The subject is the noun phrase the
   * sentence (or its main clause, after an opening clause and its comma) starts with, up to its verb.
   */
  const sentenceSubject = (q: RawQuote): Attribution | null => {
    const o = tokenAt(q.open);
    if (o <= 0 || tokens[o]?.sentence !== tokens[o - 1]!.sentence) return null;
    const np = subjectPhrase(sentenceStarts[o - 1]!, o);
    if (!np || !canSay(np[0], np[1])) return null;
    const speaker = speakerOf(np[0], np[1], q.start);
    return speaker ? { speaker, cue: undefined, direct: false, weak: true } : null;
  };

  /**
   * Can the phrase over tokens [a, b) say something? A person, a pronoun, an organisation, a group ("critics"),
   * a document ("a council memo"), or a phrase with a proper name in it ("The Republican nominee"); not "The
   * storm" or "The pier".
   */
  const canSay = (a: number, b: number): boolean => {
    const first = tokens[a]!;
    if (b - a === 1 && (SUBJECT_PRONOUNS[first.lower] !== undefined || first.lower === 'it' || first.text === 'I')) return true;
    if (personAt(first.start, tokens[b - 1]!.end) || orgAt(first.start, tokens[b - 1]!.end)) return true;
    const phrase = tokens.slice(a, b);
    // A proper name: capitalised inside the phrase, or at its start when it is not an everyday word ("Bush" is
    // a surname too; "Immediately" is neither).
    const proper = (t: NlpToken, i: number) =>
      t.cap && t.kind === 'word' && (i > 0 || !lex.common.has(t.lower) || lex.surnames.has(t.lower) || lex.given.has(t.lower));
    // People by what they do: engineers, economists, historians.
    const agents = (t: NlpToken) => t.kind === 'word' && /\p{L}{3,}(ers|ists?|ians?)$/u.test(t.lower);
    return phrase.some((t, i) => GROUPS.has(t.lower) || SOURCE_NOUNS.has(t.lower) || agents(t) || proper(t, i));
  };

  /** A paragraph ending in a colon introduces the quote that opens the next one. */
  const colonIntro = (q: RawQuote): Attribution | null => {
    const para = ctx.paragraphs[q.paragraph]!;
    const prev = ctx.paragraphs[q.paragraph - 1];
    if (!prev || ctx.text.slice(para.start, q.open).trim() !== '' || !/:\s*$/.test(ctx.text.slice(prev.start, prev.end))) return null;
    return before(q, tokenAt(ctx.text.lastIndexOf(':', prev.end)));
  };

  // The rules of one quote, in the order of ATTRIBUTION_RULES ('continues' and 'reported-speech' look at the
  // quotes around it: detectQuotes).
  const rules: [AttributionRule, (q: RawQuote) => Attribution | null][] = [
    ['cue-after', after],
    ['cue-before', (q) => before(q)],
    ['according-later', accordingLater],
    ['signed-below', signedBelow],
    ['colon-intro', colonIntro],
    ['sentence-subject', sentenceSubject],
  ];
  return (q: RawQuote): Attribution => {
    for (const [rule, find] of rules) {
      const found = find(q);
      if (found) return { ...found, rule };
    }
    return { speaker: null, cue: undefined, direct: false };
  };
}

/** The first index whose item satisfies `pred`, for a predicate false then true along the array (else length). */
function firstIndex<T>(items: readonly T[], pred: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pred(items[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** A person's mention, in the list of all of them in text order. */
interface PersonMention {
  person: Person;
  start: number;
  end: number;
}

/** "the rookie engineer, Mara Lind": the person named in apposition right after a description, if any. */
function appositionAfter(text: string, end: number, byStart: readonly PersonMention[]): PersonMention | null {
  const gap = /^\s*,\s*/.exec(text.slice(end, end + 8));
  if (!gap) return null;
  const at = end + gap[0].length;
  const named = byStart[firstIndex(byStart, (m) => m.start >= at)];
  if (!named || named.start !== at) return null;
  // Closed by a comma, a full stop or the end of the sentence: an apposition, not the start of a list.
  return /^\s*(?:[,.;]|$|on\b|in\b|at\b)/.test(text.slice(named.end, named.end + 6)) ? named : null;
}

/** The quote opens its paragraph. */
function opensParagraph(ctx: QuoteContext, q: RawQuote): boolean {
  const para = ctx.paragraphs[q.paragraph];
  return !!para && ctx.text.slice(para.start, q.open).trim() === '';
}

/** "Name says …", "Name, the depot manager, argued …": a person's words reported in the paragraph's last sentence. */
const REPORTING_AFTER_NAME =
  /^(?:\s*,[^,.;\n]{1,80},)?\s+(?:also\s+|still\s+)?(says|said|argues|argued|explains|explained|believes|believed|thinks|thought|insists|insisted|warns|warned|adds|added|notes|noted|contends|contended|maintains|maintained|told)\b/;

/** The person whose words the paragraph reports last, if it reports anyone's. */
function reportedSpeaker(ctx: QuoteContext, paragraph: number, byStart: readonly PersonMention[]): Speaker | null {
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

/** At most this many characters between a quote and the next one that goes on after its cue. */
const AFTER_CUE_GAP = 60;

/**
 * `“…,” Ruiz said. “…”`: the quote goes on right after the previous quote's cue (the cue between the two, close,
 * and no other person named between them).
 */
function afterItsCue(prev: { quote: RawQuote; cue: Span | undefined; speaker: Speaker | null }, q: RawQuote, byStart: readonly PersonMention[]): boolean {
  const { quote, cue } = prev;
  if (!cue || quote.close < 0 || cue.start < quote.close || cue.end > q.open || q.open - quote.close > AFTER_CUE_GAP) return false;
  for (let i = firstIndex(byStart, (m) => m.start >= quote.close); i < byStart.length && byStart[i]!.start < q.open; i++) {
    if (byStart[i]!.person.id !== prev.speaker?.personId) return false;
  }
  return true;
}

/** A quote without a cue continues the previous speaker when it follows on: same paragraph, or the next one. */
function continues(ctx: QuoteContext, prev: RawQuote, q: RawQuote): boolean {
  if (q.paragraph === prev.lastParagraph) return true;
  if (q.paragraph !== prev.lastParagraph + 1) return false;
  const para = ctx.paragraphs[q.paragraph]!;
  // The new paragraph opens with the quote.
  return ctx.text.slice(para.start, q.open).trim() === '';
}

/** At most this many characters between a short utterance's closing mark and its cue ("” she said", "” Ana Ruiz said"). */
const UTTERANCE_CUE_GAP = 24;

/**
 * Quotation marks that quote nobody: a term or a nickname in a sentence that attributes nothing ("the so-called
 * “sex tape”"), a title of a work or a show, a number, or a few words that only echo a longer quote of the
 * article (a teaser's “absolutely ruled out”). A short quote a sentence attributes ("called them
 * “deplorables”") is a quote.
 */
function isScare(quoted: string, attributed: boolean, echo: () => boolean, cueAfter = false): boolean {
  const words = quoted.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0 || !/\p{L}/u.test(quoted)) return true;
  const titleLike = words.length <= 8 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(a|an|the|of|and|in|on|to|for|with)$/.test(w));
  // “Nobody,” she said. / “Oh, Lord,” she blurted: words closed by a comma inside the marks, then at once a cue,
  // are an utterance, however short (not a title's words: “Fox News Sunday,” said … names a show).
  const titleWords = titleLike && words.length >= 2 && !/[,;:!?]/.test(quoted.trim().slice(0, -1));
  if (cueAfter && /,$/.test(quoted.trim()) && !titleWords) return echo();
  if (titleLike && words.length < 6) return true;
  if (words.length > SCARE_MAX_WORDS) return false;
  // A whole short sentence (“That is a fantasy.”) is said by someone, unless it only echoes a longer quote.
  if (words.length >= 2 && /^\p{Lu}/u.test(quoted) && /[.!?]$/.test(quoted)) return echo();
  return !attributed || echo();
}

/**
 * Which longer quote of the same article does a short quote's wording stand inside (null: none)? Each quote's words are
 * normalised once, and only short quotes ask (it is the teaser test). The longer quotes are kept longest first,
 * so a short quote looks only at those more than 10 characters longer than itself; and an article that would
 * make this compare more than ECHO_BUDGET_CHARS in all (thousands of short quotes beside thousands of long
 * ones) finds no more echoes past that point rather than taking seconds.
 */
const ECHO_BUDGET_CHARS = 20_000_000;
function echoFinder(text: string, raw: RawQuote[]): (q: RawQuote) => RawQuote | null {
  let longestFirst: { quote: RawQuote; length: number; words: string }[] | null = null;
  let budget = ECHO_BUDGET_CHARS;
  const words = (q: RawQuote) =>
    normalizeForCompare(text.slice(q.start, q.end))
      .replace(/[^\p{L}\p{N} ]/gu, '')
      .trim();
  return (q) => {
    const mine = words(q);
    if (!mine) return null;
    longestFirst ??= raw.map((quote) => ({ quote, length: quote.end - quote.start, words: words(quote) })).sort((a, b) => b.length - a.length);
    const least = q.end - q.start + 10;
    for (const o of longestFirst) {
      if (o.length <= least) break;
      if (o.quote === q) continue;
      budget -= o.words.length;
      if (budget < 0) return null;
      if (o.words.includes(mine)) return o.quote;
    }
    return null;
  };
}

/** The same speaker: the same person of the article, or the same words for one. */
function sameSpeaker(a: Speaker | null, b: Speaker | null): boolean {
  if (!a || !b) return false;
  if (a.personId || b.personId) return a.personId === b.personId;
  return a.name.toLowerCase() === b.name.toLowerCase();
}
