import type { DocEntities } from '../nlp/entities';
import type { Organization, Span } from '../types';

/**
 * Organisations named in an article: government bodies, agencies, parties, companies, media. Mentions of the
 * same organisation are one entry ("the Pentagon", "Pentagon"; "the Federal Bureau of Investigation" and
 * "FBI" when the article pairs them).
 */
export function detectOrganizations(doc: DocEntities): Organization[] {
  const { tokens, text } = doc;
  const byKey = new Map<string, { name: string; mentions: Span[] }>();
  const aliases = new Map<string, string>();
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
    if (name.length > entry.name.length && target === key) entry.name = name;
    entry.mentions.push(span);
    byKey.set(target, entry);
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
