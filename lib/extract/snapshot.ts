import { grouped } from '../text/numbers';
import { MAX_ARTICLE_CHARS, MAX_HTML_CHARS } from '../limits';
import { MAX_ELEMENT_DEPTH, TOO_DEEP_MESSAGE } from './depth';
import { countedChars, elementList, emptyUncounted, type LiveElements } from './numbering';
import { firstIndex } from '../sorted';

/**
 * The content script's snapshot of its page for the engine: the page's HTML and its elements in the numbering
 * the engine will use (numbering.ts). A page of ordinary size is serialised by the browser in one call
 * (`outerHTML`, a small part of what Readability would cost on the page) and its elements listed in another,
 * with no work of ours per node; a large one is serialised in slices of whole subtrees, yielding to the page
 * between slices, so no task of ours runs long.
 */

export type Snapshot = { ok: true; html: string; elements: LiveElements } | { ok: false; reason: 'too-large' | 'no-content'; message: string };

export interface SnapshotOptions {
  /** Give the page the main thread back for a moment (scheduler.yield, or a timeout). */
  yieldNow: () => Promise<void>;
  /** Pages with more elements are serialised in slices. */
  sliceAbove?: number;
  /** Elements serialised in one call at most, in a sliced snapshot. */
  chunkElements?: number;
  /** Time after which a sliced snapshot yields. */
  budgetMs?: number;
  /** Stop early when this turns true (a newer reading, navigation): the result is then discarded. */
  cancelled?: () => boolean;
}

export const CANCELLED: Snapshot = { ok: false, reason: 'no-content', message: 'cancelled' };

export async function snapshotPage(doc: Document, elements: number, options: SnapshotOptions): Promise<Snapshot> {
  const { yieldNow, sliceAbove = 12_000, chunkElements = 2_000, budgetMs = 8, cancelled = () => false } = options;
  const root = doc.documentElement;
  if (!root || !doc.body) return { ok: false, reason: 'no-content', message: 'The page has no body to read.' };
  let html: string;
  let list: LiveElements;
  if (elements <= sliceAbove) {
    // The elements and the HTML in the same task, so that the list holds the very elements serialised; the
    // scripts are emptied in a task of their own.
    list = elementList(doc);
    html = root.outerHTML;
  } else {
    const sliced = await serialiseInSlices(root, { yieldNow, chunkElements, budgetMs, cancelled });
    if (!sliced.ok) return sliced;
    ({ html, elements: list } = sliced);
  }
  if (html.length > MAX_HTML_CHARS) {
    return {
      ok: false,
      reason: 'too-large',
      message: `This page is too large to analyse (${grouped(html.length)} characters of HTML; the limit is ${grouped(MAX_HTML_CHARS)}).`,
    };
  }
  await yieldNow();
  if (cancelled()) return CANCELLED;
  // Text is never longer than its HTML: only a page of more HTML than the text limit has its text counted (a walk
  // over every text node costs ordinary pages more than it saves the rare huge one), in a task of its own.
  if (html.length > MAX_ARTICLE_CHARS && countedChars(doc, MAX_ARTICLE_CHARS) > MAX_ARTICLE_CHARS) return tooMuchText();
  return { ok: true, html: emptyUncounted(html), elements: list };
}

function tooMuchText(): Snapshot {
  return {
    ok: false,
    reason: 'too-large',
    message: `This page has too much text to analyse (more than ${grouped(MAX_ARTICLE_CHARS)} characters, the most an article may have).`,
  };
}

