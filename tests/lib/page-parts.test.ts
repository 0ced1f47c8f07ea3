import { describe, expect, test } from 'vitest';
import { MAX_HTML_CHARS } from '../../lib/limits';
import { PagePartsByTab } from '../../lib/page-parts';

describe('a page’s HTML in parts, per tab', () => {
  test('parts in order make the whole page with the last one; each tab its own', () => {
    const parts = new PagePartsByTab();
    expect(parts.add(7, 0, '<p>The ', 0)).toBeNull();
    expect(parts.add(8, 0, '<p>Other', 0)).toBeNull();
    expect(parts.add(7, 1, 'whole ', 0)).toBeNull();
    expect(parts.finish(7, 'page</p>', 2)).toEqual({ html: '<p>The whole page</p>' });
    expect(parts.finish(7, 'page</p>', 2)).toEqual({ received: 0 });
    expect(parts.finish(9, '<p>Alone</p>', 0)).toEqual({ html: '<p>Alone</p>' });
  });

  test('a part out of order, or one too many characters, drops the tab’s parts', () => {
    const parts = new PagePartsByTab();
    expect(parts.add(7, 1, 'late', 0)).toBe('out of order');
    expect(parts.add(7, 0, 'a', 0)).toBeNull();
    expect(parts.add(7, 1, 'x'.repeat(MAX_HTML_CHARS), 0)).toBe('too large');
    expect(parts.finish(7, 'b', 1)).toEqual({ received: 0 });
  });

  test('as many parts as announced, or nothing; parts left too long are dropped', () => {
    const parts = new PagePartsByTab();
    parts.add(7, 0, 'a', 0);
    expect(parts.finish(7, 'b', 2)).toEqual({ received: 1 });
    parts.add(7, 0, 'a', 0);
    parts.prune(60_001, 60_000);
    expect(parts.finish(7, 'b', 1)).toEqual({ received: 0 });
  });
});
