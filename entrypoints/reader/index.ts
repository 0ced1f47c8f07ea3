import { probablyReaderable } from '../../lib/extract/readerability';
import { timing } from '../../lib/timing';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { ArticleBlock } from '../../lib/extract/index';
import { elementCountCheck } from '../../lib/extract/depth';
import { placeBlocksInSlices } from '../../lib/extract/live';
import { canonicalOf } from '../../lib/extract/page-text';
import { snapshotPage } from '../../lib/extract/snapshot';
import type { LiveElements } from '../../lib/extract/numbering';
import { paintArticle, type PaintedArticle } from '../../lib/highlight/article';
import { lazyOverlayUi } from './lazy-overlay';
import { pageControl, type PageControl } from './page-control';
import { marksInSlices, type Marks } from '../../lib/highlight/marks';
import { MAX_META_LENGTH, MAX_PAGE_ELEMENTS } from '../../lib/limits';
import { clip, visibleText } from '../../lib/text/visible';
import { toBackground, toContent } from '../../lib/messages';
import {
  AnnotationIdSchema,
  DisplayChangedSchema,
  HighlightSelectionSchema,
  MentionQuerySchema,
  PageKeySchema,
  ReanalyseSchema,
  ScrollQuerySchema,
  parseOrThrow,
} from '../../lib/schema';
import { pageKey, sameArticleAddress, siteOf } from '../../lib/url';
import type { Notes } from './annotations';
import { lazyNotes } from './lazy-notes';
import { onAddressChange, sendInParts, shared, yieldToPage, type FirstLook } from '../../lib/page-shared';
import { PageContext } from './context';
import { whenSettled } from './settle';
import { createReader, type Prepared, type Reader } from './reader';

import { DISPLAY_DEFAULTS, type DisplaySettings, type PageReading, type ReadingReply } from '../../lib/types';
import { joinReading, type ReadingPart } from '../../lib/reading-parts';

/**
 * The reader, on the page's side: read the page (a snapshot of its HTML), have it read and analysed in the
 * extension's own engine (readPage, answered by the background), paint what comes back; and the reader's own
 * highlights with their UI. Nothing of the engine, its lexicons or Readability itself runs on the page's main
 * thread. Not in the manifest: the background brings it in (entrypoints/background/reader-tab.ts) where the
 * first look (entrypoints/first-look.ts) found an article or the reader's highlights, or when the reader asks
 * for it; its stylesheet (./style.css) comes with it.
 */
export default defineUnlistedScript(() => {
  timing('reader-start');
  const page = shared();
  const ctx = PageContext.start();
  // The first look, when it is of this address: not taken again.
  let first: FirstLook | null = page.look?.url === location.href ? page.look : null;
  let reader: Reader<PaintedArticle> | null = null;
  // The reader's own highlights: on any page, article or not.
  const notes = lazyNotes(ctx, () => reader?.current() ?? null);
  let url = location.href;
  // The labels' and cards' UI, brought in when there is first one to draw.
  const overlayUi = lazyOverlayUi(
    () => toBackground.sendMessage('wantOverlay', { url: location.href }),
    () => ctx.isInvalid,
  );
  // What to mark: as the background last told (displayChanged), else as it came with the reading.
  const display: { told: DisplaySettings | null; read: DisplaySettings | null } = { told: null, read: null };
  const marked = () => display.told ?? display.read ?? DISPLAY_DEFAULTS;

  reader = createReader<Shown, PaintedArticle>({
    isInvalid: () => ctx.isInvalid,
    prepare: async (live) => {
      url = location.href;
      const key = pageKey(url, canonicalOf(document));
      const title = pageTitle();
      const look = first;
      first = null;
      // The page's highlights are loaded once the engine's answer says whether the origin has any (most have
      // none, and then nothing is asked); on every other way out of prepare, they are asked for.
      let told = false;
      const tellNotes = (mayHave = true) => {
        if (told) return;
        told = true;
        void notes.load(key, title, mayHave);
      };
      try {
        return await prepare(url, live, look, display, tellNotes);
      } finally {
        tellNotes();
      }
    },
    settings: async () => marked(),
    paint: ({ reading, blocks, marks }, options) => paintArticle(document, blocks, reading.analysis, options, marks, overlayUi),
    sendShown: ({ url: shownUrl, unmapped }) => {
      control.show();
      return toBackground.sendMessage('articleShown', { url: shownUrl, unmapped });
    },
    sendMissing: (reason, message) => {
      control.hide();
      return toBackground.sendMessage('articleMissing', { url, reason, message });
    },
    sendFailed: (message) => toBackground.sendMessage('articleFailed', { url, message }),
  });

  // The on-page control: made once an article is marked, in an idle moment after the marks are painted.
  const control = onPageControl(ctx, marked);
  listen(ctx, reader, notes, () => url, display, control);
  if (first && !first.article) {
    // Brought in for the reader's highlights, or a selection, on a page that is not an article (the background
    // knows that already): only the highlights.
    first = null;
    void notes.load(pageKey(url, canonicalOf(document)), pageTitle());
  } else {
    // In a task of its own: this one compiled and ran the script, which is long enough on a busy page. The
    // listeners above are in place already, so nothing the background sends meanwhile is lost.
    void yieldToPage().then(() => (ctx.isValid ? reader?.read() : undefined));
  }
  if (page.selection) {
    page.selection = false;
    notes.selectionEnded();
  }
});

