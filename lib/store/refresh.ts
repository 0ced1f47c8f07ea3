import { ENGINE_VERSION, type Analysis, type BlockKind, type PageRecord, type Span } from '../types';
import { personKeys, type Database } from './db';
import { guarded } from './errors';
import { pageFingerprints } from '../library/fingerprints';

/**
 * Saved pages analysed again by the present engine. An upgrade of the database only changes its shape (inside
 * the `versionchange` transaction, which must stay short and must not fail on one odd record); the records an
 * older engine wrote are found here later, by their `engine` version, and analysed again a few at a time, each
 * in a transaction of its own. A record that cannot be read or analysed is kept exactly as it is and reported;
 * it never stops the others.
 */

export type Reanalyse = (input: { text: string; paragraphs: Span[]; kinds?: BlockKind[] }) => Promise<Analysis>;

export interface RefreshReport {
  /** Records analysed again and saved. */
  refreshed: number;
  /** Keys of records kept as they were: unreadable, or the engine failed on them. */
  broken: string[];
}

/** A record an older engine wrote, or one missing what the present engine adds. */
export function isStale(record: PageRecord): boolean {
  return isOutdated(record) || !Array.isArray(record.fingerprints);
}

/** Its analysis must be made again (else it lacks only its fingerprints, which are made from its text). */
function isOutdated(record: PageRecord): boolean {
  const a = record.analysis as Partial<Analysis> | undefined;
  return record.engine !== ENGINE_VERSION || !Array.isArray(a?.people) || !Array.isArray(a?.organizations) || !Array.isArray(a?.quotes);
}

/** The text a record's analysis was made of, or null when it has none that can be read. */
function textOf(record: PageRecord): { text: string; paragraphs: Span[]; kinds?: BlockKind[] } | null {
  const a = record.analysis as Partial<Analysis> | undefined;
  if (typeof a?.text !== 'string' || !Array.isArray(a.paragraphs)) return null;
  const paragraphs = a.paragraphs.filter(
    (p): p is Span => Number.isInteger(p?.start) && Number.isInteger(p?.end) && p.start <= p.end && p.end <= a.text!.length,
  );
  if (paragraphs.length !== a.paragraphs.length) return null;
  return { text: a.text, paragraphs, kinds: Array.isArray(record.kinds) && record.kinds.length === paragraphs.length ? record.kinds : undefined };
}

/**
 * Analyse again up to `batch` stale records (skipping the keys in `skip`, found broken before). `more` says
 * whether stale records are left.
 */
export async function refreshSome(
  db: Database,
  reanalyse: Reanalyse,
  batch: number,
  skip: ReadonlySet<string> = new Set(),
  after?: string,
): Promise<RefreshReport & { more: boolean; last?: string }> {
  const stale: PageRecord[] = [];
  let more = false;
  // From where the last batch stopped (`after`): each batch reads on, not from the first record again.
  let cursor = await db.transaction('pages').store.openCursor(after === undefined ? null : IDBKeyRange.lowerBound(after, true));
  while (cursor) {
    const record = cursor.value;
    if (!skip.has(record.key) && isStale(record)) {
      if (stale.length === batch) {
        more = true;
        break;
      }
      stale.push(record);
    }
    cursor = await cursor.continue();
  }
  const report: RefreshReport = { refreshed: 0, broken: [] };
  for (const record of stale) {
    const input = textOf(record);
    let analysis: Analysis;
    const outdated = isOutdated(record);
    try {
      if (!input) throw new Error('no text to analyse');
      analysis = outdated ? await reanalyse(input) : record.analysis;
    } catch {
      report.broken.push(record.key);
      continue;
    }
    // Saved only if nobody saved the page meanwhile (a fresh reading is newer than this one).
    const saved = await guarded(async () => {
      // (A database of an older version, opened by a test or an old tab, has no library yet.)
      const withLibrary = db.objectStoreNames.contains('library');
      const tx = db.transaction(withLibrary ? ['pages', 'library'] : ['pages'], 'readwrite');
      const pages = tx.objectStore('pages');
      const now = await pages.get(record.key);
      if (!now || now.updatedAt !== record.updatedAt || !isStale(now)) {
        await tx.done;
        return false;
      }
      await pages.put({ ...now, analysis, personKeys: personKeys(analysis.people), engine: ENGINE_VERSION, fingerprints: pageFingerprints(analysis) });
      // The library's entry was made from the old analysis: without it, the library makes it again.
      if (withLibrary && outdated) await tx.objectStore('library').delete(record.key);
      await tx.done;
      return true;
    });
    if (saved) report.refreshed++;
  }
  return { ...report, more, last: stale.at(-1)?.key };
}

/** Every stale record, a batch at a time, the thread given back in between. */
export async function refreshAll(db: Database, reanalyse: Reanalyse, { batch = 5, pauseMs = 50 } = {}): Promise<RefreshReport> {
  const total: RefreshReport = { refreshed: 0, broken: [] };
  let after: string | undefined;
  for (;;) {
    const from = after;
    const { refreshed, broken, more, last } = await refreshSome(db, reanalyse, batch, new Set(total.broken), from);
    total.refreshed += refreshed;
    total.broken.push(...broken);
    // To the end, then once more from the start for pages saved stale meanwhile; done when a whole pass finds none.
    if (!more && from === undefined && refreshed + broken.length === 0) return total;
    after = more ? last : undefined;
    if (!more) continue;
    await new Promise((r) => setTimeout(r, pauseMs));
  }
}
