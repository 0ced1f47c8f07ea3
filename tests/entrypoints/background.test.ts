import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toBackground, toContent } from '../../lib/messages';
import { openDatabase } from '../../lib/store/db';
import {
  createHandlers,
  forgetAnnotatedOrigins,
  notesOnPage,
  readTabState,
  registerHandlers,
  scheduleNotesCheck,
  watchDisplaySettings,
  writeTabState,
  type Handlers,
  type NotesCheck,
} from '../../entrypoints/background/handlers';
import type { FirstLookVerdict } from '../../entrypoints/background/first-look-query';
import { HIGHLIGHT_COMMAND, HIGHLIGHT_MENU_ID, LIBRARY_COMMAND, LIBRARY_MENU_ID, registerMenus } from '../../entrypoints/background/menus';
import { noReceiver, toReader } from '../../entrypoints/background/reader-tab';
import { report } from '../helpers/records';
import type { ArticleReport, PageOutcome } from '../../lib/types';
import { DISPLAY_DEFAULTS, NOTHING_MARKED } from '../../lib/mark-kinds';

const content = (tabId = 7) => ({ id: fakeBrowser.runtime.id, tab: { id: tabId } as never, url: 'https://news.example/story/7' });
const popup = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });

// The engine is replaced by one that answers what the test sets: what it reads of a page is the engine's
// tests' business (tests/lib/engine.test.ts).
let engineReply: PageOutcome = { ok: false, reason: 'no-content', message: 'No article text was found on this page.' };
const engine = vi.fn(async (_page: { url: string; html: string }) => engineReply);

function setup() {
  const db = openDatabase(`bg-${Math.random()}`);
  return createHandlers(() => db, engine);
}

/** A page read as an article and painted: the engine's reading of `payload`, then the tab's notice. */
async function articleRead(h: Handlers, payload: unknown, sender: Parameters<Handlers['readPage']>[1]) {
  const r = (typeof payload === 'object' && payload ? payload : {}) as Partial<ArticleReport>;
  engineReply = { ok: true, reading: { canonical: r.canonical ?? null, meta: r.meta!, analysis: r.analysis!, kinds: r.kinds!, places: [] } };
  const url = typeof payload === 'string' ? payload : r.url;
  await h.readPage({ url, html: '<html><body><p>The page.</p></body></html>' }, sender);
  return (await h.articleShown({ url, unmapped: r.unmapped ?? 0 }, sender))!;
}

beforeEach(() => {
  fakeBrowser.reset();
  toBackground.removeAllListeners();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('what the reader wants marked', () => {
  test('a change of the popup’s switches is told to every http(s) tab, with every switch', async () => {
    const sent: unknown[] = [];
    vi.spyOn(toContent, 'sendMessage').mockImplementation((async (type: string, data: unknown, tabId: number) => void sent.push([type, data, tabId])) as never);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
      { id: 3, url: 'https://news.example/a' },
      { id: 4, url: 'chrome://settings' },
      { id: 5, url: 'http://127.0.0.1:8000/b' },
    ] as never);
    watchDisplaySettings();
    await fakeBrowser.storage.local.set({ highlightColour: 'green' });
    await new Promise((r) => setTimeout(r, 10));
    expect(sent).toEqual([]);
    await fakeBrowser.storage.local.set({ marks: { repeats: false } });
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    const display = { ...DISPLAY_DEFAULTS, repeats: false };
    expect(sent).toEqual([
      ['displayChanged', { ...display, siteOff: false }, 3],
      ['displayChanged', { ...display, siteOff: false }, 5],
    ]);
    // A site turned off: its tabs are told to mark nothing, the others what the reader marks everywhere.
    sent.length = 0;
    await fakeBrowser.storage.local.set({ offSites: ['news.example'] });
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect(sent).toEqual([
      ['displayChanged', { ...NOTHING_MARKED, siteOff: true }, 3],
      ['displayChanged', { ...display, siteOff: false }, 5],
    ]);
  });
});

describe('reading a page', () => {
  test('saves the record and remembers the tab', async () => {
    const h = setup();
    const { key } = await articleRead(h, report(), content(7));
    expect(key).toBe('https://news.example/story/7');
    expect(await readTabState(7)).toMatchObject({ status: 'analysed', key });
    const view = await h.getTabView({ tabId: 7 }, popup());
    expect(view.record?.meta.title).toBe('A story');
    expect(view.record?.analysis.repeats).toHaveLength(1);
  });

  test.each([
    ['not an object', 'hello'],
    ['missing analysis', { ...report(), analysis: undefined }],
    ['span outside the text', { ...report(), analysis: { ...report().analysis, paragraphs: [{ start: 0, end: 10_000 }] } }],
    [
      'repeat of a paragraph that does not exist',
      { ...report(), analysis: { ...report().analysis, repeats: [{ paragraph: 9, of: 0, similarity: 1, kind: 'exact', boilerplate: false }] } },
    ],
    ['unknown kind', { ...report(), analysis: { ...report().analysis, repeats: [{ paragraph: 2, of: 0, similarity: 1, kind: 'copy', boilerplate: false }] } }],
    ['title too long', { ...report(), meta: { ...report().meta, title: 'x'.repeat(100_000) } }],
    ['kinds do not match paragraphs', { ...report(), kinds: ['paragraph'] }],
  ])('malformed payload is rejected: %s', async (_name, payload) => {
    const h = setup();
    await expect(articleRead(h, payload, content())).rejects.toThrow(/^Rejected (article|page)/);
    expect(await readTabState(7)).toBeNull();
  });

  test.each([
    ['another extension', { id: 'someone-else', tab: { id: 7 } as never }],
    ['no tab (not a content script)', { id: 'test-extension-id' }],
  ])('a message from %s is rejected', async (_name, sender) => {
    const h = setup();
    await expect(articleRead(h, report(), sender)).rejects.toThrow(/must come from a Newsmark content script/);
  });
});

describe('the engine and the tab', () => {
  test('the page goes to the engine as sent; nothing is saved before the tab has painted it', async () => {
    const h = setup();
    const r = report();
    engineReply = { ok: true, reading: { canonical: null, meta: r.meta, analysis: r.analysis, kinds: r.kinds, places: r.kinds.map(() => null) } };
    const outcome = await h.readPage({ url: r.url, html: '<p>Page</p>' }, content(7));
    // With its tab, so that the engine can hand over a reading it made as soon as the tab sent the page.
    expect(engine).toHaveBeenLastCalledWith({ url: r.url, html: '<p>Page</p>', tabId: 7 });
    expect(outcome).toEqual({ ...engineReply, display: DISPLAY_DEFAULTS, notesOnOrigin: false });
    expect(await readTabState(7)).toBeNull();
    expect(await h.articleShown({ url: r.url, unmapped: 2 }, content(7))).toEqual({ key: 'https://news.example/story/7' });
    const view = await h.getTabView({ tabId: 7 }, popup());
    expect(view.state).toMatchObject({ status: 'analysed' });
    expect(view.record?.unmapped).toBe(2);
  });

  test('a notice for a reading this tab never asked for (another tab, another address, twice) saves nothing', async () => {
    const h = setup();
    const r = report();
    engineReply = { ok: true, reading: { canonical: null, meta: r.meta, analysis: r.analysis, kinds: r.kinds, places: [] } };
    await h.readPage({ url: r.url, html: '<p>Page</p>' }, content(7));
    expect(await h.articleShown({ url: r.url, unmapped: 0 }, content(8))).toBeNull();
    expect(await h.articleShown({ url: 'https://news.example/other', unmapped: 0 }, content(7))).toBeNull();
    expect(await h.articleShown({ url: r.url, unmapped: 0 }, content(7))).not.toBeNull();
    expect(await h.articleShown({ url: r.url, unmapped: 0 }, content(7))).toBeNull();
    expect(await readTabState(8)).toBeNull();
  });

  test('the engine finds no article: the tab says why, and the content script is told', async () => {
    const h = setup();
    engineReply = { ok: false, reason: 'too-large', message: 'This page nests its elements more than 512 deep.' };
    const outcome = await h.readPage({ url: 'https://news.example/deep', html: '<div></div>' }, content(4));
    expect(outcome).toEqual(engineReply);
    expect(await readTabState(4)).toMatchObject({ status: 'not-article', reason: 'too-large', message: engineReply.message });
  });

  test.each([
    ['a javascript: address', { url: 'javascript:alert(1)', html: '<p>x</p>' }],
    ['no HTML', { url: 'https://news.example/a' }],
    ['HTML that is not a string', { url: 'https://news.example/a', html: { toString: 'x' } }],
  ])('a malformed snapshot is rejected before the engine sees it: %s', async (_name, payload) => {
    engine.mockClear();
    await expect(setup().readPage(payload, content())).rejects.toThrow(/^Rejected page/);
    expect(engine).not.toHaveBeenCalled();
  });
});

