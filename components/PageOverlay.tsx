import type { Repeat } from '../lib/types';
import { MentionCard, type MentionCardProps } from './MentionCard';
import { RepeatLabel } from './RepeatLabel';

export interface PlacedRepeat {
  repeat: Repeat;
  top: number;
  left: number;
}

export interface PageOverlayProps {
  repeats: PlacedRepeat[];
  onJump: (paragraph: number) => void;
  /** The card of the mention under the pointer or caret, if any. */
  card?: MentionCardProps | null;
  /** Paragraph numbers as a reader counts them, and the blocks' kinds, for the labels. */
  numbers?: readonly (number | null)[];
  kinds?: readonly string[];
}

/** Everything Newsmark draws over the page, positioned in overlay coordinates. */
export function PageOverlay({ repeats, onJump, card, numbers, kinds }: PageOverlayProps) {
  return (
    <div class="nm-layer">
      {repeats.map((p) => (
        <RepeatLabel key={p.repeat.paragraph} repeat={p.repeat} top={p.top} left={p.left} onJump={onJump} numbers={numbers} kinds={kinds} />
      ))}
      {card && <MentionCard {...card} />}
    </div>
  );
}
