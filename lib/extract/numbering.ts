/**
 * Where a block's text stands, named the same way on both sides of the engine boundary. The content script sends
 * the page's HTML to the extension's engine, which parses it again and reads the article there; the engine names
 * the text of each block by element number (the element's place in document order, as `querySelectorAll('*')`
 * lists them) and an offset into that element's own text (its child text nodes joined), and the content script
 * turns the numbers back into the live page's nodes.
 *
 * Elements, not text nodes, are numbered: the page side then does no work per node at all when it takes its
 * snapshot (one native call lists the elements, in the same task as `outerHTML`), and an element's own text is
 * the same whether a script split it into several text nodes or not. Serialising and parsing again keeps the
 * elements and their order, except where a script built a tree the HTML parser would not build (a table with no
 * <tbody>, a <div> inside a <p>): the numbers then drift by a few, which the live side finds by comparing text
 * (lib/extract/live.ts). <script>, <style> and <noscript> are sent empty (their text is no block's, and a
 * <noscript>'s content is markup in a parse with scripting off but one text node on the live page).
 */

/** The page's elements in document order (`<html>` is number 0): a NodeList, or a list of the same shape. */
export interface LiveElements {
  readonly length: number;
  item(n: number): Element | null;
}

const TEXT_NODE = 3;

/** Elements whose text is never a block's (see above). */
const UNCOUNTED = new Set(['script', 'style', 'noscript']);

/** Every element of the document in document order: a static list made in one native call. */
export function elementList(doc: Document): LiveElements {
  return doc.querySelectorAll('*');
}

/** An element's own text nodes (its children, not its descendants'), in order. */
export function ownTextNodes(el: Element): Text[] {
  const out: Text[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === TEXT_NODE) out.push(c as Text);
  return out;
}

/**
 * The characters of text on a page that count (not those of scripts, style sheets and <noscript>), counted up
 * to a little past `limit`: one walk over the text nodes, reading their lengths, no string made (the page's
 * `textContent` of 2 MB of text took 60 ms in Chromium). On a live page a <script>, <style> or <noscript> holds
 * one text node, its child.
 */
export function countedChars(doc: Document, limit = Number.POSITIVE_INFINITY): number {
  const root = doc.documentElement;
  if (!root) return 0;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentNode as Element | null;
    if (parent && UNCOUNTED.has(parent.localName)) continue;
    // Its length, not its data: no string is made.
    chars += (node as Text).length;
    if (chars > limit) break;
  }
  return chars;
}

/** Each text node's place: its element's number and where its text starts in that element's own text. */
export type Numbering = Map<Text, { n: number; offset: number }>;

/** The numbering of a parsed document (the engine's side): elements in document order, walked without recursion. */
export function numberTextNodes(doc: Document): Numbering {
  const numbers: Numbering = new Map();
  const root = doc.documentElement;
  let n = 0;
  for (let el: Element | null = root; el; el = nextElement(el, root), n++) {
    if (UNCOUNTED.has(el.localName)) continue;
    let offset = 0;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== TEXT_NODE) continue;
      numbers.set(c as Text, { n, offset });
      offset += (c as Text).data.length;
    }
  }
  return numbers;
}

/** The element after `el` in document order, within `root`. */
function nextElement(el: Element, root: Element): Element | null {
  if (el.firstElementChild) return el.firstElementChild;
  for (let at: Element | null = el; at && at !== root; at = at.parentElement) {
    if (at.nextElementSibling) return at.nextElementSibling;
  }
  return null;
}

/** The runs of `length` characters from `offset` in an element's own text, split over its text nodes. */
export function runsIn<R>(
  nodes: readonly Text[],
  offset: number,
  length: number,
  run: (node: Text, nodeStart: number, into: number, length: number) => R,
): R[] {
  const out: R[] = [];
  let at = 0;
  for (const node of nodes) {
    const size = node.data.length;
    const from = Math.max(offset, at);
    const to = Math.min(offset + length, at + size);
    if (from < to) out.push(run(node, from - at, from - offset, to - from));
    at += size;
    if (at >= offset + length) break;
  }
  return out;
}

/** The start of a <script>, <style> or <noscript> (as a browser serialises them: in lower case), or of a comment. */
const UNCOUNTED_OPEN = /<(?:(script|style|noscript)(?=[\s/>])|!--)/g;

/**
 * Serialised HTML with <script>, <style> and <noscript> emptied. JSON-LD stays: Readability reads the article's
 * metadata from it. Their content ends at the first closing tag, and a comment may mention them. The regular
 * expression finds only their starts (natively, skipping every other tag); each end is found with indexOf.
 */
export function emptyUncounted(html: string): string {
  const parts: string[] = [];
  let copied = 0;
  const open = new RegExp(UNCOUNTED_OPEN.source, 'g');
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const tag = m[1];
    if (!tag) {
      const end = html.indexOf('-->', m.index + 4);
      if (end < 0) break;
      open.lastIndex = end + 3;
      continue;
    }
    const openEnd = html.indexOf('>', m.index);
    if (openEnd < 0) break;
    const close = html.indexOf(`</${tag}`, openEnd + 1);
    if (close < 0) break;
    if (close > openEnd + 1 && !/application\/ld\+json/i.test(html.slice(m.index, openEnd))) {
      parts.push(html.slice(copied, openEnd + 1));
      copied = close;
    }
    open.lastIndex = close + 2;
  }
  if (copied === 0) return html;
  parts.push(html.slice(copied));
  return parts.join('');
}
