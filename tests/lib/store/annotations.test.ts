import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { MAX_ANNOTATIONS_PER_PAGE } from '../../../lib/limits';
import {
  addAnnotation,
  annotationsTagged,
  deleteAnnotation,
  getAnnotation,
  listAllAnnotations,
  listAnnotations,
  updateAnnotation,
} from '../../../lib/store/annotations';
import { DB_VERSION, openDatabase, type Database } from '../../../lib/store/db';
import { AnnotationConflictError, StorageFullError } from '../../../lib/store/errors';
import { getPage, savePage } from '../../../lib/store/pages';
import type { Annotation, AnnotationDraft } from '../../../lib/types';
import { report } from '../../helpers/records';

const PAGE = 'https://news.example/story/7';

function draft(overrides: Partial<AnnotationDraft> = {}): AnnotationDraft {
  return {
    pageKey: PAGE,
    url: `${PAGE}?utm_source=x`,
    title: 'A story',
    selectors: [
      { type: 'TextQuoteSelector', exact: 'Second paragraph', prefix: 'story. ', suffix: '.' },
      { type: 'TextPositionSelector', start: 31, end: 47 },
    ],
    colour: 'yellow',
    note: '',
    tags: [],
    ...overrides,
  };
}

let n = 0;
const opened: Database[] = [];
async function open(name = `ann-${++n}-${Math.random()}`, version?: number): Promise<Database> {
  const db = await openDatabase(name, version);
  opened.push(db);
  return db;
}
afterEach(() => {
  vi.restoreAllMocks();
  for (const db of opened.splice(0)) db.close();
});

describe('schema v3', () => {
  test('upgrade from a real v2 database keeps its pages and adds the annotations store with its indexes', async () => {
    const name = `v2-${Math.random()}`;
    const v2 = await openDatabase(name, 2);
    expect(v2.version).toBe(2);
    // Only the steps up to version 2 ran: no annotations store yet.
    expect([...v2.objectStoreNames]).toEqual(['pages']);
    const page = await savePage(v2, report(), 1000);
    v2.close();

    const db = await open(name, 3);
    expect(DB_VERSION).toBeGreaterThanOrEqual(3);
    expect(db.version).toBe(3);
    expect([...db.objectStoreNames]).toEqual(['annotations', 'pages']);
    expect(await getPage(db, page.key)).toEqual(page);

    const store = db.transaction('annotations').store;
    expect(store.keyPath).toBe('id');
    expect([...store.indexNames]).toEqual(['by-page', 'by-tag', 'by-updated']);
    expect(store.index('by-page').keyPath).toBe('pageKey');
    expect(store.index('by-updated').keyPath).toBe('updatedAt');
    expect(store.index('by-tag').keyPath).toBe('tags');
    expect(store.index('by-tag').multiEntry).toBe(true);
    expect(store.index('by-page').multiEntry).toBe(false);

    // And the upgraded database takes highlights.
    await addAnnotation(db, draft(), { id: 'a1', now: 2000 });
    expect(await listAnnotations(db, page.key)).toHaveLength(1);
  });

  test('opening an older version runs only its own steps', async () => {
    const v1 = await open(undefined, 1);
    expect([...v1.objectStoreNames]).toEqual(['pages']);
    expect([...v1.transaction('pages').store.indexNames].sort()).toEqual(['by-site', 'by-updated']);
  });
});

