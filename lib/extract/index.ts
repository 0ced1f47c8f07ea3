import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { ArticleMeta, BlockKind } from '../types';
import { MAX_PAGE_ELEMENTS } from '../limits';
import { collapseWhitespace } from '../text/normalize';
import { collectBlocks } from './blocks';
import { TextCollector, type TextRun } from './dom-text';

/**
 * Reading the article on a page: Readability on a clone of the document, the article as ordered blocks, and
 * every block mapped back to the text nodes of the live page so it can be highlighted where the reader sees
 * it. Works on a browser Document and on a Node DOM (linkedom) alike.
 */

export interface ArticleBlock {
  kind: BlockKind;
  text: string;
  /** Where the block's text lies in the live page; null when it could not be mapped. */
  runs: TextRun[] | null;
}

export interface Article {
  meta: ArticleMeta;
  blocks: ArticleBlock[];
  /** Blocks with no place in the live page (counted, never guessed). */
  unmapped: number;
  /** The page's <link rel="canonical">, if any. */
  canonical: string | null;
}

export type Extraction =
  | { ok: true; article: Article }
  | { ok: false; reason: 'not-readerable' | 'no-content' | 'too-large'; message: string };

export interface ExtractOptions {
  /** Map blocks to the live document's text nodes (browser). Off for saved pages (CLI). */
  mapToLive?: boolean;
  /** Ask Readability's `isProbablyReaderable` first. Default true. */
  checkReaderable?: boolean;
  /** Decline pages with more elements than this rather than stall the tab. Default MAX_PAGE_ELEMENTS. */
  maxElements?: number;
}

export function extractArticle(doc: Document, options: ExtractOptions = {}): Extraction {
  const { mapToLive = false, checkReaderable = true, maxElements = MAX_PAGE_ELEMENTS } = options;
  if (!doc.documentElement || !doc.body) {
    return { ok: false, reason: 'no-content', message: 'The page has no body to read.' };
  }
  const elements = doc.getElementsByTagName('*').length;
  if (elements > maxElements) {
    return {
      ok: false,
      reason: 'too-large',
      message: `This page is too large to analyse (${elements.toLocaleString('en')} elements; the limit is ${maxElements.toLocaleString('en')}).`,
    };
  }
  if (checkReaderable && !isProbablyReaderable(doc)) {
    return { ok: false, reason: 'not-readerable', message: 'This page does not look like an article.' };
  }
  const clone = doc.cloneNode(true) as Document;
  const cloneToLive = mapToLive ? pairTextNodes(clone, doc) : null;
  const canonical = canonicalOf(doc);

  const parsed = new Readability(clone, { serializer: (el: Node) => el }).parse();
  const root = parsed?.content as unknown as Element | null | undefined;
  if (!parsed || !root) {
    return { ok: false, reason: 'no-content', message: 'No article text was found on this page.' };
  }
  const domBlocks = collectBlocks(root);
  if (domBlocks.length === 0) {
    return { ok: false, reason: 'no-content', message: 'No article text was found on this page.' };
  }

  const blocks: ArticleBlock[] = domBlocks.map((b) => ({
    kind: b.kind,
    text: b.text,
    runs: cloneToLive ? liveRuns(b.runs, cloneToLive) : null,
  }));
  if (mapToLive) mapByText(blocks, doc);

  const meta: ArticleMeta = {
    title: clean(parsed.title),
    byline: clean(parsed.byline),
    siteName: clean(parsed.siteName),
    publishedTime: clean(parsed.publishedTime),
    lang: clean(parsed.lang) ?? clean(doc.documentElement.getAttribute('lang')),
    dir: clean(parsed.dir),
    excerpt: clean(parsed.excerpt),
  };
  return {
    ok: true,
    article: { meta, blocks, unmapped: mapToLive ? blocks.filter((b) => !b.runs).length : 0, canonical },
  };
}

function clean(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const v = collapseWhitespace(value);
  return v || null;
}

