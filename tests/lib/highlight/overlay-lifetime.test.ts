// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { analyze, inputFromBlocks } from '../../../lib/detect/index';
import { extractArticle } from '../../../lib/extract/index';
import { paintArticle } from '../../../lib/highlight/article';
import { useFakeHighlights } from '../../helpers/highlights';

// Our shadow root on the page is made only when it has something to show, and nothing brings it back once the
// painting is disposed. Paragraphs written for this test.
useFakeHighlights();

const OPTIONS = { showRepeats: true, showEntities: true, showQuotes: true };

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
    const painted = paintArticle(document, blocks, analysis, OPTIONS);
    expect(overlays()).toBe(0);
    painted.dispose();
  });

  test('is made for a repeat label; fonts that load after dispose() do not bring it back', async () => {
    vi.useFakeTimers();
    let fontsLoaded: () => void = () => {};
    const ready = new Promise<void>((resolve) => (fontsLoaded = resolve));
    Object.defineProperty(document, 'fonts', { value: { ready }, configurable: true });
    try {
      const { blocks, analysis } = article(true);
      expect(analysis.repeats.length).toBeGreaterThan(0);
      const painted = paintArticle(document, blocks, analysis, OPTIONS);
      expect(overlays()).toBe(1);
      painted.dispose();
      expect(overlays()).toBe(0);
      vi.advanceTimersByTime(2_000);
      vi.useRealTimers();
      fontsLoaded();
      await ready;
      // A frame or two of the page's own timing.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(overlays()).toBe(0);
    } finally {
      vi.useRealTimers();
      delete (document as { fonts?: unknown }).fonts;
    }
  });
});

test('a card scheduled before dispose() does not bring the overlay back', () => {
  vi.useFakeTimers();
  try {
    const { blocks, analysis } = article(true);
    const painted = paintArticle(document, blocks, analysis, OPTIONS);
    expect(painted.showMention('person', analysis.people[0]!.id, 0)).toBe(true);
    painted.dispose();
    vi.advanceTimersByTime(2_000);
    expect(overlays()).toBe(0);
  } finally {
    vi.useRealTimers();
  }
});
