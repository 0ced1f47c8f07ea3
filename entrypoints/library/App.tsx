import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Confirm } from '../../components/Confirm';
import { LibraryList } from '../../components/LibraryList';
import { PeopleIndex } from '../../components/PeopleIndex';
import { plural } from '../../components/format';
import type { Catalog } from '../../lib/library/catalog';
import type { LibraryEntry } from '../../lib/library/entry';
import { peopleIndex } from '../../lib/library/people';
import type { LibraryIndex } from '../../lib/library/search';
import { queryWords, snippet, type SnippetPart } from '../../lib/library/snippet';
import type { ExportKind, LibraryApi } from './api';
import type { AlsoIn } from '../../lib/types';

export interface AppProps {
  api: LibraryApi;
}

/** Rows shown from the cache before it is brought up to date. */
const FIRST_SCREEN = 40;
const DAY = 86_400_000;
const PERIODS = { any: 'Any time', day: 'Today', week: 'Past week', month: 'Past month', year: 'Past year' } as const;
type Period = keyof typeof PERIODS;
const PERIOD_DAYS: Record<Period, number> = { any: Infinity, day: 1, week: 7, month: 31, year: 366 };
const EXPORTS: [ExportKind, string][] = [
  ['json', 'Export JSON backup'],
  ['markdown', 'Export Markdown'],
  ['web-annotations', 'Export Web Annotations (JSON-LD)'],
];

type Notice = { kind: 'status' | 'alert'; text: string } | null;