/** Right after cloneNode the clone and the live document have the same shape: pair their text nodes. */
function pairTextNodes(clone: Document, live: Document): Map<Text, Text> {
  const map = new Map<Text, Text>();
  const a = clone.createTreeWalker(clone.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  const b = live.createTreeWalker(live.documentElement, 4);
  for (let x = a.nextNode(), y = b.nextNode(); x && y; x = a.nextNode(), y = b.nextNode()) {
    map.set(x as Text, y as Text);
  }
  return map;
}

/** The block's runs on live nodes, or null if any of its text came from a node the live page lacks. */
function liveRuns(runs: TextRun[], cloneToLive: Map<Text, Text>): TextRun[] | null {
  const out: TextRun[] = [];
  for (const r of runs) {
    const live = cloneToLive.get(r.node);
    if (!live || live.data !== r.node.data) return null;
    out.push({ ...r, node: live });
  }
  return out;
}

/**
 * Blocks whose text nodes Readability re-created (it re-parses the page when a first attempt finds too little)
 * are looked up by their text in the live page, between the neighbours that did map. A block is placed only
 * where its text stands exactly, once in that window.
 */
function mapByText(blocks: ArticleBlock[], doc: Document): void {
  if (blocks.every((b) => b.runs)) return;
  const collector = new TextCollector();
  collectVisibleText(doc.body, collector);
  const page = collector.finish();
  // Paragraph breaks of the page are white space inside a block's text.
  const flat = page.text.replace(/\n/g, ' ');
  const runStartOf = (runs: TextRun[]) => offsetOf(page.runs, runs[0]!.node, runs[0]!.nodeStart);
  const runEndOf = (runs: TextRun[]) => {
    const last = runs[runs.length - 1]!;
    return offsetOf(page.runs, last.node, last.nodeStart + last.length);
  };
  let windowStart = 0;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.runs) {
      windowStart = Math.max(windowStart, runEndOf(block.runs) ?? windowStart);
      continue;
    }
    let windowEnd = page.text.length;
    for (let j = i + 1; j < blocks.length; j++) {
      const next = blocks[j]!.runs;
      if (next) {
        windowEnd = runStartOf(next) ?? windowEnd;
        break;
      }
    }
    const at = flat.indexOf(block.text, windowStart);
    if (at < 0 || at + block.text.length > windowEnd) continue;
    const again = flat.indexOf(block.text, at + 1);
    if (again >= 0 && again + block.text.length <= windowEnd && blocks.slice(i + 1).every((b) => b.text !== block.text)) continue;
    block.runs = sliceRuns(page.runs, at, at + block.text.length);
    windowStart = at + block.text.length;
  }
}

/** Offset in collected text of a DOM point, if a run holds it. */
function offsetOf(runs: TextRun[], node: Text, nodeOffset: number): number | null {
  for (const r of runs) {
    if (r.node === node && nodeOffset >= r.nodeStart && nodeOffset <= r.nodeStart + r.length) {
      return r.start + nodeOffset - r.nodeStart;
    }
  }
  return null;
}

/** The runs covering [start, end) of a collected text, rebased so the slice starts at 0. */
function sliceRuns(runs: TextRun[], start: number, end: number): TextRun[] {
  const out: TextRun[] = [];
  for (const r of runs) {
    const a = Math.max(start, r.start);
    const b = Math.min(end, r.start + r.length);
    if (a < b) out.push({ node: r.node, nodeStart: r.nodeStart + a - r.start, start: a - start, length: b - a });
  }
  return out;
}

const INVISIBLE_TAGS = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'head', 'title']);
const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'mark', 'q', 's',
  'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'del', 'ins', 'label', 'img',
]);

/**
 * All text of a subtree as a reader sees it: block elements separated by a line break, <br> by a space, white
 * space collapsed. Our own overlay is not the page's text.
 */
export function collectVisibleText(root: Node, collector: TextCollector): void {
  for (let child = root.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) collector.addText(child as Text);
    else if (child.nodeType === 1) {
      const tag = (child as Element).localName.toLowerCase();
      if (INVISIBLE_TAGS.has(tag) || tag.startsWith('newsmark-')) continue;
      if (tag === 'br') {
        collector.separate();
        continue;
      }
      const inline = INLINE_TAGS.has(tag);
      if (!inline) collector.separate(true);
      collectVisibleText(child, collector);
      if (!inline) collector.separate(true);
    }
  }
}

/** The page's <link rel="canonical"> as written (resolved by lib/url), or null. */
export function canonicalOf(doc: Document): string | null {
  return doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') ?? null;
}
