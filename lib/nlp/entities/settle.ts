import { EVENT_TYPE_HEADS, PLACE_TYPE_HEADS } from '../../data/name-types';
import { TITLES } from '../../data/titles';
import { STRONG_ORG_EVIDENCE, STRONG_ORG_VOTE } from '../../data/name-evidence';
import { PEOPLE_PAST_VERBS, SUBJECT_ENDERS, VERBS_AFTER_A_SUBJECT } from '../../data/speech';
import { ARTICLES, POSSESSIVE, PREPOSITIONS } from '../../data/phrases';
import { NAME_SUFFIXES, NOT_NAMES, ORG_HEADS } from '../../data/organizations';
import type { Lexicon } from '../lexicon';
import type { NlpToken } from '../tokenize';
import type { TitlePhrase, Chunk } from './types';
import { chunkWords, chunkLower, spelled } from './chunks';
import { standsAlone } from './classify';
import {
  ACADEMIC_ROLES,
  AFFILIATION_AFTER_TITLE,
  AFFILIATION_ENDERS,
  DATE_BEFORE,
  MARKET_VERBS,
  NOT_A_NAME_AFTER,
  ORG_VERBS,
  PLACE_BEFORE,
} from '../../data/name-context';

/**
 * Settling across the document: appositions and list titles attached, a surname alone linked to the person named
 * in full, one decision shared by every mention of the same words (the weakest evidence excepted).
 */

