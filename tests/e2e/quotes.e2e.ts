import { describe, expect, test } from 'vitest';
import { highlightTexts, openPopup } from '../../scripts/browser';
import { useExtension, cardText } from './harness';

const env = useExtension();

describe('quotes in real Chromium', () => {
  test('quotes are highlighted, every occurrence of a repeated one; hovering shows the speaker', async () => {
    const { page } = await env.openStory();
    const quotes = await highlightTexts(page, 'newsmark-quote');
    expect(quotes).toEqual([
      'The wall is built to the hundred-year storm. We tested it, we checked it twice, and it held.',
      "Nobody who has read the data says otherwise. When they asked, we said 'Come and look',",
      "Nobody who has read the data says otherwise. When they asked, we said 'Come and look',",
    ]);
    const box = await page.evaluate(() => {
      const r = [...CSS.highlights.get('newsmark-quote')!][0] as Range;
      r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = r.getClientRects()[0]!;
      return { x: rect.left + 40, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    await expect.poll(() => cardText(env.ext, page)).toContain('— Mara Lindqvist');
    expect(await cardText(env.ext, page)).toContain('Chief Engineer · Harbour Authority');
    await page.close();
  });

  test('the popup lists quotes by speaker, jumps to them, and copies a citation', async () => {
    const { page, tabId } = await env.openStory();
    const popup = await openPopup(env.ext, tabId);
    await popup.waitForSelector('.speaker-group');
    // Keep what is written, and still write it: "Copied" shows only when the real clipboard took it.
    await popup.evaluate(() => {
      const write = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = (t: string) => {
        (window as unknown as { copied: string }).copied = t;
        return write(t);
      };
    });
    expect(await popup.$$eval('.speaker-group h3', (els) => els.map((e) => e.textContent))).toEqual(['Mara Lindqvist']);
    expect(await popup.$$eval('.speaker-group .quote', (els) => els.length)).toBe(2);
    await popup.click('.speaker-group .quote:nth-child(2) .quote-text');
    await page.waitForFunction(() => [...(CSS.highlights.get('newsmark-flash') ?? [])].some((r) => (r as Range).toString().startsWith('Nobody who has read')));
    await popup.click('.speaker-group .quote:nth-child(1) button.small');
    await popup.waitForSelector('text=Copied');
    const copied = await popup.evaluate(() => (window as unknown as { copied: string }).copied);
    expect(copied.split('\n')).toEqual([
      '“The wall is built to the hundred-year storm. We tested it, we checked it twice, and it held.”',
      '— Mara Lindqvist, Chief Engineer, Harbour Authority',
      'Quoted in The Harbour Gazette, “Breakwater engineer rejects safety claims”, 2026-10-14.',
      `${env.site.origin}/harbour-story.html`,
    ]);
    await popup.close();
    await page.close();
  });
});
