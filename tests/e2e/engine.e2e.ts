import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { highlightTexts, ROOT, tabIdOf, waitForTabState } from '../../scripts/browser';
import { ourUi } from '../../scripts/our-ui';
import { useExtension } from './harness';

// The engine runs in the extension's own context: Chrome's offscreen document, reached through the service
// worker. Both can be gone when a page asks (the worker stopped when idle, the document closed); the page must
// be read all the same. And a page whose address changes within the same article is not read again.

declare const chrome: {
  offscreen: { closeDocument(): Promise<void> };
  runtime: { getContexts(filter: { contextTypes: string[] }): Promise<unknown[]> };
};

const env = useExtension();

/** The fixture story under its own address and page key, apart from the other tests' copies. */
function story(name: string): string {
  const path = `/${name}.html`;
  const html = readFileSync(resolve(ROOT, 'tests/fixtures/pages/harbour-story.html'), 'utf8').replace(
    '/news/2026/breakwater-engineer-rejects-safety-claims',
    `/news/2026/${name}`,
  );
  env.site.put(path, html);
  return `${env.site.origin}${path}`;
}

/** The extension's service workers running, as the browser itself counts them (DevTools protocol targets). */
async function extensionWorkers(): Promise<{ count: number; stop(): Promise<void> }> {
  const session = await env.ext.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: { type: string; url: string; targetId: string }[] };
  const ours = targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${env.ext.extensionId}/`));
  return {
    count: ours.length,
    async stop() {
      for (const t of ours) await session.send('Target.closeTarget', { targetId: t.targetId });
    },
  };
}

describe('the engine in the extension’s own context', () => {
  test('a stopped service worker and a closed engine document are started again by the next page', async () => {
    const warm = await env.ext.context.newPage();
    await warm.goto(story('engine-warm'));
    expect((await waitForTabState(env.ext, await tabIdOf(env.ext, warm))).status).toBe('analysed');
    const worker = await env.ext.liveWorker();
    expect(await worker.evaluate(() => chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] }).then((c) => c.length))).toBe(1);

    // Close the engine's document, then stop the worker, as Chrome does to an idle extension.
    await worker.evaluate(() => chrome.offscreen.closeDocument());
    await (await extensionWorkers()).stop();
    await expect.poll(async () => (await extensionWorkers()).count, { timeout: 10_000 }).toBe(0);

    // A fresh page: its content script's message wakes the worker, which makes the document again.
    const cold = await env.ext.context.newPage();
    await cold.goto(story('engine-cold'));
    const tabId = await tabIdOf(env.ext, cold);
    expect((await waitForTabState(env.ext, tabId, 30_000)).status).toBe('analysed');
    expect(await highlightTexts(cold, 'newsmark-official')).toContain('Ilse Varga');
    expect((await extensionWorkers()).count).toBe(1);
  });

  test('a page of more HTML than one message carries goes to the engine in parts and is read', async () => {
    const names = ['Vera Holm', 'Omar Lind', 'Ada Kerr'];
    let body = '';
    for (let i = 0; i < 4_000; i++)
      body += `<p>“The harbour plan number ${i} will be ready soon,” said ${names[i % 3]}. The council met again on the matter today.</p>`;
    env.site.put('/engine-large.html', `<html><head><title>Many quotes</title></head><body><article><h1>Many quotes</h1>${body}</article></body></html>`);
    const page = await env.ext.context.newPage();
    await page.goto(`${env.site.origin}/engine-large.html`);
    const tabId = await tabIdOf(env.ext, page);
    expect(await page.evaluate(() => document.documentElement.outerHTML.length)).toBeGreaterThan(400_000);
    expect((await waitForTabState(env.ext, tabId, 60_000)).status).toBe('analysed');
    // Thousands of marks: only the blocks near the screen are painted, and what is painted follows the scrolling.
    const quotesPainted = () => page.evaluate(() => [...(CSS.highlights.get('newsmark-quote') ?? [])].map((r) => (r as Range).toString()));
    await expect.poll(async () => (await quotesPainted()).length, { timeout: 10_000 }).toBeGreaterThan(10);
    const first = await quotesPainted();
    expect(first.length).toBeLessThan(1_000);
    expect(first.some((q) => q.includes('number 0 '))).toBe(true);
    await page.evaluate(() => document.querySelectorAll('article p')[3_990]!.scrollIntoView());
    await expect.poll(async () => (await quotesPainted()).some((q) => q.includes('number 3990 ')), { timeout: 10_000 }).toBe(true);
    const later = await quotesPainted();
    expect(later.length).toBeLessThan(1_000);
    expect(later.some((q) => q.includes('number 0 '))).toBe(false);
  });

  test('a new fragment or a replaceState within the article does not read the page again, nor close a note being typed', async () => {
    const page = await env.ext.context.newPage();
    await page.goto(story('engine-hash'));
    const tabId = await tabIdOf(env.ext, page);
    const before = await waitForTabState(env.ext, tabId);
    expect(before.status).toBe('analysed');

    // Select a phrase and start a note on it.
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('article p')].find((e) => e.textContent!.includes('hundred-year storm'))!;
      p.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.selectNodeContents(p);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    });
    await page.keyboard.down('Shift');
    await page.keyboard.up('Shift');
    await ourUi(env.ext, page).locator('newsmark-notes .nm-toolbar-note').click();
    const editor = ourUi(env.ext, page).locator('newsmark-notes .nm-popover');
    await editor.waitFor();
    await editor.locator('textarea').fill('Half a thought');

    await page.evaluate(() => {
      location.hash = '#comments';
    });
    await page.evaluate(() => history.replaceState(null, '', `${location.pathname}?utm_source=newsletter#top`));
    // Longer than a navigation waits for the page to settle (400 ms) plus a reading.
    await page.waitForTimeout(1_500);

    expect(await editor.isVisible()).toBe(true);
    expect(await editor.locator('textarea').inputValue()).toBe('Half a thought');
    const after = await waitForTabState(env.ext, tabId);
    expect(after).toEqual(before);

    // The preview is Markdown, parsed by the background (the parser is not on the page).
    await editor.locator('textarea').fill('Half a **thought**');
    await editor.locator('button', { hasText: 'Preview' }).click();
    await expect.poll(() => editor.locator('.nm-md strong').textContent()).toBe('thought');

    // A real navigation within the single-page site is read.
    await page.evaluate(() => history.pushState(null, '', '/engine-hash-next.html'));
    await expect.poll(async () => (await waitForTabState(env.ext, tabId)).at, { timeout: 10_000 }).not.toBe(before.at);
  });
});
