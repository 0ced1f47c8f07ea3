import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { analyze } from '../../../lib/detect/index';
import { ROOT } from '../../helpers/fixtures';

// The seed story lives in ../shared (research data, never copied into the repo). Without it this test is
// skipped and says why; `npm run eval -- seed` makes the same check and fails when it does not hold.
const SHARED = resolve(process.env.NEWSMARK_SHARED ?? resolve(ROOT, '../shared'));
const SEED = resolve(SHARED, 'seeds/000_463bf1814fbf7fbc.txt');
const present = existsSync(SEED);
if (!present) console.warn(`seed test skipped: ${SEED} not found (put the shared folder beside the repository or set NEWSMARK_SHARED)`);

test.skipIf(!present)(
  `the seed story's last four paragraphs are exact repeats of the four before them${present ? '' : ' (skipped: ../shared/seeds not found)'}`,
  () => {
    const text = readFileSync(SEED, 'utf8');
    const { paragraphs, repeats } = analyze({ text });
    expect(paragraphs.length).toBeGreaterThanOrEqual(8);
    const last4 = paragraphs.length - 4;
    for (let k = 0; k < 4; k++) {
      expect(repeats.find((r) => r.paragraph === last4 + k)).toMatchObject({ of: last4 - 4 + k, kind: 'exact', similarity: 1 });
    }
  },
);
