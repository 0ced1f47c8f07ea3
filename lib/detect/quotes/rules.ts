import type { AttributionRule } from '../../data/attribution';
import {
  ARTICLES,
  CLAUSE_BREAKERS,
  CLAUSE_OPENERS,
  CONJUNCTIONS,
  isTimeWord,
  NP_STOP,
  OBJECT_OPENERS,
  POSSESSIVE,
  POSSESSIVE_PRONOUNS,
  PREPOSITIONS,
  RELATIVE_OPENERS,
  SUBJECT_PRONOUNS,
  TIME_ADVERBS,
} from '../../data/phrases';
import {
  BETWEEN_SPEAKER_AND_VERB,
  NOUN_INTRODUCER_REACH,
  NOUN_PREPOSITIONS,
  NOUN_INTRODUCERS,
  OBJECT_FIRST_SPEECH_VERBS,
  NAMING_VERBS,
  PASSIVE_BE,
  PASSIVE_SPEECH_VERBS,
  LABEL_WORDS,
  POINTER_BE,
  POINTER_NOUNS,
  POINTER_OPENERS,
  POINTER_VERBS,
  SAYING_NOUNS,
  SPEECH_PARTICIPLES,
  SPEECH_VERBS,
  WRITTEN_VERBS,
} from '../../data/speech';
import { firstIndex } from '../../sorted';
import type { NlpToken } from '../../nlp/tokenize';
import type { Span, Speaker } from '../../types';
import type { RawQuote } from './marks';
import { quotePhrases, SUBJECT_REACH, type Phrases, type QuoteContext } from './phrases';

/**
 * The attribution rules that look at one quote and its sentence, each a function of the article's phrases
 * (phrases.ts) and the quote, tried in the order of QUOTE_RULES (the order of ATTRIBUTION_RULES in
 * lib/data/attribution.ts). The rules that look at the quotes around one (a speaker carried on) are in carry.ts.
 */

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
  /** A verb of saying stands between the sentence's subject and the quote ("Ruiz said the plan was “rigged”"). */
  saying?: boolean;
  /** The quote is what a verb names something by ("a class called “Harbours”"): a name or a term, not a fragment of speech. */
  named?: boolean;
  /** The next sentence points back at the quote as someone's words ("“Nobody.” That was Dunn's answer"): said whole. */
  utterance?: boolean;
  /** The rule that found it (attribution.ts). */
  rule?: AttributionRule;
}

/** "“…”" closing its paragraph, and the next paragraph opens with a dash and a name. */
export function signedBelow(c: Phrases, q: RawQuote): Attribution | null {
  const { tokens, tokenAt, personAt, speakerOf, cueSpan, signature, ctx } = c;
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
}

/** Plural nouns of people by their ending ("protesters", "supporters", "activists", "residents", "officials"). */
const PEOPLE_NOUN_ENDING = /(ers|ors|ists|ants|ents|ians|ees|men|women|people|als)$/;

/** Tokens a relative clause between a speaker and the verb after a quote may run: "a dockworker who asked not to be named said". */
const RELATIVE_CLAUSE_REACH = 12;

