import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { findEntities } from '../nlp/entities';
import { detectOrganizations } from '../detect/organizations';
import { detectPeople } from '../detect/people';
import { ENGINE_VERSION, type PageRecord } from '../types';

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
}

export const DB_NAME = 'newsmark';
export const DB_VERSION = 2;

export type Database = IDBPDatabase<NewsmarkDB>;

export function openDatabase(name = DB_NAME): Promise<Database> {
  return openDB<NewsmarkDB>(name, DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        const pages = db.createObjectStore('pages', { keyPath: 'key' });
        pages.createIndex('by-updated', 'updatedAt');
        pages.createIndex('by-site', 'site');
      }
      if (oldVersion < 2) {
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
          record.engine = ENGINE_VERSION;
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
