import type { DocEntities } from '../nlp/entities';
import { lexicon } from '../nlp/lexicon';
import { DEMONYMS, PARTIES } from '../data/demonyms';
import type { Organization, Span } from '../types';

/**
 * Organisations named in an article: government bodies, agencies, parties, companies, media. Mentions of the
 * same organisation are one entry ("the Pentagon", "Pentagon"; "the Federal Bureau of Investigation" and
 * "FBI" when the article pairs them; "Velmora Holdings Inc" and "Velmora"; "the Toronto Maple Leafs" and "the Leafs").
 */
export function detectOrganizations(doc: DocEntities): Organization[] {
  const { tokens, text } = doc;
  const byKey = new Map<string, { name: string; mentions: Span[] }>();
  const aliases = new Map<string, string>();
  const spellings = new Map<string, number>();
  for (const c of doc.chunks) {
    if (c.type !== 'ORG') continue;
    let start = c.start;
    // "The New York Times" is mentioned as "New York Times": the article is not part of the name.
    if (tokens[start]!.lower === 'the' && c.end - start > 1) start++;
    const span = { start: tokens[start]!.start, end: tokens[c.end - 1]!.end };
    const name = text.slice(span.start, span.end);
    const key = normalise(name);
    // "Federal Bureau of Investigation (FBI)": the acronym in brackets is the same organisation.
    const open = tokens[c.end];
    const acronym = tokens[c.end + 1];
    if (open?.text === '(' && acronym?.upper && tokens[c.end + 2]?.text === ')' && initials(name) === acronym.text.replace(/\./g, '')) {
      aliases.set(normalise(acronym.text), key);
    }
    const target = aliases.get(key) ?? key;
    const entry = byKey.get(target) ?? { name, mentions: [] };
    // The name as the page writes it most often ("AP" over a byline's "Ap"); the longer spelling when as often
    // ("U.S. Army" over "US Army").
    if (target === key) {
      const count = (spellings.get(name) ?? 0) + 1;
      spellings.set(name, count);
      const best = spellings.get(entry.name) ?? 0;
      if (count > best || (count === best && name.length > entry.name.length)) entry.name = name;
    }
    entry.mentions.push(span);
    byKey.set(target, entry);
  }
  // "Velmora Holdings Inc … Velmora was up": a one-word name that opens exactly one longer one is its short form.
  const openedBy = new Map<string, string[]>();
  for (const key of byKey.keys()) {
    const space = key.indexOf(' ');
    if (space < 0) continue;
    const first = key.slice(0, space);
    const list = openedBy.get(first);
    if (list) list.push(key);
    else openedBy.set(first, [key]);
  }
  for (const [key, longer] of openedBy) {
    const short = byKey.get(key);
    if (!short || longer.length !== 1) continue;
    byKey.get(longer[0]!)!.mentions.push(...short.mentions);
    byKey.delete(key);
  }
  // "the Toronto Maple Leafs … Maple Leafs edge Canadiens … the Leafs", "The New York Times … the Times": a plural
  // name that ends exactly one longer one is its short form (the longest short forms first, so that each merges into
  // the full name). Not a singular one: "the House" is no "White House", "the Senate" may be another's.
  // The full name opens with a place's name, as a team's or a city paper's does, not a people's or a party's word
  // ("the Irish Times" and "the Times" of London, "the Liberal Democrats" and America's "Democrats" are two).
  const lex = lexicon();
  const placeFirst = (k: string) => {
    const words = k.split(' ');
    const first = words[0]!;
    return (
      lex.places.has(words.slice(0, 2).join(' ')) ||
      lex.places.has(words.slice(0, 3).join(' ')) ||
      lex.places.has(first) ||
      (!lex.common.has(first) && !DEMONYMS.has(first) && !PARTIES.has(first))
    );
  };
  // (Names by their last word: a page of thousands of organisations compares each with its few namesakes.)
  const byLast = new Map<string, string[]>();
  for (const k of byKey.keys()) {
    const last = k.slice(k.lastIndexOf(' ') + 1);
    byLast.set(last, [...(byLast.get(last) ?? []), k]);
  }
  for (const key of [...byKey.keys()].sort((a, b) => b.length - a.length)) {
    if (!/[^s'u]s$/.test(key)) continue;
    const longer = (byLast.get(key.slice(key.lastIndexOf(' ') + 1)) ?? []).filter((k) => byKey.has(k) && k.length > key.length && k.endsWith(` ${key}`));
    if (longer.length !== 1 || !placeFirst(longer[0]!)) continue;
    byKey.get(longer[0]!)!.mentions.push(...byKey.get(key)!.mentions);
    byKey.delete(key);
  }
  return [...byKey.values()]
    .map((e) => ({ ...e, mentions: e.mentions.sort((a, b) => a.start - b.start) }))
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)
    .map((e, k) => ({ id: `org-${k + 1}`, name: e.name, mentions: e.mentions }));
}

function normalise(name: string): string {
  return name.toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim();
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}
