import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ROOT } from './browser';

/**
 * The research corpora in ../shared (never copied into the repo): loaders for the evaluation and benchmark
 * scripts. Set NEWSMARK_SHARED to use another location.
 */

export const SHARED = resolve(process.env.NEWSMARK_SHARED ?? resolve(ROOT, '../shared'));

export function requireShared(): void {
  if (!existsSync(resolve(SHARED, 'corpora'))) {
    console.error(`The corpora are not at ${SHARED}/corpora. Put the shared folder beside the repository or set NEWSMARK_SHARED.`);
    process.exit(2);
  }
}

export interface CorpusPage {
  id: string;
  url: string | null;
  html: string;
  /** Zyte's ground-truth article body, when the page has one. */
  body?: string;
  /** Readability's test expectations, when the page has them. */
  expected?: { title: string | null; byline: string | null; readerable?: boolean };
}

export function zytePages(): CorpusPage[] {
  const dir = resolve(SHARED, 'corpora/zyte-aeb');
  const truth = JSON.parse(readFileSync(resolve(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  return readdirSync(resolve(dir, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => {
      const id = f.replace(/\.html\.gz$/, '');
      return { id, url: truth[id]?.url ?? null, html: gunzipSync(readFileSync(resolve(dir, 'html', f))).toString('utf8'), body: truth[id]?.articleBody };
    });
}

export function readabilityPages(): CorpusPage[] {
  const dir = resolve(SHARED, 'corpora/readability-pages');
  return readdirSync(dir)
    .filter((d) => existsSync(resolve(dir, d, 'source.html')))
    .sort()
    .map((d) => {
      const metaPath = resolve(dir, d, 'expected-metadata.json');
      const expected = existsSync(metaPath) ? (JSON.parse(readFileSync(metaPath, 'utf8')) as CorpusPage['expected']) : undefined;
      return { id: d, url: null, html: readFileSync(resolve(dir, d, 'source.html'), 'utf8'), expected };
    });
}

export function median(xs: number[]): number {
  return quantile(xs, 0.5);
}

export function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}

/** A small seeded generator, so every run plants the same edits. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function table(rows: (string | number)[][]): string {
  const cells = rows.map((r) => r.map((c) => (typeof c === 'number' ? (Number.isInteger(c) ? String(c) : c.toFixed(Math.abs(c) < 10 ? 3 : 1)) : c)));
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  return cells.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n');
}

/** PolNeAR articles: plain text, paragraphs split by blank lines. */
export function polnearTexts(split: 'train' | 'dev'): { id: string; text: string }[] {
  const dir = resolve(SHARED, 'corpora/polnear', split, 'text');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(resolve(dir, f), 'utf8') }));
}

export interface ConllDoc {
  /** Tokens joined with spaces, one sentence a line. */
  text: string;
  /** Gold entities as character spans in `text`. */
  entities: { type: string; start: number; end: number }[];
}

/**
 * UNER English Web Treebank, dev split: documents split at `# newdoc`, tokens (`index token tag` rows) joined
 * with spaces, a sentence a line, IOB2 tags.
 */
export function unerDocs(): ConllDoc[] {
  const rows: string[] = [];
  for (const line of readFileSync(resolve(SHARED, 'corpora/uner-ewt/dev.iob2'), 'utf8').split('\n')) {
    if (line.startsWith('# newdoc')) rows.push('-DOCSTART-');
    else if (line.startsWith('#')) continue;
    else if (!line.trim()) rows.push('');
    else {
      const [, token, tag] = line.split('\t') as [string, string, string];
      rows.push(`${token} _ _ ${tag}`);
    }
  }
  return iobDocs(rows);
}

/** CoNLL-2003 validation: documents split at -DOCSTART-, tokens joined with spaces, a sentence a line. */
export function conllDocs(): ConllDoc[] {
  return iobDocs(readFileSync(resolve(SHARED, 'corpora/conll2003/valid.txt'), 'utf8').split('\n'));
}

/** Rows of `token _ _ tag` (IOB tags), blank between sentences, -DOCSTART- between documents. */
function iobDocs(lines: string[]): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let doc: ConllDoc | null = null;
  let lineOpen = false;
  type Span = { type: string; start: number; end: number };
  let cur = null as Span | null;
  const close = () => {
    if (cur && doc) doc.entities.push(cur);
    cur = null;
  };
  for (const line of lines) {
    if (line.startsWith('-DOCSTART-')) {
      close();
      if (doc) docs.push(doc);
      doc = { text: '', entities: [] };
      lineOpen = false;
      continue;
    }
    if (!doc) continue;
    if (!line.trim()) {
      close();
      if (lineOpen) doc.text += '\n';
      lineOpen = false;
      continue;
    }
    const [word, , , tag] = line.split(' ') as [string, string, string, string];
    if (lineOpen) doc.text += ' ';
    const start = doc.text.length;
    doc.text += word;
    lineOpen = true;
    const type = tag === 'O' ? null : tag.slice(2);
    if (!type || tag.startsWith('B-') || cur?.type !== type) close();
    if (type) {
      if (cur) cur.end = doc.text.length;
      else cur = { type, start, end: doc.text.length };
    }
  }
  close();
  if (doc) docs.push(doc);
  return docs;
}
