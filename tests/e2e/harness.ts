import { afterAll, beforeAll, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { ourUi } from '../../scripts/our-ui';
import { inWorker, launchWithExtension, serveFixtures, tabIdOf, waitForTabState, type ExtensionBrowser, type Site } from '../../scripts/browser';

/** One Chromium with the built extension and one fixture server per test file, closed after it. */
export interface Harness {
  readonly ext: ExtensionBrowser;
  readonly site: Site;
  /** Open a fixture page and wait until the content script has read it as an article. */
  openStory(path?: string): Promise<{ page: Page; tabId: number }>;
  /** Store what is marked on pages, as the popup's switches do (kinds left out keep their defaults). */
  setMarks(marks: Record<string, boolean>): Promise<void>;
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
    async setMarks(marks) {
      // In the service worker, where `chrome` is the extension API.
      type Api = { chrome: { storage: { local: { set(items: object): Promise<void> } } } };
      await inWorker(harness.ext, (m: Record<string, boolean>) => (globalThis as unknown as Api).chrome.storage.local.set({ marks: m }), marks);
    },
  };
  return harness;
}

/** Scroll a painted mention (a range of highlight `name` reading `text`) into view and put the pointer over it. */
export async function hoverMention(page: Page, name: string, text: string): Promise<void> {
  const box = await page.evaluate(
    ({ name, text }) => {
      const r = [...CSS.highlights.get(name)!].find((x) => (x as Range).toString() === text) as Range;
      r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = r.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    { name, text },
  );
  await page.mouse.move(box.x, box.y);
}

/** The text of the mention card over the page, or null when none is shown (read as only the extension can: our-ui.ts). */
export const cardText = (ext: ExtensionBrowser, page: Page) => ourUi(ext, page).locator('newsmark-overlay .nm-card').textContent();
