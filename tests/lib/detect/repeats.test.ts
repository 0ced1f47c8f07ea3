import { describe, expect, test } from 'vitest';
import { boundedEditDistance, detectRepeats } from '../../../lib/detect/repeats';

// Fixture paragraphs written for these tests (never taken from a corpus).
const P = {
  harbour:
    'The harbour authority said on Tuesday that the new breakwater would be finished before the winter storms, two years later than first promised and at nearly twice the budget.',
  council:
    'Members of the regional council voted eleven to four to delay the vote on the water charges until the auditors have reported on the utility’s accounts.',
  mayor: '“We will not ask families to pay more for a service that still leaks a third of what it pumps,” the mayor told reporters outside the chamber.',
  ferries: 'Ferry operators have warned that the delay could push some routes to the spring timetable, when fares usually rise for the tourist season.',
  fishers: 'Local fishing crews, who have moored in the old basin since the works began, said the dredging had already changed where the bass feed.',
};

const find = (paras: string[]) => detectRepeats(paras).map(({ paragraph, of, kind, boilerplate }) => ({ paragraph, of, kind, boilerplate }));

describe('exact repeats', () => {
  test.each([
    ['identical', P.harbour, P.harbour],
    ['case and spacing', P.harbour, P.harbour.toUpperCase().replace(/ /g, '  ')],
    ['curly quotes made straight', P.mayor, P.mayor.replace(/[“”]/g, '"').replace(/’/g, "'")],
    ['dashes and non-breaking spaces', P.council.replace('to four', '-\u00a0four'), P.council.replace('to four', '\u2013 four')],
  ])('%s', (_name, original, copy) => {
    expect(detectRepeats([original, P.ferries, copy])).toEqual([{ paragraph: 2, of: 0, similarity: 1, kind: 'exact', boilerplate: false }]);
  });

  test('a run of repeated paragraphs names each first occurrence (scraped story)', () => {
    const paras = [P.harbour, P.council, P.mayor, P.ferries, P.fishers, P.council, P.mayor, P.ferries, P.fishers];
    expect(find(paras)).toEqual([
      { paragraph: 5, of: 1, kind: 'exact', boilerplate: false },
      { paragraph: 6, of: 2, kind: 'exact', boilerplate: false },
      { paragraph: 7, of: 3, kind: 'exact', boilerplate: false },
      { paragraph: 8, of: 4, kind: 'exact', boilerplate: false },
    ]);
  });

  test('a third copy points at the first, not the second', () => {
    expect(find([P.harbour, P.harbour, P.harbour]).map((r) => r.of)).toEqual([0, 0]);
  });
});

describe('near repeats', () => {
  test.each([
    ['two words changed', P.harbour, P.harbour.replace('Tuesday', 'Wednesday').replace('nearly', 'almost')],
    ['a word inserted', P.council, P.council.replace('voted', 'narrowly voted')],
    ['a word dropped', P.fishers, P.fishers.replace(' already', '')],
    ['three edits', P.harbour, P.harbour.replace('new ', '').replace('two years', 'three years').replace('winter', 'first winter')],
    ['punctuation only', P.ferries, P.ferries.replace(/,/g, '')],
  ])('%s', (_name, original, copy) => {
    const r = detectRepeats([original, P.mayor, copy]);
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ paragraph: 2, of: 0, kind: 'near', boilerplate: false });
    expect(r[0]!.similarity).toBeGreaterThanOrEqual(0.75);
    expect(r[0]!.similarity).toBeLessThanOrEqual(1);
  });

  test('similarity falls as edits grow', () => {
    const one = detectRepeats([P.harbour, P.harbour.replace('breakwater', 'seawall')])[0]!;
    const three = detectRepeats([P.harbour, P.harbour.replace('breakwater', 'seawall').replace('winter', 'autumn').replace('twice', 'thrice')])[0]!;
    expect(one.similarity).toBeGreaterThan(three.similarity);
  });
});

describe('contained repeats', () => {
  test('a pull quote repeating a sentence of the body', () => {
    const pull = 'We will not ask families to pay more for a service that still leaks a third of what it pumps.';
    expect(find([P.harbour, P.mayor, P.ferries, pull])).toEqual([{ paragraph: 3, of: 1, kind: 'contained', boilerplate: false }]);
  });

  test('a pull quote placed before the body sentence is still the repeat', () => {
    const pull = 'the dredging had already changed where the bass feed';
    expect(find([pull, P.harbour, P.fishers])).toEqual([{ paragraph: 0, of: 2, kind: 'contained', boilerplate: false }]);
  });
});

