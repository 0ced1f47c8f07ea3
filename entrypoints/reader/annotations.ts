import { h, render } from 'preact';
import type { PageContext } from './context';
import notesCss from '../../components/notes.css?inline';
import editorCss from '../../components/annotations.css?inline';
import { NoteLayer, type NoteLayerView } from '../../components/NoteLayer';
import { NoteParserContext } from '../../components/Markdown';
import { createAnnotationLayer } from '../../lib/highlight/annotations';
import { watchLateContent, type LateContentWatch } from '../../lib/highlight/late-content';
import type { PaintedArticle } from '../../lib/highlight/article';
import { createOverlay, type Overlay } from '../../lib/highlight/overlay';
import { inEditable, overRange, textPointAt } from '../../lib/highlight/pointer';
import { ANY_PAGE, toBackground } from '../../lib/messages';
import * as v from 'valibot';
import { AnnotationSchema } from '../../lib/schema';
import { highlightColour } from '../../lib/settings';
import { later } from './timers';
import type { Annotation, AnnotationDraft, AnnotationPatch, AnnotationStatus, HighlightColour } from '../../lib/types';
import { speakerIsSure } from '../../lib/data/attribution';

/**
 * The reader's highlights in a tab: load them for the page, find and paint them, and the UI to make, edit and
 * delete them (selection toolbar, editor, "save this quote"). Records live in the background's IndexedDB. Built
 * as a script of its own (entrypoints/notes), brought in when a page needs it (lazy-notes.ts).
 */

export interface Notes {
  /**
   * A new page (first pass, SPA navigation): load its highlights. `mayHave` false: the background said the reader
   * keeps none on this origin, so nobody asks.
   */
  load(pageKey: string, title: string | null, mayHave?: boolean): Promise<void>;
  status(): Promise<AnnotationStatus>;
  show(id: string): boolean | Promise<boolean>;
  highlightSelection(colour?: HighlightColour): Promise<boolean>;
  changed(pageKey: string): Promise<void>;
  /** The reader finished a selection (before this script was here): offer the toolbar if there is one. */
  selectionEnded(): void;
  /** The reader clicked at a point (before this script was here): edit a highlight, or offer to save a quote. */
  clickedAt(x: number, y: number): void;
}

/** How many times a pass looks again for orphans as the page changes (late content, lazy loading). */
const MAX_RETRIES = 20;
/** A retry waits for the page to pause this long… */
const RETRY_DELAY_MS = 400;
/** …but no longer than this after the first change (a page that changes all the time is looked at too). */
const RETRY_MAX_WAIT_MS = 2_000;
const GAP = 8;
/** How long after the reader's last keystroke an unsaved note is kept as a draft. */
const DRAFT_MS = 400;

/** Notes are parsed as Markdown by the background: the parser is not loaded on the page. */
const parseRemotely = (source: string) => toBackground.sendMessage('parseNote', { source });

