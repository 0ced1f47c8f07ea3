import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { ArticleReportSchema, FailureSchema, NotArticleSchema, parseOrThrow } from '../../lib/schema';
import { report } from '../helpers/records';

describe('ArticleReportSchema: page and canonical URLs', () => {
  test.each([['javascript:alert(1)'], [''], ['data:text/html,<p>hi</p>'], ['file:///etc/passwd'], ['chrome://extensions'], ['/story/7'], ['not a url']])(
    'url %j is rejected',
    (url) => {
      expect(v.safeParse(ArticleReportSchema, report({ url })).success).toBe(false);
      expect(() => parseOrThrow(ArticleReportSchema, report({ url }), 'article')).toThrow(/^Rejected article: url: must be an http\(s\) URL/);
    },
  );

  test.each([['data:text/html,<p>hi</p>'], ['javascript:alert(1)'], ['ftp://news.example/story/7'], [''], ['   '], ['https://']])(
    'canonical %j is rejected',
    (canonical) => {
      expect(() => parseOrThrow(ArticleReportSchema, report({ canonical }), 'article')).toThrow(/canonical must resolve to an http\(s\) URL/);
    },
  );

  test.each([
    ['https://news.example/story/7', null],
    ['http://news.example/story/7', 'https://news.example/story/7'],
    ['https://news.example/amp/7', '/story/7'],
    ['https://news.example/amp/7', '../story/7'],
    ['https://news.example/amp/7', '//news.example/story/7'],
  ])('url %s with canonical %j is accepted', (url, canonical) => {
    expect(v.safeParse(ArticleReportSchema, report({ url, canonical })).success).toBe(true);
  });
});

test('not-an-article and failure reports need an http(s) URL too', () => {
  expect(v.safeParse(NotArticleSchema, { url: 'javascript:alert(1)', reason: 'no-content', message: 'x' }).success).toBe(false);
  expect(v.safeParse(FailureSchema, { url: '', message: 'x' }).success).toBe(false);
  expect(v.safeParse(FailureSchema, { url: 'https://news.example/', message: 'x' }).success).toBe(true);
});