describe('annotations', () => {
  test('added, read, listed, changed and deleted', async () => {
    const db = await open();
    const added = await addAnnotation(db, draft({ note: 'Check this', tags: ['economy'] }), { id: 'a1', now: 1000 });
    expect(added).toEqual({ ...draft({ note: 'Check this', tags: ['economy'] }), id: 'a1', createdAt: 1000, updatedAt: 1000 });
    expect(await getAnnotation(db, 'a1')).toEqual(added);
    expect(await listAnnotations(db, PAGE)).toEqual([added]);

    const changed = await updateAnnotation(db, 'a1', { colour: 'blue' }, 2000);
    expect(changed).toEqual({ ...added, colour: 'blue', updatedAt: 2000 });
    // Fields the patch leaves out are kept.
    expect(changed.note).toBe('Check this');
    expect(changed.tags).toEqual(['economy']);
    expect(await getAnnotation(db, 'a1')).toEqual(changed);

    expect(await deleteAnnotation(db, 'a1')).toEqual(changed);
    expect(await getAnnotation(db, 'a1')).toBeUndefined();
    expect(await listAnnotations(db, PAGE)).toEqual([]);
    // Deleting again (another tab was first) is not an error.
    expect(await deleteAnnotation(db, 'a1')).toBeUndefined();
  });

  test('a speaker is kept, and a draft without one stores no speaker field', async () => {
    const db = await open();
    const speaker = { name: 'Claudia Sheinbaum', title: 'President', affiliation: 'Mexico' };
    expect((await addAnnotation(db, draft({ speaker }), { id: 'q', now: 1 })).speaker).toEqual(speaker);
    expect(Object.keys((await addAnnotation(db, draft(), { id: 'p', now: 2 }))!)).not.toContain('speaker');
  });

  test('changing a deleted highlight says so and creates nothing', async () => {
    const db = await open();
    await addAnnotation(db, draft(), { id: 'a1', now: 1000 });
    await deleteAnnotation(db, 'a1');
    await expect(updateAnnotation(db, 'a1', { note: 'too late' }, 2000)).rejects.toThrow(/no longer exists/);
    expect(await getAnnotation(db, 'a1')).toBeUndefined();
  });

  test('an id that is taken is refused, never overwritten', async () => {
    const db = await open();
    const first = await addAnnotation(db, draft({ note: 'first' }), { id: 'a1', now: 1000 });
    await expect(addAnnotation(db, draft({ note: 'second' }), { id: 'a1', now: 2000 })).rejects.toThrow();
    expect(await getAnnotation(db, 'a1')).toEqual(first);
  });

  test("a page's highlights, oldest first, and only that page's", async () => {
    const db = await open();
    await addAnnotation(db, draft({ note: 'third' }), { id: 'aaa', now: 3000 });
    await addAnnotation(db, draft({ note: 'first' }), { id: 'zzz', now: 1000 });
    await addAnnotation(db, draft({ pageKey: 'https://other.example/x', note: 'elsewhere' }), { id: 'mmm', now: 500 });
    await addAnnotation(db, draft({ note: 'second' }), { id: 'bbb', now: 2000 });
    expect((await listAnnotations(db, PAGE)).map((a) => a.note)).toEqual(['first', 'second', 'third']);
    expect((await listAnnotations(db, 'https://other.example/x')).map((a) => a.id)).toEqual(['mmm']);
    expect(await listAnnotations(db, 'https://nowhere.example/')).toEqual([]);
    // Changing one does not move it: the page's order is the order they were made in.
    await updateAnnotation(db, 'zzz', { colour: 'pink' }, 9000);
    expect((await listAnnotations(db, PAGE)).map((a) => a.note)).toEqual(['first', 'second', 'third']);
  });

  test('the library: every highlight, most recently changed first', async () => {
    const db = await open();
    await addAnnotation(db, draft(), { id: 'a', now: 1 });
    await addAnnotation(db, draft({ pageKey: 'https://b.example/' }), { id: 'b', now: 2 });
    await addAnnotation(db, draft(), { id: 'c', now: 3 });
    await updateAnnotation(db, 'a', { note: 'edited' }, 4);
    expect((await listAllAnnotations(db)).map((a) => a.id)).toEqual(['a', 'c', 'b']);
    expect((await listAllAnnotations(db, 2)).map((a) => a.id)).toEqual(['a', 'c']);
  });

  test('the tag index finds every highlight with a tag, and follows changes', async () => {
    const db = await open();
    await addAnnotation(db, draft({ tags: ['economy', 'Mexico'] }), { id: 'a', now: 1 });
    await addAnnotation(db, draft({ pageKey: 'https://b.example/', tags: ['Mexico'] }), { id: 'b', now: 2 });
    await addAnnotation(db, draft({ tags: [] }), { id: 'c', now: 3 });
    expect((await annotationsTagged(db, 'Mexico')).map((a) => a.id).sort()).toEqual(['a', 'b']);
    expect((await annotationsTagged(db, 'economy')).map((a) => a.id)).toEqual(['a']);
    expect(await annotationsTagged(db, 'sport')).toEqual([]);
    await updateAnnotation(db, 'a', { tags: ['sport'] }, 4);
    expect((await annotationsTagged(db, 'Mexico')).map((a) => a.id)).toEqual(['b']);
    expect((await annotationsTagged(db, 'sport')).map((a) => a.id)).toEqual(['a']);
    await deleteAnnotation(db, 'b');
    expect(await annotationsTagged(db, 'Mexico')).toEqual([]);
  });

  test(`a page holds at most ${MAX_ANNOTATIONS_PER_PAGE} highlights; other pages are not affected`, async () => {
    const db = await open();
    // Filled in one transaction: adding them one by one would only make the test slow.
    const tx = db.transaction('annotations', 'readwrite');
    for (let i = 0; i < MAX_ANNOTATIONS_PER_PAGE; i++) {
      void tx.store.put({ ...draft(), id: `seed-${i}`, createdAt: i, updatedAt: i } satisfies Annotation);
    }
    await tx.done;
    await expect(addAnnotation(db, draft(), { id: 'one-too-many', now: 1e9 })).rejects.toThrow(
      new RegExp(`already has ${MAX_ANNOTATIONS_PER_PAGE} highlights`),
    );
    expect(await getAnnotation(db, 'one-too-many')).toBeUndefined();
    expect(await listAnnotations(db, PAGE)).toHaveLength(MAX_ANNOTATIONS_PER_PAGE);
    expect(await addAnnotation(db, draft({ pageKey: 'https://other.example/' }), { id: 'fine', now: 1e9 })).toMatchObject({ id: 'fine' });
  });
});

