import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { dragOver, inWorker, openPopup, tabIdOf, type ExtensionBrowser } from '../../scripts/browser';
import { ourUi } from '../../scripts/our-ui';
import { hoverMention, useExtension } from './harness';

// axe-core (WCAG 2 A and AA rules) over the popup and over our UI on the page, in the light and the dark scheme.

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const RULES = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } };

const env = useExtension();

interface Violation {
  id: string;
  impact: string | null;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** axe's violations in `page` (CDP's evaluate is not bound by the page's CSP, so it runs in extension pages too). */
async function violations(page: Page, selector?: string): Promise<string[]> {
  await page.evaluate(AXE);
  const found = (await page.evaluate(
    async ({ sel, rules }) => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Violation[] }> } }).axe;
      return (await axe.run(sel ? document.querySelector(sel) : document, rules)).violations;
    },
    { sel: selector ?? null, rules: RULES },
  )) as Violation[];
  // The copy of our UI (copyOurUi) goes at once: it would stand over the real one.
  await page.evaluate(() => document.getElementById('nm-axe-copy')?.remove());
  return found.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} ${n.failureSummary ?? ''}`.trim()));
}

/**
 * Our UI on the page sits in closed shadow roots that axe (running in the page) cannot enter. The extension (as only
 * it can, chrome.dom.openOrClosedShadowRoot) copies each root's markup and stylesheet into an open shadow root at
 * the same place, where axe checks it with the same styles; the copy is removed afterwards.
 */
async function copyOurUi(ext: ExtensionBrowser, page: Page): Promise<void> {
  const tabId = await tabIdOf(ext, page);
  await inWorker(
    ext,
    async (id: number) => {
      type Api = {
        chrome: {
          scripting: { executeScript(i: { target: { tabId: number }; func: () => void }): Promise<unknown> };
          dom: { openOrClosedShadowRoot(e: Element): ShadowRoot | null };
        };
      };
      const { chrome } = globalThis as unknown as Api;
      await chrome.scripting.executeScript({
        target: { tabId: id },
        func: () => {
          const api = (globalThis as unknown as Api).chrome;
          document.getElementById('nm-axe-copy')?.remove();
          const holder = document.createElement('div');
          holder.id = 'nm-axe-copy';
          holder.setAttribute('role', 'region');
          holder.setAttribute('aria-label', 'Newsmark UI (copy for the accessibility check)');
          for (const host of document.querySelectorAll('newsmark-overlay, newsmark-notes, newsmark-control')) {
            const root = api.dom.openOrClosedShadowRoot(host);
            if (!root) continue;
            const copy = document.createElement('div');
            copy.setAttribute('style', host.getAttribute('style') ?? '');
            copy.attachShadow({ mode: 'open' }).innerHTML = root.innerHTML;
            holder.append(copy);
          }
          document.documentElement.append(holder);
        },
      });
    },
    tabId,
  );
}

describe.each(['light', 'dark'] as const)('no accessibility violation, %s scheme', (scheme) => {
  test('the popup, every section unfolded', async () => {
    const { page, tabId } = await env.openStory();
    const popup = await openPopup(env.ext, tabId);
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.waitForSelector('.officials');
    await popup.evaluate(() => {
      for (const d of document.querySelectorAll('details')) d.open = true;
    });
    expect(await violations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  test('our UI on the page: repeat labels, a card, the selection toolbar and the note editor', async () => {
    const { page } = await env.openStory();
    await page.emulateMedia({ colorScheme: scheme });
    const ui = ourUi(env.ext, page);
    await ui.locator('newsmark-overlay .nm-label').first().waitFor();
    // A card: the pointer over an official's name.
    await hoverMention(page, 'newsmark-official', 'Ilse Varga');
    await ui.locator('newsmark-overlay .nm-card').waitFor();
    await copyOurUi(env.ext, page);
    expect(await violations(page, '#nm-axe-copy')).toEqual([]);

    // The on-page control, its panel open.
    await ui.locator('newsmark-control .nm-control-toggle').click();
    await ui.locator('newsmark-control .nm-control-panel').waitFor();
    await copyOurUi(env.ext, page);
    expect(await violations(page, '#nm-axe-copy')).toEqual([]);
    await page.keyboard.press('Escape');
    await ui.locator('newsmark-control .nm-control-panel').waitFor({ state: 'hidden' });

    // The selection toolbar, then the note editor.
    await page.mouse.move(5, 5);
    await dragOver(page, 'both bodies face pressure to finish the wall');
    await ui.locator('newsmark-notes .nm-toolbar').waitFor();
    await copyOurUi(env.ext, page);
    expect(await violations(page, '#nm-axe-copy')).toEqual([]);
    await ui.locator('newsmark-notes .nm-toolbar-note').click();
    await ui.locator('newsmark-notes .nm-popover').waitFor();
    await copyOurUi(env.ext, page);
    // The editor follows the scheme: dark on a dark page, light on a light one.
    const background = await page.evaluate(() => {
      const copies = [...document.querySelectorAll('#nm-axe-copy > div')].map((d) => d.shadowRoot!.querySelector('.nm-popover')).filter(Boolean);
      return getComputedStyle(copies[0]!).backgroundColor;
    });
    expect(background).toBe(scheme === 'dark' ? 'rgb(31, 35, 40)' : 'rgb(255, 255, 255)');
    expect(await violations(page, '#nm-axe-copy')).toEqual([]);
    await page.close();
  });
});
