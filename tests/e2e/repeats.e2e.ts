import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { highlightTexts, openPopup, tabIdOf, waitForTabState, waitForVerdict } from '../../scripts/browser';
import { ourUi } from '../../scripts/our-ui';
import { useExtension } from './harness';

const env = useExtension();

const LINDQVIST = 'Lindqvist explained that the authority had shared its test results';
const VARGA = 'Regional Transport Minister Ilse Varga also spoke';
const RECENT = 'In recent months the authority and the council';

/** Open a page, keeping a copy of its <body> as the page itself built it (before any content script ran). */
async function openArticle(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await env.ext.context.newPage();
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { __bodyBefore: string }).__bodyBefore = document.body.outerHTML;
    });
  });
  await page.goto(`${env.site.origin}${path}`);
  const tabId = await tabIdOf(env.ext, page);
  return { page, tabId };
}

async function storedPage(key: string): Promise<{ key: string; analysis: { repeats: unknown[] } } | null> {
  return env.ext.worker.evaluate(
    (k) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('newsmark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('pages').objectStore('pages').get(k);
          get.onsuccess = () => {
            resolve(get.result ?? null);
            db.close();
          };
          get.onerror = () => reject(get.error);
        };
      }),
    key,
  ) as never;
}

describe('repeated paragraphs in real Chromium', () => {
  test('marked with the Custom Highlight API, without changing the page DOM', async () => {
    const { page, tabId } = await openArticle('/harbour-story.html');
    expect((await waitForTabState(env.ext, tabId)).status).toBe('analysed');

    const repeats = await highlightTexts(page, 'newsmark-repeat');
    expect(repeats).toHaveLength(4);
    expect(repeats![0]).toBe('Nobody who has read the data says otherwise.');
    expect(repeats![1]).toMatch(new RegExp(`^${LINDQVIST}.*published in full\\.$`));
    expect(repeats![2]).toMatch(new RegExp(`^${VARGA}.*six months\\.$`));
    expect(repeats![3]).toMatch(new RegExp(`^${RECENT}.*harbour\\..*on schedule\\.$`));
    expect(await highlightTexts(page, 'newsmark-repeat-boilerplate')).toEqual(['Advertisement']);

    // The ranges are the second copies, not the first: each lies after the first copy in the document.
    const later = await page.evaluate((start) => {
      const h = [...CSS.highlights.get('newsmark-repeat')!] as Range[];
      const copy = h.find((r) => r.toString().startsWith(start))!;
      const first = [...document.querySelectorAll('p')].find((p) => p.textContent!.startsWith(start))!;
      return first.compareDocumentPosition(copy.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING;
    }, LINDQVIST);
    expect(later).toBeTruthy();

    const dom = await page.evaluate(() => ({
      before: (window as unknown as { __bodyBefore: string }).__bodyBefore,
      after: document.body.outerHTML,
      // The page cannot look inside our UI.
      open: document.querySelector('newsmark-overlay')!.shadowRoot !== null,
    }));
    expect(dom.after).toBe(dom.before);
    expect(dom.open).toBe(false);
    // Labels on the repeats; none on the repeated page furniture ("Advertisement"), which is only struck through.
    expect(await ourUi(env.ext, page).locator('newsmark-overlay .nm-label').allTextContents()).toEqual([
      'repeat of ¶5 (excerpt)',
      'repeat of ¶5',
      'repeat of ¶7',
      'repeat of ¶8',
    ]);
    await page.close();
  });

  test('saved in IndexedDB, listed in the popup, and still there after a reload', async () => {
    const { page, tabId } = await openArticle('/harbour-story.html?utm_source=newsletter#top');
    const state = await waitForTabState(env.ext, tabId);
    expect(state.key).toBe(`${env.site.origin}/news/2026/breakwater-engineer-rejects-safety-claims`);
    const record = await storedPage(state.key!);
    expect(record?.analysis.repeats).toHaveLength(5);

    const popup = await openPopup(env.ext, tabId);
    await popup.waitForSelector('.repeat');
    expect(await popup.textContent('h1')).toBe('Breakwater engineer rejects safety claims');
    expect(await popup.textContent('.facts')).toContain('The Harbour Gazette · Jonas Ekberg');
    const items = await popup.$$eval('.repeats > .repeat-list > .repeat', (els) => els.map((e) => e.textContent));
    expect(items).toHaveLength(4);
    expect(items[1]).toContain('repeats');
    expect(items[1]).toContain(LINDQVIST);
    expect(items[3]).toMatch(/near copy · \d+%/);

    await page.reload();
    await page.waitForFunction(() => CSS.highlights.get('newsmark-repeat')?.size === 4);
    await popup.reload();
    await popup.waitForSelector('.repeat');
    expect(await popup.$$eval('.repeats > .repeat-list > .repeat', (els) => els.length)).toBe(4);
    // One record for the story, however it was reached.
    const count = await env.ext.worker.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('newsmark');
          open.onsuccess = () => {
            const req = open.result.transaction('pages').objectStore('pages').count();
            req.onsuccess = () => resolve(req.result);
          };
        }),
    );
    expect(count).toBe(1);
    await popup.close();
    await page.close();
  });

  test('clicking a repeat in the popup scrolls the page to it and flashes it', async () => {
    const { page, tabId } = await openArticle('/harbour-story.html');
    await waitForTabState(env.ext, tabId);
    const popup = await openPopup(env.ext, tabId);
    await popup.waitForSelector('.repeat');
    await page.setViewportSize({ width: 800, height: 300 });
    const before = await page.evaluate(() => window.scrollY);
    await popup.click('.repeats > .repeat-list > .repeat:nth-child(4) .link');
    await page.waitForFunction(() => CSS.highlights.has('newsmark-flash'));
    expect(await highlightTexts(page, 'newsmark-flash')).toEqual([expect.stringMatching(new RegExp(`^${RECENT}.*harbour`))]);
    await page.waitForFunction((y) => window.scrollY > y + 200, before);
    await popup.close();
    await page.close();
  });

  test('the reader can hide repeats from the popup and show them again', async () => {
    const { page, tabId } = await openArticle('/harbour-story.html');
    await waitForTabState(env.ext, tabId);
    const popup = await openPopup(env.ext, tabId);
    await popup.waitForSelector('.repeat');
    await popup.click('text=Marks on the page');
    await popup.click('role=switch[name="Repeated paragraphs"]');
    await page.waitForFunction(() => !CSS.highlights.has('newsmark-repeat'));
    expect(await ourUi(env.ext, page).locator('newsmark-overlay .nm-label').count()).toBe(0);
    await popup.click('role=switch[name="Repeated paragraphs"]');
    await page.waitForFunction(() => CSS.highlights.get('newsmark-repeat')?.size === 4);
    await popup.close();
    await page.close();
  });

  test('a page that is not an article shows "not an article", paints nothing and saves nothing', async () => {
    const { page, tabId } = await openArticle('/listing.html');
    expect((await waitForVerdict(env.ext, tabId)).status).toBe('not-article');
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await page.evaluate(() => document.querySelector('newsmark-overlay'))).toBeNull();
    expect(await storedPage(`${env.site.origin}/listing.html`)).toBeNull();
    const popup = await openPopup(env.ext, tabId);
    await popup.waitForSelector('.status-not-article');
    expect(await popup.textContent('.status h2')).toBe('Not an article');
    await popup.close();
    await page.close();
  });

  test('an SPA navigation is read again: old marks go, new ones come', async () => {
    const { page, tabId } = await openArticle('/spa.html');
    await waitForTabState(env.ext, tabId);
    expect(await highlightTexts(page, 'newsmark-repeat')).toEqual([expect.stringMatching(/^The ferry company will move/)]);
    await page.click('#next');
    await page.waitForFunction(() => [...(CSS.highlights.get('newsmark-repeat') ?? [])].some((r) => r.toString().startsWith('The utility has lost')), null, {
      timeout: 15_000,
    });
    expect(await highlightTexts(page, 'newsmark-repeat')).toEqual([expect.stringMatching(/^The utility has lost a third/)]);
    await expect.poll(async () => (await waitForTabState(env.ext, tabId)).key, { timeout: 10_000 }).toBe(`${env.site.origin}/spa/second-story`);
    await page.close();
  });
});