describe('no false alarms', () => {
  test('distinct paragraphs on one subject', () => {
    expect(detectRepeats(Object.values(P))).toEqual([]);
  });

  test.each([
    [
      'templated sentences with different subjects',
      ['Acme provides the source code for its compiler under the MIT licence.', 'Initech provides the source code for its compiler under the MIT licence.'],
    ],
    [
      'templated sentences with different numbers',
      ['Turnout in the northern district was 61 per cent, officials said.', 'Turnout in the northern district was 48 per cent, officials said.'],
    ],
    [
      'a listing that shares a template with many entries',
      [
        'Harbour Lights is currently streaming on Netflix and available to digitally rent on Google Play and YouTube.',
        'The Long Tide is currently streaming on Hulu and available to digitally rent on Google Play and YouTube.',
        'Salt Road is currently streaming on Amazon Prime and available to digitally rent on iTunes and YouTube.',
        'Night Ferry is currently streaming on Netflix and available to digitally rent on Vudu and Google Play.',
        'Grey Pier is currently streaming on Hulu and available to digitally rent on Amazon and Google Play.',
      ],
    ],
    ['short lines that differ', ['Photo: Ana Ruiz', 'Photo: Tom Field']],
  ])('%s', (_name, paras) => {
    expect(detectRepeats(paras)).toEqual([]);
  });
});

describe('templates: one word or short phrase substituted in the same place', () => {
  const tail = 'provides the source code for its parking app on a public website, the press office said on Monday.';
  const acme30 =
    'provides the source code for its compiler under the MIT licence, publishes a security advisory for every release and answers reports from researchers within five days, the company said.';
  test.each([
    ['lower-case subjects', `The mayor ${tail}`, `The council ${tail}`],
    ['a subject phrase for a word', `The mayor ${tail}`, `The city transport office ${tail}`],
    ['names with an inner capital', `macOS ${tail}`, `iOS ${tail}`],
    ['a name swapped in a 30-word paragraph', `Acme ${acme30}`, `Initech ${acme30}`],
    ['a lower-case subject in a long one-sentence paragraph', `The mayor ${acme30}`, `The council ${acme30}`],
    ['a number swapped in a short paragraph', 'Turnout in the northern district was 61 per cent.', 'Turnout in the northern district was 48 per cent.'],
  ])('%s is not a repeat', (_name, a, b) => {
    expect(a.split(' ').length).toBeGreaterThan(8);
    expect(detectRepeats([a, P.harbour, b])).toEqual([]);
  });

  test('the 30-word fixture is 30 words', () => {
    expect(`Acme ${acme30}`.split(' ')).toHaveLength(30);
  });

  test.each([
    ['a word changed mid-sentence', P.harbour, P.harbour.replace('breakwater', 'seawall')],
    ['a word changed in a long paragraph', `${P.harbour} ${P.ferries}`, `${P.harbour} ${P.ferries}`.replace('routes', 'crossings')],
    ['a word inserted after the subject', P.council, P.council.replace('voted', 'narrowly voted')],
    // "Many" for "Most" is a quantifier changed, not another subject (the function words of lib/data/organizations.ts).
    ['a capitalised quantifier changed', `Most ${P.ferries}`, `Many ${P.ferries}`],
    ['the subject changed and a word dropped elsewhere', P.fishers, P.fishers.replace('Local', 'Inshore').replace(' already', '')],
    ['a name changed and another word changed', `Acme ${acme30}`, `Initech ${acme30}`.replace('five', 'ten')],
    [
      'a subject changed in a later sentence of a long paragraph',
      `${P.harbour} ${P.ferries}`,
      `${P.harbour} ${P.ferries.replace('Ferry operators', 'Ferry unions')}`,
    ],
  ])('a near copy is still found: %s', (_name, a, b) => {
    expect(find([a, P.mayor, b])).toEqual([{ paragraph: 2, of: 0, kind: 'near', boilerplate: false }]);
  });
});

