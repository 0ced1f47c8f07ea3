/**
 * Word tokens for comparison. Letters, digits and combining marks form words (with inner apostrophes, so
 * "Trump's" stays one word); each Han, Hiragana or Katakana character is a word of its own, since those
 * scripts do not separate words with spaces.
 */
const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}\p{M}]+(?:['\u2019][\p{L}\p{N}\p{M}]+)*/gu;

export interface Token {
  /** The word as written. */
  raw: string;
  /** Lower case, NFKC, curly apostrophe made straight: what comparisons use. */
  norm: string;
  start: number;
  end: number;
}

/** The words of a text for comparing paragraphs (the repeat finder); the NLP tokens are lib/nlp/tokenize.ts's. */
export function wordTokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    out.push({
      raw,
      norm: raw
        .normalize('NFKC')
        .toLowerCase()
        .replace(/\u2019/g, "'"),
      start: m.index,
      end: m.index + raw.length,
    });
  }
  return out;
}

/** Just the comparison forms of the words, in order: what hot loops need, without an object per word. */
export function wordKeys(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/\u2019/g, "'")
      .match(WORD) ?? []
  );
}
