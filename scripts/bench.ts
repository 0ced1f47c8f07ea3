import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { parseDocument } from '../cli/dom';
import { analyze, inputFromBlocks } from '../lib/detect/index';
import { detectRepeats } from '../lib/detect/repeats';
import { extractArticle } from '../lib/extract/index';
import type { Repeat } from '../lib/types';
import { CodePointIndex } from '../lib/anchor/codepoints';
import { MatchText } from '../lib/anchor/match';
import { anchor, describe } from '../lib/anchor/selectors';
import { median, polnearTexts, quantile, readabilityPages, requireShared, seeded, table, zytePages, type CorpusPage } from './corpus';

/**
 * `npm run bench`: speed on the corpus pages, in one run, on this machine (noisy: compare ratios, not
 * absolute numbers across runs).
 *  1. Readability alone vs Newsmark's whole pass (extract + map + detect), per page: median, p95, ratio.
 *  2. Repeats on 100, 1,000 and 10,000 paragraphs: time should grow about linearly.
 *  3. Anchoring: 500 highlights on about 1 MB of text.
 * `npm run --silent bench -- anchoring` runs part 3 alone (the same text, without timing parts 1 and 2).
 * `npm run bench -- browser [--limit N]` runs scripts/bench-browser.ts instead (real Chromium; build first).
 * `npm run bench -- library [--pages N]` runs scripts/bench-library.ts: the library with 10,000 pages (build first).
 * `npm run bench -- engine-start [--rounds N]` runs scripts/bench-engine-start.ts: the detectors' start-up in Chromium.
 */

// `npm run bench -- browser`: the content script in real Chromium (scripts/bench-browser.ts), and nothing else.
if (process.argv.slice(2).includes('browser')) {
  await import('./bench-browser.ts');
  process.exit(process.exitCode ?? 0);
}

// `npm run bench -- engine-start`: the detectors' start-up in the engine's document, in real Chromium.
if (process.argv.slice(2).includes('engine-start')) {
  await import('./bench-engine-start.ts');
  process.exit(process.exitCode ?? 0);
}

// `npm run bench -- library`: the library page with 10,000 pages, in real Chromium (scripts/bench-library.ts).
if (process.argv.slice(2).includes('library')) {
  await import('./bench-library.ts');
  process.exit(process.exitCode ?? 0);
}

const anchoringOnly = process.argv.slice(2).includes('anchoring');

requireShared();
const pages: CorpusPage[] = [...zytePages(), ...readabilityPages()];

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

// 1. Per page. Parsing the HTML is the browser's work, not ours: each timed run gets a freshly parsed page.
const readabilityMs: number[] = [];
const wholeMs: number[] = [];
const detectMs: number[] = [];
const paragraphsPool: string[] = [];
for (const round of anchoringOnly ? [0] : [0, 1]) {
  for (const p of pages) {
    const a = parseDocument(p.html);
    const r = anchoringOnly ? 0 : time(() => new Readability(a.cloneNode(true) as Document).parse());
    const b = parseDocument(p.html);
    let blocks: { kind: never; text: string }[] = [];
    let d = 0;
    const w = time(() => {
      const x = extractArticle(b, { mapToLive: true, checkReaderable: false });
      if (!x.ok) return;
      blocks = x.article.blocks as never;
      if (!anchoringOnly) d = time(() => analyze(inputFromBlocks(x.article.blocks)));
    });
    if (round === 0) {
      // Warm-up round: JIT and caches; collect paragraphs for part 2.
      for (const blk of blocks) paragraphsPool.push(blk.text);
      continue;
    }
    readabilityMs.push(r);
    wholeMs.push(w);
    detectMs.push(d);
  }
}
const ratios = wholeMs.map((w, i) => w / readabilityMs[i]!);
if (!anchoringOnly) console.log(`\nWhole pass vs Readability alone, ${pages.length} corpus pages (Node, linkedom DOM)\n`);
if (!anchoringOnly)
  console.log(
    table([
      ['', 'median ms', 'p95 ms'],
      ['Readability alone (clone + parse)', median(readabilityMs), quantile(readabilityMs, 0.95)],
      ['Newsmark whole pass (extract + map + detect)', median(wholeMs), quantile(wholeMs, 0.95)],
      ['  of which detectors', median(detectMs), quantile(detectMs, 0.95)],
      ['ratio whole / Readability (per page)', median(ratios), quantile(ratios, 0.95)],
    ]),
  );

