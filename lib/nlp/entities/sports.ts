import { ARTICLES, BATTING_WORDS, FAITHS, FIXTURE_WORDS, SPORTS_WORDS } from '../../data/phrases';
import { EVENT_TYPE_HEADS } from '../../data/name-types';
import { MONTHS, PLACE_BEFORE } from '../../data/name-context';
import { COUNTRIES, DEMONYMS, PARTIES } from '../../data/demonyms';
import type { Lexicon } from '../lexicon';
import type { NlpToken } from '../tokenize';
import type { Chunk } from './types';
import { chunkLower } from './chunks';
import { personOnOwnEvidence } from './settle';

/**
 * Results, scorecards and line-ups: lines of names and numbers, where no verb or title stands beside a name and
 * the line's shape is what says what the name is.
 *  - A results line: two sides head to head, each name followed by its score ("Rovers 3 Harbour City 1"), and few
 *    other words; in a sports report (two SPORTS_WORDS or more), any two names or more followed by scores ("Kent 296
 *    and 108-3 , Essex 183"). Its names before a score are teams (organisations; a country is its national side, a place), a
 *    name in brackets before a number is a player ("( Haskell 12 , Pruitt 55 )"). A tally is no results line
 *    ("Ohio 120, Pennsylvania 95", "Sanders 24, Buttigieg 20"): its names stand apart, not head to head.
 *  - Table rows ("Riverton 3 1 0 6 1 10"): one name, then three numbers or more to the end of the line, three such
 *    lines or more in the document: teams (a place only in a sports report, or where it plays in a results line).
 *  - Fixtures ("May 17 v Riverton"; "Ashby v Kent" in a list of fixtures, "v" twice or more, or in a sports report,
 *    or where one of the two plays in a results line): the names either side of "v" are teams. "Djokovic v Alcaraz" or "Texas v. Pennsylvania" alone is no
 *    fixture.
 *  - A scorecard ("J. Harrow c Tell b Osgood 13", "Bowling : Osgood 7-0-29-0"): every name on a batting line is a
 *    player's, and a name before bowling figures is.
 *  - A numbered line-up ("15 - Ola Berg , 14 - Ravi Tell"): the names after the numbers are players'.
 *  - A nickname in a sports report ("the Pirates routed …"): a plural name after "the" is a team.
 * A name found to be a person on its own evidence (a given name, an initial, a title) stays one wherever it stands.
 * Runs after classify.ts; shareSides then makes a side in a results line that side in the report above it too.
 */
export function settleSportsLines(tokens: NlpToken[], chunks: Chunk[], lex: Lexicon): void {
  const lines: Line[] = [];
  let c = 0;
  for (let a = 0; a < tokens.length; ) {
    let b = a + 1;
    while (b < tokens.length && !tokens[b]!.lineStart) b++;
    const first = c;
    while (c < chunks.length && chunks[c]!.start < b) c++;
    // Only a line where a name stands before a number or "v", or after a number and a dash, can be one of these.
    if (c > first && mayBeSportsLine(tokens, chunks, first, c, b)) lines.push(new Line(tokens, chunks.slice(first, c), a, b));
    a = b;
  }
  // A sports report (SPORTS_WORDS): its lines of names and scores are results even where no two sides stand head to
  // head, and its tables and fixtures name teams, places too.
  const sportsWords = new Set<string>();
  for (const t of tokens) if (t.kind === 'word' && SPORTS_WORDS.has(t.lower)) sportsWords.add(t.lower);
  const sporty = sportsWords.size >= 2;
  if (sporty) teamNicknames(tokens, chunks, lex);
  if (lines.length === 0) return;
  // Results lines and scorecards first: the teams they name make rows and fixtures of the same names teams too.
  const teams = new Set<string>();
  for (const line of lines) settleResults(line, lex, teams, sporty);
  const rows = lines.filter((line) => line.row());
  for (const line of rows.length >= MIN_TABLE_ROWS ? rows : []) {
    const c0 = line.chunks[0]!;
    const name = chunkLower(tokens, c0);
    if (sporty || (!personLike(c0, tokens, lex) && (!lex.places.has(name) || teams.has(name)))) team(c0, tokens);
  }
  // A list of fixtures: "v" or "vs" (without the period of a court case's "v.") twice or more.
  let fixtures = 0;
  for (const t of tokens) if (t.text === 'v' || t.text === 'vs') fixtures++;
  for (const line of lines) settleFixtures(line, lex, teams, sporty || fixtures >= 2);
}

