import type { Database } from '../store/db';
export { newestEntries } from './newest';
import { guarded } from '../store/errors';
import { isStale } from '../store/refresh';
import type { Annotation, PageRecord } from '../types';
import { readable } from '../store/pages';
import { entryOf, highlightsSignature, recordSignature, type LibraryEntry } from './entry';
import { LibraryIndex, searchDocOf } from './search';

/**
 * The library's cache (its entries and its search index) brought up to date with what is saved, changing only
 * what changed since it was last brought up to date: pages read since then (by their time), pages whose
 * highlights changed (by a signature of them), pages forgotten, re-analysed or imported (their entry is gone),
 * and pages no longer saved at all. The pages and highlights stay the truth; the cache can always be made again
 * from them.
 */

/** The watermark: every page saved at or before it has its entry. Kept with the index, in the same transaction. */
const CATALOG_KEY = 'catalog';
/** Pages indexed between two pauses. */
const INDEX_SLICE = 100;

export interface Catalog {
  /** Newest read first. */
  entries: LibraryEntry[];
  index: LibraryIndex;
  /** Entries made or dropped this time. */
  changed: number;
  /** The watermark the cache was brought up to. */
  watermark: number;
  /** Set when the cache was brought up to date but could not be saved (a full disk): it is made again next time. */
  unsaved?: string;
}

/** The record part of an entry's signature ("time.engine"), or "0" for a page with highlights only. */
function recordPart(entry: LibraryEntry): string {
  return entry.sig.split(':')[0] ?? '';
}

/**
 * Bring the cache up to date and return it. `rebuild` makes every entry and the index again; `previous` (the
 * catalog this page holds from its last opening) saves reading the cache and the saved index again.
 */
export async function openCatalog(db: Database, { rebuild = false, previous }: { rebuild?: boolean; previous?: Catalog } = {}): Promise<Catalog> {
  // Read what is saved, in one transaction: a consistent picture.
  const reuse = !rebuild && previous;
  const read = db.transaction(['pages', 'annotations', 'library', 'search'], 'readonly');
  const [pageKeys, annotations, cached, parts] = await Promise.all([
    read.objectStore('pages').getAllKeys(),
    read.objectStore('annotations').getAll(),
    reuse ? Promise.resolve(null) : read.objectStore('library').getAll(),
    reuse
      ? read
          .objectStore('search')
          .get(CATALOG_KEY)
          .then((m) => (m ? [m] : []))
      : read.objectStore('search').getAll(),
  ]);
  const meta = parts.find((p) => p.key === CATALOG_KEY);
  const watermark = rebuild || !meta ? -1 : (JSON.parse(meta.value) as { watermark: number }).watermark;
  // Entries another tab of the library (or a forget, an import, a refresh) removed since this page's last
  // opening are found by their absence below only when read again: a page that reuses its catalog reads the
  // entries it is told are gone (those the cache no longer holds) at once.
  let entries: Map<string, LibraryEntry>;
  let index: LibraryIndex;
  let loaded = true;
  if (reuse) {
    const present = new Set(await read.objectStore('library').getAllKeys());
    entries = new Map(previous.entries.filter((e) => present.has(e.key)).map((e) => [e.key, e]));
    index = previous.index;
  } else {
    entries = new Map((cached ?? []).map((e) => [e.key, e]));
    const fromStore = rebuild ? null : LibraryIndex.load(parts);
    loaded = !!fromStore;
    index = fromStore ?? new LibraryIndex();
  }
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
  const keys = new Set([...saved, ...byPage.keys()]);

  // Which pages need their entry (and search document) made again.
  const stale: string[] = [];
  for (const key of keys) {
    const entry = entries.get(key);
    const list = byPage.get(key) ?? [];
    const record = recent.get(key);
    if (
      !entry ||
      entry.saved !== saved.has(key) ||
      (record && recordPart(entry) !== recordSignature(record)) ||
      entry.sig !== `${recordPart(entry)}:${highlightsSignature(list)}` ||
      !index.has(key)
    ) {
      stale.push(key);
    }
  }
  const gone = [...entries.keys()].filter((k) => !keys.has(k));
  let dropped = 0;
  for (const key of [...index.keys()]) {
    if (keys.has(key)) continue;
    index.remove(key);
    dropped++;
  }

  // Records not read yet (highlights changed on a page read before the watermark), a batch per transaction.
  const fetched = new Map(recent);
  const missing = stale.filter((k) => saved.has(k) && !fetched.has(k));
  for (let i = 0; i < missing.length; i += 200) {
    const tx = db.transaction('pages');
    const batch = await Promise.all(missing.slice(i, i + 200).map((k) => tx.store.get(k)));
    for (const record of batch) if (record) fetched.set(record.key, readable(record));
  }
  const made: LibraryEntry[] = [];
  /** Entries made from a record the background may be analysing again meanwhile (lib/store/refresh.ts). */
  const unsettled: { key: string; part: string }[] = [];
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
    if (record && isStale(record)) unsettled.push({ key, part: recordSignature(record) });
  }
  for (const key of gone) entries.delete(key);

  const changed = made.length + gone.length + dropped;
  const catalog: Catalog = { entries: [...entries.values()].sort((a, b) => b.readAt - a.readAt), index, changed, watermark: newWatermark };
  if (changed || !loaded || newWatermark !== watermark) {
    const save = await index.save();
    try {
      await guarded(async () => {
        const tx = db.transaction(['pages', 'library', 'search'], 'readwrite');
        const library = tx.objectStore('library');
        const search = tx.objectStore('search');
        // An entry made from a record that was analysed again while this ran would be stale for good (same time,
        // same highlights): it is left out, and made again next time from the new analysis.
        const now = await Promise.all(unsettled.map(({ key }) => tx.objectStore('pages').get(key)));
        const outdated = new Set(unsettled.filter(({ part }, i) => !now[i] || recordSignature(now[i]!) !== part || !isStale(now[i]!)).map((u) => u.key));
        await Promise.all([
          ...made.filter((e) => !outdated.has(e.key)).map((e) => library.put(e)),
          ...[...gone, ...outdated].map((k) => library.delete(k)),
          search.clear(),
        ]);
        await Promise.all([...save.map((p) => search.put(p)), search.put({ key: CATALOG_KEY, value: JSON.stringify({ watermark: newWatermark }) })]);
        await tx.done;
      });
    } catch (e) {
      // Shown, not lost: the library works from what it holds, and saves it the next time it can.
      catalog.unsaved = (e as Error).message;
    }
  }
  return catalog;
}
