import { AUXILIARY_VERBS, STRONG_SPEECH_VERBS, SUBJECT_ENDERS, VERBS_AFTER_A_SUBJECT } from '../../data/speech';
import { FUNCTION_WORDS, KNOWN_ORGS, NAME_PARTICLES, NAME_SUFFIXES, NOT_NAMES, ORG_HEADS, ORG_SUFFIXES } from '../../data/organizations';
import { isEverydayForm, isEverydayGerund, type Lexicon } from '../lexicon';
import type { NlpToken } from '../tokenize';
import type { Chunk } from './types';
import { ORG_JOINERS, ORG_VERBS, MONTHS, REGNAL_TITLES } from '../../data/name-context';
import { ARTICLES, FIRST_PERSON_CONTRACTIONS, SMALL_NAME_WORDS, TITLE_CASE_SMALL_WORDS, withoutApostrophes } from '../../data/phrases';
import { DEMONYMS, PARTIES } from '../../data/demonyms';
import { TITLES } from '../../data/titles';
import { PLACE_TYPE_HEADS } from '../../data/name-types';
import { PARTY_LABEL } from './titles';

/**
 * Chunking: the capitalised runs of words that may be names, where each starts and ends, and organisation names
 * joined over "of" and "for" ("Bank of England").
 */

/** Sentences written in capitals or in title case (headlines, datelines): their words' case says nothing. */
export function headlineSentences(tokens: NlpToken[], lex: Lexicon): Set<number> {
  // Per sentence: its words, those in capitals, those capitalised.
  const words = new Map<number, [number, number, number]>();
  for (const t of tokens) {
    if (t.kind !== 'word' || t.text.length < 2) continue;
    const c = words.get(t.sentence) ?? [0, 0, 0];
    c[0]++;
    if (t.upper) c[1]++;
    if (t.cap) c[2]++;
    words.set(t.sentence, c);
  }
  const out = new Set<number>();
  for (const [s, [n, up]] of words) if (n >= 2 && up / n >= 0.6) out.add(s);
  // A headline in title case ("Obama Sees Hope In Clinton Plan As Senate Votes"): most words capitalised, and two
  // different small words among them (TITLE_CASE_SMALL_WORDS), which running text does not capitalise inside a
  // sentence ("The" it does: "joined The New York Times").
  // Only sentences with a capitalised small word are counted (most have none).
  const small = new Map<number, Set<string>>();
  for (const t of tokens) {
    if (t.kind !== 'word' || !t.cap || t.sentenceStart || t.upper || !TITLE_CASE_SMALL_WORDS.has(t.lower)) continue;
    const set = small.get(t.sentence);
    if (set) set.add(t.lower);
    else small.set(t.sentence, new Set([t.lower]));
  }
  for (const [s, set] of small) {
    const [n, , caps] = words.get(s) ?? [0, 0, 0];
    if (set.size >= 2 && n >= 4 && caps / n >= 0.75) out.add(s);
  }
  // Or a headline that leaves its small words in lower case ("Ted Cruz Refuses to Disavow Graham Endorsement"): a
  // line of its own, every word in lower case a small one, and everyday words that are no names capitalised inside
  // it, which running text does not do: two in a line with no comma, or one and a verb after a name ("Cruz
  // Refuses"). A list of names ("Ana Ruiz, Tom Lee and Bo Chen") has none, a body's name in a reference list
  // ("Ministry of Foreign Affairs and Trade. Retrieved …") shares its line, and a byline or a biography's line
  // ("Professor of Public Health, Harbour University") has a comma and no verb.
  const ownLine = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.sentenceStart || !(i === 0 || t.lineStart)) continue;
    let k = i + 1;
    while (k < tokens.length && tokens[k]!.sentence === t.sentence) k++;
    if (k === tokens.length || tokens[k]!.lineStart) ownLine.add(t.sentence);
  }
  const lowerOther = new Set<number>();
  const verb = new Set<number>();
  const commaIn = new Set<number>();
  const everyday = new Map<number, number>();
  const commas = new Map<number, number>();
  for (const [i, t] of tokens.entries()) {
    // (A reference's line, "Lund, Ana (2004). “Towns”. Working Paper 3. Centre for …", is one sentence of many marks.)
    if (t.text === ',' || t.text === '(' || (t.text === '.' && tokens[i + 1]?.sentence === t.sentence))
      commas.set(t.sentence, (commas.get(t.sentence) ?? 0) + 1);
    if (t.text === ',') commaIn.add(t.sentence);
    if (t.kind !== 'word' || t.text.length < 2 || out.has(t.sentence)) continue;
    if (!t.cap) {
      if (!TITLE_CASE_SMALL_WORDS.has(t.lower) && !ARTICLES.has(t.lower) && !/^(and|or|but|not|up|off|out|vs)$/.test(t.lower)) lowerOther.add(t.sentence);
      continue;
    }
    // A verb right after a name: one a subject takes ("Noah Says", "Trump Is"), or a word's -s or -ed form ("Cruz
    // Refuses", "Senate Votes").
    const before = tokens[i - 1];
    const afterName = !!before?.cap && before.kind === 'word' && before.sentence === t.sentence && !isEverydayForm(lex, before.lower);
    const verbAfterName =
      afterName &&
      (VERBS_AFTER_A_SUBJECT.has(t.lower) ||
        SUBJECT_ENDERS.has(t.lower) ||
        (t.lower.length >= 5 && /[^s](s|ed)$/.test(t.lower) && isEverydayForm(lex, t.lower)));
    if (verbAfterName) verb.add(t.sentence);
    if (t.sentenceStart || t.upper || !lex.common.has(t.lower) || lex.given.has(t.lower) || lex.surnames.has(t.lower)) continue;
    if (ORG_HEADS.has(t.lower) || TITLES.has(t.lower) || DEMONYMS.has(t.lower) || PARTIES.has(t.lower)) continue;
    // (A surname that is a word, after a given name or an initial: "Doug Gross", "Gary R. Smith".)
    const prev = tokens[i - 1];
    if (!verbAfterName && prev?.cap && prev.sentence === t.sentence && (lex.given.has(prev.lower) || /^\p{Lu}\.?$/u.test(prev.text))) continue;
    everyday.set(t.sentence, (everyday.get(t.sentence) ?? 0) + 1);
  }
  for (const [s, count] of everyday) {
    const [n, , caps] = words.get(s) ?? [0, 0, 0];
    // (A list of names runs on commas, a reference on brackets and periods: a headline has two of them at most.)
    if (
      ((count >= 2 && !commaIn.has(s)) || (count >= 1 && verb.has(s))) &&
      ownLine.has(s) &&
      !lowerOther.has(s) &&
      (commas.get(s) ?? 0) <= 2 &&
      n >= 5 &&
      caps / n >= 0.75
    )
      out.add(s);
  }
  return out;
}

