import { firstIndex, partitionPoint } from '../sorted';

/**
 * W3C Web Annotation positions count Unicode code points; JavaScript strings count UTF-16 code units. An
 * emoji or a rare CJK character is one code point and two code units. This index converts between the two in
 * O(log n), built once per text.
 */
export class CodePointIndex {
  /** UTF-16 offsets of the second half of every surrogate pair, ascending. */
  private readonly lows: number[] = [];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) this.lows.push(++i);
      }
    }
  }

  /** Code points before a UTF-16 offset (an offset inside a pair counts the pair as before it). */
  toCodePoint(utf16: number): number {
    return utf16 - countBelow(this.lows, utf16 + 1);
  }

  /** The UTF-16 offset of a code point offset. */
  toUtf16(codePoint: number): number {
    // Each pair before the target adds one code unit; step until stable (pairs are few, converges fast).
    return Math.min(
      partitionPoint(codePoint, codePoint + this.lows.length, (mid) => this.toCodePoint(mid) >= codePoint),
      this.text.length,
    );
  }
}

/** How many sorted values are < x. */
function countBelow(sorted: number[], x: number): number {
  return firstIndex(sorted, (v) => v >= x);
}
