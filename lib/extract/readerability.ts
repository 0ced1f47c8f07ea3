import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';

/**
 * Readability's own readerability check, bounded. It looks at the page's paragraphs one by one until their text
 * adds up to an article; a page of thousands of short paragraphs (a long list, a feed, a forum) keeps it busy
 * for tens of milliseconds in one task. A page whose first READERABLE_NODES_MAX paragraphs have not added up to
 * an article is taken not to be one: an article's long paragraphs come early.
 */
export const READERABLE_NODES_MAX = 2_000;

const ENOUGH = Symbol('enough paragraphs looked at');

/** Readability's visibility test for a paragraph (the same as its default one, which it does not export). */
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

export function probablyReaderable(doc: Document, maxNodes = READERABLE_NODES_MAX): boolean {
  let seen = 0;
  try {
    return isProbablyReaderable(doc, {
      visibilityChecker: (node: Node) => {
        if (++seen > maxNodes) throw ENOUGH;
        return isNodeVisible(node as Element);
      },
    });
  } catch (e) {
    if (e === ENOUGH) return false;
    throw e;
  }
}