/** Does a capitalised run starting at `i` end in an organisation word ("General Motors")? */
export function endsOrgName(tokens: NlpToken[], i: number): boolean {
  let k = i;
  // (Within its sentence and a name's length: a page of "Mr. President" thousands of times over is not read to its end each time.)
  while (tokens[k]?.cap && tokens[k]!.kind === 'word' && tokens[k]!.sentence === tokens[i]!.sentence && k - i < 12) {
    if (ORG_HEADS.has(tokens[k]!.lower) && !NAME_SUFFIXES.has(tokens[k]!.lower)) return true;
    k++;
  }
  return false;
}

export function isWordLike(t: NlpToken | undefined): t is NlpToken {
  return !!t && t.kind === 'word';
}

export function isNameStart(tokens: NlpToken[], i: number, titleTokens: Set<number>, caps: Set<number>, lex: Lexicon): boolean {
  const t = tokens[i]!;
  // ("Society In New Zealand", "Amid growing criticism": a small word, capitalised by a title or a sentence.)
  if (
    !isWordLike(t) ||
    !t.cap ||
    titleTokens.has(i) ||
    (/['\u2019]/.test(t.text) && FIRST_PERSON_CONTRACTIONS.has(withoutApostrophes(t.lower))) ||
    TITLE_CASE_SMALL_WORDS.has(t.lower)
  )
    return false;
  const next = tokens[i + 1];
  const nextIsCap = !!next && next.cap && next.kind === 'word' && next.sentence === t.sentence;
  // "captain Will Carling": a function word that is also a given name, capitalised within a sentence and before a
  // name's word, is that name ("It May Be True" is a title's words).
  const nameFollows = nextIsCap && (!lex.common.has(next!.lower) || lex.surnames.has(next!.lower)) && !FUNCTION_WORDS.has(next!.lower);
  // ("In May Brandt said": a month is never one of these.)
  if (
    FUNCTION_WORDS.has(t.lower) &&
    !(lex.given.has(t.lower) && !NOT_NAMES.has(t.lower) && nameFollows && !t.sentenceStart && !afterOpeningQuote(tokens, i) && !caps.has(t.sentence))
  )
    return false;
  // "D-N.Y.", "R-Texas": a party and a state after a lawmaker's name, not a name.
  if (PARTY_LABEL.test(t.text)) return false;
  // Days, months and the like start a name only when they are also given names ("April Ryan").
  if (NOT_NAMES.has(t.lower) && !(lex.given.has(t.lower) && nextIsCap)) return false;
  if (caps.has(t.sentence)) {
    // In a headline every word is capitalised: only words that are not common ones can start a name.
    return !lex.common.has(t.lower) && t.text.length > 1;
  }
  // ("Hosting Cook at …", "Praising Barcelona, the coach …": a verb with -ing before a name is common too;
  // "Worthing Borough Council" is a place's.)
  const gerund = () => !!next && (lex.surnames.has(next.lower) || lex.given.has(next.lower) || tokens[i + 2]?.text === ',') && isEverydayGerund(lex, t.lower);
  if ((t.sentenceStart || afterOpeningQuote(tokens, i)) && (lex.common.has(t.lower) || gerund())) {
    // The first word of a sentence is capitalised anyway: keep a common word only if it is also a name and a
    // name or a verb of speech follows ("Bush said", "Rose Hill").
    const isName = lex.given.has(t.lower) || lex.surnames.has(t.lower);
    // "Bill and Hillary Clinton": a given name coordinated with another.
    const coordinated = next?.lower === 'and' && lex.given.has(t.lower) && !!tokens[i + 2]?.cap && lex.given.has(tokens[i + 2]!.lower);
    // "Apple fell", "Shell said": an organisation known by a word, then what organisations do.
    const knownOrg =
      KNOWN_ORGS.has(t.lower) &&
      !!next &&
      next.sentence === t.sentence &&
      (ORG_VERBS.test(next.lower) || (VERBS_AFTER_A_SUBJECT.has(next.lower) && !AUXILIARY_VERBS.has(next.lower)) || next.lower === "'s");
    // "Center for American Progress said", "Department of Justice lawyers": a body's word, then "of" or "for" and
    // a capitalised word, is a body's name.
    const after = tokens[i + 2];
    const bodyOf =
      ORG_HEADS.has(t.lower) &&
      (next?.lower === 'of' || next?.lower === 'for') &&
      !!after?.cap &&
      after.kind === 'word' &&
      after.sentence === t.sentence &&
      !TITLE_CASE_SMALL_WORDS.has(after.lower) &&
      // ("Fund for Ana Ruiz raised …": a person's name after it is who the thing is for.)
      !lex.given.has(after.lower);
    return (
      (isName && !!next && (nextIsCap || STRONG_SPEECH_VERBS.has(next.lower) || coordinated)) ||
      knownOrg ||
      bodyOf ||
      opensKnownName(tokens, i, KNOWN_ORGS, 6) ||
      opensKnownName(tokens, i, lex.places, 4)
    );
  }
  return true;
}

/**
 * "United Nations relief officials said", "South Dakota is …": an everyday word opening a sentence opens a name when
 * the capitalised words from it, `words` of them at most, are one of `known` (organisations, places).
 */
function opensKnownName(tokens: NlpToken[], i: number, known: ReadonlySet<string>, words: number): boolean {
  const sentence = tokens[i]!.sentence;
  let name = tokens[i]!.lower;
  for (let k = i + 1; k < Math.min(tokens.length, i + words); k++) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || t.kind !== 'word' || !t.cap) return false;
    name += ` ${t.lower}`;
    if (known.has(name)) return true;
  }
  return false;
}

