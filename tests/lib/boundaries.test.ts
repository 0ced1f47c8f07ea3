import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

/** Every TypeScript file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The modules a file imports (static and dynamic). */
function importsOf(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"\n;]*?(?:from\s*)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => (m[1] ?? m[2])!,
  );
}

describe('lib/ is the engine: pure, and no UI', () => {
  const root = join(__dirname, '../..');
  const files = sources(join(root, 'lib'));

  test('the check sees the files and their imports', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(importsOf(join(root, 'lib/highlight/article.ts'))).toContain('./painter');
  });

  test('nothing in lib/ imports from components/, entrypoints/, Preact or a stylesheet', () => {
    const offending = files.flatMap((f) =>
      importsOf(f)
        .filter((m) => /(^|\/)(components|entrypoints)\//.test(m) || /^preact(\/|$)/.test(m) || /\.css(\?|$)/.test(m))
        .map((m) => `${relative(root, f)} imports ${m}`),
    );
    expect(offending).toEqual([]);
  });

  test('no .tsx in lib/ (components live in components/)', () => {
    expect(files.filter((f) => f.endsWith('.tsx')).map((f) => relative(root, f))).toEqual([]);
  });
});
