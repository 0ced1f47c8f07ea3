import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { clickHighlight, dragOver, highlightTexts, hoverHighlight, openPopup, ROOT, sendToTab, tabIdOf, waitForTabState } from '../../scripts/browser';
import { ourUi } from '../../scripts/our-ui';
import { useExtension } from './harness';

// The reader's own highlights in real Chromium: made from the selection toolbar, with a note, back after a
// reload, still placed after the page's text changed a little, an orphan in the popup once its paragraph is gone.

const STORY = readFileSync(resolve(ROOT, 'tests/fixtures/pages/harbour-story.html'), 'utf8')
  // Its own page key, apart from the other tests' copy of the story.
  .replace('/news/2026/breakwater-engineer-rejects-safety-claims', '/news/2026/notes-story');
const TARGET = 'both bodies face pressure to finish the wall without cutting corners';
const PATH = '/notes-story.html';

const env = useExtension();

async function open(page: Page): Promise<number> {
  await page.goto(`${env.site.origin}${PATH}`);
  const tabId = await tabIdOf(env.ext, page);
  expect((await waitForTabState(env.ext, tabId)).status).toBe('analysed');
  return tabId;
}

/** A copy of the story under its own address and page key, opened and read. */
async function openCopy(name: string) {
  const path = `/${name}.html`;
  env.site.put(path, STORY.replace('/news/2026/notes-story', `/news/2026/${name}`));
  const page = await env.ext.context.newPage();
  await page.goto(`${env.site.origin}${path}`);
  const tabId = await tabIdOf(env.ext, page);
  await waitForTabState(env.ext, tabId);
  return { page, tabId, ui: ourUi(env.ext, page) };
}