describe('two tabs at once', () => {
  test('two connections writing 50 highlights each at the same time: all 100 are kept', async () => {
    const name = `tabs-${Math.random()}`;
    const [one, two] = await Promise.all([open(name), open(name)]);
    await Promise.all(
      Array.from({ length: 50 }, (_, i) => [
        addAnnotation(one!, draft({ note: `one ${i}` }), { id: `one-${i}`, now: 1000 + i }),
        addAnnotation(two!, draft({ note: `two ${i}` }), { id: `two-${i}`, now: 1000 + i }),
      ]).flat(),
    );
    const all = await listAnnotations(one!, PAGE);
    expect(all).toHaveLength(100);
    expect(new Set(all.map((a) => a.id)).size).toBe(100);
    expect(await listAnnotations(two!, PAGE)).toEqual(all);
  });

  test('two patches sent at once, one to the note and one to the tags: both survive', async () => {
    const name = `patch-${Math.random()}`;
    const [one, two] = await Promise.all([open(name), open(name)]);
    await addAnnotation(one!, draft({ note: 'old', tags: ['old'] }), { id: 'a1', now: 1000 });
    await Promise.all([updateAnnotation(one!, 'a1', { note: 'new note' }, 2000), updateAnnotation(two!, 'a1', { tags: ['new tag'] }, 2001)]);
    expect(await getAnnotation(one!, 'a1')).toMatchObject({ note: 'new note', tags: ['new tag'], colour: 'yellow' });
  });
});

describe('two tabs editing one note', () => {
  test('the second save, made on the version both opened, is refused with the note as it is now; saved on that version, it goes through', async () => {
    const name = `conflict-${Math.random()}`;
    const [one, two] = await Promise.all([open(name), open(name)]);
    const opened = await addAnnotation(one!, draft({ note: 'first' }), { id: 'a1', now: 1000 });
    // Both tabs opened the editor on this version; tab one saves first.
    const theirs = await updateAnnotation(one!, 'a1', { note: 'from tab one' }, 2000, opened.updatedAt);
    const refused = updateAnnotation(two!, 'a1', { note: 'from tab two' }, 3000, opened.updatedAt);
    await expect(refused).rejects.toBeInstanceOf(AnnotationConflictError);
    await expect(refused).rejects.toMatchObject({ name: 'AnnotationConflictError', current: theirs });
    expect(await getAnnotation(one!, 'a1')).toEqual(theirs);
    // "Keep mine": saved on the version now stored.
    expect(await updateAnnotation(two!, 'a1', { note: 'from tab two' }, 3000, theirs.updatedAt)).toMatchObject({ note: 'from tab two', updatedAt: 3000 });
    // A change sent without a version (a colour from the toolbar) is not asked about.
    expect(await updateAnnotation(one!, 'a1', { colour: 'blue' }, 4000)).toMatchObject({ note: 'from tab two', colour: 'blue' });
  });
});

describe('a full disk', () => {
  function diskFull() {
    // idb wraps IDBObjectStore: make the underlying writes fail the way a full disk does.
    const quota = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(quota);
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(quota);
  }

  test('adding gives a clear error and keeps the highlights saved before', async () => {
    const db = await open();
    const first = await addAnnotation(db, draft({ note: 'kept' }), { id: 'a1', now: 1000 });
    diskFull();
    const adding = addAnnotation(db, draft(), { id: 'a2', now: 2000 });
    await expect(adding).rejects.toBeInstanceOf(StorageFullError);
    await expect(adding).rejects.toThrow(/disk is full.*could not save this highlight.*Nothing saved before was lost/);
    vi.restoreAllMocks();
    expect(await listAnnotations(db, PAGE)).toEqual([first]);
  });

  test('changing gives a clear error and keeps the highlight as it was', async () => {
    const db = await open();
    const first = await addAnnotation(db, draft({ note: 'kept' }), { id: 'a1', now: 1000 });
    diskFull();
    await expect(updateAnnotation(db, 'a1', { note: 'lost?' }, 2000)).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    expect(await getAnnotation(db, 'a1')).toEqual(first);
  });

  test('a quota error at commit (the transaction aborts) is a StorageFullError too', async () => {
    const db = await open();
    const first = await addAnnotation(db, draft(), { id: 'a1', now: 1000 });
    // The write is accepted, then the browser aborts the transaction as it commits.
    const add = IDBObjectStore.prototype.add;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      const request = add.apply(this, args);
      const tx = this.transaction;
      // What a real abort for quota looks like: the transaction's error is a QuotaExceededError.
      Object.defineProperty(tx, 'error', { value: new DOMException('The quota has been exceeded.', 'QuotaExceededError') });
      request.addEventListener('success', () => tx.abort());
      return request;
    });
    await expect(addAnnotation(db, draft(), { id: 'a2', now: 2000 })).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    expect(await listAnnotations(db, PAGE)).toEqual([first]);
  });
});
