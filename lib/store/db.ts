import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { findEntities } from '../nlp/entities';
import { detectOrganizations } from '../detect/organizations';
import { detectPeople } from '../detect/people';
import { detectQuotes } from '../detect/quotes';
import type { Annotation, PageRecord } from '../types';

/**
 * The IndexedDB schema. One upgrade step per version; an old step is never edited, a change is a new version.
 * Lives in the extension's origin (background, popup, library), never the page's.
 */
export interface NewsmarkDB extends DBSchema {
  pages: {
    key: string;
    value: PageRecord;
    indexes: { 'by-updated': number; 'by-site': string; 'by-person': string };
  };
  /** v3: the reader's highlights. */
  annotations: {
    key: string;
    value: Annotation;
    indexes: { 'by-page': string; 'by-updated': number; 'by-tag': string };
  };
}

export const DB_NAME = 'newsmark';
export const DB_VERSION = 4;

export type Database = IDBPDatabase<NewsmarkDB>;

/**
 * Open (creating or upgrading) the database. `version` is for tests, which build a real database of an older
 * version with the real old steps and then upgrade it: only the steps up to the version being opened run.
 */
export function openDatabase(name = DB_NAME, version = DB_VERSION): Promise<Database> {
  return openDB<NewsmarkDB>(name, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      const step = (n: number) => oldVersion < n && n <= (newVersion ?? version);
      if (step(1)) {
        const pages = db.createObjectStore('pages', { keyPath: 'key' });
        pages.createIndex('by-updated', 'updatedAt');
        pages.createIndex('by-site', 'site');
      }
      if (step(2)) {
        // v2: people and organisations. Pages saved before are read again from their stored text, so the
        // person index covers them too.
        const pages = tx.objectStore('pages');
        pages.createIndex('by-person', 'personKeys', { multiEntry: true });
        for (let cursor = await pages.openCursor(); cursor; cursor = await cursor.continue()) {
          const record = cursor.value as PageRecord;
          const entities = findEntities(record.analysis.text);
          const people = detectPeople(entities);
          record.analysis = { ...record.analysis, people, organizations: detectOrganizations(entities) };
          record.personKeys = personKeys(people);
          record.engine = 2;
          await cursor.update(record);
        }
      }
      if (step(3)) {
        // v3: the reader's highlights, found by page (the page's list), by time and by tag (the library).
        const annotations = db.createObjectStore('annotations', { keyPath: 'id' });
        annotations.createIndex('by-page', 'pageKey');
        annotations.createIndex('by-updated', 'updatedAt');
        annotations.createIndex('by-tag', 'tags', { multiEntry: true });
      }
      if (step(4)) {
        // v4: quotes. Pages saved before quotes were read get them, with the people they link to, from their
        // stored text; the popup and the library can then rely on every record having them.
        const pages = tx.objectStore('pages');
        for (let cursor = await pages.openCursor(); cursor; cursor = await cursor.continue()) {
          const record = cursor.value as PageRecord;
          if (Array.isArray(record.analysis.quotes)) continue;
          const { text, paragraphs } = record.analysis;
          const entities = findEntities(text);
          const people = detectPeople(entities);
          const organizations = detectOrganizations(entities);
          const quotes = detectQuotes({ text, paragraphs, entities, people, organizations });
          record.analysis = { ...record.analysis, people, organizations, quotes };
          record.personKeys = personKeys(people);
          record.engine = 3;
          await cursor.update(record);
        }
      }
    },
  });
}

/** The person-index keys of an article's people: their names, lower case. */
export function personKeys(people: readonly { name: string }[]): string[] {
  return [...new Set(people.map((p) => p.name.toLowerCase().replace(/\s+/g, ' ').trim()))];
}
