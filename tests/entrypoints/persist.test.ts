import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '../../entrypoints/background/handlers';
import { openDatabase } from '../../lib/store/db';
import { keepStorage } from '../../lib/persist';

// Persistent storage is asked for by the background when the reader saves a highlight, not only from the popup.

const content = () => ({ id: fakeBrowser.runtime.id, tab: { id: 7 } as never, url: 'https://news.example/story/7' });
const draft = (exact: string) => ({
  pageKey: 'https://news.example/story/7',
  url: 'https://news.example/story/7',
  title: 'A story',
  selectors: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }],
  colour: 'yellow',
  note: '',
  tags: [],
});

beforeEach(() => fakeBrowser.reset());

describe('persistent storage from the background', () => {
  test('asked when the first highlight is saved, once per background lifetime', async () => {
    const persist = vi.fn(async () => true);
    const db = openDatabase(`persist-${Math.random()}`);
    const h = createHandlers(
      () => db,
      async () => ({ ok: false, reason: 'no-content', message: 'unused' }),
      persist,
    );
    await h.listAnnotations({ pageKey: 'https://news.example/story/7' }, content());
    expect(persist).not.toHaveBeenCalled();
    await h.saveAnnotation(draft('first words'), content());
    expect(persist).toHaveBeenCalledTimes(1);
    await h.saveAnnotation(draft('other words'), content());
    expect(persist).toHaveBeenCalledTimes(1);
  });

  test('a refusal or a failure does not fail the save', async () => {
    const db = openDatabase(`persist-${Math.random()}`);
    const h = createHandlers(
      () => db,
      vi.fn(async () => Promise.reject(new Error('denied'))),
    );
    await expect(h.saveAnnotation(draft('first words'), content())).resolves.toMatchObject({ note: '' });
  });

  test('keepStorage asks only while not granted, and copes with a context without persist() (a service worker)', async () => {
    const asked = { persisted: vi.fn(async () => false), persist: vi.fn(async () => true) };
    expect(await keepStorage(asked)).toBe(true);
    expect(asked.persist).toHaveBeenCalledTimes(1);
    const granted = { persisted: vi.fn(async () => true), persist: vi.fn(async () => true) };
    expect(await keepStorage(granted)).toBe(true);
    expect(granted.persist).not.toHaveBeenCalled();
    expect(await keepStorage({ persisted: vi.fn(async () => false) })).toBe(false);
    expect(await keepStorage({})).toBe(false);
    // A refusal or an error changes nothing.
    expect(await keepStorage({ persisted: vi.fn(async () => false), persist: vi.fn(async () => false) })).toBe(false);
    expect(await keepStorage({ persist: vi.fn(async () => Promise.reject(new Error('denied'))) })).toBe(false);
  });
});