/** "Marco Rubio, the secretary of state," and "the secretary of state, Marco Rubio,". */
export function attachAppositions(tokens: NlpToken[], chunks: Chunk[], titles: TitlePhrase[], lex: Lexicon): void {
  const byStart = new Map<number, TitlePhrase>();
  const byEnd = new Map<number, TitlePhrase>();
  for (const t of titles) {
    byStart.set(t.start, t);
    byEnd.set(t.end, t);
  }
  for (const c of chunks) {
    if (c.title || (c.type !== 'PER' && c.type !== null)) continue;
    // "in Tamarac, the owner of the club, Mark Lund,": one undecided word after "in", "near", "from" and the like
    // (PLACE_BEFORE) is the place where the person is, not the person.
    const before = tokens[c.start - 1];
    if (c.type === null && c.end - c.start === 1 && before?.sentence === tokens[c.start]!.sentence && PLACE_BEFORE.test(before.lower)) continue;
    // ("the Secretary, the Deputy Secretaries": a title alone is no one's name.)
    if (c.end - c.start === 1 && TITLES.has(tokens[c.start]!.lower) && !lex.surnames.has(tokens[c.start]!.lower)) continue;
    let title: TitlePhrase | undefined;
    if (tokens[c.end]?.text === ',') {
      let k = c.end + 1;
      if (/^(who|now)$/.test(tokens[k]?.lower ?? '')) k++;
      if (/^(is|was|has been)$/.test(tokens[k]?.lower ?? '')) k++;
      title = byStart.get(k);
      // "Kerr Putney, the Charlotte-Mecklenburg police chief,": an affiliation in no list before the title.
      if (!title) {
        let j = k;
        if (ARTICLES.has(tokens[j]?.lower ?? '')) j++;
        const from = j;
        while (
          j < from + 4 &&
          tokens[j] &&
          tokens[j]!.sentence === tokens[c.start]!.sentence &&
          ((tokens[j]!.kind === 'word' && tokens[j]!.cap) || tokens[j]!.text === '-')
        )
          j++;
        const found = j > from ? byStart.get(j) : undefined;
        if (found && !found.affiliation) {
          title = { ...found, start: k, affiliation: spelled(tokens.slice(from, j)) };
        }
      }
      if (title) {
        const after = tokens[title.end];
        // "Ana Ruiz, president of the board," and "…, mayor at the time": the title's body or time after it.
        if (after && !/^[,.;:)]$|^(and|said|says|told|of|at|for)$/.test(after.lower) && after.sentence === tokens[c.start]!.sentence) title = undefined;
        // "Lena Ortiz, a senior analyst at Brightwater Capital,": the organisation or place after the title is
        // its affiliation, when no other is written before it.
        else if (title && !title.affiliation && after && AFFILIATION_AFTER_TITLE.has(after.lower)) {
          // "a professor of Computer Science at MIT": an academic's "of" names a field; the place is after "at".
          const head = tokens[title.end - 1]!.lower;
          const field = after.lower === 'of' && ACADEMIC_ROLES.has(head);
          let org = field ? null : organisationAt(tokens, chunks, title.end + 1, lex, after.lower);
          if (field) {
            const from = tokens[title.end + 1]?.lower === 'the' ? title.end + 2 : title.end + 1;
            const named = chunks.find((x) => x.start === from);
            const at = named ? named.end : -1;
            if (tokens[at]?.lower === 'at' && tokens[at]!.sentence === tokens[c.start]!.sentence) org = organisationAt(tokens, chunks, at + 1, lex, 'at');
          }
          if (org && org.sentence === tokens[c.start]!.sentence) title = { ...title, affiliation: org.text };
        }
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

/**
 * An organisation or a place named from token `at` ("the" before it allowed): its text and sentence. Never an
 * everyday word ("a director of Sales"), a person's name, a name before a noun it describes ("the Ortiz campaign",
 * "the Dallas store") or a possessive ("Ana's Bakery"); and after "for" only an organisation ("a lawyer for Ortiz"
 * is for a person).
 */
function organisationAt(tokens: NlpToken[], chunks: Chunk[], at: number, lex: Lexicon, preposition: string): { text: string; sentence: number } | null {
  const from = tokens[at]?.lower === 'the' ? at + 1 : at;
  const c = chunks.find((x) => x.start === from);
  if (!c || (c.type !== 'ORG' && c.type !== 'LOC' && c.type !== null)) return null;
  if (preposition === 'for' && c.type !== 'ORG') return null;
  // Not where one is only present ("a speaker at Davos", "a delegate at COP28", "a speaker at the Republican
  // National Convention"): no place after "at", no event.
  if (preposition === 'at' && c.type === 'LOC') return null;
  const words = chunkWords(tokens, c);
  if (words.some((w) => /\d/.test(w.text) || EVENT_TYPE_HEADS.has(w.lower) || w.lower === 'convention')) return null;
  if (words.length === 1 && lex.common.has(words[0]!.lower)) return null;
  if (c.type === null && words.length > 1 && words.every((w) => lex.given.has(w.lower) || lex.surnames.has(w.lower))) return null;
  const next = tokens[c.end];
  const ends =
    !next ||
    next.sentence !== tokens[from]!.sentence ||
    (next.kind === 'punct' ? !POSSESSIVE.test(next.text) : PREPOSITIONS.has(next.lower) || AFFILIATION_ENDERS.has(next.lower));
  if (!ends) return null;
  return { text: spelled(words), sentence: tokens[from]!.sentence };
}

/** "Sens. Tom Carper and Dianne Feinstein": a plural title belongs to every name of the list. */
export function attachListTitles(tokens: NlpToken[], chunks: Chunk[]): void {
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
export function propagateInLists(tokens: NlpToken[], chunks: Chunk[], lex: Lexicon): void {
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
export function shareSurnames(tokens: NlpToken[], chunks: Chunk[], lex: Lexicon): void {
  for (let i = 0; i + 1 < chunks.length; i++) {
    const a = chunks[i]!;
    const b = chunks[i + 1]!;
    if (a.end - a.start !== 1 || b.end - b.start < 2) continue;
    if (tokens[a.end]?.lower !== 'and' || b.start !== a.end + 1) continue;
    if (!lex.given.has(tokens[a.start]!.lower) || !lex.given.has(tokens[b.start]!.lower)) continue;
    // Not where either was found to be something else ("Mount Kenya and Victoria Falls"), nor a place's name.
    if ((a.type !== null && a.type !== 'PER') || (b.type !== null && b.type !== 'PER') || lex.places.has(tokens[a.start]!.lower)) continue;
    a.type = 'PER';
    b.type = 'PER';
    a.sharedSurname = tokens[b.end - 1]!.text;
    a.evidence.push('shares surname');
  }
}

/**
 * "Trevor Noah Says Trump Is …", "Clinton Email Scandal": in a headline every word is capitalised, so a name runs on
 * into the words after it that no list knows. A person's name there that opens with a person named in the story's
 * own sentences (or with the surname of one) is that person's, and ends where that name ends.
 */
export function trimHeadlineNames(tokens: NlpToken[], chunks: Chunk[], caps: Set<number>): void {
  const named = new Set<string>();
  let longest = 0;
  for (const c of chunks) {
    if (c.type !== 'PER' || caps.has(tokens[c.start]!.sentence)) continue;
    // The name, and its surname ("Clinton Email Scandal" after "Hillary Clinton").
    named.add(chunkLower(tokens, c));
    longest = Math.max(longest, c.end - c.start);
    if (c.end - c.start >= 2) named.add(tokens[c.end - 1]!.lower);
  }
  for (const c of chunks) {
    if ((c.type !== 'PER' && c.type !== null) || c.end - c.start < 2 || !caps.has(tokens[c.start]!.sentence)) continue;
    // (No longer than the longest name: a headline of thousands of words is not read back from its end.)
    for (let end = Math.min(c.end - 1, c.start + longest); end > c.start; end--) {
      if (!named.has(chunkLower(tokens, { ...c, end }))) continue;
      // One word before a place's, a body's or an event's word is that thing's ("Lee County", "Trump Tower"); and an
      // undecided run becomes a person only by two words of a name.
      const next = tokens[end]!.lower;
      // (In capitals, where "GONZALEZ HOMERS TWICE" is undecided, the one word may be the person's; and before a
      // verb, "Sanders Vows To …".)
      const verb = VERBS_AFTER_A_SUBJECT.has(next) || SUBJECT_ENDERS.has(next);
      const head = PLACE_TYPE_HEADS.has(next) || ORG_HEADS.has(next) || EVENT_TYPE_HEADS.has(next);
      if (end - c.start === 1 && (head || (c.type !== 'PER' && !tokens[c.start]!.upper && !verb))) break;
      c.end = end;
      c.type = 'PER';
      c.evidence.push('person named elsewhere');
      break;
    }
  }
}

/**
 * A name settled somewhere settles it everywhere: "Sheinbaum" is the Claudia Sheinbaum named before, and
 * "Velmora" is the news agency it was called in one sentence even where it only "said" something.
 */
export function settleAcrossDocument(tokens: NlpToken[], chunks: Chunk[], lex: Lexicon): void {
  // "Khurelsukh Ukhnaa … Ukhnaa said": name-shaped words in no list whose last word comes back alone are a
  // person and that person's surname.
  // The word alone is someone's when a mention of it says so (a verb of saying or a clause after it, "Ukhnaa
  // said"; a possessive, "Ukhnaa's"), or when none calls for a place or a thing ("in Firefox", "into Firefox"):
  // "Supporters of Dzhamalov" leaves it open, "Mozilla Firefox … in Firefox" makes no person.
  const personCue = new Set<string>();
  const thingCue = new Set<string>();
  const lone = new Set<string>();
  for (const c of chunks) {
    if (c.end - c.start !== 1 || (c.type !== 'PER' && c.type !== null)) continue;
    const word = tokens[c.start]!.lower;
    const before = tokens[c.start - 1];
    lone.add(word);
    if (c.type === 'PER' || c.evidence.includes('speech or clause') || POSSESSIVE.test(tokens[c.end]?.text ?? '')) personCue.add(word);
    else if (before && before.sentence === tokens[c.start]!.sentence && PLACE_BEFORE.test(before.lower)) thingCue.add(word);
  }
  const alone = new Set([...lone].filter((w) => personCue.has(w) || !thingCue.has(w)));
  // "the Toronto Maple Leafs … Maple Leafs edge Canadiens … Leafs: host Boston": the last words of a team's or a
  // group's name, all capitalised and ending in a plural that is no surname, are that organisation, unless a
  // person's own evidence names them.
  const teamTails = new Set<string>();
  for (const c of chunks) {
    const ws = tokens.slice(c.start, c.end);
    const last = ws[ws.length - 1]!.lower;
    if (c.type !== 'ORG' || ws.length < 2 || !ws.every((w) => w.cap && w.kind === 'word') || !/[^s'u]s$/.test(last) || lex.surnames.has(last)) continue;
    for (let k = 1; k < ws.length; k++) teamTails.add(chunkLower(tokens, { ...c, start: c.start + k }));
  }
  for (const c of chunks) {
    if ((c.type === null || (c.type === 'PER' && !personOnOwnEvidence(c))) && teamTails.has(chunkLower(tokens, c))) {
      c.type = 'ORG';
      c.evidence.push('organisation elsewhere');
    }
  }
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
  const strongPeople = new Set<string>();
  const weakPeople = new Set<string>();
  const surnames = new Set<string>();
  // The last words of people named in full ("Michael Jordan"): what a place's name alone may also be.
  const fullSurnames = new Set<string>();
  const orgs = new Set<string>();
  // A known given name → the full names (two words or more) it opens.
  const givenNames = new Map<string, Set<string>>();
  for (const c of chunks) {
    const ws = chunkWords(tokens, c).filter((w) => !NAME_SUFFIXES.has(w.lower));
    const lower = ws.map((w) => w.lower).join(' ');
    if (c.type !== 'PER' || ws.length === 0) continue;
    if (ws.length >= 2 && !c.surnameFirst && lex.given.has(ws[0]!.lower)) {
      const full = givenNames.get(ws[0]!.lower) ?? new Set<string>();
      full.add(lower);
      givenNames.set(ws[0]!.lower, full);
    }
    // A given name alone is the weakest evidence there is: it decides its own mention, and is not copied to others.
    if (c.evidence.includes('a given name alone')) continue;
    (personOnOwnEvidence(c) ? strongPeople : weakPeople).add(lower);
    if (ws.length >= 2 || personOnOwnEvidence(c)) surnames.add((c.surnameFirst ? ws[0]! : ws[ws.length - 1]!).lower);
    if (ws.length >= 2) fullSurnames.add((c.surnameFirst ? ws[0]! : ws[ws.length - 1]!).lower);
    if (c.sharedSurname) surnames.add(c.sharedSurname.toLowerCase());
  }
  // Organisation or person? What the name itself says (a known organisation, an organisation word) settles it;
  // what surrounds it ("Trump spokesman", "Velmora said") is a vote, and the person votes are counted too.
  const perVotes = new Map<string, number>();
  const orgVotes = new Map<string, number>();
  for (const c of chunks) {
    const lower = chunkLower(tokens, c);
    // A given name alone decides its own mention only: it is no vote either way.
    if (c.type === 'PER' && !c.evidence.includes('a given name alone')) perVotes.set(lower, (perVotes.get(lower) ?? 0) + 1);
    if (c.type === 'ORG') orgVotes.set(lower, (orgVotes.get(lower) ?? 0) + (c.evidence.some((e) => STRONG_ORG_EVIDENCE.includes(e)) ? STRONG_ORG_VOTE : 1));
  }
  for (const c of chunks) {
    if (c.type !== 'ORG' || c.evidence.includes('X of Y')) continue;
    const lower = chunkLower(tokens, c);
    const person = (perVotes.get(lower) ?? 0) + (surnames.has(lower) || strongPeople.has(lower) ? 2 : 0);
    if ((orgVotes.get(lower) ?? 0) < STRONG_ORG_VOTE && person >= (orgVotes.get(lower) ?? 0)) {
      c.type = 'PER';
      c.evidence.push('person named elsewhere');
      continue;
    }
    orgs.add(lower);
  }
  // Organisations named as such by their own words or the words around them (not by capitals alone: "NABLUS, West
  // Bank" is a dateline's place).
  const namedOrgs = new Set<string>();
  for (const c of chunks)
    if (c.type === 'ORG' && c.evidence.some((e) => e !== 'acronym' && STRONG_ORG_EVIDENCE.includes(e))) namedOrgs.add(chunkLower(tokens, c));
  // "Magna International Inc … Magna was up": the first word of an organisation named in full by its own words, when
  // that word is no everyday word, no place and opens no person's name here.
  const orgFirstWords = new Set<string>();
  for (const c of chunks) {
    if (c.type !== 'ORG' || !c.evidence.some((e) => STRONG_ORG_EVIDENCE.includes(e))) continue;
    const ws = chunkWords(tokens, c);
    const first = ws[0]!.lower;
    // A given name only where no person here has it ("Magna International … Magna was up"; not "Morgan Stanley … Morgan
    // Price … Morgan said").
    if (ws.length >= 2 && !lex.common.has(first) && !lex.places.has(first) && !givenNames.has(first)) orgFirstWords.add(first);
  }
  for (const c of chunks) {
    const ws = chunkWords(tokens, c);
    const lower = ws.map((w) => w.lower).join(' ');
    const headline = ws.every((w) => w.upper);
    if (
      ws.length === 1 &&
      orgFirstWords.has(lower) &&
      (c.type === null || (c.type === 'PER' && !personOnOwnEvidence(c))) &&
      !strongPeople.has(lower) &&
      !surnames.has(lower)
    ) {
      c.type = 'ORG';
      c.evidence.push('organisation elsewhere');
      continue;
    }
    // "the Ennahda party … Ennahda came under fire": a name of no kind here that an organisation's own evidence names
    // elsewhere is that organisation.
    if (
      c.type === null &&
      !headline &&
      lower.length > 1 &&
      namedOrgs.has(lower) &&
      orgs.has(lower) &&
      !strongPeople.has(lower) &&
      !surnames.has(lower) &&
      !lex.places.has(lower)
    ) {
      c.type = 'ORG';
      c.evidence.push('organisation elsewhere');
      continue;
    }
    if (c.type === 'PER') {
      // Called an organisation elsewhere, and nothing here says person more strongly.
      if (!personOnOwnEvidence(c) && orgs.has(lower) && !strongPeople.has(lower) && !c.evidence.includes('a given name alone')) {
        c.type = 'ORG';
        c.evidence.push('organisation elsewhere');
      }
      continue;
    }
    // A place known by name, alone, stays the place where only a mention of that one word calls it a person ("Mr China"
    // in a teaser); a person named in full with it as surname makes it theirs ("Michael Jordan … Jordan scored").
    if (c.type === 'LOC' && ws.length === 1 && lex.places.has(lower) && !fullSurnames.has(lower)) continue;
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
    } else if (
      c.type === null &&
      !headline &&
      ws.length === 1 &&
      givenNames.get(lower)?.size === 1 &&
      !orgs.has(lower) &&
      !lex.common.has(lower) &&
      standsAlone(tokens, c)
    ) {
      // "I spoke to Bruce Garcey … Bruce said": the given name of the one person named in full with it.
      c.type = 'PER';
      c.evidence.push('given name of a person named here');
    }
  }
}

/**
 * "Prime Minister Theresa May … May said … May's cabinet": once a person is named in full, their surname is a
 * mention even where it is also a month or a common word, which never starts a name on its own. Not where the
 * words around make it the month ("in May", "May 5") or the word ("May we").
 */
export function findSurnamesThatAreWords(tokens: NlpToken[], chunks: Chunk[], caps: Set<number>, lex: Lexicon): void {
  const surnames = new Set<string>();
  const covered = new Set<number>();
  for (const c of chunks) {
    for (let k = c.start; k < c.end; k++) covered.add(k);
    if (c.type !== 'PER') continue;
    const ws = chunkWords(tokens, c).filter((w) => !NAME_SUFFIXES.has(w.lower));
    if (ws.length >= 2) surnames.add((c.surnameFirst ? ws[0]! : ws[ws.length - 1]!).lower);
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
    // A sentence's first word is capitalised anyway: take it only before a verb of speech, a possessive or a comma,
    // or a verb in the past that people do ("Trump made the remark"; not "Gold rallied"), when it is no month or day.
    // (The surname of a person named here in full, and no everyday word, so any regular past tense will do: "Haugen
    // testified …"; not "Cotton produced in the region", "Snow blanketed the city".)
    const anyPast =
      nextSame && /^\p{Ll}{2,}ed$/u.test(next!.text) && !lex.common.has(t.lower) && !ORG_VERBS.test(next!.lower) && !MARKET_VERBS.test(next!.lower);
    const pastVerb = nextSame && next!.kind === 'word' && !next!.cap && (PEOPLE_PAST_VERBS.test(next!.lower) || anyPast);
    if (
      t.sentenceStart &&
      !(nextSame && (VERBS_AFTER_A_SUBJECT.has(next!.lower) || next!.lower === "'s" || next!.lower === "'" || next!.text === ',')) &&
      !(pastVerb && !NOT_NAMES.has(t.lower))
    )
      continue;
    added.push({ start: i, end: i + 1, type: 'PER', title: null, evidence: ['surname of a person named here'] });
  }
  if (!added.length) return;
  chunks.push(...added);
  chunks.sort((a, b) => a.start - b.start);
}

/** A person on evidence of their own (an honorific, a title, a given name, an age), not on the words' shape alone. */
export function personOnOwnEvidence(c: Chunk): boolean {
  return (
    c.honorific !== undefined || !!c.title?.text || c.evidence.includes('given name') || c.evidence.includes('age') || c.evidence.includes('family name first')
  );
}