interface Shown {
  url: string;
  reading: PageReading;
  blocks: ArticleBlock[];
  unmapped: number;
  marks: Marks;
}

/** The page's title as a highlight keeps it: visible characters, within the limit (never a reason to refuse one). */
const pageTitle = (): string | null => clip(visibleText(document.title), MAX_META_LENGTH).trim() || null;

/** The reader asked to have the page read even though it does not look like an article (the popup). */
let readAnyway = false;

/**
 * The checks that cost almost nothing come first (a count of the elements and Readability's readerability
 * check; on the first reading, the first look made them already), then the snapshot, then the engine.
 */
async function prepare(
  url: string,
  live: () => boolean,
  first: FirstLook | null,
  display: { read: DisplaySettings | null },
  tellNotes: (mayHave?: boolean) => void,
): Promise<Prepared<Shown>> {
  if (!document.body) return { ok: false, reason: 'no-content', message: 'The page has no body to read.' };
  let outcome: ReadingReply | null = null;
  let numbered: LiveElements | null = null;
  // The first look sent the page already: its reading is ready, or nearly (null: the background lost it, as
  // when its worker was stopped meanwhile; the page is read again here).
  if (first?.numbered) {
    timing('reading-asked');
    outcome = await toBackground.sendMessage('takeReading', { url });
    timing('reading-taken');
    if (!live()) return { ok: false, reason: 'no-content', message: 'cancelled', reported: true };
    numbered = first.numbered;
  }
  if (!outcome) {
    let elements = first?.elements ?? 0;
    if (!first) {
      const count = elementCountCheck(document, MAX_PAGE_ELEMENTS);
      if (count.declined) return count.declined;
      const anyway = readAnyway;
      readAnyway = false;
      if (!anyway && !probablyReaderable(document)) return { ok: false, reason: 'not-readerable', message: 'This page does not look like an article.' };
      elements = count.elements;
    }
    const snapshot = await snapshotPage(document, elements, { yieldNow: yieldToPage, cancelled: () => !live() });
    if (!live()) return { ok: false, reason: 'no-content', message: 'cancelled', reported: true };
    if (!snapshot.ok) return snapshot;
    outcome = await sendPage(url, snapshot.html, live);
    if (!outcome) return { ok: false, reason: 'no-content', message: 'cancelled', reported: true };
    numbered = snapshot.elements;
  }
  if (!outcome.ok) return { ...outcome, reported: true };
  tellNotes(outcome.notesOnOrigin !== false);
  if (!numbered) return { ok: false, reason: 'no-content', message: 'The page changed while it was read.' };
  if (outcome.display) display.read = outcome.display;
  const reading = await wholeReading(url, outcome, live);
  if (!reading) return { ok: false, reason: 'no-content', message: 'cancelled', reported: true };
  const { text, paragraphs } = reading.analysis;
  // Taking in the engine's answer was a task of its own; the blocks are placed a few milliseconds at a time.
  await yieldToPage();
  if (!live()) return { ok: false, reason: 'no-content', message: 'cancelled', reported: true };
  timing('placing');
  const placed = await placeBlocksInSlices(
    document,
    numbered,
    paragraphs.map((p, i) => ({ kind: reading.kinds[i] ?? 'paragraph', text: text.slice(p.start, p.end), place: reading.places[i] ?? null })),
    { yieldNow: yieldToPage, live },
  );
  if (!placed) return { ok: false, reason: 'no-content', message: 'cancelled', reported: true };
  // Found a few milliseconds at a time: an article with thousands of quotes has tens of thousands of ranges.
  timing('finding-marks');
  const marks = await marksInSlices(document, placed.blocks, reading.analysis, { yieldNow: yieldToPage, live });
  if (!marks) return { ok: false, reason: 'no-content', message: 'cancelled', reported: true };
  timing('prepared');
  return { ok: true, value: { url, reading, blocks: placed.blocks, unmapped: placed.unmapped, marks } };
}

