import type { Organization, Person, Quote, Repeat } from '../types';

/**
 * What the painter (article.ts) wants drawn over the page, as plain data: the repeat labels placed beside their
 * paragraphs and the card of the mention under the pointer or caret. Drawing it is the UI's business
 * (entrypoints/overlay/ui.tsx, with components/PageOverlay; brought in when first needed): lib/ holds no UI.
 */
export type CardEntity =
  | { kind: 'person'; person: Person; quotes: number }
  | { kind: 'organization'; organization: Organization }
  | { kind: 'quote'; quote: Quote; speaker: Person | null };

export interface CardView {
  entity: CardEntity;
  /** Which mention the card is for (0-based). */
  index: number;
  top: number;
  left: number;
  /** Near the bottom of the window: the card stands above `top` (the word's top) instead of below it. */
  above?: boolean;
}

export interface PlacedRepeat {
  repeat: Repeat;
  top: number;
  left: number;
}

export interface OverlayView {
  repeats: PlacedRepeat[];
  onJump: (paragraph: number) => void;
  /** The card of the mention under the pointer or caret, if any. */
  card?: CardView | null;
  /** Paragraph numbers as a reader counts them, and the blocks' kinds, for the labels. */
  numbers?: readonly (number | null)[];
  kinds?: readonly string[];
}

/** The UI that draws an OverlayView into our shadow root: its stylesheet, and a render (null: draw nothing). */
export interface OverlayUi {
  css: string;
  render(mount: HTMLElement, view: OverlayView | null): void;
}
