import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { ROOT } from './browser';

/** Minified and gzipped size of the detectors (lib/detect/index.ts and all it imports), as the content script ships them. */
export async function detectorBundleSize(): Promise<{ minified: number; gzipped: number; parts: Record<string, number> }> {
  const result = await build({
    entryPoints: [resolve(ROOT, 'lib/detect/index.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
  });
  const code = result.outputFiles[0]!.contents;
  const parts: Record<string, number> = {};
  for (const [file, info] of Object.entries(result.metafile.outputs)) {
    void file;
    for (const [input, { bytesInOutput }] of Object.entries(info.inputs)) parts[input] = bytesInOutput;
  }
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length, parts };
}

/**
 * One page script (an entry point with all it imports), as the extension ships it: minified, gzipped, and the
 * modules it is made of. WXT's build is a little larger, with its wrapper.
 */
async function pageScript(entry: string): Promise<{ minified: number; gzipped: number; inputs: string[] }> {
  const result = await build({
    entryPoints: [resolve(ROOT, entry)],
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    metafile: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.css': 'text' },
    plugins: [
      {
        name: 'css-inline',
        setup(b) {
          b.onResolve({ filter: /\?inline$/ }, (a) => ({ path: resolve(a.resolveDir, a.path.replace(/\?inline$/, '')) }));
        },
      },
    ],
  });
  const code = result.outputFiles[0]!.contents;
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length, inputs: Object.keys(result.metafile.inputs) };
}

/** The script that runs on every page. What it must not carry: the reader, the engine. */
export const firstLookBundleSize = () => pageScript('entrypoints/first-look.ts');

/**
 * The reader, brought into articles: the modules of the highlights' own UI and anchoring must not be among its
 * inputs (they come with entrypoints/notes, when a page needs them).
 */
export const readerBundleInputs = () => pageScript('entrypoints/reader/index.ts');

if (import.meta.url === `file://${process.argv[1]}`) {
  const s = await detectorBundleSize();
  console.log(`detectors: ${(s.minified / 1024).toFixed(1)} kB minified, ${(s.gzipped / 1024).toFixed(1)} kB gzipped`);
  for (const [k, v] of Object.entries(s.parts)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12))
    console.log(`  ${(v / 1024).toFixed(1).padStart(7)} kB  ${k}`);
}
