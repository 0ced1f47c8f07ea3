import { useState } from 'preact/hooks';
import { atMention, type PersonRow } from '../lib/library/people';
import { formatDay, plural } from './format';

export interface PeopleIndexProps {
  people: readonly PersonRow[];
}

/** Shown at first; the rest a click away (a reader with 10,000 pages knows thousands of names). */
const PAGE = 100;

function roleLine(row: PersonRow): string {
  return row.titles
    .slice(0, 3)
    .map((t) => [t.title, t.affiliation].filter(Boolean).join(', '))
    .filter(Boolean)
    .join('; ');
}

/** Everyone named across the reader's articles, officials first; each opens to their articles and quotes. */
export function PeopleIndex({ people }: PeopleIndexProps) {
  const [limit, setLimit] = useState(PAGE);
  const [open, setOpen] = useState<string | null>(null);
  if (!people.length) return <p class="empty">No people yet: they appear here as you read articles that name them.</p>;
  return (
    <section class="people" aria-label="People">
      <ul class="people-list">
        {people.slice(0, limit).map((row) => (
          <li class="person-row" key={row.id} data-official={row.official || undefined}>
            <button type="button" class="person-name" aria-expanded={open === row.id} onClick={() => setOpen(open === row.id ? null : row.id)}>
              {row.name}
            </button>
            {row.official ? <span class="badge">Official</span> : null}
            <span class="person-role">{roleLine(row)}</span>
            <span class="person-counts">
              {plural(row.articles.length, 'article')}
              {row.quotes ? ` · ${plural(row.quotes, 'quote')}` : ''}
            </span>
            {open === row.id ? (
              <ul class="person-articles">
                {row.articles.map((a) => (
                  <li key={a.key}>
                    <a href={atMention(a.url, a.first)} target="_blank" rel="noopener noreferrer">
                      {a.title}
                    </a>
                    <span class="person-article-facts">
                      {' '}
                      {a.role ? `${a.role} · ` : ''}
                      {a.site} · {formatDay(a.readAt)}
                    </span>
                    {a.quotes.map((q, i) => (
                      <blockquote key={i}>
                        <a href={atMention(a.url, q.split(/\s+/).slice(0, 8).join(' '))} target="_blank" rel="noopener noreferrer">
                          “{q}”
                        </a>
                      </blockquote>
                    ))}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      {people.length > limit ? (
        <button type="button" class="link" onClick={() => setLimit(limit + PAGE * 5)}>
          Show more ({(people.length - limit).toLocaleString()} more)
        </button>
      ) : null}
    </section>
  );
}
