import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { addAnnotation, listAllAnnotations } from '../../../lib/store/annotations';
import { openDatabase, type Database } from '../../../lib/store/db';
import { forgetEverything, forgetPage, forgetSite } from '../../../lib/store/forget';
import { listPages, savePage } from '../../../lib/store/pages';
import { report } from '../../helpers/records';

const opened: Database[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

async function library() {
  const db = await openDatabase(`forget-${Math.random()}`);
  opened.push(db);
  const pages = ['https://news.example/a', 'https://www.news.example/b', 'https://other.example/c'];
  for (const [i, url] of pages.entries()) {
    await savePage(db, report({ url }), 1000 + i);
    await addAnnotation(
      db,
      {
        pageKey: url,
        url,
        title: null,
        selectors: [{ type: 'TextQuoteSelector', exact: 'story', prefix: '', suffix: '' }],
        colour: 'yellow',
        note: '',
        tags: [],
      },
      { id: `h${i}`, now: 1000 + i },
    );
  }
  return db;
}

const keys = async (db: Database) => ({
  pages: (await listPages(db)).map((p) => p.key).sort(),
  highlights: (await listAllAnnotations(db)).map((a) => a.pageKey).sort(),
});

describe('forgetting', () => {
  test('a page: its record and its highlights, nothing else', async () => {
    const db = await library();
    expect(await forgetPage(db, 'https://news.example/a')).toEqual({ pages: 1, highlights: 1 });
    expect(await keys(db)).toEqual({
      pages: ['https://other.example/c', 'https://www.news.example/b'],
      highlights: ['https://other.example/c', 'https://www.news.example/b'],
    });
  });

  test('a site: every page and highlight on it (with or without www.)', async () => {
    const db = await library();
    expect(await forgetSite(db, 'news.example')).toEqual({ pages: 2, highlights: 2 });
    expect(await keys(db)).toEqual({ pages: ['https://other.example/c'], highlights: ['https://other.example/c'] });
  });

  test('everything', async () => {
    const db = await library();
    expect(await forgetEverything(db)).toEqual({ pages: 3, highlights: 3 });
    expect(await keys(db)).toEqual({ pages: [], highlights: [] });
  });
});
