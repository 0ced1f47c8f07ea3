import { grouped } from '../../lib/text/numbers';
import { PagePartsByTab } from '../../lib/page-parts';
import { timing } from '../../lib/timing';
import { browser, type Browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import * as v from 'valibot';
import { ANY_PAGE, toBackground, toContent, type BackgroundProtocol } from '../../lib/messages';
import {
  AnnotationDraftSchema,
  AnnotationIdSchema,
  ArticleReportSchema,
  FailureSchema,
  NotArticleSchema,
  PageKeySchema,
  PageQuerySchema,
  NoteSourceSchema,
  PageOpenedSchema,
  PagePartSchema,
  PageSnapshotSchema,
  TakeReadingPartSchema,
  TakeReadingSchema,
  WantReaderSchema,
  SetMarksSchema,
  SiteOffSchema,
  ShownSchema,
  TabQuerySchema,
  UpdateAnnotationSchema,
  NoteDraftSchema,
  DraftQuerySchema,
  ForgetSchema,
  parseOrThrow,
} from '../../lib/schema';
import * as annotations from '../../lib/store/annotations';
import type { Database } from '../../lib/store/db';
import { getPage, savePage } from '../../lib/store/pages';
import { forgetEverything, forgetPage, forgetSite, type Forgotten } from '../../lib/store/forget';
import { keepStorage } from '../../lib/persist';
import { MAX_HTML_CHARS } from '../../lib/limits';
import { parseNote, type ParsedNote } from '../../lib/markdown';
import { display as displaySetting, keepPrivate, offSites, setMarked, setSiteOff } from '../../lib/settings';
import { NOTHING_MARKED } from '../../lib/mark-kinds';
import { keyBelongsTo, keyOriginsOf, pageKey, sameArticleAddress, siteOf } from '../../lib/url';
import type { Annotation, AnnotationPatch, PageOutcome, PageReading, PageRecord, ReadingReply, TabState, TabView } from '../../lib/types';
import { splitReading, type ReadingPart } from '../../lib/reading-parts';
import type { Engine } from './engine';
import { openNotes as injectNotes, openOverlay as injectOverlay, openReader as injectReader, type OpenReader } from './reader-tab';
import { askFirstLook, type AskFirstLook } from './first-look-query';
import { SETTLE_MS } from '../../lib/page-shared';

/**
 * The background's side of the protocol: validate, store, answer. Each handler takes the payload and the
 * sender; `registerHandlers` wires them to messages. Nothing is trusted because of where it claims to be from.
 */

type Sender = Browser.runtime.MessageSender;

const tabStateKey = (tabId: number) => `session:tab:${tabId}` as const;

export function readTabState(tabId: number): Promise<TabState | null> {
  return storage.getItem<TabState>(tabStateKey(tabId));
}

/**
 * A tab's state is read and written one step at a time: a navigation's "forget what the tab showed" reads the
 * state, then removes it, and the new page's first look may write its own state in between (a small page is
 * looked at before the browser reports the navigation), which the removal must not take away.
 */
const tabSteps = new Map<number, Promise<unknown>>();
function tabStep<T>(tabId: number, step: () => Promise<T>): Promise<T> {
  const next = (tabSteps.get(tabId) ?? Promise.resolve()).catch(() => {}).then(step);
  tabSteps.set(tabId, next);
  void next
    .catch(() => {})
    .finally(() => {
      if (tabSteps.get(tabId) === next) tabSteps.delete(tabId);
    });
  return next;
}

export function writeTabState(tabId: number, state: TabState | null): Promise<void> {
  return tabStep(tabId, () => (state ? storage.setItem(tabStateKey(tabId), state) : storage.removeItem(tabStateKey(tabId))));
}

/** The tab moved to `url`: forget what it showed, unless that is the same article (a new fragment, trackers). */
export function tabNavigated(tabId: number, url: string): Promise<void> {
  return tabStep(tabId, async () => {
    const state = await readTabState(tabId);
    if (state && !sameArticleAddress(state.url, url)) await storage.removeItem(tabStateKey(tabId));
  });
}

/** The tab of a message that must come from our content script. */
function contentTab(sender: Sender): number {
  if (sender.id !== browser.runtime.id || sender.tab?.id == null) {
    throw new Error('Rejected: this message must come from a Newsmark content script.');
  }
  return sender.tab.id;
}

/** The tab of a content script in a tab's top frame (the reader runs only there). */
function topFrameTab(sender: Sender): number {
  const tabId = contentTab(sender);
  if (sender.frameId !== undefined && sender.frameId !== 0) throw new Error('Rejected: only a top frame is read.');
  return tabId;
}

/**
 * What a content script may speak for: the page it runs on (`sender.url`, which the browser sets, not the page).
 * Its messages may name addresses, page keys and highlights of that page's origin only (or, for an http page,
 * the https form of its host: keyOriginsOf), so a content script compromised on one site gets nothing of
 * another's. Our own pages (popup, library, even when open in a tab) may name any.
 */
function speaksFor(sender: Sender, ...addresses: string[]): void {
  if (isOurPage(sender)) return;
  const page = sender.url ?? '';
  for (const address of addresses) {
    if (!keyBelongsTo(address, page)) throw new Error("Rejected: a page may name only its own origin's addresses and highlights.");
  }
}

/** Where a highlight's unsaved draft is kept: the extension's local storage, which no page can reach. */
const draftKey = (id: string) => `local:draft:${id}` as const;

/** Said when a private window's page or highlight is not stored. */
export const PRIVATE_MESSAGE =
  'Newsmark keeps nothing from private windows. To keep pages and highlights read in them, turn on “Keep what I read in private windows” in the popup.';

/** Whether what a content script sends may be stored: not from a private window, unless the reader said so. */
async function mayStore(sender: Sender): Promise<boolean> {
  return !sender.tab?.incognito || (await keepPrivate.getValue());
}

/** One of our own pages (popup, library), even when open in a tab. */
function isOurPage(sender: Sender): boolean {
  return sender.id === browser.runtime.id && (sender.url?.startsWith(browser.runtime.getURL('/')) ?? false);
}

/** A message that must come from one of our own pages (popup, library). */
function fromExtensionPage(sender: Sender): void {
  if (!isOurPage(sender)) {
    throw new Error('Rejected: this message must come from a Newsmark page.');
  }
}

/**
 * A message from our content script (highlighting on the page) or one of our pages (popup, library editing a
 * note). Other extensions and web pages are refused; a content script is known by its tab, a page by its URL.
 */
function fromContentOrExtensionPage(sender: Sender): void {
  const inTab = sender.id === browser.runtime.id && sender.tab?.id != null;
  if (!inTab && !isOurPage(sender)) {
    throw new Error('Rejected: this message must come from a Newsmark content script or page.');
  }
}

/**
 * Tell every tab that a page's highlights changed, so the page (open in any tab, under any URL) loads them
 * again. Fire and forget: the handler's reply does not wait for other tabs, and a tab without our content
 * script (its error) is nobody's concern.
 */
export function announceAnnotationsChanged(pageKey: string): void {
  forgetAnnotatedOrigins();
  toEveryTab((tabId) => toContent.sendMessage('annotationsChanged', { pageKey }, tabId));
}

/**
 * Tell every tab what the reader now wants marked (the popup's switches changed): pages never open the
 * extension's storage themselves, which would cost every page the storage API's start.
 */
export function watchDisplaySettings(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(displaySetting.key in changes || offSites.key in changes)) return;
    void Promise.all([displaySetting.getValue(), offSites.getValue()])
      .then(([display, off]) =>
        // A site turned off shows nothing; turned on again, what the reader marks everywhere.
        toEveryTab((tabId, url) => {
          const siteOff = !!url && off.includes(siteOf(url));
          return toContent.sendMessage('displayChanged', { ...(siteOff ? NOTHING_MARKED : display), siteOff }, tabId);
        }),
      )
      .catch(() => {});
  });
}

