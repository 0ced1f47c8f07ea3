import type { Database } from '../store/db';
import { guarded } from '../store/errors';
import type { Annotation, PageRecord } from '../types';
import { readable } from '../store/pages';
import { entryOf, type LibraryEntry } from './entry';
import { LibraryIndex, searchDocOf } from './search';

/**
 * The library's cache (its entries and its search index) brought up to date with what is saved, changing only
 * what changed since it was last brought up to date: pages read since then (by their time), pages whose
 * highlights changed (by a signature of them), pages forgotten or re-analysed (their entry is gone), and pages no
 * longer saved at all. The pages and highlights stay the truth; the cache can always be made again from them.
 */

/** Pages indexed between two pauses. */
const INDEX_SLICE = 100;

/** The watermark: every page saved at or before it has its entry. Kept with the index, in the same transaction. */
const CATALOG_KEY = 'catalog';

export interface Catalog {
  /** Newest read first. */
  entries: LibraryEntry[];
  index: LibraryIndex;
  /** Entries made or dropped this time. */
  changed: number;
}

/** The newest `count` entries as the cache holds them: for the first screen, before the cache is brought up to date. */
export async function newestEntries(db: Database, count: number): Promise<LibraryEntry[]> {
  const out: LibraryEntry[] = [];
  let cursor = await db.transaction('library').store.index('by-read').openCursor(null, 'prev');
  while (cursor && out.length < count) {
    out.push(cursor.value);
    cursor = await cursor.continue();
  }
  return out;
}

function recordTime(entry: LibraryEntry): number {
  return Number(entry.sig.split(':')[0]) || 0;
}

function annotationsSig(list: readonly Annotation[]): string {
  let last = 0;
  for (const a of list) last = Math.max(last, a.updatedAt);
  return `${list.length}:${last}`;
}

/** Bring the cache up to date and return it; `rebuild` makes every entry and the index again. */
export async function openCatalog(db: Database, { rebuild = false } = {}): Promise<Catalog> {
  // Read what is saved, in one transaction: a consistent picture.
  const read = db.transaction(['pages', 'annotations', 'library', 'search'], 'readonly');
  const [pageKeys, annotations, cached, parts] = await Promise.all([
    read.objectStore('pages').getAllKeys(),
    read.objectStore('annotations').getAll(),
    read.objectStore('library').getAll(),
    read.objectStore('search').getAll(),
  ]);
  const meta = parts.find((p) => p.key === CATALOG_KEY);
  const watermark = rebuild || !meta ? -1 : (JSON.parse(meta.value) as { watermark: number }).watermark;
  const loaded = rebuild ? null : LibraryIndex.load(parts);
  const index = loaded ?? new LibraryIndex();
  // Pages read since the watermark (all of them when there is none).
  const recent = new Map<string, PageRecord>();
  let newWatermark = Math.max(watermark, 0);
  {
    const range = watermark < 0 ? undefined : IDBKeyRange.lowerBound(watermark);
    for (const record of await read.objectStore('pages').index('by-updated').getAll(range)) {
      recent.set(record.key, readable(record));
      newWatermark = Math.max(newWatermark, record.updatedAt);
    }
  }
  await read.done;

  const byPage = new Map<string, Annotation[]>();
  for (const a of annotations) {
    const list = byPage.get(a.pageKey);
    if (list) list.push(a);
    else byPage.set(a.pageKey, [a]);
  }
  const saved = new Set(pageKeys);
  const entries = new Map(cached.map((e) => [e.key, e]));
  const keys = new Set([...saved, ...byPage.keys()]);

  // Which pages need their entry (and search document) made again.
  const stale: string[] = [];
  for (const key of keys) {
    const entry = entries.get(key);
    const list = byPage.get(key) ?? [];
    if (
      !entry ||
      (recent.has(key) && recent.get(key)!.updatedAt !== recordTime(entry)) ||
      entry.saved !== saved.has(key) ||
      entry.sig !== `${entry.saved ? recordTime(entry) : 0}:${annotationsSig(list)}` ||
      !index.has(key)
    ) {
      stale.push(key);
    }
  }
  const gone = [...entries.keys()].filter((k) => !keys.has(k));
  for (const key of [...index.keys()]) if (!keys.has(key)) index.remove(key);

  // Records not read yet (highlights changed on a page read before the watermark), a batch per transaction.
  const fetched = new Map(recent);
  const missing = stale.filter((k) => saved.has(k) && !fetched.has(k));
  for (let i = 0; i < missing.length; i += 200) {
    const tx = db.transaction('pages');
    const batch = await Promise.all(missing.slice(i, i + 200).map((k) => tx.store.get(k)));
    for (const record of batch) if (record) fetched.set(record.key, readable(record));
  }
  const made: LibraryEntry[] = [];
  let sinceYield = 0;
  for (const key of stale) {
    // Indexing thousands of pages (after an import) is seconds of work: the page is given back between slices.
    if (++sinceYield >= INDEX_SLICE) {
      sinceYield = 0;
      await new Promise((next) => setTimeout(next, 0));
    }
    const record = fetched.get(key) ?? null;
    const list = byPage.get(key) ?? [];
    if (!record && !list.length) continue;
    const entry = entryOf(key, record, list);
    entries.set(key, entry);
    index.put(searchDocOf(entry, record, list));
    made.push(entry);
  }
  for (const key of gone) entries.delete(key);

  const changed = made.length + gone.length;
  if (changed || !loaded || newWatermark !== watermark) {
    const save = await index.save();
    await guarded(async () => {
      const tx = db.transaction(['library', 'search'], 'readwrite');
      const library = tx.objectStore('library');
      const search = tx.objectStore('search');
      await Promise.all([...made.map((e) => library.put(e)), ...gone.map((k) => library.delete(k)), search.clear()]);
      await Promise.all([...save.map((p) => search.put(p)), search.put({ key: CATALOG_KEY, value: JSON.stringify({ watermark: newWatermark }) })]);
      await tx.done;
    });
  }
  return { entries: [...entries.values()].sort((a, b) => b.readAt - a.readAt), index, changed };
}
