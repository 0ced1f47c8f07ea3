import type { TargetedEvent, TargetedKeyboardEvent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { normaliseTag } from '../lib/text/tags';
import { MAX_NOTE_CHARS, MAX_TAG_LENGTH, MAX_TAGS } from '../lib/limits';
import { HIGHLIGHT_COLOURS, type AnnotationPatch, type HighlightColour } from '../lib/types';
import { snippet } from './format';
import { Markdown } from './Markdown';

export interface AnnotationEditorProps {
  colour: HighlightColour;
  note: string;
  tags: string[];
  /** The highlighted words, shown above the note. */
  quote?: string;
  onSave(patch: Required<AnnotationPatch>): void;
  onCancel(): void;
  /** Offered (behind a confirmation) only when given. */
  onDelete?(): void;
  /** Every change the reader makes, before it is saved (kept as a draft by the caller). */
  onChange?(patch: Required<AnnotationPatch>): void;
  /** The values given are a draft the reader did not save, brought back: say so. */
  restored?: boolean;
}

export const colourName = (c: HighlightColour) => c[0]!.toUpperCase() + c.slice(1);

/** One tag as typed in the editor: as the store keeps it (lib/text/tags.ts), cut to MAX_TAG_LENGTH characters. */
export function editorTag(raw: string): string {
  return normaliseTag(raw).slice(0, MAX_TAG_LENGTH).trim();
}

/** The tags with those in `raw` (comma-separated) added; no empties, no repeats (any case), at most MAX_TAGS. */
export function addTags(tags: string[], raw: string): string[] {
  const out = [...tags];
  for (const part of raw.split(',')) {
    const tag = editorTag(part);
    if (!tag || out.length >= MAX_TAGS || out.some((t) => t.toLowerCase() === tag.toLowerCase())) continue;
    out.push(tag);
  }
  return out;
}

/** Blank lines before and whitespace after the note are noise; indentation inside it is Markdown. */
const tidyNote = (note: string) => note.replace(/^(?:[ \t]*\n)+/, '').trimEnd();

const stop = (e: Event) => e.stopPropagation();

/**
 * A highlight's colour, note (Markdown, with a preview) and tags. Works in the popup and in a shadow root
 * on the page: no document queries, and no key press leaves it (the page must not take typing for shortcuts).
 */
export function AnnotationEditor({
  colour: initialColour,
  note: initialNote,
  tags: initialTags,
  quote,
  onSave,
  onCancel,
  onDelete,
  onChange,
  restored,
}: AnnotationEditorProps) {
  const [colour, setColour] = useState(initialColour);
  const [note, setNote] = useState(initialNote);
  const [tags, setTags] = useState(initialTags);
  const [draft, setDraft] = useState('');
  const [preview, setPreview] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const swatches = useRef<HTMLDivElement>(null);
  const confirmNo = useRef<HTMLButtonElement>(null);

  useEffect(() => textarea.current?.focus(), []);
  // Each change the reader makes (not the values the editor opened with) is told, to be kept as a draft.
  const opened = useRef(true);
  useEffect(() => {
    if (opened.current) {
      opened.current = false;
      return;
    }
    onChange?.({ colour, note, tags: addTags(tags, draft) });
  }, [colour, note, tags, draft]);
  useEffect(() => {
    if (confirming) confirmNo.current?.focus();
  }, [confirming]);

  const save = () => onSave({ colour, note: tidyNote(note), tags: addTags(tags, draft) });

  const onKeyDown = (e: TargetedKeyboardEvent<HTMLDivElement>) => {
    e.stopPropagation();
    if (e.isComposing) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      if (confirming) setConfirming(false);
      else onCancel();
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      save();
    }
  };

  const pickColour = (c: HighlightColour, focus = false) => {
    setColour(c);
    if (focus) swatches.current?.querySelector<HTMLButtonElement>(`[data-colour="${c}"]`)?.focus();
  };
  // A radio group: arrows move the choice, Tab leaves the group.
  const onSwatchKey = (e: TargetedKeyboardEvent<HTMLDivElement>) => {
    const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const i = HIGHLIGHT_COLOURS.indexOf(colour);
    pickColour(HIGHLIGHT_COLOURS[(i + step + HIGHLIGHT_COLOURS.length) % HIGHLIGHT_COLOURS.length]!, true);
  };

  const onTagInput = (e: TargetedEvent<HTMLInputElement>) => {
    const value = e.currentTarget.value;
    // A comma (typed or pasted) ends a tag.
    const comma = value.lastIndexOf(',');
    if (comma >= 0) {
      setTags((t) => addTags(t, value.slice(0, comma)));
      setDraft(value.slice(comma + 1).trimStart());
    } else {
      setDraft(value);
    }
  };
  const onTagKey = (e: TargetedKeyboardEvent<HTMLInputElement>) => {
    if (e.isComposing) return;
    if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      setTags((t) => addTags(t, draft));
      setDraft('');
    } else if (e.key === 'Backspace' && draft === '' && tags.length > 0) {
      e.preventDefault();
      setTags((t) => t.slice(0, -1));
    }
  };

  return (
    <div class="nm-editor" role="group" aria-label="Note editor" onKeyDown={onKeyDown} onKeyUp={stop} onKeyPress={stop}>
      {quote && <p class="nm-editor-quote">“{snippet(quote, 200)}”</p>}
      {restored && (
        <p class="nm-editor-restored" role="status">
          What you had typed and not saved is back.
        </p>
      )}
      <div class="nm-editor-colours" role="radiogroup" aria-label="Colour" ref={swatches} onKeyDown={onSwatchKey}>
        {HIGHLIGHT_COLOURS.map((c) => (
          <button
            type="button"
            key={c}
            class="nm-editor-colour"
            data-colour={c}
            role="radio"
            aria-checked={c === colour}
            aria-label={colourName(c)}
            title={colourName(c)}
            tabIndex={c === colour ? 0 : -1}
            onClick={() => pickColour(c)}
          />
        ))}
      </div>
      <div class="nm-editor-note">
        <div class="nm-editor-modes" role="group" aria-label="Note view">
          <button type="button" class="nm-editor-mode" aria-pressed={!preview} onClick={() => setPreview(false)}>
            Write
          </button>
          <button type="button" class="nm-editor-mode" aria-pressed={preview} onClick={() => setPreview(true)}>
            Preview
          </button>
        </div>
        <textarea
          ref={textarea}
          class="nm-editor-textarea"
          aria-label="Note"
          placeholder="Add a note (Markdown works)"
          rows={4}
          maxLength={MAX_NOTE_CHARS}
          hidden={preview}
          value={note}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
        {preview && (
          <div class="nm-editor-preview" role="region" aria-label="Note preview">
            {note.trim() ? <Markdown source={note} /> : <p class="nm-editor-empty">Nothing to preview.</p>}
          </div>
        )}
      </div>
      <div class="nm-editor-tags">
        {tags.length > 0 && (
          <ul class="nm-editor-chips" aria-label="Tags">
            {tags.map((t) => (
              <li key={t} class="nm-chip">
                <span>{t}</span>
                <button
                  type="button"
                  class="nm-chip-remove"
                  aria-label={`Remove tag ${t}`}
                  title="Remove tag"
                  onClick={() => setTags((all) => all.filter((x) => x !== t))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          type="text"
          class="nm-editor-tag-input"
          aria-label="Add a tag"
          placeholder={tags.length >= MAX_TAGS ? `At most ${MAX_TAGS} tags` : 'Add tags (Enter or comma)'}
          maxLength={MAX_TAG_LENGTH * 4}
          value={draft}
          onInput={onTagInput}
          onKeyDown={onTagKey}
        />
      </div>
      {confirming ? (
        <div class="nm-editor-confirm" role="group" aria-label="Confirm delete">
          <span>Delete this highlight?</span>
          <button type="button" class="nm-btn nm-btn-danger" onClick={() => onDelete?.()}>
            Yes
          </button>
          <button type="button" class="nm-btn" ref={confirmNo} onClick={() => setConfirming(false)}>
            No
          </button>
        </div>
      ) : (
        <div class="nm-editor-actions">
          <button type="button" class="nm-btn nm-btn-primary" onClick={save} title="Save (Ctrl+Enter)">
            Save
          </button>
          <button type="button" class="nm-btn" onClick={onCancel} title="Cancel (Escape)">
            Cancel
          </button>
          {onDelete && (
            <button type="button" class="nm-btn nm-btn-delete" onClick={() => setConfirming(true)}>
              Delete
            </button>
          )}
        </div>
      )}
    </div>
  );
}