/** Whether the reader turned Newsmark off on the site of `url`. */
export async function siteIsOff(url: string): Promise<boolean> {
  const site = siteOf(url);
  return site !== '' && (await offSites.getValue()).includes(site);
}

/** The outcome of a page on a site where the reader turned Newsmark off. */
export const siteOffOutcome = (url: string) =>
  ({ ok: false, reason: 'site-off', message: `Newsmark is off on ${siteOf(url)}: its pages are not read or marked.` }) as const;

/** Send to every http(s) tab, fire and forget. */
function toEveryTab(send: (tabId: number, url: string | undefined) => Promise<unknown>): void {
  void (async () => {
    for (const tab of await browser.tabs.query({})) {
      if (tab.id == null || tab.id < 0) continue;
      // The content script runs on http(s) pages only: the others would just log "Receiving end does not exist".
      if (tab.url && !/^https?:/i.test(tab.url)) continue;
      send(tab.id, tab.url).catch(() => {});
    }
  })().catch(() => {});
}

export function createHandlers(
  db: () => Promise<Database>,
  engine: Engine,
  persist: () => Promise<boolean> = keepStorage,
  openReader: OpenReader = injectReader,
  askPage: AskFirstLook = askFirstLook,
  openNotes: OpenReader = injectNotes,
  openOverlay: OpenReader = injectOverlay,
) {
  // Readings waiting for their tab to paint them, one per tab (a newer reading replaces an older one); dropped
  // when the tab closes, or a minute later.
  const shown = new Map<number, { url: string; reading: PageReading; at: number }>();
  // Parts of a large page's HTML, per tab, until its readPage.
  const partsOf = new PagePartsByTab();
  const forgetStale = (now: number) => {
    for (const [tab, pending] of shown) if (now - pending.at > 60_000) shown.delete(tab);
    partsOf.prune(now, 60_000);
    for (const [tab, pending] of readings) if (now - pending.at > 60_000) readings.delete(tab);
    for (const [tab, pending] of partsOut) if (now - pending.at > 60_000) partsOut.delete(tab);
  };
  // Readings started from a first look (pageOpened), one per tab, until the reader takes them.
  const readings = new Map<number, { url: string; outcome: Promise<PageOutcome>; extras: ReturnType<typeof replyExtras>; at: number }>();
  // The parts of the last large reading given to a tab (lib/reading-parts.ts), until taken.
  const partsOut = new Map<number, { url: string; id: number; parts: ReadingPart[]; at: number }>();
  let readingSeq = 0;
  /** The reading as it goes back to the page: a large one without its long lists, which follow in parts. */
  /**
   * What a reply says beside the reading, asked for while the engine reads (a switch turned meanwhile reaches the
   * page as displayChanged, which the page puts first).
   */
  const replyExtras = () => {
    const extras = Promise.all([displaySetting.getValue(), annotatedOrigins(db).catch(() => null)]);
    // Awaited by the reply; a failure meanwhile is not an unhandled one.
    extras.catch(() => {});
    return extras;
  };
  const reply = async (tabId: number, url: string, outcome: PageOutcome, extras = replyExtras()): Promise<ReadingReply> => {
    const split = splitReply(tabId, url, outcome);
    if (!split.ok) return split;
    const [display, origins] = await extras;
    // Unknown (no store): the page asks, as it would anyway.
    const notesOnOrigin = origins ? keyOriginsOf(url).some((o) => origins.has(o)) : true;
    return { ...split, display, notesOnOrigin };
  };
  const splitReply = (tabId: number, url: string, outcome: PageOutcome): ReadingReply => {
    partsOut.delete(tabId);
    if (!outcome.ok) return outcome;
    let split: ReturnType<typeof splitReading>;
    try {
      split = splitReading(outcome.reading);
    } catch {
      // Not a reading this can take apart: it goes whole, and the page's notice of it is checked as ever.
      return outcome;
    }
    const { head, parts } = split;
    if (parts.length === 0) return outcome;
    const id = ++readingSeq;
    partsOut.set(tabId, { url, id, parts, at: Date.now() });
    return { ok: true, reading: head, parts: parts.length, id };
  };

  /**
   * Read a page's HTML (its earlier parts came by pagePart) in the engine. An article's reading is kept for the
   * tab until the content script says it is painted (articleShown); a page that is not one is noted at once.
   * `off`: whether the reader turned Newsmark off on the page's site (asked of storage once per page).
   */
  const read = async (tabId: number, url: string, last: string, parts: number, off: Promise<boolean>): Promise<PageOutcome> => {
    const whole = partsOf.finish(tabId, last, parts);
    if (!('html' in whole)) throw new Error(`Rejected page: ${parts} parts announced, ${whole.received} received.`);
    const page = { url, html: whole.html };
    const outcome = (await off) ? siteOffOutcome(url) : await engine({ ...page, tabId });
    if (!outcome.ok) {
      shown.delete(tabId);
      await writeTabState(tabId, { status: 'not-article', url: page.url, reason: outcome.reason, message: outcome.message, at: Date.now() });
      await setBadge(tabId, 0);
      return outcome;
    }
    const now = Date.now();
    forgetStale(now);
    shown.set(tabId, { url: page.url, reading: outcome.reading, at: now });
    return outcome;
  };

  // A tab closed: what was kept for it goes at once (it would go a minute later, on the next reading).
  browser.tabs.onRemoved.addListener((tabId) => {
    shown.delete(tabId);
    partsOf.forget(tabId);
    readings.delete(tabId);
    partsOut.delete(tabId);
  });

  /**
   * A highlight as stored, if the sender may touch it: a content script only one of its own page's origin
   * (speaksFor). Undefined when it is gone already: nothing to change, and nothing said about what it was.
   */
  const ownHighlight = async (sender: Sender, id: string): Promise<Annotation | undefined> => {
    const existing = await annotations.getAnnotation(await db(), id);
    if (existing) speaksFor(sender, existing.pageKey);
    return existing;
  };

  // Persistent storage is asked for when the reader saves a highlight (once per background lifetime), not only
  // when the popup opens: a reader who never opens it has highlights too.
  let persistAsked = false;
  return {
    /**
     * The first look found an article in a tab's top frame, and sent its HTML: the engine reads it while the
     * reader is brought in, and the reader takes the reading (takeReading). (A page that is not an article
     * sends nothing: first-look-query.ts.)
     */
    async pageOpened(data: unknown, sender: Sender): Promise<void> {
      timing('bg-page');
      const tabId = topFrameTab(sender);
      const { url, html, parts = 0 } = parseOrThrow(PageOpenedSchema, data, 'page');
      speaksFor(sender, url);
      readings.delete(tabId);
      const off = siteIsOff(url);
      const outcome = read(tabId, url, html, parts, off);
      outcome.catch(() => {});
      forgetStale(Date.now());
      const extras = replyExtras();
      readings.set(tabId, { url, outcome, extras, at: Date.now() });
      if (!(await off)) {
        timing('bg-inject');
        const r = await openReader(tabId, 0);
        timing('bg-injected');
        return r;
      }
      // Off on this site: no reader, no marks; the reader's own highlights on it still come back.
      const origins = await annotatedOrigins(db).catch(() => null);
      if (!origins || keyOriginsOf(url).some((o) => origins.has(o))) await openNotes(tabId, 0);
    },

    async takeReading(data: unknown, sender: Sender): Promise<ReadingReply | null> {
      const tabId = contentTab(sender);
      const { url } = parseOrThrow(TakeReadingSchema, data, 'request');
      speaksFor(sender, url);
      const pending = readings.get(tabId);
      if (!pending || pending.url !== url) return null;
      readings.delete(tabId);
      return reply(tabId, url, await pending.outcome, pending.extras);
    },

    async takeReadingPart(data: unknown, sender: Sender): Promise<ReadingPart> {
      const tabId = contentTab(sender);
      const { url, id, index } = parseOrThrow(TakeReadingPartSchema, data, 'request');
      speaksFor(sender, url);
      const pending = partsOut.get(tabId);
      const part = pending && pending.url === url && pending.id === id ? pending.parts[index] : undefined;
      if (!part) throw new Error('Rejected: no such part of a reading for this page.');
      if (index === pending!.parts.length - 1) partsOut.delete(tabId);
      return part;
    },

    async wantNotes(data: unknown, sender: Sender): Promise<void> {
      const tabId = topFrameTab(sender);
      // The reader runs in a tab's top frame only.
      speaksFor(sender, parseOrThrow(WantReaderSchema, data, 'request').url);
      await openNotes(tabId, 0);
    },

    async wantOverlay(data: unknown, sender: Sender): Promise<void> {
      const tabId = topFrameTab(sender);
      speaksFor(sender, parseOrThrow(WantReaderSchema, data, 'request').url);
      await openOverlay(tabId, 0);
    },

    /** The on-page control's switch: one kind of mark, on every page (every tab is told: watchDisplaySettings). */
    async setMarks(data: unknown, sender: Sender) {
      const tabId = topFrameTab(sender);
      // The control is on the top frame of a page Newsmark marked: no other frame or page may change a setting
      // every page follows.
      const state = await readTabState(tabId);
      if (!state || (state.status !== 'analysed' && state.status !== 'private') || !sameArticleAddress(state.url, sender.url ?? ''))
        throw new Error('Rejected: the marks are changed only from a page Newsmark marked.');
      const { kind, shown } = parseOrThrow(SetMarksSchema, data, 'switch');
      return setMarked(kind, shown);
    },

    /** The on-page control's "Off on this site": only the site of the page that asks. */
    async setSiteOff(data: unknown, sender: Sender): Promise<void> {
      topFrameTab(sender);
      const { url, off } = parseOrThrow(SiteOffSchema, data, 'request');
      speaksFor(sender, url);
      await setSiteOff(siteOf(url), off);
    },

    async wantReader(data: unknown, sender: Sender): Promise<void> {
      const tabId = topFrameTab(sender);
      speaksFor(sender, parseOrThrow(WantReaderSchema, data, 'request').url);
      await openReader(tabId, 0);
    },

    /**
     * A content script's snapshot of its page: the engine reads it. The reading is kept for the tab until the
     * content script says it is painted (articleShown), then saved with how much of it found a place on the page,
     * and the tab's state says "analysed": the popup never shows an article the page has not marked.
     */
    async readPage(data: unknown, sender: Sender): Promise<ReadingReply> {
      const tabId = contentTab(sender);
      const { url, html: last, parts = 0 } = parseOrThrow(PageSnapshotSchema, data, 'page');
      speaksFor(sender, url);
      readings.delete(tabId);
      const extras = replyExtras();
      return reply(tabId, url, await read(tabId, url, last, parts, siteIsOff(url)), extras);
    },

    async pagePart(data: unknown, sender: Sender): Promise<void> {
      const tabId = contentTab(sender);
      const { index: at, part } = parseOrThrow(PagePartSchema, data, 'page part');
      // Part 0 starts a page (a reading that was superseded leaves its parts behind); the others come in order.
      const refused = partsOf.add(tabId, at, part, Date.now());
      if (refused === 'out of order') throw new Error('Rejected page part: out of order.');
      if (refused === 'too large') throw new Error(`Rejected page part: the page is over ${grouped(MAX_HTML_CHARS)} characters of HTML.`);
    },

    async articleShown(data: unknown, sender: Sender): Promise<{ key: string } | null> {
      const tabId = contentTab(sender);
      const { url, unmapped } = parseOrThrow(ShownSchema, data, 'painted article');
      speaksFor(sender, url);
      const pending = shown.get(tabId);
      // Only the reading this tab asked for, once; a stale or forged notice changes nothing.
      if (!pending || pending.url !== url) return null;
      shown.delete(tabId);
      const { reading } = pending;
      if (!(await mayStore(sender))) {
        // Marked on the page, and nothing of it written anywhere: the tab's state lives in session storage.
        await writeTabState(tabId, { status: 'private', url, at: Date.now() });
        return null;
      }
      const report = parseOrThrow(
        ArticleReportSchema,
        {
          url,
          canonical: reading.canonical,
          meta: reading.meta,
          analysis: reading.analysis,
          kinds: reading.kinds,
          unmapped: Math.min(unmapped, reading.kinds.length),
        },
        'article',
      );
      let record: PageRecord;
      try {
        record = await savePage(await db(), report);
      } catch (e) {
        await writeTabState(tabId, { status: 'error', url, message: (e as Error).message, at: Date.now() });
        throw e;
      }
      await writeTabState(tabId, { status: 'analysed', url, key: record.key, at: record.updatedAt });
      await setBadge(tabId, record.analysis.repeats.filter((r) => !r.boilerplate).length);
      return { key: record.key };
    },

    async articleMissing(data: unknown, sender: Sender): Promise<void> {
      const tabId = contentTab(sender);
      shown.delete(tabId);
      const { url, reason, message } = parseOrThrow(NotArticleSchema, data, 'page state');
      speaksFor(sender, url);
      await writeTabState(tabId, { status: 'not-article', url, reason, message, at: Date.now() });
      await setBadge(tabId, 0);
    },

    async articleFailed(data: unknown, sender: Sender): Promise<void> {
      const tabId = contentTab(sender);
      shown.delete(tabId);
      const { url, message } = parseOrThrow(FailureSchema, data, 'failure report');
      speaksFor(sender, url);
      await writeTabState(tabId, { status: 'error', url, message, at: Date.now() });
      await setBadge(tabId, 0);
    },

    async parseNote(data: unknown, sender: Sender): Promise<ParsedNote> {
      fromContentOrExtensionPage(sender);
      const { source } = parseOrThrow(NoteSourceSchema, data, 'note');
      return parseNote(source);
    },

    async getTabView(data: unknown, sender: Sender): Promise<TabView> {
      fromExtensionPage(sender);
      const { tabId } = parseOrThrow(TabQuerySchema, data, 'tab query');
      const state = await tabStep(tabId, async () => {
        const known = await readTabState(tabId);
        if (known) return known;
        // A page that is not an article said nothing: its first look holds the reason, if it was taken at the
        // tab's present address.
        const look = await askPage(tabId);
        const at = await tabUrl(tabId);
        if (!look || look.article || !look.reason || !at || !sameArticleAddress(look.url, at)) return null;
        const verdict: TabState = { status: 'not-article', url: look.url, reason: look.reason, message: look.message ?? '', at: Date.now() };
        await storage.setItem(tabStateKey(tabId), verdict);
        return verdict;
      });
      const record = state?.status === 'analysed' ? ((await getPage(await db(), state.key)) ?? null) : null;
      return { state, record };
    },

    async getPage(data: unknown, sender: Sender): Promise<PageRecord | null> {
      fromExtensionPage(sender);
      const { key } = parseOrThrow(PageQuerySchema, data, 'page query');
      return (await getPage(await db(), key)) ?? null;
    },

    async listAnnotations(data: unknown, sender: Sender): Promise<Annotation[]> {
      fromContentOrExtensionPage(sender);
      const { pageKey } = parseOrThrow(PageKeySchema, data, 'highlight query');
      speaksFor(sender, pageKey);
      return annotations.listAnnotations(await db(), pageKey);
    },

    async saveAnnotation(data: unknown, sender: Sender): Promise<Annotation> {
      fromContentOrExtensionPage(sender);
      const draft = parseOrThrow(AnnotationDraftSchema, data, 'highlight');
      speaksFor(sender, draft.pageKey, draft.url);
      if (!(await mayStore(sender))) throw new Error(PRIVATE_MESSAGE);
      const saved = await annotations.addAnnotation(await db(), draft, { id: crypto.randomUUID(), now: Date.now() });
      announceAnnotationsChanged(saved.pageKey);
      if (!persistAsked) {
        persistAsked = true;
        void persist().catch(() => false);
      }
      return saved;
    },

    async updateAnnotation(data: unknown, sender: Sender): Promise<Annotation> {
      fromContentOrExtensionPage(sender);
      const { id, patch, base } = parseOrThrow(UpdateAnnotationSchema, data, 'highlight change');
      await ownHighlight(sender, id);
      if (!(await mayStore(sender))) throw new Error(PRIVATE_MESSAGE);
      const updated = await annotations.updateAnnotation(await db(), id, patch, Date.now(), base);
      await storage.removeItem(draftKey(id));
      announceAnnotationsChanged(updated.pageKey);
      return updated;
    },

    /** The reader asks to forget a page, a site or everything: from our own pages only, never a content script. */
    async forget(data: unknown, sender: Sender): Promise<Forgotten> {
      fromExtensionPage(sender);
      const what = parseOrThrow(ForgetSchema, data, 'request');
      const store = await db();
      const done =
        what.what === 'page' ? await forgetPage(store, what.key) : what.what === 'site' ? await forgetSite(store, what.site) : await forgetEverything(store);
      if (what.what === 'everything') {
        const all = await browser.storage.local.get(null);
        await browser.storage.local.remove(Object.keys(all).filter((k) => k.startsWith('draft:')));
      }
      announceAnnotationsChanged(what.what === 'page' ? what.key : ANY_PAGE);
      return done;
    },

    async storeChanged(_data: unknown, sender: Sender): Promise<void> {
      fromExtensionPage(sender);
      announceAnnotationsChanged(ANY_PAGE);
    },

    async saveDraft(data: unknown, sender: Sender): Promise<void> {
      fromContentOrExtensionPage(sender);
      const { id, patch } = parseOrThrow(NoteDraftSchema, data, 'draft');
      if (!(await ownHighlight(sender, id))) throw new Error('This highlight no longer exists: it was deleted, perhaps in another tab.');
      if (!(await mayStore(sender))) return;
      await storage.setItem(draftKey(id), { patch, at: Date.now() });
    },

    async takeDraft(data: unknown, sender: Sender): Promise<Required<AnnotationPatch> | null> {
      fromContentOrExtensionPage(sender);
      const { id } = parseOrThrow(DraftQuerySchema, data, 'draft query');
      await ownHighlight(sender, id);
      const kept = await storage.getItem<{ patch: unknown }>(draftKey(id));
      const valid = kept ? v.safeParse(NoteDraftSchema, { id, patch: kept.patch }) : null;
      return valid?.success ? valid.output.patch : null;
    },

    async dropDraft(data: unknown, sender: Sender): Promise<void> {
      fromContentOrExtensionPage(sender);
      const { id } = parseOrThrow(DraftQuerySchema, data, 'draft query');
      await ownHighlight(sender, id);
      await storage.removeItem(draftKey(id));
    },

    async deleteAnnotation(data: unknown, sender: Sender): Promise<void> {
      fromContentOrExtensionPage(sender);
      const { id } = parseOrThrow(AnnotationIdSchema, data, 'highlight deletion');
      await ownHighlight(sender, id);
      const deleted = await annotations.deleteAnnotation(await db(), id);
      await storage.removeItem(draftKey(id));
      // Deleted already (another tab was first): nothing changed, nobody to tell.
      if (deleted) announceAnnotationsChanged(deleted.pageKey);
    },
  } satisfies HandlersOf<BackgroundProtocol>;
}

