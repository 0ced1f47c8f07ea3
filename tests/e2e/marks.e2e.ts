import { describe, expect, test } from 'vitest';
import { openPopup, waitForTabState } from '../../scripts/browser';
import { MARK_KINDS } from '../../lib/mark-kinds';
import { ourUi } from '../../scripts/our-ui';
import { useExtension } from './harness';

const env = useExtension();

/** The custom highlights painted on a page now, by name, with their number of ranges. */
const painted = (page: import('playwright-core').Page) =>
  page.evaluate(() => Object.fromEntries([...CSS.highlights].map(([name, h]) => [name, h.size])) as Record<string, number>);

describe('what the page marks, in real Chromium', () => {
  test('by default: officials, quotes and repeats; other people and organisations only in the popup', async () => {
    const { page, tabId } = await env.openStory();
    await page.waitForFunction(() => CSS.highlights.has('newsmark-official'));
    const marks = await painted(page);
    expect(marks['newsmark-official']).toBe(8);
    expect(marks['newsmark-quote']).toBeGreaterThan(0);
    expect(marks['newsmark-repeat']).toBe(4);
    expect(marks['newsmark-person']).toBeUndefined();
    expect(marks['newsmark-organization']).toBeUndefined();
    // The popup still lists them.
    const popup = await openPopup(env.ext, tabId);
    await popup.waitForSelector('.people .entity-name');
    expect(await popup.$$eval('.people .entity-name', (els) => els.map((e) => e.textContent))).toContain('Piet Okafor');
    expect(await popup.$$eval('.organizations .entity-name', (els) => els.map((e) => e.textContent))).toContain('Coastal Agency');
    await popup.close();
    await page.close();
  });

  test('a switch turned on in the popup marks that kind at once, and still after a reload', async () => {
    const { page, tabId } = await env.openStory();
    const popup = await openPopup(env.ext, tabId);
    await popup.click('text=Marks on the page');
    await popup.click('role=switch[name="Other people"]');
    await page.waitForFunction(() => (CSS.highlights.get('newsmark-person')?.size ?? 0) > 0);
    await popup.close();
    await page.reload();
    await waitForTabState(env.ext, tabId);
    await page.waitForFunction(() => (CSS.highlights.get('newsmark-person')?.size ?? 0) > 0 && CSS.highlights.has('newsmark-official'));
    expect((await painted(page))['newsmark-organization']).toBeUndefined();
    const again = await openPopup(env.ext, tabId);
    await again.click('text=Marks on the page');
    expect(await again.isChecked('role=switch[name="Other people"]')).toBe(true);
    await again.click('role=switch[name="Other people"]');
    await page.waitForFunction(() => !CSS.highlights.has('newsmark-person'));
    await again.close();
    await page.close();
  });

  test('off on this site: nothing marked, still off after a reload, and on again from the popup', async () => {
    const { page, tabId } = await env.openStory();
    const site = new URL(page.url()).hostname;
    const popup = await openPopup(env.ext, tabId);
    await popup.click('text=Marks on the page');
    await popup.click(`role=switch[name="Newsmark on ${site}"]`);
    await page.waitForFunction(() => CSS.highlights.size === 0);
    await popup.waitForSelector('text=Off on this site');
    await popup.close();

    await page.reload();
    await expect
      .poll(async () => (await waitForTabState(env.ext, tabId)) as { status: string; reason?: string }, { timeout: 10_000 })
      .toMatchObject({
        status: 'not-article',
        reason: 'site-off',
      });
    // Long enough for a reading to have painted, were one made.
    await page.waitForTimeout(500);
    expect(await painted(page)).toEqual({});

    const off = await openPopup(env.ext, tabId);
    await off.click(`role=button[name="Turn Newsmark on for ${site}"]`);
    await page.waitForFunction(() => CSS.highlights.get('newsmark-official')?.size === 8);
    await off.close();
    await page.close();
  });

  test('the on-page control: a switch marks its kind at once; "Turn Newsmark off" clears the page and "back on" restores it', async () => {
    const { page } = await env.openStory();
    await page.waitForFunction(() => CSS.highlights.get('newsmark-official')?.size === 8);
    const ui = ourUi(env.ext, page);
    const toggle = ui.locator('newsmark-control .nm-control-toggle');
    // Made in an idle moment after the marks; in a closed shadow root: the page cannot see into it.
    await toggle.waitFor();
    expect(
      await page.evaluate(() => {
        const host = document.querySelector('newsmark-control');
        return host ? host.shadowRoot : 'absent';
      }),
    ).toBeNull();
    await toggle.click();
    // One switch per kind of mark, in the order of the table.
    expect((await ui.locator('newsmark-control .nm-control-kind').allTextContents()).map((t) => t.trim())).toEqual(MARK_KINDS.map((k) => k.label));
    const people = ui.locator('newsmark-control .nm-control-kind', { hasText: 'Other people' });
    await people.click();
    await page.waitForFunction(() => (CSS.highlights.get('newsmark-person')?.size ?? 0) > 0);
    await people.click();
    await page.waitForFunction(() => !CSS.highlights.has('newsmark-person'));
    // A page's own click on our button does nothing.
    await page.evaluate(() => (document.querySelector('newsmark-control') as HTMLElement | null)?.click());
    const site = new URL(page.url()).hostname;
    const siteButton = ui.locator('newsmark-control .nm-control-site');
    expect(await siteButton.textContent()).toBe(`Turn Newsmark off on ${site}`);
    await siteButton.click();
    await page.waitForFunction(() => CSS.highlights.size === 0);
    await expect.poll(() => ui.locator('newsmark-control .nm-control-status').textContent()).toMatch(/^Off on /);
    expect(await siteButton.textContent()).toBe(`Turn Newsmark back on for ${site}`);
    // Off on the site, the switches wait: a press changes nothing.
    await people.click();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await siteButton.click();
    await page.waitForFunction(() => CSS.highlights.get('newsmark-official')?.size === 8);
    // Escape closes the panel.
    await page.keyboard.press('Escape');
    await ui.locator('newsmark-control .nm-control-panel').waitFor({ state: 'hidden' });
    await page.close();
  });
});
