import { GIVEN_FEMALE, GIVEN_MALE, GIVEN_UNISEX } from '../data/generated/given-names';
import { PLACES, US_STATES } from '../data/generated/places';
import { SURNAMES } from '../data/generated/surnames';
import { COMMON_WORDS } from '../data/generated/words';
import { EXTRA_PLACES } from '../data/organizations';

/** The shipped word lists, unpacked once on first use. All keys lower case. */
export interface Lexicon {
  /** Given name → gender ('u' when unknown or both). */
  given: Map<string, 'm' | 'f' | 'u'>;
  surnames: Set<string>;
  /** Frequent English words (SCOWL 10 + 20, in each English spelling). */
  common: Set<string>;
  /** Countries, capitals, continents, US states, large cities; multi-word names joined by single spaces. */
  places: Set<string>;
  /** The US states' names, lower case, as news writes them after a town ("Akron, Ohio,"). */
  usStates: Set<string>;
}

let cached: Lexicon | undefined;

/** Undo scripts/lexicons.ts's front coding: a digit (characters shared with the previous word), then the rest. */
export function frontDecode(packed: string): string[] {
  const out: string[] = [];
  let prev = '';
  let i = 0;
  while (i < packed.length) {
    const shared = packed.charCodeAt(i) - 48;
    let j = i + 1;
    while (j < packed.length && (packed.charCodeAt(j) < 48 || packed.charCodeAt(j) > 57)) j++;
    prev = prev.slice(0, shared) + packed.slice(i + 1, j);
    out.push(prev);
    i = j;
  }
  return out;
}

export function lexicon(): Lexicon {
  if (cached) return cached;
  const given = new Map<string, 'm' | 'f' | 'u'>();
  for (const n of frontDecode(GIVEN_UNISEX)) given.set(n, 'u');
  for (const n of frontDecode(GIVEN_MALE)) given.set(n, 'm');
  for (const n of frontDecode(GIVEN_FEMALE)) given.set(n, 'f');
  cached = {
    given,
    surnames: new Set(frontDecode(SURNAMES)),
    common: new Set(frontDecode(COMMON_WORDS)),
    places: new Set([...frontDecode(PLACES).map((p) => p.toLowerCase()), ...EXTRA_PLACES]),
    usStates: new Set(frontDecode(US_STATES).map((p) => p.toLowerCase())),
  };
  return cached;
}

/**
 * An everyday word or one of its forms: "tweets", "jacked", "auctioning", "reportedly" (a stem that is common, with
 * -s, -es, -ed, -ing or -ly). Names in the lists are not ("Rogers", "Ahmed"); a name the lists lack may look like
 * one ("Fareed": fare, -ed). For a headline's capitals, where a name stops at the first such word ("Donald Trump
 * Tweets …").
 */
export function isEverydayForm(lex: Lexicon, word: string, adverb = true): boolean {
  if (word.length > 30 || lex.given.has(word) || lex.surnames.has(word)) return false;
  if (lex.common.has(word) || isEverydayGerund(lex, word)) return true;
  // (One "-ly" only: "reportedly" is "reported"'s.)
  if (adverb && word.endsWith('ly') && word.length > 5) return isEverydayForm(lex, word.slice(0, -2), false);
  return (
    (word.endsWith('s') && word.length > 3 && lex.common.has(word.slice(0, -1))) ||
    (word.endsWith('es') && word.length > 4 && lex.common.has(word.slice(0, -2))) ||
    (word.endsWith('ed') && word.length > 4 && isCommonStem(lex, word.slice(0, -2)))
  );
}

/**
 * A stem left by an ending ("-ed", "-ing", "-er") that is an everyday word as it stands, with its silent "e" back,
 * or with its doubled consonant undone: host-ing, hop-ing → hope, stop-p-ing → stop, run-n-er → run.
 */
export function isCommonStem(lex: Lexicon, stem: string): boolean {
  return lex.common.has(stem) || lex.common.has(`${stem}e`) || (stem.at(-1) === stem.at(-2) && lex.common.has(stem.slice(0, -1)));
}

/**
 * A frequent verb with -ing ("Hosting", "Welcoming": the word lists hold few such forms), for a capitalised word that
 * opens a sentence, where being common says its capital is no name's. Names that only look so ("Irving", "Sterling")
 * are in the name lists; "-ed" is left out ("Fareed", "Sayed", "Rashed" are given names the lists lack).
 */
export function isEverydayGerund(lex: Lexicon, word: string): boolean {
  if (!word.endsWith('ing') || word.length < 7 || lex.given.has(word) || lex.surnames.has(word)) return false;
  return isCommonStem(lex, word.slice(0, -3));
}
