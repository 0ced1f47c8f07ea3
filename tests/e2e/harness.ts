import { afterAll, beforeAll, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { ourUi } from './our-ui';
import { launchWithExtension, serveFixtures, tabIdOf, waitForTabState, type ExtensionBrowser, type Site } from '../../scripts/browser';

/** One Chromium with the built extension and one fixture server per test file, closed after it. */
export interface Harness {
  readonly ext: ExtensionBrowser;
  readonly site: Site;
  /** Open a fixture page and wait until the content script has read it as an article. */
  openStory(path?: string): Promise<{ page: Page; tabId: number }>;
}

export function useExtension(): Harness {
  let ext: ExtensionBrowser | undefined;
  let site: Site | undefined;
  beforeAll(async () => {
    site = await serveFixtures();
    ext = await launchWithExtension();
  });
  afterAll(async () => {
    await ext?.close();
    await site?.close();
  });
  const harness: Harness = {
    get ext() {
      if (!ext) throw new Error('The browser is not up yet (use the harness inside tests).');
      return ext;
    },
    get site() {
      if (!site) throw new Error('The fixture server is not up yet (use the harness inside tests).');
      return site;
    },
    async openStory(path = '/harbour-story.html') {
      const page = await harness.ext.context.newPage();
      await page.goto(`${harness.site.origin}${path}`);
      const tabId = await tabIdOf(harness.ext, page);
      expect((await waitForTabState(harness.ext, tabId)).status).toBe('analysed');
      return { page, tabId };
    },
  };
  return harness;
}

/** The text of the mention card over the page, or null when none is shown (read as only the extension can: our-ui.ts). */
export const cardText = (ext: ExtensionBrowser, page: Page) => ourUi(ext, page).locator('newsmark-overlay .nm-card').textContent();

/** Drag the mouse over a phrase of the page, as a reader selects it. Returns the selected text. */
export async function dragOver(page: Page, phrase: string): Promise<string> {
  const box = await page.evaluate((p) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent!.indexOf(p);
      if (at < 0) continue;
      (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const first = document.createRange();
      first.setStart(n, at);
      first.setEnd(n, at + 1);
      const last = document.createRange();
      last.setStart(n, at + p.length - 1);
      last.setEnd(n, at + p.length);
      const a = first.getClientRects()[0]!;
      const b = last.getClientRects()[0]!;
      return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
    }
    return null;
  }, phrase);
  if (!box) throw new Error(`"${phrase}" is not on the page`);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
  return page.evaluate(() => document.getSelection()!.toString());
}

/** Click the middle of the first range of a highlight. */
export async function clickHighlight(page: Page, name: string): Promise<void> {
  const at = await page.evaluate((n) => {
    const r = [...CSS.highlights.get(n)!][0] as Range;
    const rect = r.getClientRects()[0]!;
    return { x: rect.left + Math.min(30, rect.width / 2), y: rect.top + rect.height / 2 };
  }, name);
  await page.mouse.click(at.x, at.y);
}