// 2. Repeats at scale: distinct real paragraphs (corpus pages and PolNeAR articles), one in twenty followed
// later by a copy with a word changed, so the share of repeats is the same at every size.
for (const { text } of polnearTexts('train')) for (const p of text.split(/\n\s*\n/)) if (p.trim()) paragraphsPool.push(p.trim());
const distinct = [...new Set(paragraphsPool)];
const rnd = seeded(7);
function corpusOf(n: number): { paras: string[]; planted: Map<number, number> } {
  const paras: string[] = [];
  const planted = new Map<number, number>();
  for (let i = 0; paras.length < n && i < distinct.length; i++) {
    const p = distinct[i]!;
    paras.push(p);
    const copy = p.replace(/\b(the|a|of)\b/, 'this');
    if (rnd() < 0.05 && paras.length < n && copy !== p) {
      planted.set(paras.length, paras.length - 1);
      paras.push(copy);
    }
  }
  if (paras.length < n) throw new Error(`only ${paras.length} distinct paragraphs for ${n}`);
  return { paras, planted };
}
const rows: (string | number)[][] = [['paragraphs', 'median ms', 'ms per 1,000', 'repeats found', 'planted found']];
let base = 0;
for (const n of anchoringOnly ? [] : [100, 1_000, 10_000]) {
  const { paras, planted } = corpusOf(n);
  const runs: number[] = [];
  let found: Repeat[] = [];
  for (let k = 0; k < 7; k++) runs.push(time(() => (found = detectRepeats(paras))));
  const m = median(runs);
  if (n === 100) base = m;
  const hits = found.filter((r) => planted.get(r.paragraph) === r.of).length;
  rows.push([n.toLocaleString(), m, (m / n) * 1000, found.length, `${hits}/${planted.size}`]);
}
if (!anchoringOnly) {
  console.log(`\nRepeats detector alone (median of 7)\n`);
  console.log(table(rows));
  const [, , last] = rows.slice(1).map((r) => r[1] as number);
  console.log(`\n10,000 / 100 paragraphs: ${(last! / base).toFixed(0)}× the time for 100× the paragraphs`);
}

// 3. Anchoring: 500 highlights on a page of about 1 MB of text, built once per pass as the content script does.
{
  const parts: string[] = [];
  let size = 0;
  for (const p of distinct) {
    parts.push(p);
    size += p.length + 1;
    if (size > 1_000_000) break;
  }
  const page = parts.join('\n');
  const rndA = seeded(11);
  const spots: { start: number; end: number }[] = [];
  while (spots.length < 500) {
    const s0 = Math.floor(rndA() * (page.length - 200));
    const a = page.indexOf(' ', s0) + 1;
    const b = page.indexOf(' ', a + 20 + Math.floor(rndA() * 60));
    if (a > 0 && b > a && !page.slice(a, b).includes('\n')) spots.push({ start: a, end: b });
  }
  const cp0 = new CodePointIndex(page);
  const m0 = new MatchText(page);
  const selectors = spots.map((sp) => describe(page, sp.start, sp.end, cp0, m0));
  // Exact: the page gained a paragraph at the top, every position moved. Fuzzy: a letter changed in every quote.
  const shifted = `A new paragraph at the top of the page, added after the highlights were made.\n${page}`;
  let fuzzy = page;
  for (const sp of [...spots].sort((x, y) => y.start - x.start)) {
    const at = sp.start + Math.floor((sp.end - sp.start) / 2);
    fuzzy = fuzzy.slice(0, at) + (fuzzy[at] === 'x' ? 'y' : 'x') + fuzzy.slice(at + 1);
  }
  const rowsA: (string | number)[][] = [['500 highlights, ' + (page.length / 1e6).toFixed(2) + ' MB of text', 'median ms', 'anchored']];
  for (const [name, text] of [
    ['unchanged page (position check)', page],
    ['every position moved (exact search)', shifted],
    ['a letter changed in every quote (all fuzzy)', fuzzy],
  ] as const) {
    const runs: number[] = [];
    let anchored = 0;
    for (let k = 0; k < 3; k++) {
      runs.push(
        time(() => {
          const m = new MatchText(text);
          const cp = new CodePointIndex(text);
          anchored = selectors.filter((sel) => anchor(m, sel, cp).status === 'anchored').length;
        }),
      );
    }
    rowsA.push([name, median(runs), `${anchored}/500`]);
  }
  console.log('\nAnchoring (median of 3; text index built inside each run)\n');
  console.log(table(rowsA));
}

