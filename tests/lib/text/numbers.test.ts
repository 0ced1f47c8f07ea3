import { describe, expect, test } from 'vitest';
import { grouped } from '../../../lib/text/numbers';

describe('grouped: a count as English writes it', () => {
  test.each([
    [0, '0'],
    [999, '999'],
    [1_000, '1,000'],
    [2_000_000, '2,000,000'],
    [123_456_789, '123,456,789'],
    [-45_000, '-45,000'],
    [1234.5, '1,234.5'],
  ])('%d → %s', (n, want) => {
    expect(grouped(n)).toBe(want);
  });
  test('the same as toLocaleString("en") for whole numbers', () => {
    for (let n = 1; n < 1e12; n = n * 7 + 3) expect(grouped(n)).toBe(n.toLocaleString('en'));
  });
});
