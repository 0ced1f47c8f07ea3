import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  clickHighlight,
  dragOver,
  highlightTexts,
  launchWithExtension,
  openPopup,
  ROOT,
  tabIdOf,
  waitForTabState,
  type ExtensionBrowser,
} from '../../scripts/browser';
import { ourUi } from '../../scripts/our-ui';
import { useExtension } from './harness';

// The library in real Chromium: three pages read and one passage noted; each page found by a word of its text,
// of the note and by a person; the People view; the three exports; the backup imported into a fresh profile; a
// broken file refused with nothing changed.

const env = useExtension();

const HARBOUR = readFileSync(resolve(ROOT, 'tests/fixtures/pages/harbour-story.html'), 'utf8').replace(
  '/news/2026/breakwater-engineer-rejects-safety-claims',
  '/news/2026/library-harbour',
);
const TARGET = 'both bodies face pressure to finish the wall without cutting corners';

/** An invented article of a few paragraphs, with a canonical address of its own. */
function story(title: string, slug: string, paragraphs: string[]): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><link rel="canonical" href="/news/2026/${slug}">
<meta property="og:site_name" content="The Valley Courier"><meta property="article:published_time" content="2026-11-20T09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><main><article><h1>${title}</h1><p class="byline">By Rosa Almeida</p>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></main><footer>© The Valley Courier</footer></body></html>`;
}

const ORCHARD = story('Orchard growers count frost damage', 'orchard-frost', [
  'Agriculture Commissioner Helga Brunstad said on Monday that the late frost had damaged nearly a third of the apricot blossom across the northern valley, the worst losses in a decade.',
  '“We will not leave the growers to carry this alone,” Brunstad said at a meeting in the cooperative hall, where several hundred farmers had gathered to hear the plans.',
  'The cooperative has asked the regional bank to delay loan repayments until the autumn harvest, and growers said insurance would cover only part of what was lost this spring.',
  'Smaller orchards on the valley floor were hit hardest, because cold air settles there on still nights. Some growers ran wind machines through the night to keep the frost away.',
  'Brunstad said the commission would publish a full count of the losses by the end of the month and would meet the bank again before the summer.',
]);
const TRAMS = story('Night trams return to the river line', 'night-trams', [
  'Transit Director Osman Keita announced that night trams will run again on the river line from next month, after two years in which the service stopped at eleven in the evening.',
  'The trams will run every twenty minutes on Fridays and Saturdays. Keita said drivers had agreed to the new rota after talks that lasted most of the winter.',
  '“Night workers asked for this more than anything else,” Keita told reporters at the depot, standing beside one of the refurbished carriages.',
  'The city council approved the money in its spring budget. Shop owners along the embankment welcomed the change, saying late diners had struggled to get home.',
  'A trial on the harbour line will follow if the river service is used as much as the council expects, the director said.',
]);

// A digest that carries the orchard story's second paragraph word for word (syndicated copy).
const DIGEST = story('Morning digest: valley news', 'digest', [
  'Here is what happened across the valley overnight, in brief, from our partners and our own reporters.',
  '“We will not leave the growers to carry this alone,” Brunstad said at a meeting in the cooperative hall, where several hundred farmers had gathered to hear the plans.',
  'The ferry timetable changes on Sunday, when the winter service begins and the last crossing leaves at seven.',
  'The library on Mill Street reopens on Thursday after its roof was repaired over the summer months.',
]);

async function openRead(path: string, html: string): Promise<{ page: Page; tabId: number }> {
  env.site.put(path, html);
  const page = await env.ext.context.newPage();
  await page.goto(`${env.site.origin}${path}`);
  const tabId = await tabIdOf(env.ext, page);
  expect((await waitForTabState(env.ext, tabId)).status).toBe('analysed');
  return { page, tabId };
}