export function startNotes(ctx: PageContext, article: () => PaintedArticle | null): Notes {
  const doc = document;
  const layer = createAnnotationLayer(doc);
  // Our UI's shadow root is made when first needed (a selection, an editor, a message), not on every page.
  let overlayMade: Overlay | null = null;
  const overlay = () => (overlayMade ??= createOverlay(doc, `${notesCss}\n${editorCss}`, 'newsmark-notes'));
  let pageKey = '';
  let title: string | null = null;
  let loaded: Promise<void> = Promise.resolve();
  let view: NoteLayerView = { kind: 'none' };
  let message: string | null = null;
  let colour: HighlightColour = 'yellow';
  const colourRead = highlightColour.getValue().then(
    (c) => void (colour = c),
    () => {},
  );

  const draw = () => {
    if (!overlayMade && view.kind === 'none' && message === null) return;
    render(
      h(
        NoteParserContext.Provider,
        { value: parseRemotely },
        h(NoteLayer, {
          view,
          message,
          onHighlight: (c) => void create(c, false),
          onNote: () => void create(colour, true),
          onSave: (id, patch) => void update(id, patch),
          onDelete: (id) => void remove(id),
          onSaveQuote: () => void saveQuote(),
          onClose: () => {
            // Cancelled: the reader's unsaved words go with the editor; a highlight not made yet is not made.
            if (view.kind === 'editor') dropDraft(view.annotation.id);
            pendingNote = null;
            setView({ kind: 'none' });
          },
          onDraft: (id, patch) => keepDraft(id, patch),
          onCreate: (patch) => void createWithNote(patch),
          onDismissMessage: () => {
            message = null;
            draw();
          },
          onKeepMine: (current, mine) => void update(current.id, mine, current.updatedAt),
          onKeepTheirs: (current) => {
            layer.update(current);
            setView({ kind: 'none' });
          },
        }),
      ),
      overlay().mount,
    );
  };
  const setView = (v: NoteLayerView) => {
    view = v;
    draw();
  };
  const fail = (e: unknown) => {
    message = e instanceof Error ? e.message.replace(/^Error: /, '') : String(e);
    draw();
  };

  /** Overlay coordinates under (or, with no room, above) a range. */
  const placeBy = (range: Range, where: 'above' | 'below'): { top: number; left: number } => {
    const origin = overlay().origin();
    const rects = range.getClientRects();
    const first = rects[0] ?? range.getBoundingClientRect();
    const last = rects[rects.length - 1] ?? first;
    const left = Math.max(GAP, Math.min(first.left, window.innerWidth - 340)) - origin.x;
    if (where === 'above' && first.top > 48) return { top: first.top - origin.y - 40, left };
    return { top: last.bottom - origin.y + GAP, left };
  };

  // Content that arrives late (or is rebuilt by the page) may hold an orphan's text: look again, a bounded
  // number of times per page (lib/highlight/late-content.ts). Watched only on a page that has highlights: on the
  // others every change of the page would run our code for nothing.
  let lateContent: LateContentWatch | null = null;
  const watchLate = () =>
    (lateContent ??= watchLateContent(
      doc,
      {
        changed: () => layer.invalidate(),
        needed: () => !ctx.isInvalid && (layer.status(pageKey).orphans.length > 0 || layer.stale()),
        retry: () => void layer.retry(),
      },
      { delayMs: RETRY_DELAY_MS, maxWaitMs: RETRY_MAX_WAIT_MS, maxRetries: MAX_RETRIES },
    ));
  /** The page text as it is now: unwatched, it may have changed since it was last read. */
  const freshText = () => {
    if (!lateContent) layer.invalidate();
  };

  async function load(key: string, pageTitle: string | null): Promise<void> {
    const samePage = key === pageKey;
    pageKey = key;
    title = pageTitle;
    lateContent?.reset();
    // The page read again (the reader asked, or its address changed within the article): a note being typed
    // stays open. Another page: whatever was open belonged to the last one.
    if (!samePage) setView({ kind: 'none' });
    return reload(key);
  }

  /** Fetch the page's highlights again and place them all (one read of the page text). */
  function reload(key: string): Promise<void> {
    loaded = (async () => {
      try {
        const list = await toBackground.sendMessage('listAnnotations', { pageKey: key });
        if (key !== pageKey || ctx.isInvalid) return;
        layer.invalidate();
        layer.set(list);
        if (list.length > 0) watchLate();
      } catch (e) {
        fail(e);
      }
    })();
    return loaded;
  }

  async function save(draft: Omit<AnnotationDraft, 'pageKey' | 'url' | 'title'>, start: number, end: number): Promise<Annotation | null> {
    try {
      const saved = await toBackground.sendMessage('saveAnnotation', { ...draft, pageKey, url: location.href, title });
      layer.add(saved, start, end);
      watchLate();
      return saved;
    } catch (e) {
      fail(e);
      return null;
    }
  }

  /** Highlight the reader's selection; with a note, open the editor on it. */
  async function create(c: HighlightColour, withNote: boolean): Promise<boolean> {
    const selection = doc.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return false;
    const range = selection.getRangeAt(0);
    if (inEditable(range.commonAncestorContainer)) return false;
    freshText();
    const described = layer.describeRange(range);
    if (!described) return false;
    colour = c;
    void highlightColour.setValue(c);
    if (withNote) {
      // Nothing is saved yet: the highlight is made with its note when the reader saves, and Cancel leaves nothing.
      pendingNote = described;
      setView({ kind: 'new-note', colour: c, quote: range.toString(), ...placeBy(range, 'below') });
      return true;
    }
    const asked = view;
    const saved = await save({ selectors: described.selectors, colour: c, note: '', tags: [] }, described.start, described.end);
    if (!saved) return false;
    // The reader may have selected something else while it was saved: that selection and its toolbar stay.
    if (selection.rangeCount > 0 && sameSpan(selection.getRangeAt(0), range)) selection.removeAllRanges();
    if (view === asked) setView({ kind: 'none' });
    return true;
  }

  /** The highlight the reader wrote a note for, saved with it. */
  let pendingNote: NonNullable<ReturnType<typeof layer.describeRange>> | null = null;
  async function createWithNote(patch: Required<AnnotationPatch>): Promise<void> {
    const described = pendingNote;
    if (!described) return;
    const saved = await save({ selectors: described.selectors, ...patch }, described.start, described.end);
    if (!saved) return;
    pendingNote = null;
    doc.getSelection()?.removeAllRanges();
    setView({ kind: 'none' });
  }

  /**
   * Open the editor on a highlight, with what the reader typed there and did not save (the page was closed,
   * reloaded, or left by an update of Newsmark meanwhile), if anything.
   */
  async function openEditor(id: string): Promise<void> {
    const hit = layer.get(id);
    if (!hit) return;
    const kept = await toBackground.sendMessage('takeDraft', { id }).catch(() => null);
    const { annotation } = hit;
    const differs = kept && (kept.note !== annotation.note || kept.colour !== annotation.colour || kept.tags.join('\n') !== annotation.tags.join('\n'));
    setView({ kind: 'editor', annotation, ...(differs ? { draft: kept } : {}), ...placeBy(hit.range, 'below') });
  }

  // What the reader types is kept as a draft a moment after they stop, in the extension's storage.
  let draftTimer: (() => void) | null = null;
  const keepDraft = (id: string, patch: Required<AnnotationPatch>) => {
    draftTimer?.();
    draftTimer = later(ctx, () => void toBackground.sendMessage('saveDraft', { id, patch }).catch(() => {}), DRAFT_MS);
  };
  const dropDraft = (id: string) => {
    draftTimer?.();
    draftTimer = null;
    void toBackground.sendMessage('dropDraft', { id }).catch(() => {});
  };

  /**
   * Save a change. `base`: the version it was made on (the editor's; after a conflict, the one saved elsewhere):
   * if the highlight changed since, the reader is asked which to keep.
   */
  async function update(
    id: string,
    patch: Required<AnnotationPatch>,
    base = view.kind === 'editor' && view.annotation.id === id ? view.annotation.updatedAt : undefined,
  ): Promise<void> {
    const at = view.kind === 'editor' || view.kind === 'conflict' ? { top: view.top, left: view.left } : null;
    // Saved now (the background drops the kept draft): a draft still waiting to be kept must not come after.
    draftTimer?.();
    draftTimer = null;
    try {
      const saved = await toBackground.sendMessage('updateAnnotation', base === undefined ? { id, patch } : { id, patch, base });
      layer.update(saved);
      setView({ kind: 'none' });
    } catch (e) {
      const current =
        (e as { name?: string; current?: unknown }).name === 'AnnotationConflictError'
          ? v.safeParse(AnnotationSchema, (e as { current?: unknown }).current)
          : null;
      if (current?.success && at) {
        layer.update(current.output);
        setView({ kind: 'conflict', ...at, annotation: current.output, mine: patch });
        return;
      }
      fail(e);
    }
  }

  async function remove(id: string): Promise<void> {
    try {
      await toBackground.sendMessage('deleteAnnotation', { id });
      layer.remove(id);
      setView({ kind: 'none' });
    } catch (e) {
      fail(e);
    }
  }

  async function saveQuote(): Promise<void> {
    if (view.kind !== 'quote') return;
    const { quote, speaker } = view;
    const hit = article()?.quoteAt(...quoteAnchor);
    if (!hit) return;
    freshText();
    const described = layer.describeRange(hit.range);
    if (!described) return;
    // A guessed speaker ("speaker unclear") is not kept as the quote's speaker.
    const who = !speakerIsSure(quote.speaker)
      ? undefined
      : speaker
        ? { name: speaker.name, title: speaker.title, affiliation: speaker.affiliation }
        : quote.speaker
          ? { name: quote.speaker.name, title: null, affiliation: null }
          : undefined;
    const saved = await save({ selectors: described.selectors, colour, note: '', tags: [], ...(who ? { speaker: who } : {}) }, described.start, described.end);
    if (saved) setView({ ...view, saved: true });
  }
  let quoteAnchor: [Node, number] = [doc, 0];

  // The selection toolbar: shown when a selection ends (pointer up, or keyboard selection).
  let cancelSelectionEnd = () => {};
  const onSelectionEnd = () => {
    cancelSelectionEnd();
    cancelSelectionEnd = later(
      ctx,
      () => {
        if (view.kind === 'editor') return;
        const selection = doc.getSelection();
        if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
          if (view.kind === 'toolbar') setView({ kind: 'none' });
          return;
        }
        const range = selection.getRangeAt(0);
        if (inEditable(range.commonAncestorContainer) || !range.toString().trim()) return;
        setView({ kind: 'toolbar', colour, ...placeBy(range, 'above') });
      },
      0,
    );
  };

  const fromUs = (e: Event) => !!overlayMade && e.composedPath().includes(overlayMade.host);

  // The reader's own events only: the page's scripts may dispatch any event they like.
  ctx.addEventListener(doc, 'mouseup', (e) => {
    if (e.isTrusted && !fromUs(e)) onSelectionEnd();
  });
  ctx.addEventListener(doc, 'keyup', (e) => {
    if (e.isTrusted && !fromUs(e) && (e.shiftKey || e.key === 'Shift')) onSelectionEnd();
  });
  ctx.addEventListener(doc, 'keydown', (e) => {
    if (!e.isTrusted || e.key !== 'Escape' || view.kind === 'none' || fromUs(e)) return;
    if (view.kind === 'peek') dismissed = view.id;
    setView({ kind: 'none' });
  });
  ctx.addEventListener(doc, 'selectionchange', () => {
    if (view.kind === 'toolbar' && doc.getSelection()?.isCollapsed) setView({ kind: 'none' });
  });
  // A click on one of the reader's highlights edits it; on a detected quote, offers to save it.
  const clickedAt = (x: number, y: number) => {
    if (!doc.getSelection()?.isCollapsed) return;
    const point = textPointAt(doc, x, y);
    const mine = point ? layer.at(point.node, point.offset) : null;
    if (mine && overRange(mine.range, x, y)) return void openEditor(mine.annotation.id);
    const quote = point ? article()?.quoteAt(point.node, point.offset) : null;
    if (point && quote && overRange(quote.range, x, y)) {
      quoteAnchor = [point.node, point.offset];
      const saved = layer.status(pageKey).anchored.some((id) => sameSpan(layer.get(id)?.range, quote.range));
      return setView({ kind: 'quote', quote: quote.quote, speaker: quote.speaker, saved, ...placeBy(quote.range, 'below') });
    }
    if (view.kind !== 'none') setView({ kind: 'none' });
  };
  ctx.addEventListener(doc, 'click', (e) => {
    if (e.isTrusted && !fromUs(e)) clickedAt(e.clientX, e.clientY);
  });

  // The pointer resting on a highlight that has a note shows the note (a peek), once a frame at most, until it
  // leaves; nothing else open is replaced by it. The caret in such a highlight (keyboard, caret browsing) too.
  let peekFrame = 0;
  let pointer: { x: number; y: number } | null = null;
  // A note put away with Escape stays away until the pointer or the caret has left its highlight.
  let dismissed: string | null = null;
  const peek = () => {
    peekFrame = 0;
    if (view.kind !== 'none' && view.kind !== 'peek') return;
    const selection = doc.getSelection();
    const caret = !pointer && selection?.isCollapsed && selection.anchorNode ? { node: selection.anchorNode, offset: selection.anchorOffset } : null;
    const point = pointer ? textPointAt(doc, pointer.x, pointer.y) : caret;
    const mine = point ? layer.at(point.node, point.offset) : null;
    const noted = mine?.annotation.note.trim() && (!pointer || overRange(mine.range, pointer.x, pointer.y)) ? mine : null;
    if (noted?.annotation.id !== dismissed) dismissed = null;
    if (!noted || dismissed) {
      if (view.kind === 'peek') setView({ kind: 'none' });
      return;
    }
    if (view.kind === 'peek' && view.id === noted.annotation.id) return;
    const { id, note, tags } = noted.annotation;
    setView({ kind: 'peek', id, note, tags, ...placeBy(noted.range, 'below') });
  };
  const peekSoon = () => {
    if (!peekFrame) peekFrame = requestAnimationFrame(peek);
  };
  ctx.addEventListener(
    doc,
    'mousemove',
    (e) => {
      if (!e.isTrusted || fromUs(e)) return;
      pointer = { x: e.clientX, y: e.clientY };
      peekSoon();
    },
    { passive: true },
  );
  ctx.addEventListener(doc.documentElement, 'mouseleave', () => {
    pointer = null;
    if (view.kind === 'peek') setView({ kind: 'none' });
  });
  ctx.addEventListener(doc, 'keyup', (e) => {
    // Keys that move the caret; not Escape (which puts the note away) or a modifier alone.
    if (!e.isTrusted || fromUs(e) || e.key === 'Escape' || ['Shift', 'Control', 'Alt', 'Meta'].includes(e.key)) return;
    pointer = null;
    peekSoon();
  });

  ctx.onInvalidated(() => {
    if (peekFrame) cancelAnimationFrame(peekFrame);
    lateContent?.disconnect();
    cancelSelectionEnd();
    if (overlayMade) {
      render(null, overlayMade.mount);
      overlayMade.dispose();
    }
    layer.dispose();
  });

  return {
    load,
    async status() {
      await loaded;
      return layer.status(pageKey);
    },
    show: (id) => layer.show(id),
    // From the menu or the shortcut: in the reader's last colour, once it is known.
    highlightSelection: async (c) => {
      // No colour asked for: the one the reader picked last, once it is read.
      if (!c) await colourRead;
      return create(c ?? colour, false);
    },
    selectionEnded: () => onSelectionEnd(),
    clickedAt,
    async changed(key) {
      if (key !== ANY_PAGE && key !== pageKey) return;
      await reload(pageKey);
      // The highlight being edited here was deleted elsewhere.
      if (view.kind === 'editor' && !layer.get(view.annotation.id)) setView({ kind: 'none' });
    },
  };
}

function sameSpan(a: Range | undefined, b: Range): boolean {
  return !!a && a.compareBoundaryPoints(Range.START_TO_START, b) === 0 && a.compareBoundaryPoints(Range.END_TO_END, b) === 0;
}
