import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import * as v from 'valibot';
import { CodePointIndex } from '../lib/anchor/codepoints';
import { anchorQuote, MatchText } from '../lib/anchor/match';
import { anchor, describe } from '../lib/anchor/selectors';
import { AnnotationSelectorSchema } from '../lib/schema';

/**
 * The anchoring engine from the command line:
 *
 *   npm run --silent anchor -- --describe FILE.txt < ranges.jsonl > selectors.jsonl
 *   npm run --silent anchor -- FILE.txt < selectors.jsonl
 *
 * `--describe`: each stdin line is a range `{start, end}` in code points of the file's text; each stdout line is
 * the selector set the extension stores for a highlight of it (a JSON array: TextQuoteSelector,
 * TextPositionSelector, NewsmarkBlockHint).
 * Without it, each stdin line is one selector set: that array (or `{selectors: [...]}`, or the short form
 * `{exact, prefix, suffix, start, end}`), positions in code points; each stdout line is
 * `{status: "anchored"|"orphan", start, end, score}`, in code points too. A line that is not a selector set (or a
 * range) gets an orphan line (or `{error}`) so output lines match input lines.
 */

const RangeLine = v.object({ start: v.pipe(v.number(), v.integer(), v.minValue(0)), end: v.pipe(v.number(), v.integer(), v.minValue(0)) });

const SelectorSet = v.pipe(v.array(AnnotationSelectorSchema), v.minLength(1));

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
    const json: unknown = JSON.parse(line);
    // The full set as the extension stores it (what --describe prints).
    const set = v.safeParse(SelectorSet, Array.isArray(json) ? json : (json as { selectors?: unknown } | null)?.selectors);
    if (set.success) {
      const r = anchor(m, set.output, cp);
      if (r.status === 'orphan') return { status: 'orphan', start: -1, end: -1, score: r.score };
      return { status: 'anchored', start: cp.toCodePoint(r.start), end: cp.toCodePoint(r.end), score: r.score };
    }
    const result = v.safeParse(SelectorLine, json);
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

/** The selector set for one `{start, end}` line (code points), or why there is none. */
export function describeLine(text: string, m: MatchText, cp: CodePointIndex, line: string): unknown {
  let range: v.InferOutput<typeof RangeLine>;
  try {
    const result = v.safeParse(RangeLine, JSON.parse(line));
    if (!result.success) return { error: `not a range: ${result.issues[0].message}` };
    range = result.output;
  } catch {
    return { error: 'not JSON' };
  }
  const length = cp.toCodePoint(text.length);
  if (range.start >= range.end || range.end > length) return { error: `not a range of the text (0 ≤ start < end ≤ ${length})` };
  return describe(text, cp.toUtf16(range.start), cp.toUtf16(range.end), cp, m);
}

export async function main(argv: string[]): Promise<number> {
  const describing = argv.includes('--describe');
  const files = argv.filter((a) => a !== '--' && a !== '--describe');
  if (files.length !== 1) {
    process.stderr.write('usage: npm run --silent anchor -- [--describe] FILE.txt < lines.jsonl\n');
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
    process.stdout.write(`${JSON.stringify(describing ? describeLine(text, m, cp, line) : anchorLine(m, cp, line))}\n`);
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
