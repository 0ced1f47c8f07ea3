import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { LibraryEntry } from '../library/entry';
import type { Annotation, PageRecord } from '../types';

/**
 * The IndexedDB schema. One upgrade step per version, and a change is a new version. A step changes the shape
 * only (stores, indexes): records are never analysed inside the upgrade (lib/store/refresh.ts does it later).
 * Lives in the extension's origin (background, popup, library), never the page's.
 */
export interface NewsmarkDB extends DBSchema {
  pages: {
    key: string;
    value: PageRecord;
    indexes: { 'by-updated': number; 'by-site': string; 'by-person': string; 'by-fingerprint': number };
  };
  /** v3: the reader's highlights. */
  annotations: {
    key: string;
    value: Annotation;
    indexes: { 'by-page': string; 'by-updated': number; 'by-tag': string };
  };
  /**
   * v5: the library's own cache, derived from `pages` and `annotations` and brought up to date by the library
   * (lib/library/catalog.ts): one small entry per page for the list and the people index...
   */
  library: {
    key: string;
    value: LibraryEntry;
    indexes: { 'by-read': number };
  };
  /** ...and the full-text index, saved in parts (lib/library/search.ts). */
  search: {
    key: string;
    value: { key: string; value: string };
  };
}

export const DB_NAME = 'newsmark';
export const DB_VERSION = 5;

export type Database = IDBPDatabase<NewsmarkDB>;

/**
 * Open (creating or upgrading) the database. `version` is for tests, which build a real database of an older
 * version with the real old steps and then upgrade it: only the steps up to the version being opened run.
 */
export function openDatabase(name = DB_NAME, version = DB_VERSION): Promise<Database> {
  return openDB<NewsmarkDB>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      const step = (n: number) => oldVersion < n && n <= (newVersion ?? version);
      if (step(1)) {
        const pages = db.createObjectStore('pages', { keyPath: 'key' });
        pages.createIndex('by-updated', 'updatedAt');
        pages.createIndex('by-site', 'site');
      }
      if (step(2)) {
        // Version 2 added people and organisations to the analysis, and the person index. Only the index is made
        // here: the records an older engine wrote are analysed again later, outside this transaction, a few at a
        // time (lib/store/refresh.ts), so that an upgrade is quick and one odd record cannot stop it.
        tx.objectStore('pages').createIndex('by-person', 'personKeys', { multiEntry: true });
      }
      if (step(3)) {
        // v3: the reader's highlights, found by page (the page's list), by time and by tag (the library).
        const annotations = db.createObjectStore('annotations', { keyPath: 'id' });
        annotations.createIndex('by-page', 'pageKey');
        annotations.createIndex('by-updated', 'updatedAt');
        annotations.createIndex('by-tag', 'tags', { multiEntry: true });
      }
      if (step(4)) {
        // Version 4 added quotes to the analysis: no change of shape; the records are analysed again later
        // (lib/store/refresh.ts), as for version 2.
      }
      if (step(5)) {
        // v5: the library's cache. Empty at first: the library fills it from the pages and highlights when it opens.
        // And the pages' paragraph fingerprints (lib/library/fingerprints.ts), to find a paragraph in other saved
        // pages; records saved before have none until lib/store/refresh.ts gives them theirs.
        tx.objectStore('pages').createIndex('by-fingerprint', 'fingerprints', { multiEntry: true });
        db.createObjectStore('library', { keyPath: 'key' }).createIndex('by-read', 'readAt');
        db.createObjectStore('search', { keyPath: 'key' });
      }
    },
  });
}

/**
 * The database opened once on first use, for a page or worker that reads and writes it for its whole life; a failed
 * open (a private window, a full disk) is tried again on the next call.
 */
export function databaseOnce(open: () => Promise<Database> = () => openDatabase()): () => Promise<Database> {
  let opened: Promise<Database> | undefined;
  return () => {
    opened ??= open().catch((e: unknown) => {
      opened = undefined;
      throw e;
    });
    return opened;
  };
}

/** The person-index keys of an article's people: their names, lower case. */
export function personKeys(people: readonly { name: string }[]): string[] {
  return [...new Set(people.map((p) => p.name.toLowerCase().replace(/\s+/g, ' ').trim()))];
}
