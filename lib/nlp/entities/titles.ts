import { DEMONYMS, PARTIES } from '../../data/demonyms';
import { FUNCTION_WORDS, KNOWN_ORGS, ORG_HEADS, PUBLIC_BODIES, PUBLIC_HEADS, THING_ABBREVIATIONS } from '../../data/organizations';
import { REGION_CODES, US_STATE_CODES } from '../../data/name-types';
import { titleCased } from './case';
import { DESCRIBING_MODIFIERS, FELLOW_KINDS, PORTFOLIOS, TITLE_MODIFIERS, TITLES, TITLES_THAT_ARE_VERBS, type TitleInfo } from '../../data/titles';
import { ARTICLES, POSITION_ABBREVIATIONS, isTimeWord } from '../../data/phrases';
import type { Lexicon } from '../lexicon';
import type { NlpToken } from '../tokenize';
import type { TitlePhrase } from './types';
import { spelled } from './chunks';
import {
  COMPLEMENT_PREPOSITIONS,
  TIME_MODIFIER,
  PAST_MODIFIER,
  ORG_ROLE,
  PARTY_SEAT,
  PLACE_OFFICE,
  PUBLIC_ONLY_IN_PUBLIC_BODY,
  ROLE_AREAS,
} from '../../data/name-context';

/**
 * Titles and their affiliations: "former Defence Secretary", "Secretary of State", "Pentagon spokesman", "the
 * minister for health", each a phrase of tokens with what it says of the person it stands before.
 */

export const PARTY_LABEL = /^[DRI]-\p{Lu}/u;

/** Is the organisation named by these tokens a public body (government, parliament, agency, party, army)? */
export function isPublicBody(tokens: NlpToken[], start: number, end: number): boolean {
  const ws = tokens.slice(start, end);
  const key = ws
    .map((t) => t.lower)
    .join(' ')
    .replace(/^the /, '');
  return PUBLIC_BODIES.has(key) || PUBLIC_HEADS.has(ws[ws.length - 1]!.lower) || ws.some((t) => DEMONYMS.has(t.lower) || PARTIES.has(t.lower));
}

/** Does the capitalised word at `k` end a place name ("Mexico City", "Kansas City")? */
export function endsPlaceName(tokens: NlpToken[], k: number, lex: Lexicon): boolean {
  for (let s = k - 1; s >= Math.max(0, k - 3); s--) {
    const ws = tokens.slice(s, k + 1);
    if (ws.some((w) => !w.cap || w.kind !== 'word')) return false;
    if (lex.places.has(ws.map((w) => w.lower).join(' '))) return true;
  }
  return false;
}

/** The words of tokens [from, to), one space between. */
function joined(tokens: NlpToken[], from: number, to: number): string {
  return tokens
    .slice(from, to)
    .map((t) => t.text)
    .join(' ');
}

