// @vitest-environment happy-dom
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { analyze, inputFromBlocks } from '../../../lib/detect/index';
import { extractArticle } from '../../../lib/extract/index';
import { paintArticle } from '../../../lib/highlight/article';
import { HIGHLIGHTS, PLAIN } from '../../../lib/highlight/painter';
import { blocksBetween, DECORATED_ELEMENTS_MAX, PAINT_ALL_MARKS_MAX } from '../../../lib/highlight/window';
import { useFakeHighlights } from '../../helpers/highlights';

// Paragraphs written for this test.
const registry = useFakeHighlights();

describe('the blocks near the screen', () => {
  // Blocks 100 px tall, one under the other; some have no place.
  const probe =
    (missing: Set<number> = new Set()) =>
    (i: number) =>
      missing.has(i) ? null : { top: i * 100, bottom: i * 100 + 90 };

  test('are found between two heights by binary search', () => {
    expect(blocksBetween(1000, probe(), 0, 800)).toEqual({ lo: 0, hi: 8 });
    expect(blocksBetween(1000, probe(), 5_000, 5_950)).toEqual({ lo: 50, hi: 59 });
    expect(blocksBetween(0, probe(), 0, 800)).toBeNull();
  });

  test('blocks without a place take the place of the next one; past the end the last block stands', () => {
    expect(blocksBetween(1000, probe(new Set([49, 50, 51])), 5_000, 5_950)).toEqual({ lo: 49, hi: 59 });
    expect(blocksBetween(10, probe(), 50_000, 60_000)).toEqual({ lo: 9, hi: 9 });
    expect(blocksBetween(10, probe(), -900, -500)).toEqual({ lo: 0, hi: 0 });
  });
});

