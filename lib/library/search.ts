import { Charset, Document } from 'flexsearch';
import type { Annotation, PageRecord } from '../types';
import type { LibraryEntry } from './entry';
import { queryWords } from './snippet';

/**
 * The library's full-text index (FlexSearch), one document per page: its title, site and byline, the people it
 * names, its quotes, its text, and the reader's highlights, notes and tags. Short fields match word beginnings
 * as the reader types; the article text and quotes match whole words (indexing every beginning of every word of
 * 10,000 articles would take minutes and hundreds of megabytes).
 */

interface SearchDoc {
  [field: string]: string;
  /** The page's key. */
  id: string;
  title: string;
  about: string;
  people: string;
  notes: string;
  quotes: string;
  text: string;
}

/** What the index itself holds: the same, under a small number instead of the key (see LibraryIndex). */
interface IndexedDoc {
  [field: string]: string | number;
  id: number;
}

/** Fields matched by word beginnings, and fields matched by whole words. */
const PREFIX_FIELDS = ['title', 'about', 'people', 'notes'] as const;
const WORD_FIELDS = ['quotes', 'text'] as const;
const FIELDS = [...PREFIX_FIELDS, ...WORD_FIELDS];

/** Bumped when the fields or their options change: a saved index of another version is built again. */
export const SEARCH_INDEX_VERSION = 2;

/** More than the library will ever hold: FlexSearch's default is 100 results. */
const ALL = 1_000_000;

function newIndex(): Document<IndexedDoc> {
  return new Document<IndexedDoc>({
    document: {
      id: 'id',
      index: [
        ...PREFIX_FIELDS.map((field) => ({ field, tokenize: 'forward' as const })),
        ...WORD_FIELDS.map((field) => ({ field, tokenize: 'strict' as const })),
      ],
    },
    // Case and accents do not matter ("muller" finds "Müller"); no sound-alike matching.
    encoder: Charset.Normalize,
    // The library orders results by date, not score: one score slot keeps the index small.
    resolution: 1,
  });
}

/** What a page's search document is made of: its record (when saved) and its highlights. */
export function searchDocOf(entry: LibraryEntry, record: PageRecord | null, annotations: readonly Annotation[]): SearchDoc {
  return {
    id: entry.key,
    title: entry.title,
    about: [entry.site, entry.byline ?? ''].join(' '),
    people: entry.people.map((p) => [p.name, p.title ?? '', p.affiliation ?? ''].join(' ')).join(' \n'),
    notes: annotations.flatMap((a) => [a.note, a.tags.join(' '), exactOf(a)]).join(' \n'),
    quotes: entry.quotes.map((q) => `${q.text} ${q.speaker ?? ''}`).join(' \n'),
    text: record?.analysis.text ?? '',
  };
}

function exactOf(a: Annotation): string {
  for (const s of a.selectors) if (s.type === 'TextQuoteSelector') return s.exact;
  return '';
}

/**
 * The index names pages by small numbers, not by their keys: every occurrence of an id is stored in the index and
 * in its saved form, and numbers cost nothing to hold and load (measured with 10,000 pages: the saved index 7x
 * smaller, loaded 9x faster, than with the keys themselves).
 */
export class LibraryIndex {
  private index = newIndex();
  /** Number → key; a removed page leaves a hole, so numbers never change meaning. */
  private keyOf: (string | null)[] = [];
  private numberOf = new Map<string, number>();

  get size(): number {
    return this.numberOf.size;
  }

  has(key: string): boolean {
    return this.numberOf.has(key);
  }

  /** Add a page, or replace what was indexed for it. */
  put(doc: SearchDoc): void {
    let n = this.numberOf.get(doc.id);
    if (n === undefined) {
      n = this.keyOf.length;
      this.keyOf.push(doc.id);
      this.numberOf.set(doc.id, n);
    } else {
      this.index.remove(n);
    }
    this.index.add({ ...doc, id: n });
  }

  remove(key: string): void {
    const n = this.numberOf.get(key);
    if (n === undefined) return;
    this.numberOf.delete(key);
    this.keyOf[n] = null;
    this.index.remove(n);
  }

  keys(): IterableIterator<string> {
    return this.numberOf.keys();
  }

  /**
   * The pages that hold every word of the query (each word in any field; the last word also as the beginning of a
   * word in the short fields, as the reader is still typing it). Unordered; null for a query with no words.
   */
  search(query: string): Set<string> | null {
    const words = queryWords(query);
    if (!words.length) return null;
    let found: Set<number> | undefined;
    for (const word of words) {
      const hits = new Set<number>();
      for (const group of this.index.search(word, { limit: ALL, index: FIELDS })) {
        for (const id of group.result) hits.add(Number(id));
      }
      const before: Set<number> | undefined = found;
      found = before ? new Set([...before].filter((k) => hits.has(k))) : hits;
      if (!found.size) break;
    }
    const out = new Set<string>();
    for (const n of found ?? []) {
      const key = this.keyOf[n];
      if (key) out.add(key);
    }
    return out;
  }

  /** The index as parts to save (key → string), the last one the list of page keys by number. */
  async save(): Promise<{ key: string; value: string }[]> {
    const parts: { key: string; value: string }[] = [];
    await this.index.export((key: string, value: string) => {
      if (value != null) parts.push({ key: `part:${key}`, value });
    });
    parts.push({ key: 'meta', value: JSON.stringify({ version: SEARCH_INDEX_VERSION, keys: this.keyOf }) });
    return parts;
  }

  /** An index from saved parts; null when they are missing, of another version, or unreadable. */
  static load(parts: readonly { key: string; value: string }[]): LibraryIndex | null {
    const meta = parts.find((p) => p.key === 'meta');
    if (!meta) return null;
    try {
      const { version, keys } = JSON.parse(meta.value) as { version: number; keys: (string | null)[] };
      if (version !== SEARCH_INDEX_VERSION || !Array.isArray(keys)) return null;
      const loaded = new LibraryIndex();
      for (const part of parts) if (part.key.startsWith('part:')) loaded.index.import(part.key.slice(5), part.value);
      loaded.keyOf = keys;
      keys.forEach((key, n) => {
        if (key !== null) loaded.numberOf.set(key, n);
      });
      return loaded;
    } catch {
      return null;
    }
  }
}
