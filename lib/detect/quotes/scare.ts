import { normalizeForCompare } from '../../text/normalize';
import type { RawQuote } from './marks';

/** Quotation marks that quote nobody (scare quotes, titles, echoes of a longer quote). */

const SCARE_MAX_WORDS = 4;

/** At most this many characters between a short utterance's closing mark and its cue ("” she said", "” Ana Ruiz said"). */
export const UTTERANCE_CUE_GAP = 24;

/**
 * Quotation marks that quote nobody: a term or a nickname in a sentence that attributes nothing ("the so-called
 * “sex tape”"), a title of a work or a show, a number, or a few words that only echo a longer quote of the
 * article (a teaser's “absolutely ruled out”). A short quote a sentence attributes ("called them
 * “deplorables”") is a quote.
 */
export function isScare(quoted: string, attributed: boolean, echo: () => boolean, cueAfter = false, colonBefore = false): boolean {
  const words = quoted.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0 || !/\p{L}/u.test(quoted)) return true;
  // Dunn replied: “Never.” — a cue and a colon introduce an utterance, however short, that ends its sentence.
  if (colonBefore && /[.!?]$/.test(quoted.trim())) return echo();
  // Capitalised words are a title's or a name's, unless a verb of saying has them exclaim or ask (“USA! USA!”,
  // “Really?”); “Mamma Mia!” alone is a title.
  const exclaims = /[!?][,.]?$/.test(quoted.trim());
  const titleLike =
    !(exclaims && attributed) && words.length <= 8 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(a|an|the|of|and|in|on|to|for|with)$/.test(w));
  // “Nobody,” she said. / “Oh, Lord,” she blurted: words closed by a comma inside the marks, then at once a cue,
  // are an utterance, however short (not a title's words: “Fox News Sunday,” said … names a show).
  const titleWords = titleLike && words.length >= 2 && !/[,;:!?]/.test(quoted.trim().slice(0, -1));
  if (cueAfter && /,$/.test(quoted.trim()) && !titleWords) return echo();
  if (titleLike && words.length < 6) return true;
  if (words.length > SCARE_MAX_WORDS) return false;
  // A whole short sentence (“That is a fantasy.”) is said by someone, unless it only echoes a longer quote.
  if (words.length >= 2 && /^\p{Lu}/u.test(quoted) && /[.!?]$/.test(quoted)) return echo();
  return !attributed || echo();
}

/**
 * Which longer quote of the same article does a short quote's wording stand inside (null: none)? Each quote's words are
 * normalised once, and only short quotes ask (it is the teaser test). The longer quotes are kept longest first,
 * so a short quote looks only at those more than 10 characters longer than itself; and an article that would
 * make this compare more than ECHO_BUDGET_CHARS in all (thousands of short quotes beside thousands of long
 * ones) finds no more echoes past that point rather than taking seconds.
 */
export const ECHO_BUDGET_CHARS = 20_000_000;
export function echoFinder(text: string, raw: RawQuote[]): (q: RawQuote) => RawQuote | null {
  let longestFirst: { quote: RawQuote; length: number; words: string }[] | null = null;
  let budget = ECHO_BUDGET_CHARS;
  const words = (q: RawQuote) =>
    normalizeForCompare(text.slice(q.start, q.end))
      .replace(/[^\p{L}\p{N} ]/gu, '')
      .trim();
  return (q) => {
    const mine = words(q);
    if (!mine) return null;
    longestFirst ??= raw.map((quote) => ({ quote, length: quote.end - quote.start, words: words(quote) })).sort((a, b) => b.length - a.length);
    const least = q.end - q.start + 10;
    for (const o of longestFirst) {
      if (o.length <= least) break;
      if (o.quote === q) continue;
      budget -= o.words.length;
      if (budget < 0) return null;
      if (o.words.includes(mine)) return o.quote;
    }
    return null;
  };
}
