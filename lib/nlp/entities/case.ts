import type { NlpToken } from '../tokenize';

/**
 * Is the sentence around token `i` written in title case (a headline: most of its words capitalised, small words
 * too)? Looks at most 30 tokens each way.
 */
export function titleCased(tokens: NlpToken[], i: number): boolean {
  const sentence = tokens[i]!.sentence;
  let words = 0;
  let caps = 0;
  for (let k = Math.max(0, i - 30); k < Math.min(tokens.length, i + 30); k++) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || t.kind !== 'word') continue;
    words++;
    if (t.cap) caps++;
  }
  return words >= 4 && caps / words >= 0.7;
}
