import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from './browser';
import { median, quantile, table } from './corpus';
import { libraryBackup } from './library-fixture';

/**
 * `npm run bench -- library [--pages N]`: the library with N (10,000) invented pages imported, in real Chromium
 * (build first). Reports the import, the first titles on screen after opening, the library brought up to date, and
 * the time from a keystroke in Search to the next frame with the results. One run, one machine: noisy.
 */
const args = process.argv.slice(2);
const count = Number(args[args.indexOf('--pages') + 1]) || 10_000;
const OPENINGS = 7;

const backup = libraryBackup(count);
const dir = mkdtempSync(join(tmpdir(), 'newsmark-library-bench-'));
const file = join(dir, 'backup.json');
writeFileSync(file, JSON.stringify(backup));
const words = backup.pages
  .slice(0, 40)
  .flatMap((p, i) => [
    p.analysis.people[i % 4]!.name.split(' ')[1]!,
    p.analysis.text.split(/\W+/)[40 + i]!,
    `${p.meta.title!.split(' ')[2]} ${p.meta.title!.split(' ')[3]}`,
  ]);

const ext = await launchWithExtension();
try {
  const url = `chrome-extension://${ext.extensionId}/library.html`;
  const page = await ext.context.newPage();
  await page.goto(url);
  await page.locator('.count').waitFor();
  let t = Date.now();
  await page.getByLabel('Import').setInputFiles(file);
  await page.locator('.notice', { hasText: /^Imported/ }).waitFor({ timeout: 600_000 });
  const importMs = Date.now() - t;
  await page.locator('.count', { hasText: /bringing/ }).waitFor({ state: 'detached', timeout: 600_000 });
  const indexedMs = Date.now() - t;
  await page.close();

  const first: number[] = [];
  const ready: number[] = [];
  const heap: number[] = [];
  for (let i = 0; i < OPENINGS; i++) {
    const p = await ext.context.newPage();
    t = Date.now();
    await p.goto(url);
    await p.locator('.page-title').first().waitFor();
    first.push(Date.now() - t);
    await p.locator('.count', { hasText: /bringing/ }).waitFor({ state: 'detached', timeout: 120_000 });
    ready.push(Date.now() - t);
    heap.push(await p.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0));
    if (i < OPENINGS - 1) await p.close();
  }

  // Keystrokes: each query typed a character at a time; from the input event to the frame after the list changed.
  const lib = ext.context.pages().at(-1)!;
  const keystroke: number[] = [];
  for (const query of words) {
    for (let n = 1; n <= query.length; n++) {
      keystroke.push(
        await lib.evaluate(
          async (value) => {
            const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
            const start = performance.now();
            input.value = value;
            input.dispatchEvent(new Event('input', { bubbles: true }));
            await new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));
            return performance.now() - start;
          },
          query.slice(0, n),
        ),
      );
    }
  }
  // Scroll through the list: each row's paragraphs checked against the 10,000 others (the fingerprint index).
  await lib.getByLabel('Search').fill('');
  for (let i = 0; i < 30; i++) {
    await lib.locator('.library-list').evaluate((el) => el.scrollBy(0, el.clientHeight));
    await lib.waitForTimeout(600);
  }
  const checks = await lib.evaluate(() => performance.getEntriesByName('newsmark:also-in').map((m) => m.duration));
  const found = await lib.locator('.page-also').count();
  const shownFor = await lib.evaluate(() => document.querySelector('.count')?.textContent ?? '');
  const f = (x: number) => x.toFixed(0);
  console.log(
    `\nThe library with ${count.toLocaleString()} pages and ${backup.annotations.length.toLocaleString()} highlights (${(JSON.stringify(backup).length / 1e6).toFixed(1)} MB backup), real Chromium\n`,
  );
  console.log(
    table([
      ['measure', 'median', 'p95', 'goal'],
      ['import the backup (validate + write), ms', f(importMs), '', ''],
      ['import, then every entry made and indexed, ms', f(indexedMs), '', ''],
      ['open → first titles on screen, ms', f(median(first)), f(quantile(first, 0.95)), '≤ 400'],
      ['open → library up to date (index loaded), ms', f(median(ready)), f(quantile(ready, 0.95)), ''],
      ['keystroke in Search → results painted, ms', f(median(keystroke)), f(quantile(keystroke, 0.95)), '≤ 300'],
      ['a page checked against all others ("also in"), ms', f(median(checks)), f(quantile(checks, 0.95)), ''],
      ['library page JS heap, MB', (median(heap) / 1e6).toFixed(0), '', ''],
    ]),
  );
  console.log(
    `first: ${first.join(' ')}; ready: ${ready.join(' ')}; ${checks.length} pages checked for paragraphs in others, ${found} rows on screen say "also in".`,
  );
  console.log(`\n${keystroke.length} keystrokes over ${words.length} queries; the last shows "${shownFor}".`);
} finally {
  await ext.close();
}