// 4. Hostile text: floods of one construct, each ~100,000 characters, through every detector. Each should take
// about as long as ordinary text of its size (a few hundred ms at most here); anything quadratic shows at once.
if (!anchoringOnly) {
  const floods: [string, string][] = [
    ['20,000 opening quotes never closed', `${'\u201c'.repeat(20_000)} ${'word '.repeat(20_000)}`],
    ['20,000 straight quotes', `${'"'.repeat(20_000)} ${'word '.repeat(20_000)}`],
    ['10,000 quotes in one sentence (“Yes,” said …)', '\u201cYes,\u201d said '.repeat(10_000)],
    ['10,000 quotes after an opening clause (Then … “yes” and …)', `Then ${'then \u201cyes\u201d and '.repeat(10_000)}`],
    ['8,000 quotes after a subject and no verb of saying (Ruiz wanted “x” “x” …)', `Mayor Ana Ruiz wanted ${'\u201cx\u201d '.repeat(8_000)}`],
    ['4,000 capitalised words ending in a plural (Velmora Cats)', `${'Velmora '.repeat(4_000)}Cats met.`],
    ['30,000 titles (Mr Mr Mr …)', 'Mr '.repeat(30_000)],
    ['20,000 names in a row', 'John Smith '.repeat(20_000)],
    ['3,000 officials with titles', 'Minister of Finance John Smith of the Ministry of Finance, '.repeat(3_000)],
    ['3,000 paragraphs opening a quote', Array.from({ length: 3_000 }, () => '\u201cOpen and never closed').join('\n\n')],
    ['50,000 colons', `${': '.repeat(50_000)}x`],
    ['100,000 full stops', '. '.repeat(100_000)],
    ['one word of 200,000 letters', 'x'.repeat(200_000)],
    ['a credit line then 100,000 spaces (… contributed to this report      x)', `Ana Ruiz contributed to this report${' '.repeat(100_000)}x`],
    ['10,000 results lines head to head (Ashby 3 Felbridge 2)', 'Ashby 3 Felbridge 2\n'.repeat(10_000)],
    ['10,000 fixtures in one line (Ashby v Felbridge ,)', 'Ashby v Felbridge , '.repeat(10_000)],
    ['5,000 nicknames (Ana “Big One” Ruiz ,)', 'Ana \u201cBig One\u201d Ruiz , '.repeat(5_000)],
    ['4,000 described speakers (the union is calling “x”)', `Mayor Ana Ruiz spoke. ${'the union is calling \u201cx\u201d '.repeat(4_000)}`],
    ['25,000 closing marks with no space after (x,"Y)', 'x,"Y '.repeat(25_000)],
  ];
  const rowsH: (string | number)[][] = [['hostile text', 'characters', 'median ms (of 3)']];
  for (const [name, text] of floods) rowsH.push([name, text.length.toLocaleString('en'), median([0, 1, 2].map(() => time(() => analyze({ text }))))]);
  console.log('\nHostile text through every detector\n');
  console.log(table(rowsH));
}
