import { expect, test } from 'vitest';
import { firstLookBundleSize } from '../../scripts/bundle-size';

// The script on every page stays small (issue 10: the page pays for it alone unless there is something to do):
// no detectors, lexicons, engine, Preact or validation library in it.
test('the first look stays within 8 kB gzipped and carries nothing of the reader or the engine', async () => {
  const { gzipped, inputs } = await firstLookBundleSize();
  expect(gzipped / 1024).toBeLessThanOrEqual(8);
  const heavy = inputs.filter((i) => /lib\/detect|lib\/nlp|lib\/data|lib\/anchor|lib\/highlight|components\/|node_modules\/(preact|valibot|approx-string-match)|Readability\.js$/.test(i));
  expect(heavy).toEqual([]);
}, 30_000);