describe('the first look at a page, and the reader', () => {
  // What the first look left on each tab's page (a page that is not an article sends nothing).
  let looks: Record<number, FirstLookVerdict | null> = {};
  const askPage = vi.fn(async (tabId: number) => looks[tabId] ?? null);
  const opened = () => {
    looks = {};
    askPage.mockClear();
    const db = openDatabase(`bg-${Math.random()}`);
    const openReader = vi.fn(async (_tab: number, _frame: number) => {});
    return {
      h: createHandlers(
        () => db,
        engine,
        async () => true,
        openReader,
        askPage,
      ),
      openReader,
      db: () => db,
    };
  };
  const notArticle = { article: false, reason: 'not-readerable', message: 'This page does not look like an article.', reader: false } as const;

  test('a site the reader turned off: nothing goes to the engine, no reader comes, and the tab says why', async () => {
    const { h, openReader } = opened();
    engine.mockClear();
    await fakeBrowser.storage.local.set({ offSites: ['news.example'] });
    await h.pageOpened({ url: 'https://news.example/story/7', html: '<p>Story</p>' }, { ...content(7), frameId: 0 });
    expect(openReader).not.toHaveBeenCalled();
    expect(engine).not.toHaveBeenCalled();
    expect(await readTabState(7)).toMatchObject({ status: 'not-article', reason: 'site-off', message: expect.stringContaining('off on news.example') });
    // The reader asks again (the popup's "read again"): the same answer, and the engine is still not asked.
    expect(await h.readPage({ url: 'https://news.example/story/7', html: '<p>Story</p>' }, content(7))).toMatchObject({ ok: false, reason: 'site-off' });
    expect(engine).not.toHaveBeenCalled();
    // Another site is read as ever.
    await h.pageOpened({ url: 'https://other.example/story', html: '<p>Story</p>' }, { ...content(8), url: 'https://other.example/story', frameId: 0 });
    expect(openReader.mock.calls).toEqual([[8, 0]]);
  });

  test('an article: the reader is brought into the top frame; the tab state waits for the reading', async () => {
    const { h, openReader } = opened();
    const r = report();
    engineReply = { ok: true, reading: { canonical: null, meta: r.meta, analysis: r.analysis, kinds: r.kinds, places: [] } };
    await h.pageOpened({ url: 'https://news.example/story/7', html: '<p>Story</p>' }, { ...content(7), frameId: 0 });
    expect(openReader.mock.calls).toEqual([[7, 0]]);
    expect(await readTabState(7)).toBeNull();
  });

  test('an article’s HTML with the first look: the engine reads it at once, the reader takes the reading once, and its notice saves it', async () => {
    const { h, openReader } = opened();
    engine.mockClear();
    const r = report();
    engineReply = { ok: true, reading: { canonical: null, meta: r.meta, analysis: r.analysis, kinds: r.kinds, places: [] } };
    const url = 'https://news.example/story/7';
    // What the reader wants marked goes with the reading (the page never opens the extension's storage itself); a
    // switch stored before the marks had a table (three switches) still counts. It is read while the engine reads:
    // a change after that reaches the page as displayChanged, which the page puts first.
    await fakeBrowser.storage.local.set({ showQuotes: false });
    await h.pagePart({ index: 0, part: '<html><body><p>The ' }, content(7));
    await h.pageOpened({ url, html: 'page.</p></body></html>', parts: 1 }, content(7));
    expect(openReader.mock.calls).toEqual([[7, 0]]);
    expect(engine.mock.calls).toEqual([[{ url, html: '<html><body><p>The page.</p></body></html>', tabId: 7 }]]);
    // Another tab, another address: nothing; this tab's reader: the reading, once.
    expect(await h.takeReading({ url }, content(8))).toBeNull();
    expect(await h.takeReading({ url: 'https://news.example/story/8' }, content(7))).toBeNull();
    // With what the reader wants marked, and whether the reader keeps highlights on the page's origin (none yet: the page need not ask).
    expect(await h.takeReading({ url }, content(7))).toEqual({ ...engineReply, display: { ...DISPLAY_DEFAULTS, quotes: false }, notesOnOrigin: false });
    expect(await h.takeReading({ url }, content(7))).toBeNull();
    expect(await readTabState(7)).toBeNull();
    expect(await h.articleShown({ url, unmapped: 0 }, content(7))).toEqual({ key: url });
    expect(await readTabState(7)).toMatchObject({ status: 'analysed', key: url });
    await h.saveAnnotation(draft({ pageKey: 'https://news.example/other', url: 'https://news.example/other' }), content(7));
    await h.pageOpened({ url, html: 'page.</p></body></html>' }, content(7));
    expect(await h.takeReading({ url }, content(7))).toMatchObject({ ok: true, notesOnOrigin: true });
    await expect(h.takeReading({ url: 'javascript:1' }, content(7))).rejects.toThrow();
    await expect(h.takeReading({ url }, popup())).rejects.toThrow();
  });

  test('a large reading goes to its tab’s reader in parts: the reply without its long lists, then each part once, to that tab only', async () => {
    const { h } = opened();
    const text = Array.from({ length: 3_000 }, (_, i) => `“Crossing ${i} leaves at dawn,” said Ilse Varga, the harbour master.`).join('\n\n');
    const r = report({}, text);
    const reading = { canonical: null, meta: r.meta, analysis: r.analysis, kinds: r.kinds, places: r.kinds.map(() => null) };
    engineReply = { ok: true, reading };
    const url = 'https://news.example/story/7';
    await h.pageOpened({ url, html: '<p>Page</p>' }, content(7));
    const reply = await h.takeReading({ url }, content(7));
    if (!reply?.ok || !reply.parts) throw new Error('expected a reading in parts');
    expect(reply.reading.analysis.quotes).toEqual([]);
    expect(JSON.stringify(reply).length).toBeLessThan(JSON.stringify(reading).length / 2);
    await expect(h.takeReadingPart({ url, id: reply.id!, index: 0 }, content(8))).rejects.toThrow(/no such part/);
    await expect(h.takeReadingPart({ url: 'https://news.example/other', id: reply.id!, index: 0 }, content(7))).rejects.toThrow(/no such part/);
    await expect(h.takeReadingPart({ url, id: reply.id!, index: reply.parts }, content(7))).rejects.toThrow(/no such part/);
    await expect(h.takeReadingPart({ url, id: reply.id!, index: -1 }, content(7))).rejects.toThrow(/^Rejected/);
    const parts = [];
    for (let index = 0; index < reply.parts; index++) parts.push(await h.takeReadingPart({ url, id: reply.id!, index }, content(7)));
    const { joinReading } = await import('../../lib/reading-parts');
    expect(joinReading(reply.reading, parts)).toEqual(reading);
    // Taken: gone.
    await expect(h.takeReadingPart({ url, id: reply.id!, index: 0 }, content(7))).rejects.toThrow(/no such part/);
    // The same in reply to readPage; the whole reading is what is saved once the page is painted.
    const again = await h.readPage({ url, html: '<p>Page</p>' }, content(7));
    expect(again).toMatchObject({ ok: true, parts: reply.parts });
    // Parts of one reading are not taken for another's.
    await expect(h.takeReadingPart({ url, id: reply.id!, index: 0 }, content(7))).rejects.toThrow(/no such part/);
    if (!again.ok || !again.id) throw new Error('expected a reading in parts');
    for (let index = 0; index < reply.parts; index++) await h.takeReadingPart({ url, id: again.id, index }, content(7));
    await h.articleShown({ url, unmapped: 0 }, content(7));
    expect((await h.getTabView({ tabId: 7 }, popup())).record?.analysis.quotes).toHaveLength(reading.analysis.quotes.length);
    // A tab closed: the parts kept for it go at once.
    const third = await h.readPage({ url, html: '<p>Page</p>' }, content(7));
    if (!third.ok || !third.id) throw new Error('expected a reading in parts');
    await fakeBrowser.tabs.onRemoved.trigger(7, {} as never);
    await expect(h.takeReadingPart({ url, id: third.id, index: 0 }, content(7))).rejects.toThrow(/no such part/);
  });

  test('the engine finds no article in the first look’s HTML: the tab says why, and the reader is told', async () => {
    const { h } = opened();
    engineReply = { ok: false, reason: 'no-content', message: 'No article text was found on this page.' };
    const url = 'https://news.example/story/9';
    await h.pageOpened({ url, html: '<html><body></body></html>' }, content(9));
    expect(await h.takeReading({ url }, content(9))).toEqual(engineReply);
    expect(await readTabState(9)).toMatchObject({ status: 'not-article', reason: 'no-content' });
  });

  test('a reading not taken is dropped when the page is read again (readPage) or opened again', async () => {
    const { h } = opened();
    const r = report();
    engineReply = { ok: true, reading: { canonical: null, meta: r.meta, analysis: r.analysis, kinds: r.kinds, places: [] } };
    const url = 'https://news.example/story/7';
    await h.pageOpened({ url, html: '<p>One.</p>' }, content(7));
    await h.readPage({ url, html: '<p>Two.</p>' }, content(7));
    expect(await h.takeReading({ url }, content(7))).toBeNull();
    await h.pageOpened({ url, html: '<p>One.</p>' }, content(7));
    await h.pageOpened({ url: 'https://news.example/story/8', html: '<p>Other.</p>' }, content(7));
    expect(await h.takeReading({ url }, content(7))).toBeNull();
  });

  test('not an article: nothing is sent; the popup’s question reads the first look’s verdict, and the tab says why', async () => {
    const { h, openReader } = opened();
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/list' });
    const tabId = tab.id!;
    expect(await h.getTabView({ tabId }, popup())).toEqual({ state: null, record: null });
    looks[tabId] = { url: 'https://news.example/list', canonical: null, ...notArticle };
    expect((await h.getTabView({ tabId }, popup())).state).toMatchObject({
      status: 'not-article',
      reason: 'not-readerable',
      url: 'https://news.example/list',
      message: notArticle.message,
    });
    expect(await readTabState(tabId)).toMatchObject({ status: 'not-article' });
    // Asked once: the state stands from then on.
    await h.getTabView({ tabId }, popup());
    expect(askPage).toHaveBeenCalledTimes(2);
    // A verdict taken at another address (the tab has moved on since) is not the tab's.
    const moved = await fakeBrowser.tabs.create({ url: 'https://news.example/next' });
    looks[moved.id!] = { url: 'https://news.example/list', canonical: null, ...notArticle };
    expect((await h.getTabView({ tabId: moved.id! }, popup())).state).toBeNull();
    // An article being read is not "not an article".
    const story = await fakeBrowser.tabs.create({ url: 'https://news.example/story/8' });
    looks[story.id!] = { url: 'https://news.example/story/8', canonical: null, article: true, reason: null, message: null, reader: false };
    expect((await h.getTabView({ tabId: story.id! }, popup())).state).toBeNull();
    expect(openReader).not.toHaveBeenCalled();
  });

  test('a page that is not an article, on a site with the reader’s highlights, is asked what it is; the reader comes for its highlights (under its canonical address)', async () => {
    const { h, openReader, db } = opened();
    forgetAnnotatedOrigins();
    const check = (tabId: number, url: string) => notesOnPage(db, tabId, url, askPage, openReader);
    // No highlights anywhere: nothing is asked.
    expect(await check(7, 'https://news.example/list')).toBe('elsewhere');
    await h.saveAnnotation(
      {
        pageKey: 'https://news.example/list',
        url: 'https://news.example/list',
        title: null,
        selectors: [{ type: 'TextQuoteSelector', exact: 'Ferry', prefix: '', suffix: '' }],
        colour: 'yellow',
        note: '',
        tags: [],
      },
      content(7),
    );
    // Not looked yet, or looked at the address before: later.
    expect(await check(7, 'https://news.example/list?page=1&utm_source=x')).toBe('later');
    looks[7] = { url: 'https://news.example/before', canonical: null, ...notArticle };
    expect(await check(7, 'https://news.example/list?page=1&utm_source=x')).toBe('later');
    looks[7] = { url: 'https://news.example/list?page=1&utm_source=x', canonical: '/list', ...notArticle };
    expect(await check(7, 'https://news.example/list?page=1&utm_source=x')).toBe('opened');
    expect(openReader.mock.calls).toEqual([[7, 0]]);
    // The reader there already (it shows the highlights itself): not brought in again.
    looks[7] = { ...looks[7]!, reader: true };
    expect(await check(7, 'https://news.example/list?page=1&utm_source=x')).toBe('reader');
    // Another page of the origin without highlights: asked, no reader.
    looks[8] = { url: 'https://news.example/other', canonical: null, ...notArticle };
    expect(await check(8, 'https://news.example/other')).toBe('none');
    const asked = askPage.mock.calls.length;
    // Another origin (even of the same site), or not a web page: the page is not even asked.
    expect(await check(8, 'https://www.news.example/other')).toBe('elsewhere');
    looks[9] = { url: 'https://elsewhere.example/list', canonical: null, ...notArticle };
    expect(await check(9, 'https://elsewhere.example/list')).toBe('elsewhere');
    expect(await check(9, 'chrome://newtab/')).toBe('elsewhere');
    expect(askPage).toHaveBeenCalledTimes(asked);
    // An article brings the reader itself.
    looks[10] = { url: 'https://news.example/list', canonical: null, article: true, reason: null, message: null, reader: true };
    expect(await check(10, 'https://news.example/list')).toBe('reader');
    expect(openReader).toHaveBeenCalledTimes(1);
  });

  test('a page is asked again until its first look has looked; a newer move starts over, and it stops once answered', async () => {
    vi.useFakeTimers();
    try {
      const answers: NotesCheck[] = ['later', 'later', 'none'];
      const check = vi.fn(async (_db: unknown, _tab: number, _url: string): Promise<NotesCheck> => answers.shift() ?? 'none');
      const db = async () => ({}) as never;
      scheduleNotesCheck(db, 4, 'https://news.example/a', check, [100, 200, 400, 800]);
      await vi.advanceTimersByTimeAsync(150);
      // Moved again: the first schedule is dropped.
      scheduleNotesCheck(db, 4, 'https://news.example/b', check, [100, 200, 400, 800]);
      await vi.advanceTimersByTimeAsync(2_000);
      expect(check.mock.calls.map((c) => c[2])).toEqual(['https://news.example/a', 'https://news.example/b', 'https://news.example/b']);
      // Never answered: it gives up after the last delay.
      check.mockImplementation(async () => 'later');
      check.mockClear();
      scheduleNotesCheck(db, 5, 'https://news.example/c', check, [100, 200, 400, 800]);
      await vi.advanceTimersByTimeAsync(5_000);
      expect(check).toHaveBeenCalledTimes(4);
    } finally {
      vi.useRealTimers();
    }
  });

  test.each([
    ['wantNotes', 'its highlights’ code'],
    ['wantOverlay', 'the labels’ and cards’ UI'],
  ] as const)('the reader asks for %s (%s): brought into the tab’s top frame; other frames and senders are refused', async (message, _what) => {
    const db = openDatabase(`bg-${Math.random()}`);
    const opened = vi.fn(async (_tab: number, _frame: number) => {});
    const none = async () => {};
    const h = createHandlers(
      () => db,
      engine,
      async () => true,
      none,
      async () => null,
      message === 'wantNotes' ? opened : none,
      message === 'wantOverlay' ? opened : none,
    );
    const ask = (url: string, sender: Parameters<Handlers['wantNotes']>[1]) => h[message]({ url }, sender);
    await ask('https://news.example/list', { ...content(7), frameId: 0 });
    await ask('https://news.example/list', content(8));
    expect(opened.mock.calls).toEqual([
      [7, 0],
      [8, 0],
    ]);
    await expect(ask('https://news.example/list', { ...content(7), frameId: 2 })).rejects.toThrow(/top frame/);
    await expect(ask('https://news.example/list', popup())).rejects.toThrow(/content script/);
    await expect(ask('javascript:alert(1)', content(7))).rejects.toThrow();
    await expect(ask('https://elsewhere.example/story', content(7))).rejects.toThrow(/own origin/);
    expect(opened).toHaveBeenCalledTimes(2);
  });

  test('the on-page control: a switch changes what every page marks; "off on this site" only for the sender’s own site', async () => {
    const h = setup();
    // Only from a page Newsmark marked (the control is there only).
    await expect(h.setMarks({ kind: 'people', shown: true }, content(7))).rejects.toThrow(/page Newsmark marked/);
    await writeTabState(7, { status: 'analysed', url: 'https://news.example/story/7', key: 'https://news.example/story/7', at: 1 });
    await expect(h.setMarks({ kind: 'people', shown: true }, { ...content(7), frameId: 3 })).rejects.toThrow(/top frame/);
    expect(await h.setMarks({ kind: 'people', shown: true }, content(7))).toMatchObject({ people: true, officials: true });
    expect(await fakeBrowser.storage.local.get('marks')).toMatchObject({ marks: { people: true } });
    await expect(h.setMarks({ kind: 'everything', shown: true }, content(7))).rejects.toThrow();
    await expect(h.setMarks({ kind: 'people', shown: 'yes' }, content(7))).rejects.toThrow();
    await expect(h.setMarks({ kind: 'people', shown: false }, popup())).rejects.toThrow(/content script/);

    await h.setSiteOff({ url: 'https://news.example/story/7', off: true }, content(7));
    expect(await fakeBrowser.storage.local.get('offSites')).toEqual({ offSites: ['news.example'] });
    // Another site's: refused, and nothing changed.
    await expect(h.setSiteOff({ url: 'https://elsewhere.example/', off: true }, content(7))).rejects.toThrow(/own origin/);
    expect(await fakeBrowser.storage.local.get('offSites')).toEqual({ offSites: ['news.example'] });
    await h.setSiteOff({ url: 'https://news.example/story/7', off: false }, content(7));
    expect(await fakeBrowser.storage.local.get('offSites')).toEqual({ offSites: [] });
    // Two switches pressed at once: neither change is lost.
    await Promise.all([h.setMarks({ kind: 'organizations', shown: true }, content(7)), h.setMarks({ kind: 'quotes', shown: false }, content(7))]);
    expect(await fakeBrowser.storage.local.get('marks')).toMatchObject({ marks: { people: true, organizations: true, quotes: false } });
  });

  test('a selection asks for the reader; frames other than the top one, other senders and bad payloads are refused', async () => {
    const { h, openReader } = opened();
    await h.wantReader({ url: 'https://news.example/list' }, content(7));
    expect(openReader.mock.calls).toEqual([[7, 0]]);
    await expect(h.wantReader({ url: 'https://news.example/list' }, { ...content(7), frameId: 3 })).rejects.toThrow(/top frame/);
    await expect(h.pageOpened({ url: 'https://news.example/list', html: '<p>x</p>' }, { ...content(7), frameId: 3 })).rejects.toThrow(/top frame/);
    await expect(h.pageOpened({ url: 'https://news.example/list', html: '<p>x</p>' }, popup())).rejects.toThrow();
    await expect(h.pageOpened({ url: 'javascript:alert(1)', html: '<p>x</p>' }, content(7))).rejects.toThrow();
    await expect(h.pageOpened({ url: 'https://news.example/list' }, content(7))).rejects.toThrow();
    await expect(h.wantReader('https://news.example/list', content(7))).rejects.toThrow();
    expect(openReader).toHaveBeenCalledTimes(1);
  });

  test('toReader: a tab without the reader gets it, then the message; other failures and other frames are not retried', async () => {
    const open = vi.fn(async () => {});
    let there = false;
    const send = vi.fn(async () => {
      if (!there) throw new Error('Could not establish connection. Receiving end does not exist.');
      return 'done';
    });
    open.mockImplementation(async () => {
      there = true;
    });
    // The page says whether the reader is there: wrong here (as when it cannot be asked), so the send that
    // nobody hears brings it in.
    const saysThere = async () => true;
    expect(await toReader(4, 0, send, open, saysThere)).toBe('done');
    expect(open.mock.calls).toEqual([[4, 0]]);
    expect(send).toHaveBeenCalledTimes(2);
    expect(await toReader(4, 0, send, open, saysThere)).toBe('done');
    expect(open).toHaveBeenCalledTimes(1);

    there = false;
    await expect(toReader(4, 2, send, open, saysThere)).rejects.toThrow(/Receiving end/);
    await expect(toReader(4, 0, async () => Promise.reject(new Error('The tab was closed.')), open, saysThere)).rejects.toThrow(/closed/);
    expect(open).toHaveBeenCalledTimes(1);

    // Chrome answers a message nobody hears with nothing: the reader is brought in first when the page says it
    // is not there.
    const silent = vi.fn(async () => (there ? 'heard' : undefined));
    expect(await toReader(5, 0, silent, open, async () => false)).toBe('heard');
    expect(open.mock.calls.at(-1)).toEqual([5, 0]);
    expect(silent).toHaveBeenCalledTimes(1);
    expect(noReceiver(new Error('Could not establish connection. Receiving end does not exist.'))).toBe(true);
    expect(noReceiver(new Error('Error: Could not establish connection'))).toBe(true);
    expect(noReceiver(new Error('Invalid tab ID: 4'))).toBe(false);
  });
});