/** The library: every saved page, searchable, by person; exports and import. */
export function App({ api }: AppProps) {
  const [entries, setEntries] = useState<LibraryEntry[] | null>(null);
  const [index, setIndex] = useState<LibraryIndex | null>(null);
  const [loading, setLoading] = useState(true);
  const [view, setView] = useState<'pages' | 'people'>('pages');
  const [query, setQuery] = useState('');
  const [site, setSite] = useState('');
  const [tag, setTag] = useState('');
  const [period, setPeriod] = useState<Period>('any');
  const [notice, setNotice] = useState<Notice>(null);
  const [asking, setAsking] = useState<'site' | 'everything' | null>(null);
  // The matched words of the rows on screen, with the query they were found for (an answer for an older query
  // is not shown).
  const [snippets, setSnippets] = useState<{ for: string; parts: Map<string, SnippetPart[] | null> }>({ for: '', parts: new Map() });
  const texts = useRef(new Map<string, { text: string; notes: string[] }>());
  const elsewhereOf = useRef(new Map<string, AlsoIn[]>());

  // One bringing-up-to-date at a time: a request while one runs makes one more run after it, from what it left.
  const held = useRef<Catalog | undefined>(undefined);
  const running = useRef<Promise<void> | null>(null);
  const again = useRef<boolean | 'rebuild'>(false);
  const refresh = useCallback(
    (rebuild = false): Promise<void> => {
      if (running.current) {
        again.current = rebuild ? 'rebuild' : again.current || true;
        return running.current;
      }
      const run = async (rebuildNow: boolean): Promise<void> => {
        setLoading(true);
        try {
          const catalog = await api.catalog({ rebuild: rebuildNow, previous: rebuildNow ? undefined : held.current });
          held.current = catalog;
          setEntries(catalog.entries);
          setIndex(catalog.index);
          texts.current.clear();
          elsewhereOf.current.clear();
          if (catalog.unsaved)
            setNotice({ kind: 'alert', text: `The library's index could not be saved (${catalog.unsaved}) It works for now and is made again next time.` });
        } catch (e) {
          setNotice({ kind: 'alert', text: `The library could not be read: ${(e as Error).message}` });
        }
        const next = again.current;
        again.current = false;
        if (next) return run(next === 'rebuild');
        setLoading(false);
      };
      running.current = run(rebuild).finally(() => {
        running.current = null;
      });
      return running.current;
    },
    [api],
  );

  useEffect(() => {
    let live = true;
    // The first screen from the cache as it is, painted before anything heavy starts; then everything brought up
    // to date (reading every entry and loading the search index).
    void api
      .newest(FIRST_SCREEN)
      .then(
        (first) => live && setEntries((now) => now ?? first),
        () => {},
      )
      .then(() => new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0))))
      .then(() => {
        if (live) void refresh();
      });
    // Back to the library after reading: bring in what changed.
    const onVisible = () => document.visibilityState === 'visible' && void refresh();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [api, refresh]);

  const all = useMemo(() => entries ?? [], [entries]);
  const sites = useMemo(() => countBy(all.map((e) => e.site)), [all]);
  const tags = useMemo(() => countBy(all.flatMap((e) => e.tags)), [all]);
  const hits = useMemo(() => (index && query.trim() ? index.search(query) : null), [index, query]);
  const shown = useMemo(() => {
    const since = period === 'any' ? -Infinity : Date.now() - PERIOD_DAYS[period] * DAY;
    return all.filter((e) => (!hits || hits.has(e.key)) && (!site || e.site === site) && (!tag || e.tags.includes(tag)) && e.readAt >= since);
  }, [all, hits, site, tag, period]);
  // Made once per list (thousands of pages: hundreds of ms), filtered per keystroke.
  const everyone = useMemo(() => peopleIndex(view === 'people' ? all : []), [all, view]);
  const words = useMemo(() => queryWords(query), [query]);
  const people = useMemo(() => {
    if (!words.length) return everyone;
    return everyone.filter((r) => {
      const about = queryWords([r.name, ...r.titles.map((t) => `${t.title} ${t.affiliation ?? ''}`)].join(' '));
      return words.every((w) => about.some((a) => a.startsWith(w)));
    });
  }, [everyone, words]);
  const [elsewhere, setElsewhere] = useState<ReadonlyMap<string, AlsoIn[]>>(new Map());
  const [onScreen, setOnScreen] = useState<string[]>([]);
  // Where the rows' paragraphs stand in other saved pages: once per page, for rows that stay on screen a moment,
  // after the library is up to date (it reads the same database).
  useEffect(() => {
    if (loading) return;
    let live = true;
    const timer = setTimeout(async () => {
      for (const key of onScreen) {
        if (!live) return;
        if (elsewhereOf.current.has(key)) continue;
        elsewhereOf.current.set(key, await api.alsoIn(key).catch(() => []));
        if (live) setElsewhere(new Map(elsewhereOf.current));
      }
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, onScreen, loading]);
  const onVisible = useCallback(
    (keys: string[]) => {
      setOnScreen((now) => (now.join('\n') === keys.join('\n') ? now : keys));
      void (async () => {
        if (!words.length) return;
        const found = new Map<string, SnippetPart[] | null>();
        for (const key of keys) {
          let source = texts.current.get(key);
          if (!source) {
            source = await api.searchable(key).catch(() => ({ text: '', notes: [] }));
            texts.current.set(key, source);
          }
          const entry = all.find((e) => e.key === key);
          const fields = [...source.notes, ...(entry?.quotes.map((q) => q.text) ?? []), source.text];
          let parts: SnippetPart[] | null = null;
          for (const field of fields) if ((parts = snippet(field, words))) break;
          found.set(key, parts);
        }
        setSnippets({ for: words.join(' '), parts: found });
      })();
    },
    [api, words, all],
  );

  const forget = async (what: Parameters<LibraryApi['forget']>[0], said: string) => {
    try {
      const done = await api.forget(what);
      setNotice({ kind: 'status', text: `${said}: ${plural(done.pages, 'page')} and ${plural(done.highlights, 'highlight')} deleted.` });
    } catch (e) {
      setNotice({ kind: 'alert', text: `Nothing was deleted: ${(e as Error).message}` });
    }
    await refresh();
  };

  const exportAs = async (kind: ExportKind) => {
    try {
      api.download(await api.exportFile(kind));
      setNotice({ kind: 'status', text: 'Exported: the file is in your downloads.' });
    } catch (e) {
      setNotice({ kind: 'alert', text: `The export failed: ${(e as Error).message}` });
    }
  };

  const importFrom = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setNotice({ kind: 'status', text: `Importing ${file.name}…` });
    try {
      const said = await api.importFile(file);
      setNotice({ kind: 'status', text: said });
      await refresh();
    } catch (e) {
      setNotice({ kind: 'alert', text: `${file.name} was not imported. ${(e as Error).message}` });
    } finally {
      input.value = '';
    }
  };

  return (
    <div class="library">
      <header class="library-head">
        <h1>Newsmark library</h1>
        <input
          type="search"
          aria-label="Search"
          placeholder="Search titles, text, quotes, people, notes and tags"
          value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        />
        <div class="views" role="tablist" aria-label="Views">
          <button type="button" role="tab" aria-selected={view === 'pages'} onClick={() => setView('pages')}>
            Pages
          </button>
          <button type="button" role="tab" aria-selected={view === 'people'} onClick={() => setView('people')}>
            People
          </button>
        </div>
      </header>
      {notice ? (
        <p class={`notice ${notice.kind}`} role={notice.kind}>
          {notice.text}
        </p>
      ) : null}
      {view === 'pages' ? (
        <section class="pages" aria-label="Pages">
          <div class="filters">
            <select aria-label="Site" value={site} onChange={(e) => setSite((e.currentTarget as HTMLSelectElement).value)}>
              <option value="">All sites</option>
              {sites.map(([s, n]) => (
                <option value={s} key={s}>
                  {s} ({n})
                </option>
              ))}
            </select>
            <select aria-label="Tag" value={tag} onChange={(e) => setTag((e.currentTarget as HTMLSelectElement).value)}>
              <option value="">All tags</option>
              {tags.map(([t, n]) => (
                <option value={t} key={t}>
                  #{t} ({n})
                </option>
              ))}
            </select>
            <select aria-label="Read" value={period} onChange={(e) => setPeriod((e.currentTarget as HTMLSelectElement).value as Period)}>
              {(Object.keys(PERIODS) as Period[]).map((p) => (
                <option value={p} key={p}>
                  {PERIODS[p]}
                </option>
              ))}
            </select>
            <span class="count" role="status">
              {entries === null
                ? 'Opening…'
                : hits || site || tag || period !== 'any'
                  ? `${plural(shown.length, 'page')} of ${all.length.toLocaleString()}`
                  : plural(all.length, 'page')}
              {loading && entries !== null ? ' · bringing the library up to date…' : ''}
            </span>
          </div>
          {entries !== null && !all.length && !loading ? (
            <p class="empty">Nothing saved yet. Newsmark saves each article you read here, with your highlights and notes.</p>
          ) : query.trim() && index === null ? (
            <p class="empty">The search index is being prepared…</p>
          ) : (
            <LibraryList
              resetKey={[query, site, tag, period].join('\n')}
              entries={shown}
              snippets={words.length ? (snippets.for === words.join(' ') ? snippets.parts : new Map()) : undefined}
              elsewhere={elsewhere}
              onVisible={onVisible}
              onDelete={(e) => void forget({ what: 'page', key: e.key }, e.title)}
            />
          )}
        </section>
      ) : (
        <PeopleIndex people={people} />
      )}
      <footer class="library-foot">
        <section aria-label="Your data" class="exchange">
          {EXPORTS.map(([kind, label]) => (
            <button type="button" key={kind} onClick={() => void exportAs(kind)}>
              {label}
            </button>
          ))}
          <label class="import">
            Import
            <input
              type="file"
              accept=".json,.jsonld,application/json,application/ld+json"
              onChange={(e) => void importFrom(e.currentTarget as HTMLInputElement)}
            />
          </label>
        </section>
        <section aria-label="Delete" class="forget">
          {asking ? (
            <Confirm
              question={`${asking === 'site' ? `Delete every page and highlight from ${site}?` : 'Delete every page and highlight Newsmark kept?'} This cannot be undone; export a backup first.`}
              confirm="Delete"
              onConfirm={() => {
                setAsking(null);
                void (asking === 'site' ? forget({ what: 'site', site }, site) : forget({ what: 'everything' }, 'Everything'));
              }}
              onCancel={() => setAsking(null)}
            />
          ) : (
            <>
              {site ? (
                <button type="button" class="link" onClick={() => setAsking('site')}>
                  Delete everything from {site}…
                </button>
              ) : null}
              <button type="button" class="link" title="Make the list and the search index again from everything saved" onClick={() => void refresh(true)}>
                Rebuild the index
              </button>
              <button type="button" class="link" onClick={() => setAsking('everything')}>
                Delete everything…
              </button>
            </>
          )}
        </section>
      </footer>
    </div>
  );
}

/** Values with how often each occurs, most often first. */
function countBy(values: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
