import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from '../../helpers/fixtures';

/**
 * Compare with a golden file in tests/fixtures/exchange/. UPDATE_GOLDEN=1 writes it instead (then read the diff:
 * a golden file is only as good as the reading it got).
 */
export function expectGolden(name: string, actual: string): void {
  const path = join(ROOT, 'tests/fixtures/exchange', name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, actual);
  expect(existsSync(path), `${name} is missing: run with UPDATE_GOLDEN=1 to write it`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
