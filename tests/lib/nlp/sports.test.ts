import { describe, expect, test } from 'vitest';
import { findEntities } from '../../../lib/nlp/entities';

/** Every name found, as written, with its type, in text order. */
function found(text: string): [string, string | null][] {
  const { tokens, chunks } = findEntities(text);
  return chunks.map((c) => [text.slice(tokens[c.start]!.start, tokens[c.end - 1]!.end), c.type]);
}
/** The type of each name (the last mention's, where a name comes back). */
const typed = (text: string): Record<string, string | null> => Object.fromEntries(found(text));
const orgs = (text: string) => found(text).filter(([, type]) => type === 'ORG');

// Lines written for these tests; the teams, players and places are invented.
describe('results, tables, fixtures, scorecards and line-ups (invented)', () => {
  test.each([
    // Two sides head to head, each with its score.
    [
      'Results on Saturday:\nBrackwater 3 Ellsworth 1\nTarnfield 0 Corrow Athletic 2',
      { Brackwater: 'ORG', Ellsworth: 'ORG', Tarnfield: 'ORG', 'Corrow Athletic': 'ORG' },
    ],
    // In a sports report, any two names with scores.
    ['County championship match results:\nAshby 296 and 108-3 , Felbridge 183 .', { Ashby: 'ORG', Felbridge: 'ORG' }],
    ['Cricket league:\nAshby 22 points , Felbridge 4 .', { Ashby: 'ORG', Felbridge: 'ORG' }],
    // Table rows: one name, then the numbers, three rows or more.
    ['League standings:\nBrackwater 3 1 0 6 1 10\nEllsworth 3 0 1 13 10 9\nTarnfield 3 0 0 3 2 9 0', { Brackwater: 'ORG', Ellsworth: 'ORG', Tarnfield: 'ORG' }],
    // A list of fixtures.
    ['Fixtures:\nTarnfield v Felbridge\nCorrow v Ashdale', { Tarnfield: 'ORG', Felbridge: 'ORG', Corrow: 'ORG', Ashdale: 'ORG' }],
    ['Tour dates:\nMay 17 v Felbridge\nMay 20 v Corrow', { Felbridge: 'ORG', Corrow: 'ORG' }],
  ])('sides: %s', (text, expected) => {
    expect(typed(text)).toMatchObject(expected);
  });

  test('a country plays as the place; a scorer in brackets is a player', () => {
    expect(typed('Brackwater 3 ( Tollan 12 , Quarrie 55 ) Ellsworth 1 ( Venn 80 )')).toMatchObject({
      Brackwater: 'ORG',
      Ellsworth: 'ORG',
      Tollan: 'PER',
      Quarrie: 'PER',
      Venn: 'PER',
    });
    expect(typed('Germany 2 France 1 .').Germany).toBe('LOC');
    expect(orgs('Germany 2 France 1 .')).toEqual([]);
  });

  test('in a sports report, a plural name after "the" is a team; a party or a people is not', () => {
    const types = typed(
      'The Harbour City Gulls routed the Corsairs 10-0 in the league match. Ola Berg hit a homer for the Tarnlings, and the Democrats cheered.',
    );
    expect(types).toMatchObject({ Corsairs: 'ORG', Tarnlings: 'ORG' });
    expect(types.Democrats ?? null).not.toBe('ORG');
    // Not outside a sports report.
    expect(typed('He walked with the Tarnlings along the shore.').Tarnlings ?? null).not.toBe('ORG');
  });

  test('…in a report with no score line too; not a family, a faith or an event', () => {
    const text =
      'The Corsairs routed the Gulls in the league match at the stadium on Sunday. The Smiths, who own the club, watched, and fans chanted about the Muslims before the Olympics.';
    expect(orgs(text).map(([name]) => name)).toEqual(['Corsairs', 'Gulls']);
  });

  test('a scorecard: every name on a batting line, and before bowling figures, is a player', () => {
    expect(typed('J. Harrow c Tollan b Quarrie 13\nR. Venn lbw b Osgood 4')).toMatchObject({
      'J. Harrow': 'PER',
      Tollan: 'PER',
      Quarrie: 'PER',
      'R. Venn': 'PER',
      Osgood: 'PER',
    });
    expect(typed('Bowling : Dunmore 7-0-29-0 , Pellow 10-1-41-2 .')).toMatchObject({ Dunmore: 'PER', Pellow: 'PER' });
  });

  test('a numbered line-up: the names after the numbers are players', () => {
    expect(typed('Felbridge - 15 - Dafydd Orrel , 14 - Quenton Harl , 13 - Ysolde Marrick ( Tobin Vast , 48 mins ) .')).toMatchObject({
      'Dafydd Orrel': 'PER',
      'Quenton Harl': 'PER',
      'Ysolde Marrick': 'PER',
    });
  });

  test('players in a table of scores stay players ("Ola Berg 69 Ravi Tell 70")', () => {
    expect(typed('Leaders after two rounds:\n140 Ola Berg 69 71 Ravi Tell 70 70 Anna Lund 72 68')).toMatchObject({
      'Ola Berg': 'PER',
      'Ravi Tell': 'PER',
      'Anna Lund': 'PER',
    });
  });

  test('a side in a results line is that side in the report above it, not where a place is called for', () => {
    const text = 'Felbridge were bowled out before lunch in the county championship match.\nThe team flew home from Felbridge.\nFelbridge 183 Ashby 296';
    const { tokens, chunks } = findEntities(text);
    // By sentence: the report (0) and the table (2) name the side; "from Felbridge" (1) is the place, or no one.
    const sides = chunks.filter((c) => tokens[c.start]!.text === 'Felbridge' && c.type === 'ORG').map((c) => tokens[c.start]!.sentence);
    expect(sides).toEqual([0, 2]);
  });

  test.each([
    // A tally is no results line: its names stand apart, not head to head, and in no sports report.
    ['New cases by state on Tuesday:\n\nOhio 120, Pennsylvania 95, Arizona 80\n\nOhio Gov. Mike DeWine said Ohio would reopen.'],
    ['A new poll of the race:\n\nSanders 24, Buttigieg 20, Biden 17, Warren 13\n\nWarren called the numbers encouraging.'],
    ['Ward 3: Smith 412, Jones 388. Interstate 95, Route 1 closed.'],
    // A court case, and a match between two players, are no fixtures.
    ['Texas v. Pennsylvania reached the court on Monday. Voters in Texas and Pennsylvania waited.'],
    ['Varkonyi v Tellerup is the final everyone wanted. Varkonyi said he was ready.'],
    ['Ready for Trump vs. Clinton?\n\nDonald Trump spoke first. Later, Trump said he had won, and Trump left.'],
  ])('no sides: %s', (text) => {
    expect(orgs(text)).toEqual([]);
  });

  test('the people of "Trump vs. Clinton" stay people in every mention', () => {
    const text = 'Ready for Trump vs. Clinton?\n\nDonald Trump spoke first. Later, Trump said he had won, and Trump left.';
    expect(found(text).filter(([name]) => name.endsWith('Trump'))).toEqual([
      ['Trump', 'PER'],
      ['Donald Trump', 'PER'],
      ['Trump', 'PER'],
      ['Trump', 'PER'],
    ]);
  });
});
