import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { analyzeFile, decodeHtml } from '../../cli/analyze';
import { fixture, ROOT } from '../helpers/fixtures';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'newsmark-cli-'));
const put = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', resolve(ROOT, 'cli/analyze.ts'), ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('analyze CLI', () => {
  test('one JSON line per file; a bad file gets an error line and the others still run', async () => {
    const story = put('story.txt', fixture('scraped-story.txt'));
    const html = put('story.html', fixture('pages/harbour-story.html'));
    const gz = put('story.html.gz', gzipSync(fixture('pages/harbour-story.html')));
    const { code, stdout, stderr } = await cli(story, join(dir, 'missing.txt'), html, gz);
    expect(code).toBe(1);
    expect(stderr).toBe(`newsmark: ${join(dir, 'missing.txt')}: no such file\n`);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([story, html, gz]);
    expect(lines[0].text).toBe(fixture('scraped-story.txt'));
    expect(lines[0].repeats.filter((r: { paragraph: number }) => r.paragraph >= 9)).toHaveLength(4);
    expect(lines[1]).toMatchObject({ title: 'Breakwater engineer rejects safety claims', byline: 'Jonas Ekberg', siteName: 'The Harbour Gazette' });
    expect(lines[2]).toEqual({ ...lines[1], file: gz });
  }, 30_000);

  test('usage errors', async () => {
    expect((await cli()).code).toBe(2);
    expect((await cli('--frobnicate', 'x')).stderr).toMatch(/unknown option --frobnicate/);
  }, 30_000);
});

describe('analyzeFile', () => {
  test('text input: exactly the file content, paragraphs as UTF-16 offsets', async () => {
    const text = '😀 First.\n\nSecond — with “quotes”.\n';
    const r = await analyzeFile(put('emoji.txt', text), false);
    expect(r.text).toBe(text);
    expect(r.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['😀 First.', 'Second — with “quotes”.']);
  });

  test('--text takes an HTML file as text', async () => {
    const r = await analyzeFile(put('raw.html', '<p>One</p>\n\n<p>One</p>'), true);
    expect(r.text).toBe('<p>One</p>\n\n<p>One</p>');
    expect(r.repeats).toHaveLength(1);
    expect(r.title).toBeNull();
  });

  test.each([
    ['a directory', dir, /is a directory/],
    ['a broken gzip', put('broken.html.gz', 'not gzip'), /not a valid gzip file/],
    ['an HTML file with no article', put('empty.html', '<html><body></body></html>'), /No article text|no body/i],
  ])('%s is a clear error', async (_name, file, message) => {
    await expect(analyzeFile(file, false)).rejects.toThrow(message);
  });

  test('the object has every documented field', async () => {
    const r = await analyzeFile(put('s.txt', 'A.\n\nA.'), false);
    expect(Object.keys(r).sort()).toEqual(
      ['byline', 'excerpt', 'file', 'lang', 'organizations', 'paragraphs', 'people', 'publishedTime', 'quotes', 'repeats', 'siteName', 'text', 'title'].sort(),
    );
  });
});

test('decodeHtml honours the declared charset', () => {
  const bytes = Buffer.concat([Buffer.from('<meta charset="windows-1252"><p>Caf'), Buffer.from([0xe9]), Buffer.from('</p>')]);
  expect(decodeHtml(bytes)).toContain('Café');
  expect(decodeHtml(Buffer.from('<p>naïve</p>'))).toContain('naïve');
});