async function openLibrary(ext: ExtensionBrowser): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/library.html`);
  await page.locator('.count', { hasText: /page/ }).waitFor();
  return page;
}

/** The titles the library lists now, once it has settled. */
async function titles(library: Page): Promise<string[]> {
  await library.locator('.count', { hasText: /bringing/ }).waitFor({ state: 'detached' });
  return library.locator('.page-title').allTextContents();
}

async function search(library: Page, words: string): Promise<string[]> {
  await library.getByLabel('Search').fill(words);
  return titles(library);
}

async function download(library: Page, button: string): Promise<string> {
  const [file] = await Promise.all([library.waitForEvent('download'), library.getByRole('button', { name: button, exact: true }).click()]);
  const path = await file.path();
  return readFileSync(path, 'utf8');
}

describe('the library in real Chromium', () => {
  test('read three pages and note one; find each by text, note and person; People; export all three; import into a fresh profile; a broken file changes nothing', async () => {
    const harbour = await openRead('/library-harbour.html', HARBOUR);
    await openRead('/orchard.html', ORCHARD);
    await openRead('/trams.html', TRAMS);

    // A note on a passage of the harbour story.
    await dragOver(harbour.page, TARGET);
    await ourUi(env.ext, harbour.page).locator('newsmark-notes .nm-toolbar').waitFor();
    await ourUi(env.ext, harbour.page).locator('newsmark-notes .nm-swatch[data-colour="green"]').click();
    await expect.poll(() => highlightTexts(harbour.page, 'newsmark-note-green')).toHaveLength(1);
    await clickHighlight(harbour.page, 'newsmark-note-green');
    const editor = ourUi(env.ext, harbour.page).locator('newsmark-notes .nm-popover');
    await editor.waitFor();
    await editor.locator('textarea').fill('Ask the council about the seawall timetable');
    await editor.locator('input[type="text"]').fill('coast');
    await editor.locator('button', { hasText: /^Save$/ }).click();
    await editor.waitFor({ state: 'detached' });

    const library = await openLibrary(env.ext);
    expect(await titles(library)).toEqual([
      'Breakwater engineer rejects safety claims',
      'Night trams return to the river line',
      'Orchard growers count frost damage',
    ]);
    const row = library.locator('.page-row', { hasText: 'Breakwater' });
    expect(await row.locator('.page-counts').textContent()).toMatch(/1 note.*#coast/);

    // A word of each page's text, of the note (shown marked), a tag, a person.
    expect(await search(library, 'apricot')).toEqual(['Orchard growers count frost damage']);
    expect(await search(library, 'rota')).toEqual(['Night trams return to the river line']);
    expect(await search(library, 'seawall')).toEqual(['Breakwater engineer rejects safety claims']);
    await expect.poll(() => library.locator('.page-snippet mark').allTextContents()).toEqual(['seawall']);
    expect(await search(library, 'coast')).toEqual(['Breakwater engineer rejects safety claims']);
    expect(await search(library, 'Keita')).toEqual(['Night trams return to the river line']);
    expect(await search(library, 'brunst')).toEqual(['Orchard growers count frost damage']);
    expect(await search(library, 'apricot seawall')).toEqual([]);
    await library.getByLabel('Search').fill('');

    // People: officials first, with their titles; one opens to the article at the mention, with the quote.
    await library.getByRole('tab', { name: 'People' }).click();
    const people = library.locator('.person-row');
    await people.first().waitFor();
    const officials = await library.locator('.person-row[data-official] .person-name').allTextContents();
    expect(officials).toEqual(expect.arrayContaining(['Helga Brunstad', 'Osman Keita', 'Ilse Varga']));
    const keita = library.locator('.person-row', { hasText: 'Osman Keita' });
    expect(await keita.locator('.person-role').textContent()).toContain('Director');
    await keita.locator('.person-name').click();
    const link = keita.locator('.person-articles > li > a').first();
    expect(await link.textContent()).toBe('Night trams return to the river line');
    expect(await link.getAttribute('href')).toMatch(/\/trams\.html#:~:text=Osman%20Keita$/);
    expect(await keita.locator('blockquote').first().textContent()).toContain('Night workers asked for this');
    await library.getByRole('tab', { name: 'Pages' }).click();

    // A paragraph of a page read later that stands in a saved page: the popup and the library say so.
    const digest = await openRead('/digest.html', DIGEST);
    const popup = await openPopup(env.ext, digest.tabId);
    await expect.poll(() => popup.locator('.also-in summary').textContent()).toBe('A paragraph also in another saved page');
    expect(await popup.locator('.also-in .repeat-head').textContent()).toMatch(/¶\d+ also in Orchard growers count frost damage, 127\.0\.0\.1/);
    await popup.close();
    await library.reload();
    const rowOf = (title: string) => library.locator('.page-row').filter({ has: library.locator('.page-title', { hasText: title }) });
    await rowOf('Morning digest').waitFor();
    await expect.poll(() => rowOf('Morning digest').locator('.page-also').textContent()).toMatch(/a paragraph also in Orchard growers count frost damage/);
    await expect.poll(() => rowOf('Orchard growers').locator('.page-also').textContent()).toMatch(/also in Morning digest/);
    await rowOf('Morning digest')
      .getByRole('button', { name: /^Delete/ })
      .click();
    await library.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect
      .poll(() => titles(library))
      .toEqual(['Breakwater engineer rejects safety claims', 'Night trams return to the river line', 'Orchard growers count frost damage']);

    // The three exports.
    const backup = JSON.parse(await download(library, 'Export JSON backup')) as {
      format: string;
      version: number;
      pages: unknown[];
      annotations: { note: string }[];
    };
    expect(backup).toMatchObject({ format: 'newsmark-backup', version: 1 });
    expect(backup.pages).toHaveLength(3);
    expect(backup.annotations.map((a) => a.note)).toEqual(['Ask the council about the seawall timetable']);
    const markdown = await download(library, 'Export Markdown');
    expect(markdown).toContain('## Orchard growers count frost damage');
    expect(markdown).toContain('#coast');
    const jsonld = JSON.parse(await download(library, 'Export Web Annotations (JSON-LD)')) as {
      type: string;
      first: { items: { target: { source: string } }[] };
    };
    expect(jsonld.type).toBe('AnnotationCollection');
    expect(jsonld.first.items[0]!.target.source).toMatch(/\/library-harbour\.html$/);

    // A broken file is refused whole, and nothing changes.
    const before = await titles(library);
    const broken = { ...backup, pages: [...backup.pages, { key: 'javascript:alert(1)', url: 'nope' }] };
    await library.getByLabel('Import').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await expect.poll(() => library.locator('[role="alert"]').textContent()).toMatch(/broken\.json was not imported/);
    await library.getByLabel('Import').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not json at all') });
    await expect.poll(() => library.locator('[role="alert"]').textContent()).toMatch(/notes\.txt was not imported/);
    await library.reload();
    expect(await titles(library)).toEqual(before);

    // The backup into a fresh profile: the same pages, the note found by search; a second import changes nothing.
    const fresh = await launchWithExtension();
    try {
      const other = await openLibrary(fresh);
      expect(await titles(other)).toEqual([]);
      const file = { name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) };
      await other.getByLabel('Import').setInputFiles(file);
      await expect.poll(() => other.locator('.notice[role="status"]').textContent()).toMatch(/Imported 3 pages and 1 highlight/);
      expect(await titles(other)).toEqual(before);
      expect(await search(other, 'seawall')).toEqual(['Breakwater engineer rejects safety claims']);
      await other.getByLabel('Import').setInputFiles(file);
      await expect.poll(() => other.locator('.notice[role="status"]').textContent()).toMatch(/Imported 0 pages and 0 highlights \(4 already here, unchanged\)/);
    } finally {
      await fresh.close();
    }
  });
});