describe('a large article', () => {
  const speakers = ['Ilse Varga', 'Piet Okafor', 'Mara Lindqvist', 'Tomas Rehn'];
  const build = (paragraphs: number, repeat = false) => {
    let ps = Array.from(
      { length: paragraphs },
      (_, i) => `<p data-i="${i}">“The ferry timetable for crossing ${i} will change in the spring,” said ${speakers[i % 4]}, who runs the harbour office.</p>`,
    ).join('');
    if (repeat)
      ps += `<p data-i="${paragraphs}">“The ferry timetable for crossing 3 will change in the spring,” said ${speakers[3]}, who runs the harbour office.</p>`;
    document.documentElement.innerHTML = `<head><title>Harbour</title></head><body><article><h1>A long list of statements</h1>${ps}</article></body>`;
    const r = extractArticle(document, { mapToLive: true, checkReaderable: false });
    if (!r.ok) throw new Error(r.message);
    return { blocks: r.article.blocks, analysis: analyze(inputFromBlocks(r.article.blocks)) };
  };
  let scroll = 0;
  const realRect = Range.prototype.getBoundingClientRect;
  // happy-dom lays nothing out: each paragraph is 100 px tall, in order, scrolled by `scroll`.
  beforeAll(() => {
    Range.prototype.getBoundingClientRect = laidOut;
  });
  function laidOut(this: Range) {
    const p = (this.startContainer.nodeType === 3 ? this.startContainer.parentElement : (this.startContainer as Element))?.closest('p');
    const i = Number(p?.getAttribute('data-i') ?? -1);
    return (
      i < 0
        ? { top: 0, bottom: 0, left: 0, right: 0, width: 0, height: 0 }
        : { top: i * 100 - scroll, bottom: i * 100 + 90 - scroll, left: 0, right: 500, width: 500, height: 90 }
    ) as DOMRect;
  }
  afterEach(() => {
    scroll = 0;
  });
  afterAll(() => {
    Range.prototype.getBoundingClientRect = realRect;
  });
  const paintedParagraphs = (name: string) =>
    [...(registry.get(name) ?? [])].map((r) => Number((r as Range).startContainer.parentElement!.getAttribute('data-i'))).sort((a, b) => a - b);
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

  test('is painted near the screen only, and what is painted follows the reader down the page', async () => {
    const { blocks, analysis } = build(900);
    expect(analysis.quotes.length + analysis.people.reduce((n, p) => n + p.mentions.length, 0)).toBeGreaterThan(PAINT_ALL_MARKS_MAX);
    const height = window.innerHeight;
    const painted = paintArticle(document, blocks, analysis, { officials: true, quotes: true, repeats: true, people: true, organizations: true });
    try {
      const first = paintedParagraphs(HIGHLIGHTS.quote);
      expect(first[0]).toBe(0);
      // The screen and three more below it: about 4 screens of 100 px paragraphs.
      expect(first.at(-1)).toBeGreaterThanOrEqual(Math.floor((4 * height) / 100) - 1);
      expect(first.length).toBeLessThan(100);
      expect(paintedParagraphs(HIGHLIGHTS.person).length).toBeGreaterThan(0);
      // A small scroll within what is painted changes nothing.
      scroll = height / 2;
      document.dispatchEvent(new Event('scroll'));
      await frame();
      expect(paintedParagraphs(HIGHLIGHTS.quote)).toEqual(first);
      // Far down the page: the quotes around the screen are painted, none from the top.
      scroll = 60_000;
      document.dispatchEvent(new Event('scroll'));
      await frame();
      const later = paintedParagraphs(HIGHLIGHTS.quote);
      expect(later).toContain(600);
      expect(later).toContain(620);
      expect(later[0]).toBeGreaterThan(500);
      expect(later.length).toBeLessThan(120);
      // What is not painted is still known: the popup's jump to a far mention finds it.
      expect(painted.mentions.refs.filter((r) => r.kind === 'quote')).toHaveLength(analysis.quotes.length);
    } finally {
      painted.dispose();
    }
    // Disposed: scrolling paints nothing again.
    registry.clear();
    scroll = 0;
    document.dispatchEvent(new Event('scroll'));
    await frame();
    expect(registry.size).toBe(0);
  });

  test('a short article is painted whole', () => {
    const { blocks, analysis } = build(40);
    const painted = paintArticle(document, blocks, analysis, { officials: true, quotes: true, repeats: true, people: true, organizations: true });
    try {
      expect(paintedParagraphs(HIGHLIGHTS.quote)).toHaveLength(40);
    } finally {
      painted.dispose();
    }
  });

  test('on a page of very many elements the marks are tints, without underlines', () => {
    const { blocks, analysis } = build(20, true);
    expect(analysis.repeats).toHaveLength(1);
    const filler = document.createElement('aside');
    filler.innerHTML = '<div><span>x</span></div>'.repeat(Math.ceil(DECORATED_ELEMENTS_MAX / 2));
    document.body.append(filler);
    const painted = paintArticle(document, blocks, analysis, { officials: true, quotes: true, repeats: true, people: true, organizations: true });
    try {
      expect(registry.has(HIGHLIGHTS.person)).toBe(false);
      expect(registry.has(HIGHLIGHTS.official)).toBe(false);
      expect((registry.get(PLAIN[HIGHLIGHTS.person])?.size ?? 0) + (registry.get(PLAIN[HIGHLIGHTS.official])?.size ?? 0)).toBe(21);
      // A repeated quote is one quote with two occurrences.
      expect(registry.has(HIGHLIGHTS.quote)).toBe(false);
      expect(registry.get(PLAIN[HIGHLIGHTS.quote])?.size).toBe(21);
      expect(registry.has(HIGHLIGHTS.repeat)).toBe(false);
      expect(registry.get(PLAIN[HIGHLIGHTS.repeat])?.size).toBe(1);
      // Every highlight put up is one without decoration.
      const decorated = new Set<string>([
        HIGHLIGHTS.repeat,
        HIGHLIGHTS.repeatBoilerplate,
        HIGHLIGHTS.official,
        HIGHLIGHTS.person,
        HIGHLIGHTS.organization,
        HIGHLIGHTS.quote,
        HIGHLIGHTS.scare,
      ]);
      expect([...registry.keys()].filter((name) => decorated.has(name))).toEqual([]);
    } finally {
      painted.dispose();
    }
  });
});

describe('the reader’s stylesheet', () => {
  test('colours every highlight Newsmark paints, in tints alone for the plain ones', async () => {
    const { readFileSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const css = readFileSync(resolve(__dirname, '../../../entrypoints/reader/style.css'), 'utf8');
    const rule = (name: string) => css.match(new RegExp(`::highlight\\(${name}\\)\\s*\\{([^}]*)\\}`))?.[1];
    for (const name of [...Object.values(HIGHLIGHTS), ...Object.values(PLAIN)]) expect(rule(name), name).toBeTruthy();
    for (const name of Object.values(PLAIN)) expect(rule(name)).not.toMatch(/text-decoration/);
  });
});
