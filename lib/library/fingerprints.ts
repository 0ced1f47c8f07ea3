import { fnv1a } from '../text/hash';
import type { Span } from '../types';

/**
 * Paragraph fingerprints, for finding a paragraph of one saved page in another (wire copy, press releases,
 * scraped copies): each paragraph of at least MIN_WORDS words gives the PER_PARAGRAPH smallest hashes of its
 * five-word shingles (a bottom-k sketch). A copy shares all of them; a near copy with a few words changed shares
 * most, since a changed word touches only the five shingles around it. The pages store indexes them
 * (`by-fingerprint`), so the pages that may share a paragraph are found by a few key lookups, whatever the
 * library's size; lib/library/cross.ts then checks each candidate with the repeat detector itself.
 */

/** Shorter paragraphs (datelines, "Advertisement", captions) are too common across pages to tell anything. */
export const MIN_WORDS = 12;
const SHINGLE = 5;
export const PER_PARAGRAPH = 4;

/** Lower-case words without accents: the same paragraph in two encodings or with other quotes is the same. */
function words(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** One paragraph's fingerprints (none when it is too short). */
export function paragraphPrints(text: string): number[] {
  const w = words(text);
  if (w.length < MIN_WORDS) return [];
  const hashes = new Set<number>();
  for (let i = 0; i + SHINGLE <= w.length; i++) hashes.add(fnv1a(w.slice(i, i + SHINGLE).join(' ')));
  return [...hashes].sort((a, b) => a - b).slice(0, PER_PARAGRAPH);
}

/** Every paragraph's fingerprints, by paragraph. */
export function printsByParagraph(text: string, paragraphs: readonly Span[]): number[][] {
  return paragraphs.map((p) => paragraphPrints(text.slice(p.start, p.end)));
}

/** A page's fingerprints as stored with its record (the index is over these). */
export function pageFingerprints(analysis: { text: string; paragraphs: readonly Span[] }): number[] {
  return [...new Set(printsByParagraph(analysis.text, analysis.paragraphs).flat())];
}