describe('a large page in parts', () => {
  test('parts in order, then readPage with the last part: the engine gets the whole page once', async () => {
    const h = setup();
    engine.mockClear();
    engineReply = { ok: false, reason: 'no-content', message: 'No article text was found on this page.' };
    await h.pagePart({ index: 0, part: '<html><body>' }, content(7));
    await h.pagePart({ index: 1, part: '<p>Words</p>' }, content(7));
    await h.readPage({ url: 'https://news.example/big', html: '</body></html>', parts: 2 }, content(7));
    expect(engine).toHaveBeenCalledWith({ url: 'https://news.example/big', html: '<html><body><p>Words</p></body></html>', tabId: 7 });
    // The parts were used up: announcing them again is refused.
    await expect(h.readPage({ url: 'https://news.example/big', html: '', parts: 2 }, content(7))).rejects.toThrow(/2 parts announced, 0 received/);
  });

  test('parts out of order, from another tab, or announced wrongly are refused', async () => {
    const h = setup();
    await expect(h.pagePart({ index: 1, part: 'x' }, content(7))).rejects.toThrow(/out of order/);
    await h.pagePart({ index: 0, part: 'a' }, content(7));
    await expect(h.pagePart({ index: 1, part: 'b' }, content(8))).rejects.toThrow(/out of order/);
    await expect(h.readPage({ url: 'https://news.example/a', html: 'c', parts: 3 }, content(7))).rejects.toThrow(/3 parts announced, 1 received/);
    await expect(h.pagePart({ index: 0, part: 'x'.repeat(500_000) }, content(7))).rejects.toThrow(/^Rejected page part/);
  });
});

