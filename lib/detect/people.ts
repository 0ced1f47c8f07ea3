import { personConfidence } from '../data/name-evidence';
import { NAME_SUFFIXES } from '../data/organizations';
import { TITLE_GENDER } from '../data/titles';
import type { Chunk, DocEntities } from '../nlp/entities';
import { lexicon } from '../nlp/lexicon';
import type { NlpToken } from '../nlp/tokenize';
import type { Person, Span } from '../types';

/**
 * People named in an article, each with all their mentions: full names, bare surnames ("Sheinbaum",
 * "Trump's"), honorific forms ("Mrs. Clinton"). Two people who share a surname are kept apart: a bare surname
 * goes to the one an honorific's gender points to, else to the one named most recently before it.
 */

interface Draft {
  given: string | null;
  surname: string;
  /** Lower-case tokens of the fullest name seen. */
  full: string[];
  name: string;
  gender: 'm' | 'f' | null;
  chunks: Chunk[];
  /** Token index of every mention, to find the most recent. */
  positions: number[];
  /** "jr", "sr", "ii"…: Donald Trump Jr. and Donald Trump are two people. */
  suffix: string;
}

export function detectPeople(doc: DocEntities): Person[] {
  const { tokens, text } = doc;
  const chunks = doc.chunks.filter((c) => c.type === 'PER');
  const drafts: Draft[] = [];
  const nameTokens = (c: Chunk) => tokens.slice(c.start, c.end).filter((t) => !NAME_SUFFIXES.has(t.lower));
  // As written, without the soft hyphens and zero-width spaces that only say where a line may break.
  const display = (c: Chunk) => text.slice(tokens[c.start]!.start, tokens[c.end - 1]!.end).replace(/[\u00AD\u200B\u2060]/g, '');
  const suffixOf = (c: Chunk) =>
    tokens
      .slice(c.start, c.end)
      .filter((t) => NAME_SUFFIXES.has(t.lower) && GENERATIONAL.test(t.lower))
      .map((t) => t.lower.replace(/\.$/, ''))
      .join(' ');

  const add = (c: Chunk, d: Draft) => {
    d.chunks.push(c);
    d.positions.push(c.start);
    if (c.honorific) d.gender ??= c.honorific;
    const titled = c.title?.text ? TITLE_GENDER.get(c.title.text.toLowerCase()) : undefined;
    if (titled) d.gender ??= titled;
  };

  // Full names first, so a surname mentioned before the full name still finds its person.
  const single: Chunk[] = [];
  for (const c of chunks) {
    const ws = nameTokens(c);
    if (ws.length === 0) continue;
    if (ws.length === 1 && !c.sharedSurname) {
      single.push(c);
      continue;
    }
    const lower = ws.map((t) => t.lower);
    // "Xiao Qiang": the family name first, the given name after it.
    const surname = c.sharedSurname?.toLowerCase() ?? (c.surnameFirst ? lower[0]! : lower[lower.length - 1]!);
    const given = c.surnameFirst ? lower[1]! : lower[0]!;
    const full = c.sharedSurname ? [given, surname] : lower;
    const suffix = suffixOf(c);
    const same = drafts.find(
      (d) =>
        d.surname === surname &&
        d.suffix === suffix &&
        (((d.given === given || d.given === null || sameInitial(d.given, given)) && compatible(d.full, full)) ||
          endsWith(d.full, full) ||
          endsWith(full, d.full)),
    );
    if (same) {
      if (full.length > same.full.length) {
        // (A surname of two words seen first, "Wasserman Schultz", then the full name: its given name is the name's.)
        if (endsWith(full, same.full)) same.given = given;
        same.full = full;
        same.name = c.sharedSurname ? `${display(c)} ${c.sharedSurname}` : display(c);
      }
      if (same.given === null) same.given = given;
      add(c, same);
    } else {
      const d: Draft = {
        given,
        surname,
        full,
        name: c.sharedSurname ? `${display(c)} ${c.sharedSurname}` : display(c),
        gender: null,
        chunks: [],
        positions: [],
        suffix,
      };
      add(c, d);
      drafts.push(d);
    }
  }

  for (const c of single) {
    const word = nameTokens(c)[0]!.lower;
    const suffix = suffixOf(c);
    // "Trump Jr." is the Jr.; a bare "Trump" may be either.
    const bySurname = drafts.filter((d) => d.surname === word && (!suffix || d.suffix === suffix));
    let target: Draft | undefined;
    if (bySurname.length === 1) target = bySurname[0];
    else if (bySurname.length > 1) target = pick(bySurname, c, c.honorific);
    else {
      // A first name alone ("Hillary") is the one person of that first name, if there is exactly one.
      const byGiven = drafts.filter((d) => d.given === word && d.full.length >= 2);
      if (byGiven.length === 1 && !drafts.some((d) => d.surname === word)) target = byGiven[0];
      // The first of two surnames ("Acosta" for Melba Acosta Febo, "Rodham" for Hillary Rodham Clinton): a middle
      // word of one person's name of three words or more, that is no given name.
      const byMiddle = drafts.filter((d) => d.full.length >= 3 && d.full.slice(1, -1).includes(word) && d.given !== word);
      if (!target && byMiddle.length === 1 && !/\.$/.test(word) && !lexicon().given.has(word)) target = byMiddle[0];
    }
    if (target) add(c, target);
    else {
      const d: Draft = { given: null, surname: word, full: [word], name: display(c), gender: null, chunks: [], positions: [], suffix };
      add(c, d);
      drafts.push(d);
    }
  }

  return drafts
    .map((d) => ({ d, first: Math.min(...d.chunks.map((c) => c.start)) }))
    .sort((a, b) => a.first - b.first)
    .map(({ d }, k) => toPerson(d, k, tokens));
}

