import { DEMONYMS, PARTIES } from '../../data/demonyms';
import { TITLES } from '../../data/titles';
import { KIN_NOUNS } from '../../data/name-context';
import {
  BEFORE_A_VERB,
  BETWEEN_SPEAKER_AND_VERB,
  AFTER_QUOTE_SPEECH_VERBS,
  CLOSING_SPEECH_VERBS,
  IRREGULAR_PAST,
  NAMING_VERBS,
  PASSIVE_BE,
  PHRASAL_SPEECH_VERBS,
  SAYING_NOUNS,
  SPEECH_PARTICIPLES,
  SPEECH_VERBS,
  SUBJECT_ENDERS,
} from '../../data/speech';
import {
  CLAUSE_OPENERS,
  CONJUNCTIONS,
  COPULAS,
  GROUPS,
  NP_STOP,
  OBJECT_OPENERS,
  PREPOSITIONS,
  SOURCE_NOUNS,
  SPEAKER_OPENERS,
  SPEAKING_BODIES,
  BUSINESS_BODIES,
  SUBJECT_PRONOUNS,
  POSSESSIVE,
  ARTICLES,
  RELATIVE_WORDS,
} from '../../data/phrases';
import type { DocEntities } from '../../nlp/entities';
import { isCommonStem, lexicon } from '../../nlp/lexicon';
import type { NlpToken } from '../../nlp/tokenize';
import { firstIndex } from '../../sorted';
import type { Organization, Person, Span, Speaker } from '../../types';
import type { RawQuote } from './marks';

/**
 * The article as the attribution rules (rules.ts) read it: its tokens and sentences, the people and organisations
 * named outside quotes, and the noun-phrase helpers the rules share (the speaker a phrase names, the subject
 * before a verb, the phrase after one). Made once per article by quotePhrases; each rule takes it explicitly.
 */

export interface QuoteContext {
  text: string;
  paragraphs: Span[];
  entities: DocEntities;
  people: Person[];
  organizations: Organization[];
}

export type Mention = { start: number; end: number; person: Person };

/**
 * How many tokens a speaker's subject is looked for over: before a participle ("…, saying “…”"), and across an
 * opening clause ("Although …, she said"). Bounded, so that a sentence of thousands of quotes stays linear.
 */
export const SUBJECT_REACH = 80;

/** A verb of speech as written in running text (lower case: "States" and "Reports" are names). */
const isSpeechWord = (t: NlpToken | undefined): boolean => !!t && t.kind === 'word' && !t.cap && SPEECH_VERBS.has(t.lower);

/** Can a speaker phrase start with this word? A determiner, a capitalised word, "officials"… not "in", "that". */
function isSpeakerOpener(t: NlpToken): boolean {
  // "63 percent said", "Two officials said".
  if (t.kind === 'number') return true;
  if (t.kind !== 'word') return false;
  if (SPEAKER_OPENERS.has(t.lower)) return true;
  return t.cap && !PREPOSITIONS.has(t.lower) && !NP_STOP.has(t.lower) && !/^(it|this|there|here|when|what|why|how|if|in|on|at|but|and|so|yet)$/i.test(t.text);
}

