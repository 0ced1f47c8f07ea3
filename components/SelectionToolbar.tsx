import { HIGHLIGHT_COLOURS, type HighlightColour } from '../lib/types';

export interface SelectionToolbarProps {
  top: number;
  left: number;
  /** The colour a plain "highlight" uses (the last one picked). */
  colour: HighlightColour;
  onHighlight: (colour: HighlightColour) => void;
  onNote: () => void;
}

const label = (c: HighlightColour) => c[0]!.toUpperCase() + c.slice(1);

/** Over the reader's selection on the page: highlight it in one of five colours, or with a note. */
export function SelectionToolbar({ top, left, colour, onHighlight, onNote }: SelectionToolbarProps) {
  return (
    // Pressing a button must not take the page's selection away.
    <div
      class="nm-toolbar"
      role="toolbar"
      aria-label="Newsmark highlight"
      style={{ top: `${top}px`, left: `${left}px` }}
      onMouseDown={(e) => e.preventDefault()}
    >
      {HIGHLIGHT_COLOURS.map((c) => (
        <button
          type="button"
          key={c}
          class="nm-swatch"
          data-colour={c}
          aria-label={`Highlight ${label(c)}`}
          title={`Highlight ${label(c)}`}
          aria-pressed={c === colour}
          onClick={() => onHighlight(c)}
        />
      ))}
      <button type="button" class="nm-toolbar-note" onClick={onNote} title="Highlight and add a note">
        Note
      </button>
    </div>
  );
}