export type Handlers = ReturnType<typeof createHandlers>;

/**
 * What the protocol asks of the background: for each message, a handler that takes the payload as unknown (it is
 * validated inside) and answers what the protocol says it answers. `createHandlers` is checked against it.
 */
type HandlersOf<P> = {
  [K in keyof P]: P[K] extends (...args: never[]) => infer R ? (data: unknown, sender: Sender) => Promise<Awaited<R>> : never;
};

async function setBadge(tabId: number, count: number): Promise<void> {
  // MV3 has `action`; Firefox's MV2 build has `browserAction`.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  try {
    await action.setBadgeBackgroundColor({ tabId, color: '#8a5a00' });
    await action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  } catch {
    // The tab may be gone already; a badge is not worth an error.
  }
}

/** The address a tab shows now (null when the tab is gone or not ours to see). */
async function tabUrl(tabId: number): Promise<string | null> {
  try {
    return (await browser.tabs.get(tabId)).url ?? null;
  } catch {
    return null;
  }
}

/**
 * The origins where the reader keeps highlights, kept for a while: it is asked on every page load. Any change
 * to the highlights (announceAnnotationsChanged) forgets it.
 */
let originsCache: { at: number; origins: Promise<Set<string>> } | null = null;
const ORIGINS_TTL_MS = 60_000;
function annotatedOrigins(db: () => Promise<Database>): Promise<Set<string>> {
  if (!originsCache || Date.now() - originsCache.at > ORIGINS_TTL_MS) {
    const origins = db().then((store) => annotations.annotatedOrigins(store));
    origins.catch(() => (originsCache = null));
    originsCache = { at: Date.now(), origins };
  }
  return originsCache.origins;
}
export function forgetAnnotatedOrigins(): void {
  originsCache = null;
}

