import { EVENT_TYPE_HEADS, PLACE_TYPE_HEADS, STORM_WORDS } from '../data/name-types';
import { AUXILIARY_VERBS, STRONG_SPEECH_VERBS, VERBS_AFTER_A_SUBJECT } from '../data/speech';
import { DEMONYMS, PARTIES } from '../data/demonyms';
import {
  FUNCTION_WORDS,
  KNOWN_ORGS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  NOT_NAMES,
  ORG_HEADS,
  ORG_SUFFIXES,
  PUBLIC_BODIES,
  PUBLIC_HEADS,
} from '../data/organizations';
import { HONORIFICS, PORTFOLIOS, TITLE_MODIFIERS, TITLES, type TitleInfo } from '../data/titles';
import { lexicon, type Lexicon } from './lexicon';
import { tokenize, type NlpToken } from './tokenize';

/**
 * Names in running text: capitalised runs of words, each classified as a person, an organisation, a place
 * or something else from the evidence around it (titles, honorifics, given names and surnames, speech verbs,
 * organisation words, place names), then settled across the whole document (a surname alone is the person
 * named in full elsewhere). Pure: text in, plain objects out.
 */

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface TitlePhrase {
  /** Tokens of the whole phrase, affiliation and determiners included. */
  start: number;
  end: number;
  /** The title as a reader would write it: "former President", "Secretary of State", "Ambassador to Mexico". */
  text: string;
  official: boolean;
  plural: boolean;
  affiliation: string | null;
  /** Tokens of an affiliation that names an organisation ("Pentagon" in "Pentagon spokesman", "Draxon" in
   *  "Draxon CEO"): a mention of that organisation. */
  orgAffiliation?: { start: number; end: number };
}

export interface Chunk {
  /** Tokens of the name as written: no title, no possessive 's. */
  start: number;
  end: number;
  type: EntityType | null;
  title: TitlePhrase | null;
  /** Gender an honorific gave ("Mrs." → f); null for a neutral one; undefined when there was none. */
  honorific?: 'm' | 'f' | null;
  /** "Bill" in "Bill and Hillary Clinton" shares the surname of the name it is coordinated with. */
  sharedSurname?: string;
  evidence: string[];
}

export interface DocEntities {
  text: string;
  tokens: NlpToken[];
  chunks: Chunk[];
}

const COMPLEMENT_PREPOSITIONS = new Set(['of', 'to', 'for']);
/** Modifiers that say when someone held a title, not what the title is: written in lower case ("former President"). */
const TIME_MODIFIER = /^(former|late|then|ex|onetime|one-time|erstwhile|outgoing|incoming|acting|interim)$/i;
const PAST_MODIFIER = /^(former|late|then|ex|onetime|one-time|erstwhile)$/i;
/** Roles held in an organisation: the capitalised word before them names it. */
const ORG_ROLE =
  /^(ceo|cfo|coo|cto|chief executive|chief executive officer|chairman|chairwoman|chair|president|owner|founder|co-founder|spokesman|spokeswoman|spokesperson|general manager|managing director|director|executive|manager|head coach|coach|analyst|economist|chief economist|executive director|partner|editor)$/;
const ORG_JOINERS = new Set(['of', 'for', 'on', 'and', '&']);

/** Verbs of what organisations do (in business news above all): "Apple fell", "Tesla recalled". */
const ORG_VERBS =
  /^(fell|rose|gained|dropped|slipped|jumped|climbed|surged|slumped|tumbled|reported|posted|recalled|launched|unveiled|released|sued|hired|raised|shares|stock|reports|posts|sells|sold|bought|buys|announced|fired)$/;
const PARTY_LABEL = /^[DRI]-\p{Lu}/u;
/** Roles that are public office only for a public body: a company's spokeswoman is no official. */
const PUBLIC_ONLY_IN_PUBLIC_BODY =
  /^(spokesman|spokeswoman|spokesperson|press officer|director|deputy director|adviser|advisor|senior adviser|aide|administrator|official|senior official|negotiator|chief negotiator|chief of staff|commissioner|treasurer|secretary|leader)$/;

/** Is the organisation named by these tokens a public body (government, parliament, agency, party, army)? */
function isPublicBody(tokens: NlpToken[], start: number, end: number): boolean {
  const ws = tokens.slice(start, end);
  const key = ws
    .map((t) => t.lower)
    .join(' ')
    .replace(/^the /, '');
  return PUBLIC_BODIES.has(key) || PUBLIC_HEADS.has(ws[ws.length - 1]!.lower) || ws.some((t) => DEMONYMS.has(t.lower) || PARTIES.has(t.lower));
}

/** Does the capitalised word at `k` end a place name ("Mexico City", "Kansas City")? */
function endsPlaceName(tokens: NlpToken[], k: number, lex: Lexicon): boolean {
  for (let s = k - 1; s >= Math.max(0, k - 3); s--) {
    const ws = tokens.slice(s, k + 1);
    if (ws.some((w) => !w.cap || w.kind !== 'word')) return false;
    if (lex.places.has(ws.map((w) => w.lower).join(' '))) return true;
  }
  return false;
}

