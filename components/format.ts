/** Small display helpers shared by components. Pure. */

const DAY_FORMAT = { year: 'numeric', month: 'short', day: 'numeric' } as const;

/** "14 Oct 2026" for an ISO date; the text as given when it is not a date. */
export function formatDate(value: string | null, locale?: string): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  if (Number.isNaN(t)) return value;
  return new Date(t).toLocaleDateString(locale, DAY_FORMAT);
}

/** "14 Oct 2026" for a time in milliseconds (when a page was read). */
export function formatDay(time: number, locale?: string): string {
  return new Date(time).toLocaleDateString(locale, DAY_FORMAT);
}

/** At most `max` characters, cut at a word, with an ellipsis. */
export function snippet(text: string, max = 160): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

/**
 * How a paragraph is named to the reader: "¶5" counting body paragraphs only (lib/text/paragraphs.ts
 * readerNumbers), "a heading" or "a caption" for the others. Without numbers, every block is counted.
 */
export function paragraphName(index: number, numbers?: readonly (number | null)[], kinds?: readonly string[]): string {
  if (!numbers) return `¶${index + 1}`;
  const n = numbers[index];
  if (n != null) return `¶${n}`;
  return kinds?.[index] === 'heading' ? 'a heading' : 'a caption';
}
