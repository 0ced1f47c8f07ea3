import type { LibraryEntry } from './entry';
import { foldedWords } from './snippet';

/**
 * Everyone named across the reader's articles. The same person is one row across articles when the full name
 * is the same (case and accents aside); a name of one word ("Okafor") is never merged on that alone, only with
 * the same title or affiliation; and one full name with two different affiliations ("Dana Reyes, Chile" and
 * "Dana Reyes, Ohio") is two people.
 */

export interface PersonRow {
  id: string;
  name: string;
  official: boolean;
  /** Each title as written, with how many articles give it. */
  titles: { title: string; affiliation: string | null; articles: number }[];
  articles: PersonArticle[];
  quotes: number;
}

export interface PersonArticle {
  key: string;
  url: string;
  title: string;
  site: string;
  readAt: number;
  published: string | null;
  /** The name as first written there (to open the article at it). */
  first: string;
  /** Title and affiliation as that article gives them ("Mayor, Brightwater"), or null. */
  role: string | null;
  quotes: string[];
}

/** A name, title or affiliation as compared: its folded words (case and accents aside). */
const fold = (s: string): string => foldedWords(s).join(' ');

export function peopleIndex(entries: readonly LibraryEntry[]): PersonRow[] {
  // Full name → the people of that name, told apart by affiliation.
  const byName = new Map<string, PersonRow[]>();
  for (const entry of entries) {
    entry.people.forEach((person, i) => {
      const name = fold(person.name);
      // A name the engine was not sure is a person's is in its article ("perhaps people"), not in the index.
      if (!name || person.sure === false) return;
      const single = !name.includes(' ');
      const affiliation = person.affiliation ? fold(person.affiliation) : null;
      const title = person.title ? fold(person.title) : null;
      const rows = byName.get(name) ?? [];
      if (!rows.length) byName.set(name, rows);
      let row = rows.find((r) => {
        const known = r.titles;
        if (single)
          return known.some((t) => (title && t.title && fold(t.title) === title) || (affiliation && t.affiliation && fold(t.affiliation) === affiliation));
        if (!affiliation) return true;
        const theirs = known.map((t) => t.affiliation && fold(t.affiliation)).filter(Boolean);
        return !theirs.length || theirs.includes(affiliation);
      });
      if (!row) {
        row = { id: `${name}#${rows.length}`, name: person.name, official: false, titles: [], articles: [], quotes: 0 };
        rows.push(row);
      }
      // The fullest spelling seen names the row.
      if (person.name.length > row.name.length) row.name = person.name;
      row.official ||= person.official;
      if (person.title) {
        const same = row.titles.find((t) => t.title === person.title && t.affiliation === person.affiliation);
        if (same) same.articles++;
        else row.titles.push({ title: person.title, affiliation: person.affiliation, articles: 1 });
      } else if (person.affiliation && !row.titles.some((t) => t.affiliation === person.affiliation)) {
        row.titles.push({ title: '', affiliation: person.affiliation, articles: 1 });
      }
      const quotes = entry.quotes.filter((q) => q.person === i).map((q) => q.text);
      row.quotes += quotes.length;
      const role = [person.title, person.affiliation].filter(Boolean).join(', ') || null;
      row.articles.push({
        key: entry.key,
        url: entry.url,
        title: entry.title,
        site: entry.site,
        readAt: entry.readAt,
        published: entry.published,
        first: person.first,
        role,
        quotes,
      });
    });
  }
  const rows = [...byName.values()].flat();
  for (const row of rows) {
    row.articles.sort((a, b) => b.readAt - a.readAt);
    row.titles.sort((a, b) => b.articles - a.articles);
  }
  // Officials first, then by how often the reader met them, then by name.
  return rows.sort((a, b) => Number(b.official) - Number(a.official) || b.articles.length - a.articles.length || a.name.localeCompare(b.name));
}

/**
 * The address of an article opened at a mention: a text fragment (`#:~:text=`), which Chrome and Firefox scroll
 * to and mark; browsers without them open the article at its top.
 */
export function atMention(url: string, words: string): string {
  const base = url.replace(/#.*$/, '');
  const text = words.trim().slice(0, 300);
  if (!text) return base;
  const encode = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
  return `${base}#:~:text=${encode(text)}`;
}
