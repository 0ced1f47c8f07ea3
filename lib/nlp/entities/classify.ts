import { titleCased } from './case';
import { PERSON_SCORE, PERSON_WEIGHTS, PERSONAL_CONTEXT, TITLED_CONTEXT } from '../../data/name-evidence';
import {
  EVENT_TYPE_HEADS,
  NAME_ADJECTIVE,
  PLACE_FIRST_WORDS,
  PLACE_UNIT_OF,
  SEAT_FOR,
  SEAT_FOR_A_PERSON,
  PLACE_PEOPLE_ENDINGS,
  PLACE_TYPE_HEADS,
  PRODUCT_TYPE_HEADS,
  STORM_WORDS,
  TIME_ZONES,
  US_STATE_CODES,
  STATE_ABBREVIATIONS,
} from '../../data/name-types';
import { AUXILIARY_VERBS, PAST_PARTICIPLE, STRONG_SPEECH_VERBS, VERBS_AFTER_A_SUBJECT } from '../../data/speech';
import { COUNTRIES, DEMONYMS, PARTIES, PARTY_MEMBERS, PARTY_NAME_WORDS } from '../../data/demonyms';
import { FAMILY_NAMES_FIRST, KOREAN_GIVEN_SHAPE } from '../../data/family-names';
import {
  FUNCTION_WORDS,
  GIVEN_NAME_PARTICLES,
  KNOWN_ORGS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  NOT_NAMES,
  ORG_HEADS,
  NEWSROOM_WORDS,
  ORG_SUFFIXES,
  THING_ABBREVIATIONS,
  THING_OWNERS,
} from '../../data/organizations';
import { TITLES } from '../../data/titles';
import type { Lexicon } from '../lexicon';
import type { NlpToken } from '../tokenize';
import type { Chunk } from './types';
import {
  BODY_NAMED_AFTER,
  ORG_VERBS,
  ORG_CONTEXT_BEFORE,
  ORG_CONTEXT_AFTER,
  ORG_KIND_AFTER_NAME,
  ORG_CONTEXT_AFTER_WEAK,
  KIN_NOUNS,
  NAME_MODIFIED_NOUNS,
  NOT_AGENT_NOUNS,
  PERSON_OBJECT,
  SPEAKER_FOLLOWERS,
  PLACE_BEFORE,
  PLACE_AFTER,
  THING_AFTER_NAME,
  MONTHS,
} from '../../data/name-context';
import { chunkWords, chunkLower, spelled } from './chunks';
import {
  ARTICLES,
  FAITHS,
  INITIAL_LIKE_POSITIONS,
  POSITION_ABBREVIATIONS,
  POSSESSIVE,
  PREPOSITIONS,
  SPEAKING_BODIES,
  SPORTS_WORDS,
  TITLE_CASE_SMALL_WORDS,
} from '../../data/phrases';

/**
 * What one chunk names, from the evidence in and around it (lib/data/name-evidence.ts: each piece of evidence by
 * name, and the weights that add up to a person).
 */

/** A word for someone who does something ("dissident", "striker", "economist", "historian"); one, not a group. */
export const AGENT_NOUN = /^\p{L}{3,}(?:er|ist|ian|ent|ant|or)$/u;

