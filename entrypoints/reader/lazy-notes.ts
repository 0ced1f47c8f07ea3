import { inEditable, overRange, textPointAt } from '../../lib/highlight/pointer';
import type { PaintedArticle } from '../../lib/highlight/article';
import { ANY_PAGE, toBackground } from '../../lib/messages';
import { shared } from '../../lib/page-shared';
import type { AnnotationStatus, HighlightColour } from '../../lib/types';
import type { Notes, startNotes } from './annotations';
import type { PageContext } from './context';

/**
 * The reader's highlights, brought in only when a page needs them. Most articles have none, and the notes (their
 * UI, Preact editor, Markdown view, anchoring) are as large as the rest of the reader: compiling them on every
 * article would cost every article. Until they are needed this stands in for them: it asks whether the page has
 * highlights (one message), and watches for what would need them: a selection the reader ends, a click on a
 * detected quote, a command from the popup. Then the background brings in entrypoints/notes (wantNotes), which
 * takes over, and what came first is handed on.
 */
export function lazyNotes(ctx: PageContext, article: () => PaintedArticle | null): Notes {
  const doc = document;
  let real: Notes | null = null;
  let loading: Promise<Notes> | null = null;
  let pageKey = '';
  let title: string | null = null;
  // The last look at whether the page has highlights (their notes are loaded and placed when it has).
  let checked: Promise<void> = Promise.resolve();

  const need = (): Promise<Notes> =>
    (loading ??= (async () => {
      const page = shared();
      if (!page.startNotes) await toBackground.sendMessage('wantNotes', { url: location.href });
      const start = page.startNotes as typeof startNotes | undefined;
      if (!start) throw new Error('The highlights could not be loaded on this page.');
      if (ctx.isInvalid) throw new Error('cancelled');
      real = start(ctx, article);
      if (pageKey) await real.load(pageKey, title);
      return real;
    })().catch((e: unknown) => {
      loading = null;
      throw e;
    }));

  // The page has highlights: their notes are wanted, and asked for again when they could not come.
  let wanted = false;
  const check = (key: string) =>
    (checked = (async () => {
      try {
        const list = await toBackground.sendMessage('listAnnotations', { pageKey: key });
        wanted = list.length > 0;
        if (wanted && key === pageKey && !ctx.isInvalid) await need();
      } catch {
        // No store, or the notes could not come: asked again when something needs them.
      }
    })());
  const ready = async () => {
    await checked;
    if (wanted && !real) await need().catch(() => {});
  };

  // What would need the notes before they are here (they watch for themselves once they are). What the reader
  // does while they come (Escape, another click, a scroll) makes the first gesture stale: it is not handed on.
  let gestures = 0;
  const handOn = (act: (notes: Notes) => void) => {
    const at = gestures;
    void need().then(
      (n) => {
        if (at === gestures) act(n);
      },
      () => {},
    );
  };
  for (const type of ['mousedown', 'keydown', 'scroll'] as const) {
    ctx.addEventListener(doc, type, () => void (real || gestures++), { capture: true, passive: true });
  }
  const selectionEnded = (e: Event) => {
    if (real || !e.isTrusted) return;
    const selection = doc.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    if (inEditable(range.commonAncestorContainer) || !range.toString().trim()) return;
    handOn((n) => n.selectionEnded());
  };
  ctx.addEventListener(doc, 'mouseup', selectionEnded);
  ctx.addEventListener(doc, 'keyup', (e) => {
    if (e.shiftKey || e.key === 'Shift') selectionEnded(e);
  });
  ctx.addEventListener(doc, 'click', (e) => {
    if (real || !e.isTrusted || !doc.getSelection()?.isCollapsed) return;
    const { clientX: x, clientY: y } = e;
    const point = textPointAt(doc, x, y);
    const quote = point ? article()?.quoteAt(point.node, point.offset) : null;
    if (quote && overRange(quote.range, x, y)) handOn((n) => n.clickedAt(x, y));
  });

  return {
    load(key, pageTitle, mayHave = true) {
      pageKey = key;
      title = pageTitle;
      if (real) return real.load(key, pageTitle);
      if (!mayHave) {
        wanted = false;
        return (checked = Promise.resolve());
      }
      return check(key);
    },
    async status(): Promise<AnnotationStatus> {
      await ready();
      return real ? real.status() : { pageKey, anchored: [], orphans: [] };
    },
    async show(id) {
      await ready();
      return real?.show(id) ?? false;
    },
    async highlightSelection(colour?: HighlightColour) {
      return (await need()).highlightSelection(colour);
    },
    async changed(key) {
      if (real) return real.changed(key);
      if (pageKey && (key === ANY_PAGE || key === pageKey)) await check(pageKey);
    },
    selectionEnded() {
      void need().then(
        (n) => n.selectionEnded(),
        () => {},
      );
    },
    clickedAt(x, y) {
      void need().then(
        (n) => n.clickedAt(x, y),
        () => {},
      );
    },
  };
}