/** What the check for highlights on a page that is not an article found: `later` when it must look again. */
export type NotesCheck = 'elsewhere' | 'later' | 'reader' | 'none' | 'opened';

/**
 * A tab shows `url`. An article brings the reader in itself; a page that is not one says nothing, so on a site
 * with the reader's highlights the background asks its first look what it is (nothing is asked of pages on
 * other sites), and brings the reader in when the page has highlights. `later`: the first look has not looked
 * at this address yet (the page is loading, or has just moved within its document).
 */
export async function notesOnPage(
  db: () => Promise<Database>,
  tabId: number,
  url: string,
  askPage: AskFirstLook = askFirstLook,
  openReader: OpenReader = injectReader,
): Promise<NotesCheck> {
  const mayHave = keyOriginsOf(url);
  if (mayHave.length === 0) return 'elsewhere';
  const origins = await annotatedOrigins(db);
  if (!mayHave.some((o) => origins.has(o))) return 'elsewhere';
  const look = await askPage(tabId);
  if (!look || !sameArticleAddress(look.url, url)) return 'later';
  // The reader is there already (an article, a selection, a command): it shows the highlights itself.
  if (look.article || look.reader) return 'reader';
  if ((await annotations.listAnnotations(await db(), pageKey(look.url, look.canonical))).length === 0) return 'none';
  await openReader(tabId, 0);
  return 'opened';
}

