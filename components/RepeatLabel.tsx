import type { Repeat } from '../lib/types';

export interface RepeatLabelProps {
  repeat: Repeat;
  top: number;
  left: number;
  onJump: (paragraph: number) => void;
}

/**
 * The small tag over a repeated paragraph: "repeat of ¶N", and "(excerpt)" for a short paragraph that stands
 * inside a longer one (a pull quote); clicking it goes to the paragraph it repeats.
 */
export function RepeatLabel({ repeat, top, left, onJump }: RepeatLabelProps) {
  const pct = Math.round(repeat.similarity * 100);
  return (
    <button
      type="button"
      class="nm-label"
      data-paragraph={repeat.paragraph}
      data-boilerplate={String(repeat.boilerplate)}
      style={{ top: `${top}px`, left: `${left}px` }}
      title={`${repeat.kind === 'exact' ? 'Exact' : repeat.kind === 'near' ? `Near (${pct}% alike)` : 'Contained'} ${repeat.boilerplate ? 'page furniture' : 'repeat'}: go to paragraph ${repeat.of + 1}`}
      onClick={() => onJump(repeat.of)}
    >
      repeat of ¶{repeat.of + 1}
      {repeat.kind === 'contained' ? ' (excerpt)' : ''}
    </button>
  );
}