/** After the closing mark: `she said`, `said Rubio`, `according to officials`. */
export function after(c: Phrases, q: RawQuote): Attribution | null {
  const { tokens, isSpeechVerb, tokenAt, personAt, mentionsWithin, speakerOf, phraseFrom, skipAside, phraseBefore, cueSpan, signature, ctx } = c;
  if (q.close < 0) return null;
  let k = tokenAt(q.close + 1);
  const sentence = tokens[k]?.sentence;
  while (tokens[k] && tokens[k]!.kind === 'punct' && /^[,.!?;\u2014\u2013-]$/.test(tokens[k]!.text) && k < tokenAt(q.close + 1) + 2) k++;
  const t = tokens[k];
  const paraEnd = ctx.paragraphs[q.lastParagraph]!.end;
  // A quote that is a paragraph of its own, and a next paragraph that opens by pointing back at it ("“Nobody.” / That
  // was Dunn's answer when asked …").
  const para = ctx.paragraphs[q.lastParagraph]!;
  const next = ctx.paragraphs[q.lastParagraph + 1];
  // (Not when the paragraph before introduces it with a colon: "… Mayor Tom Dunn told the inquiry:" / "“Nobody.”".)
  const introducedBy = q.paragraph > 0 ? ctx.text.slice(ctx.paragraphs[q.paragraph - 1]!.start, ctx.paragraphs[q.paragraph - 1]!.end).trimEnd() : '';
  if (
    t &&
    next &&
    t.start === next.start &&
    !introducedBy.endsWith(':') &&
    !ctx.text.slice(ctx.paragraphs[q.paragraph]!.start, q.open).trim() &&
    !ctx.text.slice(q.close + 1, para.end).trim()
  ) {
    const pointer = pointsBack(c, k, Math.min(tokens.length, tokenAt(next.end)));
    if (pointer)
      return {
        speaker: speakerOf(pointer.speaker[0], pointer.speaker[1], q.start),
        cue: cueSpan(pointer.cue[0], pointer.cue[1]),
        direct: true,
        utterance: true,
      };
  }
  // The cue must follow in the quote's own paragraph.
  if (!t || t.start - q.close > 6 || t.start >= paraEnd) return null;
  // “…ended.” Russia insisted…: after a finished sentence a capitalised word opens the next one ("she said"
  // after “You winning?” is lower case and still attributes).
  // "Morris says the campaign will “compete vigorously.” O’Malley’s move was reported by …": a quote that ends its
  // sentence inside it, after words of that sentence, is attributed there; the next sentence is another's.
  // ("“very disappointed.” She said …" still goes on: a pronoun opening the next sentence is looked at below.)
  const o = tokenAt(q.open);
  const endsSentence = /[.!?]/.test(ctx.text[q.end - 1] ?? '');
  // "“…” That's how resident Elaine Thibodeau described it.", "“…” So says Ray Kessler, …", "“…” Those were the
  // words of Ana Ruiz.": the next sentence only points back at the quote and names its speaker.
  const pointer = pointsBack(c, k, Math.min(tokens.length, tokenAt(paraEnd)));
  if (pointer && !before(c, q)?.speaker)
    return { speaker: speakerOf(pointer.speaker[0], pointer.speaker[1], q.start), cue: cueSpan(pointer.cue[0], pointer.cue[1]), direct: true, utterance: true };
  if (
    endsSentence &&
    t.cap &&
    SUBJECT_PRONOUNS[t.lower] === undefined &&
    o > 0 &&
    tokens[o - 1]!.sentence === tokens[o]?.sentence &&
    !c.isQuoteMark(tokens[o - 1]!)
  )
    return null;
  if (endsSentence && t.cap && SUBJECT_PRONOUNS[t.lower] === undefined && !isSpeechVerb(t)) {
    // Only a short closing cue ("Ruiz said.", "Ruiz said on Tuesday.", "Ruiz told reporters.") attributes it;
    // "Park said Kim's…" opens a sentence of its own.
    // (Or after the speaker's phrase and an aside set off by commas: "“Not us!” Sam Okafor, the head of Harbour
    // First, tweeted on Friday.", "Rep. Lena Ortiz, R-Ohio, said of the talks.")
    let verbAt = k + tokens.slice(k, k + 6).findIndex((u) => isSpeechVerb(u));
    if (verbAt < k) {
      const np = phraseFrom(k, Math.min(tokens.length, tokenAt(paraEnd)));
      const v = np ? skipAside(np[1], Math.min(tokens.length, tokenAt(paraEnd))) : -1;
      if (np && v > np[1] && isSpeechVerb(tokens[v]) && tokens[v]!.sentence === t.sentence) verbAt = v;
    }
    const verb = verbAt >= k ? tokens[verbAt] : undefined;
    const that = verb ? tokens[verbAt + 1] : undefined;
    const closes =
      !that ||
      that.sentence !== verb!.sentence ||
      that.kind === 'punct' ||
      PREPOSITIONS.has(that.lower) ||
      /^(today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|this|earlier|later|afterward|afterwards|recently)$/i.test(
        that.text,
      ) ||
      // ("… said pleasantly.": an adverb of manner that ends the sentence.)
      (/^\p{Ll}{3,}ly$/u.test(that.text) && (tokens[verbAt + 2]?.sentence !== that.sentence || /^[.,!?]$/.test(tokens[verbAt + 2]?.text ?? ''))) ||
      /^(told|tells|asked|asks)$/.test(verb!.lower);
    if (!verb || !closes || that?.lower === 'that') return null;
  }
  // "“very encouraged” and Brandt called it …": a conjunction right after the quote opens another clause, with a
  // subject and a verb of its own.
  // ("“the biggest crack” yet in the ceiling, she said": "yet" before a preposition or a mark is an adverb.)
  // (Not "“done” yet for weeks Tom Lee insisted …": a subject of its own before the next comma makes a clause.)
  const clauseOwnSubject = () => {
    for (let u = k + 1; u < Math.min(tokens.length, k + 12) && tokens[u]!.sentence === t.sentence && tokens[u]!.text !== ','; u++)
      if ((tokens[u]!.cap && tokens[u]!.kind === 'word') || SUBJECT_PRONOUNS[tokens[u]!.lower] !== undefined) return true;
    return false;
  };
  const adverb = t.lower === 'yet' && (tokens[k + 1]?.kind === 'punct' || (PREPOSITIONS.has(tokens[k + 1]?.lower ?? '') && !clauseOwnSubject()));
  if (CONJUNCTIONS.has(t.lower) && !t.cap && !adverb) return null;
  const limit = Math.min(tokens.length, tokenAt(paraEnd));
  // "“…,” as a council memo put it", "“…,” as Ruiz said": the phrase between "as" and the verb.
  if (t.lower === 'as' && !t.cap) {
    const np = phraseFrom(k + 1, limit);
    // ("“…,” as Rep. Tomas Vey, the chair of the panel, put it": past an aside.)
    const at = np ? skipAside(np[1], limit) : -1;
    const verb = np ? tokens[at] : undefined;
    if (np && verb && ((verb.lower === 'put' && tokens[at + 1]?.lower === 'it') || isSpeechVerb(verb))) {
      return { speaker: speakerOf(np[0], np[1], q.start), cue: cueSpan(k, at + (verb.lower === 'put' ? 2 : 1)), direct: true };
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
  // "“…,” describing the crew as …", "“…,” saying …": a participle goes on from the sentence's subject, before the
  // quote; the words after it are its object.
  if (isSpeechVerb(t) && /ing$/.test(t.lower)) return null;
  if (isSpeechVerb(t)) {
    const np = phraseFrom(k + 1, limit);
    // "said former harbour pilot and union steward Nils Arvid": a person named a few words on, in a run of words that
    // describe them, is who the phrase is.
    const described = np && !personAt(tokens[np[0]]!.start, tokens[np[1] - 1]!.end) ? personNamedNext(c, k + 1, limit) : null;
    if (described) return { speaker: described, cue: cueSpan(k, k + 1), direct: true };
    if (np) return { speaker: speakerOrThing(c, t, np, q.start), cue: cueSpan(k, k + 1), direct: true };
    if (WRITTEN_VERBS.has(t.lower)) return null;
    // "said flood survivor Ana Ruiz", "said former Gov. Ana Ruiz": the person named in the next few words of the
    // same sentence (an abbreviation's period ends none).
    const soon = personNamedNext(c, k + 1, limit);
    if (soon) return { speaker: soon, cue: cueSpan(k, k + 1), direct: true };
  }
  // "“…” ― Steve Quinlan": a dash and a name under a quote.
  if (/^[\u2014\u2015\u2013-]$/.test(tokens[k - 1]?.text ?? '') || /^[\u2014\u2015\u2013]$/.test(t.text)) {
    const d = /^[\u2014\u2015\u2013-]$/.test(t.text) ? k + 1 : k;
    const who = tokens[d] && personAt(tokens[d]!.start, tokens[d]!.end);
    if (who) return { speaker: speakerOf(d, tokenAt(who.end), q.start), cue: cueSpan(d - 1, d), direct: true };
    const signed = signature(d, limit);
    if (signed) return { speaker: speakerOf(signed[0], signed[1], q.start), cue: cueSpan(d - 1, d), direct: true };
  }
  // "the “rigged system” that she says protects lenders": a relative clause whose subject is the speaker.
  const relative =
    RELATIVE_OPENERS.has(t.lower) &&
    !t.cap &&
    !!tokens[k + 1] &&
    (SUBJECT_PRONOUNS[tokens[k + 1]!.lower] !== undefined || !!personAt(tokens[k + 1]!.start, tokens[k + 1]!.end));
  const np = phraseFrom(relative ? k + 1 : k, limit);
  if (np) {
    let v = skipAside(np[1], limit);
    while (v < limit && BETWEEN_SPEAKER_AND_VERB.has(tokens[v]!.lower)) v++;
    const verb = tokens[v];
    if (isSpeechVerb(verb) && (verb!.sentence === sentence || verb!.sentence === tokens[np[0]]!.sentence)) {
      return { speaker: speakerOrThing(c, verb!, np, q.start), cue: cueSpan(v, v + 1), direct: true };
    }
    // "“…,” a dockworker who asked not to be named said.": a relative clause (no commas) between the subject and its
    // verb, which ends the sentence; the clause's own verbs ("asked") are not the cue.
    // Only a clause whose subject is the speaker ("who asked"): in "“…,” a slogan that Ruiz tweeted, drew …" the
    // clause has a subject of its own, and the phrase is no speaker.
    // (A noun of people, "a slogan that protesters chanted", or a word before a verb in the past, "a chant that
    // delegates repeated", is that subject.)
    const clauseSubject = tokens[v + 1];
    const pastVerb = (t: NlpToken | undefined) => !!t && (isSpeechVerb(t) || /ed$/.test(t.lower));
    const ownSubject =
      !clauseSubject ||
      clauseSubject.cap ||
      SUBJECT_PRONOUNS[clauseSubject.lower] !== undefined ||
      OBJECT_OPENERS.has(clauseSubject.lower) ||
      PEOPLE_NOUN_ENDING.test(clauseSubject.lower) ||
      (!pastVerb(clauseSubject) && !BETWEEN_SPEAKER_AND_VERB.has(clauseSubject.lower) && pastVerb(tokens[v + 2]));
    if (v === np[1] && RELATIVE_OPENERS.has(verb?.lower ?? '') && !verb!.cap && !ownSubject) {
      for (let u = v + 2; u < Math.min(limit, v + RELATIVE_CLAUSE_REACH); u++) {
        const w = tokens[u]!;
        if (w.sentence !== tokens[np[0]]!.sentence || c.isQuoteMark(w)) break;
        if (w.kind === 'punct' && w.text !== '-') break;
        const next = tokens[u + 1];
        // (The verb ends the sentence, or a place, a time or whom it was told follow it: "said on Monday", "told reporters".)
        const ends = !next || next.sentence !== w.sentence || /^[.,;!?]$/.test(next.text) || PREPOSITIONS.has(next.lower) || isTimeWord(next.lower);
        if (isSpeechVerb(w) && (ends || /^(told|tells)$/.test(w.lower)))
          return { speaker: speakerOf(np[0], np[1], q.start), cue: cueSpan(u, u + 1), direct: true };
      }
    }
  }
  // "“…,” Ruiz, Brandt, and Berg said": a list of names (two or more, then the conjunction and one more) is one subject.
  const namesOnly = (from: number, to: number) => {
    const between = tokens.slice(from, to);
    const next = tokens[to + 1];
    return (
      between.every((u) => u.text === ',' || (u.cap && u.kind === 'word')) &&
      between.slice(0, -1).some((u) => u.text === ',') &&
      !!next?.cap &&
      next.kind === 'word'
    );
  };
  // "“…,” harbour committee Chairman Rep. Ola Berg (D-Maine) said": a verb of speech close after the quote, and the
  // person named between.
  for (let v = k, stop = Math.min(limit, k + 14); v < stop; v++) {
    const u = tokens[v]!;
    if (u.kind === 'punct' && (/^[.!?]$/.test(u.text) || c.isQuoteMark(u))) break;
    // "“…,” for instance, and Brandt vowed …": another clause ("“…,” Ruiz and Brandt said" is one subject); and in
    // "“…” Brandt, and said …" the verb is the sentence's subject's, named before the quote.
    if (CONJUNCTIONS.has(u.lower) && tokens[v - 1]?.text === ',' && !namesOnly(k, v)) break;
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
    // "The walkout signals “the beginning of the end” for the contract, said Piet Maartens, a union organiser.": the
    // quote's sentence goes on, then a comma and the verb before its speaker, who ends the sentence (an aside may
    // follow the name). A verb that takes its object first ("…, told Ruiz") names no speaker after it.
    // (Not when a cue before the quote names its speaker, "Trump had called the inquiry “a witch hunt” …, said Ruiz";
    // nor for a name or a label in quotation marks, "a note reading “sorry”", "the “Ever Given”".)
    // (Nor after a possessive or "so-called", "Trump's “big, beautiful bill”", "the government's “levelling up”
    // agenda"; nor a quote in capitals, a name: "The Liberals' “Team Canada” approach".)
    const opener = tokens[tokenAt(q.open) - 1];
    const quoted = ctx.text.slice(q.start, q.end).trim();
    const label =
      !!opener &&
      (ARTICLES.has(opener.lower) ||
        NAMING_VERBS.has(opener.lower) ||
        LABEL_WORDS.has(opener.lower) ||
        POSSESSIVE.test(opener.text) ||
        /^['\u2019]$/.test(opener.text) ||
        opener.lower === 'so-called' ||
        /^(?:\p{Lu}[\p{L}'\u2019-]*[\s,]*)+$/u.test(quoted));
    if (tokens[v - 1]?.text === ',' && !OBJECT_FIRST_SPEECH_VERBS.has(u.lower) && !label && !before(c, q)?.speaker) {
      const who = phraseFrom(v + 1, limit);
      if (who) {
        let e = who[1];
        if (tokens[e]?.text === ',') while (e < limit && e - who[1] < 16 && tokens[e]!.sentence === u.sentence && !c.isQuoteMark(tokens[e]!)) e++;
        const last = tokens[e];
        if (!last || last.sentence !== u.sentence || (/^[.!?]$/.test(last.text) && tokens[e + 1]?.sentence !== u.sentence))
          return { speaker: speakerOf(who[0], who[1], q.start), cue: cueSpan(v, v + 1), direct: true };
      }
    }
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
}

/**
 * The speaker a phrase names, or, after a verb with which a written thing says its words ("“…,” read a sign outside
 * the shop owned by Ana Ruiz", "The minister's letter to Ana Ruiz reads:"), the thing as the phrase describes it: a
 * person named inside it is not who wrote it.
 */
function speakerOrThing(c: Phrases, verb: NlpToken, np: [number, number], quoteStart: number): Speaker | null {
  if (!WRITTEN_VERBS.has(verb.lower)) return c.speakerOf(np[0], np[1], quoteStart);
  const start = c.tokens[np[0]]!.start;
  const end = c.tokens[np[1] - 1]!.end;
  return { name: c.ctx.text.slice(start, end), start, end, form: 'description' };
}

/**
 * A sentence that opens by pointing back at the quote before it and names who said it: "That's how Ana Ruiz put
 * it", "That is what Ruiz told the council", "So says Ruiz", "Those were the words of Ruiz", "That was the verdict
 * from Ruiz". The speaker's phrase and the cue's tokens, or null.
 */
function pointsBack(c: Phrases, k: number, limit: number): { speaker: [number, number]; cue: [number, number] } | null {
  const { tokens, isSpeechVerb, phraseFrom, mentionsWithin, tokenAt } = c;
  const first = tokens[k];
  if (!first?.cap || !POINTER_OPENERS.has(first.lower)) return null;
  const same = (i: number) => tokens[i]?.sentence === first.sentence;
  // The speaker's phrase is a plain one: no possessive, nothing it was done by ("So says Ruiz's lawyer", "the message
  // of a rally organised by Ruiz" name no one).
  const plain = (np: [number, number] | null): np is [number, number] =>
    !!np &&
    !POSSESSIVE.test(tokens[np[1]]?.text ?? '') &&
    !tokens.slice(np[0], np[1]).some((u, n) => POSSESSIVE.test(u.text) || (n > 0 && !u.cap && (PREPOSITIONS.has(u.lower) || /ed$/.test(u.lower))));
  // "So says Ruiz", "So said Ruiz": the phrase ends the sentence, or an aside follows it ("So says the Constitution,
  // argued lawyer Ana Ruiz" is Ruiz's sentence).
  if (first.lower === 'so' && isSpeechVerb(tokens[k + 1]) && same(k + 2)) {
    const np = phraseFrom(k + 2, limit);
    if (!plain(np)) return null;
    for (let u = np[1]; u < limit && same(u); u++) if (isSpeechVerb(tokens[u])) return null;
    return { speaker: np, cue: [k + 1, k + 2] };
  }
  let i = k + 1;
  if (tokens[i] && POINTER_BE.has(tokens[i]!.lower)) i++;
  else return null;
  // "That's how Ruiz put it", "That is what Ruiz said": the phrase, then its verb.
  if (tokens[i] && /^(how|what)$/.test(tokens[i]!.lower) && same(i + 1)) {
    // The verb within a few words; the words before it are the speaker's ("That's how bad things have become" has none).
    for (let v = i + 2; v < Math.min(limit, i + 10) && same(v); v++) {
      const verb = tokens[v]!;
      if (verb.kind !== 'word') return null;
      if (verb.cap || !(isSpeechVerb(verb) || POINTER_VERBS.has(verb.lower))) continue;
      const np = phraseFrom(i + 1, v);
      if (np && np[1] === v) return plain(np) ? { speaker: np, cue: [v, v + 1] } : null;
      // "That's how resident Elaine Thibodeau described it": the person named right before the verb, after a word
      // or two that describe them ("That's how bad it got before Ana Ruiz said …" is another clause).
      const who = mentionsWithin(tokens[i + 1]!.start, verb.start).at(-1);
      const lead = who ? tokens.slice(i + 1, tokenAt(who.start)) : [];
      const describes =
        lead.length <= 2 && lead.every((u) => u.kind === 'word' && !u.cap && !CLAUSE_BREAKERS.has(u.lower) && SUBJECT_PRONOUNS[u.lower] === undefined);
      return who && describes && tokenAt(who.end) === v ? { speaker: [tokenAt(who.start), v], cue: [v, v + 1] } : null;
    }
    return null;
  }
  // "That was Dunn's answer", "Those were Ruiz's words": the person named, then a noun of saying.
  const owner = c.personAt(tokens[i]?.start ?? -1, tokens[i]?.end ?? -1);
  if (owner && tokenAt(owner.start) === i) {
    const e = tokenAt(owner.end);
    const noun = tokens[e + 1];
    if (POSSESSIVE.test(tokens[e]?.text ?? '') && noun && same(e + 1) && (POINTER_NOUNS.has(noun.lower) || SAYING_NOUNS.has(noun.lower)))
      return { speaker: [i, e], cue: [e + 1, e + 2] };
    return null;
  }
  // "Those were the words of Ruiz", "That was the verdict from Ruiz".
  if (tokens[i]?.lower === 'the' && POINTER_NOUNS.has(tokens[i + 1]?.lower ?? '') && /^(of|from)$/.test(tokens[i + 2]?.lower ?? '') && same(i + 3)) {
    const np = phraseFrom(i + 3, limit);
    return plain(np) ? { speaker: np, cue: [i + 1, i + 2] } : null;
  }
  return null;
}

/** At most this many words after a sentence's subject where its verb of saying is looked for (sentenceSubject). */
const SAYING_REACH = 40;

/** At most this many words in an aside set off by commas that is passed over whole ("…, which critics have claimed was rushed, …"). */
const ASIDE_REACH = 16;

/** At most this many words between "as" and "put it" ("As Rep. Tomas Vey, the chair of the panel, put it"). */
const PUT_IT_REACH = 30;

/** At most this many words in the subject right before an auxiliary and a participle of saying ("the union is calling"). */
const AUX_SUBJECT_WORDS = 5;

/** At most this many words between a participle of saying and the verb of saying it goes on from. */
const PARTICIPLE_REACH = 16;

/** Before the opening mark, in its sentence: `Rubio said: “`, `…, noting, “`, `According to X, “`. */
export function before(c: Phrases, q: RawQuote, from?: number): Attribution | null {
  const {
    tokens,
    isSpeechVerb,
    orgMentions,
    sentenceStarts,
    tokenAt,
    personAt,
    speakerOf,
    phraseFrom,
    phraseBefore,
    cueSpan,
    nounUse,
    namingUse,
    subjectPhrase,
    canSay,
  } = c;
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
    // The phrase the sentence opens with, up to its verb, when it can speak ("The Harbour Gazette has been critical
    // of Mayor Ilse Brandt, arguing …" is the Gazette's, not Brandt's).
    // (Not where a later clause has a subject of its own before the verb: "The committee questioned Ana Ruiz, and she
    // walked out, saying …", "… until Tom Vell emerged, insisting …", "… Ana Ruiz, who campaigned …, promising".)
    // (Coordinated clauses only: "The union issued a statement after Ana Ruiz spoke, calling …" is the union's.)
    const np = subjectPhrase(floor, v);
    let ownSubject = false;
    let later: [number, number] | null = null;
    for (let u = np ? np[1] : v; u < v && !ownSubject; u++) {
      const w = tokens[u]!;
      const next = tokens[u + 1];
      if (w.lower === 'who') ownSubject = true;
      else if (/^(and|but|until)$/.test(w.lower) && next) {
        const named = personAt(next.start, next.end);
        if (SUBJECT_PRONOUNS[next.lower] !== undefined) later = [u + 1, u + 2];
        else if (named) later = [u + 1, tokenAt(named.end)];
        ownSubject = !!later;
      }
    }
    // ("The board met Tom Vell, and Ana Ruiz walked out, saying …": that clause's subject speaks.)
    if (later && later[1] <= v) return { speaker: speakerOf(later[0], later[1], q.start), cue: cueSpan(v, v + 1), direct: introduced };
    if (np && !ownSubject && canSay(np[0], np[1]) && !c.insideQuote(tokens[np[0]]!.start))
      return { speaker: speakerOf(np[0], np[1], q.start), cue: cueSpan(v, v + 1), direct: introduced };
    for (let s0 = Math.max(floor, v - SUBJECT_REACH); s0 < v; s0++) {
      const u = tokens[s0]!;
      // Not a word of a quote ("“If she wins …,” Brandt said before adding: “…”").
      if (c.insideQuote(u.start)) continue;
      const m = personAt(u.start, u.end);
      // Nor one who owns the words that follow ("The timing of Ida Kess's surge …").
      const owner = m && POSSESSIVE.test(tokens[tokenAt(m.end)]?.text ?? '');
      if (m && owner) {
        s0 = tokenAt(m.end) - 1;
        continue;
      }
      if (m) return { speaker: speakerOf(s0, tokenAt(m.end), q.start), cue: cueSpan(v, v + 1), direct: introduced };
      if (SUBJECT_PRONOUNS[u.lower] !== undefined) return { speaker: speakerOf(s0, s0 + 1, q.start), cue: cueSpan(v, v + 1), direct: introduced };
    }
    return null;
  };
  // A word that opens a subordinate clause ("after", "because", "that", "who").
  const opensClause = (t: NlpToken) => CLAUSE_BREAKERS.has(t.lower) || RELATIVE_OPENERS.has(t.lower);
  // The nearest verb of saying before a participle, in its sentence and clause, and its subject.
  const verbBeforeParticiple = (v: number): Attribution | null => {
    // "Brandt said before adding: “…”": the participle opens its own clause; the verb is before its opener.
    const start = v - 1 >= floor && CLAUSE_BREAKERS.has(tokens[v - 1]!.lower) ? v - 2 : v - 1;
    let words = 0;
    for (let u = start; u >= floor && words < PARTICIPLE_REACH; u--, words++) {
      const t = tokens[u]!;
      // A quote between the verb and the participle is passed over whole ("Brandt told the paper that Ruiz “…,”
      // adding, “…”"); its words do not count.
      const opened = c.isQuoteMark(t) ? c.openedAt.get(t.start) : undefined;
      if (opened !== undefined) {
        u = tokenAt(opened);
        continue;
      }
      if (c.isQuoteMark(t) || t.text === ';') return null;
      // Another clause's verb ("after Brandt said …, saying") is not the one the participle goes on from; a
      // reported clause's "that" is passed ("Brandt told the paper that she “…,” adding"), its subject is not.
      if (opensClause(t) && t.lower !== 'that') return null;
      if (!isSpeechVerb(t) || nounUse(u) || namingUse(u)) continue;
      const np = phraseBefore(u, floor);
      // …nor one whose subject a clause opener stands before ("Ruiz hit back after Brandt said …, saying").
      const opener = np ? tokens[np[0] - 1] : undefined;
      if (!np || (opener && opensClause(opener))) return null;
      return { speaker: speakerOf(np[0], np[1], q.start), cue: cueSpan(v, v + 1), direct: introduced };
    }
    return null;
  };
  for (let v = o - 1; v >= floor && o - v <= 40; v--) {
    const t = tokens[v]!;
    if (c.isQuoteMark(t)) break;
    // ("the ferry plan, which critics have claimed was rushed, was a “…”": an aside that opens with "which" or "who"
    // is passed over whole; its verb is not the quote's cue.)
    // (Not the aside right before the quote: "the report, which notes, “…”" is its cue.)
    if (t.text === ',' && v - 1 > floor && v < o - 1) {
      let u = v - 1;
      while (u > floor && v - u < ASIDE_REACH && tokens[u]!.text !== ',') u--;
      if (tokens[u]?.text === ',' && /^(which|who)$/.test(tokens[u + 1]?.lower ?? '')) {
        v = u;
        continue;
      }
    }
    // ("Wren said that, according to its own count, the party has won, but “…”": inside a clause another verb of
    // saying reports, the source is that verb's subject's.)
    const reported = () => {
      for (let u = Math.max(floor, v - SAYING_REACH); u < v - 1; u++) if (isSpeechVerb(tokens[u]) && !nounUse(u) && !namingUse(u)) return true;
      return false;
    };
    if (t.lower === 'to' && tokens[v - 1]?.lower === 'according' && !reported()) {
      // "According to morning radio host Ola Berg, …": the phrase up to the comma.
      let e = v + 1;
      while (e < o && tokens[e]!.text !== ',' && e - v < 14) e++;
      if (e > v + 1) return { speaker: speakerOf(v + 1, e, q.start), cue: cueSpan(v - 1, v + 1), direct: introduced };
    }
    // "as The Harbour Gazette put it in a long profile, “…”".
    // ("As Rep. Tomas Vey, the chair of the harbour panel, put it: “…”": the phrase before its aside.)
    if (t.lower === 'put' && tokens[v + 1]?.lower === 'it') {
      let a = v;
      while (a > floor && v - a < PUT_IT_REACH && tokens[a - 1]!.lower !== 'as') a--;
      const end = a < v ? c.skipAsideBack(v, a) : v;
      if (a >= floor && a < v && tokens[a - 1]?.lower === 'as')
        return { speaker: speakerOf(a, end > a ? end : v, q.start), cue: cueSpan(a - 1, v + 2), direct: introduced };
    }
    // "Brandt's statement: “…”"; not "Priebus called Clinton's remarks a “new low”", where a verb of saying before
    // the noun has its own subject, the one quoted.
    // (A verb that reports a clause does not: "Tello said that Dana Pike's call to “…” failed".)
    // (Before the owner's words: "repeated his claim that “…”", "a statement saying his comment “…”".)
    const verbBefore = (ownerStart = v - 2) => {
      for (let u = floor; u < ownerStart; u++) {
        const said = (isSpeechVerb(tokens[u]) && !nounUse(u)) || SPEECH_PARTICIPLES.has(tokens[u]!.lower);
        if (said && tokens[u + 1]?.lower !== 'that') return true;
      }
      return false;
    };
    // The noun introduces the quote ("statement: “", "claim that there were “", "remark, “"); in "Trump's comments
    // are “…”" the quote judges the comments and is not theirs.
    const introduces = () => o === v + 1 || NOUN_INTRODUCERS.has(tokens[v + 1]!.lower) || (o - v - 1 <= NOUN_INTRODUCER_REACH && tokens[o - 1]!.text === ':');
    // ("Delia Marsh's pledge to be “…”", "his call for “…”": a preposition after the noun, the quote a few words on.)
    // (Not a noun after it: "His speech to the “Young Farmers” club".)
    const leadsOn = () => NOUN_PREPOSITIONS.has(tokens[v + 1]?.lower ?? '') && !ARTICLES.has(tokens[v + 2]?.lower ?? '') && o - v - 1 <= NOUN_INTRODUCER_REACH;
    if (SAYING_NOUNS.has(t.lower) && (introduces() || leadsOn())) {
      // "Ruiz's pledge", "his call": the owner, a name's possessive or a possessive pronoun.
      const pronoun = POSSESSIVE_PRONOUNS[tokens[v - 1]?.lower ?? ''];
      const owner = POSSESSIVE.test(tokens[v - 1]?.text ?? '') ? phraseBefore(v - 1, floor) : pronoun ? ([v - 1, v] as [number, number]) : null;
      if (owner && !verbBefore(pronoun ? v - 1 : v - 2)) {
        const speaker = pronoun ? speakerOf(v - 1, v, q.start, pronoun) : speakerOf(owner[0], owner[1], q.start);
        if (speaker) return { speaker, cue: cueSpan(v, v + 1), direct: introduced };
      }
    }
    if (SPEECH_PARTICIPLES.has(t.lower)) {
      // "Brandt said on Tuesday, adding …", "…, Ruiz told a rally, saying …": the subject of the verb of saying the
      // participle goes on from, not the first name of the sentence ("Ruiz and Brandt will meet, Ola Berg said, adding").
      // "…, Ruiz saying she was “…” and Brandt calling it a “…”": a person named right before the participle, opening
      // its clause (not "Brandt thanked Ruiz saying …").
      const named = v - 1 >= floor ? personAt(tokens[v - 1]!.start, tokens[v - 1]!.end) : undefined;
      // (Past a title before the name: "with Sen. Ana Ruiz calling it …".)
      const opener = named ? tokens[c.pastTitle(tokenAt(named.start), floor + 1) - 1] : undefined;
      if (named && opener && tokenAt(named.start) > floor && (opener.text === ',' || opener.lower === 'with' || CONJUNCTIONS.has(opener.lower)))
        return { speaker: speakerOf(tokenAt(named.start), v, q.start), cue: cueSpan(v, v + 1), direct: introduced };
      // "what Apple is calling “spatial” photos", "…, the group is calling on Ruiz to “…”": the participle is the verb
      // of the phrase right before its auxiliary; first where that phrase opens its clause (after a comma or the
      // sentence's start), else after a verb of saying before ("Ruiz said Fox executives were calling “…”").
      const auxiliary = v - 1 > floor && /^(is|are|was|were|been|be)$/.test(tokens[v - 1]!.lower);
      const auxSubject = auxiliary ? phraseBefore(v - 1, floor) : null;
      const bySubject =
        auxSubject && auxSubject[1] - auxSubject[0] <= AUX_SUBJECT_WORDS && canSay(auxSubject[0], auxSubject[1])
          ? { speaker: speakerOf(auxSubject[0], auxSubject[1], q.start), cue: cueSpan(v, v + 1), direct: introduced }
          : null;
      // (A verb of saying whose clause the subject is in: right before it, or reporting with "that"; not one in an
      // opening clause set off by a comma: "…, the council have agreed on anything, the union is calling".)
      let saidBefore = false;
      let comma = false;
      for (let u = (auxSubject?.[0] ?? floor) - 1; auxSubject && u >= Math.max(floor, auxSubject[0] - SAYING_REACH) && !saidBefore; u--) {
        if (tokens[u]!.text === ',') comma = true;
        if (isSpeechVerb(tokens[u]) && !nounUse(u) && (!comma || tokens[u + 1]?.lower === 'that')) saidBefore = true;
      }
      const opensItsClause = !!auxSubject && !saidBefore && (auxSubject[0] === floor || tokens[auxSubject[0] - 1]!.text === ',');
      if (bySubject && opensItsClause) return bySubject;
      const main = verbBeforeParticiple(v);
      if (main) return main;
      if (bySubject) return bySubject;
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
      // "After saying …, she was …": the subject comes after the quote, where the participle opens the sentence
      // (not "When critics are reduced to lecturing that “…”, and when Ana Ruiz …").
      const opensSentence = v === floor || (v === floor + 1 && CLAUSE_OPENERS.has(tokens[floor]!.lower));
      const later = q.close >= 0 && opensSentence ? tokenAt(q.close + 1) : -1;
      for (let s0 = later; s0 >= 0 && s0 < Math.min(tokens.length, later + 6); s0++) {
        const u = tokens[s0]!;
        // In the participle's sentence, and no word of another quote.
        if (u.sentence !== t.sentence || c.isQuoteMark(u)) break;
        if (SUBJECT_PRONOUNS[u.lower] !== undefined || personAt(u.start, u.end))
          return { speaker: speakerOf(s0, s0 + 1, q.start), cue: cueSpan(v, v + 1), direct: introduced };
      }
      return null;
    }
    // "The deal was called “historic” by Prime Minister Ana Ruiz": the one named after "by" right after the quote; also
    // after a comma, as a clause of its own ("The inquiry, often labeled a “witch hunt” by union leaders,"; "…,
    // derided as “a stunt” by critics").
    const lowerAt = (i: number) => tokens[i]?.lower ?? '';
    const passive =
      PASSIVE_BE.has(lowerAt(v - 1)) ||
      lowerAt(v - 1) === ',' ||
      ((/ly$/.test(lowerAt(v - 1)) || TIME_ADVERBS.has(lowerAt(v - 1))) && (lowerAt(v - 2) === ',' || PASSIVE_BE.has(lowerAt(v - 2))));
    const namesOrJudges = NAMING_VERBS.has(t.lower) || (OBJECT_FIRST_SPEECH_VERBS.has(t.lower) && /ed$/.test(t.lower));
    if (namesOrJudges && passive && (namingUse(v) || !PASSIVE_BE.has(lowerAt(v - 1))) && q.close >= 0) {
      const k = tokenAt(q.close + 1);
      const by = tokens[k];
      // (The phrase right after "by", no time: "named “Ophelia” by Tuesday morning", "by the time it aired".)
      let np = by?.lower === 'by' && by.sentence === t.sentence && tokens[k + 1] ? phraseFrom(k + 1, Math.min(tokens.length, k + 10)) : null;
      // ("by union leaders", "by local residents": lower-case words ending in a noun for people, up to the clause's end.)
      if (!np && by?.lower === 'by' && by.sentence === t.sentence) {
        let e = k + 1;
        while (e < k + 5 && tokens[e]?.kind === 'word' && !tokens[e]!.cap && !PREPOSITIONS.has(tokens[e]!.lower) && tokens[e]!.sentence === t.sentence) e++;
        const ends = tokens[e];
        if (e > k + 1 && PEOPLE_NOUN_ENDING.test(tokens[e - 1]!.lower) && (!ends || ends.kind === 'punct' || PREPOSITIONS.has(ends.lower))) np = [k + 1, e];
      }
      const time = np && tokens.slice(np[0], np[1]).some((u) => isTimeWord(u.lower) || u.lower === 'time');
      // ("by opponents of Mayor Tom Bell": the opponents, up to the preposition.)
      let end = np ? np[0] + 1 : 0;
      while (np && end < np[1] && !PREPOSITIONS.has(tokens[end]!.lower)) end++;
      if (np && !time) return { speaker: speakerOf(np[0], end, q.start), cue: cueSpan(v, v + 1), direct: false };
    }
    if (isSpeechVerb(t) && !nounUse(v) && !namingUse(v)) {
      // "…, as asked by host Ola Berg, “…”": the one named after "by" put the question.
      if (PASSIVE_SPEECH_VERBS.has(t.lower) && tokens[v + 1]?.lower === 'by' && tokens[v + 2]) {
        const named = personAt(tokens[v + 2]!.start, tokens[Math.min(o, v + 5)]!.start);
        const by = named ? ([tokenAt(named.start), tokenAt(named.end)] as const) : phraseFrom(v + 2, o);
        if (by) return { speaker: speakerOf(by[0], by[1], q.start), cue: cueSpan(v, v + 2), direct: introduced };
      }
      // "Ruiz was asked, “…”": the question is someone else's, not the subject's.
      if (PASSIVE_SPEECH_VERBS.has(t.lower) && /^(was|were|been|being|is|are|be)$/.test(tokens[v - 1]?.lower ?? '')) {
        return { speaker: null, cue: cueSpan(v, v + 1), direct: introduced };
      }
      const subject = phraseBefore(v, floor);
      // A written thing's verb after a person or a phrase in a preposition ("Ruiz's statement read", "The minister's
      // letter to Ana Ruiz reads:"): the noun of saying before it says whose words they are, further back.
      if (
        WRITTEN_VERBS.has(t.lower) &&
        subject &&
        (personAt(tokens[subject[0]]!.start, tokens[subject[1] - 1]!.end) || PREPOSITIONS.has(tokens[subject[0] - 1]?.lower ?? ''))
      )
        continue;
      // Not a time ("Friday", "two weeks ago", "in the past"): the subject is further back.
      if (subject && !(subject[1] - subject[0] <= 3 && isTimeWord(tokens[subject[1] - 1]!.lower)))
        return { speaker: speakerOrThing(c, t, subject, q.start), cue: cueSpan(v, v + 1), direct: introduced };
      // "…, said Rubio: “…”" (a name or pronoun after the verb; "asked the crowd to…" is no speaker)
      // The verb then follows a comma or opens its clause: "Clinton, said Rubio: “…”", not "asked Clinton".
      const inverted = (v === floor || tokens[v - 1]!.kind === 'punct') && !OBJECT_FIRST_SPEECH_VERBS.has(t.lower);
      let np = inverted ? phraseFrom(v + 1, o) : null;
      // "…, said Trump's messages have …" names whose messages, not who said; "said Trump's lawyer Rudy Giuliani"
      // names the lawyer: after a possessive, the phrase it opens is the one to name the speaker.
      let owned = false;
      for (let guard = 0; np && guard < 3; guard++) {
        const inside = tokens.slice(np[0], np[1]).findIndex((u) => POSSESSIVE.test(u.text));
        const at = inside >= 0 ? np[0] + inside : POSSESSIVE.test(tokens[np[1]]?.text ?? '') ? np[1] : -1;
        if (at < 0) break;
        owned = true;
        np = at + 1 < o ? phraseFrom(at + 1, o) : null;
        // "… lawyer Rudy Giuliani,": the person named in the words before the next comma.
        if (!np) {
          let e = at + 1;
          while (e < o && e - at <= 6 && tokens[e]!.text !== ',') e++;
          const who = e > at + 1 ? personAt(tokens[at + 1]!.start, tokens[e - 1]!.end) : undefined;
          if (who) np = [tokenAt(who.start), tokenAt(who.end)];
        }
      }
      const named = np && (personAt(tokens[np[0]]!.start, tokens[np[1] - 1]!.end) || (!owned && SUBJECT_PRONOUNS[tokens[np[0]]!.lower] !== undefined));
      if (np && named) return { speaker: speakerOf(np[0], np[1], q.start), cue: cueSpan(v, v + 1), direct: introduced };
      // "Mayor Ana Ruiz said Friday that … but said “…”": the subject of the sentence.
      return subjectOfSentence(v);
    }
  }
  // "The mayor is trying a new slogan: “The harbour is yours.”" — a colon introduces the quote of the
  // sentence's subject (and so does a paragraph ending in one).
  // ("The timing doesn't surprise pollster Rhea Moon: “…”": a person named right before the colon, with no verb of
  // saying in the sentence, is the one who speaks.)
  const colonAt = from !== undefined ? from : mark.text === ':' ? o - 1 : -1;
  const beforeColon = colonAt > floor ? tokens[colonAt - 1]! : undefined;
  const named = beforeColon && tokens[colonAt]?.text === ':' ? personAt(beforeColon.start, beforeColon.end) : undefined;
  // (Not one the words are sent or said to: "Tom Vell sent a text to Ana Ruiz: “…”", "a message for Senator Ana Ruiz:".)
  const head = named ? c.pastTitle(tokenAt(named.start), floor + 1) - 1 : -1;
  const addressed = named && head >= floor && PREPOSITIONS.has(tokens[head]!.lower);
  if (named && named.end === beforeColon!.end && !addressed)
    return { speaker: speakerOf(tokenAt(named.start), colonAt, q.start), cue: cueSpan(colonAt, colonAt + 1), direct: introduced };
  if (mark.text === ':' || from !== undefined) return subjectOfSentence(Math.max(floor, o - 1));
  return null;
}

/** At most this many words describing a person before their name, after a verb of saying ("said former harbour pilot
 * and union steward Nils Arvid"). */
const DESCRIBED_REACH = 10;

/**
 * The person named within a few words from token `a`, in the same sentence, where the words before the name only
 * describe them: lower-case words, titles, "and"; no comma, no verb, no clause ("that", "who") and not a name a
 * preposition governs ("said the lawyer for Ana Ruiz" is the lawyer).
 */
function personNamedNext(c: Phrases, a: number, limit: number): Speaker | null {
  const { tokens, personAt, isSpeechVerb } = c;
  const sentence = tokens[a]?.sentence;
  for (let u = a; u < Math.min(limit, a + DESCRIBED_REACH) && tokens[u]!.sentence === sentence; u++) {
    const w = tokens[u]!;
    const m = personAt(w.start, w.end);
    if (m) {
      if (u > a && PREPOSITIONS.has(tokens[u - 1]!.lower)) return null;
      return { personId: m.person.id, name: m.person.name, start: m.start, end: m.end, form: 'name' };
    }
    // (No comma: "said officials, Ana Ruiz and Tomas Brandt among them" names no one speaker.)
    if (c.isQuoteMark(w) || (w.kind === 'punct' && !/^[.\-]$/.test(w.text))) return null;
    if (isSpeechVerb(w) || SPEECH_PARTICIPLES.has(w.lower) || (NP_STOP.has(w.lower) && w.lower !== 'and')) return null;
  }
  return null;
}

/** "…, according to the organisers." closing the quote's sentence, further on than `after` looks. */
export function accordingLater(c: Phrases, q: RawQuote): Attribution | null {
  const { tokens, tokenAt, speakerOf, phraseFrom, cueSpan, ctx } = c;
  if (q.close < 0) return null;
  const k = tokenAt(q.close + 1);
  // The quote's sentence goes on after it (“Bobby!” at a rally…, even where its "!" ended a sentence).
  const sentence = tokens[k] && !tokens[k]!.cap ? tokens[k]!.sentence : tokens[k - 1]?.sentence;
  const limit = Math.min(tokens.length, tokenAt(ctx.paragraphs[q.lastParagraph]!.end));
  for (let v = k; v < limit && tokens[v]!.sentence === sentence; v++) {
    if (c.isQuoteMark(tokens[v]!)) return null;
    if (tokens[v]!.lower !== 'according' || tokens[v + 1]?.lower !== 'to' || tokens[v - 1]?.text !== ',') continue;
    const np = phraseFrom(v + 2, limit);
    return np ? { speaker: speakerOf(np[0], np[1], q.start), cue: cueSpan(v, v + 2), direct: false } : null;
  }
  return null;
}

/**
 * A quote set inside a sentence that has no verb of saying ("Brandt admires the harbour master as a “true servant”", "The
 * piece used her words as its headline: “…”"): the words are the subject's. The subject is the noun phrase the
 * sentence (or its main clause, after an opening clause and its comma) starts with, up to its verb.
 */
export function sentenceSubject(c: Phrases, q: RawQuote): Attribution | null {
  const { tokens, sentenceStarts, tokenAt, speakerOf, subjectPhrase, canSay, isSpeechVerb, nounUse, namingUse } = c;
  const o = tokenAt(q.open);
  if (o <= 0 || tokens[o]?.sentence !== tokens[o - 1]!.sentence) return null;
  const np = subjectPhrase(sentenceStarts[o - 1]!, o);
  if (!np || !canSay(np[0], np[1])) return null;
  const speaker = speakerOf(np[0], np[1], q.start);
  if (!speaker) return null;
  // Looked for within reach of the subject: a sentence of thousands of quotes is not walked once per quote.
  let saying = false;
  for (let v = np[1]; v < Math.min(o, np[1] + SAYING_REACH) && !saying; v++) saying = isSpeechVerb(tokens[v]) && !nounUse(v) && !namingUse(v);
  // "They held what is called a “listening session”": the words a verb names something by are a name or a term.
  const named = namingUse(o - 1) || (o >= 2 && ARTICLES.has(tokens[o - 1]!.lower) && namingUse(o - 2));
  return { speaker, cue: undefined, direct: false, weak: true, saying, named };
}

/** A paragraph ending in a colon introduces the quote that opens the next one. */
export function colonIntro(c: Phrases, q: RawQuote): Attribution | null {
  const { tokenAt, ctx } = c;
  const para = ctx.paragraphs[q.paragraph]!;
  const prev = ctx.paragraphs[q.paragraph - 1];
  if (!prev || ctx.text.slice(para.start, q.open).trim() !== '' || !/:\s*$/.test(ctx.text.slice(prev.start, prev.end))) return null;
  return before(c, q, tokenAt(ctx.text.lastIndexOf(':', prev.end)));
}

/** The rules of one quote, in the order of ATTRIBUTION_RULES (the carried ones come after, in detectQuotes). */
export const QUOTE_RULES: readonly (readonly [AttributionRule, (c: Phrases, q: RawQuote) => Attribution | null])[] = [
  ['cue-after', after],
  ['cue-before', (c, q) => before(c, q)],
  ['according-later', accordingLater],
  ['signed-below', signedBelow],
  ['colon-intro', colonIntro],
  ['sentence-subject', sentenceSubject],
];

/** Each quote's own attribution: the first rule that finds one, or none. */
export function attributor(ctx: QuoteContext, raw: readonly RawQuote[]): (q: RawQuote) => Attribution {
  const c = quotePhrases(ctx, raw);
  return (q) => {
    for (const [rule, find] of QUOTE_RULES) {
      const found = find(c, q);
      if (!found) continue;
      // "Ivo Marsh says he is “tied for the lead” with Senator Dana Pruitt, in a race that he said …": a cue after the
      // quote that is not close after it, in its sentence, gives way to a cue before the quote in that sentence.
      if (rule === 'cue-after' && !closeAfter(c, q, found)) {
        const earlier = before(c, q);
        if (earlier?.speaker && earlier.cue) return { ...earlier, rule: 'cue-before' };
      }
      return { ...found, rule };
    }
    return { speaker: null, cue: undefined, direct: false };
  };
}

/** At most this many characters between a quote's closing mark and a cue after it that is close after it. */
const CLOSE_CUE_GAP = 40;

/**
 * The cue follows the quote closely, in the sentence the quote ends in or goes on in ("“…,” she said", "“…?” Ruiz, 52,
 * asked"), or the speaker it names does ("“…” Will Estrada, the chairman of the county's party, said").
 */
function closeAfter(c: Phrases, q: RawQuote, found: Attribution): boolean {
  if (!found.cue || q.close < 0) return true;
  // (The speaker right after a closing mark that ends the words, "“…?” Will Estrada, …"; not "“…” with Sen. Ana
  // Ruiz", "saying “of course” Ruiz has …".)
  const named = found.speaker?.start;
  const ended = /[,.!?]['\u2019]?$/.test(c.ctx.text.slice(q.start, q.close).trimEnd());
  const nearest =
    ended && named !== undefined && named > q.close && named < found.cue.start && /^[\s,]*$/.test(c.ctx.text.slice(q.close + 1, named))
      ? named
      : found.cue.start;
  if (nearest - q.close > CLOSE_CUE_GAP) return false;
  const { tokens, tokenAt } = c;
  const last = tokens[tokenAt(q.close) - 1];
  const cue = tokens[tokenAt(nearest)];
  return !last || !cue || last.sentence === cue.sentence;
}