describe('notes parsed for the page', () => {
  test('the page’s editor gets the Markdown tree of a note; other senders and oversized notes are refused', async () => {
    const h = setup();
    const parsed = await h.parseNote({ source: 'A **bold** claim' }, content());
    expect(parsed.text).toBe('A **bold** claim');
    expect(JSON.stringify(parsed.root)).toContain('"type":"strong"');
    await expect(h.parseNote({ source: 'x' }, { id: 'someone-else', tab: { id: 7 } as never })).rejects.toThrow(/must come from a Newsmark/);
    await expect(h.parseNote({ source: 'x'.repeat(20_000) }, content())).rejects.toThrow(/^Rejected note/);
  });
});

describe('page queries', () => {
  test('only our own pages may read the store', async () => {
    const h = setup();
    await articleRead(h, report(), content());
    await expect(h.getTabView({ tabId: 7 }, content())).rejects.toThrow(/must come from a Newsmark page/);
    await expect(h.getPage({ key: 'https://news.example/story/7' }, { id: fakeBrowser.runtime.id, url: 'https://evil.example/' })).rejects.toThrow();
    expect(await h.getPage({ key: 'https://news.example/story/7' }, popup())).toMatchObject({ site: 'news.example' });
  });

  test('a tab with no state is "not analysed yet"', async () => {
    expect(await setup().getTabView({ tabId: 3 }, popup())).toEqual({ state: null, record: null });
  });

  test('not an article', async () => {
    const h = setup();
    await h.articleMissing({ url: 'https://news.example/', reason: 'not-readerable', message: 'This page does not look like an article.' }, content(4));
    expect((await h.getTabView({ tabId: 4 }, popup())).state).toMatchObject({ status: 'not-article', reason: 'not-readerable' });
  });

  test('a bad tab id is rejected', async () => {
    await expect(setup().getTabView({ tabId: -1 }, popup())).rejects.toThrow(/Rejected tab query/);
  });
});

