/**
 * Text we show or copy (titles, names, citations) without the invisible characters that can make it read one
 * way and be another: bidirectional embeddings, overrides and isolates (U+202A–202E, U+2066–2069), the
 * direction marks (U+200E, U+200F, U+061C), and zero-width spaces, word joiners, invisible operators and the
 * byte-order mark. The zero-width joiner and non-joiner (U+200C, U+200D) stay: Persian, the Indic scripts and
 * emoji sequences need them, and they cannot reorder or hide text.
 */
const INVISIBLE = /[\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

export function visibleText(s: string): string {
  return s.replace(INVISIBLE, '');
}

/** At most `max` UTF-16 units, never ending inside a surrogate pair; text that fits is returned as it is. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const code = s.charCodeAt(max - 1);
  return s.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}
