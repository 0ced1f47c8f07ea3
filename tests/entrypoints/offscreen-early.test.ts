import { describe, expect, test, vi } from 'vitest';
import { EARLY_TTL_MS, earlyReads } from '../../entrypoints/offscreen/early';
import type { PageOutcome } from '../../lib/types';

const URL_A = 'https://news.example/story/1';
const top = (tabId = 7, url = URL_A) => ({ tab: { id: tabId }, frameId: 0, url });
const opened = (data: unknown) => ({ id: 1, type: 'pageOpened', data, timestamp: 1 });
const outcome = (html: string): PageOutcome => ({ ok: false, reason: 'no-content', message: html });

function setup() {
  let t = 1_000;
  const read = vi.fn(outcome);
  const early = earlyReads(read, () => t);
  return { early, read, later: (ms: number) => (t += ms) };
}

describe('pages read as soon as a first look sends them', () => {
  test('a top frame’s page of its own origin is read once, and taken once by tab and address', () => {
    const { early, read } = setup();
    early.offSites([]);
    early.heard(opened({ url: URL_A, html: '<p>Story</p>' }), top());
    expect(read).toHaveBeenCalledWith('<p>Story</p>');
    expect(early.take(8, URL_A)).toBeNull();
    expect(early.take(7, 'https://news.example/other')).toBeNull();
    expect(early.take(7, URL_A)).toEqual(outcome('<p>Story</p>'));
    expect(early.take(7, URL_A)).toBeNull();
  });

  test('nothing is read before the background has said which sites are off, nor on a site that is off', () => {
    const { early, read } = setup();
    early.heard(opened({ url: URL_A, html: '<p>Story</p>' }), top());
    early.offSites(['news.example']);
    early.heard(opened({ url: URL_A, html: '<p>Story</p>' }), top());
    expect(read).not.toHaveBeenCalled();
    expect(early.take(7, URL_A)).toBeNull();
  });

  test.each([
    ['a frame', { tab: { id: 7 }, frameId: 3, url: URL_A }, URL_A],
    ['no tab', { frameId: 0, url: URL_A }, URL_A],
    ['an address of another origin', top(), 'https://elsewhere.example/story'],
    ['a page that is no web page', { tab: { id: 7 }, frameId: 0, url: 'chrome-extension://x/popup.html' }, URL_A],
  ])('%s is never read', (_, sender, url) => {
    const { early, read } = setup();
    early.offSites([]);
    early.heard(opened({ url, html: '<p>Story</p>' }), sender);
    expect(read).not.toHaveBeenCalled();
  });

  test('other messages and malformed pages are ignored', () => {
    const { early, read } = setup();
    early.offSites([]);
    early.heard({ type: 'readPage', data: { url: URL_A, html: '<p>x</p>' } }, top());
    early.heard(opened({ url: URL_A, html: 42 }), top());
    early.heard('pageOpened', top());
    early.heard(null, top());
    expect(read).not.toHaveBeenCalled();
  });

  test('a page sent in parts is read whole; parts out of order are dropped', () => {
    const { early, read } = setup();
    early.offSites([]);
    early.heard({ type: 'pagePart', data: { index: 0, part: '<p>The ' } }, top());
    early.heard(opened({ url: URL_A, html: 'page</p>', parts: 1 }), top());
    expect(read).toHaveBeenLastCalledWith('<p>The page</p>');
    read.mockClear();
    early.heard({ type: 'pagePart', data: { index: 1, part: 'late' } }, top());
    early.heard(opened({ url: URL_A, html: 'page</p>', parts: 1 }), top());
    expect(read).not.toHaveBeenCalled();
  });

  test('a page the background had read itself, before it came here, is not read again', () => {
    const { early, read } = setup();
    early.offSites([]);
    early.served(7, URL_A);
    early.heard(opened({ url: URL_A, html: '<p>Story</p>' }), top());
    expect(read).not.toHaveBeenCalled();
    // The next visit is read again.
    early.heard(opened({ url: URL_A, html: '<p>Story</p>' }), top());
    expect(read).toHaveBeenCalledTimes(1);
  });

  test('a reading nobody takes within a minute is dropped', () => {
    const { early, later } = setup();
    early.offSites([]);
    early.heard(opened({ url: URL_A, html: '<p>Story</p>' }), top());
    later(EARLY_TTL_MS + 1);
    expect(early.take(7, URL_A)).toBeNull();
  });
});
