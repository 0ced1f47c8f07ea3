import { expect, test } from 'vitest';
import { detectorBundleSize } from '../../../scripts/bundle-size';

// The content script's budget for all detectors with their data (issue 4): 120 kB gzipped.
test('the detectors with their data stay within 120 kB gzipped', async () => {
  const { gzipped } = await detectorBundleSize();
  expect(gzipped / 1024).toBeLessThanOrEqual(120);
}, 30_000);