/** A score, a result or a count after a team's name: "3", "296", "108-3"; not a year, a time or a decimal. */
const SCORE = /^\d{1,3}(?:-\d{1,3})?$/;
/** Bowling figures: overs, maidens, runs, wickets ("7-0-29-0"). */
const FIGURES = /^\d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}$/;
/** At most this many tokens in the brackets of scorers after a side's score. */
const MAX_SCORERS_TOKENS = 40;
/** A table has at least this many rows. */
const MIN_TABLE_ROWS = 3;
/** A table row has at least this many numbers after its name. */
const MIN_ROW_NUMBERS = 3;

/** One line of the text (a paragraph, or a line of a table) and the names in it. */
class Line {
  private readonly depth: number[] = [];
  readonly words: number;
  readonly prose: number;

  constructor(
    readonly tokens: NlpToken[],
    readonly chunks: Chunk[],
    readonly a: number,
    readonly b: number,
  ) {
    // Brackets: a name inside them is a scorer or a substitute, not a side.
    let d = 0;
    for (let k = a; k < b; k++) {
      if (tokens[k]!.text === '(') d++;
      this.depth.push(d);
      if (tokens[k]!.text === ')' && d > 0) d--;
    }
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
    this.words = words;
    this.prose = prose;
  }

  inBrackets(c: Chunk): boolean {
    return this.depth[c.start - this.a]! > 0;
  }
  next(c: Chunk): NlpToken | undefined {
    return c.end < this.b ? this.tokens[c.end] : undefined;
  }
  scored(c: Chunk): boolean {
    const n = this.next(c);
    return n?.kind === 'number' && SCORE.test(n.text);
  }
  /** The line's only name, first, then nothing but numbers, three or more. */
  row(): boolean {
    const c0 = this.chunks[0]!;
    if (this.chunks.length !== 1 || c0.start !== this.a || !this.scored(c0)) return false;
    let numbers = 0;
    for (let k = c0.end; k < this.b; k++) {
      const t = this.tokens[k]!;
      if (t.kind === 'number') numbers++;
      else if (t.kind !== 'punct') return false;
    }
    return numbers >= MIN_ROW_NUMBERS;
  }
}

function settleResults(line: Line, lex: Lexicon, teams: Set<string>, sporty: boolean): void {
  const { tokens, chunks, a, b } = line;
  // A scorecard's batting line opens with the batter and a mode of dismissal, and ends in the runs.
  const lastToken = lastNonPunct(tokens, a, b);
  const mode = chunks[0]!.end < b ? tokens[chunks[0]!.end]! : undefined;
  const batting = chunks[0]!.start === a && !!mode && BATTING_WORDS.has(mode.lower) && !mode.cap && lastToken?.kind === 'number';
  if (batting) {
    for (const c of chunks) player(c);
    return;
  }
  for (const c of chunks) if (line.next(c)?.kind === 'number' && FIGURES.test(line.next(c)!.text)) player(c);
  // "15 - Ola Berg , 14 - Ravi Tell , 13 - …": three numbered names or more.
  const numbered = chunks.filter((c) => tokens[c.start - 1]?.text === '-' && tokens[c.start - 2]?.kind === 'number' && c.start - 2 >= a);
  if (numbered.length >= 3) for (const c of numbered) player(c);

  const sides = chunks.filter((c) => line.scored(c) && !line.inBrackets(c));
  // Head to head: a side, its score (and its scorers in brackets), and at once the other side with its own.
  const paired = new Set<Chunk>();
  for (let k = 0; k + 1 < sides.length; k++) {
    let next = sides[k]!.end + 1;
    if (tokens[next]?.text === '(' && next < b) {
      let close = next + 1;
      while (close < b && tokens[close]!.text !== ')' && close - next <= MAX_SCORERS_TOKENS) close++;
      if (tokens[close]?.text === ')') next = close + 1;
    }
    if (next === sides[k + 1]!.start) paired.add(sides[k]!).add(sides[k + 1]!);
  }
  if ((paired.size === 0 && !(sporty && sides.length >= 2)) || line.prose * 3 > line.words) return;
  // A line of players' scores (a golf or an athletics table: "Ola Berg 69 Ravi Tell 70"): sides that are people on
  // their own evidence make the others people too.
  const players = sides.filter(personOnOwnEvidence).length * 2 > sides.length;
  for (const c of sides) {
    if (players) player(c);
    // Sides head to head are teams; another name with a score on the line is, in a sports report or unless it is a
    // person's name.
    else if (paired.has(c) || sporty || !personLike(c, tokens, lex)) {
      team(c, tokens);
      if (c.type === 'ORG') teams.add(chunkLower(tokens, c));
    }
  }
  for (const c of chunks) if (line.inBrackets(c) && line.scored(c)) player(c);
}

