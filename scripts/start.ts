import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { clickHighlight, dragOver, launchWithExtension, openPopup, ROOT, serveFixtures, tabIdOf, waitForTabState } from './browser';
import { ourUi } from './our-ui';
import { run } from './run';

/**
 * `npm start`: build the extension and open it in Chromium (system chromium / google-chrome, or CHROME_PATH)
 * on a sample article served from this machine. With a display the browser stays open for you; without one
 * it runs headless and writes screenshots of the article, the popup and the library under .output/screenshots/.
 */

const SAMPLE = '/harbour-story.html';
const headed =
  !process.argv.includes('--headless') &&
  !process.env.CI &&
  (process.platform === 'darwin' || process.platform === 'win32' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY);

if ((await run('wxt', ['build'])) !== 0) {
  console.error('npm start: the build failed.');
  process.exit(1);
}

const site = await serveFixtures();
const ext = await launchWithExtension({ headless: !headed });
const page = await ext.context.newPage();
await page.goto(`${site.origin}${SAMPLE}`);
const tabId = await tabIdOf(ext, page);
const state = await waitForTabState(ext, tabId);
console.log(`Newsmark read the sample article: ${state.status}.`);

if (headed) {
  console.log(`\nChromium is open on ${site.origin}${SAMPLE} with Newsmark loaded.`);
  console.log('Pin Newsmark from the puzzle-piece menu and click it for the popup. Close the browser to stop.');
  await new Promise<void>((done) => ext.context.on('close', () => done()));
  await site.close();
} else {
  const dir = resolve(ROOT, '.output/screenshots');
  mkdirSync(dir, { recursive: true });
  await page.waitForTimeout(300);
  await page.screenshot({ path: resolve(dir, 'article.png'), fullPage: true });
  const popup = await openPopup(ext, tabId);
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.waitForSelector('main, .status');
  await popup.screenshot({ path: resolve(dir, 'popup.png') });
  await popup.close();
  await highlightDemo(page);
  await page.screenshot({ path: resolve(dir, 'highlight.png') });
  const after = await openPopup(ext, tabId);
  await after.setViewportSize({ width: 400, height: 600 });
  await after.locator('.nm-annotations').screenshot({ path: resolve(dir, 'highlights.png') });
  // The library, with the article and its note, and the same page found by a word of the note.
  const library = await ext.context.newPage();
  await library.setViewportSize({ width: 1000, height: 640 });
  await library.goto(`chrome-extension://${ext.extensionId}/library.html`);
  await library.locator('.page-title').first().waitFor();
  await library.screenshot({ path: resolve(dir, 'library.png') });
  await library.getByRole('tab', { name: 'People' }).click();
  await library.locator('.person-name').first().click();
  await library.screenshot({ path: resolve(dir, 'people.png') });
  const files = ['article.png', 'popup.png', 'highlight.png', 'highlights.png', 'library.png', 'people.png'].map((f) => `  ${resolve(dir, f)}`);
  console.log(`No display: ran headless and wrote\n${files.join('\n')}`);
  await ext.close();
  await site.close();
}

/**
 * What a reader does: select a sentence, pick a colour, click the highlight and write a note, with the browser's
 * real input (Newsmark acts on trusted events only). Our UI is in closed shadow roots: it is found as only the
 * extension can (our-ui.ts).
 */
async function highlightDemo(page: import('playwright-core').Page): Promise<void> {
  const ui = ourUi(ext, page);
  await dragOver(page, 'both bodies face pressure to finish the wall without cutting corners');
  await ui.locator('newsmark-notes .nm-swatch[data-colour="green"]').click();
  // Saving goes through the background; the highlight is painted when it answers.
  await page.waitForFunction(() => (CSS.highlights.get('newsmark-note-green')?.size ?? 0) > 0);
  await clickHighlight(page, 'newsmark-note-green');
  const editor = ui.locator('newsmark-notes .nm-popover');
  await editor.locator('textarea').fill('Ask the agency when its **own review** is due.');
  await editor.locator('input[type="text"]').fill('follow-up');
  await editor.locator('button', { hasText: /^Save$/ }).click();
  await editor.waitFor({ state: 'detached' });
  // Open it again so the screenshot shows the editor with the saved note (the save's change notice repaints the
  // page's highlights first: wait for that, then click).
  await page.waitForTimeout(300);
  await clickHighlight(page, 'newsmark-note-green');
  await editor.waitFor({ state: 'visible' });
  await editor
    .locator('button', { hasText: 'Preview' })
    .click()
    .catch(() => undefined);
  await page.waitForTimeout(200);
}
