import { beforeAll, describe, expect, test } from 'vitest';
import { highlightTexts, openPopup } from '../../scripts/browser';
import { useExtension, cardText, hoverMention } from './harness';
import { ourUi } from '../../scripts/our-ui';

const env = useExtension();

describe('people and organisations in real Chromium', () => {
  // Other people and organisations are marked when the reader switches them on (tests/e2e/marks.e2e.ts: the defaults).
  beforeAll(() => env.setMarks({ people: true, organizations: true }));

  test('officials are highlighted apart from other people and organisations', async () => {
    const { page } = await env.openStory();
    const officials = await highlightTexts(page, 'newsmark-official');
    expect(new Set(officials)).toEqual(new Set(['Tomas Brandt', 'Brandt', 'Ilse Varga', 'Varga']));
    expect(officials).toHaveLength(8);
    const others = await highlightTexts(page, 'newsmark-person');
    expect(others).toEqual(expect.arrayContaining(['Mara Lindqvist', 'Lindqvist', 'Piet Okafor']));
    expect(others).not.toContain('Varga');
    expect(await highlightTexts(page, 'newsmark-organization')).toEqual(expect.arrayContaining(['Coastal Agency', 'Port Council', 'Harbour Gazette']));
    await page.close();
  });

  test('hovering a mention shows its card; moving away hides it', async () => {
    const { page } = await env.openStory();
    await hoverMention(page, 'newsmark-official', 'Ilse Varga');
    await expect.poll(() => cardText(env.ext, page)).toContain('Ilse Varga');
    const text = (await cardText(env.ext, page))!;
    expect(text).toContain('Regional Transport Minister');
    expect(text).toContain('official');
    expect(text).toContain('4 mentions in this article');
    // Below the word, and whole on the screen.
    const ui = ourUi(env.ext, page);
    expect(await ui.locator('newsmark-overlay .nm-card-above').count()).toBe(0);
    await page.mouse.move(5, 5);
    await expect.poll(() => cardText(env.ext, page)).toBeNull();

    // The same name near the bottom of the window: the card stands above it.
    const low = await page.evaluate(() => {
      // Her last mention, far enough down the page to be scrolled to the window's bottom edge.
      const mentions = [...CSS.highlights.get('newsmark-official')!].filter((x) => (x as Range).toString().endsWith('Varga')) as Range[];
      const r = mentions[mentions.length - 1]!;
      window.scrollBy(0, r.getBoundingClientRect().bottom - (innerHeight - 30));
      const rect = r.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, bottom: innerHeight - rect.bottom };
    });
    expect(low.bottom).toBeLessThan(60);
    await page.mouse.move(low.x, low.y);
    await expect.poll(() => cardText(env.ext, page)).toContain('Ilse Varga');
    expect(await ui.locator('newsmark-overlay .nm-card-above').count()).toBe(1);
    await page.mouse.move(5, 5);
    await page.close();
  });

  test('putting the caret in a mention (keyboard or caret browsing) shows its card', async () => {
    const { page } = await env.openStory();
    await page.evaluate(() => {
      const r = [...CSS.highlights.get('newsmark-person')!].find((x) => (x as Range).toString() === 'Piet Okafor') as Range;
      r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const caret = document.createRange();
      caret.setStart(r.startContainer, r.startOffset + 2);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(caret);
    });
    await expect.poll(() => cardText(env.ext, page)).toContain('Piet Okafor');
    expect(await cardText(env.ext, page)).toContain('Harbour Master');
    await page.close();
  });

  test('the popup lists officials, other people and organisations, and steps through mentions on the page', async () => {
    const { page, tabId } = await env.openStory();
    const popup = await openPopup(env.ext, tabId);
    await popup.waitForSelector('.officials');
    expect(await popup.$$eval('.officials .entity-name', (els) => els.map((e) => e.textContent))).toEqual(['Tomas Brandt', 'Ilse Varga']);
    expect(await popup.textContent('.officials .entity:nth-child(1) .entity-detail')).toBe('former Mayor');
    // The byline's author (named only in "By Jonas Ekberg, …") is not a person of the story: the header says who wrote it.
    expect(await popup.$$eval('.people .entity-name', (els) => els.map((e) => e.textContent))).toEqual(['Mara Lindqvist', 'Piet Okafor']);
    expect(await popup.$$eval('.organizations .entity-name', (els) => els.map((e) => e.textContent))).toContain('Coastal Agency');
    // Names are read at a glance: at least 13 px, whatever the browser's own style for extension pages says.
    const size = (selector: string) => popup.$$eval(selector, (els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
    const names = await size('.entity-name');
    expect(Math.min(...names)).toBeGreaterThanOrEqual(13);
    // And never smaller than the role line under them.
    expect(Math.min(...names)).toBeGreaterThanOrEqual(Math.max(...(await size('.entity-detail'))));

    await popup.click('text=Ilse Varga');
    await page.waitForFunction(() => [...(CSS.highlights.get('newsmark-flash') ?? [])].some((r) => (r as Range).toString() === 'Ilse Varga'));
    await expect.poll(() => cardText(env.ext, page)).toContain('1st');
    await popup.click('[aria-label="Next mention of Ilse Varga"]');
    await page.waitForFunction(() => [...(CSS.highlights.get('newsmark-flash') ?? [])].some((r) => (r as Range).toString() === 'Varga'));
    await expect.poll(() => cardText(env.ext, page)).toContain('2nd');
    await popup.close();
    await page.close();
  });

  test('the reader can hide officials and organisations, each on its own', async () => {
    const { page, tabId } = await env.openStory();
    const popup = await openPopup(env.ext, tabId);
    await popup.click('text=Marks on the page');
    await popup.click('role=switch[name="Officials"]');
    await page.waitForFunction(() => !CSS.highlights.has('newsmark-official'));
    expect(await page.evaluate(() => CSS.highlights.has('newsmark-organization') && CSS.highlights.has('newsmark-person'))).toBe(true);
    await popup.click('role=switch[name="Organisations"]');
    await page.waitForFunction(() => !CSS.highlights.has('newsmark-organization'));
    expect(await page.evaluate(() => CSS.highlights.has('newsmark-repeat'))).toBe(true);
    await popup.click('role=switch[name="Officials"]');
    await popup.click('role=switch[name="Organisations"]');
    await page.waitForFunction(() => CSS.highlights.get('newsmark-official')?.size === 8 && CSS.highlights.has('newsmark-organization'));
    await popup.close();
    await page.close();
  });
});
