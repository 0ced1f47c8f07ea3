import type { Annotation, AnnotationPatch, HighlightColour, Person, Quote } from '../lib/types';
import { AnnotationEditor } from './AnnotationEditor';
import { snippet } from './format';
import { SaveQuoteOffer } from './SaveQuoteOffer';
import { SelectionToolbar } from './SelectionToolbar';

/** What the reader's-highlights layer shows on the page: at most one thing at a time, plus a message. */
export type NoteLayerView =
  | { kind: 'none' }
  | { kind: 'toolbar'; top: number; left: number; colour: HighlightColour }
  /** `draft`: what the reader typed and did not save (the page went meanwhile), offered back. */
  | { kind: 'editor'; top: number; left: number; annotation: Annotation; draft?: Required<AnnotationPatch> }
  | { kind: 'quote'; top: number; left: number; quote: Quote; speaker: Person | null; saved: boolean }
  /** A highlight not made yet: the reader asked for one with a note; it is saved with the note, or not at all. */
  | { kind: 'new-note'; top: number; left: number; colour: HighlightColour; quote: string }
  /** The pointer (or the caret) rests on a highlight that has a note: the note, to read without opening it. */
  | { kind: 'peek'; top: number; left: number; id: string; note: string; tags: string[] }
  /** A save refused: the highlight changed elsewhere since the editor opened (`annotation` is it now). */
  | { kind: 'conflict'; top: number; left: number; annotation: Annotation; mine: Required<AnnotationPatch> };

export interface NoteLayerProps {
  view: NoteLayerView;
  /** A message for the reader (a save that failed), shown until dismissed. */
  message: string | null;
  onHighlight: (colour: HighlightColour) => void;
  onNote: () => void;
  onSave: (id: string, patch: Required<AnnotationPatch>) => void;
  onDelete: (id: string) => void;
  onSaveQuote: () => void;
  onClose: () => void;
  onDismissMessage: () => void;
  /** Save the reader's version over the one saved elsewhere. */
  onKeepMine: (current: Annotation, mine: Required<AnnotationPatch>) => void;
  /** Keep the version saved elsewhere. */
  onKeepTheirs: (current: Annotation) => void;
  /** Save the highlight the reader is writing a note for (view 'new-note'). */
  onCreate?: (patch: Required<AnnotationPatch>) => void;
  /** The reader changed something in the editor, not saved yet. */
  onDraft?: (id: string, patch: Required<AnnotationPatch>) => void;
}

/** The reader's highlights UI over the page, in our shadow root. */
export function NoteLayer({
  view,
  message,
  onHighlight,
  onNote,
  onSave,
  onDelete,
  onSaveQuote,
  onClose,
  onDismissMessage,
  onKeepMine,
  onKeepTheirs,
  onDraft,
  onCreate,
}: NoteLayerProps) {
  return (
    <div class="nm-notes">
      {view.kind === 'toolbar' && <SelectionToolbar top={view.top} left={view.left} colour={view.colour} onHighlight={onHighlight} onNote={onNote} />}
      {view.kind === 'editor' && (
        <div class="nm-popover" role="dialog" aria-label="Edit highlight" style={{ top: `${view.top}px`, left: `${view.left}px` }}>
          <AnnotationEditor
            key={view.annotation.id}
            colour={view.draft?.colour ?? view.annotation.colour}
            note={view.draft?.note ?? view.annotation.note}
            tags={view.draft?.tags ?? view.annotation.tags}
            restored={!!view.draft}
            onChange={onDraft && ((patch) => onDraft(view.annotation.id, patch))}
            onSave={(patch) => onSave(view.annotation.id, patch)}
            onCancel={onClose}
            onDelete={() => onDelete(view.annotation.id)}
          />
        </div>
      )}
      {view.kind === 'new-note' && (
        <div class="nm-popover" role="dialog" aria-label="New highlight with a note" style={{ top: `${view.top}px`, left: `${view.left}px` }}>
          <AnnotationEditor colour={view.colour} note="" tags={[]} quote={view.quote} onSave={(patch) => onCreate?.(patch)} onCancel={onClose} />
        </div>
      )}
      {view.kind === 'conflict' && (
        <div class="nm-popover nm-conflict" role="alertdialog" aria-label="Note changed elsewhere" style={{ top: `${view.top}px`, left: `${view.left}px` }}>
          <p>This note was changed elsewhere since you opened it.</p>
          <p class="nm-conflict-versions">
            Yours: <q>{snippet(view.mine.note, 120) || 'no note'}</q>
            <br />
            Saved: <q>{snippet(view.annotation.note, 120) || 'no note'}</q>
          </p>
          <div class="nm-offer-actions">
            <button type="button" class="nm-primary" onClick={() => onKeepMine(view.annotation, view.mine)}>
              Keep mine
            </button>
            <button type="button" onClick={() => onKeepTheirs(view.annotation)}>
              Keep theirs
            </button>
          </div>
        </div>
      )}
      {view.kind === 'peek' && (
        <div class="nm-peek" role="status" style={{ top: `${view.top}px`, left: `${view.left}px` }}>
          <p class="nm-peek-note">{snippet(view.note, 280)}</p>
          {view.tags.length > 0 && (
            <p class="nm-peek-tags">
              {view.tags.map((t) => (
                <span key={t} class="nm-tag">
                  {t}
                </span>
              ))}
            </p>
          )}
        </div>
      )}
      {view.kind === 'quote' && (
        <SaveQuoteOffer top={view.top} left={view.left} quote={view.quote} speaker={view.speaker} saved={view.saved} onSave={onSaveQuote} onDismiss={onClose} />
      )}
      {message && (
        <div class="nm-toast" role="alert">
          <span>{message}</span>
          <button type="button" onClick={onDismissMessage} aria-label="Dismiss">
            ×
          </button>
        </div>
      )}
    </div>
  );
}
