import type { IDBPTransaction } from 'idb';
import type { ImportPlan } from '../exchange/import';
import { MAX_ANNOTATIONS_PER_PAGE } from '../limits';
import type { Annotation, PageRecord } from '../types';
import type { Database, NewsmarkDB } from './db';
import { guarded } from './errors';

/**
 * Writing an import plan (lib/exchange/import.ts) into the library: all of it or none of it, in one transaction
 * over the pages and the highlights. A record already there is kept when the imported one is the same or older,
 * and replaced when the imported one was changed later: importing the same file twice changes nothing the second
 * time, and importing an old backup never undoes newer work.
 */

export interface ImportCounts {
  added: number;
  updated: number;
  unchanged: number;
}

export interface ImportResult {
  pages: ImportCounts;
  annotations: ImportCounts;
}

type Tx = IDBPTransaction<NewsmarkDB, ['pages', 'annotations'], 'readwrite'>;

/**
 * A request's promise, its rejection marked handled: when one request fails the transaction aborts and every other
 * request rejects too, and those rejections (the first failure is the one reported) must not surface unhandled.
 */
function request<T>(p: Promise<T>): Promise<T> {
  p.catch(() => {});
  return p;
}

/** JSON with object keys sorted, so that two records with the same content compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * What to do with an imported record given the one stored under its key. Times are left out of "the same": a Web
 * Annotation without times is dated when it is read, and must not count as changed on a second import.
 */
function decide<T extends { createdAt: number; updatedAt: number }>(current: T | undefined, incoming: T): 'add' | 'replace' | 'keep' {
  if (!current) return 'add';
  const { createdAt: _c1, updatedAt: _u1, ...a } = current;
  const { createdAt: _c2, updatedAt: _u2, ...b } = incoming;
  if (canonical(a) === canonical(b)) return 'keep';
  return incoming.updatedAt > current.updatedAt ? 'replace' : 'keep';
}

async function importPages(tx: Tx, pages: PageRecord[], touched: Set<string>): Promise<ImportCounts> {
  const store = tx.objectStore('pages');
  const counts: ImportCounts = { added: 0, updated: 0, unchanged: 0 };
  // Requests are queued together (one round of reads, then the writes): a large backup imports in one pass.
  const current = await Promise.all(pages.map((p) => request(store.get(p.key))));
  const writes: Promise<unknown>[] = [];
  pages.forEach((page, i) => {
    const choice = decide(current[i], page);
    if (choice === 'keep') {
      counts.unchanged++;
      return;
    }
    // A page read again keeps the first time it was read.
    const record = choice === 'replace' ? { ...page, createdAt: Math.min(page.createdAt, current[i]!.createdAt) } : page;
    writes.push(request(store.put(record)));
    touched.add(record.key);
    counts[choice === 'add' ? 'added' : 'updated']++;
  });
  await Promise.all(writes);
  return counts;
}

async function importAnnotations(tx: Tx, annotations: Annotation[], touched: Set<string>): Promise<ImportCounts> {
  const store = tx.objectStore('annotations');
  const counts: ImportCounts = { added: 0, updated: 0, unchanged: 0 };
  const current = await Promise.all(annotations.map((a) => request(store.get(a.id))));
  // New highlights per page, checked against MAX_ANNOTATIONS_PER_PAGE with those already there, in this same
  // transaction (no tab can add one in between).
  const added = new Map<string, number>();
  const choices = annotations.map((a, i) => {
    const choice = decide(current[i], a);
    const moved = choice === 'replace' && current[i]!.pageKey !== a.pageKey;
    if (choice === 'add' || moved) added.set(a.pageKey, (added.get(a.pageKey) ?? 0) + 1);
    return choice;
  });
  const pageKeys = [...added.keys()];
  const existing = await Promise.all(pageKeys.map((k) => request(store.index('by-page').count(k))));
  pageKeys.forEach((key, i) => {
    if (existing[i]! + added.get(key)! > MAX_ANNOTATIONS_PER_PAGE) {
      throw new Error(
        `Importing would give the page ${key} more than ${MAX_ANNOTATIONS_PER_PAGE} highlights, the most Newsmark keeps for one page. Nothing was imported.`,
      );
    }
  });
  const writes: Promise<unknown>[] = [];
  annotations.forEach((a, i) => {
    const choice = choices[i]!;
    if (choice === 'keep') {
      counts.unchanged++;
      return;
    }
    writes.push(request(store.put(a)));
    touched.add(a.pageKey);
    if (current[i]) touched.add(current[i]!.pageKey);
    counts[choice === 'add' ? 'added' : 'updated']++;
  });
  await Promise.all(writes);
  return counts;
}

/**
 * Write a plan in one readwrite transaction over 'pages' and 'annotations': any failure (a full disk, a highlight
 * past the per-page limit) aborts it and nothing of the import is kept. A full disk is a StorageFullError. The
 * plan's settings are not written here (they live in the extension's storage, lib/settings.ts).
 */
export function importPlan(db: Database, plan: ImportPlan): Promise<ImportResult> {
  return guarded(async () => {
    // (A database of an older version, opened by a test, has no library cache.)
    const withLibrary = db.objectStoreNames.contains('library');
    const tx = db.transaction(withLibrary ? ['pages', 'annotations', 'library'] : ['pages', 'annotations'], 'readwrite') as unknown as Tx;
    const done = tx.done;
    done.catch(() => {});
    try {
      const touched = new Set<string>();
      const pages = await importPages(tx, plan.pages, touched);
      const annotations = await importAnnotations(tx, plan.annotations, touched);
      // The library's entries of the pages written were made from what was there before: without them, the
      // library makes them again (lib/library/catalog.ts), however old the imported times are.
      if (withLibrary) {
        const library = (tx as unknown as IDBPTransaction<NewsmarkDB, ['library'], 'readwrite'>).objectStore('library');
        await Promise.all([...touched].map((key) => request(library.delete(key))));
      }
      await done;
      return { pages, annotations };
    } catch (e) {
      try {
        tx.abort();
      } catch {
        // Already finished or aborting.
      }
      throw e;
    }
  });
}
