import type { TextRun } from './dom-text';
import { TextCollector } from './dom-text';
import type { ArticleBlock } from './index';

/**
 * The page's text as a reader sees it, and article blocks found in it by their text. No Readability here: the
 * content script reads the page with these alone.
 */

/**
 * Blocks whose text nodes Readability re-created (it re-parses the page when a first attempt finds too little)
 * are looked up by their text in the live page, between the neighbours that did map. A block is placed only
 * where its text stands exactly, once in that window.
 */
export function mapByText(blocks: ArticleBlock[], doc: Document): void {
  if (blocks.every((b) => b.runs)) return;
  const collector = new TextCollector();
  // Read as the blocks are (collectBlocks), so that their text is found as it stands.
  collectVisibleText(doc.body, collector, 'words');
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
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'font',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'del',
  'ins',
  'label',
  'img',
]);

/**
 * What an inline element's edges are in collected text: nothing ('joined': the text as the DOM has it, which the
 * anchors of the reader's highlights are made on), or a space where two words would run together ('words', as the
 * article's blocks and its byline are read: a name and an agency in two spans, which the page's style sets apart).
 */
export type InlineEdges = 'joined' | 'words';

/**
 * All text of a subtree as a reader sees it: block elements separated by a line break, <br> by a space, white
 * space collapsed. Our own overlay is not the page's text.
 */
export function collectVisibleText(root: Node, collector: TextCollector, inline: InlineEdges = 'joined'): void {
  for (let child = root.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) collector.addText(child as Text);
    else if (child.nodeType === 1) {
      const tag = (child as Element).localName.toLowerCase();
      if (INVISIBLE_TAGS.has(tag) || tag.startsWith('newsmark-')) continue;
      if (tag === 'br') {
        collector.separate();
        continue;
      }
      const isInline = INLINE_TAGS.has(tag);
      const edge = () => {
        if (!isInline) collector.separate(true);
        else if (inline === 'words') collector.elementEdge();
      };
      edge();
      collectVisibleText(child, collector, inline);
      edge();
    }
  }
}

/** The page's <link rel="canonical"> as written (resolved by lib/url), or null. */
export function canonicalOf(doc: Document): string | null {
  return doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') ?? null;
}
