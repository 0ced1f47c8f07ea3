import { analyze, inputFromBlocks } from './detect/index';
import { extractFromHtml } from './extract/from-html';
import { MAX_ARTICLE_CHARS } from './limits';
import type { PageOutcome } from './types';

/**
 * The whole engine for one page, where it runs (Chrome's offscreen document, Firefox's background page, the
 * command line): the page's HTML in, its reading out as plain JSON. `parse` makes a Document of HTML: DOMParser
 * in a browser, linkedom in Node. The lexicons are built on first use and stay for the life of that context.
 */
export function readHtml(html: string, parse: (html: string) => Document): PageOutcome {
  let extraction;
  try {
    extraction = extractFromHtml(html, parse);
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      return { ok: false, reason: 'too-large', message: 'This page is nested too deeply to analyse.' };
    }
    throw e;
  }
  if (!extraction.ok) return extraction;
  const input = inputFromBlocks(extraction.blocks);
  if (input.text.length > MAX_ARTICLE_CHARS) {
    return {
      ok: false,
      reason: 'too-large',
      message: `This article is too long to analyse (${input.text.length.toLocaleString('en')} characters; the limit is ${MAX_ARTICLE_CHARS.toLocaleString('en')}).`,
    };
  }
  return {
    ok: true,
    reading: {
      canonical: extraction.canonical,
      meta: extraction.meta,
      analysis: analyze(input),
      kinds: input.kinds,
      places: extraction.blocks.map((b) => b.place),
    },
  };
}