/** Elements whose content is not markup: always serialised whole. */
const OPAQUE = new Set(['script', 'style', 'template', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext', 'svg', 'math']);
const HTML_NS = 'http://www.w3.org/1999/xhtml';

async function serialiseInSlices(
  root: Element,
  options: Required<Pick<SnapshotOptions, 'yieldNow' | 'chunkElements' | 'budgetMs' | 'cancelled'>>,
): Promise<Snapshot> {
  const parts: string[] = [];
  // The elements in document order, as the serialised HTML has them: those opened here one by one, and each
  // subtree serialised whole as its root and the static list of its descendants.
  const chunks: (Element | LiveElements)[] = [];
  let sliceStart = performance.now();
  let tooDeep = false;

  // Depth-first over the elements too large to serialise in one call; an explicit stack, not recursion.
  type Frame = { el: Element; next: Node | null; depth: number };
  const open = (el: Element, depth: number): Frame => {
    parts.push(openTag(el));
    chunks.push(el);
    return { el, next: el.firstChild, depth };
  };
  const stack: Frame[] = [open(root, 1)];
  while (stack.length > 0) {
    if (performance.now() - sliceStart > options.budgetMs) {
      await options.yieldNow();
      if (options.cancelled()) return CANCELLED;
      sliceStart = performance.now();
    }
    const frame = stack[stack.length - 1]!;
    const node = frame.next;
    if (!node) {
      parts.push(`</${frame.el.localName}>`);
      stack.pop();
      continue;
    }
    frame.next = node.nextSibling;
    if (node.nodeType === 3) {
      parts.push(escapeText((node as Text).data));
    } else if (node.nodeType === 8) {
      parts.push(`<!--${(node as Comment).data}-->`);
    } else if (node.nodeType === 1) {
      const el = node as Element;
      const whole = el.namespaceURI !== HTML_NS || OPAQUE.has(el.localName) || el.getElementsByTagName('*').length <= options.chunkElements;
      if (whole) {
        chunks.push(el, el.querySelectorAll('*'));
        parts.push(el.outerHTML);
      } else if (frame.depth + 1 > MAX_ELEMENT_DEPTH) {
        tooDeep = true;
        break;
      } else {
        stack.push(open(el, frame.depth + 1));
      }
    }
  }
  if (tooDeep) return { ok: false, reason: 'too-large', message: TOO_DEEP_MESSAGE };
  return { ok: true, html: parts.join(''), elements: new ChunkedElements(chunks) };
}

/**
 * The elements of a page serialised in slices, numbered as one list: the chunks' offsets are added up once, and an
 * element is found by a binary search over them.
 */
class ChunkedElements implements LiveElements {
  readonly length: number;
  private readonly starts: number[] = [];
  private readonly chunks: (Element | LiveElements)[];

  constructor(chunks: (Element | LiveElements)[]) {
    this.chunks = chunks;
    let at = 0;
    for (const c of chunks) {
      this.starts.push(at);
      at += isElement(c) ? 1 : c.length;
    }
    this.length = at;
  }

  item(n: number): Element | null {
    if (n < 0 || n >= this.length) return null;
    // The last chunk starting at or before n (the first starts at 0).
    const lo = firstIndex(this.starts, (s) => s > n) - 1;
    const chunk = this.chunks[lo]!;
    return isElement(chunk) ? chunk : chunk.item(n - this.starts[lo]!);
  }
}

const isElement = (c: Element | LiveElements): c is Element => (c as Node).nodeType === 1;

function openTag(el: Element): string {
  let tag = `<${el.localName}`;
  for (const attr of Array.from(el.attributes)) tag += ` ${attr.name}="${escapeAttribute(attr.value)}"`;
  return `${tag}>`;
}

function escapeText(s: string): string {
  return s.replace(/[&<>\u00a0]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&nbsp;'));
}

function escapeAttribute(s: string): string {
  return s.replace(/[&"\u00a0]/g, (c) => (c === '&' ? '&amp;' : c === '"' ? '&quot;' : '&nbsp;'));
}

/** HTML cut into parts of at most `size` characters, never between the two halves of a surrogate pair. */
export function htmlParts(html: string, size: number): string[] {
  const parts: string[] = [];
  let at = 0;
  while (at < html.length) {
    let end = Math.min(html.length, at + size);
    const code = html.charCodeAt(end - 1);
    if (end < html.length && end - at > 1 && code >= 0xd800 && code <= 0xdbff) end--;
    parts.push(html.slice(at, end));
    at = end;
  }
  return parts.length ? parts : [''];
}
