import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { analyze, inputFromBlocks, type AnalyzeInput } from '../lib/detect/index';
import { elementDepth, MAX_ELEMENT_DEPTH, tagDepthEstimate } from '../lib/extract/depth';
import { extractArticle } from '../lib/extract/index';
import type { Analysis, ArticleMeta } from '../lib/types';
import { parseDocument } from './dom';

/**
 * The engine from the command line: one JSON object per file, one per line.
 *
 *   npm run --silent analyze -- [--text] FILE...
 *
 * .html, .htm and .html.gz go through extraction (Readability on a Node DOM) then analysis; .txt files, or any
 * file with --text, are the text itself, paragraphs split at blank lines. A file that cannot be read gets one
 * line on stderr and the others still run; the exit status is 1 if any failed.
 */

export interface FileResult extends Analysis {
  file: string;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  excerpt: string | null;
}

const USAGE = 'usage: npm run --silent analyze -- [--text] FILE...';
const NO_META: ArticleMeta = { title: null, byline: null, siteName: null, publishedTime: null, lang: null, dir: null, excerpt: null };

function isHtml(file: string): boolean {
  return /\.(html?|html?\.gz)$/i.test(file);
}

/** Analyse one file. Throws an Error whose message is fit for the reader. */
export async function analyzeFile(file: string, asText: boolean): Promise<FileResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message);
  }
  if (/\.gz$/i.test(file)) {
    try {
      bytes = gunzipSync(bytes);
    } catch {
      throw new Error('not a valid gzip file');
    }
  }
  const html = !asText && isHtml(file);
  // Text input is the file's content exactly, a byte order mark included (TextDecoder drops it by default),
  // so that `text` and the offsets into it match the file.
  const content = html ? decodeHtml(bytes) : new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let meta = NO_META;
  let input: AnalyzeInput;
  if (!html) {
    input = { text: content };
  } else {
    if (tagDepthEstimate(content) > MAX_PARSE_DEPTH_ESTIMATE) throw new Error(TOO_DEEP);
    const document = parseDocument(content);
    if (elementDepth(document, MAX_ELEMENT_DEPTH) > MAX_ELEMENT_DEPTH) throw new Error(TOO_DEEP);
    const extraction = guardStack(() => extractArticle(document, { checkReaderable: false }));
    if (!extraction.ok) throw new Error(extraction.message);
    meta = extraction.article.meta;
    input = inputFromBlocks(extraction.article.blocks);
  }
  const analysis = guardStack(() => analyze(input));
  return {
    file,
    title: meta.title,
    byline: meta.byline,
    siteName: meta.siteName,
    publishedTime: meta.publishedTime,
    lang: meta.lang,
    excerpt: meta.excerpt,
    ...analysis,
  };
}

/** Before parsing: open container tags (as counted in the raw HTML) beyond which parsing is not worth it. */
const MAX_PARSE_DEPTH_ESTIMATE = 4 * MAX_ELEMENT_DEPTH;
const TOO_DEEP = `elements are nested more than ${MAX_ELEMENT_DEPTH} deep; a page like this is not analysed`;

/** Run `work`; a stack overflow (from input shaped in a way nothing above foresaw) becomes a reader's message. */
function guardStack<T>(work: () => T): T {
  try {
    return work();
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) throw new Error('the page is nested too deeply to analyse (stack overflow)');
    throw e;
  }
}

/** Saved pages are not all UTF-8: honour a BOM, else the <meta charset> in the first kilobyte. */
export function decodeHtml(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
  let label = 'utf-8';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) label = 'utf-8';
  else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) label = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
  else if (declared) label = declared;
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

export async function main(argv: string[]): Promise<number> {
  const asText = argv.includes('--text');
  const files = argv.filter((a) => a !== '--text' && a !== '--');
  const unknown = files.filter((f) => f.startsWith('--'));
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (files.length === 0 || unknown.length > 0) {
    process.stderr.write(`${unknown.length ? `unknown option ${unknown[0]}\n` : ''}${USAGE}\n`);
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    try {
      const result = await analyzeFile(file, asText);
      process.stdout.write(`${JSON.stringify(result)}\n`);
    } catch (e) {
      failed++;
      process.stderr.write(`newsmark: ${file}: ${(e as Error).message}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
