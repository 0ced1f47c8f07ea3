import type { Repeat } from '../lib/types';
import { RepeatLabel } from './RepeatLabel';

export interface PlacedRepeat {
  repeat: Repeat;
  top: number;
  left: number;
}

export interface PageOverlayProps {
  repeats: PlacedRepeat[];
  onJump: (paragraph: number) => void;
}

/** Everything Newsmark draws over the page, positioned in overlay coordinates. */
export function PageOverlay({ repeats, onJump }: PageOverlayProps) {
  return (
    <div class="nm-layer">
      {repeats.map((p) => (
        <RepeatLabel key={p.repeat.paragraph} repeat={p.repeat} top={p.top} left={p.left} onJump={onJump} />
      ))}
    </div>
  );
}
