import { grouped } from '../text/numbers';
import { timing } from '../timing';
import type { ArticleMeta, BlockKind, BlockPlace } from '../types';
import { MAX_HTML_CHARS } from '../limits';
import { elementDepth, MAX_ELEMENT_DEPTH, tagDepthEstimate, TOO_DEEP_MESSAGE } from './depth';
import type { TextRun } from './dom-text';
import { extractArticle, type ArticleBlock } from './index';
import { mapByText } from './page-text';
import { numberTextNodes, ownTextNodes, runsIn, type LiveElements, type Numbering } from './numbering';

/**
 * The engine's side of reading a page: the HTML the content script sent is parsed again (DOMParser in the
 * extension's own document, linkedom on the command line), Readability reads it, and each block's text is named
 * by element number and offset (see numbering.ts), so the content script can find it on the live page without
 * reading the article itself.
 */

export interface PlacedBlock {
  kind: BlockKind;
  text: string;
  place: BlockPlace;
}

export type HtmlExtraction =
  | { ok: true; meta: ArticleMeta; canonical: string | null; blocks: PlacedBlock[] }
  | { ok: false; reason: 'not-readerable' | 'no-content' | 'too-large'; message: string };

export function extractFromHtml(html: string, parse: (html: string) => Document): HtmlExtraction {
  if (html.length > MAX_HTML_CHARS) {
    return {
      ok: false,
      reason: 'too-large',
      message: `This page is too large to analyse (${grouped(html.length)} characters of HTML; the limit is ${grouped(MAX_HTML_CHARS)}).`,
    };
  }
  // A serialised page closes every container it opens, so counting tags is exact here, and cheaper than a parse.
  if (tagDepthEstimate(html) > MAX_ELEMENT_DEPTH) return { ok: false, reason: 'too-large', message: TOO_DEEP_MESSAGE };
  const doc = parse(html);
  timing('engine-parsed');
  if (elementDepth(doc, MAX_ELEMENT_DEPTH) > MAX_ELEMENT_DEPTH) return { ok: false, reason: 'too-large', message: TOO_DEEP_MESSAGE };
  const numbers = numberTextNodes(doc);
  const extraction = extractArticle(doc, { checkReaderable: false, inPlace: true });
  timing('engine-read');
  if (!extraction.ok) return extraction;
  const { article } = extraction;

  let places = article.blocks.map((b) => placeOf(b.runs, numbers));
  if (places.some((p) => p === null)) places = placeByText(article.blocks, places, html, parse);
  return {
    ok: true,
    meta: article.meta,
    canonical: article.canonical,
    blocks: article.blocks.map((b, i) => ({ kind: b.kind, text: b.text, place: places[i]! })),
  };
}

/** Runs on numbered nodes as a place; null if any run is on a node Readability made anew. */
function placeOf(runs: readonly TextRun[] | null, numbers: Numbering): BlockPlace {
  if (!runs) return null;
  const out: number[] = [];
  for (const r of runs) {
    const at = numbers.get(r.node);
    if (at === undefined) return null;
    out.push(at.n, at.offset + r.nodeStart, r.start, r.length);
  }
  return out;
}

/**
 * Readability re-parses the page when a first attempt finds too little, and its blocks then stand on nodes of
 * its own. Those blocks are found by their text in a second parse of the same HTML, between the blocks that
 * have a place (lib/extract's mapByText), and named by that parse's numbering, which is the same.
 */
function placeByText(blocks: readonly ArticleBlock[], places: BlockPlace[], html: string, parse: (html: string) => Document): BlockPlace[] {
  const fresh = parse(html);
  const elements = fresh.getElementsByTagName('*');
  const onFresh: ArticleBlock[] = blocks.map((b, i) => ({ kind: b.kind, text: b.text, runs: runsOf(places[i] ?? null, elements) }));
  mapByText(onFresh, fresh);
  const numbers = numberTextNodes(fresh);
  return onFresh.map((b) => placeOf(b.runs, numbers));
}

/** A place on a parse's own nodes. */
function runsOf(place: BlockPlace, elements: LiveElements): TextRun[] | null {
  if (!place) return null;
  const runs: TextRun[] = [];
  for (let k = 0; k + 3 < place.length; k += 4) {
    const el = elements.item(place[k]!);
    if (!el) return null;
    const start = place[k + 2]!;
    runs.push(...runsIn(ownTextNodes(el), place[k + 1]!, place[k + 3]!, (node, nodeStart, into, length) => ({ node, nodeStart, start: start + into, length })));
  }
  return runs;
}
