import { describe, expect, test } from 'vitest';
import { entryOf, type EntryPerson, type LibraryEntry } from '../../../lib/library/entry';
import { pageRecord } from '../../helpers/records';
import { atMention, peopleIndex } from '../../../lib/library/people';

let k = 0;
function entry(people: Partial<EntryPerson>[], quotes: { text: string; person: number }[] = []): LibraryEntry {
  k++;
  return {
    key: `https://n.example/${k}`,
    url: `https://n.example/${k}`,
    site: 'n.example',
    title: `Story ${k}`,
    byline: null,
    published: null,
    readAt: k,
    saved: true,
    counts: { notes: 0, highlights: 0, quotes: quotes.length, repeats: 0, people: people.length, officials: 0 },
    tags: [],
    people: people.map((p) => ({ name: 'X', title: null, affiliation: null, official: false, first: p.name ?? 'X', ...p })),
    quotes: quotes.map((q) => ({ text: q.text, speaker: null, person: q.person })),
    sig: '0:0:0',
  };
}

describe('the people index', () => {
  test('one person across articles by full name, with each title and every quote', () => {
    const rows = peopleIndex([
      entry([{ name: 'Lena Okafor', title: 'Mayor', affiliation: 'Brightwater', official: true }], [{ text: 'We owe them a rest', person: 0 }]),
      entry([{ name: 'Léna Okafor', title: 'Mayor', affiliation: 'Brightwater', official: true }]),
      entry([{ name: 'Tom Brandt' }]),
    ]);
    expect(rows[0]).toMatchObject({ official: true, quotes: 1 });
    expect(rows[0]!.articles).toHaveLength(2);
    expect(rows[0]!.titles).toEqual([{ title: 'Mayor', affiliation: 'Brightwater', articles: 2 }]);
    // As each article gives it.
    expect(rows[0]!.articles.map((a) => a.role)).toEqual(['Mayor, Brightwater', 'Mayor, Brightwater']);
    expect(rows[1]!.articles[0]!.role).toBeNull();
    expect(rows[1]!.name).toBe('Tom Brandt');
  });

  test('never merged on a shared surname alone, nor one full name with two affiliations', () => {
    const rows = peopleIndex([
      entry([{ name: 'Okafor' }]),
      entry([{ name: 'Okafor' }]),
      entry([{ name: 'Dana Reyes', affiliation: 'Chile' }]),
      entry([{ name: 'Dana Reyes', affiliation: 'Ohio' }]),
    ]);
    expect(rows.filter((r) => r.name === 'Okafor')).toHaveLength(2);
    expect(rows.filter((r) => r.name === 'Dana Reyes')).toHaveLength(2);
  });

  test('a name the engine was not sure is a person’s stays out of the index', () => {
    const rows = peopleIndex([entry([{ name: 'Harbourview', sure: false }, { name: 'Tom Brandt' }]), entry([{ name: 'Harbourview', sure: false }])]);
    expect(rows.map((r) => r.name)).toEqual(['Tom Brandt']);
  });

  test('an entry marks the names the engine was not sure of, and does not count them', () => {
    const record = pageRecord('Mayor Lena Okafor opened the pier.\n\nThe lease went to Zorbas Hernandez last year.');
    const e = entryOf(record.key, record, []);
    expect(e.people.map((p) => [p.name, p.sure ?? true])).toEqual([
      ['Lena Okafor', true],
      ['Zorbas Hernandez', false],
    ]);
    expect(e.counts.people).toBe(1);
    expect(peopleIndex([e]).map((row) => row.name)).toEqual(['Lena Okafor']);
  });

  test('a one-word name joins a row with the same title', () => {
    const rows = peopleIndex([entry([{ name: 'Okafor', title: 'Mayor' }]), entry([{ name: 'Okafor', title: 'Mayor' }])]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.articles).toHaveLength(2);
  });

  test('an article opened at a mention by a text fragment', () => {
    expect(atMention('https://n.example/a#top', 'Lena Okafor')).toBe('https://n.example/a#:~:text=Lena%20Okafor');
    expect(atMention('https://n.example/a', 'well-known, & more')).toBe('https://n.example/a#:~:text=well%2Dknown%2C%20%26%20more');
  });
});