describe('wiring', () => {
  test('messages reach the handlers; errors come back to the sender', async () => {
    registerHandlers(setup());
    // fakeBrowser gives messages an empty sender: the background must refuse them.
    await expect(toBackground.sendMessage('getTabView', { tabId: 1 })).rejects.toThrow(/must come from a Newsmark page/);
  });

  test("a tab's state is forgotten when it navigates or closes", async () => {
    const h = setup();
    registerHandlers(h);
    await articleRead(h, report(), content(5));
    // An anchor followed, or the query tidied of trackers: the same article, still analysed.
    await fakeBrowser.tabs.onUpdated.trigger(5, { url: 'https://news.example/story/7#comments' }, {} as never);
    await fakeBrowser.tabs.onUpdated.trigger(5, { url: 'https://news.example/story/7?fbclid=1' }, {} as never);
    await vi.waitFor(async () => expect(await readTabState(5)).toMatchObject({ status: 'analysed' }));
    await fakeBrowser.tabs.onUpdated.trigger(5, { url: 'https://news.example/other' }, {} as never);
    await vi.waitFor(async () => expect(await readTabState(5)).toBeNull());
    await articleRead(h, report(), content(6));
    await fakeBrowser.tabs.onRemoved.trigger(6, {} as never);
    expect(await readTabState(6)).toBeNull();
  });

  test('a navigation reported after the new page has already said what it is does not take that away', async () => {
    const h = setup();
    registerHandlers(h);
    await articleRead(h, report(), content(5));
    // The browser reports the move to another page, whose reading the tab is given while the old state is read.
    const moved = fakeBrowser.tabs.onUpdated.trigger(5, { url: 'https://news.example/story/9' }, {} as never);
    const failed = h.articleFailed({ url: 'https://news.example/story/9', message: 'The engine stopped.' }, content(5));
    await Promise.all([moved, failed]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await readTabState(5)).toMatchObject({ url: 'https://news.example/story/9' });
  });
});

// ——— The reader's highlights ———

const PAGE = 'https://news.example/story/7';
const libraryTab = () => ({ id: fakeBrowser.runtime.id, tab: { id: 12 } as never, url: fakeBrowser.runtime.getURL('/library.html') });
const quote = (exact = 'Second paragraph') => ({ type: 'TextQuoteSelector', exact, prefix: 'story. ', suffix: '.' });

function draft(overrides: Record<string, unknown> = {}) {
  return {
    pageKey: PAGE,
    url: `${PAGE}?utm_source=x`,
    title: 'A story',
    selectors: [quote(), { type: 'TextPositionSelector', start: 31, end: 47 }, { type: 'NewsmarkBlockHint', before: 'First paragraph', after: '', offset: 0 }],
    colour: 'yellow',
    note: '',
    tags: [],
    ...overrides,
  };
}

