import type { ArticleReport, PageRecord } from '../types';
import { ENGINE_VERSION } from '../types';
import { cleanUrl, pageKey, siteOf } from '../url';
import { personKeys, type Database } from './db';
import { guarded } from './errors';

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
    };
    await tx.store.put(record);
    await tx.done;
    return record;
  });
}

export function getPage(db: Database, key: string): Promise<PageRecord | undefined> {
  return db.get('pages', key);
}

/** Most recently read first. */
export async function listPages(db: Database, limit = Infinity): Promise<PageRecord[]> {
  const out: PageRecord[] = [];
  let cursor = await db.transaction('pages').store.index('by-updated').openCursor(null, 'prev');
  while (cursor && out.length < limit) {
    out.push(cursor.value);
    cursor = await cursor.continue();
  }
  return out;
}

export function deletePage(db: Database, key: string): Promise<void> {
  return db.delete('pages', key);
}

/** Pages that name a person (by the person-index key). */
export function pagesNaming(db: Database, personKey: string): Promise<PageRecord[]> {
  return db.getAllFromIndex('pages', 'by-person', personKey);
}
