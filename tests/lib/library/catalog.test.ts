import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { openCatalog, newestEntries } from '../../../lib/library/catalog';
import type { Database } from '../../../lib/store/db';
import { savePage } from '../../../lib/store/pages';
import { addAnnotation, deleteAnnotation, updateAnnotation } from '../../../lib/store/annotations';
import { forgetEverything, forgetPage, forgetSite } from '../../../lib/store/forget';
import { importPlan } from '../../../lib/store/import';
import type { AnnotationDraft } from '../../../lib/types';
import { report } from '../../helpers/records';
import { freshDatabases } from '../../helpers/db';

const fresh = freshDatabases('library');

const STORY_A = 'Mayor Lena Okafor of Brightwater said the harbour bridge would reopen in spring.\n\n“We owe the ferry crews a rest,” Okafor said.';
const STORY_B = 'The council of Eastvale voted to close the old tram depot.\n\nResidents gathered outside the depot on Tuesday.';

function draft(pageKey: string, exact: string, note = '', tags: string[] = []): AnnotationDraft {
  return {
    pageKey,
    url: pageKey,
    title: 'Bridge story',
    selectors: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }],
    colour: 'yellow',
    note,
    tags,
  };
}

async function twoPages(db: Database) {
  const a = await savePage(db, report({ url: 'https://a.example/bridge', meta: { ...report().meta, title: 'Bridge to reopen' } }, STORY_A), 1_000);
  const b = await savePage(db, report({ url: 'https://b.example/depot', meta: { ...report().meta, title: 'Depot to close', byline: null } }, STORY_B), 2_000);
  return { a, b };
}

