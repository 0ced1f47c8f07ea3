import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension, openPopup, ROOT, serveFixtures, tabIdOf, waitForTabState } from './browser';
import { run } from './run';

/**
 * `npm start`: build the extension and open it in Chromium (system chromium / google-chrome, or CHROME_PATH)
 * on a sample article served from this machine. With a display the browser stays open for you; without one
 * it runs headless and writes screenshots of the article and the popup under .output/screenshots/.
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
  console.log(`No display: ran headless and wrote\n  ${resolve(dir, 'article.png')}\n  ${resolve(dir, 'popup.png')}`);
  await ext.close();
  await site.close();
}
