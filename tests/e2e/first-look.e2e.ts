import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { firstLookOf, highlightTexts, inWorker, openPopup, ROOT, tabIdOf, waitForTabState, waitForVerdict } from '../../scripts/browser';
import { ourUi } from '../../scripts/our-ui';
import { useExtension } from './harness';

// Every page gets the first look alone (entrypoints/first-look.ts); the reader (entrypoints/reader) comes only
// where there is something to do: an article, the reader's highlights, a selection the reader may highlight.

declare const chrome: {
  scripting: {
    executeScript(injection: { target: { tabId: number }; func: () => unknown }): Promise<{ result?: unknown }[]>;
  };
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
};

const env = useExtension();

/** What runs in the extension's isolated world of the tab: the first look, the reader. */
async function scriptsIn(tabId: number): Promise<{ looked: boolean; reader: boolean }> {
  return inWorker(
    env.ext,
    async (id: number) => {
      const [frame] = await chrome.scripting.executeScript({
        target: { tabId: id },
        func: () => {
          const page = (globalThis as unknown as Record<symbol, { look?: unknown; reader?: unknown } | undefined>)[Symbol.for('newsmark.page')];
          return { looked: !!page?.look, reader: !!page?.reader };
        },
      });
      return frame!.result as { looked: boolean; reader: boolean };
    },
    tabId,
  );
}

/** Select a phrase with the keyboard's help (Shift released ends a selection, as a reader's would). */
async function select(page: Page, phrase: string): Promise<void> {
  await page.evaluate((p) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent!.indexOf(p);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + p.length);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`"${p}" is not on the page`);
  }, phrase);
  await page.keyboard.down('Shift');
  await page.keyboard.up('Shift');
}

describe('the first look, and the reader only where it is needed', () => {
  test('a page that is not an article gets the first look alone; a selection brings the reader, whose highlight brings it back on the next visit', async () => {
    env.site.put('/look-listing.html', readFileSync(resolve(ROOT, 'tests/fixtures/pages/listing.html'), 'utf8'));
    const page = await env.ext.context.newPage();
    await page.goto(`${env.site.origin}/look-listing.html`);
    const tabId = await tabIdOf(env.ext, page);
    await expect.poll(() => firstLookOf(env.ext, tabId), { timeout: 10_000 }).toEqual({ article: false, reason: 'not-readerable' });
    // Nothing was sent: the background holds no state for the page until the popup asks about it.
    await page.waitForTimeout(300);
    expect(await inWorker(env.ext, async (id: number) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] ?? null, tabId)).toBeNull();
    expect((await waitForVerdict(env.ext, tabId)).status).toBe('not-article');
    expect(await scriptsIn(tabId)).toEqual({ looked: true, reader: false });
    expect(await page.evaluate(() => document.querySelector('newsmark-notes'))).toBeNull();

    // An untrusted event (the page's own) brings nothing.
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('h1')!);
      document.getSelection()!.addRange(range);
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    });
    await page.waitForTimeout(500);
    expect((await scriptsIn(tabId)).reader).toBe(false);

    // The reader's own selection: the reader comes, with its toolbar.
    await select(page, 'New ferry route announced');
    await ourUi(env.ext, page).locator('newsmark-notes .nm-toolbar').waitFor({ timeout: 10_000 });
    expect((await scriptsIn(tabId)).reader).toBe(true);
    await ourUi(env.ext, page).locator('newsmark-notes .nm-swatch[data-colour="green"]').click();
    await expect.poll(() => highlightTexts(page, 'newsmark-note-green')).toEqual(['New ferry route announced']);
    // Still not an article: the tab's state is as the first look left it.
    expect((await waitForTabState(env.ext, tabId)).status).toBe('not-article');

    // Next visit: the page has a highlight, so the reader comes at once and paints it.
    await page.reload();
    await expect.poll(() => highlightTexts(page, 'newsmark-note-green'), { timeout: 10_000 }).toEqual(['New ferry route announced']);
    expect(await scriptsIn(tabId)).toEqual({ looked: true, reader: true });
    await page.close();
  });

  test('an article gets the reader at once, and is painted', async () => {
    const { page, tabId } = await env.openStory();
    expect(await scriptsIn(tabId)).toEqual({ looked: true, reader: true });
    expect((await highlightTexts(page, 'newsmark-repeat'))?.length).toBeGreaterThan(0);
    await page.close();
  });

  test('a short story that does not look like an article is read anyway when the reader asks, from the popup', async () => {
    const para = (t: string) => `<p>${t}</p>`;
    env.site.put(
      '/look-short.html',
      `<!doctype html><html lang="en"><head><title>Lock gates close early</title></head><body><main><h1>Lock gates close early</h1>
      ${para('Harbour Master Piet Okafor closed the north lock gates two hours early on Sunday as the tide rose.')}
      ${para('“We will not take chances with the wall,” Okafor said, standing by the control room.')}
      ${para('The ferry to the islands ran on time, and the Port Council said the gates open again at dawn.')}
      </main></body></html>`,
    );
    const page = await env.ext.context.newPage();
    await page.goto(`${env.site.origin}/look-short.html`);
    const tabId = await tabIdOf(env.ext, page);
    await expect.poll(() => firstLookOf(env.ext, tabId), { timeout: 10_000 }).toEqual({ article: false, reason: 'not-readerable' });
    const popup = await openPopup(env.ext, tabId);
    await popup.click('role=button[name="Read this page anyway"]');
    await expect.poll(async () => (await waitForTabState(env.ext, tabId)).status, { timeout: 10_000 }).toBe('analysed');
    await expect.poll(() => highlightTexts(page, 'newsmark-quote')).toEqual(['We will not take chances with the wall,']);
    await popup.close();
    await page.close();
  });
});
