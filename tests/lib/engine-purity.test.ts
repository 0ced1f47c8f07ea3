import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from '../helpers/fixtures';

// lib/ runs in the content script as well as in Node: Node globals there crash every page. And only
// lib/extract, lib/anchor and lib/highlight may touch the DOM.
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

const lib = files(join(ROOT, 'lib'));

test.each(lib.map((f) => [relative(ROOT, f)]))('%s uses no Node globals', (file) => {
  const src = readFileSync(join(ROOT, file), 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
  expect(src).not.toMatch(/\bprocess\.|\brequire\(|\b__dirname\b|from 'node:/);
});

const DOM_FREE = lib.filter((f) => !/lib\/(extract|anchor|highlight)\//.test(f) && !/lib\/(settings|messages)\.ts$/.test(f));
test.each(DOM_FREE.map((f) => [relative(ROOT, f)]))('%s does not touch the DOM', (file) => {
  const src = readFileSync(join(ROOT, file), 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
  expect(src).not.toMatch(/\b(document|window)\.|\bcreateRange\(|\bCSS\.highlights/);
});
