/**
 * Text normalisation for comparing paragraphs: two strings that a reader would call "the same text" get the
 * same key, whatever the page did with case, curly quotes, dashes or non-breaking spaces.
 */

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u2035\u02BC\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u2036\u00AB\u00BB\u2039\u203A\u300C\u300D\u300E\u300F]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;
// NFKC already turns most of these into U+0020; listed for the ones it keeps.
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** The comparison key of a paragraph: NFKC, lower case, ASCII quotes and dashes, single spaces, trimmed. */
export function normalizeForCompare(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
    .trim();
}

/** Collapse runs of white space (including non-breaking spaces) to one space and trim. For display. */
export function collapseWhitespace(text: string): string {
  return text.replace(SPACES, ' ').trim();
}
