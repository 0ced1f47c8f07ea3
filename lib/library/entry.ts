import { fnv1a } from '../text/hash';
import { personIsSure } from '../data/name-evidence';
import { siteOf } from '../url';
import type { Annotation, PageRecord } from '../types';
import { speakerIsSure } from '../data/attribution';

/**
 * The library's entry for one page: what its list, filters and people index need, without the article's text.
 * Derived from the page's record and its highlights (lib/library/catalog.ts keeps them in step); a page the
 * reader highlighted without Newsmark saving its article (a page that was not an article, an import of
 * highlights) has an entry too, built from its highlights.
 */
export interface LibraryEntry {
  key: string;
  url: string;
  site: string;
  title: string;
  byline: string | null;
  published: string | null;
  /** When the reader last read it (or last highlighted on it, for a page without a saved article). */
  readAt: number;
  /** Whether Newsmark saved the article (not only highlights). */
  saved: boolean;
  counts: { notes: number; highlights: number; quotes: number; repeats: number; people: number; officials: number };
  tags: string[];
  people: EntryPerson[];
  quotes: EntryQuote[];
  /** What the entry was made from: when it changes, the entry is made again. */
  sig: string;
}

export interface EntryPerson {
  name: string;
  title: string | null;
  affiliation: string | null;
  official: boolean;
  /** The name as first written in the article, to open the article there. */
  first: string;
  /** False when the engine is not sure the name is a person's ("perhaps a person"): kept out of the people index. */
  sure?: false;
}

export interface EntryQuote {
  text: string;
  speaker: string | null;
  /** The speaker's person in `people`, by index, when the speaker is a person of the article. */
  person: number | null;
}

/** Longest quote kept in an entry: the list shows a line of it; the article has the rest. */
const QUOTE_CHARS = 600;

/** The record's part of an entry's signature: its time and engine ("0" for a page with highlights only). */
export function recordSignature(record: Pick<PageRecord, 'updatedAt' | 'engine'> | null): string {
  return record ? `${record.updatedAt}.${record.engine}` : '0';
}

/**
 * The highlights' part: how many, and a hash of their ids and times, so that a change to any one highlight, or one
 * deleted and another added, changes it.
 */
export function highlightsSignature(annotations: readonly Pick<Annotation, 'updatedAt' | 'id'>[]): string {
  let h = 0x811c9dc5;
  for (const a of [...annotations].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))) h = fnv1a(`${a.id}@${a.updatedAt};`, h);
  return `${annotations.length}:${h.toString(36)}`;
}

/** What an entry is made from, as a short string: when it changes, the entry is made again. */
export function entrySignature(record: Pick<PageRecord, 'updatedAt' | 'engine'> | null, annotations: readonly Pick<Annotation, 'updatedAt' | 'id'>[]): string {
  return `${recordSignature(record)}:${highlightsSignature(annotations)}`;
}

/** The entry for a page: from its record when saved, else from its highlights (at least one). */
export function entryOf(key: string, record: PageRecord | null, annotations: readonly Annotation[]): LibraryEntry {
  const tags = [...new Set(annotations.flatMap((a) => a.tags))];
  const notes = annotations.filter((a) => a.note.trim() !== '').length;
  const sig = entrySignature(record, annotations);
  if (!record) {
    const latest = annotations.reduce((a, b) => (b.updatedAt > a.updatedAt ? b : a), annotations[0]!);
    return {
      key,
      url: latest.url,
      site: siteOf(key),
      title: annotations.find((a) => a.title)?.title ?? latest.url,
      byline: null,
      published: null,
      readAt: latest.updatedAt,
      saved: false,
      counts: { notes, highlights: annotations.length, quotes: 0, repeats: 0, people: 0, officials: 0 },
      tags,
      people: [],
      quotes: [],
      sig,
    };
  }
  const { analysis, meta } = record;
  const people: EntryPerson[] = analysis.people.map((p) => {
    const m = p.mentions[0];
    return {
      name: p.name,
      title: p.title,
      affiliation: p.affiliation,
      official: p.official,
      first: m ? analysis.text.slice(m.start, m.end) : p.name,
      ...(personIsSure(p) ? {} : { sure: false as const }),
    };
  });
  const personIndex = new Map(analysis.people.map((p, i) => [p.id, i]));
  const quotes: EntryQuote[] = analysis.quotes
    .filter((q) => !q.scare)
    .map((q) => ({
      text: q.text.length > QUOTE_CHARS ? `${q.text.slice(0, QUOTE_CHARS - 1)}…` : q.text,
      // A guessed speaker is not the speaker: neither named nor counted for the person.
      speaker: speakerIsSure(q.speaker) ? (q.speaker?.name ?? null) : null,
      person: speakerIsSure(q.speaker) && q.speaker?.personId !== undefined ? (personIndex.get(q.speaker.personId) ?? null) : null,
    }));
  return {
    key,
    url: record.url,
    site: record.site,
    title: meta.title?.trim() || record.url,
    byline: meta.byline,
    published: meta.publishedTime,
    readAt: Math.max(record.updatedAt, ...annotations.map((a) => a.updatedAt)),
    saved: true,
    counts: {
      notes,
      highlights: annotations.length,
      quotes: quotes.length,
      repeats: analysis.repeats.filter((r) => !r.boilerplate).length,
      people: people.filter((p) => p.sure !== false).length,
      officials: people.filter((p) => p.official).length,
    },
    tags,
    people,
    quotes,
    sig,
  };
}
