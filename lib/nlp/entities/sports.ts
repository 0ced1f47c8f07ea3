import { BATTING_WORDS, FIXTURE_WORDS } from '../../data/phrases';
import { MONTHS, PLACE_BEFORE } from '../../data/name-context';
import { COUNTRIES, DEMONYMS } from '../../data/demonyms';
import type { Lexicon } from '../lexicon';
import type { NlpToken } from '../tokenize';
import type { Chunk } from './types';
import { chunkLower } from './chunks';

/**
 * Results, scorecards and line-ups: lines of names and numbers, where no verb or title stands beside a name and
 * the line's shape is what says what the name is.
 *  - A results line ("Rovers 3 Harbour City 1", "Kent 296 and 108-3", "Riverton 22 points , Ashby 4"): two names or
 *    more each followed by a score, few other words. A name before a score is a team (an organisation; a country
 *    is its national side, a place); a name in brackets before a number is a player ("( Haskell 12 , Pruitt 55 )").
 *  - A table row ("Riverton 3 1 0 6 1 10"): one name, then three numbers or more to the end of the line: a team.
 *  - A fixture ("May 17 v Riverton", "Ashby v Kent"): the names either side of "v" are teams.
 *  - A scorecard ("J. Harrow c Tell b Osgood 13", "Bowling : Osgood 7-0-29-0"): every name on a batting line is a
 *    player's, and a name before bowling figures is.
 *  - A numbered line-up ("15 - Ola Berg , 14 - Ravi Tell"): the names after the numbers are players'.
 * A name found to be a person on its own evidence (a given name, an initial, a title) stays one wherever it stands;
 * a team is never made of a person's name, nor are two people's names either side of "vs." ("Trump vs. Clinton").
 * Runs after classify.ts; shareSides then makes a side in a table that side in the report above it too.
 */
export function settleSportsLines(tokens: NlpToken[], chunks: Chunk[], lex: Lexicon): void {
  let c = 0;
  for (let a = 0; a < tokens.length; ) {
    let b = a + 1;
    while (b < tokens.length && !tokens[b]!.lineStart) b++;
    const first = c;
    while (c < chunks.length && chunks[c]!.start < b) c++;
    if (c > first) settleLine(tokens, chunks.slice(first, c), a, b, lex);
    a = b;
  }
}

/** A score, a result or a count after a team's name: "3", "296", "108-3"; not a year, a time or a decimal. */
const SCORE = /^\d{1,3}(?:-\d{1,3})?$/;
/** Bowling figures: overs, maidens, runs, wickets ("7-0-29-0"). */
const FIGURES = /^\d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}$/;

function settleLine(tokens: NlpToken[], chunks: Chunk[], a: number, b: number, lex: Lexicon): void {
  // Brackets: a name inside them is a scorer or a substitute, not a side.
  const depth: number[] = [];
  let d = 0;
  for (let k = a; k < b; k++) {
    if (tokens[k]!.text === '(') d++;
    depth.push(d);
    if (tokens[k]!.text === ')' && d > 0) d--;
  }
  const inBrackets = (c: Chunk) => depth[c.start - a]! > 0;
  const next = (c: Chunk) => (c.end < b ? tokens[c.end] : undefined);
  const scored = (c: Chunk) => next(c)?.kind === 'number' && SCORE.test(next(c)!.text);
  // Words of the line that are no name's and no number: a results line has few.
  const inChunk = new Set<number>();
  for (const c of chunks) for (let k = c.start; k < c.end; k++) inChunk.add(k);
  let words = 0;
  let prose = 0;
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    words++;
    if (!inChunk.has(k) && !t.cap) prose++;
  }

  // A scorecard's batting line opens with the batter and a mode of dismissal, and ends in the runs.
  const lastToken = lastNonPunct(tokens, a, b);
  const mode = chunks[0]!.end < b ? tokens[chunks[0]!.end]! : undefined;
  const batting = chunks[0]!.start === a && !!mode && BATTING_WORDS.has(mode.lower) && !mode.cap && lastToken?.kind === 'number';
  if (batting) {
    for (const c of chunks) player(c);
    return;
  }
  for (const c of chunks) if (next(c)?.kind === 'number' && FIGURES.test(next(c)!.text)) player(c);
  // "15 - Ola Berg , 14 - Ravi Tell , 13 - …": three numbered names or more.
  const numbered = chunks.filter((c) => tokens[c.start - 1]?.text === '-' && tokens[c.start - 2]?.kind === 'number' && c.start - 2 >= a);
  if (numbered.length >= 3) for (const c of numbered) player(c);

  const sides = chunks.filter((c) => scored(c) && !inBrackets(c));
  const results = sides.length >= 2 && prose * 3 <= words;
  // A table row: the line's only name, first, then nothing but three numbers or more.
  const rest = tokens.slice(chunks[0]!.end, b);
  const row =
    chunks.length === 1 &&
    chunks[0]!.start === a &&
    scored(chunks[0]!) &&
    rest.filter((t) => t.kind === 'number').length >= 3 &&
    rest.every((t) => t.kind === 'number' || t.kind === 'punct');
  if (results || row) {
    // A line of players' scores (a golf or an athletics table: "Ola Berg 69 71 , Ravi Tell 70 70"): sides that
    // are people on their own evidence make the others people too.
    const players = sides.filter(ownPerson).length * 2 > sides.length;
    for (const c of sides) {
      if (players) player(c);
      else team(c, tokens, lex);
    }
    if (results) for (const c of chunks) if (inBrackets(c) && scored(c)) player(c);
  }
  // "Ashby v Kent", and in a list of fixtures "May 17 v Kent": a name on each side of "v" (or a date before it).
  for (let k = 0; k < chunks.length; k++) {
    const c = chunks[k]!;
    const v = tokens[c.end];
    if (!v || c.end >= b || !FIXTURE_WORDS.has(v.text)) continue;
    const other = chunks[k + 1];
    if (!other || other.start !== c.end + 1) continue;
    // "Trump vs. Clinton", "Roe v. Wade": people, or a case, not sides.
    if (personLike(c, tokens, lex) || personLike(other, tokens, lex)) continue;
    team(other, tokens, lex);
    team(c, tokens, lex);
  }
  // "May 17 v Kent": the date is no side.
  const startsAt = new Map(chunks.map((c) => [c.start, c]));
  for (let k = a + 1; k + 1 < b; k++) {
    if (!FIXTURE_WORDS.has(tokens[k]!.text) || tokens[k - 1]!.kind !== 'number') continue;
    const other = startsAt.get(k + 1);
    if (other) team(other, tokens, lex);
  }
}