/** A large reading's long lists, part by part, each its own task (lib/reading-parts.ts); null: cancelled. */
async function wholeReading(url: string, reply: ReadingReply & { ok: true }, live: () => boolean): Promise<PageReading | null> {
  if (!reply.parts) return reply.reading;
  const parts: ReadingPart[] = [];
  for (let index = 0; index < reply.parts; index++) {
    parts.push(await toBackground.sendMessage('takeReadingPart', { url, id: reply.id ?? 0, index }));
    if (!live()) return null;
  }
  return joinReading(reply.reading, parts);
}

/** The page's HTML to the engine (in parts when large); null: cancelled meanwhile. */
function sendPage(url: string, html: string, live: () => boolean): Promise<ReadingReply | null> {
  return sendInParts(html, live, (last, before) => toBackground.sendMessage('readPage', before ? { url, html: last, parts: before } : { url, html: last }));
}

/**
 * The on-page control (page-control.ts): made when an article is shown, in an idle moment; gone when the page
 * moves on to one that is not (an SPA navigation) and with the script.
 */
function onPageControl(
  ctx: PageContext,
  display: () => DisplaySettings,
): { show(): void; hide(): void; update(display: DisplaySettings, siteOff?: boolean): void } {
  let control: PageControl | null = null;
  let asked = false;
  const hide = () => {
    asked = false;
    control?.dispose();
    control = null;
  };
  ctx.onInvalidated(hide);
  const idle = (run: () => void) => {
    const w = window as Window & { requestIdleCallback?: (cb: () => void, options?: { timeout: number }) => number };
    if (w.requestIdleCallback) w.requestIdleCallback(run, { timeout: 2000 });
    else setTimeout(run, 200);
  };
  return {
    show() {
      if (asked) return;
      asked = true;
      idle(() => {
        // Hidden again meanwhile (the page moved on), or gone with the script.
        if (!asked || ctx.isInvalid || control) return;
        control = pageControl(document, siteOf(location.href), display(), {
          setMarks: (kind, shown) => toBackground.sendMessage('setMarks', { kind, shown }),
          setSiteOff: (off) => toBackground.sendMessage('setSiteOff', { url: location.href, off }),
        });
      });
    },
    hide,
    update(next, siteOff) {
      control?.update(next, siteOff);
    },
  };
}

/** Messages from the popup, the reader's settings, SPA navigation; all removed when the script is invalidated. */
function listen(
  ctx: PageContext,
  reader: Reader<PaintedArticle>,
  notes: Notes,
  readUrl: () => string,
  display: { told: DisplaySettings | null; read: DisplaySettings | null },
  control: { update(display: DisplaySettings, siteOff?: boolean): void },
): void {
  const current = () => reader.current();
  toContent.onMessage('scrollToParagraph', ({ data }) => {
    const { paragraph } = parseOrThrow(ScrollQuerySchema, data, 'scroll request');
    return current()?.scrollTo(paragraph) ?? false;
  });
  toContent.onMessage('showMention', ({ data }) => {
    const { kind, id, index } = parseOrThrow(MentionQuerySchema, data, 'mention request');
    return current()?.showMention(kind, id, index) ?? false;
  });
  toContent.onMessage('reanalyse', ({ data }) => {
    readAnyway = parseOrThrow(ReanalyseSchema, data ?? {}, 'request').anyway === true;
    return reader.read();
  });
  toContent.onMessage('highlightSelection', ({ data }) =>
    notes.highlightSelection(parseOrThrow(HighlightSelectionSchema, data ?? {}, 'highlight request').colour),
  );
  toContent.onMessage('showAnnotation', ({ data }) => notes.show(parseOrThrow(AnnotationIdSchema, data, 'highlight request').id));
  toContent.onMessage('annotationStatus', () => notes.status());
  toContent.onMessage('annotationsChanged', ({ data }) => notes.changed(parseOrThrow(PageKeySchema, data, 'change notice').pageKey));
  toContent.onMessage('displayChanged', ({ data }) => {
    const { siteOff, ...told } = parseOrThrow(DisplayChangedSchema, data, 'display settings');
    display.told = told;
    current()?.setShown(told);
    control.update(told, siteOff);
  });
  const stopWatching = onAddressChange(async () => {
    // A new fragment, or a replaceState that only drops trackers, is the same article: nothing to read again.
    if (ctx.isInvalid || sameArticleAddress(readUrl(), location.href)) return;
    // Also cancels a reading of the previous page still under way.
    reader.dispose();
    await whenSettled(ctx);
    if (ctx.isValid) await reader.read();
  });
  ctx.onInvalidated(() => {
    stopWatching();
    toContent.removeAllListeners();
    reader.dispose();
  });
}
