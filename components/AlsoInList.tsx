import type { AlsoIn, Analysis, BlockKind } from '../lib/types';
import { formatDay, paragraphName, snippet } from './format';
import { readerNumbers } from '../lib/text/paragraphs';

export interface AlsoInListProps {
  analysis: Analysis;
  alsoIn: readonly AlsoIn[];
  /** Go to a paragraph on the page. */
  onJump(paragraph: number): void;
  /** The blocks' kinds, to number paragraphs as a reader counts them. */
  kinds?: readonly BlockKind[];
}

const KIND = { exact: 'same words', near: 'nearly the same', contained: 'part of it' } as const;

/** Where the article's paragraphs stand in other saved pages: wire copy, press releases, scraped copies. */
export function AlsoInList({ analysis, alsoIn, onJump, kinds }: AlsoInListProps) {
  if (!alsoIn.length) return null;
  const numbers = kinds && kinds.length === analysis.paragraphs.length ? readerNumbers(kinds) : undefined;
  const pages = new Set(alsoIn.map((a) => a.page.key)).size;
  return (
    <details class="also-in" open={alsoIn.length <= 4}>
      <summary>
        {alsoIn.length === 1 ? 'A paragraph' : `${alsoIn.length} paragraphs`} also in {pages === 1 ? 'another saved page' : `${pages} other saved pages`}
      </summary>
      <ul class="repeat-list">
        {alsoIn.map((a) => {
          const span = analysis.paragraphs[a.paragraph];
          return (
            <li class="repeat" key={`${a.paragraph}:${a.page.key}`}>
              <div class="repeat-head">
                <button type="button" class="link" onClick={() => onJump(a.paragraph)} title="Show this paragraph on the page">
                  {paragraphName(a.paragraph, numbers, kinds)}
                </button>{' '}
                also in{' '}
                <a href={a.page.url} target="_blank" rel="noopener noreferrer">
                  {a.page.title}
                </a>
                , {a.page.site}, {formatDay(a.page.readAt)}
                <span class="badge">{KIND[a.kind]}</span>
              </div>
              {span ? <p class="repeat-text">{snippet(analysis.text.slice(span.start, span.end))}</p> : null}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
