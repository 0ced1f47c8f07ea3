import type { Analysis, BlockKind, Repeat } from '../lib/types';
import { paragraphName, snippet } from './format';
import { readerNumbers } from '../lib/text/paragraphs';

export interface RepeatListProps {
  analysis: Analysis;
  /** Go to a paragraph on the page. */
  onJump: (paragraph: number) => void;
  /** The blocks' kinds, to number paragraphs as a reader counts them (headings and captions apart). */
  kinds?: readonly BlockKind[];
}

const KIND_LABEL = { exact: 'exact copy', near: 'near copy', contained: 'contained' } as const;

function RepeatItem({
  repeat,
  analysis,
  onJump,
  numbers,
  kinds,
}: {
  repeat: Repeat;
  analysis: Analysis;
  onJump: (p: number) => void;
  numbers?: (number | null)[];
  kinds?: readonly BlockKind[];
}) {
  const span = analysis.paragraphs[repeat.paragraph];
  const text = span ? analysis.text.slice(span.start, span.end) : '';
  const relation = repeat.kind === 'contained' ? 'stands inside' : 'repeats';
  return (
    <li class="repeat" data-kind={repeat.kind} data-boilerplate={String(repeat.boilerplate)}>
      <div class="repeat-head">
        <button type="button" class="link" onClick={() => onJump(repeat.paragraph)} title="Show this paragraph on the page">
          {paragraphName(repeat.paragraph, numbers, kinds)}
        </button>{' '}
        {relation}{' '}
        <button type="button" class="link" onClick={() => onJump(repeat.of)} title="Show the first occurrence on the page">
          {paragraphName(repeat.of, numbers, kinds)}
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
export function RepeatList({ analysis, onJump, kinds }: RepeatListProps) {
  const numbers = kinds && kinds.length === analysis.paragraphs.length ? readerNumbers(kinds) : undefined;
  const content = analysis.repeats.filter((r) => !r.boilerplate);
  const furniture = analysis.repeats.filter((r) => r.boilerplate);
  if (analysis.repeats.length === 0) return <p class="empty">No repeated paragraphs.</p>;
  return (
    <div class="repeats">
      {content.length > 0 ? (
        <ul class="repeat-list">
          {content.map((r) => (
            <RepeatItem key={r.paragraph} repeat={r} analysis={analysis} onJump={onJump} numbers={numbers} kinds={kinds} />
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
              <RepeatItem key={r.paragraph} repeat={r} analysis={analysis} onJump={onJump} numbers={numbers} kinds={kinds} />
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
