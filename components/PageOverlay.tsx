import type { OverlayView } from '../lib/highlight/overlay-view';
import { MentionCard } from './MentionCard';
import { RepeatLabel } from './RepeatLabel';

export type { PlacedRepeat } from '../lib/highlight/overlay-view';
/** What the painter wants drawn (lib/highlight/overlay-view.ts). */
export type PageOverlayProps = OverlayView;

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
