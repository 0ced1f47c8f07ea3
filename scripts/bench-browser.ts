import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import { ROOT, firstLookOf, launchWithExtension, tabIdOf, waitForTabState, type ExtensionBrowser } from './browser';
import { median, quantile, readabilityPages, requireShared, seeded, table, zytePages } from './corpus';

/**
 * `npm run bench -- browser [--limit N]`: what the content script costs the page's main thread, in real
 * Chromium (Debian's, never a downloaded one), with the built extension; pages served from memory on
 * 127.0.0.1, every request to another host aborted at once (nothing waits on the closed network).
 *
 * Build first: `npm run build`. The extension is loaded from .output/chrome-mv3 (NEWSMARK_EXT=<dir> loads
 * another unpacked build); without one this says "build first" and exits 1.
 * `--limit N` takes the first N pages of each corpus set (default: all 240); `--no-generated` skips the four
 * generated pages; `--only TEXT` takes only the corpus pages whose id has TEXT.
 *
 * One browser, one fresh tab per page, closed after. Each page is loaded ONCE, with the CPU profile and the
 * trace recorded together: on 30 pages loaded twice each way, the trace made no difference to our CPU beyond
 * the run-to-run noise, so a second load per page is not worth doubling the run. A page is done when the
 * extension has written its tab state, plus 500 ms for late work. Per page:
 *  - our CPU: the page target's V8 CPU profile (`Profiler.setSamplingInterval` 100 µs — on a busy 2-core
 *    machine samples come every ~200 µs — started before navigation, stopped when done). The content
 *    script's isolated world runs in the page's isolate, so its frames are in that profile. A sample counts
 *    as ours when any frame of its stack has a `chrome-extension://<id>/` URL (inclusive: DOM calls made from
 *    our code count); its time is the gap to the next sample. Compiling our script is in no sampled JS frame,
 *    so it is reported beside it ("compile": our script's `v8.compile` events in the trace). GC is not
 *    attributed.
 *  - longest task: top-level `RunTask` events on the renderer main thread (CrRendererMain of the process in
 *    which our script's `EvaluateScript` ran). A task ran our code when it contains a trace event carrying our
 *    script's URL in `args.data.url` — `EvaluateScript` and `v8.compile` once, then `FunctionCall` for every
 *    callback (under `TimerFire`, `FireAnimationFrame`, `EventDispatch`, message listeners) — or a profile
 *    sample with one of our frames: promise continuations after an `await` run in microtasks of tasks such as
 *    "Receive mojo reply", which carry no URL in the trace; the samples find them. Profile and trace share the
 *    same monotonic clock (checked: our samples fall inside our `EvaluateScript`). The page's own parser tasks
 *    in which the only code of ours is the document_start guard (api-guard.js: a script injected at
 *    document_start runs inside the parser's task, which the page makes 100–300 ms long on large pages) are
 *    reported apart, with the guard's own time in them.
 *  - idle → first paint: from the start of our script's first `EvaluateScript` to the first animation frame
 *    in which the page's highlight registry holds a range (a main-world init script polls `CSS.highlights`
 *    every frame, up to 15 s, and records `performance.now()`). The page's clock is mapped onto the trace's
 *    by a `performance.mark` made once the page is done: it is in the trace with its ts, and its startTime
 *    is on the page's clock. (The poller also makes a mark when it sees the range: the two ways agree to a
 *    fraction of a millisecond, a few ms when the machine is busy.)
 *  - Readability: afterwards, in the page's main world, `new Readability(clone).parse()` on a
 *    `document.cloneNode(true)` made just before the timer starts, median of 3; also `cloneNode(true)` and
 *    `documentElement.outerHTML` alone; the ratio our CPU / Readability. The median is of warm runs, and ours is
 *    a cold one (our functions compiled lazily, run first in the interpreter), so the first run, cold too, is
 *    reported beside it with its ratio; the goal is judged on the median.
 *  - the tab's state: `analysed`; a non-article (their CPU is reported apart) sends nothing, so a page with no state
 *    after 1.5 s is asked for its first look's verdict (in the isolated world, as the background does); `timeout` when none came in
 *    20 s.
 * The trace covers the whole browser, so it runs on a tab of its own for 20 pages at a time, each page's
 * events taken from its profile's time span: ending a trace takes ~0.1 s, and now and then 5 s (Chromium
 * waits for a renderer that exited meanwhile). A page that sends itself to https is served the same page as if
 * over https; any other navigation away is cancelled (204) and the page reported as not measured.
 * Also four generated pages (invented text): 100,000 elements, 10,000 quotes, 2 MB of text, 2,000 levels of
 * nesting built by the page's script. Raw numbers go to bench-results/browser.json.
 *
 * NEWSMARK_BENCH_MARKS=1, on a build made with NEWSMARK_MARKS=1 (lib/timing.ts), prints per page when each step from
 * the first look to the first highlight happened (the snapshot, the background, the engine's parse, Readability and
 * analysis, the reader): where idle → first paint goes.
 *
 * NEWSMARK_BENCH_PROFILES=1 also writes each page's CPU profile to bench-results/profiles/ (for DevTools), and
 * prints, per page, what the longest task that ran our code spent its time on (trace events inside it, by name)
 * and the other tasks over 20 ms.
 */