describe('which paragraph is the repeat when one contains the other', () => {
  const base =
    'Water from the reservoir will be rationed to four hours a day in the eastern districts from next week, and tankers will serve the hospitals and the schools';
  const longer = `${base}, officials from the regional council said late on Tuesday evening.`;
  test.each([
    ['a later, longer copy is the near repeat of the earlier paragraph', [base, P.ferries, longer], { paragraph: 2, of: 0, kind: 'near' }],
    ['an earlier, longer paragraph: the later shorter one is contained', [longer, P.ferries, base], { paragraph: 2, of: 0, kind: 'contained' }],
    [
      'a pull quote after its paragraph is contained',
      [P.mayor, P.ferries, 'We will not ask families to pay more for a service that still leaks a third of what it pumps.'],
      { paragraph: 2, of: 0, kind: 'contained' },
    ],
    [
      'a pull-quote-sized line before its paragraph is still the repeat',
      ['We will not ask families to pay more for a service that still leaks a third of what it pumps.', P.ferries, P.mayor],
      { paragraph: 0, of: 2, kind: 'contained' },
    ],
    [
      'a short fragment before a much longer paragraph is the repeat',
      ['the dredging had already changed where the bass feed', P.harbour, P.fishers],
      { paragraph: 0, of: 2, kind: 'contained' },
    ],
  ])('%s', (_name, paras, expected) => {
    expect(find(paras as string[])).toEqual([{ ...expected, boilerplate: false }]);
  });

  test('the base paragraph is longer than a pull quote', () => {
    expect(base.split(' ').length).toBeGreaterThan(20);
  });
});

describe('boilerplate', () => {
  test.each([
    ['Advertisement'],
    ['Continue reading the main story'],
    ['Photograph: Ana Ruiz/Harbour Press Agency'],
    ['Image 3 of 12: Crews at the old basin during the dredging works, which began last spring.'],
    ['Sign up for our morning newsletter to get the day’s top stories in your inbox.'],
  ])('%s, repeated, is boilerplate', (line) => {
    const r = detectRepeats([line, P.harbour, line, P.council, line]);
    expect(r.map((x) => [x.paragraph, x.of, x.boilerplate])).toEqual([
      [2, 0, true],
      [4, 0, true],
    ]);
  });

  test('a repeated caption block is boilerplate whatever its length', () => {
    const caption = 'Crews from three contractors worked through the night to pour the last sections of the breakwater before the tide turned.';
    const r = detectRepeats([caption, P.harbour, caption], { kinds: ['caption', 'paragraph', 'caption'] });
    expect(r[0]).toMatchObject({ paragraph: 2, boilerplate: true });
  });

  test('a caption above the body paragraph it repeats is the copy; the paragraph is the original', () => {
    const r = detectRepeats([P.mayor, P.harbour, P.mayor], { kinds: ['caption', 'paragraph', 'paragraph'] });
    expect(r).toEqual([{ paragraph: 0, of: 2, similarity: 1, kind: 'exact', boilerplate: true }]);
    // Nearly the same words too.
    const near = detectRepeats([P.mayor.replace('outside the chamber', 'outside the council chamber'), P.harbour, P.mayor], {
      kinds: ['caption', 'paragraph', 'paragraph'],
    });
    expect(near).toEqual([expect.objectContaining({ paragraph: 0, of: 2, kind: 'near', boilerplate: true })]);
    // Without kinds (plain text), the later one repeats the earlier.
    expect(detectRepeats([P.mayor, P.harbour, P.mayor])[0]).toMatchObject({ paragraph: 2, of: 0 });
  });

  test('a repeated content paragraph is not boilerplate', () => {
    expect(detectRepeats([P.mayor, P.mayor])[0]!.boilerplate).toBe(false);
  });
});

describe('edge cases', () => {
  test('empty and white-space paragraphs are ignored', () => {
    expect(detectRepeats(['', '   ', '', P.harbour])).toEqual([]);
  });

  test('non-Latin scripts', () => {
    const ja = '港湾局は火曜日、新しい防波堤が冬の嵐の前に完成すると発表した。当初の約束より二年遅れ、予算はほぼ二倍になる。';
    const r = detectRepeats([ja, P.harbour, ja.replace('火曜日', '水曜日')]);
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ paragraph: 2, of: 0, kind: 'near' });
  });

  test('hostile text is only text', () => {
    const evil = '<img src=x onerror=alert(1)> "); DROP TABLE pages; -- \u202e\u0000';
    expect(() => detectRepeats([evil, evil, '\ud800'])).not.toThrow();
    expect(detectRepeats([evil, evil])).toHaveLength(1);
  });
});

describe('boundedEditDistance', () => {
  const ids = (s: string) => Int32Array.from(s.split(''), (c) => c.charCodeAt(0));
  test.each([
    ['abc', 'abc', 0],
    ['abc', 'abd', 2],
    ['abc', 'ab', 1],
    ['', 'abc', 3],
    ['kitten', 'sitting', 5],
  ])('%s → %s = %i', (a, b, d) => {
    expect(boundedEditDistance(ids(a), ids(b), 10)).toBe(d);
  });
  test('gives up past the bound', () => {
    expect(boundedEditDistance(ids('abcdef'), ids('uvwxyz'), 4)).toBe(-1);
  });
});
