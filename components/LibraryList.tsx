import { useEffect, useRef, useState } from 'preact/hooks';
import type { LibraryEntry } from '../lib/library/entry';
import type { SnippetPart } from '../lib/library/snippet';
import type { AlsoIn } from '../lib/types';
import { Confirm } from './Confirm';
import { formatDay, plural } from './format';

export interface LibraryListProps {
  entries: readonly LibraryEntry[];
  /** The matched words of a visible entry, when searching (undefined: not known yet; null: none to show). */
  snippets?: ReadonlyMap<string, SnippetPart[] | null>;
  /** Paragraphs of a visible entry that stand in other saved pages. */
  elsewhere?: ReadonlyMap<string, readonly AlsoIn[]>;
  /** Called with the keys on screen, so that their snippets can be found. */
  onVisible?(keys: string[]): void;
  onDelete(entry: LibraryEntry): void;
  /** When this changes (a new search or filter), the list starts at its top; a list brought up to date keeps its place. */
  resetKey?: string;
}

/** Every row is this tall, so that only the rows on screen need to exist (10,000 pages scroll like 20). */
export const ROW_HEIGHT = 96;
const OVERSCAN = 6;

/** "2 notes · 3 quotes · 1 repeat": what the reader kept and what Newsmark found, zeros left out. */
export function countsLine(entry: LibraryEntry): string {
  const c = entry.counts;
  const parts = [
    c.notes ? plural(c.notes, 'note') : '',
    c.highlights > c.notes ? plural(c.highlights - c.notes, 'highlight') : '',
    c.officials ? plural(c.officials, 'official') : '',
    c.quotes ? plural(c.quotes, 'quote') : '',
    c.repeats ? plural(c.repeats, 'repeat') : '',
  ].filter(Boolean);
  return parts.join(' · ') || (entry.saved ? 'Nothing marked' : 'Highlights only');
}

/** "· 2 paragraphs also in <title>, <site>, <date> and 1 more page". */
function AlsoInLine({ also }: { also: readonly AlsoIn[] }) {
  const pages = [...new Map(also.map((a) => [a.page.key, a.page])).values()];
  const first = pages[0]!;
  const paragraphs = new Set(also.map((a) => a.paragraph)).size;
  return (
    <span class="page-also">
      {' · '}
      {paragraphs === 1 ? 'a paragraph' : `${paragraphs} paragraphs`} also in{' '}
      <a href={first.url} target="_blank" rel="noopener noreferrer">
        {first.title}
      </a>
      , {first.site}, {formatDay(first.readAt)}
      {pages.length > 1 ? ` and ${pages.length - 1} more page${pages.length > 2 ? 's' : ''}` : ''}
    </span>
  );
}

/** The library's list of saved pages, newest first: a window of rows over the whole list. */
export function LibraryList({ entries, snippets, elsewhere, onVisible, onDelete, resetKey }: LibraryListProps) {
  const box = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(0);
  const [height, setHeight] = useState(800);
  const [asking, setAsking] = useState<string | null>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setHeight(el.clientHeight || 800);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  // A new search or filter starts at the top.
  useEffect(() => {
    if (box.current) box.current.scrollTop = 0;
    setTop(0);
  }, [resetKey]);

  const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(entries.length, Math.ceil((top + height) / ROW_HEIGHT) + OVERSCAN);
  const shown = entries.slice(first, last);
  const shownKeys = shown.map((e) => e.key).join('\n');
  useEffect(() => onVisible?.(shownKeys ? shownKeys.split('\n') : []), [shownKeys, onVisible]);

  return (
    <div class="library-list" ref={box} onScroll={(e) => setTop((e.currentTarget as HTMLDivElement).scrollTop)} role="list" aria-label="Saved pages">
      <div style={{ height: `${entries.length * ROW_HEIGHT}px`, position: 'relative' }}>
        {shown.map((entry, i) => {
          const parts = snippets?.get(entry.key);
          const also = elsewhere?.get(entry.key);
          return (
            <div
              class="page-row"
              role="listitem"
              key={entry.key}
              style={{ top: `${(first + i) * ROW_HEIGHT}px`, height: `${ROW_HEIGHT}px` }}
              data-key={entry.key}
            >
              <div class="page-main">
                <a class="page-title" href={entry.url} target="_blank" rel="noopener noreferrer" title={entry.title}>
                  {entry.title}
                </a>
                <p class="page-facts">{[entry.site, `read ${formatDay(entry.readAt)}`, entry.byline].filter(Boolean).join(' · ')}</p>
                <p class="page-counts">
                  {countsLine(entry)}
                  {entry.tags.length ? <span class="page-tags"> {entry.tags.map((t) => `#${t}`).join(' ')}</span> : null}
                  {also?.length ? <AlsoInLine also={also} /> : null}
                </p>
                {parts ? <p class="page-snippet">{parts.map((p, j) => (p.hit ? <mark key={j}>{p.text}</mark> : p.text))}</p> : null}
              </div>
              <div class="page-actions">
                {asking === entry.key ? (
                  <Confirm
                    question="Delete this page and its highlights?"
                    confirm="Delete"
                    onConfirm={() => {
                      setAsking(null);
                      onDelete(entry);
                    }}
                    onCancel={() => setAsking(null)}
                  />
                ) : (
                  <button type="button" class="small" aria-label={`Delete ${entry.title}`} onClick={() => setAsking(entry.key)}>
                    Delete
                  </button>
                )}
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
