import type { Person, Quote } from '../lib/types';
import { snippet } from './format';
import { speakerIsSure } from '../lib/data/attribution';

export interface SaveQuoteOfferProps {
  top: number;
  left: number;
  quote: Quote;
  speaker: Person | null;
  /** Already saved as one of the reader's highlights. */
  saved: boolean;
  onSave: () => void;
  onDismiss: () => void;
}

/** Under a detected quote the reader clicked: keep it, with who said it, among their highlights. */
export function SaveQuoteOffer({ top, left, quote, speaker, saved, onSave, onDismiss }: SaveQuoteOfferProps) {
  // A guessed speaker is not saved with the quote (entrypoints/reader/annotations.ts), nor shown as its speaker.
  const who = speakerIsSure(quote.speaker) ? (speaker?.name ?? quote.speaker?.name ?? null) : null;
  return (
    <div class="nm-offer" role="dialog" aria-label="Save this quote" style={{ top: `${top}px`, left: `${left}px` }} onMouseDown={(e) => e.preventDefault()}>
      <div class="nm-offer-quote">“{snippet(quote.text, 120)}”</div>
      <div class="nm-offer-who">{who ? `— ${who}` : quote.speaker ? 'Speaker unclear' : 'Speaker not named'}</div>
      <div class="nm-offer-actions">
        <button type="button" class="nm-primary" onClick={onSave} disabled={saved}>
          {saved ? 'Saved' : 'Save this quote'}
        </button>
        <button type="button" onClick={onDismiss}>
          Close
        </button>
      </div>
    </div>
  );
}
