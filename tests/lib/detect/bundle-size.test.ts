import { expect, test } from 'vitest';
import { detectorBundleSize } from '../../../scripts/bundle-size';

// The detectors with their data run in the engine's own document, not on the page (the page's scripts have
// their own budgets, tests/entrypoints/first-look-size.test.ts): what their size costs is the engine's start-up,
// once a session. `npm run bench -- engine-start` measured it at 120.8 kB gzipped in Chromium: 28 ms to parse and
// run the script, 74 ms for the first analysis (the lexicons built), medians of 25 fresh pages. The budget is 150 kB
// (issue 4 held them to 120 kB when they ran in the content script; issue 13 asks for larger gazetteers now that
// the page does not pay for them).
test('the detectors with their data stay within 150 kB gzipped', async () => {
  const { gzipped } = await detectorBundleSize();
  expect(gzipped / 1024).toBeLessThanOrEqual(150);
}, 30_000);
