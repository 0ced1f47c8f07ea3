import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, test } from 'vitest';
import { DB_VERSION, openDatabase, type Database } from '../../../lib/store/db';
import { deletePage, getPage, listPages, savePage, StorageFullError } from '../../../lib/store/pages';
import { report } from '../../helpers/records';

let n = 0;
const opened: Database[] = [];
async function fresh(): Promise<Database> {
  const db = await openDatabase(`test-${++n}-${Math.random()}`);
  opened.push(db);
  return db;
}
afterEach(() => opened.splice(0).forEach((db) => db.close()));

describe('schema', () => {
  test('upgrade from empty creates the stores and indexes of the current version', async () => {
    const db = await fresh();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toEqual(['pages']);
    const tx = db.transaction('pages');
    expect([...tx.store.indexNames].sort()).toEqual(['by-site', 'by-updated']);
  });
});

describe('pages', () => {
  test('saved under the canonical key, without tracking parameters', async () => {
    const db = await fresh();
    const saved = await savePage(db, report(), 1000);
    expect(saved.key).toBe('https://news.example/story/7');
    expect(saved.site).toBe('news.example');
    expect(await getPage(db, saved.key)).toEqual(saved);
  });

  test('re-visiting updates the record, never duplicates it', async () => {
    const db = await fresh();
    await savePage(db, report(), 1000);
    await savePage(db, report({ url: 'https://news.example/story/7#comments' }), 2000);
    const third = await savePage(db, report({ url: 'https://news.example/amp/7', canonical: '/story/7' }), 3000);
    const all = await listPages(db);
    expect(all).toHaveLength(1);
    expect(third).toMatchObject({ createdAt: 1000, updatedAt: 3000, visits: 3, url: 'https://news.example/amp/7' });
  });

  test('listed most recent first', async () => {
    const db = await fresh();
    await savePage(db, report({ url: 'https://a.example/1' }), 1);
    await savePage(db, report({ url: 'https://b.example/2' }), 3);
    await savePage(db, report({ url: 'https://c.example/3' }), 2);
    expect((await listPages(db)).map((p) => p.site)).toEqual(['b.example', 'c.example', 'a.example']);
    expect(await listPages(db, 1)).toHaveLength(1);
  });

  test('deleted', async () => {
    const db = await fresh();
    const r = await savePage(db, report());
    await deletePage(db, r.key);
    expect(await getPage(db, r.key)).toBeUndefined();
  });

  test('a full disk gives a clear error and keeps the previous record', async () => {
    const db = await fresh();
    const first = await savePage(db, report(), 1000);
    // idb wraps IDBObjectStore; make the underlying put fail the way a full disk does.
    const raw = IDBObjectStore.prototype;
    const put = raw.put;
    raw.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      await expect(savePage(db, report({ meta: { ...report().meta, title: 'Changed' } }), 2000)).rejects.toBeInstanceOf(StorageFullError);
      await expect(savePage(db, report(), 2000)).rejects.toThrow(/disk is full.*Nothing saved before was lost/);
    } finally {
      raw.put = put;
    }
    expect(await getPage(db, first.key)).toEqual(first);
  });

  test('a database created by version 1 opens with its records', async () => {
    const name = `legacy-${Math.random()}`;
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        const s = db.createObjectStore('pages', { keyPath: 'key' });
        s.createIndex('by-updated', 'updatedAt');
        s.createIndex('by-site', 'site');
      },
    });
    await v1.put('pages', { key: 'https://old.example/x', updatedAt: 5, site: 'old.example' });
    v1.close();
    const db = await openDatabase(name);
    opened.push(db);
    expect(await getPage(db, 'https://old.example/x')).toMatchObject({ updatedAt: 5 });
  });
});
