import type { Analysis, Repeat } from '../lib/types';
import { snippet } from './format';

export interface RepeatListProps {
  analysis: Analysis;
  /** Go to a paragraph on the page. */
  onJump: (paragraph: number) => void;
}

const KIND_LABEL = { exact: 'exact copy', near: 'near copy', contained: 'contained' } as const;

function RepeatItem({ repeat, analysis, onJump }: { repeat: Repeat; analysis: Analysis; onJump: (p: number) => void }) {
  const span = analysis.paragraphs[repeat.paragraph];
  const text = span ? analysis.text.slice(span.start, span.end) : '';
  const relation = repeat.kind === 'contained' ? 'stands inside' : 'repeats';
  return (
    <li class="repeat" data-kind={repeat.kind} data-boilerplate={String(repeat.boilerplate)}>
      <div class="repeat-head">
        <button type="button" class="link" onClick={() => onJump(repeat.paragraph)} title="Show this paragraph on the page">
          ¶{repeat.paragraph + 1}
        </button>{' '}
        {relation}{' '}
        <button type="button" class="link" onClick={() => onJump(repeat.of)} title="Show the first occurrence on the page">
          ¶{repeat.of + 1}
        </button>
        <span class="badge">
          {KIND_LABEL[repeat.kind]}
          {repeat.kind !== 'exact' && ` · ${Math.round(repeat.similarity * 100)}%`}
        </span>
      </div>
      <p class="repeat-text">{snippet(text)}</p>
    </li>
  );
}

/** Repeated paragraphs of an article: content repeats first, page furniture folded away. */
export function RepeatList({ analysis, onJump }: RepeatListProps) {
  const content = analysis.repeats.filter((r) => !r.boilerplate);
  const furniture = analysis.repeats.filter((r) => r.boilerplate);
  if (analysis.repeats.length === 0) return <p class="empty">No repeated paragraphs.</p>;
  return (
    <div class="repeats">
      {content.length > 0 ? (
        <ul class="repeat-list">
          {content.map((r) => (
            <RepeatItem key={r.paragraph} repeat={r} analysis={analysis} onJump={onJump} />
          ))}
        </ul>
      ) : (
        <p class="empty">No repeated content; only page furniture repeats.</p>
      )}
      {furniture.length > 0 && (
        <details class="furniture">
          <summary>Page furniture repeated ({furniture.length})</summary>
          <ul class="repeat-list">
            {furniture.map((r) => (
              <RepeatItem key={r.paragraph} repeat={r} analysis={analysis} onJump={onJump} />
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
