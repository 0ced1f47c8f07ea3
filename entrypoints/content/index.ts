import './style.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { analyze, inputFromBlocks } from '../../lib/detect/index';
import { canonicalOf, extractArticle } from '../../lib/extract/index';
import { paintArticle, type PaintedArticle } from '../../lib/highlight/article';
import { MAX_ARTICLE_CHARS } from '../../lib/limits';
import { toBackground, toContent } from '../../lib/messages';
import { AnnotationIdSchema, HighlightSelectionSchema, MentionQuerySchema, PageKeySchema, ScrollQuerySchema, parseOrThrow } from '../../lib/schema';
import { pageKey } from '../../lib/url';
import { startNotes, type Notes } from './annotations';
import { showEntities, showQuotes, showRepeats } from '../../lib/settings';
import { whenSettled } from './settle';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    let painted: PaintedArticle | null = null;
    // The reader's own highlights: on any page, article or not.
    const notes = startNotes(ctx, () => painted);

    // extract → analyze → paint → send.
    async function read(): Promise<void> {
      painted?.dispose();
      painted = null;
      const url = location.href;
      void notes.load(pageKey(url, canonicalOf(document)), document.title || null);
      try {
        const extraction = extractArticle(document, { mapToLive: true });
        if (!extraction.ok) {
          await toBackground.sendMessage('articleMissing', { url, reason: extraction.reason, message: extraction.message });
          return;
        }
        const { article } = extraction;
        const input = inputFromBlocks(article.blocks);
        if (input.text.length > MAX_ARTICLE_CHARS) {
          const message = `This article is too long to analyse (${input.text.length.toLocaleString()} characters; the limit is ${MAX_ARTICLE_CHARS.toLocaleString()}).`;
          await toBackground.sendMessage('articleMissing', { url, reason: 'too-large', message });
          return;
        }
        const analysis = analyze(input);
        if (ctx.isInvalid) return;
        const [repeatsOn, entitiesOn, quotesOn] = await Promise.all([showRepeats.getValue(), showEntities.getValue(), showQuotes.getValue()]);
        painted = paintArticle(document, article.blocks, analysis, { showRepeats: repeatsOn, showEntities: entitiesOn, showQuotes: quotesOn });
        await toBackground.sendMessage('articleRead', {
          url,
          canonical: article.canonical,
          meta: article.meta,
          analysis,
          kinds: input.kinds,
          unmapped: article.unmapped,
        });
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        await toBackground.sendMessage('articleFailed', { url, message }).catch(() => undefined);
      }
    }

    listen(ctx, () => painted, read, notes);
    void read();
  },
});

/** Messages from the popup, the reader's settings, SPA navigation; all removed when the script is invalidated. */
function listen(ctx: ContentScriptContext, current: () => PaintedArticle | null, read: () => Promise<void>, notes: Notes): void {
  toContent.onMessage('scrollToParagraph', ({ data }) => {
    const { paragraph } = parseOrThrow(ScrollQuerySchema, data, 'scroll request');
    return current()?.scrollTo(paragraph) ?? false;
  });
  toContent.onMessage('showMention', ({ data }) => {
    const { kind, id, index } = parseOrThrow(MentionQuerySchema, data, 'mention request');
    return current()?.showMention(kind, id, index) ?? false;
  });
  toContent.onMessage('reanalyse', () => read());
  toContent.onMessage('highlightSelection', ({ data }) => notes.highlightSelection(parseOrThrow(HighlightSelectionSchema, data ?? {}, 'highlight request').colour));
  toContent.onMessage('showAnnotation', ({ data }) => notes.show(parseOrThrow(AnnotationIdSchema, data, 'highlight request').id));
  toContent.onMessage('annotationStatus', () => notes.status());
  toContent.onMessage('annotationsChanged', ({ data }) => notes.changed(parseOrThrow(PageKeySchema, data, 'change notice').pageKey));
  const unwatchRepeats = showRepeats.watch((visible) => current()?.setRepeatsVisible(visible ?? true));
  const unwatchEntities = showEntities.watch((visible) => current()?.setEntitiesVisible(visible ?? true));
  const unwatchQuotes = showQuotes.watch((visible) => current()?.setQuotesVisible(visible ?? true));
  ctx.addEventListener(window, 'wxt:locationchange', async () => {
    current()?.dispose();
    await whenSettled(ctx);
    if (ctx.isValid) await read();
  });
  ctx.onInvalidated(() => {
    unwatchRepeats();
    unwatchEntities();
    unwatchQuotes();
    toContent.removeAllListeners();
    current()?.dispose();
  });
}