const EXT_DIR = resolve(ROOT, process.env.NEWSMARK_EXT ?? '.output/chrome-mv3');
const CONTENT_JS = join(EXT_DIR, 'first-look.js');
const READER_JS = join(EXT_DIR, 'reader.js');
if (!existsSync(join(EXT_DIR, 'manifest.json')) || !existsSync(CONTENT_JS)) {
  console.error(`build first: npm run build (no extension at ${EXT_DIR})`);
  process.exit(1);
}
requireShared();

const argv = process.argv.slice(2);
const limitArg = argv.find((a) => a.startsWith('--limit'));
const limit = limitArg ? Number(limitArg.includes('=') ? limitArg.split('=')[1] : argv[argv.indexOf(limitArg) + 1]) : Infinity;
if (!(limit > 0)) {
  console.error('--limit takes a positive number');
  process.exit(2);
}

const ARTICLE_STATUS = 'analysed';
const STATE_TIMEOUT_MS = 20_000;
/** A page without a tab state by then is asked for its first look (a page that is not an article sends nothing). */
const NOT_ARTICLE_AFTER_MS = 1_500;
const AFTER_STATE_MS = 500;
/**
 * `RunTask` (the top-level tasks) is in disabled-by-default-devtools.timeline; `toplevel` would only add
 * its ThreadControllerImpl twins and every process's mojo traffic, and triple the time Tracing.end takes.
 */
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', '__metadata'];
const READABILITY_SRC = readFileSync(resolve(ROOT, 'node_modules/@mozilla/readability/Readability.js'), 'utf8');

// ---------------------------------------------------------------------------------------------------------
// Pages

interface BenchPage {
  set: 'zyte' | 'readability' | 'synthetic';
  id: string;
  html: string;
}

const onlyAt = argv.indexOf('--only');
const only = onlyAt >= 0 ? argv[onlyAt + 1] : undefined;
const corpus: BenchPage[] = [
  ...zytePages()
    .slice(0, limit)
    .map((p) => ({ set: 'zyte' as const, id: p.id, html: p.html })),
  ...readabilityPages()
    .slice(0, limit)
    .map((p) => ({ set: 'readability' as const, id: p.id, html: p.html })),
].filter((p) => !only || p.id.includes(only));

/** Invented text: common words in random order, names made of invented surnames. */
const rnd = seeded(2024);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const WORDS = (
  'the a of to and in on for with at by from about after before under over council market river city board ' +
  'school street water price plan report week year morning evening garden bridge road train station village ' +
  'budget letter meeting office project museum harbour festival library hospital farmer teacher driver ' +
  'visitor worker neighbour resident committee said found opened closed raised cut built moved asked agreed ' +
  'planned expected reported announced delayed approved rejected quiet busy new old small large early late ' +
  'local northern southern public private long short several many few most some every other'
).split(' ');
const FIRST = ['Jane', 'Tom', 'Maria', 'Ali', 'Chen', 'Priya', 'Olu', 'Sven', 'Ines', 'Kofi', 'Lena', 'Raúl', 'Mei', 'Dario', 'Anya', 'Hugo'];
const SYLL = ['bar', 'den', 'fil', 'gor', 'han', 'kel', 'lom', 'mar', 'nov', 'pel', 'quin', 'ros', 'sat', 'tov', 'vel', 'wen', 'zar'];
const surname = () => {
  const s = Array.from({ length: 2 + Math.floor(rnd() * 2) }, () => pick(SYLL)).join('');
  return s[0]!.toUpperCase() + s.slice(1);
};
const NAMES = Array.from({ length: 400 }, () => `${pick(FIRST)} ${surname()}`);
function sentence(min: number, max: number): string {
  const n = min + Math.floor(rnd() * (max - min + 1));
  const s = Array.from({ length: n }, () => pick(WORDS)).join(' ');
  return s[0]!.toUpperCase() + s.slice(1);
}
const quote = () => `“${sentence(8, 14)}, ${sentence(4, 8).toLowerCase()},” said ${pick(NAMES)}.`;
const paragraph = () => Array.from({ length: 4 + Math.floor(rnd() * 3) }, () => `${sentence(8, 16)}.`).join(' ');
const doc = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
/** An article: a title, a byline, the paragraphs, and a quote after every fifth (something to paint). */
const article = (title: string, paras: string[], quotes = true) =>
  `<main><article><h1>${title}</h1><p class="byline">By ${pick(NAMES)}</p>${paras.map((p, i) => `<p>${p}</p>${quotes && i % 5 === 4 ? `<p>${quote()}</p>` : ''}`).join('\n')}</article></main>`;

