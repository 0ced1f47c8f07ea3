import { describe, expect, test } from 'vitest';
import { findEntities } from '../../../lib/nlp/entities';

/** Each name found, as written, with its type. */
function typed(text: string): Record<string, string | null> {
  const { tokens, chunks } = findEntities(text);
  const out: Record<string, string | null> = {};
  for (const c of chunks) out[text.slice(tokens[c.start]!.start, tokens[c.end - 1]!.end)] = c.type;
  return out;
}

describe('results, tables, fixtures, scorecards and line-ups (invented)', () => {
  test.each([
    // Results lines: a name before a score is a side.
    [
      'Results on Saturday:\nBrackwater 3 Ellsworth 1\nTarnfield 0 Corrow Athletic 2',
      { Brackwater: 'ORG', Ellsworth: 'ORG', Tarnfield: 'ORG', 'Corrow Athletic': 'ORG' },
    ],
    ['Ashby 296 and 108-3 , Felbridge 183 .', { Ashby: 'ORG', Felbridge: 'ORG' }],
    ['Ashby 22 points , Felbridge 4 .', { Ashby: 'ORG', Felbridge: 'ORG' }],
    // A table row: one name, then the numbers.
    ['Standings:\nBrackwater 3 1 0 6 1 10\nEllsworth 3 0 1 13 10 9', { Brackwater: 'ORG', Ellsworth: 'ORG' }],
    // Fixtures.
    ['Tarnfield v Felbridge was called off.', { Tarnfield: 'ORG', Felbridge: 'ORG' }],
    ['Tour dates:\nMay 17 v Felbridge\nMay 20 v Corrow', { Felbridge: 'ORG', Corrow: 'ORG' }],
  ])('sides: %s', (text, expected) => {
    expect(typed(text)).toMatchObject(expected);
  });

  test('a country plays as the place; a scorer in brackets is a player', () => {
    const found = typed('Brackwater 3 ( Tollan 12 , Quarrie 55 ) Ellsworth 1 ( Venn 80 )\nGermany 2 Italy 1');
    expect(found).toMatchObject({ Brackwater: 'ORG', Ellsworth: 'ORG', Tollan: 'PER', Quarrie: 'PER', Venn: 'PER' });
    expect(found.Germany).not.toBe('ORG');
    expect(found.Italy).not.toBe('ORG');
  });

  test('a scorecard: every name on a batting line, and before bowling figures, is a player', () => {
    const found = typed('J. Harrow c Tollan b Quarrie 13\nR. Venn lbw b Osgood 4\nBowling : Osgood 7-0-29-0 , Quarrie 10-1-41-2 .');
    expect(found).toMatchObject({ 'J. Harrow': 'PER', Tollan: 'PER', Quarrie: 'PER', 'R. Venn': 'PER', Osgood: 'PER' });
  });

  test('a numbered line-up: the names after the numbers are players', () => {
    const found = typed('Felbridge - 15 - Dafydd Orrel , 14 - Quenton Harl , 13 - Ysolde Marrick ( Tobin Vast , 48 mins ) .');
    expect(found).toMatchObject({ 'Dafydd Orrel': 'PER', 'Quenton Harl': 'PER', 'Ysolde Marrick': 'PER' });
  });

  test('players in a table of scores stay players ("Ola Berg 69 71")', () => {
    const found = typed('Leaders after two rounds:\n140 Ola Berg 69 71 , Ravi Tell 70 70 , Anna Lund 72 68');
    expect(found).toMatchObject({ 'Ola Berg': 'PER', 'Ravi Tell': 'PER', 'Anna Lund': 'PER' });
  });

  test.each([
    // Prose with numbers is no results line.
    ['Windows 10 and Office 365 are installed on most of the computers in the school library.', 'Windows'],
    // "vs" before a lower-case word is no fixture.
    ['We attached the Guarantee vs the form of guarantee in the contract.', 'Guarantee'],
    // A date is no side.
    ['May 17 v Felbridge', 'May'],
  ])('no sides: %s', (text, name) => {
    expect(typed(text)[name] ?? null).not.toBe('ORG');
  });

  test('a side in a table is that side in the report above it, not where a place is called for', () => {
    const { tokens, chunks } = findEntities('Felbridge were bowled out before lunch.\nThe team flew home from Felbridge.\nFelbridge 183 , Ashby 296 .');
    // By sentence: the report (0) and the table (2) name the side; "from Felbridge" (1) is the place, or no one.
    const orgs = chunks.filter((c) => tokens[c.start]!.text === 'Felbridge' && c.type === 'ORG').map((c) => tokens[c.start]!.sentence);
    expect(orgs).toEqual([0, 2]);
  });

  test('two people’s names either side of "vs." are no sides', () => {
    const text = 'Ready for Trump vs. Clinton?\n\nDonald Trump spoke first. Later, Trump said he had won, and Trump left.';
    const { tokens, chunks } = findEntities(text);
    expect(chunks.filter((c) => tokens[c.end - 1]!.text === 'Trump').map((c) => c.type)).not.toContain('ORG');
  });

  test('a person by their own evidence is not made a side ("Sampras v Agassi")', () => {
    const found = typed('In the final it was Ana Ruiz v Maria Costa for the title.');
    expect(found).toMatchObject({ 'Ana Ruiz': 'PER', 'Maria Costa': 'PER' });
  });
});
