import { describe, expect, test } from 'vitest';
import { cleanUrl, pageKey, siteOf } from '../../lib/url';

describe('pageKey', () => {
  test.each([
    ['tracking parameters and fragment are dropped', 'https://news.example/story?id=7&utm_source=nl&utm_medium=email&fbclid=abc#comments', null, 'https://news.example/story?id=7'],
    ['a relative canonical link is resolved', 'https://news.example/amp/story-7?ref_src=tw', '/news/story-7', 'https://news.example/news/story-7'],
    ['an absolute canonical link on another site is kept (syndication)', 'https://mirror.example/copy/7', 'https://origin.example/story/7', 'https://origin.example/story/7'],
    ['a canonical link to the front page is ignored on a story', 'https://news.example/story/7?gclid=x', 'https://news.example/', 'https://news.example/story/7'],
    ['a canonical link that is not http(s) is ignored', 'https://news.example/story/7', 'javascript:alert(1)', 'https://news.example/story/7'],
    ['host case and default port', 'HTTPS://News.Example:443/Story', null, 'https://news.example/Story'],
  ])('%s', (_name, url, canonical, key) => {
    expect(pageKey(url, canonical)).toBe(key);
  });

  test('the same story through different links has one key', () => {
    const keys = new Set([
      pageKey('https://news.example/story/7'),
      pageKey('https://news.example/story/7#top'),
      pageKey('https://news.example/story/7?utm_campaign=x&mc_cid=1'),
    ]);
    expect(keys.size).toBe(1);
  });
});

describe('cleanUrl', () => {
  test('non-web URLs have no key', () => {
    expect(cleanUrl('chrome://extensions')).toBeNull();
    expect(cleanUrl('not a url')).toBeNull();
  });
  test('credentials are dropped', () => {
    expect(cleanUrl('https://user:pw@news.example/x')).toBe('https://news.example/x');
  });
});

test('siteOf', () => {
  expect(siteOf('https://www.news.example/a')).toBe('news.example');
  expect(siteOf('nonsense')).toBe('');
});
