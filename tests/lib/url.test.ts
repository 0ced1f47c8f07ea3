import { describe, expect, test } from 'vitest';
import { cleanUrl, isTrackingParam, keyBelongsTo, keyOriginsOf, pageKey, sameArticleAddress, siteOf } from '../../lib/url';

describe('pageKey', () => {
  test.each([
    [
      'tracking parameters and fragment are dropped',
      'https://news.example/story?id=7&utm_source=nl&utm_medium=email&fbclid=abc#comments',
      null,
      'https://news.example/story?id=7',
    ],
    ['a relative canonical link is resolved', 'https://news.example/amp/story-7?ref_src=tw', '/news/story-7', 'https://news.example/news/story-7'],
    [
      'a canonical link on another site is ignored (the page keeps its own key)',
      'https://mirror.example/copy/7',
      'https://origin.example/story/7',
      'https://mirror.example/copy/7',
    ],
    ['a canonical link on another site under a shared suffix is ignored', 'https://a.co.uk/story/7', 'https://b.co.uk/story/7', 'https://a.co.uk/story/7'],
    [
      'a canonical link to another blog on the same hosting platform is ignored',
      'https://alice.github.io/post/1',
      'https://bob.github.io/post/9',
      'https://alice.github.io/post/1',
    ],
    [
      'a canonical link within one blog on a hosting platform is kept',
      'https://alice.substack.com/p/x?utm_source=a',
      'https://alice.substack.com/p/the-story',
      'https://alice.substack.com/p/the-story',
    ],
    [
      'a canonical link on another host, even of the same site, is ignored',
      'https://amp.news.example/story/7',
      'https://www.news.example/world/story-7',
      'https://amp.news.example/story/7',
    ],
    [
      'a canonical link from http to https on the same host is kept',
      'http://news.example/story/7',
      'https://news.example/story/7',
      'https://news.example/story/7',
    ],
    ['a canonical link from https to http is ignored', 'https://news.example/story/7', 'http://news.example/story/7', 'https://news.example/story/7'],
    ['a canonical link on another port is ignored', 'https://news.example/story/7', 'https://news.example:8443/story/7', 'https://news.example/story/7'],
    [
      'a canonical link from an http page on another port to https is ignored',
      'http://news.example:8080/story/7',
      'https://news.example:8080/story/7',
      'http://news.example:8080/story/7',
    ],
    [
      'a canonical link on the same origin is taken, even on a host shared by path (the origin is the boundary)',
      'https://sites.google.com/view/a/story',
      'https://sites.google.com/view/b/story',
      'https://sites.google.com/view/b/story',
    ],
    [
      'a canonical link under a suffix a list may miss is ignored',
      'https://a.appspot.com/story/7',
      'https://b.appspot.com/story/7',
      'https://a.appspot.com/story/7',
    ],
    ['a canonical link on another tenant of workers.dev is ignored', 'https://a.workers.dev/s', 'https://b.workers.dev/s', 'https://a.workers.dev/s'],
    ['a data: canonical link is ignored', 'https://news.example/story/7', 'data:text/html,hi', 'https://news.example/story/7'],
    ['a protocol-relative canonical link takes the page scheme', 'https://news.example/story/7', '//news.example/world/7', 'https://news.example/world/7'],
    [
      'a canonical link to the front page is ignored on a story',
      'https://news.example/story/7?gclid=x',
      'https://news.example/',
      'https://news.example/story/7',
    ],
    ['a canonical link that is not http(s) is ignored', 'https://news.example/story/7', 'javascript:alert(1)', 'https://news.example/story/7'],
    ['host case and default port', 'HTTPS://News.Example:443/Story', null, 'https://news.example/Story'],
  ])('%s', (_name, url, canonical, key) => {
    expect(pageKey(url, canonical)).toBe(key);
  });

  test('parameters that choose the story are kept: two stories, two keys', () => {
    for (const name of ['cid', 'src', 'share', 'via', 'rss', 'cmp', 'referrer', 'id', 'p', 'ocid', 'smid', 'campaign_id']) {
      const a = pageKey(`https://n.example/article?${name}=42`);
      const b = pageKey(`https://n.example/article?${name}=43`);
      expect(a, name).toBe(`https://n.example/article?${name}=42`);
      expect(a, name).not.toBe(b);
    }
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

describe('isTrackingParam', () => {
  test.each([
    'utm_source',
    'UTM_Medium',
    'utm_whatever',
    'fbclid',
    'gclid',
    'dclid',
    'msclkid',
    'mc_cid',
    'mc_eid',
    '_ga',
    'igshid',
    'yclid',
    'mtm_campaign',
    'pk_campaign',
  ])('%s is a tracker', (name) => expect(isTrackingParam(name)).toBe(true));
  test.each(['cid', 'src', 'share', 'via', 'rss', 'cmp', 'referrer', 'id', 'page', 'ga', 'utm', 'pk', 'pk_id', 'at_time'])('%s is not', (name) =>
    expect(isTrackingParam(name)).toBe(false),
  );
});

describe('the origins a page speaks for', () => {
  test.each([
    ['https://news.example/a', ['https://news.example']],
    ['http://news.example/a', ['http://news.example', 'https://news.example']],
    ['http://news.example:8080/a', ['http://news.example:8080']],
    ['https://news.example:8443/a', ['https://news.example:8443']],
    ['javascript:alert(1)', []],
    ['chrome-extension://abc/popup.html', []],
    ['not a url', []],
  ])('%s', (url, origins) => expect(keyOriginsOf(url)).toEqual(origins));

  test.each([
    ['https://news.example/other-story', 'https://news.example/story', true],
    ['https://news.example/story', 'http://news.example/story', true],
    ['http://news.example/story', 'https://news.example/story', false],
    ['https://www.news.example/story', 'https://news.example/story', false],
    ['https://news.example.evil.example/story', 'https://news.example/story', false],
    ['https://news.example:444/story', 'https://news.example/story', false],
    ['javascript:alert(1)//https://news.example', 'https://news.example/story', false],
    ['nonsense', 'https://news.example/story', false],
  ])('%s belongs to a page at %s: %s', (key, page, belongs) => expect(keyBelongsTo(key, page)).toBe(belongs));
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

describe('sameArticleAddress', () => {
  test('a fragment or tracking parameters do not make another article; a path or a story parameter does', () => {
    expect(sameArticleAddress('https://news.example/a', 'https://news.example/a#comments')).toBe(true);
    expect(sameArticleAddress('https://news.example/a?utm_source=x', 'https://news.example/a')).toBe(true);
    expect(sameArticleAddress('https://news.example/a?cid=1', 'https://news.example/a?cid=2')).toBe(false);
    expect(sameArticleAddress('https://news.example/a', 'https://news.example/b')).toBe(false);
    expect(sameArticleAddress('javascript:void(0)', 'javascript:void(0)')).toBe(false);
  });
});