function syntheticPages(): BenchPage[] {
  const pages: BenchPage[] = [];
  // 1. 100,000 elements: an article of 40 paragraphs, then nested divs, spans and list items (7 elements a card).
  {
    const paras = Array.from({ length: 40 }, paragraph);
    const card = (i: number) => `<div class="card"><span>entry ${i}</span><ul><li><a href="#c${i}">item</a></li><li><span>note</span></li></ul></div>`;
    const cards = Array.from({ length: Math.ceil((100_000 - 60) / 7) }, (_, i) => card(i)).join('');
    pages.push({
      set: 'synthetic',
      id: '100,000 elements',
      html: doc('A long page of many elements', `${article('A long page of many elements', paras)}<aside><div>${cards}</div></aside>`),
    });
  }
  // 2. 10,000 quotes: “Words here,” said Jane Doe.
  {
    const paras = Array.from({ length: 10_000 }, () => quote());
    pages.push({ set: 'synthetic', id: '10,000 quotes', html: doc('Ten thousand quotes', article('Ten thousand quotes', paras, false)) });
  }
  // 3. 2 MB of text in paragraphs.
  {
    const paras: string[] = [];
    let size = 0;
    while (size < 2_000_000) {
      const p = paras.length % 6 === 5 ? quote() : paragraph();
      paras.push(p);
      size += p.length;
    }
    pages.push({ set: 'synthetic', id: '2 MB of text', html: doc('Two megabytes of text', article('Two megabytes of text', paras, false)) });
  }
  // 4. 2,000 levels of nesting, built by a script of the page, beside a normal article.
  {
    const paras = Array.from({ length: 30 }, paragraph);
    const deep = `<script>(function(){var root=document.createElement('div');root.id='deep';var at=root;for(var i=0;i<2000;i++){var d=document.createElement('div');if(i%100===99)d.appendChild(document.createTextNode('Level '+(i+1)+' ${sentence(6, 10)}. '));at.appendChild(d);at=d;}var p=document.createElement('p');p.textContent='${paragraph()}';at.appendChild(p);document.body.appendChild(root);})();</script>`;
    pages.push({ set: 'synthetic', id: '2,000 levels of nesting', html: doc('A deeply nested page', article('A deeply nested page', paras) + deep) });
  }
  return pages;
}
const synthetic = argv.includes('--no-generated') ? [] : syntheticPages();

// ---------------------------------------------------------------------------------------------------------
// Server: everything from memory, by path.

const byPath = new Map<string, BenchPage>();
const pathOf = (p: BenchPage) => `/${p.set}/${encodeURIComponent(p.id)}`;
for (const p of [...corpus, ...synthetic]) byPath.set(pathOf(p), p);
const server: Server = createServer((req, res) => {
  const p = byPath.get(new URL(req.url ?? '/', 'http://x').pathname);
  if (!p) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    return res.end('not found');
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(p.html);
});
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

// ---------------------------------------------------------------------------------------------------------
// Measuring one page

