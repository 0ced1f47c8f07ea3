import { describe, expect, test } from 'vitest';
import { firstIndex, partitionPoint } from '../../lib/sorted';

describe('binary searches', () => {
  test('firstIndex is the first item the predicate holds for, or the length', () => {
    const xs = [1, 3, 3, 5, 8];
    expect(firstIndex(xs, (x) => x >= 3)).toBe(1);
    expect(firstIndex(xs, (x) => x > 3)).toBe(3);
    expect(firstIndex(xs, (x) => x >= 0)).toBe(0);
    expect(firstIndex(xs, (x) => x > 8)).toBe(5);
    expect(firstIndex([], () => true)).toBe(0);
  });

  test('agrees with a linear scan on every position of random sorted arrays', () => {
    let seed = 7;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let n = 0; n < 40; n++) {
      const xs = Array.from({ length: n }, () => Math.floor(rnd() * 20)).sort((a, b) => a - b);
      for (let x = -1; x <= 21; x++) {
        const linear = xs.findIndex((v) => v >= x);
        expect(firstIndex(xs, (v) => v >= x)).toBe(linear < 0 ? xs.length : linear);
      }
    }
  });

  test('partitionPoint searches a range of indices, not an array', () => {
    const square = (i: number) => i * i;
    expect(partitionPoint(0, 100, (i) => square(i) >= 50)).toBe(8);
    expect(partitionPoint(10, 20, () => false)).toBe(20);
    expect(partitionPoint(10, 20, () => true)).toBe(10);
    expect(partitionPoint(5, 5, () => true)).toBe(5);
  });
});
