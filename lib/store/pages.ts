import type { ArticleReport, PageRecord } from '../types';
import { ENGINE_VERSION } from '../types';
import { cleanUrl, pageKey, siteOf } from '../url';
import { personKeys, type Database } from './db';
import { guarded } from './errors';
import { pageFingerprints } from '../library/fingerprints';

// Kept here too: callers that save pages catch it from this module.
export { StorageFullError } from './errors';

/**
 * Save what the content script read. Revisiting (under any URL with the same key) updates the record in
 * place: one record per article, its first-saved time and visit count kept.
 */
export function savePage(db: Database, report: ArticleReport, now = Date.now()): Promise<PageRecord> {
  return guarded(async () => {
    const key = pageKey(report.url, report.canonical);
    const tx = db.transaction('pages', 'readwrite');
    const previous = await tx.store.get(key);
    const record: PageRecord = {
      key,
      url: cleanUrl(report.url) ?? report.url,
      site: siteOf(key),
      meta: report.meta,
      analysis: report.analysis,
      kinds: report.kinds,
      unmapped: report.unmapped,
      engine: ENGINE_VERSION,
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
      visits: (previous?.visits ?? 0) + 1,
      personKeys: personKeys(report.analysis.people),
      fingerprints: pageFingerprints(report.analysis),
    };
    await tx.store.put(record);
    await tx.done;
    return record;
  });
}

export async function getPage(db: Database, key: string): Promise<PageRecord | undefined> {
  const record = await db.get('pages', key);
  return record && readable(record);
}

/**
 * A record as the popup and the library show it. One an older engine wrote may lack what the present one adds
 * until it is analysed again (lib/store/refresh.ts): it is shown with none of those, not refused.
 */
export function readable(record: PageRecord): PageRecord {
  const a = record.analysis;
  if (Array.isArray(a.people) && Array.isArray(a.organizations) && Array.isArray(a.quotes) && Array.isArray(a.repeats) && Array.isArray(record.personKeys))
    return record;
  return {
    ...record,
    analysis: { ...a, people: a.people ?? [], organizations: a.organizations ?? [], quotes: a.quotes ?? [], repeats: a.repeats ?? [] },
    personKeys: record.personKeys ?? [],
  };
}

/** Most recently read first. */
export async function listPages(db: Database, limit = Infinity): Promise<PageRecord[]> {
  const out: PageRecord[] = [];
  let cursor = await db.transaction('pages').store.index('by-updated').openCursor(null, 'prev');
  while (cursor && out.length < limit) {
    out.push(readable(cursor.value));
    cursor = await cursor.continue();
  }
  return out;
}

export function deletePage(db: Database, key: string): Promise<void> {
  return db.delete('pages', key);
}

/** Pages that name a person (by the person-index key). */
export async function pagesNaming(db: Database, personKey: string): Promise<PageRecord[]> {
  return (await db.getAllFromIndex('pages', 'by-person', personKey)).map(readable);
}