describe('the reader’s highlights in real Chromium', () => {
  test('select → toolbar → highlight → note; back in place after a reload; placed after an edit; orphan once deleted', async () => {
    env.site.put(PATH, STORY);
    const page = await env.ext.context.newPage();
    const tabId = await open(page);
    const bodyBefore = await page.evaluate(() => document.body.outerHTML);

    // Select and pick green on the toolbar.
    const selected = await dragOver(page, TARGET);
    expect(selected).toContain('face pressure to finish the wall');
    await ourUi(env.ext, page).locator('newsmark-notes .nm-toolbar').waitFor();
    await ourUi(env.ext, page).locator('newsmark-notes .nm-swatch[data-colour="green"]').click();
    await expect.poll(() => highlightTexts(page, 'newsmark-note-green')).toEqual([selected.replace(/\s+/g, ' ').trim()]);
    // The selection is gone, the page's own DOM is as it was.
    expect(await page.evaluate(() => document.getSelection()!.isCollapsed)).toBe(true);
    expect(await page.evaluate(() => document.body.outerHTML)).toBe(bodyBefore);

    // Click it: the editor opens; write a Markdown note and a tag.
    await clickHighlight(page, 'newsmark-note-green');
    const editor = ourUi(env.ext, page).locator('newsmark-notes .nm-popover');
    await editor.waitFor();
    await editor.locator('textarea').fill('Check the **review** date <img src=x onerror=alert(1)>');
    await editor.locator('input[type="text"]').fill('deadline');
    await editor.locator('button', { hasText: /^Save$/ }).click();
    await editor.waitFor({ state: 'detached' });

    // The popup lists it with its note (shown safely) and tag.
    let popup = await openPopup(env.ext, tabId);
    const item = popup.locator('.nm-annotations li').first();
    await item.waitFor();
    expect(await item.textContent()).toContain('face pressure to finish the wall');
    expect(await item.locator('strong').textContent()).toBe('review');
    expect(await item.textContent()).toContain('deadline');
    expect(await popup.locator('.nm-annotations img').count()).toBe(0);
    await popup.close();

    // Reload: the highlight is back at the same place.
    await page.reload();
    await waitForTabState(env.ext, tabId);
    await expect.poll(() => highlightTexts(page, 'newsmark-note-green')).toEqual([selected.replace(/\s+/g, ' ').trim()]);
    // The pointer resting on it shows its note and tag, without opening it; moving away hides them.
    await hoverHighlight(page, 'newsmark-note-green');
    const peek = ourUi(env.ext, page).locator('newsmark-notes .nm-peek');
    await peek.waitFor();
    expect(await peek.textContent()).toContain('Check the **review** date');
    expect(await peek.textContent()).toContain('deadline');
    await page.mouse.move(3, 3);
    await peek.waitFor({ state: 'detached' });

    // The page changes a little: a paragraph before, a word inside the highlight. Still placed, on the new words.
    env.site.put(
      PATH,
      STORY.replace('<h2>Dredging', '<p>An update was added to this story on Thursday.</p>\n<h2>Dredging').replace(
        'both bodies face pressure',
        'both bodies now face pressure',
      ),
    );
    await page.reload();
    await waitForTabState(env.ext, tabId);
    await expect
      .poll(() => highlightTexts(page, 'newsmark-note-green'))
      .toEqual([selected.replace(/\s+/g, ' ').trim().replace('both bodies face', 'both bodies now face')]);

    // Its paragraph is deleted: nothing painted anywhere, and the popup lists it apart as not found.
    env.site.put(PATH, STORY.replace(/<p>As the winter storms approach[^<]*<\/p>/, ''));
    await page.reload();
    await waitForTabState(env.ext, tabId);
    await page.waitForTimeout(500);
    expect(await highlightTexts(page, 'newsmark-note-green')).toBeNull();
    popup = await openPopup(env.ext, tabId);
    const orphans = popup.locator('.nm-orphans');
    await orphans.waitFor();
    expect(await orphans.textContent()).toContain('face pressure to finish the wall');
    expect(await orphans.textContent()).toContain('review');
    await popup.close();
    await page.close();
  });

  test('a detected quote is saved with its speaker; the context menu’s message highlights a selection', async () => {
    env.site.put('/quote-story.html', STORY.replace('/news/2026/notes-story', '/news/2026/quote-story'));
    const page = await env.ext.context.newPage();
    await page.goto(`${env.site.origin}/quote-story.html`);
    const tabId = await tabIdOf(env.ext, page);
    await waitForTabState(env.ext, tabId);
    await clickHighlight(page, 'newsmark-quote');
    const offer = ourUi(env.ext, page).locator('newsmark-notes .nm-offer');
    await offer.waitFor();
    expect(await offer.textContent()).toContain('— Mara Lindqvist');
    await offer.locator('button', { hasText: 'Save this quote' }).click();
    await offer.locator('button', { hasText: 'Saved' }).waitFor();
    // In the colour last picked (green, in the test before).
    await expect
      .poll(() => highlightTexts(page, 'newsmark-note-green'))
      .toEqual(['The wall is built to the hundred-year storm. We tested it, we checked it twice, and it held.']);
    const popup = await openPopup(env.ext, tabId);
    await popup.locator('.nm-annotations li').first().waitFor();
    expect(await popup.locator('.nm-annotations li').first().textContent()).toContain('Mara Lindqvist');

    // What the context menu item and the keyboard shortcut send: the background → this tab.
    await dragOver(page, 'Ferry operators reported fewer delays');
    await sendToTab(env.ext, tabId, 'highlightSelection', { colour: 'blue' });
    await expect.poll(() => highlightTexts(page, 'newsmark-note-blue')).toEqual(['Ferry operators reported fewer delays']);
    await popup.close();
    await page.close();
  });

  test('edit and delete from the popup reach the page; delete from the page; an orphan is found when its text arrives late', async () => {
    const path = '/late-story.html';
    // The last paragraph arrives a second after load, as lazily loaded content does.
    const late = STORY.replace('/news/2026/notes-story', '/news/2026/late-story').replace(
      /<p>(As the winter storms approach[^<]*)<\/p>/,
      (_m, text: string) =>
        `<div id="later"></div><script>setTimeout(() => { const p = document.createElement('p'); p.textContent = ${JSON.stringify(text)}; document.getElementById('later').append(p); }, 1000)</script>`,
    );
    env.site.put(path, STORY.replace('/news/2026/notes-story', '/news/2026/late-story'));
    const page = await env.ext.context.newPage();
    await page.goto(`${env.site.origin}${path}`);
    const tabId = await tabIdOf(env.ext, page);
    await waitForTabState(env.ext, tabId);
    await dragOver(page, TARGET);
    await ourUi(env.ext, page).locator('newsmark-notes .nm-swatch[data-colour="pink"]').click();
    await dragOver(page, 'Ferry operators reported fewer delays');
    await ourUi(env.ext, page).locator('newsmark-notes .nm-swatch[data-colour="purple"]').click();
    await expect.poll(() => highlightTexts(page, 'newsmark-note-pink')).toEqual([TARGET]);

    // From the popup: the pink one turns blue on the page; the purple one is deleted there.
    const popup = await openPopup(env.ext, tabId);
    const items = popup.locator('.nm-annotations .nm-annotation');
    await expect.poll(() => items.count()).toBe(2);
    await items.nth(1).locator('button', { hasText: 'Edit' }).click();
    await popup.locator('.nm-annotations .nm-editor-colour[aria-label="Blue"]').click();
    await popup.locator('.nm-annotations button', { hasText: /^Save$/ }).click();
    await expect.poll(() => highlightTexts(page, 'newsmark-note-blue')).toEqual([TARGET]);
    expect(await highlightTexts(page, 'newsmark-note-pink')).toBeNull();
    const purple = popup.locator('.nm-annotations .nm-annotation[data-colour="purple"]');
    await purple.locator('button', { hasText: 'Delete' }).click();
    await purple.locator('button', { hasText: 'Yes' }).click();
    await expect.poll(() => highlightTexts(page, 'newsmark-note-purple')).toBeNull();
    await expect.poll(() => items.count()).toBe(1);

    // Jump from the popup flashes it on the page.
    await items.first().locator('button', { hasText: 'Jump' }).click();
    await expect.poll(() => highlightTexts(page, 'newsmark-flash')).toEqual([TARGET]);
    await popup.close();

    // The page now loads that paragraph late: an orphan at first, placed once it arrives.
    env.site.put(path, late);
    await page.reload();
    await waitForTabState(env.ext, tabId);
    await expect.poll(() => highlightTexts(page, 'newsmark-note-blue'), { timeout: 8_000 }).toEqual([TARGET]);

    // Delete from the page: click it, Delete, confirm.
    await clickHighlight(page, 'newsmark-note-blue');
    const editor = ourUi(env.ext, page).locator('newsmark-notes .nm-popover');
    await editor.locator('button', { hasText: 'Delete' }).click();
    await editor.locator('button', { hasText: 'Yes' }).click();
    await expect.poll(() => highlightTexts(page, 'newsmark-note-blue')).toBeNull();
    const after = await openPopup(env.ext, tabId);
    await after.locator('.nm-annotations-empty').waitFor();
    await after.close();
    await page.close();
  });

  test('a note typed and not saved survives the page going away (closed, reloaded, or left by an update) and is offered back', async () => {
    const { page, tabId, ui } = await openCopy('draft-story');
    await dragOver(page, TARGET);
    await ui.locator('newsmark-notes .nm-swatch[data-colour="blue"]').click();
    await expect.poll(() => highlightTexts(page, 'newsmark-note-blue')).toHaveLength(1);
    await clickHighlight(page, 'newsmark-note-blue');
    const editor = ui.locator('newsmark-notes .nm-popover');
    await editor.locator('textarea').fill('Half a thought about the deadline');
    // Not saved; the page goes a moment later.
    await page.waitForTimeout(800);
    await page.reload();
    await waitForTabState(env.ext, tabId);
    await expect.poll(() => highlightTexts(page, 'newsmark-note-blue')).toHaveLength(1);
    await clickHighlight(page, 'newsmark-note-blue');
    await editor.waitFor();
    expect(await editor.locator('textarea').inputValue()).toBe('Half a thought about the deadline');
    expect(await editor.locator('.nm-editor-restored').textContent()).toContain('not saved is back');
    // Saved this time: next time the editor opens on the saved note, with nothing to offer back.
    await editor.locator('button', { hasText: /^Save$/ }).click();
    await editor.waitFor({ state: 'detached' });
    await clickHighlight(page, 'newsmark-note-blue');
    await editor.waitFor();
    expect(await editor.locator('textarea').inputValue()).toBe('Half a thought about the deadline');
    expect(await editor.locator('.nm-editor-restored').count()).toBe(0);
    await page.close();
  });

  test('"Note" on the toolbar makes the highlight only when the note is saved: Cancel leaves nothing', async () => {
    const { page, tabId, ui } = await openCopy('note-first-story');
    const editor = ui.locator('newsmark-notes .nm-popover');

    await dragOver(page, TARGET);
    await ui.locator('newsmark-notes .nm-toolbar-note').click();
    await editor.waitFor();
    await editor.locator('button', { hasText: 'Cancel' }).click();
    await editor.waitFor({ state: 'detached' });
    await page.waitForTimeout(300);
    // The reader's highlights in any colour (the toolbar's "Note" uses the colour picked last).
    const notesPainted = () =>
      page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('newsmark-note-')).reduce((n, k) => n + CSS.highlights.get(k)!.size, 0));
    expect(await notesPainted()).toBe(0);
    const popup = await openPopup(env.ext, tabId);
    await popup.locator('.nm-annotations-empty').waitFor();
    await popup.close();

    await dragOver(page, TARGET);
    await ui.locator('newsmark-notes .nm-toolbar-note').click();
    await editor.locator('textarea').fill('Written before it was saved');
    await editor.locator('button', { hasText: /^Save$/ }).click();
    await editor.waitFor({ state: 'detached' });
    await expect.poll(notesPainted).toBe(1);
    const after = await openPopup(env.ext, tabId);
    const item = after.locator('.nm-annotations li').first();
    await item.waitFor();
    expect(await item.textContent()).toContain('Written before it was saved');
    await after.close();
    await page.close();
  });
});