export function afterOpeningQuote(tokens: NlpToken[], i: number): boolean {
  const p = tokens[i - 1];
  return !!p && /^["\u201c'\u2018(]$/.test(p.text) && (p.sentenceStart || tokens[i - 2]?.text === ':' || tokens[i - 2]?.text === ',');
}

/** Whether `word` is one of the few capitalised words of the same sentence right after token `k`. */
function comesAgain(tokens: NlpToken[], k: number, word: string): boolean {
  for (let j = k + 1; j < Math.min(tokens.length, k + 5); j++) {
    const t = tokens[j]!;
    if (t.sentence !== tokens[k]!.sentence || t.kind !== 'word' || !t.cap) return false;
    if (t.lower === word) return true;
  }
  return false;
}

/** End (exclusive) of the name that starts at `i`. */
export function nameRun(tokens: NlpToken[], i: number, titleTokens: Set<number>, caps: Set<number>, lex: Lexicon, afterHonorific: boolean): number {
  const sentence = tokens[i]!.sentence;
  let end = i;
  let k = i;
  while (k < tokens.length) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || titleTokens.has(k) || t.kind !== 'word') break;
    // "Queen Elizabeth I", "King Baudouin I": after a monarch's title, "I" is the numeral, not the pronoun.
    if (t.text === 'I' && k === i + 1 && REGNAL_TITLES.test(tokens[i - 1]?.lower ?? '')) {
      end = ++k;
      break;
    }
    if (t.cap) {
      // (In capitals, a word's forms are too often an organisation's: only an everyday word itself stops the name.)
      if (caps.has(sentence) && k > i && ((t.upper ? lex.common.has(t.lower) : isEverydayForm(lex, t.lower)) || NOT_NAMES.has(t.lower))) {
        // ("Lee County Officials Shut …", "Harbour Tower Reopens": one word and a place's or a body's word are that
        // place or body, not a name and a headline's word.)
        if (k === i + 1 && !t.upper && (PLACE_TYPE_HEADS.has(t.lower) || ORG_HEADS.has(t.lower))) end = k + 1;
        break;
      }
      // A name does not run on into a day or a month ("Sheinbaum Tuesday").
      // But a month after a given name is a surname ("Ana March"), unless a day of the month follows.
      const surnameMonth = k === i + 1 && MONTHS.test(t.lower) && lex.given.has(tokens[i]!.lower) && tokens[k + 1]?.kind !== 'number';
      // "Martin St. Louis", "Kelly St. Clair": a surname that opens with "St." after a given name that is no place's.
      const next = tokens[k + 1];
      if (
        k === i + 1 &&
        /^ste?\.$/.test(t.lower) &&
        lex.given.has(tokens[i]!.lower) &&
        !lex.places.has(tokens[i]!.lower) &&
        next?.cap &&
        next.kind === 'word' &&
        next.sentence === sentence &&
        // (A name after it, no everyday word: "on Albert St. Firefighters arrived" is a street, then a sentence.)
        (lex.given.has(next.lower) || lex.surnames.has(next.lower)) &&
        !lex.common.has(next.lower)
      ) {
        k += 2;
        end = k;
        continue;
      }
      if (k > i && NOT_NAMES.has(t.lower) && !lex.given.has(t.lower) && !surnameMonth) break;
      // "Ana Ruiz Ana María Ruiz": the same name twice, as a page writes it short and long in two elements side by
      // side; the given name that opened the run opens the next, when the word before it comes again after it (not
      // "Mohamed Abdullahi Mohamed", a name of patronymics).
      if (k > i + 1 && t.lower === tokens[i]!.lower && lex.given.has(t.lower) && comesAgain(tokens, k, tokens[k - 1]!.lower)) break;
      end = ++k;
      continue;
    }
    if (NAME_PARTICLES.has(t.lower) && (k > i || afterHonorific)) {
      // "van den Broek", "bin Laden", "de la Fuente": particles, then a capitalised word.
      let p = k;
      while (tokens[p] && NAME_PARTICLES.has(tokens[p]!.lower) && !tokens[p]!.cap) p++;
      const after = tokens[p];
      if (after?.cap && after.kind === 'word' && after.sentence === sentence && p - k <= 3) {
        k = p;
        continue;
      }
    }
    if (NAME_SUFFIXES.has(t.lower) && k > i) {
      end = ++k;
      continue;
    }
    break;
  }
  return end;
}

