import { fromMarkdown } from 'mdast-util-from-markdown';
import { MAX_NOTE_CHARS } from './limits';

/**
 * A reader's note read as Markdown. Parsing (micromark, about half the size of the content script) runs in the
 * extension's own pages and background, never on the page: the page's note editor asks the background for the
 * parse of its preview (the `parseNote` message) and renders the plain JSON tree it gets back.
 */

export type MarkdownRoot = ReturnType<typeof fromMarkdown>;

/** A note as it is shown: `text` (cut to length) and its Markdown tree, or null to show the text as it is. */
export interface ParsedNote {
  text: string;
  root: MarkdownRoot | null;
}

/** Past this a note is cut (the store keeps notes shorter anyway). */
const MAX_CHARS = MAX_NOTE_CHARS;
/**
 * More Markdown punctuation than this and the note is shown as plain text. micromark resolves emphasis,
 * brackets and setext headings in superlinear time: 10,000 characters of `*a ` or `a\n=\n` take a second
 * or more, which a popup listing many notes cannot afford. A written note has a few dozen.
 */
const MAX_MARKUP = 1_000;
const MARKUP = new Set([...'*_[]>=-+`~<!#|'].map((c) => c.charCodeAt(0)));
/** Containers (quotes, list items) opened on one line: `- - - - …` is quadratic to parse (10,000 chars: 7 s). */
const MAX_LINE_NESTING = 8;
const CONTAINER = /^[ \t>*+\-0-9.)]*/;
const CONTAINER_MARK = />|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])/g;

/** Too long, too much markup or too deeply nested to parse quickly: shown as plain text instead. */
export function tooComplexForMarkdown(source: string): boolean {
  let markup = 0;
  for (let i = 0; i < source.length; i++) {
    if (MARKUP.has(source.charCodeAt(i)) && ++markup > MAX_MARKUP) return true;
  }
  for (const line of source.split('\n')) {
    const prefix = CONTAINER.exec(line)![0];
    if (prefix.length > MAX_LINE_NESTING && (prefix.match(CONTAINER_MARK)?.length ?? 0) > MAX_LINE_NESTING) return true;
  }
  return false;
}

/** The note cut to the length shown. */
export function cutNote(source: string): string {
  if (source.length <= MAX_CHARS) return source;
  let end = MAX_CHARS;
  const code = source.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--; // not half a surrogate pair
  return `${source.slice(0, end)}…`;
}

/** Parse a note for showing: plain text when it is too complex to parse quickly, or does not parse. */
export function parseNote(source: string): ParsedNote {
  const text = cutNote(source);
  if (tooComplexForMarkdown(text)) return { text, root: null };
  try {
    return { text, root: fromMarkdown(text) };
  } catch {
    return { text, root: null };
  }
}
