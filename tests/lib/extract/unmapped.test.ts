// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { analyze, inputFromBlocks } from '../../../lib/detect/index';
import { extractArticle, type Article } from '../../../lib/extract/index';
import { paintArticle } from '../../../lib/highlight/article';
import { useFakeHighlights } from '../../helpers/highlights';

// A block that has no single place on the live page is counted as unmapped, and nothing is painted for it.
//
// How the fixture forces it: the article is short and one paragraph sits in a "comment-sidebar" box, so
// Readability's first attempt (which strips such boxes) finds less text than a later attempt made from a
// re-parsed copy of the page; the article then comes from re-created nodes, and every block has to be found
// again by its text between its neighbours. The second paragraph's text also stands in a <button> (visible on
// the page, always dropped by Readability) just before it: its text stands twice in its window, which of the
// two is the article's paragraph cannot be told, and it must not be guessed.
const FIRST = 'The harbour authority said on Tuesday that the new breakwater would be finished before the winter storms arrive.';
const SECOND = 'Ferry operators warned that “the delay could push several routes onto the spring timetable,” a union official said.';
const THIRD = 'Local fishing crews said that “the dredging had already changed where the bass feed” in the old basin.';
const FOURTH = 'Readers wrote in to say that the old wall had stood for ninety years without a single repair of any kind.';
const page = (button: boolean) => `<html><head><title>Short</title></head><body><article><h1>Breakwater late again</h1>
  <p id="first">${FIRST}</p>
  ${button ? `<button type="button" id="button">${SECOND}</button>` : ''}
  <p id="second">${SECOND}</p>
  <p id="third">${THIRD}</p>
  <div class="comment-sidebar"><p>${FOURTH}</p></div>
  </article></body></html>`;

function read(html: string): { doc: Document; article: Article } {
  // The window's own document: its nodes are connected, as a live page's are.
  const doc = document;
  doc.documentElement.innerHTML = html.replace(/^<html>|<\/html>$/g, '');
  const r = extractArticle(doc, { mapToLive: true, checkReaderable: false });
  if (!r.ok) throw new Error(r.message);
  return { doc, article: r.article };
}

const registry = useFakeHighlights();

describe('a block that cannot be mapped to the live page', () => {
  test('control: without the look-alike button every block is mapped by its text', () => {
    const { article } = read(page(false));
    expect(article.blocks.map((b) => b.text)).toContain(FOURTH);
    expect(article.unmapped).toBe(0);
  });

  test('is counted, not guessed', () => {
    const { article } = read(page(true));
    const second = article.blocks.findIndex((b) => b.text === SECOND);
    expect(second).toBeGreaterThan(0);
    expect(article.blocks[second]!.runs).toBeNull();
    expect(article.unmapped).toBe(1);
    expect(article.unmapped).toBe(article.blocks.filter((b) => !b.runs).length);
    // Its neighbours still have their places.
    expect(article.blocks.find((b) => b.text === FIRST)!.runs).not.toBeNull();
    expect(article.blocks.find((b) => b.text === THIRD)!.runs).not.toBeNull();
  });

  test('nothing is painted for it, neither on its paragraph nor on the look-alike', () => {
    const { doc, article } = read(page(true));
    const input = inputFromBlocks(article.blocks);
    const analysis = analyze(input);
    const second = article.blocks.findIndex((b) => b.text === SECOND);
    const p = analysis.paragraphs[second]!;
    // The engine did find something in that paragraph (its quote), so there was something to paint.
    expect(analysis.quotes.some((q) => q.start >= p.start && q.end <= p.end)).toBe(true);

    const painted = paintArticle(doc, article.blocks, analysis, { officials: true, quotes: true, repeats: true, people: true, organizations: true });
    try {
      expect(painted.blockRanges[second]).toBeNull();
      const ranges = [...registry.values()].flatMap((h) => [...h]) as Range[];
      expect(ranges.length).toBeGreaterThan(0);
      const inside = (id: string) => (r: Range) => doc.getElementById(id)!.contains(r.startContainer) || doc.getElementById(id)!.contains(r.endContainer);
      expect(ranges.some(inside('third'))).toBe(true);
      expect(ranges.filter(inside('second'))).toEqual([]);
      expect(ranges.filter(inside('button'))).toEqual([]);
      expect(painted.scrollTo(second)).toBe(false);
    } finally {
      painted.dispose();
    }
  });
});
