// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { analyze, inputFromBlocks } from '../../../lib/detect/index';
import { extractArticle } from '../../../lib/extract/index';
import { overlayUi } from '../../../entrypoints/overlay/ui';
import { paintArticle } from '../../../lib/highlight/article';
import { marksInSlices, marksNow, type Marks } from '../../../lib/highlight/marks';
import { useFakeHighlights } from '../../helpers/highlights';

// Our shadow root on the page is made only when it has something to show, and nothing brings it back once the
// painting is disposed. Paragraphs written for this test.
useFakeHighlights();

const OPTIONS = { officials: true, quotes: true, repeats: true, people: true, organizations: true };

function article(repeat: boolean) {
  const para = 'Harbour Master Piet Okafor said the dredging schedule would hold through the winter, weather allowing.';
  document.documentElement.innerHTML = `<head><title>Dredging</title></head><body><article><h1>Dredging on time</h1>
    <p>${para}</p><p>The ferry operators reported fewer delays this month than in any month of the last two years.</p>
    <p>${repeat ? para : 'The council will meet again at the end of the month to decide on the next contract.'}</p></article></body>`;
  const r = extractArticle(document, { mapToLive: true, checkReaderable: false });
  if (!r.ok) throw new Error(r.message);
  return { blocks: r.article.blocks, analysis: analyze(inputFromBlocks(r.article.blocks)) };
}

const overlays = () => document.querySelectorAll('newsmark-overlay').length;

describe('the overlay on the page', () => {
  test('is not made for an article with nothing to label', () => {
    const { blocks, analysis } = article(false);
    expect(analysis.repeats).toHaveLength(0);
    const painted = paintArticle(document, blocks, analysis, OPTIONS, undefined, overlayUi);
    expect(overlays()).toBe(0);
    painted.dispose();
  });

  test('is made in the next frame for a repeat label; fonts that load after dispose() do not bring it back', async () => {
    let fontsLoaded: () => void = () => {};
    const ready = new Promise<void>((resolve) => (fontsLoaded = resolve));
    Object.defineProperty(document, 'fonts', { value: { ready }, configurable: true });
    const frame = () => new Promise((resolve) => setTimeout(resolve, 100));
    try {
      const { blocks, analysis } = article(true);
      expect(analysis.repeats.length).toBeGreaterThan(0);
      const painted = paintArticle(document, blocks, analysis, OPTIONS, undefined, overlayUi);
      // Not in the painting task (that would lay the page out): in the next frame.
      expect(overlays()).toBe(0);
      await frame();
      expect(overlays()).toBe(1);
      painted.dispose();
      expect(overlays()).toBe(0);
      fontsLoaded();
      await ready;
      await frame();
      expect(overlays()).toBe(0);
    } finally {
      delete (document as { fonts?: unknown }).fonts;
    }
  });
});

test('a card scheduled before dispose() does not bring the overlay back', () => {
  vi.useFakeTimers();
  try {
    const { blocks, analysis } = article(true);
    const painted = paintArticle(document, blocks, analysis, OPTIONS, undefined, overlayUi);
    expect(painted.showMention('person', analysis.people[0]!.id, 0)).toBe(true);
    painted.dispose();
    vi.advanceTimersByTime(2_000);
    expect(overlays()).toBe(0);
  } finally {
    vi.useRealTimers();
  }
});

describe('marks found in slices', () => {
  test('the same ranges as in one go, the page given the thread back between slices; cancelled, nothing', async () => {
    const { blocks, analysis } = article(true);
    const whole = marksNow(document, blocks, analysis);
    const yieldNow = vi.fn(async () => {});
    const sliced = await marksInSlices(document, blocks, analysis, { yieldNow, live: () => true, budgetMs: -1, stride: 1 });
    const view = (m: Marks) => [m.blockRanges.map((r) => r?.toString() ?? null), m.mentions.refs.map((r) => [r.kind, r.id, r.index, r.range.toString()])];
    expect(view(sliced!)).toEqual(view(whole));
    expect(whole.mentions.refs.length).toBeGreaterThan(0);
    expect(yieldNow).toHaveBeenCalled();
    expect(await marksInSlices(document, blocks, analysis, { yieldNow, live: () => false, budgetMs: -1, stride: 1 })).toBeNull();
  });
});

describe('after dispose()', () => {
  test('no listener of the painting is left on the page: a resize, a load or a scroll lays nothing out again', async () => {
    const { blocks, analysis } = article(true);
    const added: string[] = [];
    const removed = new Set<string>();
    const spyOn = (target: EventTarget, name: string) => {
      const add = target.addEventListener.bind(target);
      vi.spyOn(target, 'addEventListener').mockImplementation((type, listener, options) => {
        const signal = typeof options === 'object' ? options?.signal : undefined;
        const key = `${name}:${type}:${added.length}`;
        added.push(key);
        signal?.addEventListener('abort', () => removed.add(key));
        add(type, listener, options);
      });
    };
    spyOn(window, 'window');
    spyOn(document, 'document');
    spyOn(document.documentElement, 'html');
    const painted = paintArticle(document, blocks, analysis, OPTIONS, undefined, overlayUi);
    vi.restoreAllMocks();
    expect(added.length).toBeGreaterThan(0);
    painted.dispose();
    // Every listener the painting added was registered with its lifetime's signal, and that signal has aborted.
    expect(added.filter((k) => !removed.has(k))).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(overlays()).toBe(0);
  });
});