/** Tokens of a title key, as the tokenizer splits them. */
const TITLE_INDEX = (() => {
  const index = new Map<string, { words: string[]; info: TitleInfo }[]>();
  for (const [key, info] of TITLES) {
    const words = key.split(' ');
    const list = index.get(words[0]!) ?? [];
    list.push({ words, info });
    index.set(words[0]!, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
})();

export function findEntities(text: string): DocEntities {
  const lex = lexicon();
  const tokens = tokenize(text);
  const capsSentence = headlineSentences(tokens);
  const titles = findTitles(tokens, lex);

  const titleAt = new Map<number, TitlePhrase>();
  const titleTokens = new Set<number>();
  for (const t of titles) {
    // A title is taken out of the name only when a name follows it directly.
    const next = tokens[t.end];
    // "King Jr." is a surname with its suffix, not a king.
    if (
      next &&
      next.kind === 'word' &&
      next.cap &&
      next.sentence === tokens[t.end - 1]!.sentence &&
      !endsOrgName(tokens, t.end, lex) &&
      !NAME_SUFFIXES.has(next.lower)
    ) {
      titleAt.set(t.end, t);
      for (let k = t.start; k < t.end; k++) titleTokens.add(k);
    }
  }

  const chunks: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const honorific = HONORIFICS.get(t.lower);
    if (honorific !== undefined && t.cap && tokens[i + 1]?.cap && !titleTokens.has(i)) {
      const run = nameRun(tokens, i + 1, titleTokens, capsSentence, lex, true);
      if (run > i + 1) {
        chunks.push({ start: i + 1, end: run, type: 'PER', title: honorificTitle(t), honorific, evidence: ['honorific'] });
        i = run;
        continue;
      }
    }
    if (!isNameStart(tokens, i, titleTokens, capsSentence, lex)) {
      i++;
      continue;
    }
    const end = nameRun(tokens, i, titleTokens, capsSentence, lex, false);
    if (end > i) {
      chunks.push({ start: i, end, type: null, title: titleAt.get(i) ?? null, evidence: titleAt.has(i) ? ['title'] : [] });
      i = end;
    } else i++;
  }

  // Organisations named as a title's affiliation are mentions too ("Pentagon spokesman", "Draxon CEO").
  for (const t of titleAt.values()) {
    if (t.orgAffiliation) chunks.push({ ...t.orgAffiliation, type: 'ORG', title: null, evidence: ['organisation of a title'] });
  }
  chunks.sort((a, b) => a.start - b.start);
  const merged = mergeOrgNames(tokens, chunks, lex);
  for (const c of merged) if (c.type === null) classify(tokens, c, lex, capsSentence);
  attachAppositions(tokens, merged, titles);
  attachListTitles(tokens, merged);
  shareSurnames(tokens, merged, lex);
  propagateInLists(tokens, merged, lex);
  settleAcrossDocument(tokens, merged, lex);
  const found = merged.filter((c) => c.type !== null);
  findSurnamesThatAreWords(tokens, found, capsSentence);
  return { text, tokens, chunks: found };
}

/** Sentences written in capitals (headlines, datelines): their words' case says nothing. */
function headlineSentences(tokens: NlpToken[]): Set<number> {
  const words = new Map<number, [number, number]>();
  for (const t of tokens) {
    if (t.kind !== 'word' || t.text.length < 2) continue;
    const c = words.get(t.sentence) ?? [0, 0];
    c[0]++;
    if (t.upper) c[1]++;
    words.set(t.sentence, c);
  }
  const out = new Set<number>();
  for (const [s, [n, up]] of words) if (n >= 2 && up / n >= 0.6) out.add(s);
  return out;
}

function matchTitleHead(tokens: NlpToken[], i: number): { end: number; info: TitleInfo; prefix: string } | null {
  const t = tokens[i];
  if (t?.kind !== 'word') return null;
  let first = t.lower;
  let prefix = '';
  const hyphen = /^(then|ex|former)-(.+)$/.exec(first);
  if (hyphen && TITLE_INDEX.has(hyphen[2]!)) {
    prefix = `${t.text.slice(0, hyphen[1]!.length)}-`;
    first = hyphen[2]!;
  }
  for (const { words, info } of TITLE_INDEX.get(first) ?? []) {
    let ok = true;
    for (let k = 1; k < words.length; k++) {
      if (tokens[i + k]?.lower !== words[k] || tokens[i + k]!.sentence !== t.sentence) {
        ok = false;
        break;
      }
    }
    if (ok) return { end: i + words.length, info, prefix };
  }
  return null;
}

function capitalised(words: string): string {
  return words.replace(/(^|\s)(\p{Ll})/gu, (m, a: string, b: string) => (/^(and|of|the|for|to)$/.test(b) ? m : a + b.toUpperCase()));
}

/** Title phrases anywhere in the text. */
function findTitles(tokens: NlpToken[], lex: Lexicon): TitlePhrase[] {
  const out: TitlePhrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = matchTitleHead(tokens, i);
    if (!head) continue;
    // A lower-case "major", "general", "private" or "private" is an adjective far more often than a rank.
    if (!tokens[i]!.cap && /^(major|general|private)$/.test(tokens[i]!.lower)) {
      if (!tokens[i - 1] || !/^(the|a|an|former|acting)$/.test(tokens[i - 1]!.lower)) continue;
    }
    let end = head.end;
    let text = head.prefix + head.info.display;
    // Complement: "Secretary of State", "Ambassador to Mexico", "Minister for Foreign Affairs".
    const prep = tokens[end];
    if (prep && COMPLEMENT_PREPOSITIONS.has(prep.lower) && prep.sentence === tokens[i]!.sentence) {
      const comp = complementAt(tokens, end + 1, lex);
      if (comp) {
        text += ` ${prep.lower} ${comp.text}`;
        end = comp.end;
      }
    }
    // Modifiers and affiliation to the left.
    let start = i;
    const modifiers: string[] = [];
    while (start > 0 && TITLE_MODIFIERS.has(tokens[start - 1]!.lower) && tokens[start - 1]!.sentence === tokens[i]!.sentence) {
      const m = tokens[start - 1]!;
      // "Mexico City Mayor", "Kansas City Council": a capitalised "City" or "State" that ends a place name is the
      // affiliation's, not a modifier.
      if (m.cap && endsPlaceName(tokens, start - 1, lex)) break;
      // "State" before "Department" is not a modifier of a title; but "former", "acting" are.
      modifiers.unshift(m.text);
      start--;
    }
    if (modifiers.length) text = `${modifiers.map((m, k) => (k === 0 && PAST_MODIFIER.test(m) ? m.toLowerCase() : m)).join(' ')} ${text}`;
    let aff = affiliationBefore(tokens, start, lex);
    let orgAffiliation: { start: number; end: number } | undefined;
    const prev = tokens[start - 1];
    if (aff?.org) orgAffiliation = { start: aff.start, end: aff.end };
    if (
      !aff &&
      prev?.cap &&
      prev.kind === 'word' &&
      !(prev.sentenceStart && lex.common.has(prev.lower)) &&
      !FUNCTION_WORDS.has(prev.lower) &&
      ORG_ROLE.test(head.info.display.toLowerCase())
    ) {
      let s0 = start - 1;
      while (s0 > 0 && tokens[s0 - 1]!.cap && tokens[s0 - 1]!.kind === 'word' && !tokens[s0]!.sentenceStart && start - s0 < 4) s0--;
      aff = {
        start: s0,
        end: start,
        text: tokens
          .slice(s0, start)
          .map((t) => t.text)
          .join(' '),
        org: true,
      };
      orgAffiliation = { start: s0, end: start };
    }
    if (aff) {
      start = aff.start;
      // "Former U.S. President", "the late Mexican president": a modifier of time before the affiliation still
      // qualifies the title.
      const detached: string[] = [];
      while (start > 0 && TIME_MODIFIER.test(tokens[start - 1]!.text) && tokens[start - 1]!.sentence === tokens[i]!.sentence) {
        detached.unshift(tokens[start - 1]!.lower);
        start--;
      }
      if (detached.length) text = `${detached.join(' ')} ${text}`;
    }
    if (start > 0 && /^(the|a|an)$/.test(tokens[start - 1]!.lower)) start--;
    // "Acme spokeswoman": a role that is public only in a public body ("Pentagon spokesman").
    const official =
      head.info.official && !(aff?.org && PUBLIC_ONLY_IN_PUBLIC_BODY.test(head.info.display.toLowerCase()) && !isPublicBody(tokens, aff.start, aff.end));
    out.push({ start, end, text, official, plural: !!head.info.plural, affiliation: aff?.text ?? null, orgAffiliation });
    i = end - 1;
  }
  return out;
}