describe('the library catalog', () => {
  test('makes an entry per saved page, newest first, with counts and people', async () => {
    const db = await fresh();
    const { a } = await twoPages(db);
    const { entries, changed } = await openCatalog(db);
    expect(changed).toBe(2);
    expect(entries.map((e) => e.title)).toEqual(['Depot to close', 'Bridge to reopen']);
    const bridge = entries[1]!;
    expect(bridge.key).toBe(a.key);
    expect(bridge.site).toBe('a.example');
    expect(bridge.people.map((p) => p.name)).toContain('Lena Okafor');
    expect(bridge.counts.quotes).toBe(1);
    expect(bridge.quotes[0]!.speaker).toBe('Lena Okafor');
  });

  test('finds pages by a word of their text, title, person, note and tag; case and accents aside', async () => {
    const db = await fresh();
    const { a, b } = await twoPages(db);
    await addAnnotation(db, draft(b.key, 'tram depot', 'Ask the Café owners', ['transport']), { id: 'h1', now: 3_000 });
    const { index } = await openCatalog(db);
    expect(index.search('ferry')).toEqual(new Set([a.key]));
    expect(index.search('okafor')).toEqual(new Set([a.key]));
    expect(index.search('DEPOT')).toEqual(new Set([b.key]));
    expect(index.search('cafe')).toEqual(new Set([b.key]));
    expect(index.search('transp')).toEqual(new Set([b.key]));
    // Every word must match somewhere.
    expect(index.search('ferry depot')).toEqual(new Set());
    expect(index.search('  ')).toBeNull();
  });

  test('the second opening changes nothing and loads the saved index', async () => {
    const db = await fresh();
    const { a } = await twoPages(db);
    await openCatalog(db);
    const again = await openCatalog(db);
    expect(again.changed).toBe(0);
    expect(again.index.search('harbour')).toEqual(new Set([a.key]));
    expect((await newestEntries(db, 1)).map((e) => e.title)).toEqual(['Depot to close']);
  });

  test('brings in only what changed: a new page, a new or deleted note, a forgotten page', async () => {
    const db = await fresh();
    const { a, b } = await twoPages(db);
    await openCatalog(db);
    const c = await savePage(
      db,
      report({ url: 'https://c.example/x', meta: { ...report().meta, title: 'Third' } }, 'Lighthouse keepers met in Portmore.'),
      5_000,
    );
    let cat = await openCatalog(db);
    expect(cat.changed).toBe(1);
    expect(cat.index.search('lighthouse')).toEqual(new Set([c.key]));

    const h = await addAnnotation(db, draft(a.key, 'harbour bridge', 'remember the toll'), { id: 'h2', now: 500 });
    cat = await openCatalog(db);
    expect(cat.changed).toBe(1);
    expect(cat.index.search('toll')).toEqual(new Set([a.key]));
    expect(cat.entries.find((e) => e.key === a.key)!.counts.notes).toBe(1);

    await updateAnnotation(db, h.id, { note: 'remember the fare' }, 600);
    cat = await openCatalog(db);
    expect(cat.index.search('toll')).toEqual(new Set());
    expect(cat.index.search('fare')).toEqual(new Set([a.key]));

    await deleteAnnotation(db, h.id);
    cat = await openCatalog(db);
    expect(cat.index.search('fare')).toEqual(new Set());

    await forgetPage(db, b.key);
    cat = await openCatalog(db);
    expect(cat.entries.map((e) => e.key)).not.toContain(b.key);
    expect(cat.index.search('depot')).toEqual(new Set());
  });

  test('a page with highlights and no saved article has an entry from its highlights', async () => {
    const db = await fresh();
    await addAnnotation(db, draft('https://d.example/notes', 'some words', 'a thought'), { id: 'h3', now: 7_000 });
    const { entries, index } = await openCatalog(db);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ key: 'https://d.example/notes', saved: false, title: 'Bridge story', counts: { highlights: 1, notes: 1 } });
    expect(index.search('thought')).toEqual(new Set(['https://d.example/notes']));
  });

  test('forgetting everything clears the cache and the index', async () => {
    const db = await fresh();
    await twoPages(db);
    await openCatalog(db);
    await forgetEverything(db);
    expect(await db.count('library')).toBe(0);
    expect(await db.count('search')).toBe(0);
    const { entries, index } = await openCatalog(db);
    expect(entries).toEqual([]);
    expect(index.search('harbour')).toEqual(new Set());
  });

  test('an import that replaces a page and a note with older times reaches the library', async () => {
    const db = await fresh();
    const { a } = await twoPages(db);
    await addAnnotation(db, draft(a.key, 'harbour bridge', 'first thought'), { id: 'h1', now: 1_500 });
    await addAnnotation(db, draft(a.key, 'ferry crews', 'second thought'), { id: 'h2', now: 9_000 });
    await openCatalog(db);
    // A backup from another device: the page changed there at 1,200, the older note at 7,000.
    const page = { ...(await db.get('pages', a.key))!, updatedAt: 1_200, meta: { ...a.meta, title: 'Bridge to reopen in May' } };
    const note = { ...(await db.get('annotations', 'h1'))!, note: 'zebra crossing', updatedAt: 7_000 };
    await importPlan(db, { kind: 'backup', pages: [page], annotations: [note] });
    const { entries, index } = await openCatalog(db);
    expect(entries.find((e) => e.key === a.key)!.title).toBe('Bridge to reopen in May');
    expect(index.search('zebra')).toEqual(new Set([a.key]));
    expect(index.search('thought first')).toEqual(new Set());
  });

  test('a forgotten site leaves none of its words in the saved index', async () => {
    const db = await fresh();
    await twoPages(db);
    await openCatalog(db);
    await forgetSite(db, 'b.example');
    await openCatalog(db);
    const saved = (await db.getAll('search')).map((p) => p.value).join(' ');
    expect(saved).not.toContain('b.example');
    expect((await openCatalog(db)).index.search('depot')).toEqual(new Set());
  });

  test('reusing the catalog this page holds finds what changed without reading the saved index again', async () => {
    const db = await fresh();
    await twoPages(db);
    const first = await openCatalog(db);
    const c = await savePage(
      db,
      report({ url: 'https://c.example/y', meta: { ...report().meta, title: 'Fourth' } }, 'Lantern makers met in Oldport on Friday.'),
      6_000,
    );
    const again = await openCatalog(db, { previous: first });
    expect(again.index).toBe(first.index);
    expect(again.index.search('lantern')).toEqual(new Set([c.key]));
    expect(again.entries.map((e) => e.title)).toEqual(['Fourth', 'Depot to close', 'Bridge to reopen']);
  });

  test('a cache that cannot be saved (a full disk) still answers, and says so', async () => {
    const db = await fresh();
    await twoPages(db);
    const transaction = db.transaction.bind(db);
    (db as { transaction: unknown }).transaction = ((stores: never, mode?: IDBTransactionMode) => {
      if (mode === 'readwrite') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return transaction(stores, mode);
    }) as never;
    const catalog = await openCatalog(db);
    expect(catalog.entries).toHaveLength(2);
    expect(catalog.index.search('depot')!.size).toBe(1);
    expect(catalog.unsaved).toMatch(/disk is full/);
  });
});
