import './style.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { analyze, inputFromBlocks } from '../../lib/detect/index';
import { canonicalOf, extractArticle, type Article } from '../../lib/extract/index';
import { paintArticle, type PaintedArticle } from '../../lib/highlight/article';
import { MAX_ARTICLE_CHARS } from '../../lib/limits';
import { toBackground, toContent } from '../../lib/messages';
import { AnnotationIdSchema, HighlightSelectionSchema, MentionQuerySchema, PageKeySchema, ScrollQuerySchema, parseOrThrow } from '../../lib/schema';
import { pageKey } from '../../lib/url';
import { startNotes, type Notes } from './annotations';
import { showEntities, showQuotes, showRepeats } from '../../lib/settings';
import { whenSettled } from './settle';
import { createReader, type Reader } from './reader';
import type { Analysis, BlockKind } from '../../lib/types';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    let reader: Reader<PaintedArticle> | null = null;
    // The reader's own highlights: on any page, article or not.
    const notes = startNotes(ctx, () => reader?.current() ?? null);
    let url = location.href;

    // extract → analyze → paint → send; a later reading supersedes one still under way (see reader.ts).
    reader = createReader<Prepared, PaintedArticle>({
      isInvalid: () => ctx.isInvalid,
      prepare() {
        url = location.href;
        void notes.load(pageKey(url, canonicalOf(document)), document.title || null);
        const extraction = extractArticle(document, { mapToLive: true });
        if (!extraction.ok) return extraction;
        const { article } = extraction;
        const input = inputFromBlocks(article.blocks);
        if (input.text.length > MAX_ARTICLE_CHARS) {
          const message = `This article is too long to analyse (${input.text.length.toLocaleString()} characters; the limit is ${MAX_ARTICLE_CHARS.toLocaleString()}).`;
          return { ok: false, reason: 'too-large', message };
        }
        return { ok: true, value: { url, article, kinds: input.kinds, analysis: analyze(input) } };
      },
      async settings() {
        const [repeatsOn, entitiesOn, quotesOn] = await Promise.all([showRepeats.getValue(), showEntities.getValue(), showQuotes.getValue()]);
        return { showRepeats: repeatsOn, showEntities: entitiesOn, showQuotes: quotesOn };
      },
      paint: ({ article, analysis }, options) => paintArticle(document, article.blocks, analysis, options),
      sendRead: ({ url, article, analysis, kinds }) =>
        toBackground.sendMessage('articleRead', { url, canonical: article.canonical, meta: article.meta, analysis, kinds, unmapped: article.unmapped }),
      sendMissing: (reason, message) => toBackground.sendMessage('articleMissing', { url, reason, message }),
      sendFailed: (message) => toBackground.sendMessage('articleFailed', { url, message }),
    });

    listen(ctx, reader, notes);
    void reader.read();
  },
});

interface Prepared {
  url: string;
  article: Article;
  kinds: BlockKind[];
  analysis: Analysis;
}

/** Messages from the popup, the reader's settings, SPA navigation; all removed when the script is invalidated. */
function listen(ctx: ContentScriptContext, reader: Reader<PaintedArticle>, notes: Notes): void {
  const current = () => reader.current();
  toContent.onMessage('scrollToParagraph', ({ data }) => {
    const { paragraph } = parseOrThrow(ScrollQuerySchema, data, 'scroll request');
    return current()?.scrollTo(paragraph) ?? false;
  });
  toContent.onMessage('showMention', ({ data }) => {
    const { kind, id, index } = parseOrThrow(MentionQuerySchema, data, 'mention request');
    return current()?.showMention(kind, id, index) ?? false;
  });
  toContent.onMessage('reanalyse', () => reader.read());
  toContent.onMessage('highlightSelection', ({ data }) => notes.highlightSelection(parseOrThrow(HighlightSelectionSchema, data ?? {}, 'highlight request').colour));
  toContent.onMessage('showAnnotation', ({ data }) => notes.show(parseOrThrow(AnnotationIdSchema, data, 'highlight request').id));
  toContent.onMessage('annotationStatus', () => notes.status());
  toContent.onMessage('annotationsChanged', ({ data }) => notes.changed(parseOrThrow(PageKeySchema, data, 'change notice').pageKey));
  const unwatchRepeats = showRepeats.watch((visible) => current()?.setRepeatsVisible(visible ?? true));
  const unwatchEntities = showEntities.watch((visible) => current()?.setEntitiesVisible(visible ?? true));
  const unwatchQuotes = showQuotes.watch((visible) => current()?.setQuotesVisible(visible ?? true));
  ctx.addEventListener(window, 'wxt:locationchange', async () => {
    // Also cancels a reading of the previous page still under way.
    reader.dispose();
    await whenSettled(ctx);
    if (ctx.isValid) await reader.read();
  });
  ctx.onInvalidated(() => {
    unwatchRepeats();
    unwatchEntities();
    unwatchQuotes();
    toContent.removeAllListeners();
    reader.dispose();
  });
}
