import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toBackground } from '../../lib/messages';
import { openDatabase } from '../../lib/store/db';
import { createHandlers, readTabState, registerHandlers } from '../../entrypoints/background/handlers';
import { report } from '../helpers/records';

const content = (tabId = 7) => ({ id: fakeBrowser.runtime.id, tab: { id: tabId } as never, url: 'https://news.example/story/7' });
const popup = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });

function setup() {
  const db = openDatabase(`bg-${Math.random()}`);
  return createHandlers(() => db);
}

beforeEach(() => {
  fakeBrowser.reset();
  toBackground.removeAllListeners();
});

describe('articleRead', () => {
  test('saves the record and remembers the tab', async () => {
    const h = setup();
    const { key } = await h.articleRead(report(), content(7));
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
    ['repeat of a paragraph that does not exist', { ...report(), analysis: { ...report().analysis, repeats: [{ paragraph: 9, of: 0, similarity: 1, kind: 'exact', boilerplate: false }] } }],
    ['unknown kind', { ...report(), analysis: { ...report().analysis, repeats: [{ paragraph: 2, of: 0, similarity: 1, kind: 'copy', boilerplate: false }] } }],
    ['title too long', { ...report(), meta: { ...report().meta, title: 'x'.repeat(100_000) } }],
    ['kinds do not match paragraphs', { ...report(), kinds: ['paragraph'] }],
  ])('malformed payload is rejected: %s', async (_name, payload) => {
    const h = setup();
    await expect(h.articleRead(payload, content())).rejects.toThrow(/^Rejected article/);
    expect(await readTabState(7)).toBeNull();
  });

  test.each([
    ['another extension', { id: 'someone-else', tab: { id: 7 } as never }],
    ['no tab (not a content script)', { id: 'test-extension-id' }],
  ])('a message from %s is rejected', async (_name, sender) => {
    const h = setup();
    await expect(h.articleRead(report(), sender)).rejects.toThrow(/must come from a Newsmark content script/);
  });
});

describe('page queries', () => {
  test('only our own pages may read the store', async () => {
    const h = setup();
    await h.articleRead(report(), content());
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
    await h.articleRead(report(), content(5));
    await fakeBrowser.tabs.onUpdated.trigger(5, { url: 'https://news.example/other' }, {} as never);
    expect(await readTabState(5)).toBeNull();
    await h.articleRead(report(), content(6));
    await fakeBrowser.tabs.onRemoved.trigger(6, {} as never);
    expect(await readTabState(6)).toBeNull();
  });
});