function lastNonPunct(tokens: NlpToken[], a: number, b: number): NlpToken | undefined {
  for (let k = b - 1; k >= a; k--) if (tokens[k]!.kind !== 'punct') return tokens[k];
  return undefined;
}

/** A name the finder saw as a person on its own evidence, not on its words' shape alone. */
function ownPerson(c: Chunk): boolean {
  return (
    c.type === 'PER' &&
    (c.honorific !== undefined || c.evidence.some((e) => e === 'title' || e === 'given name' || e === 'age' || e === 'family name first' || e === 'honorific'))
  );
}

/** A name that is a person's by its words: a given name or a surname that is no place's name. */
function personLike(c: Chunk, tokens: NlpToken[], lex: Lexicon): boolean {
  if (c.type === 'PER') return true;
  const first = tokens[c.start]!.lower;
  const last = tokens[c.end - 1]!.lower;
  return (lex.given.has(first) || lex.surnames.has(last)) && !lex.places.has(chunkLower(tokens, c));
}

function player(c: Chunk): void {
  if (c.type === 'PER' || c.type === 'ORG') return;
  c.type = 'PER';
  c.evidence.push('results line or scorecard');
}

function team(c: Chunk, tokens: NlpToken[], lex: Lexicon): void {
  if (c.type === 'ORG' || ownPerson(c)) return;
  const lower = chunkLower(tokens, c);
  // "May 17": a date, not a side.
  if (MONTHS.test(lower)) return;
  // A country plays as its national side, named as the place.
  if (COUNTRIES.has(lower) || DEMONYMS.has(lower)) return;
  // A surname alone on either side of "v" is a player's ("Sampras v Agassi").
  if (c.type === 'PER' && lex.surnames.has(lower)) return;
  c.type = 'ORG';
  c.evidence.push('results line or scorecard');
}

/**
 * A side in a table is that side in the report on the match ("Ashby 296 … Ashby were bowled out"), where its name
 * was taken for the place; not after a word that calls for a place ("at Ashby", "from Ashby"). After the decisions
 * are shared across the document (settle.ts), so that a name found to be a person's stays one.
 */
export function shareSides(tokens: NlpToken[], chunks: Chunk[]): void {
  const sides = new Set(chunks.filter((k) => k.type === 'ORG' && k.evidence.includes('results line or scorecard')).map((k) => chunkLower(tokens, k)));
  if (!sides.size) return;
  for (const k of chunks) {
    if ((k.type !== 'LOC' && k.type !== null) || !sides.has(chunkLower(tokens, k))) continue;
    const before = tokens[k.start - 1];
    if (before && before.sentence === tokens[k.start]!.sentence && PLACE_BEFORE.test(before.lower)) continue;
    k.type = 'ORG';
    k.evidence.push('organisation elsewhere');
  }
}
