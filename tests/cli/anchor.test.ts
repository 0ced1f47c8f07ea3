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
    const child = execFile(process.execPath, ['--import', 'tsx', resolve(ROOT, 'cli/anchor.ts'), file], { cwd: ROOT }, (err, stdout) => (err ? fail(err) : ok(stdout)));
    child.stdin!.end(input);
  });
  const lines = out.trim().split('\n').map((l) => JSON.parse(l));
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
