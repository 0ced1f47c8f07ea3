import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { backupOf } from '../../../lib/exchange/backup';
import { isRefusal, parseImport, type ImportPlan } from '../../../lib/exchange/import';
import { webAnnotationsOf } from '../../../lib/exchange/web-annotation';
import { MAX_ANNOTATIONS_PER_PAGE } from '../../../lib/limits';
import { openDatabase, type Database } from '../../../lib/store/db';
import { StorageFullError } from '../../../lib/store/errors';
import { importPlan } from '../../../lib/store/import';
import type { Annotation } from '../../../lib/types';
import { gardenPage, highlights, pierPage, T0 } from './sample';

const NOW = T0 + 7 * 86_400_000;
const opened: Database[] = [];
async function fresh(): Promise<Database> {
  const db = await openDatabase(`import-${Math.random()}`);
  opened.push(db);
  return db;
}
afterEach(() => {
  vi.restoreAllMocks();
  for (const db of opened.splice(0)) db.close();
});

function planOf(text: string): ImportPlan {
  const result = parseImport(text, NOW);
  if (isRefusal(result)) throw new Error(result.message);
  return result;
}
const backupPlan = () => planOf(JSON.stringify(backupOf([pierPage(), gardenPage()], highlights(), {}, NOW)));
async function everything(db: Database) {
  return { pages: await db.getAll('pages'), annotations: await db.getAll('annotations') };
}

describe('importPlan', () => {
  test('a backup into an empty library, then the same file again: nothing changes the second time', async () => {
    const db = await fresh();
    expect(await importPlan(db, backupPlan())).toEqual({ pages: { added: 2, updated: 0, unchanged: 0 }, annotations: { added: 3, updated: 0, unchanged: 0 } });
    const after = await everything(db);
    expect(await importPlan(db, backupPlan())).toEqual({ pages: { added: 0, updated: 0, unchanged: 2 }, annotations: { added: 0, updated: 0, unchanged: 3 } });
    expect(await everything(db)).toEqual(after);
    expect(after.pages.find((p) => p.key === pierPage().key)).toEqual(pierPage());
  });

  test('Web Annotations without times, imported twice: the same ids, unchanged the second time', async () => {
    const db = await fresh();
    const collection = webAnnotationsOf(highlights(), NOW) as unknown as { first: { items: Record<string, unknown>[] } };
    for (const item of collection.first.items) {
      delete item.created;
      delete item.modified;
      item.id = `https://annotations.example/${String(item.id).slice(-6)}`;
    }
    const text = JSON.stringify(collection);
    await importPlan(db, planOf(text));
    const result = parseImport(text, NOW + 1000);
    if (isRefusal(result)) throw new Error(result.message);
    expect((await importPlan(db, result)).annotations).toEqual({ added: 0, updated: 0, unchanged: 3 });
  });

  test('a newer record replaces the stored one; an older one is left alone', async () => {
    const db = await fresh();
    await importPlan(db, backupPlan());
    const [first] = highlights() as [Annotation];
    const newer = { ...first, note: 'Changed on the laptop.', updatedAt: first.updatedAt + 1000 };
    const older = { ...first, note: 'An old draft.', updatedAt: first.createdAt };
    expect((await importPlan(db, { kind: 'backup', pages: [], annotations: [newer] })).annotations).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect((await importPlan(db, { kind: 'backup', pages: [], annotations: [older] })).annotations).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect((await db.get('annotations', first.id))!.note).toBe('Changed on the laptop.');
  });

  test('all or nothing: a highlight past the per-page limit aborts the pages written before it', async () => {
    const db = await fresh();
    const [first] = highlights() as [Annotation];
    const many = Array.from({ length: MAX_ANNOTATIONS_PER_PAGE + 1 }, (_, i) => ({ ...first, id: `bulk-${i}` }));
    await expect(importPlan(db, { kind: 'backup', pages: [pierPage(), gardenPage()], annotations: many })).rejects.toThrow(
      /more than 2000 highlights.*Nothing was imported/,
    );
    expect(await everything(db)).toEqual({ pages: [], annotations: [] });
  });

  test('all or nothing: a write that fails half-way (the disk is full) keeps nothing, and says so', async () => {
    const db = await fresh();
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++calls === 4) throw new DOMException('quota', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await expect(importPlan(db, backupPlan())).rejects.toThrow(StorageFullError);
    expect(calls).toBe(4);
    vi.restoreAllMocks();
    expect(await everything(db)).toEqual({ pages: [], annotations: [] });
  });

  test('a refused file writes nothing: one bad page among good ones', async () => {
    const db = await fresh();
    const bad = { ...pierPage(), url: 'javascript:alert(1)' };
    const result = parseImport(JSON.stringify(backupOf([gardenPage(), bad], highlights(), {}, NOW)));
    expect(isRefusal(result)).toBe(true);
    if (!isRefusal(result)) await importPlan(db, result);
    expect(await everything(db)).toEqual({ pages: [], annotations: [] });
  });
});