/** Tokens of a title key, as the tokenizer splits them. */
export const TITLE_INDEX = (() => {
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

export function matchTitleHead(tokens: NlpToken[], i: number): { end: number; info: TitleInfo; prefix: string } | null {
  const t = tokens[i];
  if (t?.kind !== 'word') return null;
  // "Chief Investment Officer", "chief marketing officer": a chief, one or two words of a field, an officer.
  if (t.lower === 'chief') {
    for (const n of [2, 3]) {
      const words = tokens.slice(i + 1, i + 1 + n);
      if (
        words.length === n &&
        words.every((w) => w.kind === 'word' && w.sentence === t.sentence) &&
        words[n - 1]!.lower === 'officer' &&
        !words.slice(0, -1).some((w) => TITLE_INDEX.has(w.lower))
      )
        return { end: i + 1 + n, info: { display: capitalised([t, ...words].map((w) => w.lower).join(' ')), official: false }, prefix: '' };
    }
  }
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

/** Each word capitalised but the small ones inside ("Secretary of State", "Speaker of the House of Representatives"). */
export function capitalised(words: string): string {
  return words.replace(/(^|\s)(\p{Ll})(\S*)/gu, (m, a: string, b: string, rest: string) =>
    a !== '' && /^(and|of|the|for|to)$/.test(b + rest) ? m : a + b.toUpperCase() + rest,
  );
}

/** A capitalised word of the same sentence right before token `i`, other than an article ("The Port Director"). */
function namedBefore(tokens: NlpToken[], i: number): boolean {
  const p = tokens[i - 1];
  return !!p && p.sentence === tokens[i]!.sentence && p.kind === 'word' && p.cap && !ARTICLES.has(p.lower);
}

const ACRONYM = /^(?:\p{Lu}{2,5}|(?:\p{Lu}\.){2,4})$/u;

/** Is the word at `i` in a line of capitals ("LOCAL NEWS Mayor …"), where an acronym cannot be told from a word? */
function capsSentenceAt(tokens: NlpToken[], i: number): boolean {
  const p = tokens[i - 1];
  return !!p && p.sentence === tokens[i]!.sentence && p.kind === 'word' && p.upper;
}

/** A capitalised word that could name a place or party we do not list: no day or month, no everyday word, no title or function word. */
function unknownName(t: NlpToken, lex: Lexicon): boolean {
  return (
    t.kind === 'word' &&
    t.cap &&
    !t.upper &&
    !isTimeWord(t.lower) &&
    // ("Caretaker Prime Minister", "Backbench MP": an everyday word qualifies the title; a party we list is read as one.)
    !lex.common.has(t.lower) &&
    !FUNCTION_WORDS.has(t.lower) &&
    !TITLES.has(t.lower) &&
    !TITLE_MODIFIERS.has(t.lower)
  );
}

/** Title phrases anywhere in the text. */
export function findTitles(tokens: NlpToken[], lex: Lexicon): TitlePhrase[] {
  const out: TitlePhrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = matchTitleHead(tokens, i);
    if (!head) continue;
    // A lower-case "major", "general", "private" or "private" is an adjective far more often than a rank.
    if (!tokens[i]!.cap && /^(major|general|private)$/.test(tokens[i]!.lower)) {
      if (!tokens[i - 1] || !/^(the|a|an|former|acting)$/.test(tokens[i - 1]!.lower)) continue;
    }
    // "fellow Ennahda members", "a fellow Democrat": a lower-case "fellow" before a name is an adjective, unless a
    // kind of fellow stands before it ("Research fellow Ana Ruiz", "senior fellow Lena Ortiz"; "a senior fellow at
    // the institute" is a title anyway).
    if (!tokens[i]!.cap && tokens[i]!.lower === 'fellow' && tokens[i + 1]?.cap) {
      const p = tokens[i - 1];
      const kind = !!p && p.sentence === tokens[i]!.sentence && p.kind === 'word' && (p.cap || TITLE_MODIFIERS.has(p.lower) || FELLOW_KINDS.has(p.lower));
      if (!kind) continue;
    }
    // "Chief Kelly LaRocca": "Chief" alone is a title when written so and no other title follows the name ("chief
    // Kremlin spokesman Dmitry Peskov", "Chief Brexit negotiator" qualify the title after them).
    // (Nor before an everyday word: "Chief Investment Officer Ana Ruiz".)
    if (head.end === i + 1 && tokens[i]!.lower === 'chief') {
      const next = tokens[i + 1];
      if (!tokens[i]!.cap || !next || (lex.common.has(next.lower) && !lex.given.has(next.lower))) continue;
      if (tokens.slice(i + 1, i + 5).some((u, n) => u.sentence === tokens[i]!.sentence && matchTitleHead(tokens, i + 1 + n))) continue;
    }
    // "Leafs: Host Boston on Tuesday": a title that is also a verb, opening its sentence before a place, is the verb.
    // (A place alone, that is no given name: "Coach Dallas Eakins", "Captain Georgia Hall" are people.)
    const object = tokens[i + 1];
    if (
      head.end === i + 1 &&
      TITLES_THAT_ARE_VERBS.has(tokens[i]!.lower) &&
      (tokens[i]!.sentenceStart || tokens[i - 1]?.text === ':') &&
      object &&
      lex.places.has(object.lower) &&
      !lex.given.has(object.lower) &&
      !(tokens[i + 2]?.cap && tokens[i + 2]!.kind === 'word')
    )
      continue;
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
      // "Labour MP": a party's seat; "Labour Minister" keeps its portfolio.
      if (m.cap && PARTIES.has(m.lower) && PARTY_SEAT.has(head.info.display.toLowerCase())) break;
      // "State" before "Department" is not a modifier of a title; but "former", "acting" are.
      modifiers.unshift(m.text);
      start--;
    }
    // Written like the title ("Senior Analyst"), except a time ("former") and a word that only describes the holder
    // ("disgraced", "slain", "newly elected"), kept as written.
    if (modifiers.length)
      text = `${modifiers.map((m) => (PAST_MODIFIER.test(m) ? m.toLowerCase() : DESCRIBING_MODIFIERS.has(m.toLowerCase()) ? m : capitalised(m))).join(' ')} ${text}`;
    let aff = affiliationBefore(tokens, start, lex);
    let orgAffiliation: { start: number; end: number } | undefined;
    if (aff?.org) orgAffiliation = { start: aff.start, end: aff.end };
    // "Port Director Lena Ortiz", "Finance Director": an area of work before a role is the title's own word.
    while (
      !aff &&
      start > 0 &&
      tokens[start - 1]!.cap &&
      tokens[start - 1]!.sentence === tokens[i]!.sentence &&
      ROLE_AREAS.has(tokens[start - 1]!.lower) &&
      ORG_ROLE.test(head.info.display.toLowerCase()) &&
      !(tokens[start - 1]!.sentenceStart && tokens[start - 1]!.lower === 'public') &&
      // Not the last word of a name before it: "Electronic Arts CEO", "Forrester Research analyst", "Cal Fire director".
      !namedBefore(tokens, start - 1)
    ) {
      text = `${capitalised(tokens[start - 1]!.text)} ${text}`;
      start--;
    }
    const prev = tokens[start - 1];
    if (
      !aff &&
      prev?.cap &&
      prev.kind === 'word' &&
      // In the title's own sentence: a headline above it ends before it.
      prev.sentence === tokens[start]!.sentence &&
      !(prev.sentenceStart && lex.common.has(prev.lower)) &&
      !FUNCTION_WORDS.has(prev.lower) &&
      !(prev.upper && THING_ABBREVIATIONS.has(prev.lower)) &&
      ORG_ROLE.test(head.info.display.toLowerCase())
    ) {
      let s0 = start - 1;
      while (s0 > 0 && tokens[s0 - 1]!.cap && tokens[s0 - 1]!.kind === 'word' && !tokens[s0]!.sentenceStart && start - s0 < 4) s0--;
      aff = {
        start: s0,
        end: start,
        text: joined(tokens, s0, start),
        org: true,
      };
      orgAffiliation = { start: s0, end: start };
    }
    // "NDP Leader", "IMD Director General": an acronym before a title is its organisation; "Lismore mayor", "Kerala
    // Revenue Minister", "Reform MP": a name we know nothing of before the office of a place or party is that place or
    // party (not a day, not an everyday word opening the sentence, not a title).
    if (!aff && prev && prev.kind === 'word' && prev.sentence === tokens[start]!.sentence && !capsSentenceAt(tokens, start - 1)) {
      if (ACRONYM.test(prev.text) && !TITLES.has(prev.lower) && !THING_ABBREVIATIONS.has(prev.lower) && !POSITION_ABBREVIATIONS.has(prev.text)) {
        // ("NSW Premier", "BC Premier": a state's or province's code is a place.)
        const place = US_STATE_CODES.has(prev.text) || REGION_CODES.has(prev.text);
        aff = { start: start - 1, end: start, text: prev.text, org: !place };
        if (!place) orgAffiliation = { start: start - 1, end: start };
      } else if (PLACE_OFFICE.has(head.info.display.toLowerCase()) && unknownName(prev, lex) && !titleCased(tokens, start - 1)) {
        let s0 = start - 1;
        while (s0 > 0 && start - s0 < 3 && !tokens[s0]!.sentenceStart && tokens[s0 - 1]!.sentence === prev.sentence && unknownName(tokens[s0 - 1]!, lex)) s0--;
        aff = {
          start: s0,
          end: start,
          text: joined(tokens, s0, start),
          org: false,
        };
      }
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
export function complementAt(tokens: NlpToken[], i: number, lex: Lexicon): { end: number; text: string } | null {
  let k = i;
  if (tokens[k]?.lower === 'the') k++;
  // Longest known portfolio or place.
  for (let len = 5; len >= 1; len--) {
    const words = tokens.slice(k, k + len);
    if (words.length < len || words.some((w) => w.kind !== 'word')) continue;
    const key = words.map((w) => w.lower).join(' ');
    const keyThe = tokens[i]?.lower === 'the' ? `the ${key}` : key;
    // ("executive director of the House Majority PAC", "chairman of the House Transportation Committee": a body's
    // name goes on past the chamber's in everyday words.)
    const next = tokens[k + len];
    // (Only where more of the name follows: "Secretary of Defense Gates said" is a title and a surname.)
    const beyond = tokens[k + len + 1];
    const more = !!beyond && beyond.sentence === next?.sentence && ((beyond.cap && beyond.kind === 'word') || /^(and|of|&)$/.test(beyond.lower));
    const goesOnAsBody =
      !!next &&
      next.cap &&
      next.kind === 'word' &&
      next.sentence === words[0]!.sentence &&
      (ORG_HEADS.has(next.lower) || ((lex.common.has(next.lower) || PORTFOLIOS.has(next.lower)) && more)) &&
      !lex.given.has(next.lower);
    if ((PORTFOLIOS.has(keyThe) || PORTFOLIOS.has(key)) && !goesOnAsBody) {
      // ("Speaker of the House": the article is the chamber's; "Secretary of State" has none.)
      const the = PORTFOLIOS.has(keyThe) && !PORTFOLIOS.has(key) ? 'the ' : '';
      return { end: k + len, text: the + capitalised(words.map((w) => w.text).join(' ')) };
    }
    if (words[0]!.cap && (lex.places.has(key) || KNOWN_ORGS.has(key))) {
      // "owner of the Dallas Mavericks", "a spokesman for Exxon Mobil": a place's name that goes on in a plural,
      // or a company's one-word name in another word, that is no person's (no given name, no surname), with no
      // name after it, names a team or a company, whole ("Mayor of London Sadiq Khan" is a title and a name).
      const after = tokens[k + len + 1];
      const goesOn =
        !!next &&
        next.kind === 'word' &&
        next.cap &&
        next.sentence === words[0]!.sentence &&
        !lex.given.has(next.lower) &&
        !lex.surnames.has(next.lower) &&
        /^\p{Lu}\p{Ll}{2,}$/u.test(next.text) &&
        // A team's plural, or a company's second word; not a surname after a body ("Speaker of the House Wahono").
        ((/[^s]s$/.test(next.lower) && !KNOWN_ORGS.has(key)) || (len === 1 && KNOWN_ORGS.has(key))) &&
        // (Nor a name that runs on: "the California Institute for …", "the Federal Reserve Bank of New York".)
        !(after && after.sentence === next.sentence && ((after.cap && after.kind === 'word') || /^(of|for|and|&|\.)$/.test(after.lower)));
      const end = k + len + (goesOn ? 1 : 0);
      return { end, text: capitalised(spelled(tokens.slice(k, end))) };
    }
  }
  return null;
}

/** The affiliation written before a title: "Mexico's", "U.S.", "Mexican", "Republican", "Pentagon". */
export function affiliationBefore(tokens: NlpToken[], i: number, lex: Lexicon): { start: number; end: number; text: string; org: boolean } | null {
  const prev = tokens[i - 1];
  if (!prev) return null;
  const isOrg = (from: number, to: number) => {
    const key = tokens
      .slice(from, to)
      .map((t) => t.lower)
      .join(' ');
    // A head alone is a common noun ("News industry analyst", "Council spokesman"): a name ends in it ("Fox News").
    return KNOWN_ORGS.has(key) || (to - from > 1 && ORG_HEADS.has(tokens[to - 1]!.lower));
  };
  // "Farmers' leader": a plural everyday word opening the sentence is nobody's name.
  if (prev.lower === "'" && tokens[i - 2]?.sentenceStart && lex.common.has(tokens[i - 2]!.lower)) return null;
  if ((prev.lower === "'s" || prev.lower === "'") && tokens[i - 2]?.cap) {
    let s = i - 2;
    while (s > 0 && tokens[s - 1]!.cap && tokens[s - 1]!.kind === 'word' && tokens[s - 1]!.sentence === prev.sentence && !tokens[s]!.sentenceStart) s--;
    if (tokens[s]!.lower === 'the' && s + 1 < i - 1) s++;
    return {
      start: s,
      end: i - 1,
      text: joined(tokens, s, i - 1),
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
          text: joined(tokens, s, i),
          org: isOrg(s, i),
        };
      }
    }
  }
  return null;
}
