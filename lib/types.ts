/**
 * The shapes that cross boundaries: engine ↔ content script ↔ background ↔ popup/library ↔ CLI.
 * Plain JSON only (no class instances, no DOM), so they survive structured clone, messaging and IndexedDB.
 */

/** A half-open range of UTF-16 code units in `Analysis.text`. */
export interface Span {
  start: number;
  end: number;
}

/** What kind of article block a paragraph came from (text input is all `paragraph`). */
export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'blockquote' | 'preformatted' | 'caption' | 'table-row';

export type RepeatKind = 'exact' | 'near' | 'contained';

/** A paragraph that repeats an earlier one (or, for `contained`, stands inside a longer one). */
export interface Repeat {
  /** Index of the repeating paragraph. */
  paragraph: number;
  /** Index of the first occurrence (for `contained`: the paragraph that contains it). */
  of: number;
  /** 1 for exact; word-level similarity in [0, 1] otherwise. */
  similarity: number;
  kind: RepeatKind;
  /** Short page furniture ("Advertisement", photo credits, captions) rather than article content. */
  boilerplate: boolean;
}

/** What the engine returns for one article: plain JSON. */
export interface Analysis {
  /** The analysed text; paragraphs and every offset point into it. */
  text: string;
  paragraphs: Span[];
  repeats: Repeat[];
}

/** Article metadata as Readability (and the page) give it. Missing values are null. */
export interface ArticleMeta {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: string | null;
  excerpt: string | null;
}
