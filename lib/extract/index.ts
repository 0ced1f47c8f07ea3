import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { ArticleMeta, BlockKind } from '../types';
import { MAX_PAGE_ELEMENTS } from '../limits';
import { collapseWhitespace } from '../text/normalize';
import { collectBlocks } from './blocks';
import { TextCollector, type TextRun } from './dom-text';
import { elementCountCheck } from './depth';
import { canonicalOf, collectVisibleText, mapByText } from './page-text';
import { MAX_META_LENGTH } from '../limits';
import { clip, visibleText } from '../text/visible';

export { canonicalOf, collectVisibleText, mapByText } from './page-text';

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

export type Extraction = { ok: true; article: Article } | { ok: false; reason: 'not-readerable' | 'no-content' | 'too-large'; message: string };

export interface ExtractOptions {
  /** Map blocks to the live document's text nodes (browser). Off for saved pages (CLI). */
  mapToLive?: boolean;
  /** Ask Readability's `isProbablyReaderable` first. Default true. */
  checkReaderable?: boolean;
  /** Decline pages with more elements than this rather than stall the tab. Default MAX_PAGE_ELEMENTS. */
  maxElements?: number;
  /**
   * Read the document itself rather than a clone (a document parsed only to be read, as in the engine): the
   * blocks keep their runs on its text nodes. Readability changes the document.
   */
  inPlace?: boolean;
}

export function extractArticle(doc: Document, options: ExtractOptions = {}): Extraction {
  const { mapToLive = false, checkReaderable = true, maxElements = MAX_PAGE_ELEMENTS, inPlace = false } = options;
  if (!doc.documentElement || !doc.body) {
    return { ok: false, reason: 'no-content', message: 'The page has no body to read.' };
  }
  const { declined } = elementCountCheck(doc, maxElements);
  if (declined) return declined;
  if (checkReaderable && !isProbablyReaderable(doc)) {
    return { ok: false, reason: 'not-readerable', message: 'This page does not look like an article.' };
  }
  const clone = inPlace ? doc : (doc.cloneNode(true) as Document);
  const cloneToLive = mapToLive && !inPlace ? pairTextNodes(clone, doc) : null;
  const canonical = canonicalOf(doc);
  // Read before Readability, which changes the document when it reads it in place.
  const pageLang = doc.documentElement.getAttribute('lang');

  const reader = new Readability(clone, { serializer: (el: Node) => el });
  const bylineNode = watchBylineNode(reader);
  const parsed = reader.parse();
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
    runs: inPlace ? b.runs : cloneToLive ? liveRuns(b.runs, cloneToLive) : null,
  }));
  if (mapToLive && !inPlace) mapByText(blocks, doc);

  const meta: ArticleMeta = {
    title: clean(parsed.title),
    byline: clean(bylineText(parsed.byline, bylineNode())),
    siteName: clean(parsed.siteName),
    publishedTime: clean(parsed.publishedTime),
    lang: clean(parsed.lang) ?? clean(pageLang),
    dir: clean(parsed.dir),
    excerpt: clean(parsed.excerpt),
  };
  return {
    ok: true,
    article: { meta, blocks, unmapped: mapToLive ? blocks.filter((b) => !b.runs).length : 0, canonical },
  };
}

/**
 * The element Readability takes the byline from, when it takes it from the page (not from metadata): its private
 * `_isValidByline` (0.6.0, pinned) is watched for the first element it accepts. Null when it took none.
 */
function watchBylineNode(reader: Readability<Node>): () => Element | null {
  let found: Element | null = null;
  const r = reader as unknown as { _isValidByline?: (node: Element, matchString: string) => boolean };
  const valid = r._isValidByline;
  if (typeof valid === 'function') {
    r._isValidByline = function (this: unknown, node: Element, matchString: string) {
      const ok = valid.call(this, node, matchString);
      if (ok && !found) found = node;
      return ok;
    };
  }
  return () => found;
}

/**
 * The byline as a reader sees it on the page: Readability joins the text of its element's children as they stand
 * ("By MARY POEAssociated Press" from a name and an agency in two elements); read again with a space where a
 * block ends or an inline element's edge would run two words together, when the byline is that element's (or its
 * [itemprop=name] child's, as Readability prefers).
 */
function bylineText(byline: string | null | undefined, node: Element | null): string | null | undefined {
  if (!byline || !node) return byline;
  const source = node.querySelector('[itemprop*="name"]') ?? node;
  if ((source.textContent ?? '').trim() !== byline) return byline;
  const collector = new TextCollector();
  collectVisibleText(source, collector, 'words');
  return collector.finish().text.replace(/\n/g, ' ');
}

/** A field of the article's metadata as it is shown and kept: visible characters only, within the limit. */
function clean(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const v = clip(collapseWhitespace(visibleText(value)), MAX_META_LENGTH).trim();
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
