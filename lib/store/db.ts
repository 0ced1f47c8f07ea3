import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { PageRecord } from '../types';

/**
 * The IndexedDB schema. One upgrade step per version; an old step is never edited, a change is a new version.
 * Lives in the extension's origin (background, popup, library), never the page's.
 */
export interface NewsmarkDB extends DBSchema {
  pages: {
    key: string;
    value: PageRecord;
    indexes: { 'by-updated': number; 'by-site': string };
  };
}

export const DB_NAME = 'newsmark';
export const DB_VERSION = 1;

export type Database = IDBPDatabase<NewsmarkDB>;

export function openDatabase(name = DB_NAME): Promise<Database> {
  return openDB<NewsmarkDB>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const pages = db.createObjectStore('pages', { keyPath: 'key' });
        pages.createIndex('by-updated', 'updatedAt');
        pages.createIndex('by-site', 'site');
      }
    },
  });
}