const GENERATIONAL = /^(jr\.?|sr\.?|ii|iii|iv)$/;

/** "Donald Trump" and "Donald J. Trump" are one name; "Bill Clinton" and "Hillary Clinton" are two. */
function compatible(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((w) => long.includes(w) || long.some((l) => sameInitial(l, w)));
}

/**
 * "Wasserman Schultz" is the end of "Debbie Wasserman Schultz", "Suu Kyi" of "Aung San Suu Kyi": a name of two
 * words or more, the last words of a longer one, that does not open with a given name ("Paul Jones" is not John
 * Paul Jones).
 */
function endsWith(long: string[], short: string[]): boolean {
  if (short.length < 2 || short.length >= long.length || lexicon().given.has(short[0]!)) return false;
  return short.every((w, i) => long[long.length - short.length + i] === w);
}

function sameInitial(a: string, b: string): boolean {
  return (/^\p{L}\.$/u.test(a) && b.startsWith(a[0]!)) || (/^\p{L}\.$/u.test(b) && a.startsWith(b[0]!));
}

/** Of several people with the surname: the honorific's gender, else the one named last before the mention. */
function pick(candidates: Draft[], c: Chunk, honorific: 'm' | 'f' | null | undefined): Draft {
  let pool = candidates;
  if (honorific) {
    const byGender = pool.filter((d) => d.gender === honorific || (d.gender === null && genderOfGiven(d) === honorific));
    if (byGender.length) pool = byGender;
  }
  const before = pool
    .map((d) => ({ d, last: Math.max(-1, ...d.positions.filter((p) => p < c.start)) }))
    .filter((x) => x.last >= 0)
    .sort((a, b) => b.last - a.last);
  return before[0]?.d ?? pool[0]!;
}

/** Gender of a draft's given name, from the name lists ("Bill" → m), when an honorific has not said it. */
function genderOfGiven(d: Draft): 'm' | 'f' | null {
  const g = d.given ? lexicon().given.get(d.given) : undefined;
  return g === 'm' || g === 'f' ? g : null;
}

function toPerson(d: Draft, k: number, tokens: NlpToken[]): Person {
  const titled = d.chunks.find((c) => c.title?.text) ?? d.chunks.find((c) => c.title);
  const mentions: Span[] = d.chunks
    .map((c) => {
      const ws = tokens.slice(c.start, c.end);
      let end = ws.length;
      while (end > 1 && NAME_SUFFIXES.has(ws[end - 1]!.lower)) end--;
      return { start: ws[0]!.start, end: ws[end - 1]!.end };
    })
    .sort((a, b) => a.start - b.start);
  return {
    id: `person-${k + 1}`,
    name: d.name,
    title: titled?.title?.text || null,
    affiliation: titled?.title?.affiliation ?? d.chunks.find((c) => c.title?.affiliation)?.title?.affiliation ?? null,
    official: d.chunks.some((c) => c.title?.official && !!c.title.text),
    ...genderField(d),
    confidence: personConfidence(d.chunks.map((c) => c.evidence)),
    mentions,
  };
}

/** The gender an honorific gave ("Mrs. Ruiz"), else the given name's, when either says one. */
function genderField(d: Draft): { gender?: 'm' | 'f' } {
  const g = d.gender ?? genderOfGiven(d);
  return g ? { gender: g } : {};
}
