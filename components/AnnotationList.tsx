import { useState } from 'preact/hooks';
import type { Annotation, AnnotationPatch, AnnotationStatus } from '../lib/types';
import { AnnotationEditor, colourName } from './AnnotationEditor';
import { snippet } from './format';
import { Markdown } from './Markdown';

export interface AnnotationListProps {
  annotations: Annotation[];
  /** Where the page's highlights stand; null when the page cannot be reached (all listed, none can be shown). */
  status: AnnotationStatus | null;
  onJump(id: string): void;
  onUpdate(id: string, patch: Required<AnnotationPatch>): void | Promise<void>;
  onDelete(id: string): void | Promise<void>;
  /**
   * The reader's keyboard shortcut for highlighting, as the browser shows it ("Alt+Shift+H"): null or "" when
   * none is bound (the reader removed it, or another extension holds the key); undefined while not known.
   */
  shortcut?: string | null;
}

/** The highlighted words (the exact text of its quote selector). */
export function quoteOf(a: Annotation): string {
  for (const s of a.selectors) if (s.type === 'TextQuoteSelector') return s.exact;
  return '';
}

function startOf(a: Annotation): number {
  for (const s of a.selectors) if (s.type === 'TextPositionSelector') return s.start;
  return Number.POSITIVE_INFINITY;
}

/** Page order: where each starts on the page; ties (or no position) by when they were made. */
const byPageOrder = (a: Annotation, b: Annotation) => startOf(a) - startOf(b) || a.createdAt - b.createdAt;

interface ItemProps {
  annotation: Annotation;
  /** Undefined: no Jump button (an orphan); false: shown but disabled (the page cannot be reached). */
  canJump?: boolean;
  onJump(id: string): void;
  onUpdate: AnnotationListProps['onUpdate'];
  onDelete: AnnotationListProps['onDelete'];
}

function AnnotationItem({ annotation: a, canJump, onJump, onUpdate, onDelete }: ItemProps) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const quote = quoteOf(a);

  if (editing) {
    const save = (patch: Required<AnnotationPatch>) =>
      // The editor stays open when saving fails; the popup says why.
      void Promise.resolve(onUpdate(a.id, patch)).then(
        () => setEditing(false),
        () => undefined,
      );
    return (
      <li class="nm-annotation nm-annotation-editing" data-colour={a.colour}>
        <AnnotationEditor
          colour={a.colour}
          note={a.note}
          tags={a.tags}
          quote={quote}
          onSave={save}
          onCancel={() => setEditing(false)}
          onDelete={() => void onDelete(a.id)}
        />
      </li>
    );
  }
  return (
    <li class="nm-annotation" data-colour={a.colour}>
      <span class="nm-annotation-mark" role="img" aria-label={`${colourName(a.colour)} highlight`} title={colourName(a.colour)} />
      <div class="nm-annotation-body">
        <p class="nm-annotation-quote">“{snippet(quote, 240)}”</p>
        {a.speaker && (
          <p class="nm-annotation-speaker">
            — {a.speaker.name}
            {a.speaker.title ? `, ${a.speaker.title}` : ''}
          </p>
        )}
        {a.note.trim() && (
          <div class="nm-annotation-note">
            <Markdown source={a.note} />
          </div>
        )}
        {a.tags.length > 0 && (
          <p class="nm-annotation-tags" role="group" aria-label="Tags">
            {a.tags.map((t) => (
              <span key={t} class="nm-chip">
                {t}
              </span>
            ))}
          </p>
        )}
        {confirming ? (
          <div class="nm-annotation-actions nm-editor-confirm" role="group" aria-label="Confirm delete">
            <span>Delete this highlight?</span>
            <button type="button" class="nm-btn nm-btn-danger" onClick={() => void onDelete(a.id)}>
              Yes
            </button>
            <button type="button" class="nm-btn" onClick={() => setConfirming(false)}>
              No
            </button>
          </div>
        ) : (
          <div class="nm-annotation-actions">
            {canJump !== undefined && (
              <button
                type="button"
                class="nm-btn"
                disabled={!canJump}
                title={canJump ? 'Show this highlight on the page' : 'The page cannot be reached'}
                onClick={() => onJump(a.id)}
              >
                Jump
              </button>
            )}
            <button type="button" class="nm-btn" onClick={() => setEditing(true)}>
              Edit
            </button>
            <button type="button" class="nm-btn" onClick={() => setConfirming(true)}>
              Delete
            </button>
          </div>
        )}
      </div>
    </li>
  );
}

/**
 * The popup's "Your highlights": those painted on the page in page order, then, apart, those whose text could
 * not be found (orphans), which are kept but never painted elsewhere.
 */
export function AnnotationList({ annotations, status, onJump, onUpdate, onDelete, shortcut }: AnnotationListProps) {
  const orphanIds = new Set(status?.orphans ?? []);
  const placed = annotations.filter((a) => !orphanIds.has(a.id)).sort(byPageOrder);
  const orphans = annotations.filter((a) => orphanIds.has(a.id)).sort(byPageOrder);
  const item = (a: Annotation, canJump: boolean | undefined) => (
    <AnnotationItem key={a.id} annotation={a} canJump={canJump} onJump={onJump} onUpdate={onUpdate} onDelete={onDelete} />
  );
  return (
    <section class="nm-annotations">
      <h2>
        Your highlights <span class="count">{annotations.length}</span>
      </h2>
      {annotations.length === 0 && <p class="nm-annotations-empty">{emptyHint(shortcut)}</p>}
      {placed.length > 0 && <ul class="nm-annotation-list">{placed.map((a) => item(a, status !== null))}</ul>}
      {orphans.length > 0 && (
        <section class="nm-orphans">
          <h3>Not found on this page</h3>
          <p class="nm-orphans-why">Their text has changed or was removed. They are kept here, and not painted anywhere else.</p>
          <ul class="nm-annotation-list">{orphans.map((a) => item(a, undefined))}</ul>
        </section>
      )}
    </section>
  );
}

function emptyHint(shortcut: string | null | undefined): string {
  if (shortcut) return `Select text on the page to highlight it, or use ${shortcut}.`;
  if (shortcut === undefined) return 'Select text on the page to highlight it.';
  return 'Select text on the page to highlight it. A keyboard shortcut for it can be set in the browser’s extension shortcuts.';
}
