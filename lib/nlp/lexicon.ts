import { GIVEN_FEMALE, GIVEN_MALE, GIVEN_UNISEX } from '../data/generated/given-names';
import { PLACES } from '../data/generated/places';
import { SURNAMES } from '../data/generated/surnames';
import { COMMON_WORDS } from '../data/generated/words';
import { EXTRA_PLACES } from '../data/organizations';

/** The shipped word lists, unpacked once on first use. All keys lower case. */
export interface Lexicon {
  /** Given name → gender ('u' when unknown or both). */
  given: Map<string, 'm' | 'f' | 'u'>;
  surnames: Set<string>;
  /** Frequent English words (SCOWL 10 + 20). */
  common: Set<string>;
  /** Countries, capitals, continents, US states, large cities; multi-word names joined by single spaces. */
  places: Set<string>;
}

let cached: Lexicon | undefined;

export function lexicon(): Lexicon {
  if (cached) return cached;
  const given = new Map<string, 'm' | 'f' | 'u'>();
  for (const n of GIVEN_UNISEX.split('|')) given.set(n, 'u');
  for (const n of GIVEN_MALE.split('|')) given.set(n, 'm');
  for (const n of GIVEN_FEMALE.split('|')) given.set(n, 'f');
  cached = {
    given,
    surnames: new Set(SURNAMES.split('|')),
    common: new Set(COMMON_WORDS.split('|')),
    places: new Set([...PLACES.toLowerCase().split('|'), ...EXTRA_PLACES]),
  };
  return cached;
}
