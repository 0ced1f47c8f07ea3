import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/detect/index';
import { joinReading, splitReading } from '../../lib/reading-parts';
import type { PageReading } from '../../lib/types';

// Paragraphs written for this test.
const speakers = ['Ilse Varga', 'Piet Okafor', 'Mara Lindqvist'];
function reading(paragraphs: number): PageReading {
  const text = Array.from({ length: paragraphs }, (_, i) => `“The ferry for crossing ${i} leaves at dawn,” said ${speakers[i % 3]}, the harbour master.`).join(
    '\n\n',
  );
  const analysis = analyze({ text });
  return {
    canonical: null,
    meta: { title: 'Ferries', byline: null, siteName: null, publishedTime: null, lang: 'en', dir: null, excerpt: null },
    analysis,
    kinds: analysis.paragraphs.map(() => 'paragraph'),
    places: analysis.paragraphs.map((_, i) => [i, 0, 0, 10]),
  };
}

describe('a reading on its way to the page', () => {
  test('a small one goes whole', () => {
    const r = reading(5);
    expect(splitReading(r, 100_000)).toEqual({ head: r, parts: [] });
  });

  test('a large one goes as a head without its long lists and parts of about the size asked, which join to it again', () => {
    const r = reading(600);
    const { head, parts } = splitReading(r, 20_000);
    expect(parts.length).toBeGreaterThan(5);
    expect(head.analysis.quotes).toEqual([]);
    expect(head.analysis.text).toBe(r.analysis.text);
    for (const part of parts) expect(JSON.stringify(part).length).toBeLessThan(2 * 20_000);
    expect(JSON.stringify(head).length).toBeLessThan(r.analysis.text.length + 20_000);
    expect(joinReading(head, parts)).toEqual(r);
    // The reading itself is left as it was.
    expect(r.analysis.quotes.length).toBe(600);
  });

  test('a part that is not one is refused', () => {
    const { head } = splitReading(reading(600), 20_000);
    expect(() => joinReading(head, [{ list: 'analysis.text' as never, items: [] }])).toThrow(/not one/);
    expect(() => joinReading(head, [{ list: 'kinds', items: 'abc' as never }])).toThrow(/not one/);
  });
});