/** "State", "Homeland Security", "Mexico", "the Treasury" after "of"/"to"/"for". */
function complementAt(tokens: NlpToken[], i: number, lex: Lexicon): { end: number; text: string } | null {
  let k = i;
  if (tokens[k]?.lower === 'the') k++;
  // Longest known portfolio or place.
  for (let len = 5; len >= 1; len--) {
    const words = tokens.slice(k, k + len);
    if (words.length < len || words.some((w) => w.kind !== 'word')) continue;
    const key = words.map((w) => w.lower).join(' ');
    const keyThe = tokens[i]?.lower === 'the' ? `the ${key}` : key;
    if (PORTFOLIOS.has(keyThe) || PORTFOLIOS.has(key) || (words[0]!.cap && (lex.places.has(key) || KNOWN_ORGS.has(key)))) {
      return { end: k + len, text: capitalised(words.map((w) => w.text).join(' ')) };
    }
  }
  return null;
}

/** The affiliation written before a title: "Mexico's", "U.S.", "Mexican", "Republican", "Pentagon". */
function affiliationBefore(tokens: NlpToken[], i: number, lex: Lexicon): { start: number; end: number; text: string; org: boolean } | null {
  const prev = tokens[i - 1];
  if (!prev) return null;
  const isOrg = (from: number, to: number) => {
    const key = tokens
      .slice(from, to)
      .map((t) => t.lower)
      .join(' ');
    return KNOWN_ORGS.has(key) || ORG_HEADS.has(tokens[to - 1]!.lower);
  };
  if ((prev.lower === "'s" || prev.lower === "'") && tokens[i - 2]?.cap) {
    let s = i - 2;
    while (s > 0 && tokens[s - 1]!.cap && tokens[s - 1]!.kind === 'word' && tokens[s - 1]!.sentence === prev.sentence && !tokens[s]!.sentenceStart) s--;
    if (tokens[s]!.lower === 'the' && s + 1 < i - 1) s++;
    return {
      start: s,
      end: i - 1,
      text: tokens
        .slice(s, i - 1)
        .map((t) => t.text)
        .join(' '),
      org: isOrg(s, i - 1),
    };
  }
  const two = tokens[i - 2] ? `${tokens[i - 2]!.lower} ${prev.lower}` : '';
  if (two && DEMONYMS.has(two) && tokens[i - 2]!.cap) return { start: i - 2, end: i, text: DEMONYMS.get(two)!, org: false };
  if (prev.cap && DEMONYMS.has(prev.lower)) return { start: i - 1, end: i, text: DEMONYMS.get(prev.lower)!, org: false };
  if (prev.cap && prev.text.length > 1 && PARTIES.has(prev.lower)) return { start: i - 1, end: i, text: PARTIES.get(prev.lower)!, org: false };
  if (prev.cap && prev.kind === 'word') {
    // A place or an organisation named just before: "Texas Gov.", "Pentagon spokesman", "White House".
    let s = i - 1;
    while (s > 0 && tokens[s - 1]!.cap && tokens[s - 1]!.kind === 'word' && i - s < 4 && !tokens[s]!.sentenceStart) s--;
    for (; s < i; s++) {
      const key = tokens
        .slice(s, i)
        .map((t) => t.lower)
        .join(' ');
      if (lex.places.has(key) || isOrg(s, i)) {
        return {
          start: s,
          end: i,
          text: tokens
            .slice(s, i)
            .map((t) => t.text)
            .join(' '),
          org: isOrg(s, i),
        };
      }
    }
  }
  return null;
}

function honorificTitle(t: NlpToken): TitlePhrase | null {
  void t;
  return null;
}

/** Does a capitalised run starting at `i` end in an organisation word ("General Motors")? */
function endsOrgName(tokens: NlpToken[], i: number, lex: Lexicon): boolean {
  void lex;
  let k = i;
  while (tokens[k]?.cap && tokens[k]!.kind === 'word') {
    if (ORG_HEADS.has(tokens[k]!.lower) && !NAME_SUFFIXES.has(tokens[k]!.lower)) return true;
    k++;
  }
  return false;
}

function isWordLike(t: NlpToken | undefined): t is NlpToken {
  return !!t && t.kind === 'word';
}

function isNameStart(tokens: NlpToken[], i: number, titleTokens: Set<number>, caps: Set<number>, lex: Lexicon): boolean {
  const t = tokens[i]!;
  if (!isWordLike(t) || !t.cap || titleTokens.has(i)) return false;
  if (FUNCTION_WORDS.has(t.lower)) return false;
  // "D-N.Y.", "R-Texas": a party and a state after a lawmaker's name, not a name.
  if (PARTY_LABEL.test(t.text)) return false;
  const next = tokens[i + 1];
  const nextIsCap = !!next && next.cap && next.kind === 'word' && next.sentence === t.sentence;
  // Days, months and the like start a name only when they are also given names ("April Ryan").
  if (NOT_NAMES.has(t.lower) && !(lex.given.has(t.lower) && nextIsCap)) return false;
  if (caps.has(t.sentence)) {
    // In a headline every word is capitalised: only words that are not common ones can start a name.
    return !lex.common.has(t.lower) && t.text.length > 1;
  }
  if ((t.sentenceStart || afterOpeningQuote(tokens, i)) && lex.common.has(t.lower)) {
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
    return (isName && !!next && (nextIsCap || STRONG_SPEECH_VERBS.has(next.lower) || coordinated)) || knownOrg;
  }
  return true;
}

