import { describe, expect, test } from 'vitest';
import { queryWords, snippet } from '../../../lib/library/snippet';

describe('search snippets', () => {
  test('the words of a query, folded', () => {
    expect(queryWords('  Müller, CAFÉ müller ')).toEqual(['muller', 'cafe']);
  });
  test('marks each word beginning that matches, around the first match', () => {
    const parts = snippet('The Café on Main Street closed. Cafés elsewhere stayed open.', ['cafe'])!;
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['Café', 'Cafés']);
    expect(parts.map((p) => p.text).join('')).toBe('The Café on Main Street closed. Cafés elsewhere stayed open.');
  });
  test('a window with ellipses in a long text, and null when nothing matches', () => {
    const text = `${'word '.repeat(100)}needle ${'word '.repeat(100)}`;
    const parts = snippet(text, ['needle'], 60)!;
    expect(parts[0]!.text).toBe('…');
    expect(parts.at(-1)!.text).toBe('…');
    expect(parts.some((p) => p.hit && p.text === 'needle')).toBe(true);
    expect(snippet(text, ['absent'])).toBeNull();
    // Inside a word is not a match.
    expect(snippet('haystack', ['stack'])).toBeNull();
  });
});
