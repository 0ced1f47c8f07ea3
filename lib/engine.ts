import { grouped } from './text/numbers';
import { timing } from './timing';
import { analyze, inputFromBlocks, type AnalyzeInput } from './detect/index';
import { extractFromHtml } from './extract/from-html';
import { MAX_ARTICLE_CHARS, MAX_NAME_LENGTH } from './limits';
import { clip, visibleText } from './text/visible';
import type { Analysis, PageOutcome } from './types';

/**
 * The whole engine for one page, where it runs (Chrome's offscreen document, Firefox's background page, the
 * command line): the page's HTML in, its reading out as plain JSON. `parse` makes a Document of HTML: DOMParser
 * in a browser, linkedom in Node. The lexicons are built on first use and stay for the life of that context.
 */
export function readHtml(html: string, parse: (html: string) => Document): PageOutcome {
  let extraction: ReturnType<typeof extractFromHtml>;
  try {
    extraction = extractFromHtml(html, parse);
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      return { ok: false, reason: 'too-large', message: 'This page is nested too deeply to analyse.' };
    }
    throw e;
  }
  if (!extraction.ok) return extraction;
  timing('engine-placed');
  const input = inputFromBlocks(extraction.blocks);
  if (input.text.length > MAX_ARTICLE_CHARS) {
    return {
      ok: false,
      reason: 'too-large',
      message: `This article is too long to analyse (${grouped(input.text.length)} characters; the limit is ${grouped(MAX_ARTICLE_CHARS)}).`,
    };
  }
  return {
    ok: true,
    reading: {
      canonical: extraction.canonical,
      meta: extraction.meta,
      analysis: analyseText(input),
      kinds: input.kinds,
      places: extraction.blocks.map((b) => b.place),
    },
  };
}

/**
 * The analysis of an article's text, as the engine gives it (a reading's; a saved record's, read again by a newer
 * engine: lib/store/refresh.ts).
 */
export function analyseText(input: AnalyzeInput): Analysis {
  return shownNames(analyze(input));
}

/**
 * Names, titles and affiliations as they are shown and copied: visible characters only, and clipped to the limit
 * (an ordinary article is never refused for a long one). Their mentions stay spans of the article's text.
 */
function shownNames(analysis: Analysis): Analysis {
  const shown = (s: string) => clip(visibleText(s), MAX_NAME_LENGTH);
  const orNull = (s: string | null) => (s === null ? null : shown(s) || null);
  return {
    ...analysis,
    people: analysis.people.map((p) => ({
      ...p,
      name: shown(p.name) || p.name.slice(0, MAX_NAME_LENGTH),
      title: orNull(p.title),
      affiliation: orNull(p.affiliation),
    })),
    organizations: analysis.organizations.map((o) => ({ ...o, name: shown(o.name) || o.name.slice(0, MAX_NAME_LENGTH) })),
    quotes: analysis.quotes.map((q) => (q.speaker ? { ...q, speaker: { ...q.speaker, name: shown(q.speaker.name) } } : q)),
  };
}