function afterOpeningQuote(tokens: NlpToken[], i: number): boolean {
  const p = tokens[i - 1];
  return !!p && /^["\u201c'\u2018(]$/.test(p.text) && (p.sentenceStart || tokens[i - 2]?.text === ':' || tokens[i - 2]?.text === ',');
}

const MONTHS = /^(january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** End (exclusive) of the name that starts at `i`. */
function nameRun(tokens: NlpToken[], i: number, titleTokens: Set<number>, caps: Set<number>, lex: Lexicon, afterHonorific: boolean): number {
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
      if (caps.has(sentence) && k > i && (lex.common.has(t.lower) || NOT_NAMES.has(t.lower))) break;
      // A name does not run on into a day or a month ("Sheinbaum Tuesday").
      // But a month after a given name is a surname ("Ana March"), unless a day of the month follows.
      const surnameMonth = k === i + 1 && MONTHS.test(t.lower) && lex.given.has(tokens[i]!.lower) && tokens[k + 1]?.kind !== 'number';
      if (k > i && NOT_NAMES.has(t.lower) && !lex.given.has(t.lower) && !surnameMonth) break;
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

/** Titles after which a lone "I" is a monarch's or pope's numeral. */
const REGNAL_TITLES = /^(king|queen|pope|emperor|empress|tsar|czar|tsarina|sultan|shah|kaiser|pharaoh)$/;

/** "Bank" "of" "England" → one organisation; "Department of Justice", "University of Texas at Austin". */
function mergeOrgNames(tokens: NlpToken[], chunks: Chunk[], lex: Lexicon): Chunk[] {
  void lex;
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
      const company = joiner.lower === '&' || (joiner.lower === 'of' && ORG_SUFFIXES.has(rightHead));
      // "Securities and Exchange Commission" is one; "the Republican National Committee and the Democratic Party" two.
      const bothOrgs = joiner.lower === 'and' && gap.length === 1 && cur.end - cur.start === 1 && orgLeft && ORG_HEADS.has(rightHead);
      if (!company && !bothOrgs && !(orgLeft && joiner.lower !== 'and')) break;
      cur = { ...cur, end: next.end, evidence: [...cur.evidence, 'X of Y'] };
      c++;
    }
    out.push(cur);
  }
  return out;
}

function words(tokens: NlpToken[], c: Chunk): NlpToken[] {
  return tokens.slice(c.start, c.end);
}

function chunkLower(tokens: NlpToken[], c: Chunk): string {
  return words(tokens, c)
    .map((t) => t.lower)
    .join(' ');
}

/** Common nouns that name an organisation written next to it ("news agency Velmora", "Halden chain"). */
const ORG_CONTEXT_BEFORE = new Set(
  'agency|daily|newspaper|weekly|magazine|company|firm|group|club|carrier|airline|bank|chain|maker|producer|brokerage|insurer|operator|unit|subsidiary|team|side|broadcaster|network|manufacturer|retailer|lender|exporter|importer|conglomerate|distributor|supplier|developer|publisher'.split(
    '|',
  ),
);
const ORG_CONTEXT_AFTER = /^(news agency|agency|daily|newspaper|shares|share|stock|group|company|corp|unit|subsidiary)$/;
/** Words after a name that suggest an organisation but fit a person too ("Trump spokesman"). */
const ORG_CONTEXT_AFTER_WEAK = /^(spokesman|spokeswoman|spokesperson|officials|executives|board|management)$/;

/** A word written like a name: a capital, then lower-case letters (hyphenated or with an apostrophe inside). */
/** Nouns a person's name modifies after "the": "the Marc Dutroux case", "the Ana Ruiz years". */
const NAME_MODIFIED_NOUNS = new Set(
  'case|cases|trial|affair|scandal|family|administration|government|presidency|campaign|camp|era|years|estate|foundation|report|inquiry|murder|killing|killings|death|investigation|team|show|interview|story|saga|rule|regime|doctrine|plan|speech|letter|memo|emails'.split(
    '|',
  ),
);
/** A word for someone who does something ("dissident", "striker", "economist", "historian"); one, not a group. */
const AGENT_NOUN = /^\p{L}{3,}(?:er|ist|ian|ent|ant|or)$/u;
/** Words of those shapes that are no one. */
const NOT_AGENT_NOUNS = new Set(
  (
    'after|under|over|other|others|never|however|whether|rather|either|neither|together|later|earlier|further|' +
    'center|centre|corner|border|number|order|water|winter|summer|power|paper|letter|matter|member|chapter|quarter|' +
    'present|recent|percent|different|current|event|events|moment|government|parliament|department|agreement|statement|' +
    'meant|want|wants|important|significant|against|amongst|behind|beyond|for|nor|or|per|ever|whatever|whenever|' +
    'minor|major|factor|sector|floor|door|doors|tour|four|favor|favour|honor|honour|labor|labour|color|colour|error|mirror'
  ).split('|'),
);
const NAME_SHAPE = /^\p{Lu}[\p{Ll}\p{M}]+(?:[-'\u2019]\p{L}[\p{Ll}\p{M}]+)*$/u;
/** Verbs whose object is a person far more often than a place or a company: "met Jair Bolsonaro". */
const PERSON_OBJECT =
  /^(met|meets|meeting|phoned|congratulated|thanked|hugged|endorsed|interviewed|succeeded|succeeds|replaced|replaces|appointed|appoints|nominated|nominates|fired|sacked|pardoned|married|greeted|welcomed|accompanied|by)$/;
/** Words around a capitalised run that make it a place ("in Nakhon Ratchasima", "Kwale district"). */
/** After "said X", words that leave X the speaker ("said Brandt on Monday", "said Brandt, adding"). */
const SPEAKER_FOLLOWERS =
  /^(on|in|at|to|after|before|when|while|and|but|as|during|from|for|with|of|about|last|this|yesterday|today|tonight|earlier|later|outside|inside|through|via|by|who|whose|late|early|recently|afterwards|again)$/;
const PLACE_BEFORE = /^(in|at|near|from|into|across|outside|inside|toward|towards|around|across|throughout|via)$/;
const PLACE_AFTER =
  /^(province|district|region|county|state|city|town|village|river|valley|lake|mountains?|island|islands|airport|port|border|area|stadium|street|road|avenue)$/;

/** Leading words that qualify a name but are not part of it: "American", "Veteran", "Kenyan-born". */
function trimQualifiers(tokens: NlpToken[], c: Chunk, lex: Lexicon): void {
  while (c.end - c.start >= 2) {
    const t = tokens[c.start]!;
    const rest = tokens[c.start + 1]!;
    const nationality = DEMONYMS.has(t.lower) || PARTIES.has(t.lower) || /-born$/.test(t.lower);
    const common = lex.common.has(t.lower) && !lex.given.has(t.lower);
    const personFollows = lex.given.has(rest.lower) || /^\p{Lu}\.$/u.test(rest.text) || (nationality && lex.surnames.has(rest.lower));
    if (!(nationality || common) || !personFollows) break;
    if (!c.title && DEMONYMS.has(t.lower)) {
      c.title = { start: c.start, end: c.start + 1, text: '', official: false, plural: false, affiliation: DEMONYMS.get(t.lower)! };
    }
    c.start++;
  }
}

/** Decide what a chunk is from the evidence in and around it. */
function classify(tokens: NlpToken[], c: Chunk, lex: Lexicon, caps: Set<number>): void {
  if (c.type === 'PER') return; // honorific
  trimQualifiers(tokens, c, lex);
  const ws = words(tokens, c);
  const lower = chunkLower(tokens, c);
  const first = ws[0]!;
  const last = ws[ws.length - 1]!;
  const core = ws.filter((w) => !NAME_SUFFIXES.has(w.lower) && !NAME_PARTICLES.has(w.lower));
  const headline = caps.has(first.sentence);
  const withoutThe =
    first.lower === 'the'
      ? ws
          .slice(1)
          .map((w) => w.lower)
          .join(' ')
      : lower;
  const before = tokens[c.start - 1];
  const after = tokens[c.end];
  const after2 = tokens[c.end + 1];
  const sameSentence = (t: NlpToken | undefined) => !!t && t.sentence === first.sentence;

  // Context: what the words around the name say of it.
  let context = 0;
  if (c.title) {
    context += c.title.text ? 3 : 0;
    c.evidence.push('title');
  }
  // "said Brandt." and "said Brandt on Monday" name the speaker; in "said Norvex had missed" the name is the subject
  // of what was said, and says nothing of what it names.
  const speakerAfterVerb = !after || after.sentence !== first.sentence || after.kind !== 'word' || after.cap || SPEAKER_FOLLOWERS.test(after.lower);
  const strongSpeech =
    (sameSentence(after) && STRONG_SPEECH_VERBS.has(after!.lower)) ||
    (sameSentence(before) && /^(said|says|told)$/.test(before!.lower) && speakerAfterVerb) ||
    (after?.text === ',' && !!after2 && /^(who|whose)$/.test(after2.lower));
  const weakSpeech = !strongSpeech && sameSentence(after) && VERBS_AFTER_A_SUBJECT.has(after!.lower);
  if (strongSpeech) context += 2;
  else if (weakSpeech && core.length >= 2) context += 1;
  if (strongSpeech || weakSpeech) c.evidence.push('speech or clause');
  if (after?.text === ',' && after2?.kind === 'number' && tokens[c.end + 2]?.text === ',' && Number(after2.text) < 120) {
    context += 2;
    c.evidence.push('age');
  }
  if (after?.text === '(' && after2) {
    const inside = tokens.slice(c.end + 1, c.end + 5);
    const close = inside.findIndex((t) => t.text === ')');
    if (close > 0) {
      const key = inside
        .slice(0, close)
        .map((t) => t.lower)
        .join(' ');
      if (lex.places.has(key) || DEMONYMS.has(key) || /^\d+(st|nd|rd|th)?$/.test(key)) {
        context += 2;
        c.evidence.push('(place) or (minute) after');
      }
    }
  }

  // Organisations.
  // Short known names that are also words ("who", "time", "sun") need capitals or length to count.
  const known =
    KNOWN_ORGS.has(withoutThe) &&
    (withoutThe.length > 5 ||
      first.upper ||
      !lex.common.has(withoutThe) ||
      ws.length > 1 ||
      !first.sentenceStart ||
      ORG_VERBS.test(after?.lower ?? '') ||
      (VERBS_AFTER_A_SUBJECT.has(after?.lower ?? '') && !AUXILIARY_VERBS.has(after!.lower)));
  const orgWord = ws.length >= 2 && ORG_HEADS.has(last.lower) && !c.title;
  const acronym = ws.length === 1 && first.upper && !headline && first.text.length <= 6 && !lex.places.has(lower) && !DEMONYMS.has(lower);
  const orgNoun =
    (sameSentence(before) && ORG_CONTEXT_BEFORE.has(before!.lower)) ||
    (sameSentence(after) && (ORG_CONTEXT_AFTER.test(after!.lower) || (!!after2 && ORG_CONTEXT_AFTER.test(`${after!.lower} ${after2.lower}`)))) ||
    after?.text === '&' ||
    before?.text === '&';
  // "Mexican officials", "U.S. officials" are people of a country, not an organisation.
  const orgHint = sameSentence(after) && ORG_CONTEXT_AFTER_WEAK.test(after!.lower) && !DEMONYMS.has(lower) && !lex.places.has(lower);
  // "the House", "the Ministry", "the Times": one capitalised organisation word after "the" names the body.
  const theBody =
    ws.length === 1 &&
    !headline &&
    !first.sentenceStart &&
    before?.lower === 'the' &&
    sameSentence(before) &&
    ORG_HEADS.has(first.lower) &&
    !ORG_SUFFIXES.has(first.lower);
  if (known || orgWord || theBody || c.evidence.includes('X of Y') || ((acronym || orgNoun || orgHint) && context < 3)) {
    c.type = 'ORG';
    c.evidence.push(
      known ? 'known organisation' : orgWord || theBody ? 'organisation word' : acronym ? 'acronym' : orgNoun ? 'organisation noun' : 'organisation context',
    );
    return;
  }

  // A storm, named by the word before or its own first word ("Hurricane Rita", "as Storm Ciarán hit").
  const stormWord = (t: NlpToken | undefined) => !!t && t.kind === 'word' && STORM_WORDS.has(t.lower);
  const tropicalStorm = before?.lower === 'storm' && tokens[c.start - 2]?.lower === 'tropical';
  if (!c.title && (stormWord(first) || (sameSentence(before) && (stormWord(before) || tropicalStorm) && before!.cap))) {
    c.type = 'MISC';
    c.evidence.push('a storm');
    return;
  }
  // A capitalised word right after a number is a unit, a currency or a thing counted ("5 Euros", "3 Wildcats").
  if (ws.length === 1 && !c.title && sameSentence(before) && before!.kind === 'number') {
    c.type = null;
    c.evidence.push('after a number');
    return;
  }
  // "Iraqi Shiites", "Ukrainian Farmers": a nationality and a plural name a group.
  if (ws.length >= 2 && !c.title && DEMONYMS.has(first.lower) && /[^s']s$/.test(last.lower) && !lex.surnames.has(last.lower)) {
    c.type = 'MISC';
    c.evidence.push('nationality and plural');
    return;
  }

  // Places, nationalities, holidays, titles of works.
  const isPlace = lex.places.has(lower) || lex.places.has(withoutThe);
  // "China said" is still China: only a title or an age makes a place name a person's.
  const personal = c.evidence.includes('title') || c.evidence.includes('age');
  if (isPlace && !personal) {
    c.type = 'LOC';
    return;
  }
  const singular = lower.replace(/s$/, '');
  // "Analysts said", "Traders said": a plural noun opening a sentence, whatever verb follows.
  if (ws.length === 1 && first.sentenceStart && /[^s]s$/.test(first.lower) && !lex.surnames.has(first.lower) && !lex.given.has(first.lower) && !c.title) {
    c.type = null;
    return;
  }
  const misc =
    DEMONYMS.has(lower) ||
    /-(based|born|listed|led|backed|owned|made|style|era|linked)$/.test(last.lower) ||
    DEMONYMS.has(singular) ||
    /^(day|eve)$/.test(last.lower) ||
    (before && after && /^["\u201c'\u2018]$/.test(before.text) && /^["\u201d'\u2019]$/.test(after.text)) ||
    (ws.length === 1 && first.lower !== singular && lex.common.has(singular) && !lex.surnames.has(first.lower));
  if (misc && context < 2) {
    c.type = 'MISC';
    return;
  }

  // A name that ends in a word saying what it names ("Crystal Harbour", "the Ava Lund Award") is that thing, not a
  // person, whatever its first word; unless the last word is also a surname ("Tom Hall") and nothing around calls
  // for a place ("at Carnegie Hall", "the Royal Albert Hall", three words or more).
  const typeHead = PLACE_TYPE_HEADS.has(last.lower) ? 'LOC' : EVENT_TYPE_HEADS.has(last.lower) ? 'MISC' : null;
  // A title word that opens a place's name ("to Prince George Hall", "at King Edward Point") is no title.
  const beforeTitle = c.title && c.title.end === c.start ? tokens[c.title.start - 1] : undefined;
  const titleOpensPlace = !!beforeTitle && sameSentence(beforeTitle) && (PLACE_BEFORE.test(beforeTitle.lower) || /^(to|the)$/.test(beforeTitle.lower));
  if (typeHead && ws.length >= 2 && (!personal || (titleOpensPlace && !c.evidence.includes('age')))) {
    const asPlace = sameSentence(before) && (PLACE_BEFORE.test(before!.lower) || before!.lower === 'the');
    // "Dallas Street", "Houston Avenue": a place's name before the type word.
    const placeFirst = typeHead === 'LOC' && lex.places.has(first.lower);
    if (!lex.surnames.has(last.lower) || ws.length >= 3 || asPlace || titleOpensPlace || placeFirst || typeHead === 'MISC') {
      c.type = typeHead;
      c.evidence.push('type word at the end');
      return;
    }
  }

  // "the Torrey Pines Hawks": a plural after "the" names a team or a group, not a person.
  const afterThe = first.lower === 'the' || (sameSentence(before) && before!.lower === 'the');
  if (ws.length >= 2 && !c.title && afterThe && /[^s']s$/.test(last.lower) && (ws.length >= 3 || !lex.surnames.has(last.lower))) {
    c.type = 'ORG';
    c.evidence.push('the … plural');
    return;
  }
  // "the China Daily said", "the Carl Vinson": a person's name takes no article (only a title or a description
  // between would: "the late Ana Ruiz"). A newspaper or a company when it speaks or acts as one, else no one.
  // A person's name can still modify a noun after the article ("the Marc Dutroux case", "the Ana Ruiz years").
  const modifies = sameSentence(after) && after!.kind === 'word' && !after!.cap && NAME_MODIFIED_NOUNS.has(after!.lower);
  if (ws.length >= 2 && !c.title && c.honorific === undefined && afterThe && first.lower !== 'the' && !modifies) {
    const acts = sameSentence(after) && (VERBS_AFTER_A_SUBJECT.has(after!.lower) || ORG_VERBS.test(after!.lower));
    c.type = acts ? 'ORG' : null;
    c.evidence.push('after "the"');
    return;
  }

  // People.
  const given = lex.given.has(first.lower);
  let score = context;
  if (given && core.length >= 2) {
    score += 2;
    c.evidence.push('given name');
  }
  if (core.length >= 2 && lex.surnames.has(last.lower)) {
    score += 1;
    c.evidence.push('surname');
  }
  if (ws.some((w) => /^\p{Lu}\.$/u.test(w.text)) && core.length >= 2) score += 1;
  if (ws.some((w) => NAME_PARTICLES.has(w.lower))) score += 1;
  // Surnames are often words too (Bush, Rice, Young): after a given name, the last word's commonness is no evidence.
  const commonWords = core.filter(
    (w, k) => lex.common.has(w.lower) && !lex.given.has(w.lower) && !lex.surnames.has(w.lower) && !(given && k === core.length - 1),
  ).length;
  score -= commonWords;
  const nameWords = core.filter((w) => lex.given.has(w.lower) || lex.surnames.has(w.lower) || /^\p{Lu}\.$/u.test(w.text)).length;

  if (headline) {
    // Capitals say nothing in a headline: a person there needs a title, or a given name and a surname.
    if (c.title?.text || (given && core.length >= 2 && lex.surnames.has(last.lower))) c.type = 'PER';
    else c.type = null;
    return;
  }
  // Two or three words in no list, shaped like names ("Hakainde Hichilema", "Khurelsukh Ukhnaa"), are a
  // person's name more often than anything else in news, unless a place is what the words around call for.
  const unknownName =
    core.length >= 2 &&
    core.length <= 3 &&
    core.length === ws.length &&
    core.every(
      (w) =>
        NAME_SHAPE.test(w.text) &&
        !lex.common.has(w.lower) &&
        !lex.places.has(w.lower) &&
        !DEMONYMS.has(w.lower) &&
        !ORG_HEADS.has(w.lower) &&
        !NOT_NAMES.has(w.lower),
    ) &&
    !(sameSentence(before) && (PLACE_BEFORE.test(before!.lower) || before!.lower === 'the')) &&
    !(sameSentence(after) && PLACE_AFTER.test(after!.lower));
  if (unknownName) {
    c.evidence.push('name-shaped words in no list');
    // Alone, the shape is not enough (places and companies have such names too): something around must call
    // for a person, or the last word must come back alone as a surname (settled across the document).
    const personVerb = (strongSpeech || weakSpeech) && !AUXILIARY_VERBS.has(after!.lower);
    // "dissident Wang Donghai", "striker Haim Hajaj": a lower-case word for someone who does something, right before.
    const agentBefore =
      sameSentence(before) && before!.kind === 'word' && !before!.cap && AGENT_NOUN.test(before!.lower) && !NOT_AGENT_NOUNS.has(before!.lower);
    if (context >= 2 || personVerb || c.title || agentBefore || (sameSentence(before) && PERSON_OBJECT.test(before!.lower))) {
      c.type = 'PER';
      return;
    }
  }
  // One word in no list of names, with nothing but a verb of saying for it ("Moldavia says", "Norvex said") may be
  // a country, a company or a person: it is a person only if the document names one so (settleAcrossDocument:
  // "Tim Gale … Gale says").
  const onlySpeech = !c.title && !c.evidence.includes('age') && !c.evidence.includes('(place) or (minute) after');
  if (core.length === 1 && ws.length === 1 && onlySpeech && !lex.surnames.has(first.lower) && !lex.given.has(first.lower)) {
    c.type = null;
    c.evidence.push('one unknown word by a verb of saying');
    return;
  }
  if (score >= 2 || (core.length >= 2 && score >= 1 && nameWords >= 1 && commonWords === 0)) {
    c.type = 'PER';
    return;
  }
  if (core.length === 1 && context >= 2 && !lex.common.has(first.lower) && !NOT_NAMES.has(first.lower)) {
    c.type = 'PER';
    return;
  }
  // A given name alone ("Jacques is ready", "Thanks, Renee"): a person, when it is no everyday word, no place and
  // no surname too, and nothing beside it makes it a team in a results line ("Lotte 6"), a nickname or a title's
  // words ("Anne of a Thousand Days"). The weakest evidence there is: it is not copied to other mentions.
  if (
    core.length === 1 &&
    ws.length === 1 &&
    lex.given.has(first.lower) &&
    !lex.common.has(first.lower) &&
    !lex.surnames.has(first.lower) &&
    !lex.places.has(first.lower) &&
    !NOT_NAMES.has(first.lower) &&
    !(after && (after.kind === 'number' || /^["\u201c\u201d(')]$/.test(after.text) || after.lower === 'of')) &&
    !(before && /^["\u201c\u201d(']$/.test(before.text))
  ) {
    c.type = 'PER';
    c.evidence.push('a given name alone');
    return;
  }
  c.type = null;
}

/** "Marco Rubio, the secretary of state," and "the secretary of state, Marco Rubio,". */
function attachAppositions(tokens: NlpToken[], chunks: Chunk[], titles: TitlePhrase[]): void {
  const byStart = new Map<number, TitlePhrase>();
  const byEnd = new Map<number, TitlePhrase>();
  for (const t of titles) {
    byStart.set(t.start, t);
    byEnd.set(t.end, t);
  }
  for (const c of chunks) {
    if (c.title || (c.type !== 'PER' && c.type !== null)) continue;
    let title: TitlePhrase | undefined;
    if (tokens[c.end]?.text === ',') {
      let k = c.end + 1;
      if (/^(who|now)$/.test(tokens[k]?.lower ?? '')) k++;
      if (/^(is|was|has been)$/.test(tokens[k]?.lower ?? '')) k++;
      title = byStart.get(k);
      if (title) {
        const after = tokens[title.end];
        if (after && !/^[,.;:)]$|^(and|said|says|told)$/.test(after.lower) && after.sentence === tokens[c.start]!.sentence) title = undefined;
      }
    }
    if (!title && tokens[c.start - 1]?.text === ',') title = byEnd.get(c.start - 1);
    if (title) {
      c.title = title;
      c.evidence.push('apposition');
      if (c.type === null) c.type = 'PER';
    }
  }
}

/** "Sens. Tom Carper and Dianne Feinstein": a plural title belongs to every name of the list. */
function attachListTitles(tokens: NlpToken[], chunks: Chunk[]): void {
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i]!;
    if (!c.title?.plural) continue;
    for (let j = i + 1; j < chunks.length; j++) {
      const prev = chunks[j - 1]!;
      const next = chunks[j]!;
      const gap = tokens
        .slice(prev.end, next.start)
        .map((t) => t.lower)
        .join(' ');
      if (!/^(,|and|, and|&)$/.test(gap)) break;
      next.title = c.title;
      next.type = 'PER';
      next.evidence.push('listed after a plural title');
    }
  }
}

/** In a list of names ("Okonjo, Dramir and Ilvana Petrakis") unknown members are of the list's kind. */
function propagateInLists(tokens: NlpToken[], chunks: Chunk[], lex: Lexicon): void {
  let i = 0;
  while (i < chunks.length) {
    let j = i;
    while (j + 1 < chunks.length) {
      const gap = tokens
        .slice(chunks[j]!.end, chunks[j + 1]!.start)
        .map((t) => t.lower)
        .join(' ');
      // "Arjuna Ranatunga ( captain ) , Sanath Jayasuriya": an aside in brackets between members.
      if (!/^(\( [^()]{1,40} \) )?(,|and|, and|;)$/.test(gap)) break;
      j++;
    }
    const members = chunks.slice(i, j + 1);
    // Names shaped like names and in no list ("Roshan Mahanama"), listed with a person: people too.
    if (members.length >= 2 && members.some((c) => c.type === 'PER')) {
      for (const c of members) {
        if (c.type === null && c.evidence.includes('name-shaped words in no list')) {
          c.type = 'PER';
          c.evidence.push('in a list of people');
        }
      }
    }
    if (members.length >= 3) {
      const people = members.filter((c) => c.type === 'PER').length;
      if (people * 2 >= members.length) {
        for (const c of members) {
          const w = tokens[c.start]!;
          if (c.type === null && !lex.common.has(w.lower)) {
            c.type = 'PER';
            c.evidence.push('in a list of people');
          }
        }
      }
    }
    i = j + 1;
  }
}

/** "Bill and Hillary Clinton": the first given name shares the surname of the full name after "and". */
function shareSurnames(tokens: NlpToken[], chunks: Chunk[], lex: Lexicon): void {
  for (let i = 0; i + 1 < chunks.length; i++) {
    const a = chunks[i]!;
    const b = chunks[i + 1]!;
    if (a.end - a.start !== 1 || b.end - b.start < 2) continue;
    if (tokens[a.end]?.lower !== 'and' || b.start !== a.end + 1) continue;
    if (!lex.given.has(tokens[a.start]!.lower) || !lex.given.has(tokens[b.start]!.lower)) continue;
    a.type = 'PER';
    b.type = 'PER';
    a.sharedSurname = tokens[b.end - 1]!.text;
    a.evidence.push('shares surname');
  }
}

/**
 * A name settled somewhere settles it everywhere: "Sheinbaum" is the Claudia Sheinbaum named before, and
 * "Velmora" is the news agency it was called in one sentence even where it only "said" something.
 */
function settleAcrossDocument(tokens: NlpToken[], chunks: Chunk[], lex: Lexicon): void {
  // "Khurelsukh Ukhnaa … Ukhnaa said": name-shaped words in no list whose last word comes back alone are a
  // person and that person's surname.
  const alone = new Set(chunks.filter((c) => c.end - c.start === 1 && (c.type === 'PER' || c.type === null)).map((c) => tokens[c.start]!.lower));
  for (const c of chunks) {
    if (c.type === null && c.evidence.includes('name-shaped words in no list') && alone.has(tokens[c.end - 1]!.lower)) {
      c.type = 'PER';
      c.evidence.push('surname alone elsewhere');
    }
  }
  // "Hurricane Rita … Rita packed winds": the storm's name alone is the storm, unless a title makes it someone.
  const storms = new Set(chunks.filter((c) => c.evidence.includes('a storm')).map((c) => tokens[c.end - 1]!.lower));
  for (const c of chunks) {
    if (storms.size && c.end - c.start === 1 && storms.has(tokens[c.start]!.lower) && !c.title?.text && c.honorific === undefined && c.type !== 'MISC') {
      c.type = 'MISC';
      c.evidence.push('a storm named here');
    }
  }
  const strong = (c: Chunk) => c.honorific !== undefined || !!c.title?.text || c.evidence.includes('given name') || c.evidence.includes('age');
  const strongPeople = new Set<string>();
  const weakPeople = new Set<string>();
  const surnames = new Set<string>();
  const orgs = new Set<string>();
  for (const c of chunks) {
    const ws = words(tokens, c).filter((w) => !NAME_SUFFIXES.has(w.lower));
    const lower = ws.map((w) => w.lower).join(' ');
    if (c.type !== 'PER' || ws.length === 0) continue;
    // A given name alone is the weakest evidence there is: it decides its own mention, and is not copied to others.
    if (c.evidence.includes('a given name alone')) continue;
    (strong(c) ? strongPeople : weakPeople).add(lower);
    if (ws.length >= 2 || strong(c)) surnames.add(ws[ws.length - 1]!.lower);
    if (c.sharedSurname) surnames.add(c.sharedSurname.toLowerCase());
  }
  // Organisation or person? What the name itself says (a known organisation, an organisation word) settles it;
  // what surrounds it ("Trump spokesman", "Velmora said") is a vote, and the person votes are counted too.
  const STRONG_ORG = ['known organisation', 'organisation word', 'acronym', 'X of Y', 'organisation noun'];
  const perVotes = new Map<string, number>();
  const orgVotes = new Map<string, number>();
  for (const c of chunks) {
    const lower = chunkLower(tokens, c);
    if (c.type === 'PER') perVotes.set(lower, (perVotes.get(lower) ?? 0) + 1);
    if (c.type === 'ORG') orgVotes.set(lower, (orgVotes.get(lower) ?? 0) + (c.evidence.some((e) => STRONG_ORG.includes(e)) ? 100 : 1));
  }
  for (const c of chunks) {
    if (c.type !== 'ORG' || c.evidence.includes('X of Y')) continue;
    const lower = chunkLower(tokens, c);
    const person = (perVotes.get(lower) ?? 0) + (surnames.has(lower) || strongPeople.has(lower) ? 2 : 0);
    if ((orgVotes.get(lower) ?? 0) < 100 && person >= (orgVotes.get(lower) ?? 0)) {
      c.type = 'PER';
      c.evidence.push('person named elsewhere');
      continue;
    }
    orgs.add(lower);
  }
  for (const c of chunks) {
    const ws = words(tokens, c);
    const lower = ws.map((w) => w.lower).join(' ');
    const headline = ws.every((w) => w.upper);
    if (c.type === 'PER') {
      // Called an organisation elsewhere, and nothing here says person more strongly.
      if (!strong(c) && orgs.has(lower) && !strongPeople.has(lower)) {
        c.type = 'ORG';
        c.evidence.push('organisation elsewhere');
      }
      continue;
    }
    // "Trump Jr." is a surname too: the suffix says which of two people, not whether it is one.
    const bare = ws.filter((w) => !NAME_SUFFIXES.has(w.lower));
    const surnameMatch = (ws.length === 1 && surnames.has(lower)) || (bare.length === 1 && bare.length < ws.length && surnames.has(bare[0]!.lower));
    if (strongPeople.has(lower) || (surnameMatch && !orgs.has(lower))) {
      c.type = 'PER';
      c.evidence.push('named elsewhere');
    } else if (c.type === null && weakPeople.has(lower) && !orgs.has(lower)) {
      c.type = 'PER';
      c.evidence.push('named elsewhere');
    } else if (c.type === null && !headline && ws.length >= 2 && surnames.has(ws[ws.length - 1]!.lower) && lex.given.has(ws[0]!.lower)) {
      c.type = 'PER';
      c.evidence.push('surname named elsewhere');
    }
  }
}

/** Before a surname that is also a month or a word, words that make it the month or the word ("in May"). */
const DATE_BEFORE = /^(in|on|by|since|until|till|from|through|during|before|after|early|late|mid|last|next|this|of|every|each|between|and|or|to)$/;
/** After it, words that make it a verb or the start of a question ("May we", "Will you"). */
const NOT_A_NAME_AFTER = /^(i|we|you|he|she|they|it|be|have|not|the|a|an|this|that)$/;

/**
 * "Prime Minister Theresa May … May said … May's cabinet": once a person is named in full, their surname is a
 * mention even where it is also a month or a common word, which never starts a name on its own. Not where the
 * words around make it the month ("in May", "May 5") or the word ("May we").
 */
function findSurnamesThatAreWords(tokens: NlpToken[], chunks: Chunk[], caps: Set<number>): void {
  const surnames = new Set<string>();
  const covered = new Set<number>();
  for (const c of chunks) {
    for (let k = c.start; k < c.end; k++) covered.add(k);
    if (c.type !== 'PER') continue;
    const ws = words(tokens, c).filter((w) => !NAME_SUFFIXES.has(w.lower));
    if (ws.length >= 2) surnames.add(ws[ws.length - 1]!.lower);
  }
  if (!surnames.size) return;
  const added: Chunk[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap || t.kind !== 'word' || covered.has(i) || !surnames.has(t.lower) || caps.has(t.sentence)) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const nextSame = !!next && next.sentence === t.sentence;
    if (prev && prev.sentence === t.sentence && (DATE_BEFORE.test(prev.lower) || (prev.cap && prev.kind === 'word'))) continue;
    if (nextSame && (next!.kind === 'number' || NOT_A_NAME_AFTER.test(next!.lower) || (next!.cap && next!.kind === 'word'))) continue;
    // A sentence's first word is capitalised anyway: take it only before a verb of speech, a possessive or a comma.
    if (t.sentenceStart && !(nextSame && (VERBS_AFTER_A_SUBJECT.has(next!.lower) || next!.lower === "'s" || next!.lower === "'" || next!.text === ',')))
      continue;
    added.push({ start: i, end: i + 1, type: 'PER', title: null, evidence: ['surname of a person named here'] });
  }
  if (!added.length) return;
  chunks.push(...added);
  chunks.sort((a, b) => a.start - b.start);
}
