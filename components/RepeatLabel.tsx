import type { Repeat } from '../lib/types';
import { paragraphName } from './format';

export interface RepeatLabelProps {
  repeat: Repeat;
  top: number;
  left: number;
  onJump: (paragraph: number) => void;
  /** Paragraph numbers as a reader counts them, and the blocks' kinds (lib/text/paragraphs.ts readerNumbers). */
  numbers?: readonly (number | null)[];
  kinds?: readonly string[];
}

/**
 * The small tag over a repeated paragraph: "repeat of ¶N", and "(excerpt)" for a short paragraph that stands
 * inside a longer one (a pull quote); clicking it goes to the paragraph it repeats.
 */
export function RepeatLabel({ repeat, top, left, onJump, numbers, kinds }: RepeatLabelProps) {
  const pct = Math.round(repeat.similarity * 100);
  const of = paragraphName(repeat.of, numbers, kinds);
  return (
    <button
      type="button"
      class="nm-label"
      data-paragraph={repeat.paragraph}
      data-boilerplate={String(repeat.boilerplate)}
      style={{ top: `${top}px`, left: `${left}px` }}
      title={`${repeat.kind === 'exact' ? 'Exact' : repeat.kind === 'near' ? `Near (${pct}% alike)` : 'Contained'} ${repeat.boilerplate ? 'page furniture' : 'repeat'}: go to ${of}`}
      onClick={() => onJump(repeat.of)}
    >
      repeat of {of}
      {repeat.kind === 'contained' ? ' (excerpt)' : ''}
    </button>
  );
}
