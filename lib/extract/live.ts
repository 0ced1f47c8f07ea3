import type { BlockKind, BlockPlace } from '../types';
import type { TextRun } from './dom-text';
import type { ArticleBlock } from './index';
import { mapByText } from './page-text';
import { entryText, type LiveText } from './text-nodes';

/**
 * The content script's side of reading a page: the engine named where each block's text stands by text node
 * number (lib/extract/from-html.ts); here the numbers become the live page's nodes. Every run is checked against
 * the block's text: a node the round trip numbered differently (a script-built tree a parser would not build)
 * is looked for a few numbers away, and a block that still does not match is looked up by its text on the page
 * (mapByText), or left unmapped, never guessed.
 */

/** How far from its number a node is looked for when the page's numbering drifted. */
const DRIFT = 8;

type BlockToPlace = { kind: BlockKind; text: string; place: BlockPlace };

export function placeBlocks(doc: Document, entries: readonly LiveText[], blocks: readonly BlockToPlace[]): { blocks: ArticleBlock[]; unmapped: number } {
  const placed = blocks.map((b) => placeOne(b, entries));
  return finish(doc, placed);
}

/**
 * The same, a few milliseconds at a time, giving the page its thread back in between (an article of thousands
 * of paragraphs); null when `live()` turned false meanwhile.
 */
export async function placeBlocksInSlices(
  doc: Document,
  entries: readonly LiveText[],
  blocks: readonly BlockToPlace[],
  slicing: { yieldNow: () => Promise<void>; live: () => boolean; budgetMs?: number },
): Promise<{ blocks: ArticleBlock[]; unmapped: number } | null> {
  const { yieldNow, live, budgetMs = 8 } = slicing;
  const placed: ArticleBlock[] = [];
  let sliceStart = performance.now();
  for (const b of blocks) {
    placed.push(placeOne(b, entries));
    if (performance.now() - sliceStart < budgetMs) continue;
    await yieldNow();
    if (!live()) return null;
    sliceStart = performance.now();
  }
  return finish(doc, placed);
}

const placeOne = (b: BlockToPlace, entries: readonly LiveText[]): ArticleBlock => ({ kind: b.kind, text: b.text, runs: b.place ? liveRuns(b.text, b.place, entries) : null });

function finish(doc: Document, placed: ArticleBlock[]) {
  if (placed.some((b) => !b.runs)) mapByText(placed, doc);
  return { blocks: placed, unmapped: placed.filter((b) => !b.runs).length };
}

function liveRuns(text: string, place: readonly number[], entries: readonly LiveText[]): TextRun[] | null {
  const runs: TextRun[] = [];
  let drift = 0;
  // The runs must cover the whole text, in order: only white space (a separator the block's text added
  // between elements) may stand between them.
  let covered = 0;
  for (let k = 0; k + 3 < place.length; k += 4) {
    const [n, nodeStart, start, length] = [place[k]!, place[k + 1]!, place[k + 2]!, place[k + 3]!];
    if (start < covered || length <= 0 || start + length > text.length || !blank(text, covered, start)) return null;
    covered = start + length;
    const expected = text.slice(start, start + length);
    let found = -1;
    for (const d of drifts(drift)) {
      const entry = entries[n + d];
      if (entry && sameText(entryText(entry).slice(nodeStart, nodeStart + length), expected)) {
        found = n + d;
        drift = d;
        break;
      }
    }
    if (found < 0) return null;
    pushRuns(runs, entries[found]!, nodeStart, start, length);
  }
  return runs.length && blank(text, covered, text.length) ? runs : null;
}

function blank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** The drift that worked last first, then 0, then outwards. */
function* drifts(last: number): Generator<number> {
  yield last;
  if (last !== 0) yield 0;
  for (let d = 1; d <= DRIFT; d++) {
    if (d !== last) yield d;
    if (-d !== last) yield -d;
  }
}

/** Equal, where white space in one is any white space in the other (the block's text collapsed it). */
function sameText(live: string, expected: string): boolean {
  if (live.length !== expected.length) return false;
  // Nearly always the very same text: one native comparison, before one character at a time.
  if (live === expected) return true;
  for (let i = 0; i < live.length; i++) {
    const a = live.charCodeAt(i);
    const b = expected.charCodeAt(i);
    if (a !== b && !(isSpace(a) && isSpace(b))) return false;
  }
  return true;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
}

/** A run on one entry, split over its nodes when the entry is several adjacent text nodes. */
function pushRuns(runs: TextRun[], entry: LiveText, nodeStart: number, start: number, length: number): void {
  if (!Array.isArray(entry)) {
    runs.push({ node: entry, nodeStart, start, length });
    return;
  }
  let at = 0;
  for (const node of entry) {
    const from = Math.max(nodeStart, at);
    const to = Math.min(nodeStart + length, at + node.data.length);
    if (from < to) runs.push({ node, nodeStart: from - at, start: start + from - nodeStart, length: to - from });
    at += node.data.length;
  }
}