/** "Bank" "of" "England" → one organisation; "Department of Justice", "University of Texas at Austin". */
export function mergeOrgNames(tokens: NlpToken[], chunks: Chunk[], lex: Lexicon): Chunk[] {
  const out: Chunk[] = [];
  for (let c = 0; c < chunks.length; c++) {
    let cur = { ...chunks[c]! };
    for (;;) {
      const next = chunks[c + 1];
      if (!next) break;
      const gap = tokens.slice(cur.end, next.start);
      const joiner =
        gap.length === 1 && ORG_JOINERS.has(gap[0]!.lower)
          ? gap[0]!
          : gap.length === 2 && ORG_JOINERS.has(gap[0]!.lower) && gap[1]!.lower === 'the'
            ? gap[0]!
            : null;
      const head = tokens[cur.end - 1]!.lower;
      if (!joiner || tokens[cur.start]!.sentence !== tokens[next.start]!.sentence) break;
      const orgLeft = ORG_HEADS.has(head) && !ORG_SUFFIXES.has(head);
      const rightHead = tokens[next.end - 1]!.lower;
      // "Barnett Banks Inc." after "of" ends a company's name, unless what stands before is a person's ("economist
      // Lynn Reaser of Barnett Banks Inc.": a given name first, a title or an honorific).
      const person = !!cur.title || cur.honorific !== undefined || (cur.end - cur.start >= 2 && lex.given.has(tokens[cur.start]!.lower) && !orgLeft);
      const company = joiner.lower === '&' || (joiner.lower === 'of' && ORG_SUFFIXES.has(rightHead) && !person);
      // "Securities and Exchange Commission" is one; "the Republican National Committee and the Democratic Party" two.
      const bothOrgs = joiner.lower === 'and' && gap.length === 1 && cur.end - cur.start === 1 && orgLeft && ORG_HEADS.has(rightHead);
      // "Department of Housing and Urban Development", "Ministry of Trade and Industry": a body's name that has
      // its "of" already goes on over "and" with a portfolio of everyday words (not "… of Justice and Ana Ruiz").
      const portfolio =
        joiner.lower === 'and' &&
        gap.length === 1 &&
        cur.evidence.includes('X of Y') &&
        next.end - next.start <= 3 &&
        tokens.slice(next.start, next.end).every((t) => t.kind === 'word' && lex.common.has(t.lower));
      if (!company && !bothOrgs && !portfolio && !(orgLeft && joiner.lower !== 'and')) break;
      cur = { ...cur, end: next.end, evidence: [...cur.evidence, 'X of Y'] };
      c++;
    }
    out.push(cur);
  }
  return out;
}