export const NAME_SHAPE = /^\p{Lu}[\p{Ll}\p{M}]+(?:[-'\u2019]\p{L}[\p{Ll}\p{M}]+)*$/u;

/** Leading words that qualify a name but are not part of it: "American", "Veteran", "Kenyan-born". */
export function trimQualifiers(tokens: NlpToken[], c: Chunk, lex: Lexicon): void {
  // "Browns DL Sheldon Ray", "S Morgan Ola 35 47%": a player's position in capitals opens no name, after a team's name
  // or at the start of a list's item or a line of figures; a middle initial is none ("Ulysses S Grant", "Philip K
  // Dick"), nor is an initial opening a name in running text ("TE Lawrence wrote").
  for (let k = c.start; k < Math.min(c.end - 1, c.start + 3); k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1];
    // A word of its own ("$150K Pearl …" is a sum), then a given name or two words of a name, none an initial.
    const own = !prev || prev.end < t.start;
    const next = tokens[k + 1]!;
    const nameNext =
      next.kind === 'word' && next.cap && next.text.length > 1 && (lex.given.has(next.lower) || (c.end - k >= 3 && tokens[k + 2]!.kind === 'word'));
    const teamBefore = k > c.start && prev!.text.length > 1 && (!lex.given.has(prev!.lower) || lex.places.has(prev!.lower));
    const listed = k === c.start && (/^[,:;]$/.test(prev?.text ?? '') || tokens[c.end]?.kind === 'number');
    // Codes that are also initials (S, K, P, TE) only there, or after a verb or a possessive ("signed K Graham
    // Gano", "Kansas City's TE Travis Kelce"; not "by TE Lawrence"); the others opening the name anywhere ("QB Tom
    // Brady threw").
    const afterVerb = k === c.start && !!prev && ((prev.kind === 'word' && !prev.cap && !PREPOSITIONS.has(prev.lower)) || POSSESSIVE.test(prev.text));
    const placed = INITIAL_LIKE_POSITIONS.has(t.text) ? teamBefore || listed || afterVerb : teamBefore || k === c.start;
    if (t.kind === 'word' && own && POSITION_ABBREVIATIONS.has(t.text) && nameNext && placed) {
      c.start = k + 1;
      break;
    }
  }
  while (c.end - c.start >= 2) {
    const t = tokens[c.start]!;
    const rest = tokens[c.start + 1]!;
    // A small word a title capitalises opens no name ("… Society In New Zealand" left "In New Zealand"); nor does a
    // name made an adjective ("the Delhi-based Council on Energy", "NBA-leading Lakers"), nor a compound of everyday
    // words ("Singer-guitarists Tom Johnston", "Day-by-day Schiff").
    // ("The Co-operative Bank", "Anti-corruption Foundation": an organisation's name is whole.)
    const compound = everydayCompound(t.text, lex) && !ORG_HEADS.has(tokens[c.end - 1]!.lower);
    if (TITLE_CASE_SMALL_WORDS.has(t.lower) || NAME_ADJECTIVE.test(t.lower) || compound) {
      c.start++;
      continue;
    }
    // "Mount Orrin", "Lake Ingrid": the opening of a place's name, not a word before a person's; nor is the first
    // word of a place known by name ("South Dakota", "North Carolina").
    if (PLACE_FIRST_WORDS.has(t.lower) || lex.places.has(chunkLower(tokens, c))) break;
    // "Missouri Republican Roy Blunt", "House Democrat Ana Ruiz": a party's member, with the words that say where
    // or what, before a name is the person's affiliation.
    const member = partyMemberBefore(tokens, c, lex);
    if (member >= 0) {
      const party = PARTY_MEMBERS.get(tokens[member]!.lower)!;
      if (!c.title) c.title = { start: c.start, end: member + 1, text: '', official: false, plural: false, affiliation: party };
      c.start = member + 1;
      break;
    }
    // "New Yorker Tom Lee", "Rhode Islander Ana Ruiz": a people's word of two words, before a given name.
    const two = `${t.lower} ${rest.lower}`;
    const after = tokens[c.start + 2];
    if (DEMONYMS.has(two) && rest.cap && c.end - c.start >= 4 && after && lex.given.has(after.lower) && !TITLE_CASE_SMALL_WORDS.has(after.lower)) {
      if (!c.title) c.title = { start: c.start, end: c.start + 2, text: '', official: false, plural: false, affiliation: DEMONYMS.get(two)! };
      c.start += 2;
      break;
    }
    const nationality = DEMONYMS.has(t.lower) || PARTIES.has(t.lower) || /-born$/.test(t.lower);
    // ("fellow Floridians Jeb Bush and Marco Rubio": a people's word in the plural opens no name of two words or more.)
    // (Not a group's name: "Oregonians Against Drilling".)
    const peoples =
      /s$/.test(t.lower) &&
      DEMONYMS.has(t.lower.slice(0, -1)) &&
      c.end - c.start >= 3 &&
      !ORG_HEADS.has(tokens[c.end - 1]!.lower) &&
      (lex.given.has(rest.lower) || /^\p{Lu}\.$/u.test(rest.text) || !lex.common.has(rest.lower));
    const common = lex.common.has(t.lower) && !lex.given.has(t.lower);
    const personFollows = lex.given.has(rest.lower) || /^\p{Lu}\.$/u.test(rest.text) || (nationality && lex.surnames.has(rest.lower)) || peoples;
    if (!(nationality || common || peoples) || !personFollows) break;
    // "Dane Keller", "Finn Russell": a nationality that is also a given name, before one name, is that given name.
    if (nationality && c.end - c.start === 2 && lex.given.has(t.lower) && !lex.given.has(rest.lower)) break;
    if (!c.title && DEMONYMS.has(t.lower)) {
      c.title = { start: c.start, end: c.start + 1, text: '', official: false, plural: false, affiliation: DEMONYMS.get(t.lower)! };
    }
    c.start++;
  }
}

/**
 * The last word of a chunk that is a party's member ("Republican"), when a person's name follows it: a given name,
 * or two words or more that are no everyday words. -1 when there is none.
 */
function partyMemberBefore(tokens: NlpToken[], c: Chunk, lex: Lexicon): number {
  for (let j = c.end - 2; j >= c.start; j--) {
    if (!PARTY_MEMBERS.has(tokens[j]!.lower)) continue;
    const rest = tokens.slice(j + 1, c.end);
    const first = rest[0]!;
    const named =
      (lex.given.has(first.lower) && !lex.common.has(first.lower)) ||
      // ("Republican Trump": one word that is no everyday word and no place.)
      // (Not "Tory Mazzola": a member's noun that is a given name is that name.)
      (rest.length === 1 &&
        !lex.given.has(tokens[j]!.lower) &&
        !lex.common.has(first.lower) &&
        !lex.places.has(first.lower) &&
        !ORG_HEADS.has(first.lower) &&
        !first.upper) ||
      (rest.length >= 2 && rest.every((w) => !lex.common.has(w.lower) || lex.surnames.has(w.lower)) && !ORG_HEADS.has(rest[rest.length - 1]!.lower));
    return named ? j : -1;
  }
  return -1;
}

/**
 * "Singer-guitarists", "Day-by-day": a hyphenated word capitalised only at its start, its other parts in lower case,
 * is a compound of words ("Ocasio-Cortez", "Jean-Paul", "Coca-Cola" capitalise each part); unless its first part is
 * a given name ("Jean-baptiste") or a later part a name's particle ("Locksley-von Moltke").
 */
function everydayCompound(word: string, lex: Lexicon): boolean {
  const parts = word.split('-');
  // A Korean given name ("Heung-min", "Jae-in") is written this way too: one short syllable after the hyphen.
  if (KOREAN_GIVEN_SHAPE.test(word) && parts[1]!.length <= 5) return false;
  return parts.length >= 2 && parts.slice(1).every((p) => /^\p{Ll}/u.test(p) && !NAME_PARTICLES.has(p)) && !lex.given.has(parts[0]!.toLowerCase());
}

/** Decide what a chunk is from the evidence in and around it. */
export function classify(tokens: NlpToken[], c: Chunk, lex: Lexicon, caps: Set<number>): void {
  if (c.type === 'PER') return; // honorific
  classifyChunk(tokens, c, lex, caps);
  // "“…,” the Dane said", "the Arduino": one word after an article is a description or a thing's name, never a
  // person's (a title says otherwise: "the Reverend Jackson" is two words).
  const before = tokens[c.start - 1];
  if (
    (c.type as Chunk['type']) === 'PER' &&
    c.end - c.start === 1 &&
    !c.title &&
    before &&
    before.sentence === tokens[c.start]!.sentence &&
    ARTICLES.has(before.lower)
  ) {
    c.type = null;
    c.evidence.push('one word after an article');
  }
}

function classifyChunk(tokens: NlpToken[], c: Chunk, lex: Lexicon, caps: Set<number>): void {
  trimQualifiers(tokens, c, lex);
  // "at Virginia Beach June 24": a month and a day after a name are a date, not the name's last word.
  if (c.end - c.start >= 2 && MONTHS.test(tokens[c.end - 1]!.lower) && tokens[c.end]?.kind === 'number') c.end--;
  const ws = chunkWords(tokens, c);
  const lower = chunkLower(tokens, c);
  const first = ws[0]!;
  const last = ws[ws.length - 1]!;
  // "Ben Smith", "Van Morrison": a particle that is also a given name, opening a name of two words or more, is that
  // given name ("Del Frisco's" and "Al-Qaeda" stay as they were).
  const core = ws.filter(
    (w, k) => !NAME_SUFFIXES.has(w.lower) && !(NAME_PARTICLES.has(w.lower) && !(k === 0 && ws.length >= 2 && GIVEN_NAME_PARTICLES.has(w.lower))),
  );
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
    context += c.title.text ? PERSON_WEIGHTS.title : 0;
    c.evidence.push('title');
  }
  // "said Brandt." and "said Brandt on Monday" name the speaker; in "said Norvex had missed" the name is the subject
  // of what was said, and says nothing of what it names.
  const speakerAfterVerb = !after || after.sentence !== first.sentence || after.kind !== 'word' || after.cap || SPEAKER_FOLLOWERS.test(after.lower);
  const strongSpeech =
    (sameSentence(after) && STRONG_SPEECH_VERBS.has(after!.lower)) ||
    (sameSentence(before) && /^(said|says|told)$/.test(before!.lower) && speakerAfterVerb) ||
    (after?.text === ',' && !!after2 && /^(who|whose)$/.test(after2.lower)) ||
    describedThenSpeech(tokens, c);
  const weakSpeech = !strongSpeech && sameSentence(after) && VERBS_AFTER_A_SUBJECT.has(after!.lower);
  if (strongSpeech) context += PERSON_WEIGHTS.strongSpeech;
  else if (weakSpeech && core.length >= 2) context += PERSON_WEIGHTS.weakSpeech;
  if (strongSpeech || weakSpeech) c.evidence.push('speech or clause');
  // "General Information", "Student Assessment", "the major Asian markets": one everyday word or a nationality after a
  // title, no name's word and saying nothing, is the title's own phrase; and so is a second title word ("Attorney General").
  // So are a party's members ("fellow Republicans", "billionaire Republican") and a holiday ("King Day").
  const nobodysWord =
    ((lex.common.has(lower) || DEMONYMS.has(lower) || PARTY_MEMBERS.has(lower)) && !lex.given.has(lower) && !lex.surnames.has(lower)) ||
    /^(day|eve)$/.test(lower);
  if (c.title && ws.length === 1 && !strongSpeech && (nobodysWord || (TITLES.has(lower) && !lex.surnames.has(lower)))) {
    c.type = null;
    c.evidence.push('everyday word after a title');
    return;
  }
  // A title alone is no one's name ("the Secretary, the Deputy Secretaries"), nor is a saint's place ("St. Lucie
  // counties", "Port St. Lucie").
  if (ws.length === 1 && !c.title && TITLES.has(lower) && !lex.surnames.has(lower) && !lex.given.has(lower)) {
    c.type = null;
    return;
  }
  // (A place's: with its possessive or its kind after it, or a word before, "Port St. Lucie"; "St. Cyr said" is
  // a surname.)
  const placeAfter = !!after && (POSSESSIVE.test(after.text) || /^(count(y|ies)|parish(es)?|church|river|island|cathedral|street)$/.test(after.lower));
  if (ws.length === 1 && !c.title && sameSentence(before) && /^(st\.?|ste\.?|saint)$/.test(before!.lower) && (placeAfter || !!tokens[c.start - 2]?.cap)) {
    c.type = 'LOC';
    c.evidence.push('place word first');
    return;
  }
  // "Ana Ruiz, 52, said", and at a sentence's end: "said the tourist, Khaled Hijazi, 37."
  if (after?.text === ',' && after2?.kind === 'number' && /^[,.;)]$/.test(tokens[c.end + 2]?.text ?? '') && Number(after2.text) < 120) {
    context += PERSON_WEIGHTS.age;
    c.evidence.push('age');
  }
  if (kinBefore(tokens, c)) {
    context += PERSON_WEIGHTS.kin;
    c.evidence.push('relation before');
  }
  if (after?.text === '(' && after2) {
    const inside = tokens.slice(c.end + 1, c.end + 5);
    const close = inside.findIndex((t) => t.text === ')');
    if (close > 0) {
      const key = inside
        .slice(0, close)
        .map((t) => t.lower)
        .join(' ');
      if (lex.places.has(key) || DEMONYMS.has(key) || /^\d+ ?(st|nd|rd|th)?$/.test(key)) {
        context += PERSON_WEIGHTS.placeOrMinuteAfter;
        c.evidence.push('(place) or (minute) after');
      }
    }
  }

  // "Washington-based", "Facebook-owned": a name made an adjective, whatever surrounds it.
  if (ws.length === 1 && NAME_ADJECTIVE.test(lower) && !c.title) {
    c.type = 'MISC';
    return;
  }
  // "7:11 AM PT", "9 a.m. ET": a time zone after a time (not "By 5 p.m. NASA confirmed").
  if (ws.length === 1 && TIME_ZONES.has(lower) && sameSentence(before) && /^(am|pm|a\.m\.|p\.m\.)$/i.test(before!.text)) {
    c.type = null;
    return;
  }
  // "Atlanta, GA": a state's postal code after a city and its comma.
  if (ws.length === 1 && US_STATE_CODES.has(first.text) && before?.text === ',' && tokens[c.start - 2]?.cap && sameSentence(before)) {
    c.type = 'LOC';
    c.evidence.push('place word first');
    return;
  }
  // "Fla.", "N.J.": a state as news abbreviates it is a place, and so is the town before it ("Jupiter, Fla.,",
  // "Olympia, Wash.", "Carmel, Indiana, Mayor …"), unless that is a person's given name and surname.
  // ("W.Va." is read as an initial and a word; its period taken for the sentence's at the end of one: "Olympia,
  // Wash.")
  const abbreviatedState = (lower: string, next: NlpToken | undefined) =>
    STATE_ABBREVIATIONS.has(lower) || (STATE_ABBREVIATIONS.has(`${lower}.`) && next?.text === '.');
  // (Written with its capital: "his friend Mo." is someone.)
  if (ws.length <= 2 && first.cap && abbreviatedState(spelled(ws).toLowerCase(), after)) {
    c.type = 'LOC';
    c.evidence.push('place word first');
    return;
  }
  const state = after?.text === ',' && after2 && after2.sentence === first.sentence ? after2 : undefined;
  // A state written out, of one word or two ("Akron, Ohio,", "Newark, New Jersey."), then no word and no
  // possessive ("Abbott, Texas's governor," is the governor).
  const stateName = (n: number) => {
    if (!lex.usStates.has(chunkLower(tokens, { ...c, start: c.end + 1, end: c.end + 1 + n }))) return false;
    const next = tokens[c.end + 1 + n];
    return !next || next.sentence !== first.sentence || !/^(\p{L}|['\u2019]s$)/u.test(next.text);
  };
  const fullState = !!state && (stateName(1) || stateName(2));
  const stateAfter = !!state && state.cap && (abbreviatedState(state.lower, tokens[c.end + 2]) || fullState);
  // (Not a person's name: a given name and a surname, or a surname alone, "after Ruiz, Texas, and Lee voted".)
  const personal2 = (ws.length >= 2 && lex.given.has(first.lower)) || (ws.length === 1 && lex.surnames.has(lower) && !lex.given.has(lower));
  if (stateAfter && !c.title && ws.length <= 3 && !(personal2 && !lex.places.has(lower))) {
    c.type = 'LOC';
    c.evidence.push('place word first');
    return;
  }

  // A state's postal code alone, in no headline, where a place is called for ("ST : MI", "in the state of NY", "moved
  // to NY"), that is no word ("IN", "OK"); "The VA said" is the body.
  const placeCalled = sameSentence(before) && (before!.text === ':' || before!.lower === 'of' || PLACE_BEFORE.test(before!.lower) || before!.lower === 'to');
  const postalCode = ws.length === 1 && US_STATE_CODES.has(first.text) && !headline && !lex.common.has(lower) && !c.title && placeCalled;
  if (postalCode) {
    c.type = 'LOC';
    c.evidence.push('place word first');
    return;
  }
  // A thing or a role had, in capitals ("we hired a CPA, Dana Holt", "an RFP."): no body, and no person either.
  const thingHad =
    ws.length === 1 &&
    first.upper &&
    sameSentence(before) &&
    THING_OWNERS.has(before!.lower) &&
    (!sameSentence(after) || after!.kind === 'punct' || PREPOSITIONS.has(after!.lower));
  if (thingHad && !c.title) {
    c.type = null;
    c.evidence.push('a thing had in capitals');
    return;
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
  // (Not a place known by name: "the West Bank", "Oval Office".)
  const orgWord = ws.length >= 2 && ORG_HEADS.has(last.lower) && !c.title && !lex.places.has(lower);
  // In capitals, but no body's: an abbreviation of a thing ("IPO", "P.S."), or an everyday word for emphasis ("FREE").
  const acts = sameSentence(after) && (ORG_VERBS.test(after!.lower) || (VERBS_AFTER_A_SUBJECT.has(after!.lower) && !AUXILIARY_VERBS.has(after!.lower)));
  const acronym =
    ws.length === 1 &&
    first.upper &&
    !headline &&
    first.text.length <= 6 &&
    !lex.places.has(lower) &&
    !DEMONYMS.has(lower) &&
    !THING_ABBREVIATIONS.has(lower) &&
    !NAME_SUFFIXES.has(lower) &&
    // A model's code ("the SX40", "UTF-8") or a state's postal code ("in OH", "won PA"), unless it acts as a body
    // does ("S4C said", "The VA said"; "G7", "W3C" are known by name).
    !((/\d/.test(first.text) || US_STATE_CODES.has(first.text)) && !acts) &&
    // Initials on a line of their own, signing off ("Thanks,\nJT").
    !(first.text.length <= 3 && first.lineStart && (!after || after.lineStart)) &&
    // An everyday word in capitals is emphasis ("FREE", "BEST"), unless it acts or is named as a body is ("CARE
    // said", "David Seymour of ACT").
    !(
      lex.common.has(lower) &&
      lower.length > 2 &&
      !(sameSentence(after) && (VERBS_AFTER_A_SUBJECT.has(after!.lower) || ORG_VERBS.test(after!.lower))) &&
      !(sameSentence(before) && BODY_NAMED_AFTER.has(before!.lower))
    );
  const orgNoun =
    (sameSentence(before) && ORG_CONTEXT_BEFORE.has(before!.lower)) ||
    // (Not "some Sudanese militia", "the Democratic party": a people's or a party's adjective.)
    (sameSentence(after) &&
      !DEMONYMS.has(lower) &&
      !PARTIES.has(lower) &&
      (ORG_CONTEXT_AFTER.test(after!.lower) ||
        (!!after2 && ORG_CONTEXT_AFTER.test(`${after!.lower} ${after2.lower}`)) ||
        (ws.length === 1 &&
          ORG_KIND_AFTER_NAME.test(after!.lower) &&
          !lex.places.has(lower) &&
          !FAITHS.has(lower) &&
          !lex.given.has(lower) &&
          !lex.surnames.has(lower)))) ||
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
  if (known || orgWord || theBody || c.evidence.includes('X of Y') || ((acronym || orgNoun || orgHint) && context < TITLED_CONTEXT)) {
    c.type = 'ORG';
    c.evidence.push(
      known ? 'known organisation' : orgWord || theBody ? 'organisation word' : acronym ? 'acronym' : orgNoun ? 'organisation noun' : 'organisation context',
    );
    return;
  }

  // "We are OK", "an IPO": an abbreviation of a thing is no one's name either.
  if (ws.length === 1 && first.upper && (THING_ABBREVIATIONS.has(lower) || NAME_SUFFIXES.has(lower))) {
    c.type = null;
    return;
  }
  // A storm, named by the word before or its own first word ("Hurricane Rita", "as Storm Ciarán hit").
  const stormWord = (t: NlpToken | undefined) => !!t && t.kind === 'word' && STORM_WORDS.has(t.lower);
  const tropicalStorm = before?.lower === 'storm' && tokens[c.start - 2]?.lower === 'tropical';
  // (In lower case only a word that names nothing else: "superstorm Sandy", not "after the storm Ana Ruiz rebuilt".)
  // (And one word: "During the hurricane Ana Ruiz lost her home" names her.)
  const stormBefore = sameSentence(before) && (stormWord(before) || tropicalStorm) && (before!.cap || (before!.lower !== 'storm' && ws.length === 1));
  if (!c.title && (stormWord(first) || stormBefore)) {
    c.type = 'MISC';
    c.evidence.push('a storm');
    return;
  }
  // A company's product or branch: a known organisation's one-word name, then more words that are not a body's
  // ("Google Stadia", "Linksys Velop Wi-Fi"); never a person ("Ford" or "Dell" opening a name is a given name or a surname).
  if (
    ws.length >= 2 &&
    !c.title &&
    KNOWN_ORGS.has(first.lower) &&
    !lex.given.has(first.lower) &&
    !lex.surnames.has(first.lower) &&
    // "on Twitter Gary Lineker", "Facebook Whistleblower Frances Haugen": a person named after the organisation (a
    // given name, or two words of names; "Google Glass" is a product).
    !ws.slice(1).some((w) => lex.given.has(w.lower)) &&
    ws.slice(1).filter((w) => lex.surnames.has(w.lower)).length < 2 &&
    !ORG_HEADS.has(last.lower) &&
    !NEWSROOM_WORDS.has(last.lower)
  ) {
    c.type = 'MISC';
    c.evidence.push('product of a company');
    return;
  }
  // A capitalised word right after a number is a unit, a currency or a thing counted ("5 Euros", "3 Wildcats").
  if (ws.length === 1 && !c.title && sameSentence(before) && before!.kind === 'number') {
    c.type = null;
    c.evidence.push('after a number');
    return;
  }
  // "New Hampshire Republican", "Reagan Democrats": a party's members are a group, whatever words come before; a
  // place's ("Virginia Democrats") is that party's branch, an organisation (below).
  // So are "the Democrats" and a party named so ("Liberal Democrats", "Christian Democrats").
  const placesParty = ws.length >= 2 && /s$/.test(last.lower) && lex.places.has(chunkLower(tokens, { ...c, end: c.end - 1 }));
  const theParty = ws.length === 1 && /s$/.test(last.lower) && before?.lower === 'the';
  const partyName = ws.length === 2 && PARTY_NAME_WORDS.has(first.lower);
  // A given name and one member's noun are a person ("John Tory"), and so is that word alone when it is a name.
  // (Not after a determiner: "One Tory, who asked not to be named, said", "another Tory" is a member.)
  const determined = sameSentence(before) && /^(a|an|the|one|another|every|each|some|any|no|many|fellow|other)$/.test(before!.lower);
  const personsName =
    (lex.given.has(last.lower) || lex.surnames.has(last.lower)) && ((ws.length === 1 && !determined) || (ws.length === 2 && lex.given.has(first.lower)));
  if (PARTY_MEMBERS.has(last.lower) && !c.title && !placesParty && !theParty && !partyName && !personsName) {
    c.type = 'MISC';
    c.evidence.push('party members');
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
  // "defending champion Spain": a title before a place that is no one's name (no given name, and a country or no
  // surname) is a team's or a country's, not a person's.
  const nobodysName = ws.length === 1 && !lex.given.has(lower) && (!lex.surnames.has(lower) || COUNTRIES.has(lower)) && !c.evidence.includes('age');
  if (isPlace && (!personal || nobodysName)) {
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
    NAME_ADJECTIVE.test(last.lower) ||
    DEMONYMS.has(singular) ||
    /^(day|eve)$/.test(last.lower) ||
    (before && after && /^["\u201c'\u2018]$/.test(before.text) && /^["\u201d'\u2019]$/.test(after.text)) ||
    (ws.length === 1 && first.lower !== singular && lex.common.has(singular) && !lex.surnames.has(first.lower));
  // "South Dakotans said", "New Yorkers want": the people of a place known by name, whatever they do.
  const placePeople = !c.title && PLACE_PEOPLE_ENDINGS.some((e) => lower.endsWith(e) && lex.places.has(lower.slice(0, -e.length)));
  if ((misc && context < PERSONAL_CONTEXT) || placePeople) {
    c.type = 'MISC';
    return;
  }

  // A name that ends in a word saying what it names ("Crystal Harbour", "the Ava Lund Award") is that thing, not a
  // person, whatever its first word; unless the last word is also a surname after a given name ("Tom Hall") and
  // nothing around calls for a place ("at Carnegie Hall", "the Royal Albert Hall", three words or more).
  const typeHead = PLACE_TYPE_HEADS.has(last.lower) ? 'LOC' : EVENT_TYPE_HEADS.has(last.lower) || PRODUCT_TYPE_HEADS.has(last.lower) ? 'MISC' : null;
  // A title word that opens a place's name ("to Prince George Hall", "at King Edward Point") is no title.
  const beforeTitle = c.title && c.title.end === c.start ? tokens[c.title.start - 1] : undefined;
  const titleOpensPlace = !!beforeTitle && sameSentence(beforeTitle) && (PLACE_BEFORE.test(beforeTitle.lower) || /^(to|the)$/.test(beforeTitle.lower));
  if (typeHead && ws.length >= 2 && (!personal || (titleOpensPlace && !c.evidence.includes('age')))) {
    const asPlace = sameSentence(before) && (PLACE_BEFORE.test(before!.lower) || before!.lower === 'the');
    // "Dallas Street", "Houston Avenue": a place's name before the type word.
    const placeFirst = typeHead === 'LOC' && lex.places.has(first.lower);
    // A surname as the last word is a person's only after a given name or an initial ("Tom Hall", not "Quay Street").
    const givenFirst = lex.given.has(first.lower) || /^\p{Lu}\.$/u.test(first.text);
    if (!lex.surnames.has(last.lower) || !givenFirst || ws.length >= 3 || asPlace || titleOpensPlace || placeFirst || typeHead === 'MISC') {
      c.type = typeHead;
      c.evidence.push('type word at the end');
      return;
    }
  }

  // "Bradford Bulls", "Kansas City Chiefs": a place and a plural after it name a team.
  if (ws.length >= 2 && !c.title && /[^s']s$/.test(last.lower) && !lex.surnames.has(last.lower)) {
    // A place's name is at most four words: a run of thousands of capitalised words is not joined once per length.
    for (let n = Math.min(ws.length - 1, 4); n >= 1; n--) {
      if (
        !lex.places.has(
          ws
            .slice(0, n)
            .map((w) => w.lower)
            .join(' '),
        )
      )
        continue;
      c.type = 'ORG';
      c.evidence.push('place and plural');
      return;
    }
  }
  // "the member for Mississauga East", "MP for Hampstead", "the riding of Don Valley": a seat's place, whatever the
  // words around it say.
  const twoBack = sameSentence(before) ? tokens[c.start - 2] : undefined;
  if (
    c.honorific === undefined &&
    !c.title &&
    twoBack &&
    twoBack.sentence === before!.sentence &&
    // (Not "the candidate for Donald Trump", "for Ana Ruiz's old seat": a person's name, or a possessive after it.)
    !POSSESSIVE.test(after?.text ?? '') &&
    !(SEAT_FOR_A_PERSON.has(twoBack.lower) && lex.given.has(first.lower)) &&
    ((before!.lower === 'for' && SEAT_FOR.has(twoBack.lower)) ||
      (before!.lower === 'of' && PLACE_UNIT_OF.has(twoBack.lower) && tokens[c.start - 3]?.lower === 'the'))
  ) {
    c.type = 'LOC';
    c.evidence.push('place word first');
    return;
  }
  // "at Tunbridge Wells", "in Kirkby Stephen": after "in" or "at", a name whose first word is no given name is a
  // place's ("at Ana Ruiz's house" has one).
  if (
    ws.length >= 2 &&
    !personal &&
    c.honorific === undefined &&
    sameSentence(before) &&
    /^(in|at|near|inside|outside|throughout)$/.test(before!.lower) &&
    !lex.given.has(first.lower) &&
    !/^\p{Lu}\.$/u.test(first.text) &&
    !POSSESSIVE.test(after?.text ?? '')
  ) {
    c.type = 'LOC';
    c.evidence.push('place word first');
    return;
  }
  // "Fort Smith", "Mount Kenya", "San Rafael": a word that opens a place's name (a plural after it names a team,
  // "the San Diego Padres").
  if (ws.length >= 2 && !personal && c.honorific === undefined && PLACE_FIRST_WORDS.has(first.lower) && !/[^s']s$/.test(last.lower)) {
    c.type = 'LOC';
    c.evidence.push('place word first');
    return;
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
  // So it does after "a" ("stopped at a Tim Hortons", "a Best Buy on Main Street"), unless it modifies the noun
  // that follows ("a Taylor Swift concert", "an Ana Ruiz fan").
  const indefinite = sameSentence(before) && /^(a|an)$/.test(before!.lower);
  const modifiesNext =
    sameSentence(after) &&
    after!.kind === 'word' &&
    !after!.cap &&
    !FUNCTION_WORDS.has(after!.lower) &&
    !VERBS_AFTER_A_SUBJECT.has(after!.lower) &&
    !STRONG_SPEECH_VERBS.has(after!.lower);
  if (ws.length >= 2 && !c.title && c.honorific === undefined && indefinite && !modifiesNext) {
    c.type = null;
    c.evidence.push('after "a"');
    return;
  }
  if (ws.length >= 2 && !c.title && c.honorific === undefined && afterThe && first.lower !== 'the' && !modifies) {
    const acts = sameSentence(after) && (VERBS_AFTER_A_SUBJECT.has(after!.lower) || ORG_VERBS.test(after!.lower));
    c.type = acts ? 'ORG' : null;
    c.evidence.push('after "the"');
    return;
  }

  // "Johnson Controls", "Harbour Instruments": a name ending in a plural everyday word that is no surname names a
  // company or a group, not a person (which of the two, the words alone do not say).
  if (
    ws.length >= 2 &&
    !personal &&
    c.honorific === undefined &&
    /[^s'u]s$/.test(last.lower) &&
    lex.common.has(last.lower) &&
    !lex.surnames.has(last.lower) &&
    !lex.given.has(last.lower) &&
    // Not in a headline in title case, where the word is a verb ("Hillary Clinton Speaks", "Clinton Breaks With …").
    !titleCased(tokens, c.start)
  ) {
    c.type = null;
    c.evidence.push('type word at the end');
    return;
  }

  // "Virginia Tech", "Brooklyn Nets": a place's name that is also a given name, before an everyday word that is no
  // surname, names a body, not a person ("Paris Hilton", "Chad Ogea" have surnames, or names in no list).
  if (
    ws.length === 2 &&
    !personal &&
    c.honorific === undefined &&
    lex.places.has(first.lower) &&
    lex.given.has(first.lower) &&
    !lex.surnames.has(last.lower) &&
    !lex.given.has(last.lower) &&
    lex.common.has(last.lower)
  ) {
    const acts = sameSentence(after) && (VERBS_AFTER_A_SUBJECT.has(after!.lower) || ORG_VERBS.test(after!.lower));
    c.type = acts ? 'ORG' : null;
    c.evidence.push('place word first');
    return;
  }

  // "Statistics Canada said", "across Atlantic Canada": everyday words that are no names, then a country, name a
  // body or a region ("Michael Jordan" has a given name first).
  if (
    ws.length >= 2 &&
    !c.title &&
    c.honorific === undefined &&
    COUNTRIES.has(last.lower) &&
    !lex.places.has(lower) &&
    // ("Hockey Canada", "Rugby Australia": a sport's governing body.)
    ws
      .slice(0, -1)
      .every((w) => (lex.common.has(w.lower) || lex.places.has(w.lower) || SPORTS_WORDS.has(w.lower)) && !lex.given.has(w.lower) && !lex.surnames.has(w.lower))
  ) {
    const acts = sameSentence(after) && (VERBS_AFTER_A_SUBJECT.has(after!.lower) || ORG_VERBS.test(after!.lower) || STRONG_SPEECH_VERBS.has(after!.lower));
    // ("Atlantic Canada": a place's part of the country.)
    c.type = acts ? 'ORG' : lex.places.has(first.lower) ? 'LOC' : null;
    c.evidence.push('everyday word then a country');
    return;
  }
  // People.
  const given = lex.given.has(first.lower);
  let score = context;
  if (given && core.length >= 2) {
    score += PERSON_WEIGHTS.givenName;
    c.evidence.push('given name');
  }
  if (core.length >= 2 && lex.surnames.has(last.lower)) {
    score += PERSON_WEIGHTS.surname;
    c.evidence.push('surname');
  }
  if (ws.some((w) => /^\p{Lu}\.$/u.test(w.text)) && core.length >= 2) score += PERSON_WEIGHTS.initial;
  if (ws.some((w) => NAME_PARTICLES.has(w.lower))) score += PERSON_WEIGHTS.particle;
  // Surnames are often words too (Bush, Rice, Young): after a given name, the last word's commonness is no evidence.
  const commonWords = core.filter(
    (w, k) => lex.common.has(w.lower) && !lex.given.has(w.lower) && !lex.surnames.has(w.lower) && !(given && k === core.length - 1),
  ).length;
  score -= commonWords * PERSON_WEIGHTS.commonWord;
  const nameWords = core.filter((w) => lex.given.has(w.lower) || lex.surnames.has(w.lower) || /^\p{Lu}\.$/u.test(w.text)).length;

  if (headline) {
    // Capitals say nothing in a headline: a person there needs a title, or a given name and a surname.
    // (A surname in no list counts when it is no everyday word: "Rand Paul Scores Direct Hit On Donald Trump".)
    const surname =
      lex.surnames.has(last.lower) ||
      (NAME_SHAPE.test(last.text) && !lex.common.has(last.lower) && !lex.places.has(last.lower) && !ORG_HEADS.has(last.lower) && !NOT_NAMES.has(last.lower));
    if (c.title?.text || (given && core.length >= 2 && core.length <= 4 && surname)) c.type = 'PER';
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
  // "Xiao Qiang", "Nguyen Van An", "Park Ji-won": a family name written first, and the rest in no list.
  const familyFirst =
    core.length >= 2 &&
    core.length <= 3 &&
    core.length === ws.length &&
    FAMILY_NAMES_FIRST.has(first.lower) &&
    core
      .slice(1)
      .every((w) => NAME_SHAPE.test(w.text) && !lex.common.has(w.lower) && !lex.places.has(w.lower) && !ORG_HEADS.has(w.lower) && !NOT_NAMES.has(w.lower)) &&
    (!lex.common.has(first.lower) || KOREAN_GIVEN_SHAPE.test(core[1]!.text)) &&
    !lex.places.has(core.map((w) => w.lower).join(' ')) &&
    !(sameSentence(before) && (PLACE_BEFORE.test(before!.lower) || before!.lower === 'the'));
  if (familyFirst && (unknownName || KOREAN_GIVEN_SHAPE.test(core[1]!.text) || !lex.given.has(core[1]!.lower))) {
    c.evidence.push('family name first');
    c.surnameFirst = true;
    c.type = 'PER';
    return;
  }
  if (unknownName) {
    c.evidence.push('name-shaped words in no list');
    // Alone, the shape is not enough (places and companies have such names too): something around must call
    // for a person, or the last word must come back alone as a surname (settled across the document).
    // An auxiliary alone says nothing ("Baikonur Cosmodrome is", "… was closed"); "has" or "had" and a participle
    // say someone acted ("Tarek Halabi had put Oman ahead").
    const acted = (t: NlpToken | undefined) => !!t && t.sentence === first.sentence && t.kind === 'word' && !t.cap && PAST_PARTICIPLE.test(t.lower);
    const personVerb = (strongSpeech || weakSpeech) && (!AUXILIARY_VERBS.has(after!.lower) || (/^ha[sd]$/.test(after!.lower) && acted(after2)));
    // "dissident Wang Donghai", "striker Haim Hajaj": a lower-case word for someone who does something, right before.
    const agentBefore =
      sameSentence(before) && before!.kind === 'word' && !before!.cap && AGENT_NOUN.test(before!.lower) && !NOT_AGENT_NOUNS.has(before!.lower);
    if (context >= PERSONAL_CONTEXT || personVerb || c.title || agentBefore || (sameSentence(before) && PERSON_OBJECT.test(before!.lower))) {
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
  // "Marisa Dell airport", "the Jackson Hole symposium", "Brent crude": a place's, an event's or a thing's name, with
  // nothing but its words for a person (no title, no honorific).
  const thingAfter = sameSentence(after) && after!.kind === 'word' && !after!.cap && (PLACE_AFTER.test(after!.lower) || THING_AFTER_NAME.test(after!.lower));
  if (thingAfter && !c.title && c.honorific === undefined && context < PERSONAL_CONTEXT) {
    c.type = null;
    c.evidence.push('place or thing noun after');
    return;
  }
  // Or one short of it, where every word is a name's or in no list and one is a known name.
  if (score >= PERSON_SCORE || (core.length >= 2 && score >= PERSON_SCORE - 1 && nameWords >= 1 && commonWords === 0)) {
    c.type = 'PER';
    return;
  }
  if (core.length === 1 && context >= PERSONAL_CONTEXT && !lex.common.has(first.lower) && !NOT_NAMES.has(first.lower)) {
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
    standsAlone(tokens, c) &&
    // "In Chelsea, the mayor said", "near Austin": a place's name after a preposition of place ("from Mary" is a
    // letter's sender, "to Mary" its reader: those stay).
    !(sameSentence(before) && /^(in|at|near|outside|inside|across|throughout)$/.test(before!.lower))
  ) {
    c.type = 'PER';
    c.evidence.push('a given name alone');
    return;
  }
  c.type = null;
}

/** Words that open a description set off by commas after a name ("Serhii Kuzmenko, a crane operator at the port, said"). */
const DESCRIPTION_OPENERS = /^(a|an|the|his|her|their|its|one|another)$/;

/**
 * "Serhii Kuzmenko, a crane driver at the port, said": a description of someone set off by commas (its head, the
 * last word before a preposition, a noun for a person: a title, kin, or one who does something), then a verb of
 * saying. Not a body's ("Harbor Freight, the tool retailer, said"), nor a list ("Kuzmenko, the port and the union
 * said" has no second comma before the verb).
 */
function describedThenSpeech(tokens: NlpToken[], c: Chunk): boolean {
  const sentence = tokens[c.start]!.sentence;
  if (tokens[c.end]?.text !== ',' || !DESCRIPTION_OPENERS.test(tokens[c.end + 1]?.lower ?? '')) return false;
  let head: NlpToken | undefined;
  let headDone = false;
  for (let k = c.end + 2; k < c.end + 16; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence) return false;
    if (t.text === ',') {
      const verb = tokens[k + 1];
      if (!verb || verb.sentence !== sentence || !STRONG_SPEECH_VERBS.has(verb.lower) || !head) return false;
      const h = head.lower;
      const body = SPEAKING_BODIES.has(h) || ORG_CONTEXT_BEFORE.has(h);
      return !body && (TITLES.has(h) || KIN_NOUNS.has(h) || AGENT_NOUN.test(h) || /\p{L}(man|woman|person)$/u.test(h));
    }
    if (t.kind === 'punct' && !/^[-'\u2019&.]$/.test(t.text)) return false;
    if (t.kind === 'word' && (t.lower === 'and' || t.lower === 'or')) return false;
    if (PREPOSITIONS.has(t.lower)) headDone = true;
    else if (!headDone && t.kind === 'word') head = t;
  }
  return false;
}

/** Possessive determiners before a noun of kin ("her friend", "my late father"). */
const KIN_OWNERS = /^(his|her|their|my|our|your)$/;

/**
 * "her friend Maddie Okafor", "the victim's mother, Lisa Fenn", "his late wife Dana": a noun of kin with a possessive
 * before it (a few lower-case words or an age may stand between: "her 17-year-old son"), right before the name or
 * before its comma.
 */
function kinBefore(tokens: NlpToken[], c: Chunk): boolean {
  if (c.title) return false;
  const sentence = tokens[c.start]!.sentence;
  let k = tokens[c.start - 1]?.text === ',' ? c.start - 2 : c.start - 1;
  const kin = tokens[k];
  if (!kin || kin.sentence !== sentence || kin.kind !== 'word' || kin.cap || !KIN_NOUNS.has(kin.lower)) return false;
  for (let n = 0; n < 4; n++) {
    const t = tokens[--k];
    if (!t || t.sentence !== sentence) return false;
    if (KIN_OWNERS.test(t.lower) || POSSESSIVE.test(t.text)) return true;
    if (t.cap || (t.kind === 'punct' && !/^[-\u2010\u2011]$/.test(t.text))) return false;
  }
  return false;
}

/**
 * Nothing beside a one-word name makes it something else than a name standing alone: a title's words ("Anne of a
 * Thousand Days"), a nickname in quotes, a team in a results line ("Lotte 6"), part of an address ("Kevin.A.Boone@…")
 * or of a file's name ("Lisa_resume.doc").
 */
export function standsAlone(tokens: NlpToken[], c: Chunk): boolean {
  const t = tokens[c.start]!;
  const before = tokens[c.start - 1];
  const after = tokens[c.end];
  if (after && (after.kind === 'number' || /^["\u201c\u201d(')]$/.test(after.text) || after.lower === 'of')) return false;
  if (before && /^["\u201c\u201d(']$/.test(before.text)) return false;
  const joined = (a: NlpToken | undefined, b: NlpToken | undefined) => !!a && !!b && a.end === b.start;
  return !(joined(t, after) && /^[.@_]$/.test(after!.text)) && !(joined(before, t) && /^[.@_]$/.test(before!.text));
}
