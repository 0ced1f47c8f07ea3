import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import * as v from 'valibot';
import { CodePointIndex } from '../lib/anchor/codepoints';
import { anchorQuote, MatchText } from '../lib/anchor/match';

/**
 * The anchoring engine from the command line:
 *
 *   npm run --silent anchor -- FILE.txt < selectors.jsonl
 *
 * Each stdin line is one selector set, `{exact, prefix, suffix, start, end}` with positions in code points of
 * the file's text; each stdout line is `{status: "anchored"|"orphan", start, end, score}`, in code points too.
 * A line that is not a selector set gets an orphan line with an `error`, so output lines match input lines.
 */

const SelectorLine = v.object({
  exact: v.pipe(v.string(), v.minLength(1)),
  prefix: v.optional(v.string()),
  suffix: v.optional(v.string()),
  start: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  end: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});

export interface AnchorLine {
  status: 'anchored' | 'orphan';
  start: number;
  end: number;
  score: number;
  error?: string;
}

/** Anchor one selector line against a prepared text. */
export function anchorLine(m: MatchText, cp: CodePointIndex, line: string): AnchorLine {
  let parsed: v.InferOutput<typeof SelectorLine>;
  try {
    const result = v.safeParse(SelectorLine, JSON.parse(line));
    if (!result.success) return { status: 'orphan', start: -1, end: -1, score: 0, error: `not a selector set: ${result.issues[0].message}` };
    parsed = result.output;
  } catch {
    return { status: 'orphan', start: -1, end: -1, score: 0, error: 'not JSON' };
  }
  const r = anchorQuote(m, {
    exact: parsed.exact,
    prefix: parsed.prefix,
    suffix: parsed.suffix,
    start: parsed.start === undefined ? undefined : cp.toUtf16(parsed.start),
    end: parsed.end === undefined ? undefined : cp.toUtf16(parsed.end),
  });
  if (r.status === 'orphan') return { status: 'orphan', start: -1, end: -1, score: r.score };
  return { status: 'anchored', start: cp.toCodePoint(r.start), end: cp.toCodePoint(r.end), score: r.score };
}

export async function main(argv: string[]): Promise<number> {
  const files = argv.filter((a) => a !== '--');
  if (files.length !== 1) {
    process.stderr.write('usage: npm run --silent anchor -- FILE.txt < selectors.jsonl\n');
    return 2;
  }
  let text: string;
  try {
    text = await readFile(files[0]!, 'utf8');
  } catch (e) {
    process.stderr.write(`newsmark: ${files[0]}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}\n`);
    return 1;
  }
  // Built once for every selector of the run.
  const m = new MatchText(text);
  const cp = new CodePointIndex(text);
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    process.stdout.write(`${JSON.stringify(anchorLine(m, cp, line))}\n`);
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
