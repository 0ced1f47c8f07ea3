import type { BlockKind, BlockPlace } from '../types';
import type { TextRun } from './dom-text';
import type { ArticleBlock } from './index';
import { mapByText } from './page-text';
import type { LiveElements } from './numbering';

/**
 * The content script's side of reading a page: the engine named where each block's text stands by element
 * number and offset (lib/extract/numbering.ts, from-html.ts); here the numbers become the live page's text
 * nodes. Every run is checked against the block's text: an element the round trip numbered differently (a
 * script-built tree a parser would not build) is looked for a few numbers away, and a block that still does not
 * match is looked up by its text on the page (mapByText), or left unmapped, never guessed.
 */

/** How far from its number an element is looked for when the page's numbering drifted. */
const DRIFT = 32;

type BlockToPlace = { kind: BlockKind; text: string; place: BlockPlace };

/**
 * What placing one article keeps from block to block: the drift that worked last (the numbers of a page a script
 * built drift more the further down its article stands).
 */
interface Placing {
  elements: LiveElements;
  drift: number;
}

const placing = (elements: LiveElements): Placing => ({ elements, drift: 0 });

export function placeBlocks(doc: Document, elements: LiveElements, blocks: readonly BlockToPlace[]): { blocks: ArticleBlock[]; unmapped: number } {
  const state = placing(elements);
  const placed = blocks.map((b) => placeOne(b, state));
  return finish(doc, placed);
}

/**
 * The same, a few milliseconds at a time, giving the page its thread back in between (an article of thousands
 * of paragraphs); null when `live()` turned false meanwhile.
 */
export async function placeBlocksInSlices(
  doc: Document,
  elements: LiveElements,
  blocks: readonly BlockToPlace[],
  slicing: { yieldNow: () => Promise<void>; live: () => boolean; budgetMs?: number },
): Promise<{ blocks: ArticleBlock[]; unmapped: number } | null> {
  const { yieldNow, live, budgetMs = 8 } = slicing;
  const placed: ArticleBlock[] = [];
  const state = placing(elements);
  let sliceStart = performance.now();
  for (const b of blocks) {
    placed.push(placeOne(b, state));
    if (performance.now() - sliceStart < budgetMs) continue;
    await yieldNow();
    if (!live()) return null;
    sliceStart = performance.now();
  }
  return finish(doc, placed);
}

const placeOne = (b: BlockToPlace, state: Placing): ArticleBlock => ({ kind: b.kind, text: b.text, runs: b.place ? liveRuns(b.text, b.place, state) : null });

function finish(doc: Document, placed: ArticleBlock[]) {
  if (placed.some((b) => !b.runs)) mapByText(placed, doc);
  return { blocks: placed, unmapped: placed.filter((b) => !b.runs).length };
}

function liveRuns(text: string, place: readonly number[], state: Placing): TextRun[] | null {
  const runs: TextRun[] = [];
  // The runs must cover the whole text, in order: only white space (a separator the block's text added
  // between elements) may stand between them.
  let covered = 0;
  for (let k = 0; k + 3 < place.length; k += 4) {
    const n = place[k]!;
    const offset = place[k + 1]!;
    const start = place[k + 2]!;
    const length = place[k + 3]!;
    if (start < covered || length <= 0 || start + length > text.length || !blank(text, covered, start)) return null;
    covered = start + length;
    // Nearly always where the last run was found (no drift, or the same drift): tried before any search.
    const here = n + state.drift >= 0 ? state.elements.item(n + state.drift) : null;
    if (here && runsOn(here, offset, text, start, length, runs)) continue;
    let found = false;
    for (const d of drifts(state.drift)) {
      const el = n + d >= 0 ? state.elements.item(n + d) : null;
      if (el && runsOn(el, offset, text, start, length, runs)) {
        found = true;
        state.drift = d;
        break;
      }
    }
    if (!found) return null;
  }
  return runs.length && blank(text, covered, text.length) ? runs : null;
}

/**
 * The runs of `length` characters from `offset` in an element's own text (its child text nodes, one after the
 * other), added to `runs` when they hold the block's text from `start`; false, and nothing added, when not.
 * Node by node: no string of the element's text is made (this runs on the page, once per run of every block).
 */
function runsOn(el: Element, offset: number, text: string, start: number, length: number, runs: TextRun[]): boolean {
  const end = offset + length;
  const before = runs.length;
  let at = 0;
  for (let c = el.firstChild; c && at < end; c = c.nextSibling) {
    if (c.nodeType !== 3) continue;
    // `length`, not `data.length`: reading `data` makes a string of the node's text, needed only where the run is.
    const size = (c as Text).length;
    const from = Math.max(offset, at);
    const to = Math.min(end, at + size);
    if (from < to) {
      const into = start + from - offset;
      if (!sameText((c as Text).data.slice(from - at, to - at), text.slice(into, into + to - from))) {
        runs.length = before;
        return false;
      }
      runs.push({ node: c as Text, nodeStart: from - at, start: into, length: to - from });
    }
    at += size;
  }
  if (at >= end) return true;
  runs.length = before;
  return false;
}

function blank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** The drift that worked last first, then outwards from it, then outwards from none. */
function* drifts(last: number): Generator<number> {
  yield last;
  for (let d = 1; d <= DRIFT; d++) {
    yield last + d;
    yield last - d;
  }
  if (Math.abs(last) <= DRIFT) return;
  yield 0;
  for (let d = 1; d <= DRIFT; d++) {
    yield d;
    yield -d;
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
