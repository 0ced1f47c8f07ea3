import { siteOf } from '../url';
import type { Database } from './db';

/**
 * What the reader asks Newsmark to forget: one page (its record and its highlights), one site (every page and
 * highlight on it), or everything. Each is one transaction over both stores: all of it goes, or none.
 */

export interface Forgotten {
  pages: number;
  highlights: number;
}

async function forget(
  db: Database,
  pageMatches: (key: string, site: string) => boolean,
  highlightMatches: (pageKey: string) => boolean,
  all = false,
): Promise<Forgotten> {
  const tx = db.transaction(['pages', 'annotations', 'library', 'search'], 'readwrite');
  const out: Forgotten = { pages: 0, highlights: 0 };
  for (let c = await tx.objectStore('pages').openCursor(); c; c = await c.continue()) {
    if (!pageMatches(c.value.key, c.value.site)) continue;
    await c.delete();
    out.pages++;
  }
  for (let c = await tx.objectStore('annotations').openCursor(); c; c = await c.continue()) {
    if (!highlightMatches(c.value.pageKey)) continue;
    await c.delete();
    out.highlights++;
  }
  // The library's cache goes with them: its entries here, and for everything the search index too (for a page or
  // a site, the library drops their words from the index the next time it opens: lib/library/catalog.ts).
  const library = tx.objectStore('library');
  if (all) {
    await library.clear();
    await tx.objectStore('search').clear();
  } else {
    for (let c = await library.openCursor(); c; c = await c.continue()) {
      if (pageMatches(c.value.key, c.value.site) || highlightMatches(c.value.key)) await c.delete();
    }
  }
  await tx.done;
  return out;
}

/** A page's record and the highlights kept under its key. */
export function forgetPage(db: Database, key: string): Promise<Forgotten> {
  return forget(
    db,
    (k) => k === key,
    (pageKey) => pageKey === key,
  );
}

/** Every page and highlight of a site (its host name without "www.", as the library groups them). */
export function forgetSite(db: Database, site: string): Promise<Forgotten> {
  return forget(
    db,
    (k, s) => s === site || siteOf(k) === site,
    (pageKey) => siteOf(pageKey) === site,
  );
}

/** Everything Newsmark has kept. */
export function forgetEverything(db: Database): Promise<Forgotten> {
  return forget(
    db,
    () => true,
    () => true,
    true,
  );
}
