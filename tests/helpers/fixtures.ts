import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Root of the repository (vitest runs from it). */
export const ROOT = resolve(import.meta.dirname ?? '.', '../..');

/** A fixture we wrote, by path under tests/fixtures. */
export function fixture(name: string): string {
  return readFileSync(resolve(ROOT, 'tests/fixtures', name), 'utf8');
}
