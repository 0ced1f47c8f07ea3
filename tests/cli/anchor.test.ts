import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { CodePointIndex } from '../../lib/anchor/codepoints';
import { MatchText } from '../../lib/anchor/match';
import { anchorLine } from '../../cli/anchor';
import { ROOT } from '../helpers/fixtures';

const text = 'Emoji 😀 first.\n\nThe harbour authority said the wall is safe.\n';

test('anchor CLI: one line per selector set, positions in code points', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'nm-anchor-')), 'story.txt');
  writeFileSync(file, text);
  const cps = [...text];
  const start = cps.join('').indexOf('harbour'); // no astral character before "harbour" in UTF-16 terms except the emoji
  const cpStart = [...text.slice(0, start)].length;
  const input = [
    JSON.stringify({ exact: 'harbour authority', prefix: 'The ', suffix: ' said', start: cpStart, end: cpStart + 17 }),
    JSON.stringify({ exact: 'the wall is sfae' }),
    JSON.stringify({ exact: 'nothing like this is in the text at all' }),
    'not json',
  ].join('\n');
  const out = await new Promise<string>((ok, fail) => {
    const child = execFile(process.execPath, ['--import', 'tsx', resolve(ROOT, 'cli/anchor.ts'), file], { cwd: ROOT }, (err, stdout) =>
      err ? fail(err) : ok(stdout),
    );
    child.stdin!.end(input);
  });
  const lines = out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  expect(lines).toHaveLength(4);
  expect(lines[0]).toEqual({ status: 'anchored', start: cpStart, end: cpStart + 17, score: 1 });
  expect(cps.slice(lines[0].start, lines[0].end).join('')).toBe('harbour authority');
  expect(lines[1]).toMatchObject({ status: 'anchored' });
  expect(cps.slice(lines[1].start, lines[1].end).join('')).toBe('the wall is safe');
  expect(lines[2]).toMatchObject({ status: 'orphan' });
  expect(lines[3]).toMatchObject({ status: 'orphan', error: 'not JSON' });
}, 30_000);

test('a selector set that is not one is an orphan with an error', () => {
  const m = new MatchText(text);
  expect(anchorLine(m, new CodePointIndex(text), '{"prefix":"x"}')).toMatchObject({ status: 'orphan', error: expect.stringContaining('not a selector set') });
  expect(anchorLine(m, new CodePointIndex(text), '{"exact":"safe","start":-4}')).toMatchObject({ status: 'orphan' });
});

test('anchor CLI --describe: the selector set the extension stores, one line per range; anchor takes it back', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nm-describe-'));
  const before = join(dir, 'before.txt');
  const after = join(dir, 'after.txt');
  writeFileSync(before, text);
  // The page changed a little: a paragraph before, the highlighted words kept.
  writeFileSync(after, `A new first paragraph 🎉.\n\n${text}`);
  const cpStart = [...text.slice(0, text.indexOf('harbour'))].length;
  const run = (args: string[], input: string) =>
    new Promise<string[]>((ok, fail) => {
      const child = execFile(process.execPath, ['--import', 'tsx', resolve(ROOT, 'cli/anchor.ts'), ...args], { cwd: ROOT }, (err, stdout) =>
        err ? fail(err) : ok(stdout.trim().split('\n')),
      );
      child.stdin!.end(input);
    });
  const described = await run(
    ['--describe', before],
    [JSON.stringify({ start: cpStart, end: cpStart + 17 }), JSON.stringify({ start: 5, end: 2 }), 'nope'].join('\n'),
  );
  const set = JSON.parse(described[0]!) as { type: string }[];
  expect(set.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector', 'NewsmarkBlockHint']);
  expect(set[0]).toMatchObject({ exact: 'harbour authority' });
  expect(set[1]).toEqual({ type: 'TextPositionSelector', start: cpStart, end: cpStart + 17 });
  expect(JSON.parse(described[1]!).error).toMatch(/not a range/);
  expect(JSON.parse(described[2]!)).toEqual({ error: 'not JSON' });
  // Taken back as it is (an array) and as {selectors}, on the changed text.
  const shift = [...'A new first paragraph 🎉.\n\n'].length;
  const anchored = await run([after], [described[0]!, JSON.stringify({ selectors: set })].join('\n'));
  for (const line of anchored) expect(JSON.parse(line)).toMatchObject({ status: 'anchored', start: cpStart + shift, end: cpStart + shift + 17 });
});
