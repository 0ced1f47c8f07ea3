// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { analyze, inputFromBlocks } from '../../../lib/detect/index';
import { extractArticle } from '../../../lib/extract/index';
import { paintArticle } from '../../../lib/highlight/article';
import { HIGHLIGHTS } from '../../../lib/highlight/painter';
import { useFakeHighlights } from '../../helpers/highlights';

// Paragraphs written for this test.
const registry = useFakeHighlights();

describe('a quote over several paragraphs on the page', () => {
  test('is painted paragraph by paragraph, without the opening mark of the paragraphs it continues into', () => {
    document.documentElement.innerHTML = `<head><title>Pier</title></head><body><article><h1>Pier safe, says engineer</h1>
      <p>The harbour engineer spoke to the council on Monday evening about the state of the old pier and its repairs.</p>
      <p>Ruiz said: “The pier is safe. We tested it twice this spring and again after the storm in May.</p>
      <p>“The report will be published in full next week, with every measurement we took on the pier.”</p>
      <p>The council adjourned without a vote and will meet again at the end of the month to decide.</p></article></body>`;
    const r = extractArticle(document, { mapToLive: true, checkReaderable: false });
    if (!r.ok) throw new Error(r.message);
    const analysis = analyze(inputFromBlocks(r.article.blocks));
    expect(analysis.quotes.filter((q) => !q.scare)).toHaveLength(1);
    const painted = paintArticle(document, r.article.blocks, analysis, { officials: true, quotes: true, repeats: true, people: true, organizations: true });
    try {
      const parts = [...(registry.get(HIGHLIGHTS.quote) ?? [])].map((x) => {
        const range = x as Range;
        return range.startContainer.textContent!.slice(range.startOffset, range.startContainer === range.endContainer ? range.endOffset : undefined);
      });
      expect(parts).toEqual([
        'The pier is safe. We tested it twice this spring and again after the storm in May.',
        'The report will be published in full next week, with every measurement we took on the pier.',
      ]);
    } finally {
      painted.dispose();
    }
  });
});
