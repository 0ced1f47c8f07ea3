import type { Database } from '../store/db';
import type { LibraryEntry } from './entry';

/**
 * The library's first screen, on its own: the cache's newest entries, read before (and without loading) the search
 * index or anything else the library needs later.
 */

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
