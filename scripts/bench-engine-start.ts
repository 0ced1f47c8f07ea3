import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { findChromium, ROOT } from './browser';
import { detectorBundleSize } from './bundle-size';
import { median, table } from './corpus';

/**
 * `npm run bench -- engine-start [--rounds N]`: what the detectors' size costs where they run, the engine's own
 * document (the offscreen document in Chrome, the background page in Firefox), once per session: evaluating the
 * detectors' script with all their data, then the first analysis, which builds the lexicons. Each round in a fresh
 * page of real Chromium (Debian's), so nothing is cached between rounds but what the browser caches itself.
 */

declare const NM: { analyze(input: { text: string }): unknown };

const args = process.argv.slice(2);
const at = args.indexOf('--rounds');
const rounds = at >= 0 ? Number(args[at + 1]) : 15;

const result = await build({
  entryPoints: [resolve(ROOT, 'lib/detect/index.ts')],
  bundle: true,
  minify: true,
  format: 'iife',
  globalName: 'NM',
  platform: 'browser',
  write: false,
});
const code = result.outputFiles[0]!.text;
const { gzipped } = await detectorBundleSize();

const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const evaluateMs: number[] = [];
const firstMs: number[] = [];
const secondMs: number[] = [];
try {
  for (let r = 0; r < rounds; r++) {
    const page = await browser.newPage();
    const [e, f, s] = await page.evaluate((source) => {
      const text = 'Mayor Ana Ruiz of Harbourton said on Monday that the pier “will reopen by June,” and Tom Lee agreed.';
      // An inline script runs (parsed, compiled and evaluated) as it is added, as the engine's document runs it.
      const script = document.createElement('script');
      script.textContent = source;
      const t0 = performance.now();
      document.head.append(script);
      const t1 = performance.now();
      NM.analyze({ text });
      const t2 = performance.now();
      NM.analyze({ text });
      const t3 = performance.now();
      return [t1 - t0, t2 - t1, t3 - t2];
    }, code);
    evaluateMs.push(e);
    firstMs.push(f);
    secondMs.push(s);
    await page.close();
  }
} finally {
  await browser.close();
}

const ms = (xs: number[]) => `${median(xs).toFixed(1)} ms`;
const total = evaluateMs.map((e, i) => e + firstMs[i]!);
console.log(
  `The engine's start-up in Chromium: the detectors (${(code.length / 1024).toFixed(1)} kB minified, ${(gzipped / 1024).toFixed(1)} kB gzipped), medians of ${rounds} fresh pages\n`,
);
console.log(
  table([
    ['', 'median', 'max'],
    ['evaluating the script', ms(evaluateMs), `${Math.max(...evaluateMs).toFixed(1)} ms`],
    ['first analysis (builds the lexicons)', ms(firstMs), `${Math.max(...firstMs).toFixed(1)} ms`],
    ['start-up in all', ms(total), `${Math.max(...total).toFixed(1)} ms`],
    ['the same analysis again', ms(secondMs), `${Math.max(...secondMs).toFixed(1)} ms`],
  ]),
);
