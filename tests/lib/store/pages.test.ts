import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, test } from 'vitest';
import { DB_VERSION, openDatabase } from '../../../lib/store/db';
import { deletePage, getPage, listPages, pagesNaming, savePage, StorageFullError } from '../../../lib/store/pages';
import { addAnnotation } from '../../../lib/store/annotations';
import { isStale, refreshAll, refreshSome } from '../../../lib/store/refresh';
import { analyseText } from '../../../lib/engine';
import { ENGINE_VERSION, type PageRecord } from '../../../lib/types';
import { report } from '../../helpers/records';
import { freshDatabases } from '../../helpers/db';

/** The present engine, as the background gives it to the refresh (entrypoints/background/engine.ts). */
const reanalyse = async (input: { text: string; paragraphs: { start: number; end: number }[] }) => analyseText(input);

const fresh = freshDatabases('test');

describe('schema', () => {
  test('upgrade from empty creates the stores and indexes of the current version', async () => {
    const db = await fresh();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toEqual(['annotations', 'library', 'pages', 'search']);
    const tx = db.transaction('pages');
    expect([...tx.store.indexNames].sort()).toEqual(['by-fingerprint', 'by-person', 'by-site', 'by-updated']);
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
    raw.put = () => {
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

  test.each([
    ['UnknownError', 'IO error: /profile/IndexedDB/000123.log: No space left on device (ENOSPC)'],
    ['IOError', 'An I/O error occurred'],
    ['NS_ERROR_FILE_NO_DEVICE_SPACE', ''],
  ])('a full disk reported as %s gets the same message, and keeps the previous record', async (name, message) => {
    const db = await fresh();
    const first = await savePage(db, report(), 1000);
    const raw = IDBObjectStore.prototype;
    const put = raw.put;
    raw.put = () => {
      throw new DOMException(message, name);
    };
    try {
      await expect(savePage(db, report({ meta: { ...report().meta, title: 'Changed' } }), 2000)).rejects.toThrow(
        /could not write to its storage \(the disk may be full\).*Nothing saved before was lost; free some space and reload the page/,
      );
    } finally {
      raw.put = put;
    }
    expect(await getPage(db, first.key)).toEqual(first);
  });

  test('upgrade from version 1: quick, nothing analysed inside it; the pages are analysed again afterwards and gain people, organisations and the person index', async () => {
    const name = `legacy-${Math.random()}`;
    // Exactly what version 1 created, and a record as version 1 saved it (no people, organisations or quotes).
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        const s = db.createObjectStore('pages', { keyPath: 'key' });
        s.createIndex('by-updated', 'updatedAt');
        s.createIndex('by-site', 'site');
      },
    });
    const text = 'U.S. Ambassador Ronald Johnson met Mayor Ana Ruiz. Johnson said the Coastal Agency agreed.';
    const old = report({}, text);
    const { people: _p, organizations: _o, quotes: _q, ...v1Analysis } = old.analysis;
    await v1.put('pages', {
      key: 'https://old.example/x',
      url: 'https://old.example/x',
      site: 'old.example',
      meta: old.meta,
      analysis: v1Analysis,
      kinds: old.kinds,
      unmapped: 0,
      engine: 1,
      createdAt: 5,
      updatedAt: 5,
      visits: 1,
    });
    v1.close();

    const db = fresh.adopt(await openDatabase(name));
    expect(db.version).toBe(DB_VERSION);
    // Readable at once, with none of what a newer engine adds; stale until analysed again.
    const before = (await getPage(db, 'https://old.example/x'))!;
    expect(before).toMatchObject({ updatedAt: 5, visits: 1, engine: 1 });
    expect(before.analysis.people).toEqual([]);
    expect(isStale(before)).toBe(true);

    expect(await refreshAll(db, reanalyse, { pauseMs: 0 })).toEqual({ refreshed: 1, broken: [] });
    const upgraded = (await getPage(db, 'https://old.example/x'))!;
    expect(upgraded).toMatchObject({ updatedAt: 5, visits: 1, engine: ENGINE_VERSION });
    expect(upgraded.analysis.quotes).toEqual([]);
    expect(upgraded.analysis.people.map((p) => [p.name, p.title])).toEqual([
      ['Ronald Johnson', 'Ambassador'],
      ['Ana Ruiz', 'Mayor'],
    ]);
    expect(upgraded.analysis.organizations.map((o) => o.name)).toEqual(['Coastal Agency']);
    expect(upgraded.personKeys).toEqual(['ronald johnson', 'ana ruiz']);
    expect((await pagesNaming(db, 'ana ruiz')).map((p) => p.key)).toEqual(['https://old.example/x']);
    // Nothing left to do.
    expect(await refreshAll(db, reanalyse, { pauseMs: 0 })).toEqual({ refreshed: 0, broken: [] });
  });

  test('upgrade from version 3 with pages, highlights and a broken record: highlights and the broken record are kept as they were; the old page gains quotes; the newer page is untouched', async () => {
    const name = `v3-${Math.random()}`;
    const v3 = await openDatabase(name, 3);
    const text = 'Mayor Ana Ruiz opened the lock on Monday.\n\n“The harbour stays open all winter,” Ruiz said.';
    const old = await savePage(v3, report({ url: 'https://old.example/a' }, text), 5);
    const { quotes: _q, ...noQuotes } = old.analysis;
    await v3.put('pages', { ...old, analysis: noQuotes as typeof old.analysis, engine: 2 });
    const current = await savePage(v3, report({ url: 'https://old.example/b' }, text), 6);
    const broken = { ...old, key: 'https://old.example/broken', analysis: { text: 42 } as never, engine: 1 };
    await v3.put('pages', broken);
    const highlight = await addAnnotation(
      v3,
      {
        pageKey: old.key,
        url: old.url,
        title: 'A story',
        selectors: [{ type: 'TextQuoteSelector', exact: 'opened the lock', prefix: '', suffix: '' }],
        colour: 'green',
        note: 'Check',
        tags: ['harbour'],
      },
      { id: 'h1', now: 7 },
    );
    v3.close();

    const db = fresh.adopt(await openDatabase(name, 4));
    const notesBefore = JSON.stringify(await db.getAll('annotations'));
    expect(JSON.parse(notesBefore)).toEqual([highlight]);

    // Many small passes (batch 1): the broken record is reported once and never stops the others.
    expect(await refreshAll(db, reanalyse, { batch: 1, pauseMs: 0 })).toEqual({ refreshed: 1, broken: ['https://old.example/broken'] });
    const upgraded = (await getPage(db, old.key))!;
    expect(upgraded.engine).toBe(ENGINE_VERSION);
    expect(upgraded.analysis.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['The harbour stays open all winter,', 'Ana Ruiz']]);
    expect(upgraded.analysis.people.find((p) => p.id === upgraded.analysis.quotes[0]!.speaker!.personId)?.name).toBe('Ana Ruiz');
    expect(await getPage(db, current.key)).toEqual(current);
    expect(await db.get('pages', broken.key)).toEqual(broken);
    expect(JSON.stringify(await db.getAll('annotations'))).toBe(notesBefore);
  });

  test('a page read again while it waited for the new engine is not overwritten by the older text’s analysis', async () => {
    const db = await fresh();
    const stale = await savePage(db, report({ url: 'https://old.example/c' }, 'Mayor Ana Ruiz opened the lock.'), 5);
    await db.put('pages', { ...stale, engine: 1 });
    let fresher: PageRecord | undefined;
    const slow = async (input: Parameters<typeof reanalyse>[0]) => {
      // The page is read again (by its tab) while the engine works on the old text.
      fresher = await savePage(db, report({ url: 'https://old.example/c' }, 'Mayor Ana Ruiz closed the lock.'), 9);
      return reanalyse(input);
    };
    expect(await refreshSome(db, slow, 5)).toMatchObject({ refreshed: 0, broken: [], more: false });
    expect(await getPage(db, stale.key)).toEqual(fresher);
  });

  test('new pages are in the person index', async () => {
    const db = await fresh();
    await savePage(db, report({}, 'Harbour Master Piet Okafor opened the lock.'));
    expect(await pagesNaming(db, 'piet okafor')).toHaveLength(1);
    expect(await pagesNaming(db, 'nobody')).toEqual([]);
  });
});

describe('refresh, batch after batch', () => {
  test('each batch reads on from where the last stopped, and every stale page is done once', async () => {
    const db = await openDatabase(`refresh-on-${Math.random()}`);
    for (let i = 0; i < 12; i++) {
      const page = await savePage(
        db,
        report({ url: `https://batch.example/${String(i).padStart(2, '0')}` }, `Mayor Ana Ruiz opened lock number ${i}.`),
        10 + i,
      );
      await db.put('pages', { ...page, engine: 1 });
    }
    const seen: string[] = [];
    const counting = async (input: Parameters<typeof reanalyse>[0]) => {
      seen.push(input.text);
      return reanalyse(input);
    };
    const first = await refreshSome(db, counting, 5);
    expect(first).toMatchObject({ refreshed: 5, more: true, last: 'https://batch.example/04' });
    const second = await refreshSome(db, counting, 5, new Set(), first.last);
    expect(second).toMatchObject({ refreshed: 5, more: true, last: 'https://batch.example/09' });
    expect(await refreshAll(db, counting, { pauseMs: 0 })).toEqual({ refreshed: 2, broken: [] });
    expect(seen).toHaveLength(12);
    expect(new Set(seen).size).toBe(12);
    db.close();
  });
});