/** Let fire-and-forget work (the announcement to tabs) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('saveAnnotation', () => {
  test('saves a highlight with a fresh id and times, and lists it for its page', async () => {
    const h = setup();
    const before = Date.now();
    const saved = await h.saveAnnotation(draft({ note: 'Worth checking', colour: 'green' }), content());
    expect(saved.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(saved).toMatchObject({ pageKey: PAGE, note: 'Worth checking', colour: 'green', title: 'A story' });
    expect(saved.createdAt).toBeGreaterThanOrEqual(before);
    expect(saved.updatedAt).toBe(saved.createdAt);
    expect(saved.selectors).toEqual(draft().selectors);
    // A later millisecond: two made in the same one are listed in id order, which is random.
    await new Promise((r) => setTimeout(r, 2));
    const other = await h.saveAnnotation(draft(), content());
    expect(other.id).not.toBe(saved.id);
    expect((await h.listAnnotations({ pageKey: PAGE }, popup())).map((a) => a.id)).toEqual([saved.id, other.id]);
    expect(await h.listAnnotations({ pageKey: 'https://elsewhere.example/' }, popup())).toEqual([]);
  });

  test('a quote selector alone is enough, and a speaker is kept', async () => {
    const speaker = { name: 'Claudia Sheinbaum', title: 'President', affiliation: null };
    const saved = await setup().saveAnnotation(draft({ selectors: [quote()], speaker }), content());
    expect(saved.selectors).toEqual([quote()]);
    expect(saved.speaker).toEqual(speaker);
  });

  test.each([
    ['not an object', 'hello', /^Rejected highlight: /],
    ['no selectors', draft({ selectors: [] }), /selectors: a highlight needs exactly one TextQuoteSelector/],
    [
      'no quote selector',
      draft({ selectors: [{ type: 'TextPositionSelector', start: 1, end: 5 }] }),
      /selectors: a highlight needs exactly one TextQuoteSelector/,
    ],
    ['two quote selectors', draft({ selectors: [quote('one'), quote('two')] }), /selectors: a highlight needs exactly one TextQuoteSelector/],
    [
      'two position selectors',
      draft({ selectors: [quote(), { type: 'TextPositionSelector', start: 1, end: 5 }, { type: 'TextPositionSelector', start: 2, end: 6 }] }),
      /selectors: at most one selector of each type/,
    ],
    ['four selectors', draft({ selectors: [quote(), quote(), quote(), quote()] }), /selectors: at most three selectors/],
    ['an unknown selector type', draft({ selectors: [quote(), { type: 'CssSelector', value: 'p' }] }), /selectors\.1\.type: /],
    ['an empty quote', draft({ selectors: [quote('')] }), /selectors\.0\.exact: the highlighted text is empty/],
    ['a quote too long', draft({ selectors: [quote('x'.repeat(20_001))] }), /selectors\.0\.exact: a highlight may cover at most 20000 characters/],
    ['a prefix too long', draft({ selectors: [{ ...quote(), prefix: 'x'.repeat(201) }] }), /selectors\.0\.prefix: /],
    [
      'start = end',
      draft({ selectors: [quote(), { type: 'TextPositionSelector', start: 5, end: 5 }] }),
      /selectors: a TextPositionSelector must start before it ends/,
    ],
    [
      'start > end',
      draft({ selectors: [quote(), { type: 'TextPositionSelector', start: 9, end: 5 }] }),
      /selectors: a TextPositionSelector must start before it ends/,
    ],
    ['a negative start', draft({ selectors: [quote(), { type: 'TextPositionSelector', start: -1, end: 5 }] }), /selectors\.1\.start: /],
    ['a fractional offset', draft({ selectors: [quote(), { type: 'NewsmarkBlockHint', before: '', after: '', offset: 1.5 }] }), /selectors\.1\.offset: /],
    ['a copy count of one', draft({ selectors: [quote(), { type: 'NewsmarkBlockHint', before: '', after: '', repeated: 1 }] }), /selectors\.1\.repeated: /],
    [
      'a fractional copy count',
      draft({ selectors: [quote(), { type: 'NewsmarkBlockHint', before: '', after: '', repeated: 2.5 }] }),
      /selectors\.1\.repeated: /,
    ],
    ['an unknown colour', draft({ colour: 'orange' }), /colour: /],
    ['a note too long', draft({ note: 'x'.repeat(10_001) }), /note: a note may be at most 10000 characters/],
    ['a tag too long', draft({ tags: ['x'.repeat(41)] }), /tags: a tag may be at most 40 characters/],
    ['too many tags', draft({ tags: Array.from({ length: 21 }, (_, i) => `tag ${i}`) }), /tags: at most 20 tags/],
    ['tags that are not strings', draft({ tags: [1, 2] }), /tags\.0: /],
    ['no page key', draft({ pageKey: undefined }), /pageKey: /],
    ['an empty page key', draft({ pageKey: '' }), /pageKey: /],
    ['a URL too long', draft({ url: `https://x.example/${'a'.repeat(9000)}` }), /url: /],
    ['a title too long', draft({ title: 'x'.repeat(5000) }), /title: /],
    ['a speaker with no name', draft({ speaker: { name: '', title: null, affiliation: null } }), /speaker\.name: /],
  ])('a malformed draft is rejected: %s', async (_name, payload, message) => {
    const h = setup();
    await expect(h.saveAnnotation(payload, content())).rejects.toThrow(/^Rejected highlight: /);
    await expect(h.saveAnnotation(payload, content())).rejects.toThrow(message);
    expect(await h.listAnnotations({ pageKey: PAGE }, content())).toEqual([]);
  });

  test('tags are normalised: trimmed, spaces collapsed, "#" dropped, empty and repeated ones dropped', async () => {
    const saved = await setup().saveAnnotation(
      draft({
        tags: ['  #Climate   talks ', 'climate TALKS', '', '   ', '#', '##Économie', 'économie', 'e\u0301conomie', 'x'.repeat(40), `#${'y'.repeat(40)}`],
      }),
      content(),
    );
    expect(saved.tags).toEqual(['Climate talks', 'Économie', 'x'.repeat(40), 'y'.repeat(40)]);
  });

  test('the tag limit counts tags once normalised', async () => {
    const tags = [...Array.from({ length: 20 }, (_, i) => `tag ${i}`), '#tag 0', 'TAG 1', '  '];
    expect((await setup().saveAnnotation(draft({ tags }), content())).tags).toHaveLength(20);
  });

  test('hostile strings are stored as text, unchanged', async () => {
    const h = setup();
    const hostile = {
      note: '<img src=x onerror="alert(1)">\u0000\u202e\'; DROP TABLE annotations; --\n[link](javascript:alert(1))',
      exact: '</script><script>alert(document.cookie)</script>',
      title: '{{constructor.constructor("alert(1)")()}}',
      tag: '<b onmouseover=alert(1)>x</b>',
    };
    // A payload with a __proto__ key, as JSON.parse makes it: its extra keys are dropped, nothing is polluted.
    const payload = JSON.parse(
      JSON.stringify(draft({ note: hostile.note, title: hostile.title, tags: [hostile.tag], selectors: [quote(hostile.exact)] })).replace(
        '{',
        '{"__proto__":{"polluted":true},"extra":1,',
      ),
    );
    const saved = await h.saveAnnotation(payload, content());
    const [listed] = await h.listAnnotations({ pageKey: PAGE }, popup());
    for (const a of [saved, listed!]) {
      expect(a.note).toBe(hostile.note);
      expect(a.title).toBe(hostile.title);
      expect(a.tags).toEqual([hostile.tag]);
      expect(a.selectors[0]).toEqual(quote(hostile.exact));
      expect(Object.keys(a)).not.toContain('extra');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('updateAnnotation and deleteAnnotation', () => {
  test('a patch changes only what it names; tags in a patch are normalised', async () => {
    const h = setup();
    const saved = await h.saveAnnotation(draft({ note: 'first', tags: ['a'] }), content());
    const changed = await h.updateAnnotation({ id: saved.id, patch: { tags: [' #Mexico ', 'mexico', 'trade'] } }, popup());
    expect(changed).toMatchObject({ id: saved.id, note: 'first', colour: 'yellow', tags: ['Mexico', 'trade'], createdAt: saved.createdAt });
    expect(changed.updatedAt).toBeGreaterThanOrEqual(saved.updatedAt);
    const recoloured = await h.updateAnnotation({ id: saved.id, patch: { colour: 'purple', note: '' } }, content());
    expect(recoloured).toMatchObject({ colour: 'purple', note: '', tags: ['Mexico', 'trade'] });
    expect(await h.listAnnotations({ pageKey: PAGE }, popup())).toEqual([recoloured]);
  });

  test.each([
    ['an empty patch', { id: 'x', patch: {} }, /^Rejected highlight change: patch: a change must set the colour, the note or the tags/],
    ['no patch', { id: 'x' }, /^Rejected highlight change: patch: /],
    ['an unknown colour', { id: 'x', patch: { colour: 'red' } }, /^Rejected highlight change: patch\.colour: /],
    ['a note too long', { id: 'x', patch: { note: 'x'.repeat(10_001) } }, /^Rejected highlight change: patch\.note: /],
    ['a tag too long', { id: 'x', patch: { tags: ['x'.repeat(41)] } }, /^Rejected highlight change: patch\.tags: a tag may be at most 40 characters/],
    ['no id', { patch: { note: 'x' } }, /^Rejected highlight change: id: /],
    ['an id too long', { id: 'x'.repeat(65), patch: { note: 'x' } }, /^Rejected highlight change: id: /],
  ])('a malformed change is rejected: %s', async (_name, payload, message) => {
    await expect(setup().updateAnnotation(payload, popup())).rejects.toThrow(message);
  });

  test('changing a deleted highlight says so; deleting twice is not an error', async () => {
    const h = setup();
    const saved = await h.saveAnnotation(draft(), content());
    await h.deleteAnnotation({ id: saved.id }, popup());
    expect(await h.listAnnotations({ pageKey: PAGE }, popup())).toEqual([]);
    await expect(h.updateAnnotation({ id: saved.id, patch: { note: 'late' } }, content())).rejects.toThrow(/no longer exists/);
    await expect(h.deleteAnnotation({ id: saved.id }, content())).resolves.toBeUndefined();
    await expect(h.deleteAnnotation({ id: 42 }, content())).rejects.toThrow(/^Rejected highlight deletion: id: /);
  });

  test('a bad page key is rejected', async () => {
    await expect(setup().listAnnotations({ pageKey: 7 }, content())).rejects.toThrow(/^Rejected highlight query: pageKey: /);
  });
});

describe('a note being typed', () => {
  test('is kept as a draft until saved, cancelled or deleted; only its own origin may keep or read it', async () => {
    const h = setup();
    const saved = await h.saveAnnotation(draft(), content());
    const mine = { colour: 'green' as const, note: 'Half a thought', tags: ['x'] };
    expect(await h.takeDraft({ id: saved.id }, content())).toBeNull();
    await h.saveDraft({ id: saved.id, patch: mine }, content());
    expect(await h.takeDraft({ id: saved.id }, content())).toEqual(mine);
    // In the extension's storage, not the page's; another origin gets nothing and can write nothing.
    const other = { id: fakeBrowser.runtime.id, tab: { id: 9 } as never, url: 'https://b.example/x' };
    await expect(h.takeDraft({ id: saved.id }, other)).rejects.toThrow(/own origin/);
    await expect(h.saveDraft({ id: saved.id, patch: { ...mine, note: 'forged' } }, other)).rejects.toThrow(/own origin/);
    await expect(h.saveDraft({ id: 'no-such-highlight', patch: mine }, content())).rejects.toThrow(/no longer exists/);
    // Saved: the draft goes.
    await h.updateAnnotation({ id: saved.id, patch: mine }, content());
    expect(await h.takeDraft({ id: saved.id }, content())).toBeNull();
    // Cancelled, or the highlight deleted: it goes too.
    await h.saveDraft({ id: saved.id, patch: { ...mine, note: 'again' } }, content());
    await h.dropDraft({ id: saved.id }, content());
    expect(await h.takeDraft({ id: saved.id }, content())).toBeNull();
    await h.saveDraft({ id: saved.id, patch: { ...mine, note: 'again' } }, content());
    await h.deleteAnnotation({ id: saved.id }, content());
    expect(await fakeBrowser.storage.local.get(`draft:${saved.id}`)).toEqual({});
  });
});

describe('forgetting', () => {
  test('only our own pages may ask; everything goes, drafts too', async () => {
    const h = setup();
    const saved = await h.saveAnnotation(draft(), content());
    await h.saveDraft({ id: saved.id, patch: { colour: 'green', note: 'draft', tags: [] } }, content());
    await expect(h.forget({ what: 'everything' }, content())).rejects.toThrow(/must come from a Newsmark page/);
    expect(await h.forget({ what: 'everything' }, popup())).toEqual({ pages: 0, highlights: 1 });
    expect(await h.listAnnotations({ pageKey: PAGE }, popup())).toEqual([]);
    expect(await fakeBrowser.storage.local.get(`draft:${saved.id}`)).toEqual({});
  });
});

describe('private windows', () => {
  const privateTab = (tabId = 11) => ({ id: fakeBrowser.runtime.id, tab: { id: tabId, incognito: true } as never, url: 'https://news.example/story/7' });

  test('nothing read or highlighted in a private window is stored, unless the reader turns that on', async () => {
    const h = setup();
    // A page read and painted: the tab says so, and no record is written.
    const r = report();
    engineReply = { ok: true, reading: { canonical: null, meta: r.meta, analysis: r.analysis, kinds: r.kinds, places: [] } };
    const url = 'https://news.example/story/7';
    await h.readPage({ url, html: '<p>Page</p>' }, privateTab());
    expect(await h.articleShown({ url, unmapped: 0 }, privateTab())).toBeNull();
    expect(await readTabState(11)).toMatchObject({ status: 'private', url });
    expect(await h.getPage({ key: url }, popup())).toBeNull();
    // A highlight: refused, with the reason and the way to change it.
    await expect(h.saveAnnotation(draft(), privateTab())).rejects.toThrow(/keeps nothing from private windows.*Keep what I read in private windows/);
    const kept = await h.saveAnnotation(draft(), content());
    await expect(h.updateAnnotation({ id: kept.id, patch: { note: 'from a private window' } }, privateTab())).rejects.toThrow(/private windows/);
    expect(await h.listAnnotations({ pageKey: PAGE }, popup())).toEqual([kept]);

    // Turned on: both are kept.
    await fakeBrowser.storage.local.set({ keepPrivate: true });
    await h.readPage({ url, html: '<p>Page</p>' }, privateTab());
    expect(await h.articleShown({ url, unmapped: 0 }, privateTab())).toEqual({ key: url });
    expect((await h.saveAnnotation(draft({ note: 'kept' }), privateTab())).note).toBe('kept');
  });
});

describe('a content script speaks for its own origin only', () => {
  // Site A's page has a highlight; a content script on site B (compromised, or the page driving it) asks about A.
  const onB = (url = 'https://b.example/page') => ({ id: fakeBrowser.runtime.id, tab: { id: 9 } as never, url });
  const A = 'https://news.example/story/7';

  test('every message about another origin is refused, and the store is unchanged', async () => {
    const h = setup();
    const saved = await h.saveAnnotation(draft(), content());
    const before = JSON.stringify(await h.listAnnotations({ pageKey: PAGE }, popup()));
    const refused = /^Rejected: a page may name only its own origin/;
    const attempts: [string, () => Promise<unknown>][] = [
      ['listAnnotations', () => h.listAnnotations({ pageKey: A }, onB())],
      ['saveAnnotation', () => h.saveAnnotation(draft(), onB())],
      ['saveAnnotation (its own key, another address)', () => h.saveAnnotation(draft({ pageKey: 'https://b.example/page' }), onB())],
      ['updateAnnotation', () => h.updateAnnotation({ id: saved.id, patch: { note: 'mine now' } }, onB())],
      ['deleteAnnotation', () => h.deleteAnnotation({ id: saved.id }, onB())],
      ['takeReading', () => h.takeReading({ url: A }, onB())],
      ['takeReadingPart', () => h.takeReadingPart({ url: A, id: 1, index: 0 }, onB())],
      ['readPage', () => h.readPage({ url: A, html: '<p>forged</p>' }, onB())],
      ['pageOpened', () => h.pageOpened({ url: A, html: '<p>forged</p>' }, onB())],
      ['articleShown', () => h.articleShown({ url: A, unmapped: 0 }, onB())],
      ['articleMissing', () => h.articleMissing({ url: A, reason: 'not-readerable', message: 'no' }, onB())],
      ['articleFailed', () => h.articleFailed({ url: A, message: 'no' }, onB())],
      ['wantReader', () => h.wantReader({ url: A }, onB())],
      ['wantNotes', () => h.wantNotes({ url: A }, onB())],
      // Same host, another port; the http form of an https page; a look-alike host.
      ['another port', () => h.listAnnotations({ pageKey: A }, onB('https://news.example:8443/story/7'))],
      ['from https to http', () => h.listAnnotations({ pageKey: 'http://news.example/story/7' }, onB('https://news.example/x'))],
      ['a look-alike host', () => h.listAnnotations({ pageKey: A }, onB('https://news.example.b.example/story/7'))],
    ];
    for (const [name, attempt] of attempts) await expect(attempt(), name).rejects.toThrow(refused);
    expect(JSON.stringify(await h.listAnnotations({ pageKey: PAGE }, popup()))).toBe(before);
  });

  test('an http page may name the https form of its own host; a highlight must be of a web page', async () => {
    const h = setup();
    expect(await h.listAnnotations({ pageKey: A }, onB('http://news.example/story/7'))).toEqual([]);
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', '']) {
      await expect(h.saveAnnotation(draft({ url: bad }), popup())).rejects.toThrow(/^Rejected highlight: url: /);
      await expect(h.saveAnnotation(draft({ pageKey: bad }), popup())).rejects.toThrow(/^Rejected highlight: pageKey: /);
    }
  });
});

describe('who may touch highlights', () => {
  test.each([
    ['our content script', content()],
    ['our popup', popup()],
    ['our library page, open in a tab', libraryTab()],
  ])('%s may', async (_name, sender) => {
    const h = setup();
    const saved = await h.saveAnnotation(draft(), sender);
    expect(await h.listAnnotations({ pageKey: PAGE }, sender)).toHaveLength(1);
    await h.updateAnnotation({ id: saved.id, patch: { note: 'ok' } }, sender);
    await h.deleteAnnotation({ id: saved.id }, sender);
  });

  test.each([
    ['another extension', { id: 'someone-else', tab: { id: 7 } as never, url: 'https://news.example/story/7' }],
    ["another extension's page", { id: 'someone-else', url: 'chrome-extension://someone-else/page.html' }],
    ['a web page', { tab: { id: 7 } as never, url: 'https://evil.example/' }],
    ['our id, but neither a tab nor our page', { id: fakeBrowser.runtime.id, url: 'https://evil.example/' }],
    ['nobody (an empty sender)', {}],
  ])('%s may not', async (_name, sender) => {
    const h = setup();
    const saved = await h.saveAnnotation(draft(), content());
    const refused = /^Rejected: this message must come from a Newsmark content script or page/;
    await expect(h.saveAnnotation(draft(), sender)).rejects.toThrow(refused);
    await expect(h.listAnnotations({ pageKey: PAGE }, sender)).rejects.toThrow(refused);
    await expect(h.updateAnnotation({ id: saved.id, patch: { note: 'x' } }, sender)).rejects.toThrow(refused);
    await expect(h.deleteAnnotation({ id: saved.id }, sender)).rejects.toThrow(refused);
    expect(await h.listAnnotations({ pageKey: PAGE }, popup())).toEqual([saved]);
  });
});

describe('every tab is told when highlights change', () => {
  async function tabs() {
    // Tab 0 is fakeBrowser's own (no URL known); then two pages and a browser page with no content script.
    await fakeBrowser.tabs.create({ url: 'https://news.example/story/7' });
    await fakeBrowser.tabs.create({ url: 'https://other.example/' });
    await fakeBrowser.tabs.create({ url: 'chrome://extensions/' });
  }

  test('after a save, a change and a delete: annotationsChanged with the page key, to every http(s) tab', async () => {
    await tabs();
    const send = vi.spyOn(toContent, 'sendMessage').mockResolvedValue(undefined as never);
    const h = setup();
    const told = () => send.mock.calls.map(([type, data, tab]) => [type, data, tab]);
    const everyTab = [0, 1, 2].map((tabId) => ['annotationsChanged', { pageKey: PAGE }, tabId]);

    const saved = await h.saveAnnotation(draft(), content(1));
    await vi.waitFor(() => expect(told()).toEqual(everyTab));
    send.mockClear();
    await h.updateAnnotation({ id: saved.id, patch: { note: 'x' } }, popup());
    await vi.waitFor(() => expect(told()).toEqual(everyTab));
    send.mockClear();
    await h.deleteAnnotation({ id: saved.id }, popup());
    await vi.waitFor(() => expect(told()).toEqual(everyTab));
  });

  test('reads, rejected writes and deleting what is gone tell nobody', async () => {
    await tabs();
    const send = vi.spyOn(toContent, 'sendMessage').mockResolvedValue(undefined as never);
    const h = setup();
    await h.listAnnotations({ pageKey: PAGE }, content());
    await expect(h.saveAnnotation(draft({ colour: 'red' }), content())).rejects.toThrow();
    await expect(h.updateAnnotation({ id: 'gone', patch: { note: 'x' } }, content())).rejects.toThrow();
    await h.deleteAnnotation({ id: 'gone' }, content());
    await settle();
    expect(send).not.toHaveBeenCalled();
  });

  test('a tab that does not answer (no content script) neither fails the save nor stops the others', async () => {
    await tabs();
    const send = vi.spyOn(toContent, 'sendMessage').mockImplementation(async (_type, _data, tab) => {
      if (tab === 1) throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    const saved = await setup().saveAnnotation(draft(), content());
    expect(saved.pageKey).toBe(PAGE);
    await vi.waitFor(() => expect(send.mock.calls.map((c) => c[2])).toEqual([0, 1, 2]));
  });

  test('the reply does not wait for the tabs', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockReturnValue(new Promise(() => {}) as never);
    const send = vi.spyOn(toContent, 'sendMessage');
    const saved = await setup().saveAnnotation(draft(), content());
    expect(saved.pageKey).toBe(PAGE);
    expect(send).not.toHaveBeenCalled();
  });

  test('through the message wiring too, and a failing tabs.query costs the reply nothing', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockRejectedValue(new Error('no tabs'));
    const h = setup();
    registerHandlers(h);
    // fakeBrowser gives messages an empty sender: refused, like any stranger.
    await expect(toBackground.sendMessage('saveAnnotation', draft() as never)).rejects.toThrow(/content script or page/);
    expect(await h.saveAnnotation(draft(), content())).toMatchObject({ pageKey: PAGE });
  });
});

describe('context menu and keyboard shortcut', () => {
  /** A stand-in for the browser APIs: fakeBrowser has no contextMenus and no commands. */
  function fakeMenuApi() {
    const log: string[] = [];
    const event = <F extends (...args: never[]) => unknown>() => {
      const listeners: F[] = [];
      return {
        addListener: (f: F) => void listeners.push(f),
        fire: (...args: Parameters<F>) => {
          for (const f of listeners) f(...args);
        },
        listeners,
      };
    };
    const api = {
      contextMenus: {
        removeAll: vi.fn(async () => void log.push('removeAll')),
        create: vi.fn((props: { id: string }, done?: () => void) => {
          log.push(`create ${props.id}`);
          done?.();
          return props.id;
        }),
        onClicked: event<(info: { menuItemId: string | number; frameId?: number }, tab?: { id?: number }) => void>(),
      },
      commands: { onCommand: event<(command: string, tab?: { id?: number }) => void>() },
      runtime: {
        onInstalled: event<() => void>(),
        onStartup: event<() => void>(),
        lastError: undefined,
        getURL: (path: string) => `chrome-extension://our-id${path}`,
      },
      tabs: {
        query: vi.fn(async (_q: { active: true; currentWindow: true }): Promise<{ id?: number }[]> => [{ id: 4 }]),
        create: vi.fn(async (_p: { url: string }) => ({})),
      },
    };
    return { api, log };
  }

  test('the menu item is created on install and at browser start, after removing the old one', async () => {
    const { api, log } = fakeMenuApi();
    registerMenus(api, vi.fn());
    expect(api.contextMenus.create).not.toHaveBeenCalled();
    api.runtime.onInstalled.fire();
    const once = ['removeAll', `create ${HIGHLIGHT_MENU_ID}`, `create ${LIBRARY_MENU_ID}`];
    await vi.waitFor(() => expect(log).toEqual(once));
    expect(api.contextMenus.create.mock.calls[0]![0]).toEqual({ id: 'newsmark-highlight', title: 'Highlight with Newsmark', contexts: ['selection'] });
    // The library on the toolbar icon's own menu.
    expect(api.contextMenus.create.mock.calls[1]![0]).toEqual({ id: 'newsmark-library', title: 'Open the Newsmark library', contexts: ['action'] });
    api.runtime.onStartup.fire();
    await vi.waitFor(() => expect(log).toEqual([...once, ...once]));
  });

  test('the icon menu and the library shortcut open the library in a new tab', async () => {
    const { api } = fakeMenuApi();
    const ask = vi.fn(async () => true);
    registerMenus(api, ask);
    api.contextMenus.onClicked.fire({ menuItemId: LIBRARY_MENU_ID });
    api.commands.onCommand.fire(LIBRARY_COMMAND, { id: 8 });
    await settle();
    expect(api.tabs.create.mock.calls).toEqual([[{ url: 'chrome-extension://our-id/library.html' }], [{ url: 'chrome-extension://our-id/library.html' }]]);
    expect(ask).not.toHaveBeenCalled();
  });

  test('a click on the menu asks the clicked frame of the tab', async () => {
    const { api } = fakeMenuApi();
    const ask = vi.fn(async () => true);
    registerMenus(api, ask);
    api.contextMenus.onClicked.fire({ menuItemId: HIGHLIGHT_MENU_ID, frameId: 3 }, { id: 5 });
    api.contextMenus.onClicked.fire({ menuItemId: HIGHLIGHT_MENU_ID }, { id: 6 });
    // Not ours, no tab, or not a tab (-1): nothing to ask.
    api.contextMenus.onClicked.fire({ menuItemId: 'someone-else', frameId: 0 }, { id: 5 });
    api.contextMenus.onClicked.fire({ menuItemId: HIGHLIGHT_MENU_ID, frameId: 0 });
    api.contextMenus.onClicked.fire({ menuItemId: HIGHLIGHT_MENU_ID, frameId: 0 }, { id: -1 });
    await settle();
    expect(ask.mock.calls).toEqual([[{ tabId: 5, frameId: 3 }], [{ tabId: 6, frameId: 0 }]]);
  });

  test('the shortcut asks the tab it was pressed in, or the active tab', async () => {
    const { api } = fakeMenuApi();
    const ask = vi.fn(async () => true);
    registerMenus(api, ask);
    api.commands.onCommand.fire(HIGHLIGHT_COMMAND, { id: 8 });
    await vi.waitFor(() => expect(ask.mock.calls).toEqual([[{ tabId: 8, frameId: 0 }]]));
    expect(api.tabs.query).not.toHaveBeenCalled();
    api.commands.onCommand.fire(HIGHLIGHT_COMMAND);
    await vi.waitFor(() => expect(ask.mock.calls).toHaveLength(2));
    expect(api.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(ask.mock.calls[1]).toEqual([{ tabId: 4, frameId: 0 }]);
    api.commands.onCommand.fire('some-other-command', { id: 8 });
    api.tabs.query.mockResolvedValueOnce([]);
    api.commands.onCommand.fire(HIGHLIGHT_COMMAND);
    await settle();
    expect(ask).toHaveBeenCalledTimes(2);
  });

  test('by default it sends highlightSelection to the tab and frame; a tab without our content script is no error', async () => {
    const { api } = fakeMenuApi();
    const send = vi.spyOn(toContent, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    registerMenus(api);
    api.contextMenus.onClicked.fire({ menuItemId: HIGHLIGHT_MENU_ID, frameId: 2 }, { id: 9 });
    api.commands.onCommand.fire(HIGHLIGHT_COMMAND, { id: 10 });
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(2));
    expect(send.mock.calls).toEqual([
      ['highlightSelection', {}, { tabId: 9, frameId: 2 }],
      ['highlightSelection', {}, { tabId: 10, frameId: 0 }],
    ]);
    // Rejections were swallowed: an unhandled one would fail this test run.
    await settle();
  });

  test('the manifest asks for the menu permission and declares the shortcut, for both builds', async () => {
    const { default: config } = await import('../../wxt.config');
    const manifest = config.manifest as (env: { browser: string; manifestVersion: number }) => Record<string, unknown>;
    for (const env of [
      { browser: 'chrome', manifestVersion: 3 },
      { browser: 'firefox', manifestVersion: 2 },
    ]) {
      const m = manifest(env);
      expect(m.permissions).toContain('contextMenus');
      // Every page gets the first look alone (after a guard of the API's name, before the page has elements); the
      // reader is brought in with `scripting` where it is needed.
      expect(m.content_scripts).toEqual([
        { matches: ['http://*/*', 'https://*/*'], js: ['api-guard.js'], run_at: 'document_start' },
        { matches: ['http://*/*', 'https://*/*'], js: ['first-look.js'], run_at: 'document_idle' },
      ]);
      expect(m.permissions).toContain('scripting');
      // Least privilege: nothing the extension works without.
      expect(m.permissions).not.toContain('tabs');
      expect(m.permissions).not.toContain('clipboardWrite');
      expect(m.commands).toEqual({
        [HIGHLIGHT_COMMAND]: { suggested_key: { default: 'Alt+Shift+H' }, description: 'Highlight the selected text' },
        [LIBRARY_COMMAND]: { suggested_key: { default: 'Alt+Shift+L' }, description: 'Open the Newsmark library' },
      });
    }
  });
});