/**
 * "Ashby v Kent": in a list of fixtures or a sports report (`listed`), or where one of the two is a team already, or
 * after a date ("May 17 v Kent").
 */
function settleFixtures(line: Line, lex: Lexicon, teams: Set<string>, listed: boolean): void {
  const { tokens, chunks, a, b } = line;
  for (let k = 0; k + 1 < chunks.length; k++) {
    const c = chunks[k]!;
    const other = chunks[k + 1]!;
    if (c.end >= b || !FIXTURE_WORDS.has(tokens[c.end]!.text) || other.start !== c.end + 1) continue;
    const known = teams.has(chunkLower(tokens, c)) || teams.has(chunkLower(tokens, other));
    // Two people's names are a match between players ("Djokovic v Alcaraz"), or a court case.
    if (!known && (!listed || personLike(c, tokens, lex) || personLike(other, tokens, lex))) continue;
    team(c, tokens);
    team(other, tokens);
  }
  // "May 17 v Kent": the date is no side, the name after "v" is.
  const startsAt = new Map(chunks.map((c) => [c.start, c]));
  for (let k = a + 1; k + 1 < b; k++) {
    if (!FIXTURE_WORDS.has(tokens[k]!.text) || tokens[k - 1]!.kind !== 'number') continue;
    const other = startsAt.get(k + 1);
    if (other && (listed || !personLike(other, tokens, lex))) team(other, tokens);
  }
}

/**
 * "the Pirates", "the Brewers": in a sports report, a plural name after "the" is a team's nickname; not a people's,
 * a faith's or a party's ("the Democrats", "the French", "the Muslims"), a family's ("the Smiths": a surname) or an
 * event's ("the Olympics").
 */
function teamNicknames(tokens: NlpToken[], chunks: Chunk[], lex: Lexicon): void {
  for (const c of chunks) {
    if (c.end - c.start !== 1 || (c.type !== null && c.type !== 'MISC') || !ARTICLES.has(tokens[c.start - 1]?.lower ?? '')) continue;
    const word = tokens[c.start]!.lower;
    if (!PLURAL_NAME.test(word)) continue;
    const one = word.slice(0, -1);
    if ([word, one].some((w) => DEMONYMS.has(w) || PARTIES.has(w) || FAITHS.has(w) || EVENT_TYPE_HEADS.has(w)) || lex.surnames.has(one)) continue;
    c.type = 'ORG';
    c.evidence.push('team nickname');
  }
}

/** A plural ending, not a word ending in "ss" or a possessive. */
const PLURAL_NAME = /[^s']s$/;

function mayBeSportsLine(tokens: NlpToken[], chunks: Chunk[], from: number, to: number, b: number): boolean {
  for (let k = from; k < to; k++) {
    const c = chunks[k]!;
    const next = c.end < b ? tokens[c.end] : undefined;
    if (next && (next.kind === 'number' || FIXTURE_WORDS.has(next.text) || BATTING_WORDS.has(next.lower))) return true;
    if (tokens[c.start - 1]?.text === '-' && tokens[c.start - 2]?.kind === 'number') return true;
    if (FIXTURE_WORDS.has(tokens[c.start - 1]?.text ?? '')) return true;
  }
  return false;
}

function lastNonPunct(tokens: NlpToken[], a: number, b: number): NlpToken | undefined {
  for (let k = b - 1; k >= a; k--) if (tokens[k]!.kind !== 'punct') return tokens[k];
  return undefined;
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

function team(c: Chunk, tokens: NlpToken[]): void {
  if (c.type === 'ORG' || personOnOwnEvidence(c)) return;
  const lower = chunkLower(tokens, c);
  // "May 17": a date, not a side.
  if (MONTHS.test(lower)) return;
  // A country plays as its national side, named as the place.
  if (COUNTRIES.has(lower) || DEMONYMS.has(lower)) return;
  c.type = 'ORG';
  c.evidence.push('results line or scorecard');
}

/**
 * A side in a results line or a table is that side in the report on the match ("Ashby 296 … Ashby were bowled out"),
 * where its name was taken for the place; not after a word that calls for a place ("at Ashby", "from Ashby"). After
 * the decisions are shared across the document (settle.ts), so that a name found to be a person's stays one.
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
