import { READING_PART_CHARS } from './limits';
import type { PageReading } from './types';

/**
 * A large reading goes back to the page in parts. The page's main thread turns a message into objects in one
 * task (a 10,000-quote article's reading is ~5 MB: ~80 ms of it, on a busy machine). So the long lists of a
 * reading that is over READING_PART_CHARS travel in parts of about that size, each its own message and task:
 * the reply carries the rest and how many parts follow (takeReadingPart).
 */

export const SPLIT_LISTS = [
  'analysis.quotes',
  'analysis.people',
  'analysis.organizations',
  'analysis.paragraphs',
  'analysis.repeats',
  'places',
  'kinds',
] as const;
export type SplitList = (typeof SPLIT_LISTS)[number];

export interface ReadingPart {
  list: SplitList;
  items: unknown[];
}

function listOf(reading: PageReading, list: SplitList): unknown[] {
  if (list === 'places' || list === 'kinds') return reading[list];
  return reading.analysis[list.slice('analysis.'.length) as 'quotes' | 'people' | 'organizations' | 'paragraphs' | 'repeats'];
}

function setList(reading: PageReading, list: SplitList, items: unknown[]): void {
  if (list === 'places' || list === 'kinds') (reading as unknown as Record<string, unknown>)[list] = items;
  else (reading.analysis as unknown as Record<string, unknown>)[list.slice('analysis.'.length)] = items;
}

/** The reading without its long lists, and the lists in parts; no parts when it is small enough to go whole. */
export function splitReading(reading: PageReading, maxChars = READING_PART_CHARS): { head: PageReading; parts: ReadingPart[] } {
  const sizes = SPLIT_LISTS.map((list) => JSON.stringify(listOf(reading, list)).length);
  const total = sizes.reduce((a, b) => a + b, 0) + reading.analysis.text.length;
  if (total <= maxChars) return { head: reading, parts: [] };
  const head: PageReading = { ...reading, analysis: { ...reading.analysis } };
  const parts: ReadingPart[] = [];
  SPLIT_LISTS.forEach((list, i) => {
    const items = listOf(reading, list);
    // A short list stays with the head.
    if (sizes[i]! <= maxChars / 8) return;
    const per = Math.max(1, Math.floor((items.length * maxChars) / sizes[i]!));
    for (let at = 0; at < items.length; at += per) parts.push({ list, items: items.slice(at, at + per) });
    setList(head, list, []);
  });
  return { head, parts };
}

/** The reading again, from its head and all of its parts in order. */
export function joinReading(head: PageReading, parts: readonly ReadingPart[]): PageReading {
  const reading: PageReading = { ...head, analysis: { ...head.analysis } };
  const lists = new Map<SplitList, unknown[]>();
  for (const part of parts) {
    if (!SPLIT_LISTS.includes(part.list) || !Array.isArray(part.items)) throw new Error('A part of the reading is not one.');
    const items = lists.get(part.list) ?? [];
    for (const item of part.items) items.push(item);
    lists.set(part.list, items);
  }
  for (const [list, items] of lists) setList(reading, list, items);
  return reading;
}
