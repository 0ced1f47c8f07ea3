import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { analyzeFile, decodeHtml } from '../../cli/analyze';
import { elementDepth, MAX_ELEMENT_DEPTH, tagDepthEstimate } from '../../lib/extract/depth';
import { parseDocument } from '../../cli/dom';
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
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([story, html, gz]);
    expect(lines[0].text).toBe(fixture('scraped-story.txt'));
    expect(lines[0].repeats.filter((r: { paragraph: number }) => r.paragraph >= 9)).toHaveLength(4);
    expect(lines[1]).toMatchObject({ title: 'Breakwater engineer rejects safety claims', byline: 'Jonas Ekberg', siteName: 'The Harbour Gazette' });
    expect(lines[2]).toEqual({ ...lines[1], file: gz });
  }, 30_000);

  test('a page nested 50,000 elements deep gets a clear error line, quickly', async () => {
    const deep = put(
      'deep.html',
      `<html><head><title>Deep</title></head><body>${'<div>'.repeat(50_000)}<p>${'Words of the story. '.repeat(20)}</p>${'</div>'.repeat(50_000)}</body></html>`,
    );
    const story = put('after-deep.txt', 'A paragraph.\n\nAnother.');
    const started = Date.now();
    const { code, stdout, stderr } = await cli(deep, story);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(code).toBe(1);
    expect(stderr).toBe(`newsmark: ${deep}: elements are nested more than ${MAX_ELEMENT_DEPTH} deep; a page like this is not analysed\n`);
    expect(
      stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).file),
    ).toEqual([story]);
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

  test('text input with a UTF-8 byte order mark: text keeps it, offsets still point at the paragraphs', async () => {
    const content = '\ufeffFirst paragraph of the story.\n\nSecond paragraph.\n';
    const file = put('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(content.slice(1), 'utf8')]));
    const r = await analyzeFile(file, false);
    expect(r.text).toBe(content);
    expect(r.text.charCodeAt(0)).toBe(0xfeff);
    expect(r.paragraphs.map((p) => r.text.slice(p.start, p.end))).toEqual(['First paragraph of the story.', 'Second paragraph.']);
  });

  test.each([
    ['past the limit after parsing (the raw tags look shallow enough)', 1_000, /nested more than 512 deep/],
    ['far past it (refused before parsing)', 20_000, /nested more than 512 deep/],
  ])('an HTML page nested too deeply: %s', async (_name, depth, message) => {
    const file = put(
      `deep-${depth}.html`,
      `<html><body>${'<div>'.repeat(depth)}<p>${'Words of the story. '.repeat(20)}</p>${'</div>'.repeat(depth)}</body></html>`,
    );
    const started = Date.now();
    await expect(analyzeFile(file, false)).rejects.toThrow(message);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  test('a page nested less deeply than the limit is analysed', async () => {
    const file = put(
      'nested-200.html',
      `<html><head><title>Nested</title></head><body>${'<div>'.repeat(200)}<article><p>${'The harbour authority said on Tuesday that the breakwater would be finished in the spring. '.repeat(4)}</p><p>${'Ferry operators warned that the delay could push some routes to the spring timetable. '.repeat(4)}</p></article>${'</div>'.repeat(200)}</body></html>`,
    );
    const r = await analyzeFile(file, false);
    expect(r.paragraphs.length).toBeGreaterThan(0);
  }, 20_000);

  test('depth measures', () => {
    expect(tagDepthEstimate('<div><div/><span>x</span><div><p>y</p></div></div>')).toBe(2);
    expect(tagDepthEstimate('</div></div><div>')).toBe(1);
    expect(elementDepth(parseDocument('<html><body><div><div><p>x</p></div></div></body></html>'))).toBe(5);
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
