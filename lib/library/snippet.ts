/**
 * Where the words of a search stand in a text, for the library to show them: a short window around the first
 * match, cut into plain and matched parts (rendered as text, never as HTML).
 */

export interface SnippetPart {
  text: string;
  hit: boolean;
}

/** Lower case without accents, one UTF-16 unit per unit of the input (so offsets carry over). */
function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    const base = ch
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    // Keep the length: a character whose folded form changes length stays as it is.
    out += base.length === ch.length ? base : ch;
  }
  return out;
}

/** The words of a text, folded (lower case, no accents): letters and digits. */
export function foldedWords(text: string): string[] {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** The words of a query as the index takes them: each once. */
export function queryWords(query: string): string[] {
  return [...new Set(foldedWords(query))];
}

/**
 * A window of about `width` characters around the first place any of `words` starts a word in `text`, with each
 * word start that matches marked; null when none does.
 */
export function snippet(text: string, words: readonly string[], width = 160): SnippetPart[] | null {
  if (!words.length || !text) return null;
  const folded = fold(text);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escapeRegExp).join('|')})[\\p{L}\\p{N}]*`, 'gu');
  const first = pattern.exec(folded);
  if (!first) return null;
  let from = Math.max(0, first.index - Math.floor(width / 3));
  let to = Math.min(text.length, from + width);
  // Start and end on word boundaries where one is near.
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < first.index) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > first.index + first[0].length) to = space;
  }
  const parts: SnippetPart[] = [];
  if (from > 0) parts.push({ text: '…', hit: false });
  pattern.lastIndex = from;
  let at = from;
  for (let m = pattern.exec(folded); m && m.index < to; m = pattern.exec(folded)) {
    const end = Math.min(to, m.index + m[0].length);
    if (m.index > at) parts.push({ text: text.slice(at, m.index), hit: false });
    parts.push({ text: text.slice(m.index, end), hit: true });
    at = end;
  }
  if (at < to) parts.push({ text: text.slice(at, to), hit: false });
  if (to < text.length) parts.push({ text: '…', hit: false });
  return parts;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
