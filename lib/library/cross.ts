import { detectRepeats } from '../detect/repeats';
import type { Database } from '../store/db';
import { readable } from '../store/pages';
import type { AlsoIn, PageRecord } from '../types';
import { printsByParagraph } from './fingerprints';

export type { AlsoIn };

/** Candidate pages checked at most, those sharing most fingerprints first. */
const MAX_CANDIDATES = 8;
/** Pages taken per fingerprint. */
const PER_PRINT = 24;

/**
 * The paragraphs of `record` that stand (exactly, nearly, or inside a longer one) in other saved pages. Candidate
 * pages come from the fingerprint index; each is then checked with the same repeat detector that finds repeats
 * within a page, run over both pages' paragraphs, so "also in" means what "repeat of" means.
 */
export async function alsoIn(db: Database, record: PageRecord): Promise<AlsoIn[]> {
  const { text, paragraphs } = record.analysis;
  const prints = printsByParagraph(text, paragraphs);
  const all = [...new Set(prints.flat())];
  if (!all.length) return [];
  const tx = db.transaction('pages');
  const index = tx.store.index('by-fingerprint');
  const votes = new Map<string, number>();
  await Promise.all(
    all.map(async (print) => {
      // A paragraph carried by many saved pages (wire copy in twenty outlets) is still found, in some of them.
      const keys = await index.getAllKeys(print, PER_PRINT);
      for (const key of keys) if (key !== record.key) votes.set(key, (votes.get(key) ?? 0) + 1);
    }),
  );
  const candidates = [...votes]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_CANDIDATES)
    .map(([key]) => key);
  const others = (await Promise.all(candidates.map((key) => tx.store.get(key)))).filter((r): r is PageRecord => !!r).map(readable);
  await tx.done;

  const ours = paragraphs.map((p) => text.slice(p.start, p.end));
  const found: AlsoIn[] = [];
  for (const other of others) {
    const theirs = other.analysis.paragraphs.map((p) => other.analysis.text.slice(p.start, p.end));
    const n = theirs.length;
    const kinds = [...other.kinds, ...record.kinds];
    const seen = new Set<number>();
    for (const r of detectRepeats([...theirs, ...ours], { kinds: kinds.length === n + ours.length ? kinds : undefined })) {
      if (r.boilerplate) continue;
      // One paragraph on each side; ours come after theirs.
      const mine = r.paragraph >= n ? r.paragraph - n : r.of >= n ? r.of - n : -1;
      const other_ = r.paragraph < n ? r.paragraph : r.of < n ? r.of : -1;
      if (mine < 0 || other_ < 0 || seen.has(mine) || !prints[mine]?.length) continue;
      seen.add(mine);
      found.push({
        paragraph: mine,
        theirs: other_,
        kind: r.kind,
        similarity: r.similarity,
        page: {
          key: other.key,
          url: other.url,
          title: other.meta.title?.trim() || other.url,
          site: other.site,
          readAt: other.updatedAt,
          published: other.meta.publishedTime,
        },
      });
    }
  }
  return found.sort((a, b) => a.paragraph - b.paragraph || b.similarity - a.similarity);
}