/** Closing double quotation marks, as tokens, and how many words before a closing verb of saying one may stand. */
const QUOTE_CLOSER_TOKEN = /^["\u201d\u00bb]$/;
const CLOSING_VERB_REACH = 8;

/** Nouns of someone close to a person ("the wife of Tom Lee", "a source close to …", "an aide to …"). */
const RELATIONS = new Set([
  ...KIN_NOUNS,
  ...'aide|aides|lawyer|lawyers|attorney|spokesman|spokeswoman|spokesperson|ally|allies|adviser|advisers|advisor|supporter|supporters|critic|critics|associate|biographer|source|sources|close|official|officials|staff|staffer|counsel'.split(
    '|',
  ),
]);

/** Nouns an infinitive completes ("refusal to call", "decision to read"): the verb after them is no cue. */
const INFINITIVE_NOUNS = new Set(
  'refusal|decision|attempt|attempts|effort|efforts|plan|plans|move|willingness|unwillingness|ability|inability|bid|push|right|need|reluctance|failure|desire|intention|order|request|invitation|chance|opportunity|reason|way|time|urge|temptation|tendency|habit|readiness|eagerness|pressure|calls'.split(
    '|',
  ),
);

/** Words of quantity before a plural noun ("many states", "several claims"). */
const QUANTIFIERS = new Set(['many', 'several', 'some', 'few', 'all', 'both', 'most', 'numerous', 'various', 'other', 'these', 'those']);

/** A pronoun and a verb in one word ("You're", "We've", "They'd"). */
const CONTRACTED_PRONOUN = /^(i|you|we|they|he|she|it|that|there)['\u2019](s|re|ve|d|ll|m)$/i;

/** Double quotation marks, as tokens. */
const QUOTE_MARK_TOKEN = /^["\u201c\u201d\u201e\u00ab\u00bb]$/;

export type Phrases = ReturnType<typeof quotePhrases>;

export function quotePhrases(ctx: QuoteContext, raw: readonly RawQuote[]) {
  const { tokens } = ctx.entities;
  const lex = lexicon();
  // Verbs of saying in two words ("shot back", "fired back", "cut in"): the first word is the cue where the
  // second follows it; alone, "shot" and "cut" say nothing.
  const phrasal = new Set<NlpToken>();
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word' && !t.cap && PHRASAL_SPEECH_VERBS.get(t.lower) === tokens[k + 1]!.lower) phrasal.add(t);
  }
  // Verbs that say only where they close a quote's sentence ("“…,” Bolton charged.", "“…?” Ruiz pressed."): a
  // closing quotation mark a few words before, and the sentence ends with them.
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    const afterQuote = AFTER_QUOTE_SPEECH_VERBS.has(t.lower);
    if (t.kind !== 'word' || t.cap || !(CLOSING_SPEECH_VERBS.has(t.lower) || afterQuote)) continue;
    const next = tokens[k + 1];
    if (!afterQuote && next && next.sentence === t.sentence && !/^[.!?]$/.test(next.text)) continue;
    // (The quote's words end in a mark of their own, "“…,” Bolton charged"; and only a speaker stands between, no
    // preposition: not "the anthem “O Harbor,” the speech by Governor Tom Vell began".)
    for (let b = k - 1; b >= Math.max(0, k - CLOSING_VERB_REACH); b--) {
      const u = tokens[b]!;
      if (PREPOSITIONS.has(u.lower) || isSpeechWord(u)) break;
      if (!QUOTE_CLOSER_TOKEN.test(u.text)) continue;
      if (/[,.?!]/.test(ctx.text[u.start - 1] ?? '')) phrasal.add(t);
      break;
    }
  }
  const isSpeechVerb = (t: NlpToken | undefined): boolean => isSpeechWord(t) || (!!t && phrasal.has(t));
  // Quotes are in text order and do not overlap, nor do mentions: every look-up below is a binary search, so a
  // page with thousands of quotes and names stays fast.
  // The quotes' own marks, by offset: a single mark is also an apostrophe, so a token is a quote's mark by where it is.
  const markOffsets = new Set<number>();
  for (const q of raw) {
    markOffsets.add(q.open);
    if (q.close >= 0) markOffsets.add(q.close);
  }
  /** Is this token a quotation mark (a quote's own, or a double mark anywhere)? */
  const isQuoteMark = (t: NlpToken): boolean => t.kind === 'punct' && (QUOTE_MARK_TOKEN.test(t.text) || markOffsets.has(t.start));
  // Where the quote that a closing mark ends opened, by the closing mark's offset.
  const openedAt = new Map<number, number>();
  for (const q of raw) if (q.close >= 0) openedAt.set(q.close, q.open);
  const insideQuote = (offset: number) => {
    const q = raw[firstIndex(raw, (x) => x.end > offset)];
    return !!q && q.start <= offset;
  };
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

  // The first token of each token's sentence, found once: walking back to it for every quote is quadratic in a
  // sentence of thousands of quotes.
  const sentenceStarts = new Int32Array(tokens.length);
  for (let i = 1; i < tokens.length; i++) sentenceStarts[i] = tokens[i]!.sentence === tokens[i - 1]!.sentence ? sentenceStarts[i - 1]! : i;

  /** First token starting at or after `offset`. */
  const tokenAt = (offset: number): number => firstIndex(tokens, (t) => t.start >= offset);

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

  /**
   * The one person an apposition before `before` gives the description `want` ("rookie winger"): "the rookie
   * winger, Sam Ekberg", "rookie winger Sam Ekberg", "Sam Ekberg, the/a (19-year-old) rookie winger". Undefined
   * when the description is not all lower-case words, or fits no one or more than one person.
   */
  let lowerText: string | undefined;
  // Each description's places in the article, read once: the people it was given to, in text order, as far as
  // each place (a page of thousands of "the union" reads the article once, not once per quote).
  const descriptions = new Map<string, { at: number; person: Person | undefined }[]>();
  const describedPerson = (want: string, before: number): Person | undefined => {
    if (!/^[a-z][a-z-]*(?: [a-z][a-z-]*){0,3}$/.test(want)) return undefined;
    let places = descriptions.get(want);
    if (!places) {
      places = describedPlaces(want);
      descriptions.set(want, places);
    }
    // The last place before `before`: the one person given the description up to there, if exactly one.
    const k = firstIndex(places, (x) => x.at >= before) - 1;
    return k >= 0 ? places[k]!.person : undefined;
  };
  /** Every place of `want`, with the one person it was given to up to and including that place (undefined: none, or more). */
  const describedPlaces = (want: string): { at: number; person: Person | undefined }[] => {
    const places: { at: number; person: Person | undefined }[] = [];
    const found = new Set<Person>();
    lowerText ??= ctx.text.toLowerCase();
    const lower = lowerText;
    // (The people this place gives the description to.)
    const read = (at: number) => {
      const end = at + want.length;
      if (/\w/.test(lower[at - 1] ?? '') || /\w/.test(lower[end] ?? '') || insideQuote(at)) return;
      // The name right after: "the rookie winger, Sam Ekberg", "rookie winger Sam Ekberg".
      const after = /^,? /.exec(ctx.text.slice(end, end + 2));
      const next = after ? personAt(end + after[0].length, end + after[0].length + 1) : undefined;
      if (next && next.start === end + after![0].length) found.add(next.person);
      // The name right before: "Sam Ekberg, the rookie winger", "Sam Ekberg, a 19-year-old rookie winger"; the
      // description is the apposition's head ("Piet Maartens, a union organiser" is no "union").
      // (A preposition or a relative clause may follow it: "a union organiser with 20 years at the plant".)
      const word = /^ ([a-z]+)/.exec(lower.slice(end, end + 20))?.[1];
      if (!/^(?:[,.;:)!?\u2014]|$)/.test(ctx.text.slice(end, end + 1)) && !(word && (PREPOSITIONS.has(word) || RELATIVE_WORDS.has(word) || word === 'who')))
        return;
      for (let i = firstIndex(mentions, (m) => m.end > at - 40); i < mentions.length && mentions[i]!.end <= at; i++) {
        const between = ctx.text.slice(mentions[i]!.end, at);
        if (/^, (?:the|a|an) (?:[\w-]+ ){0,2}$/i.test(between)) found.add(mentions[i]!.person);
      }
    };
    for (let at = lower.indexOf(want); at >= 0; at = lower.indexOf(want, at + 1)) {
      read(at);
      places.push({ at, person: found.size === 1 ? [...found][0] : undefined });
    }
    return places;
  };

  /**
   * Whether an organisation's name fits "the <noun>": its name has the noun ("Ministry of Finance", the ministry),
   * or the noun says a business and the name says no other kind of body ("Acme Corp.", the company).
   */
  const isBody = (name: string, noun: string): boolean => {
    const words = name.toLowerCase().split(/\s+/);
    if (words.includes(noun)) return true;
    return BUSINESS_BODIES.has(noun) && !words.some((w) => SPEAKING_BODIES.has(w) && !BUSINESS_BODIES.has(w));
  };

  /**
   * The last sentence before token `k`, starting after offset `after`, whose subject is "the <body>" ("The ministry
   * said on Monday …"), outside quotes.
   */
  const bodyBefore = (k: number, after: number): { start: number; end: number; noun: string } | undefined => {
    for (let i = k - 1; i > 0 && tokens[i]!.start >= after; i--) {
      const t = tokens[i - 1]!;
      const noun = tokens[i]!;
      if (t.sentenceStart && t.lower === 'the' && !noun.cap && SPEAKING_BODIES.has(noun.lower) && !insideQuote(t.start))
        return { start: t.start, end: noun.end, noun: noun.lower };
    }
    return undefined;
  };

  /**
   * The speaker a noun phrase over tokens [a, b) names. `possessive`: the gender of a possessive pronoun standing
   * for the speaker ("his call for “…”").
   */
  const speakerOf = (a: number, b: number, quoteStart: number, possessive?: 'm' | 'f' | 'x'): Speaker | null => {
    if (b <= a) return null;
    const start = tokens[a]!.start;
    const end = tokens[b - 1]!.end;
    const m = personAt(start, end);
    // "a spokesman for Mayor Ana Ruiz", "an aide to Ruiz", "the wife of Tom Lee": someone of theirs speaks, not they.
    let related = false;
    for (let u = a + 2; m && u <= tokenAt(m.start); u++) if (relatedBefore(u)) related = true;
    // "Ida Kess's lawyer", "Ida Kess's rival Rhea Moon": a person who owns the phrase's head is not who speaks.
    const owned = m && POSSESSIVE.test(tokens[tokenAt(m.end)]?.text ?? '') && tokenAt(m.end) + 1 < b;
    if (m && owned) {
      const found = personAt(tokens[tokenAt(m.end) + 1]!.start, end);
      // (Not another owner: "Ana Ruiz's brother Tom Vell's friend".)
      const after = found && !POSSESSIVE.test(tokens[tokenAt(found.end)]?.text ?? '') ? found : undefined;
      if (after) return { personId: after.person.id, name: after.person.name, start: after.start, end: after.end, form: 'name' };
      related = true;
    }
    if (m && related) return { name: ctx.text.slice(start, end), start, end, form: 'description' };
    if (m) return { personId: m.person.id, name: m.person.name, start: m.start, end: m.end, form: 'name' };
    const first = tokens[a]!;
    // A first-person piece: "I laughed and said, “…”".
    if (b - a === 1 && first.text === 'I') return { name: 'the writer', start, end, form: 'writer' };
    const gender = b - a === 1 ? (possessive ?? SUBJECT_PRONOUNS[first.lower]) : undefined;
    if (gender) {
      // The person the pronoun stands for: of the people named before it (outside quotes) whose gender fits,
      // the subject of the nearest sentence (its first person named), else the one named last.
      // The person's gender is an honorific's or the given name's (lib/detect/people.ts), when known.
      const fits = (c: Mention) => gender === 'x' || !c.person.gender || c.person.gender === gender;
      const sentenceOf = (offset: number) => tokens[Math.min(tokenAt(offset), tokens.length - 1)]!.sentence;
      let i = firstIndex(mentions, (c) => c.end > Math.min(start, quoteStart)) - 1;
      while (i >= 0 && !fits(mentions[i]!)) i--;
      const last = mentions[i];
      // "The company that runs the show, Dick Clark Productions, denies it. “…,” they said": an organisation named
      // in a sentence after the last person's, just before, is who "they" are (not in "Kym Lino, a spokesperson for
      // Instagram, confirmed …", where "they" is the person).
      if (gender === 'x') {
        const before = Math.min(start, quoteStart);
        const org = orgBefore(before);
        // ("Harbour Board officials met": the officials, a group, below.)
        const group = org ? GROUPS.has(tokens[tokenAt(org.end)]?.lower ?? '') : false;
        // ("They sold it to Walmart", "had worked at Tesla": an organisation after a preposition is no subject.)
        const object = org ? PREPOSITIONS.has(tokens[tokenAt(org.start) - 1]?.lower ?? '') : false;
        if (org && !group && !object && before - org.end < 300 && (!last || sentenceOf(org.start) > sentenceOf(last.start)))
          return { name: org.org.name, start, end, form: 'organization' };
      }
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
    // "it said", "what it called": the organisation named last before, unless a sentence since began with a body
    // named by what it is ("The ministry said …"): that body, or the organisation when its name says it is one.
    if (b - a === 1 && first.lower === 'it') {
      const org = orgBefore(start);
      const near = org && start - org.end < 600 ? org : undefined;
      const body = bodyBefore(a, near?.end ?? Math.max(0, start - 600));
      if (body && !(near && isBody(near.org.name, body.noun))) return { name: `the ${body.noun}`, start, end, form: 'description' };
      return near ? { name: near.org.name, start, end, form: 'organization' } : null;
    }
    const org = orgAt(start, end);
    const phrase = ctx.text.slice(start, end);
    // "the president", "the secretary": the one person of the article with that title.
    const titled = /^the\s+(.+)$/i.exec(phrase);
    if (titled) {
      const want = titled[1]!.toLowerCase();
      const matches = ctx.people.filter((p) => p.title && p.title.toLowerCase().replace(/^(former|acting)\s+/, '') === want);
      if (matches.length === 1) return { personId: matches[0]!.id, name: matches[0]!.name, start, end, form: 'title' };
      // "said the rookie winger", after "the rookie winger, Sam Ekberg," or "Sam Ekberg, a rookie winger": the one
      // person the article gave that description to.
      const described = describedPerson(want, start);
      if (described) return { personId: described.id, name: described.name, start, end, form: 'title' };
    }
    if (org && b - a <= 4 && org.start <= start + 4) return { name: org.org.name, start, end, form: 'organization' };
    return { name: phrase, start, end, form: 'description' };
  };

  /** A noun phrase starting at token `a` (the speaker after a verb): a name, a pronoun or a short phrase. */
  const phraseFrom = (a: number, limit: number): [number, number] | null => {
    const t = tokens[a];
    if (t?.kind !== 'word') return null;
    const m = personAt(t.start, t.end);
    // ("Ida Kess's lawyer": past the possessive, up to the head it owns.)
    if (m && !POSSESSIVE.test(tokens[tokenAt(m.end)]?.text ?? '')) return [a, tokenAt(m.end)];
    if (SUBJECT_PRONOUNS[t.lower] !== undefined) return [a, a + 1];
    // "“…,” it said": the organisation named last (speakerOf).
    if (t.lower === 'it' && !t.cap) return [a, a + 1];
    if (!m && !isSpeakerOpener(t)) return null;
    let b = m ? tokenAt(m.end) : a;
    while (b < limit && b - a < 10) {
      const u = tokens[b]!;
      if (u.kind === 'punct' && u.text !== '-' && u.text !== "'s" && u.text !== '’s') break;
      if (b > a && (NP_STOP.has(u.lower) || isSpeechVerb(u) || SPEECH_PARTICIPLES.has(u.lower) || (!u.cap && /^(has|had|have|is|was|are|were)$/.test(u.lower))))
        break;
      // (After a person's possessive, the head it owns and no more: "Ida Kess's lawyer | in a statement".)
      if (m && PREPOSITIONS.has(u.lower)) break;
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
        // "After winning Ohio, Gov. Ola Berg (R-OH), said": a person set off by commas, after no name, is the subject.
        const inside = tokens[o + 1]!;
        const lead = personAt(inside.start, tokens[e - 2]!.end);
        const beforeComma = tokens[o - 1]!;
        // The name must end the part set off (a "(R-OH)" may follow it): "The mayor, Ola Berg's rival, said" is the mayor.
        const endsPart = !!lead && (tokenAt(lead.end) === e - 1 || tokens[tokenAt(lead.end)]?.text === '(');
        if (lead && inside.cap && endsPart && tokenAt(lead.start) <= o + 3 && !personAt(beforeComma.start, beforeComma.end)) {
          e = tokenAt(lead.end);
          break;
        }
        e = o;
        // Two appositions, the first after a name: "Ola Berg, the director of the Harbour Users Association, a group
        // that speaks for 400 boat owners, said".
        let o2 = o - 1;
        while (o2 > floor && o - o2 < 16 && tokens[o2]!.text !== ',') o2--;
        const before = tokens[o2 - 1];
        // Not when the first part is a name already ("Unlike Brandt, Ruiz, a lawyer, said" is Ruiz).
        const firstIsName = personAt(tokens[o - 1]!.start, tokens[o - 1]!.end);
        if (tokens[o2]?.text === ',' && o2 - 1 >= floor && before && personAt(before.start, before.end) && !firstIsName) e = o2;
      } else break;
    }
    return e;
  };

  /**
   * The first token of the title words right before token `at` ("Mayor", "Sen.", at most three), or `at` when there
   * are none; no further back than `floor`. A place is no title: "ambassador to Britain | Liu Xiaming".
   */
  const pastTitle = (at: number, floor = 0): number => {
    let n = at;
    while (
      n > floor &&
      at - n < 3 &&
      tokens[n - 1]!.cap &&
      tokens[n - 1]!.kind === 'word' &&
      (TITLES.has(tokens[n - 1]!.lower) || tokens[n - 1]!.lower.endsWith('.'))
    )
      n--;
    return n;
  };

  /** "a spokesman for | Ana Ruiz", "the wife of | Tom Lee": someone of the person named at token `at` is named before. */
  const relatedBefore = (at: number): boolean => {
    // (Past a title before the name: "a spokesman for Mayor Ana Ruiz".)
    const n = pastTitle(at);
    const p = tokens[n - 1]?.lower;
    const w = tokens[n - 2];
    if (w?.kind !== 'word' || w.cap) return false;
    // (A noun of someone's, not a verb: "talked to Ana Ruiz, who said" is Ruiz.)
    const someone =
      RELATIONS.has(w.lower) ||
      TITLES.has(w.lower) ||
      (/\p{L}{2,}(man|woman|person|er|or|ist|ant|ent|ary)$/u.test(w.lower) && !SPEECH_VERBS.has(w.lower) && !/(ed|ing)$/.test(w.lower));
    return ((p === 'for' || p === 'to') && someone) || (p === 'of' && RELATIONS.has(w.lower));
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
    if (m && !relatedBefore(tokenAt(m.start))) return [tokenAt(m.start), e];
    if (SUBJECT_PRONOUNS[last.lower] !== undefined || last.lower === 'it') return [e - 1, e];
    let a = e;
    while (a > floor && e - a < 8) {
      const u = tokens[a - 1]!;
      if (u.kind === 'punct' && u.text !== '-' && !POSSESSIVE.test(u.text)) break;
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

  /**
   * "what is called a “debate”", "a class called “Perception”": a verb that names (NAMING_VERBS) in the passive, or
   * right after a common noun with the quote at once after it (an article between at most); not "Ruiz called the
   * plan “reckless”", "Ruiz also called it …", "in what police called “…”".
   */
  const namingUse = (v: number): boolean => {
    if (!NAMING_VERBS.has(tokens[v]!.lower)) return false;
    const prev = tokens[v - 1];
    if (!prev) return false;
    if (PASSIVE_BE.has(prev.lower)) return true;
    if (prev.kind !== 'word' || prev.cap || BEFORE_A_VERB.has(prev.lower) || SUBJECT_PRONOUNS[prev.lower] !== undefined || /ly$/.test(prev.lower)) return false;
    // "in what police called “…”", "the plan that his lawyer called …": the noun is the subject of a relative clause.
    for (let k = v - 2, n = 0; k >= 0 && n < 4; k--, n++) {
      const u = tokens[k]!;
      if (u.kind === 'punct' && !POSSESSIVE.test(u.text)) break;
      if (RELATIVE_WORDS.has(u.lower)) return false;
    }
    const next = tokens[v + 1];
    const after = next && ARTICLES.has(next.lower) ? tokens[v + 2] : next;
    return !!after && isQuoteMark(after);
  };

  /** "late-night tweets", "the claims", "Trump’s remarks": a verb of speech written as a noun. */
  const nounUse = (v: number): boolean => {
    const prev = tokens[v - 1];
    if (!prev) return false;
    // "rated 32 % of Republican claims as “false”": a noun of saying ("claims", "remarks") after a nationality or a
    // party, or before "as".
    const word = tokens[v]!;
    if (
      SAYING_NOUNS.has(word.lower) &&
      (tokens[v + 1]?.lower === 'as' || (prev.cap && prev.text.length > 1 && (DEMONYMS.has(prev.lower) || PARTIES.has(prev.lower))))
    )
      return true;
    // (A compound before it describes the noun, "late-night tweets", unless it is someone: "the front-runner said",
    // "a co-founder says".)
    const head = prev.lower.slice(prev.lower.lastIndexOf('-') + 1);
    // (Someone who does what an everyday verb says, "runner", "founder", "leader"; not "cross-border", "closed-door".)
    const doer = head.length >= 6 && /(er|or)$/.test(head) && isCommonStem(lex, head.slice(0, -2));
    const someone = doer || /\p{L}{3,}(ist|ian)$/u.test(head) || SOURCE_NOUNS.has(head) || GROUPS.has(head);
    // ("the 2019 attacks", "many Asian states": a plural after a number, a quantity or a people's word; "to call" after
    // a noun that an infinitive completes: "the board's refusal to call the fire …".)
    const plural = /s$/.test(word.lower) && (prev.kind === 'number' || QUANTIFIERS.has(prev.lower) || (prev.cap && DEMONYMS.has(prev.lower)));
    const infinitive = prev.lower === 'to' && INFINITIVE_NOUNS.has(tokens[v - 2]?.lower ?? '');
    return (
      OBJECT_OPENERS.has(prev.lower) ||
      prev.lower === 'of' ||
      POSSESSIVE.test(prev.text) ||
      plural ||
      infinitive ||
      (prev.kind === 'word' && !prev.cap && prev.text.includes('-') && !someone)
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
    // An adverb with no comma before a pronoun: "Wheezingly he spoke, “…”".
    if (a + 1 < o && tokens[a]!.cap && /^\p{L}{3,}ly$/u.test(tokens[a]!.text) && SUBJECT_PRONOUNS[tokens[a + 1]!.lower] !== undefined) a++;
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
      if (u.kind === 'punct' && !POSSESSIVE.test(u.text) && u.text !== '-') return null;
      if (u.kind !== 'word' || u.cap) continue;
      const next = tokens[b + 1];
      const verb =
        // Right after an aside comes the verb ("Two analysts, Ann Lee and Bo Kim, found …").
        (end >= 0 && tokens[b - 1]!.text === ',') ||
        SUBJECT_ENDERS.has(u.lower) ||
        SPEECH_VERBS.has(u.lower) ||
        /^\p{L}{3,}(ed|ly)$/u.test(u.text) ||
        IRREGULAR_PAST.has(u.lower) ||
        // "Ruiz supports “modest fee increases”": the word right before the quote, after the subject, is its verb.
        (b + 1 === o && /\p{L}{2,}s$/u.test(u.text)) ||
        (!!next && next.kind === 'word' && (OBJECT_OPENERS.has(next.lower) || (/s$/.test(u.lower) && (PREPOSITIONS.has(next.lower) || next.lower === 'that'))));
      if (verb) return b > a && !(COPULAS.has(u.lower) && !/ing$/.test(next?.lower ?? '')) ? [a, end < 0 ? b : end] : null;
      if (u.lower === 'of') continue;
      // "a council aide who spoke on condition of anonymity said": the phrase before its relative clause (the verb
      // of saying is looked for after the clause by the caller).
      if (u.lower === 'who' && b > a && end < 0) return [a, b];
      // "A spokesman for Harbor Freight declined …": a preposition after a noun for someone.
      if ((u.lower === 'for' || u.lower === 'to') && b > a && relatedBefore(b + 1)) continue;
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
    // ("You're", "We've": a pronoun's contraction is none.)
    const proper = (t: NlpToken, i: number) =>
      t.cap &&
      t.kind === 'word' &&
      !CONTRACTED_PRONOUN.test(t.text) &&
      (i > 0 || !lex.common.has(t.lower) || lex.surnames.has(t.lower) || lex.given.has(t.lower));
    // People by what they do: engineers, economists, historians.
    const agents = (t: NlpToken) => t.kind === 'word' && /\p{L}{3,}(ers|ists?|ians?)$/u.test(t.lower);
    // …or by a title of the lexicon ("the businessman", "the neurosurgeon"), or a body that speaks ("the union").
    // (A title or a body that owns the head does not: "The coach's decision …".)
    const owns = (i: number) => POSSESSIVE.test(phrase[i + 1]?.text ?? '');
    return phrase.some(
      (t, i) =>
        GROUPS.has(t.lower) || SOURCE_NOUNS.has(t.lower) || ((SPEAKING_BODIES.has(t.lower) || TITLES.has(t.lower)) && !owns(i)) || agents(t) || proper(t, i),
    );
  };

  // What the rules (rules.ts) use; the rest stays inside.
  return {
    ctx,
    tokens,
    isQuoteMark,
    insideQuote,
    openedAt,
    isSpeechVerb,
    mentions,
    orgMentions,
    sentenceStarts,
    tokenAt,
    personAt,
    mentionsWithin,
    speakerOf,
    phraseFrom,
    skipAside,
    skipAsideBack,
    pastTitle,
    phraseBefore,
    cueSpan,
    nounUse,
    namingUse,
    subjectPhrase,
    signature,
    canSay,
  };
}