export function chunkWords(tokens: NlpToken[], c: Chunk): NlpToken[] {
  return tokens.slice(c.start, c.end);
}

/** Words as the text spells them: one space where there was white space between two, none where there was none. */
export function spelled(words: readonly NlpToken[]): string {
  return words.map((t, i) => (i > 0 && t.start > words[i - 1]!.end ? ' ' : '') + t.text).join('');
}

export function chunkLower(tokens: NlpToken[], c: Chunk): string {
  return chunkWords(tokens, c)
    .map((t) => t.lower)
    .join(' ');
}

/** Quotation marks around a nickname inside a name (not "'", which is an apostrophe as often: "Charles' Big Band"). */
const NICKNAME_MARKS = /^["\u201c\u201d\u2018\u2019]$/;
/** At most this many words in a nickname. */
const NICKNAME_MAX_WORDS = 4;

/**
 * "Roberto “Hands of Stone” Duran", "Hector "Macho" Camacho": a given name, a nickname in quotation marks and the
 * rest of the name are one name. The nickname's words (capitalised, or small words between them) and any chunks
 * found in them are taken into it.
 */
export function joinNicknames(tokens: NlpToken[], chunks: Chunk[], lex: Lexicon): Chunk[] {
  const byStart = new Map<number, number>();
  for (let k = 0; k < chunks.length; k++) byStart.set(chunks[k]!.start, k);
  const out: Chunk[] = [];
  for (let k = 0; k < chunks.length; k++) {
    const a = chunks[k]!;
    const open = tokens[a.end];
    // The mark stands apart from the given name ("Mary’s" is a possessive).
    if (a.type !== null || !open || !NICKNAME_MARKS.test(open.text) || open.start === tokens[a.end - 1]!.end || !lex.given.has(tokens[a.end - 1]!.lower)) {
      out.push(a);
      continue;
    }
    let close = a.end + 1;
    while (close < tokens.length && close - a.end - 1 <= NICKNAME_MAX_WORDS && !NICKNAME_MARKS.test(tokens[close]!.text)) close++;
    const words = tokens.slice(a.end + 1, close);
    const nickname =
      words.length >= 1 &&
      words.length <= NICKNAME_MAX_WORDS &&
      words[0]!.cap &&
      words.every((w) => w.kind === 'word' && w.sentence === open.sentence && (w.cap || SMALL_NAME_WORDS.has(w.lower)));
    const b = nickname ? byStart.get(close + 1) : undefined;
    // The rest of the name is no organisation's ("Mary ‘Bad Faith’ Insurance Co.").
    const rest = b === undefined ? undefined : chunks[b]!;
    const restLast = rest ? tokens[rest.end - 1]!.lower : '';
    if (
      b === undefined ||
      !rest ||
      rest.type !== null ||
      tokens[close + 1]!.sentence !== open.sentence ||
      ORG_HEADS.has(restLast) ||
      ORG_SUFFIXES.has(restLast)
    ) {
      out.push(a);
      continue;
    }
    // A given name, a nickname in marks and a name after: a person's, whatever the nickname's words are.
    out.push({ ...a, end: rest.end, type: 'PER', evidence: [...a.evidence, 'given name'] });
    k = b;
  }
  return out;
}