/** Main world, every document: the first animation frame in which the highlight registry holds a range. */
const PAINT_POLLER = `(() => {
  if (window.top !== window || typeof CSS === 'undefined' || !CSS.highlights) return;
  const now = performance.now.bind(performance);
  const start = now();
  const tick = () => {
    for (const h of CSS.highlights.values()) {
      if (h.size > 0) {
        window.__nmBenchFirstHighlight = now();
        performance.mark('nm-bench-first-highlight');
        return;
      }
    }
    if (now() - start < 15000) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread time, µs: the time the thread was on a core. */
  tdur?: number;
  args?: { data?: { url?: string; scriptName?: string; stackTrace?: { url?: string }[] }; fileName?: string; name?: string };
}

interface CpuProfile {
  nodes: { id: number; callFrame: { url: string }; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface PageResult {
  set: BenchPage['set'];
  id: string;
  status: string;
  /** Why the page was not read, as the tab state says. */
  reason?: string;
  /** Main-thread CPU in samples with one of our frames on the stack, ms. */
  cpuMs: number | null;
  /** cpuMs with each sample scaled by its task's thread time / wall time: time on a core, not waiting for one. */
  cpuThreadMs?: number | null;
  /** From the first look's start to the reader's (brought in by the background), ms; null: no reader came. */
  readerStartMs?: number | null;
  /** Compiling our script (trace), ms; not in cpuMs. */
  compileMs: number | null;
  /** The longest task that ran our code, the page's parser tasks apart (below). */
  longestTaskMs: number | null;
  /**
   * The page's own parser task in which our document_start guard (api-guard.js, 0.5 kB) ran, when it is the only
   * code of ours in it: the longest such task, and the guard's own time in it. A script run at document_start
   * runs inside the parser's task, however long the page makes it.
   */
  parseTaskMs?: number | null;
  guardMs?: number | null;
  /** Top-level tasks that ran our code, and their total duration. */
  ourTasks: number | null;
  ourTasksMs: number | null;
  idleToPaintMs: number | null;
  /** The same, from the poller's own performance.mark in the trace (a check on the clock sync). */
  idleToPaintMarkMs?: number;
  readabilityMs: number | null;
  /** The first of the three runs: Readability cold (its functions compiled lazily, run in the interpreter), as our script runs. */
  readabilityFirstMs?: number | null;
  cloneMs: number | null;
  outerHtmlMs: number | null;
  ratio: number | null;
  /** From navigation to the tab state, ms (wall clock, includes the background's work). */
  stateAfterMs: number | null;
  /** The live page at the end: its outerHTML length and element count. */
  htmlChars?: number;
  elements?: number;
  error?: string;
}

/** What one page leaves for the trace of its chunk to complete. */
interface Pending {
  result: PageResult;
  /** The profile's span (trace clock, µs): the page's window in the trace. */
  window: { start: number; end: number } | null;
  sampleTimes: number[];
  /** Each of our samples' span, µs (the gap to the next sample). */
  sampleSpans: number[];
  syncMark: string;
  seen: { now: number; paint: number | null } | null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, no) => {
    timer = setTimeout(() => no(new Error(`${what}: no answer in ${ms} ms`)), ms);
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

/** Our samples: their times (trace clock, µs) and their total, ms. */
function profileCpu(profile: CpuProfile, prefix: string): { ms: number; times: number[]; deltas: number[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ours = new Set<number>();
  const hasParent = new Set<number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) hasParent.add(c);
  const walk = (id: number, inherited: boolean) => {
    const n = byId.get(id);
    if (!n) return;
    const mine = inherited || n.callFrame.url.startsWith(prefix);
    if (mine) ours.add(id);
    for (const c of n.children ?? []) walk(c, mine);
  };
  for (const n of profile.nodes) if (!hasParent.has(n.id)) walk(n.id, false);
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let t = profile.startTime;
  let total = 0;
  const times: number[] = [];
  const spans: number[] = [];
  for (let i = 0; i < samples.length; i++) {
    t += deltas[i] ?? 0;
    if (!ours.has(samples[i]!)) continue;
    times.push(t);
    const span = i + 1 < samples.length ? deltas[i + 1]! : 0;
    spans.push(span);
    total += span;
  }
  return { ms: total / 1000, times, deltas: spans };
}

const urlOf = (e: TraceEvent): string | undefined => e.args?.data?.url ?? e.args?.data?.scriptName ?? e.args?.fileName ?? e.args?.data?.stackTrace?.[0]?.url;

/** The trace's numbers for one page: `events` are the chunk's, the page's are those inside its window. */
function traceNumbers(events: TraceEvent[], prefix: string, pending: Pending) {
  const { window: w, sampleTimes, sampleSpans, syncMark } = pending;
  if (!w) return null;
  const inWindow = events.filter((e) => e.ts >= w.start && e.ts <= w.end);
  const ours = inWindow.filter((e) => e.name === 'EvaluateScript' && urlOf(e)?.startsWith(prefix)).sort((a, b) => a.ts - b.ts);
  // "Idle" is when the first look starts (document_idle); the API guard runs earlier, at document_start.
  const evaluate = ours.find((e) => urlOf(e)?.endsWith('/first-look.js')) ?? ours[0];
  if (!evaluate) return null;
  const { pid } = evaluate;
  // The renderer's main thread: CrRendererMain of that process (our EvaluateScript runs there).
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain');
  const tid = main?.tid ?? evaluate.tid;
  const thread = inWindow.filter((e) => e.pid === pid && e.tid === tid);
  const compileMs = thread.filter((e) => e.name === 'v8.compile' && e.ph === 'X' && urlOf(e)?.startsWith(prefix)).reduce((s, e) => s + (e.dur ?? 0), 0) / 1000;
  let runTasks = thread.filter((e) => e.name === 'RunTask' && e.ph === 'X');
  if (runTasks.length === 0) runTasks = thread.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ph === 'X');
  runTasks.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const top: TraceEvent[] = [];
  let end = -Infinity;
  for (const k of runTasks) {
    if (k.ts >= end) {
      top.push(k);
      end = k.ts + (k.dur ?? 0);
    }
  }
  // Moments at which our code was running: trace events with our URL, and our profile samples.
  const marks = [...thread.filter((e) => urlOf(e)?.startsWith(prefix)).map((e) => e.ts), ...sampleTimes].sort((a, b) => a - b);
  const ourTasks: TraceEvent[] = [];
  let j = 0;
  for (const k of top) {
    while (j < marks.length && marks[j]! < k.ts) j++;
    if (j < marks.length && marks[j]! <= k.ts + (k.dur ?? 0)) ourTasks.push(k);
  }
  // The page's parser tasks in which our only code was the document_start guard (no other script of ours, no
  // sample of ours outside the guard's evaluation).
  const within = (e: TraceEvent, k: TraceEvent) => e.ts >= k.ts && e.ts <= k.ts + (k.dur ?? 0);
  const parseTasks = new Map<TraceEvent, number>();
  for (const k of ourTasks) {
    const mine = thread.filter((e) => within(e, k) && urlOf(e)?.startsWith(prefix));
    const guard = mine.filter((e) => e.name === 'EvaluateScript' && urlOf(e)!.endsWith('/api-guard.js'));
    if (guard.length === 0 || mine.some((e) => !urlOf(e)!.endsWith('/api-guard.js'))) continue;
    if (!thread.some((e) => e.name === 'ParseHTML' && within(e, k))) continue;
    const inGuard = (t: number) => guard.some((g) => t >= g.ts && t <= g.ts + (g.dur ?? 0));
    if (sampleTimes.some((t) => t >= k.ts && t <= k.ts + (k.dur ?? 0) && !inGuard(t))) continue;
    parseTasks.set(
      k,
      guard.reduce((sum, g) => sum + (g.dur ?? 0), 0),
    );
  }
  const ownTasks = ourTasks.filter((k) => !parseTasks.has(k));
  // Our samples' time counts wall-clock time, including time the thread waited for a core (the engine, the
  // browser and the GPU process run meanwhile, on a 2-core machine). Each sample scaled by the thread time /
  // wall time (`tdur` / `dur`) of the task it fell in gives our thread CPU time.
  let cpuThreadUs = 0;
  let k = 0;
  for (let i = 0; i < sampleTimes.length; i++) {
    const at = sampleTimes[i]!;
    while (k < top.length && top[k]!.ts + (top[k]!.dur ?? 0) < at) k++;
    const task = top[k];
    const share = task && task.ts <= at && task.dur && task.tdur !== undefined ? Math.min(1, task.tdur / task.dur) : 1;
    cpuThreadUs += sampleSpans[i]! * share;
  }
  if (process.env.NEWSMARK_BENCH_PROFILES && ourTasks.length) {
    // What the longest task that ran our code spent its time on: trace events inside it, by name.
    const longest = (ownTasks.length ? ownTasks : ourTasks).reduce((a, b) => ((b.dur ?? 0) > (a.dur ?? 0) ? b : a));
    const byName = new Map<string, number>();
    for (const e of thread) {
      if (e.ph !== 'X' || e === longest || e.ts < longest.ts || e.ts > longest.ts + (longest.dur ?? 0)) continue;
      const key = `${e.name}${urlOf(e) ? ` ${urlOf(e)!.split('/').pop()}` : ''}`;
      byName.set(key, (byName.get(key) ?? 0) + (e.dur ?? 0));
    }
    const parts = [...byName]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([n, d]) => `${n} ${(d / 1000).toFixed(1)}`);
    const others = top
      .filter((k) => !ourTasks.includes(k) && (k.dur ?? 0) > 20_000)
      .map((k) => `${((k.dur ?? 0) / 1000).toFixed(0)}@+${((k.ts - evaluate.ts) / 1000).toFixed(0)}`);
    console.log(`  tasks > 20 ms not ours: ${others.join(' ')}`);
    console.log(
      `  longest task ${((longest.dur ?? 0) / 1000).toFixed(1)} ms (thread ${((longest.tdur ?? 0) / 1000).toFixed(1)}) at +${((longest.ts - evaluate.ts) / 1000).toFixed(0)} ms (profile +${((longest.ts - w.start) / 1000).toFixed(0)}): ${parts.join(' | ')}`,
    );
  }
  if (process.env.NEWSMARK_BENCH_MARKS) {
    // lib/timing.ts's marks, in any process (* another than the page's: the background, the engine), ms after idle.
    const seenMarks = new Set<string>();
    const line = inWindow
      .filter((e) => typeof e.name === 'string' && (e.name.startsWith('nm:') || e.name === 'nm-bench-first-highlight'))
      .sort((a, b) => a.ts - b.ts)
      .filter((e) => !seenMarks.has(e.name) && seenMarks.add(e.name))
      .map(
        (e) =>
          `${e.name.replace(/^nm:/, '').replace('nm-bench-first-highlight', 'PAINTED')}@${((e.ts - evaluate.ts) / 1000).toFixed(0)}${e.pid === pid ? '' : '*'}`,
      );
    console.log(`  marks ${line.join(' ')}`);
  }
  const sync = inWindow.find((e) => e.pid === pid && e.name === syncMark);
  const paintMark = inWindow.find((e) => e.pid === pid && e.name === 'nm-bench-first-highlight');
  // The reader's start, when the background brought it in.
  const readerStart = inWindow
    .filter((e) => e.name === 'EvaluateScript' && e.pid === pid && /\/reader\.js$/.test(urlOf(e) ?? ''))
    .sort((a, b) => a.ts - b.ts)[0];
  return {
    evaluateTs: evaluate.ts,
    readerStartMs: readerStart ? (readerStart.ts - evaluate.ts) / 1000 : null,
    cpuThreadMs: cpuThreadUs / 1000,
    compileMs,
    longestTaskMs: ownTasks.length ? Math.max(...ownTasks.map((k) => k.dur ?? 0)) / 1000 : null,
    ...(() => {
      // The longest of the page's parser tasks our guard ran in, and the guard's own time in that one.
      const longestParse = [...parseTasks.keys()].reduce<TraceEvent | null>((a, b) => (!a || (b.dur ?? 0) > (a.dur ?? 0) ? b : a), null);
      return {
        parseTaskMs: longestParse ? (longestParse.dur ?? 0) / 1000 : null,
        guardMs: longestParse ? parseTasks.get(longestParse)! / 1000 : null,
      };
    })(),
    ourTasks: ourTasks.length,
    ourTasksMs: ourTasks.reduce((s, k) => s + (k.dur ?? 0), 0) / 1000,
    syncTs: sync?.ts ?? null,
    paintMarkTs: paintMark?.ts ?? null,
  };
}

function complete(pending: Pending, events: TraceEvent[], prefix: string): PageResult {
  const { result, seen } = pending;
  const tr = traceNumbers(events, prefix, pending);
  if (tr) {
    result.compileMs = tr.compileMs;
    result.cpuThreadMs = tr.cpuThreadMs;
    result.readerStartMs = tr.readerStartMs;
    result.longestTaskMs = tr.longestTaskMs;
    result.parseTaskMs = tr.parseTaskMs;
    result.guardMs = tr.guardMs;
    result.ourTasks = tr.ourTasks;
    result.ourTasksMs = tr.ourTasksMs;
    // Page clock → trace clock: the sync mark was made at seen.now.
    if (seen?.paint != null && tr.syncTs !== null) result.idleToPaintMs = (tr.syncTs + (seen.paint - seen.now) * 1000 - tr.evaluateTs) / 1000;
    // The poller also made a mark when it saw the highlight: a check on the sync, and the value when a page
    // lost the poller's global.
    if (tr.paintMarkTs !== null) {
      result.idleToPaintMarkMs = (tr.paintMarkTs - tr.evaluateTs) / 1000;
      result.idleToPaintMs ??= result.idleToPaintMarkMs;
    }
  }
  return result;
}

async function readabilityInPage(page: Page) {
  await page.evaluate(`(() => { var module = undefined; ${READABILITY_SRC}\n; window.__nmBenchReadability = Readability; })()`);
  return page.evaluate(() => {
    const R = (window as unknown as { __nmBenchReadability: new (d: Document) => { parse(): unknown } }).__nmBenchReadability;
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const clone = document.cloneNode(true) as Document;
      const t = performance.now();
      new R(clone).parse();
      runs.push(performance.now() - t);
    }
    let t = performance.now();
    document.cloneNode(true);
    const cloneMs = performance.now() - t;
    t = performance.now();
    const htmlChars = document.documentElement.outerHTML.length;
    const outerHtmlMs = performance.now() - t;
    return { runs, cloneMs, outerHtmlMs, htmlChars, elements: document.getElementsByTagName('*').length };
  });
}

/** The tab's id: right after the commit the tabs API may not know the tab's new URL yet. */
async function tabIdSoon(ext: ExtensionBrowser, page: Page): Promise<number> {
  for (let tries = 0; ; tries++) {
    try {
      return await tabIdOf(ext, page);
    } catch (e) {
      if (tries >= 50) throw e;
      await sleep(100);
    }
  }
}

/** The page being measured, and whether it tried to navigate its main frame elsewhere. */
let current: { page: Page; away: boolean } | null = null;

/** One page in a fresh tab, under the chunk's trace: the profile, the tab state, Readability. */
async function measure(ext: ExtensionBrowser, p: BenchPage): Promise<Pending> {
  const prefix = `chrome-extension://${ext.extensionId}/`;
  const result: PageResult = {
    set: p.set,
    id: p.id,
    status: 'error',
    cpuMs: null,
    compileMs: null,
    longestTaskMs: null,
    ourTasks: null,
    ourTasksMs: null,
    idleToPaintMs: null,
    readabilityMs: null,
    cloneMs: null,
    outerHtmlMs: null,
    ratio: null,
    stateAfterMs: null,
  };
  const pending: Pending = {
    result,
    window: null,
    sampleTimes: [],
    sampleSpans: [],
    syncMark: `nm-bench-sync-${Math.random().toString(36).slice(2)}`,
    seen: null,
  };
  const page = await ext.context.newPage();
  let cdp: CDPSession | null = null;
  try {
    cdp = await ext.context.newCDPSession(page);
    await page.addInitScript(PAINT_POLLER);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const t0 = Date.now();
    current = { page, away: false };
    // The tab state says when the content script is done; 'commit' is all Playwright need wait for.
    await page.goto(origin + pathOf(p), { waitUntil: 'commit', timeout: 30_000 });
    const tabId = await tabIdSoon(ext, page);
    for (;;) {
      try {
        const state = (await waitForTabState(ext, tabId, 1_000)) as { status: string; reason?: string };
        result.status = state.status;
        if (state.reason) result.reason = state.reason;
        result.stateAfterMs = Date.now() - t0;
        break;
      } catch {
        // Not yet.
      }
      // A page that is not an article tells nobody: its first look's verdict is read where it left it.
      if (Date.now() - t0 > NOT_ARTICLE_AFTER_MS) {
        const look = await firstLookOf(ext, tabId).catch(() => null);
        if (look && !look.article) {
          result.status = 'not-article';
          if (look.reason) result.reason = look.reason;
          result.stateAfterMs = Date.now() - t0;
          break;
        }
      }
      if (Date.now() - t0 > STATE_TIMEOUT_MS) {
        result.status = 'timeout';
        break;
      }
      if (current.away && Date.now() - t0 > 3_000) {
        // A page that sends itself to https (or elsewhere) at once: an artefact of serving it over http.
        result.status = 'navigated-away';
        result.error = 'the page sent itself to another URL (blocked); the content script never reported';
        break;
      }
    }
    await sleep(AFTER_STATE_MS);
    // The clock sync: a mark, in the trace with its ts, and its startTime on the page's clock.
    pending.seen = await withTimeout(
      page.evaluate(
        (name) => ({
          now: performance.mark(name).startTime,
          paint: (window as unknown as { __nmBenchFirstHighlight?: number }).__nmBenchFirstHighlight ?? null,
        }),
        pending.syncMark,
      ),
      10_000,
      'clock sync',
    );
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    const cpu = profileCpu(profile, prefix);
    if (process.env.NEWSMARK_BENCH_PROFILES) {
      // NEWSMARK_BENCH_PROFILES=1: each page's CPU profile to bench-results/profiles/, for DevTools.
      const dir = resolve(ROOT, 'bench-results/profiles');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${p.set}-${p.id.replace(/[^\w.-]+/g, '_')}.cpuprofile`), JSON.stringify(profile));
    }
    result.cpuMs = cpu.ms;
    pending.sampleTimes = cpu.times;
    pending.sampleSpans = cpu.deltas;
    pending.window = { start: profile.startTime, end: profile.endTime };
    const r = await withTimeout(readabilityInPage(page), 60_000, 'readability');
    result.readabilityMs = median(r.runs);
    result.readabilityFirstMs = r.runs[0] ?? null;
    result.cloneMs = r.cloneMs;
    result.outerHtmlMs = r.outerHtmlMs;
    result.htmlChars = r.htmlChars;
    result.elements = r.elements;
    if (result.readabilityMs > 0) result.ratio = cpu.ms / result.readabilityMs;
  } catch (e) {
    result.error = (e as Error).message.split('\n')[0];
  } finally {
    await cdp?.detach().catch(() => {});
    await page.close().catch(() => {});
  }
  return pending;
}

/**
 * The trace runs on a tab of its own (tracing covers the whole browser) for CHUNK pages at a time: ending a
 * trace takes ~0.1 s, and now and then 5 s (a renderer that exited during it is waited for).
 */
class Tracer {
  private events: TraceEvent[] = [];
  private done: Promise<{ dataLossOccurred: boolean }> | null = null;
  constructor(private cdp: CDPSession) {
    cdp.on('Tracing.dataCollected', (e) => {
      for (const x of e.value) this.events.push(x as unknown as TraceEvent);
    });
  }
  async start(): Promise<void> {
    this.events = [];
    this.done = new Promise((ok) => this.cdp.once('Tracing.tracingComplete', (e) => ok({ dataLossOccurred: e.dataLossOccurred })));
    await this.cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: { recordMode: 'recordAsMuchAsPossible', includedCategories: TRACE_CATEGORIES },
    });
  }
  async end(): Promise<{ events: TraceEvent[]; dataLoss: boolean }> {
    await this.cdp.send('Tracing.end');
    const { dataLossOccurred } = await withTimeout(this.done!, 120_000, 'trace');
    const events = this.events;
    this.events = [];
    return { events, dataLoss: dataLossOccurred };
  }
}

// ---------------------------------------------------------------------------------------------------------
// Run

const ext = await launchWithExtension({ extension: EXT_DIR });
await ext.context.route('**/*', (route) => {
  const request = route.request();
  const url = request.url();
  if (url.startsWith(`${origin}/`)) return route.continue();
  if (request.isNavigationRequest()) {
    // A page that sends itself to https: the same page, as if over https (the content script runs on both).
    // Anywhere else: a 204 cancels the navigation, the page stays (and is reported as not measured).
    const u = new URL(url);
    const same = u.protocol === 'https:' && u.host === new URL(origin).host ? byPath.get(u.pathname) : undefined;
    if (same) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: same.html });
    if (current && request.frame() === current.page.mainFrame()) current.away = true;
    return route.fulfill({ status: 204, body: '' });
  }
  return route.abort('blockedbyclient');
});
const prefix = `chrome-extension://${ext.extensionId}/`;
const control = ext.context.pages()[0] ?? (await ext.context.newPage());
const tracer = new Tracer(await ext.context.newCDPSession(control));

const started = Date.now();
const results: PageResult[] = [];
const all = [...corpus, ...synthetic];
const CHUNK = 20;
let dataLoss = 0;
for (let i = 0; i < all.length; i += CHUNK) {
  await tracer.start();
  const chunk: Pending[] = [];
  for (const p of all.slice(i, i + CHUNK)) chunk.push(await measure(ext, p));
  const trace = await tracer.end();
  if (trace.dataLoss) dataLoss++;
  for (const pending of chunk) results.push(complete(pending, trace.events, prefix));
  console.error(`bench browser: ${results.length}/${all.length} pages, ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
await ext.close();
server.close();

/** Corpus pages measured (a page that navigated itself away, or failed, is listed at the end instead). */
const pageResults = results.filter((r) => r.set !== 'synthetic' && !r.error);
const syntheticResults = results.filter((r) => r.set === 'synthetic');
const num = (xs: (number | null)[]) => xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
const fmt = (x: number | null | undefined, digits = 1) => (typeof x === 'number' && Number.isFinite(x) ? x.toFixed(digits) : '–');

console.log(`\nContent script on the main thread, real Chromium, ${pageResults.length} of ${corpus.length} corpus pages measured (${EXT_DIR})\n`);

// (a) The 10 worst pages by ratio.
const worst = [...pageResults]
  .filter((r) => r.ratio !== null)
  .sort((a, b) => b.ratio! - a.ratio!)
  .slice(0, 10);
console.log('10 worst pages by our CPU / Readability.parse\n');
console.log(
  table([
    ['page', 'status', 'our CPU ms', 'compile ms', 'Readability ms', 'ratio', 'longest task ms', 'idle→paint ms', 'clone ms', 'outerHTML ms'],
    ...worst.map((r) => [
      `${r.set}/${r.id.slice(0, 24)}`,
      r.status,
      fmt(r.cpuMs),
      fmt(r.compileMs),
      fmt(r.readabilityMs),
      fmt(r.ratio, 2),
      fmt(r.longestTaskMs),
      fmt(r.idleToPaintMs),
      fmt(r.cloneMs),
      fmt(r.outerHtmlMs),
    ]),
  ]),
);

// (b) Summary.
const articles = pageResults.filter((r) => r.status === ARTICLE_STATUS);
const others = pageResults.filter((r) => r.status !== ARTICLE_STATUS && r.cpuMs !== null);
const byStatus: Record<string, number> = {};
for (const r of pageResults) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
const statusCounts = Object.entries(byStatus)
  .map(([k, v]) => `${k} ${v}`)
  .join(', ');
const row = (label: string, xs: number[]) => [label, xs.length, fmt(median(xs)), fmt(quantile(xs, 0.95))];
console.log(`\nSummary (tab states: ${statusCounts})\n`);
console.log(
  table([
    ['', 'pages', 'median', 'p95'],
    row('our CPU ms (all pages)', num(pageResults.map((r) => r.cpuMs))),
    row('our CPU ms (articles)', num(articles.map((r) => r.cpuMs))),
    row('  on a core (thread time) ms', num(pageResults.map((r) => r.cpuThreadMs ?? null))),
    [
      '  ratio on a core / Readability',
      ...(() => {
        const xs = num(pageResults.map((r) => (r.cpuThreadMs != null && r.readabilityMs ? r.cpuThreadMs / r.readabilityMs : null)));
        return [xs.length, fmt(median(xs), 2), fmt(quantile(xs, 0.95), 2)];
      })(),
    ],
    row('  + compiling our script ms', num(pageResults.map((r) => r.compileMs))),
    row('Readability.parse ms', num(pageResults.map((r) => r.readabilityMs))),
    row('  its first run (cold, as ours runs) ms', num(pageResults.map((r) => r.readabilityFirstMs ?? null))),
    [
      '  ratio on a core / that first run',
      ...(() => {
        const xs = num(pageResults.map((r) => (r.cpuThreadMs != null && r.readabilityFirstMs ? r.cpuThreadMs / r.readabilityFirstMs : null)));
        return [xs.length, fmt(median(xs), 2), fmt(quantile(xs, 0.95), 2)];
      })(),
    ],
    [
      'ratio our CPU / Readability',
      num(pageResults.map((r) => r.ratio)).length,
      fmt(median(num(pageResults.map((r) => r.ratio))), 2),
      fmt(quantile(num(pageResults.map((r) => r.ratio)), 0.95), 2),
    ],
    row('longest task running our code ms', num(pageResults.map((r) => r.longestTaskMs))),
    row("  the page's parser task our guard ran in ms", num(pageResults.map((r) => r.parseTaskMs ?? null))),
    row("    the guard's own time in that task ms", num(pageResults.map((r) => r.guardMs ?? null))),
    row('idle → first highlight painted ms', num(pageResults.map((r) => r.idleToPaintMs))),
    row('  idle → the reader starts ms', num(pageResults.map((r) => r.readerStartMs ?? null))),
    row('non-article pages: our CPU ms (goal ≤ 3)', num(others.map((r) => r.cpuMs))),
    row('  on a core (thread time) ms', num(others.map((r) => r.cpuThreadMs ?? null))),
    row('cloneNode(true) ms', num(pageResults.map((r) => r.cloneMs))),
    row('documentElement.outerHTML ms', num(pageResults.map((r) => r.outerHtmlMs))),
  ]),
);

const syncGap = num(
  results.map((r) => (r.idleToPaintMarkMs !== undefined && r.idleToPaintMs !== null ? Math.abs(r.idleToPaintMs - r.idleToPaintMarkMs) : null)),
);
if (syncGap.length)
  console.log(`\nClock check: idle→paint through the sync mark and through the poller's own mark differ by ≤ ${Math.max(...syncGap).toFixed(2)} ms`);

// (c) Generated pages.
if (syntheticResults.length) console.log('\nGenerated pages\n');
if (syntheticResults.length)
  console.log(
    table([
      ['page', 'elements', 'status', 'our CPU ms', 'compile ms', 'longest task ms', 'idle→paint ms', 'Readability ms'],
      ...syntheticResults.map((r) => [
        r.id,
        r.elements ?? '–',
        r.error ? `error: ${r.error.slice(0, 40)}` : r.status + (r.reason ? ` (${r.reason})` : ''),
        fmt(r.cpuMs),
        fmt(r.compileMs),
        fmt(r.longestTaskMs),
        r.idleToPaintMs !== null ? fmt(r.idleToPaintMs) : r.status === ARTICLE_STATUS ? 'nothing painted' : 'declined',
        fmt(r.readabilityMs),
      ]),
    ]),
  );

// (d) Size.
const content = readFileSync(CONTENT_JS);
const readerJs = existsSync(READER_JS) ? readFileSync(READER_JS) : null;
console.log(`\nfirst-look.js (every page): ${(content.length / 1024).toFixed(1)} KiB, ${(gzipSync(content).length / 1024).toFixed(1)} KiB gzipped`);
if (readerJs)
  console.log(`reader.js (brought in where needed): ${(readerJs.length / 1024).toFixed(1)} KiB, ${(gzipSync(readerJs).length / 1024).toFixed(1)} KiB gzipped`);
for (const [file, what] of [
  ['overlay.js', 'the labels and cards, where a page first has one to show'],
  ['notes.js', "the reader's highlights, where a page has or makes one"],
] as const) {
  const path = join(EXT_DIR, file);
  if (!existsSync(path)) continue;
  const js = readFileSync(path);
  console.log(`${file} (${what}): ${(js.length / 1024).toFixed(1)} KiB, ${(gzipSync(js).length / 1024).toFixed(1)} KiB gzipped`);
}
if (dataLoss) console.log(`\nWarning: the trace buffer overflowed in ${dataLoss} chunk(s) of ${CHUNK} pages: task numbers there may be missing.`);
const errors = results.filter((r) => r.error);
if (errors.length) console.log(`\n${errors.length} page(s) not measured:\n${errors.map((r) => `  ${r.set}/${r.id.slice(0, 24)}: ${r.error}`).join('\n')}`);

const outDir = resolve(ROOT, 'bench-results');
mkdirSync(outDir, { recursive: true });
writeFileSync(
  join(outDir, 'browser.json'),
  JSON.stringify(
    {
      extension: EXT_DIR,
      at: new Date().toISOString(),
      contentJsBytes: content.length,
      contentJsGzipBytes: gzipSync(content).length,
      readerJsBytes: readerJs?.length ?? null,
      readerJsGzipBytes: readerJs ? gzipSync(readerJs).length : null,
      pages: results,
    },
    null,
    1,
  ),
);
console.log(`\nRaw numbers: bench-results/browser.json (${((Date.now() - started) / 1000).toFixed(0)} s)`);
