import { textPointAt } from '../../lib/highlight/pointer';
import type { PaintedArticle } from '../../lib/highlight/article';
import { toBackground } from '../../lib/messages';
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

  const check = (key: string) =>
    (checked = (async () => {
      try {
        const list = await toBackground.sendMessage('listAnnotations', { pageKey: key });
        if (list.length > 0 && key === pageKey && !ctx.isInvalid) await need();
      } catch {
        // No store, or the notes could not come: nothing of the reader's to show.
      }
    })());

  // What would need the notes before they are here (they watch for themselves once they are).
  ctx.addEventListener(doc, 'mouseup', (e) => {
    if (real || !e.isTrusted) return;
    const selection = doc.getSelection();
    if (selection && !selection.isCollapsed) void need().then((n) => n.selectionEnded(), () => {});
  });
  ctx.addEventListener(doc, 'keyup', (e) => {
    if (real || !e.isTrusted || !(e.shiftKey || e.key === 'Shift')) return;
    const selection = doc.getSelection();
    if (selection && !selection.isCollapsed) void need().then((n) => n.selectionEnded(), () => {});
  });
  ctx.addEventListener(doc, 'click', (e) => {
    if (real || !e.isTrusted || !doc.getSelection()?.isCollapsed) return;
    const point = textPointAt(doc, e.clientX, e.clientY);
    if (!point || !article()?.quoteAt(point.node, point.offset)) return;
    const { clientX: x, clientY: y } = e;
    void need().then((n) => n.clickedAt(x, y), () => {});
  });

  return {
    load(key, pageTitle) {
      pageKey = key;
      title = pageTitle;
      if (real) return real.load(key, pageTitle);
      return check(key);
    },
    async status(): Promise<AnnotationStatus> {
      await checked;
      return real ? real.status() : { pageKey, anchored: [], orphans: [] };
    },
    async show(id) {
      await checked;
      return real?.show(id) ?? false;
    },
    async highlightSelection(colour?: HighlightColour) {
      return (await need()).highlightSelection(colour);
    },
    async changed(key) {
      if (real) return real.changed(key);
      if (key === pageKey) await check(key);
    },
    selectionEnded() {
      void need().then((n) => n.selectionEnded(), () => {});
    },
    clickedAt(x, y) {
      void need().then((n) => n.clickedAt(x, y), () => {});
    },
  };
}
