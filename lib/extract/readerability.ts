/**
 * Readability's readerability check (`isProbablyReaderable`, Readability-readerable.js of @mozilla/readability
 * 0.6.0, Apache-2.0), as the first look runs it on every page, with two changes that keep its answer:
 *  - bounded: it looks at the page's paragraphs one by one until their text adds up to an article; a page of
 *    thousands of short paragraphs (a long list, a feed, a forum) kept it busy for tens of milliseconds in one
 *    task. A page whose first READERABLE_NODES_MAX paragraphs have not added up to an article is taken not to be
 *    one: an article's long paragraphs come early.
 *  - a paragraph's text is not made into one string (`textContent.trim()`): its text nodes are read one by one
 *    until it is known to be long enough. Readability also looks at <article>, the whole story on most news
 *    pages: 2 MB of text in one took 60 ms in Chromium, for an answer its first paragraphs give.
 * tests/lib/extract/readerability.test.ts checks it against Readability's own.
 */
export const READERABLE_NODES_MAX = 2_000;

/** Readability's options, as its defaults have them. */
const MIN_SCORE = 20;
const MIN_CONTENT_LENGTH = 140;
/** A paragraph this long (trimmed) scores more than MIN_SCORE alone: its exact length no longer matters. */
const DECISIVE_LENGTH = MIN_CONTENT_LENGTH + MIN_SCORE * MIN_SCORE + 1;

/** Readability's own (it keeps both copies in sync with Readability.js). */
const UNLIKELY_CANDIDATES =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const OK_MAYBE_ITS_A_CANDIDATE = /and|article|body|column|content|main|shadow/i;

/** Readability's visibility test for a paragraph. */
function isNodeVisible(node: Element): boolean {
  const el = node as HTMLElement;
  return (
    el.style?.display !== 'none' &&
    !el.hasAttribute('hidden') &&
    (!el.hasAttribute('aria-hidden') ||
      el.getAttribute('aria-hidden') !== 'true' ||
      (typeof el.className === 'string' && el.className.includes('fallback-image')))
  );
}

/**
 * `node.textContent.trim().length` when that is at most `cap`; otherwise some number over `cap`. Reads the text
 * nodes in order and stops once the characters from the first one that is not white space to the last one seen
 * are more than `cap`. (`\s` is the white space `trim` removes.)
 */
export function trimmedTextLength(node: Element, cap: number): number {
  const walker = node.ownerDocument.createTreeWalker(node, 4 /* NodeFilter.SHOW_TEXT */);
  let at = 0;
  let first = -1;
  let last = -1;
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const data = (text as Text).data;
    const lead = data.search(/\S/);
    if (lead >= 0) {
      if (first < 0) first = at + lead;
      last = at + data.trimEnd().length - 1;
      if (last - first + 1 > cap) break;
    }
    at += data.length;
  }
  return first < 0 ? 0 : last - first + 1;
}

export function probablyReaderable(doc: Document, maxNodes = READERABLE_NODES_MAX): boolean {
  let nodes: ArrayLike<Element> = doc.querySelectorAll('p, pre, article');
  // <div>s of text broken by <br>s count as paragraphs too.
  const brs = doc.querySelectorAll('div > br');
  if (brs.length) {
    const set = new Set(Array.from(nodes));
    for (const br of Array.from(brs)) set.add(br.parentNode as Element);
    nodes = Array.from(set);
  }
  let score = 0;
  const count = Math.min(nodes.length, maxNodes);
  for (let i = 0; i < count; i++) {
    const node = nodes[i]!;
    if (!isNodeVisible(node)) continue;
    const matchString = `${node.className} ${node.id}`;
    if (UNLIKELY_CANDIDATES.test(matchString) && !OK_MAYBE_ITS_A_CANDIDATE.test(matchString)) continue;
    if (node.matches('li p')) continue;
    const length = trimmedTextLength(node, DECISIVE_LENGTH);
    if (length < MIN_CONTENT_LENGTH) continue;
    score += Math.sqrt(length - MIN_CONTENT_LENGTH);
    if (score > MIN_SCORE) return true;
  }
  return false;
}