/**
 * When a tab's page is asked about after it moved: its first look runs once the document is idle, and after an
 * address change within the document it waits SETTLE_MS (plus up to a second on browsers without the
 * Navigation API). A page that never finishes loading is asked too.
 */
export const NOTES_CHECK_DELAYS_MS = [SETTLE_MS + 400, 2_500, 5_000, 10_000];
const notesChecks = new Map<number, ReturnType<typeof setTimeout>>();

/** Ask about the tab's page after it moved to `url`, until its first look has looked (a newer move starts over). */
export function scheduleNotesCheck(
  db: () => Promise<Database>,
  tabId: number,
  url: string,
  check: typeof notesOnPage = notesOnPage,
  delays: readonly number[] = NOTES_CHECK_DELAYS_MS,
): void {
  clearTimeout(notesChecks.get(tabId));
  const attempt = (n: number) => {
    if (n >= delays.length) return notesChecks.delete(tabId);
    notesChecks.set(
      tabId,
      setTimeout(
        () => {
          void check(db, tabId, url)
            .catch((): NotesCheck => 'none')
            .then((found) => (found === 'later' ? attempt(n + 1) : notesChecks.delete(tabId)));
        },
        delays[n]! - (delays[n - 1] ?? 0),
      ),
    );
  };
  attempt(0);
}

export function cancelNotesCheck(tabId: number): void {
  clearTimeout(notesChecks.get(tabId));
  notesChecks.delete(tabId);
}

/** Wire the handlers to the protocol, and forget a tab's state when it navigates or closes. */
export function registerHandlers(handlers: Handlers, db?: () => Promise<Database>): void {
  for (const type of Object.keys(handlers) as (keyof Handlers)[]) {
    // Each handler validates its own payload: the protocol's types are a promise, not a check.
    toBackground.onMessage(type, ({ data, sender }) => (handlers[type] as (d: unknown, s: Sender) => Promise<never>)(data, sender));
  }
  browser.tabs.onRemoved.addListener((tabId) => {
    cancelNotesCheck(tabId);
    void writeTabState(tabId, null);
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    // A new fragment or tidied query within the same article keeps what the tab shows; the page is not read again.
    if (change.url) void tabNavigated(tabId, change.url);
    // A page that is not an article says nothing: on a site with highlights it is asked once it has looked. A
    // move within the document brings a new address; a reload, only a new load of the same one.
    const url = change.url ?? (change.status === 'loading' ? tab?.url : undefined);
    if (url && db) scheduleNotesCheck(db, tabId, url);
  });
}
