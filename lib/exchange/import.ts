import { grouped } from '../text/numbers';
import * as v from 'valibot';
import { MAX_ANNOTATIONS_PER_PAGE, MAX_IMPORT_BYTES, MAX_URL_LENGTH } from '../limits';
import { AnalysisSchema, AnnotationSchema, BlockKindSchema, MetaSchema } from '../schema';
import { personKeys } from '../store/db';
export { MAX_IMPORT_BYTES };
import { pageFingerprints } from '../library/fingerprints';
import type { Annotation, PageRecord } from '../types';
import { cleanUrl, siteOf } from '../url';
import { BACKUP_FORMAT, BACKUP_VERSION } from './backup';
import { ANNO_CONTEXT, annotationsFromWebAnnotations, WebAnnotationError } from './web-annotation';

/**
 * Reading a file the reader chose to import: a Newsmark backup (lib/exchange/backup.ts) or Web Annotations
 * (lib/exchange/web-annotation.ts). Nothing is written here: the result is a plan, every record in it validated,
 * that lib/store/import.ts writes in one transaction. A file with anything wrong in it is refused whole, with a
 * message that says what and where, so that an import never leaves half a library behind.
 */

export const MAX_IMPORT_PAGES = 100_000;
export const MAX_IMPORT_ANNOTATIONS = 1_000_000;
/** Settings are a few switches and a colour; more than this is not a Newsmark backup's settings. */
const MAX_SETTINGS_CHARS = 100_000;

export interface ImportPlan {
  kind: 'backup' | 'web-annotation';
  pages: PageRecord[];
  annotations: Annotation[];
  settings?: Record<string, unknown>;
}

export interface ImportRefusal {
  refused: true;
  /** Said to the reader as it is. */
  message: string;
}

export function isRefusal(result: ImportPlan | ImportRefusal): result is ImportRefusal {
  return 'refused' in result;
}

/** Whether a file of this many bytes is too large to import: ask before reading it (File.size). */
export function tooLargeToImport(bytes: number): boolean {
  return bytes > MAX_IMPORT_BYTES;
}

const index = v.pipe(v.number(), v.integer(), v.minValue(0));
/** An address or key of a saved page: absolute http(s), nothing else (not javascript:, data:, a relative path). */
const httpUrl = v.pipe(
  v.string(),
  v.maxLength(MAX_URL_LENGTH),
  v.check((s) => cleanUrl(s) !== null, 'must be an http(s) URL'),
);

/**
 * A saved page as a backup holds it. `site` and `personKeys` may be there but are not trusted: the plan computes
 * them again from the key and the people, as saving a page does. Unknown fields are dropped.
 */
export const PageRecordSchema = v.pipe(
  v.object({
    key: httpUrl,
    url: httpUrl,
    meta: MetaSchema,
    analysis: AnalysisSchema,
    kinds: v.array(BlockKindSchema),
    unmapped: index,
    engine: v.pipe(v.number(), v.integer(), v.minValue(1)),
    createdAt: index,
    updatedAt: index,
    visits: index,
  }),
  v.check((r) => r.kinds.length === r.analysis.paragraphs.length, 'one block kind per paragraph'),
  v.check((r) => r.createdAt <= r.updatedAt, 'a page cannot be read again before it was first read'),
);

function refuse(message: string): ImportRefusal {
  return { refused: true, message };
}

/**
 * JSON.parse, without the keys that could reach an object's prototype if a later step copied them with
 * Object.assign or a setter (`__proto__`, `constructor`, `prototype`): they are dropped wherever they stand.
 */
function parseJson(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => (key === '__proto__' || key === 'constructor' || key === 'prototype' ? undefined : value));
}

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

function pathText(issue: v.BaseIssue<unknown>): string {
  return (
    issue.path
      ?.map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`))
      .join('')
      .replace(/^\./, '') ?? ''
  );
}

function issueText(issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]): string {
  const path = pathText(issues[0]);
  return `${path ? `${path}: ` : ''}${issues[0].message}`;
}

/** "Page 3 (https://…)": the record's number in the file and, when it has one that reads, its address. */
function named(what: string, i: number, record: unknown, field: string): string {
  const value = isObject(record) ? record[field] : undefined;
  const shown = typeof value === 'string' && value.length > 0 ? ` (${value.length > 100 ? `${value.slice(0, 100)}…` : value})` : '';
  return `${what} ${i + 1}${shown}`;
}

function pagesOf(list: unknown[]): PageRecord[] | ImportRefusal {
  const out: PageRecord[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < list.length; i++) {
    const parsed = v.safeParse(PageRecordSchema, list[i]);
    if (!parsed.success) return refuse(`${named('Page', i, list[i], 'url')} is not valid: ${issueText(parsed.issues)}.`);
    const r = parsed.output;
    const earlier = seen.get(r.key);
    if (earlier !== undefined) return refuse(`${named('Page', i, r, 'url')} has the same address as page ${earlier + 1}: a backup holds each page once.`);
    seen.set(r.key, i);
    out.push({ ...r, site: siteOf(r.key), personKeys: personKeys(r.analysis.people), fingerprints: pageFingerprints(r.analysis) });
  }
  return out;
}

function annotationsOf(list: unknown[]): Annotation[] | ImportRefusal {
  const out: Annotation[] = [];
  const seen = new Map<string, number>();
  const perPage = new Map<string, number>();
  for (let i = 0; i < list.length; i++) {
    const parsed = v.safeParse(AnnotationSchema, list[i]);
    if (!parsed.success) return refuse(`${named('Highlight', i, list[i], 'url')} is not valid: ${issueText(parsed.issues)}.`);
    const a = parsed.output;
    const earlier = seen.get(a.id);
    if (earlier !== undefined) return refuse(`${named('Highlight', i, a, 'url')} has the same id as highlight ${earlier + 1}.`);
    seen.set(a.id, i);
    const count = (perPage.get(a.pageKey) ?? 0) + 1;
    if (count > MAX_ANNOTATIONS_PER_PAGE)
      return refuse(`The page ${a.pageKey} has more than ${MAX_ANNOTATIONS_PER_PAGE} highlights in this file, the most Newsmark keeps for one page.`);
    perPage.set(a.pageKey, count);
    out.push(a);
  }
  return out;
}

/** The settings of a backup: a plain object of JSON values, small. Which of them apply is the settings' business. */
function settingsOf(x: unknown): { settings: Record<string, unknown> } | ImportRefusal {
  if (x === undefined) return { settings: {} };
  if (!isObject(x)) return refuse('The backup\'s "settings" is not a set of named values.');
  if (JSON.stringify(x).length > MAX_SETTINGS_CHARS)
    return refuse('The backup\'s "settings" are far larger than Newsmark\'s settings: this is not a backup Newsmark made.');
  // A fresh object with no prototype to reach, filled by definition (not assignment).
  const out: Record<string, unknown> = {};
  for (const [k, value] of Object.entries(x)) Object.defineProperty(out, k, { value, enumerable: true, writable: true, configurable: true });
  return { settings: out };
}

function fromBackup(json: Json): ImportPlan | ImportRefusal {
  const version = json.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return refuse('This Newsmark backup has no valid "version": it may have been changed by hand.');
  if (version > BACKUP_VERSION) {
    return refuse(
      `This backup was made by a newer version of Newsmark (backup format ${version}); this one reads format ${BACKUP_VERSION}. Update Newsmark, then import it again.`,
    );
  }
  const pages = json.pages ?? [];
  const annotations = json.annotations ?? [];
  if (!Array.isArray(pages)) return refuse('The backup\'s "pages" is not a list.');
  if (!Array.isArray(annotations)) return refuse('The backup\'s "annotations" is not a list.');
  if (pages.length > MAX_IMPORT_PAGES)
    return refuse(`This backup holds ${grouped(pages.length)} pages; Newsmark imports at most ${grouped(MAX_IMPORT_PAGES)} at once.`);
  if (annotations.length > MAX_IMPORT_ANNOTATIONS) {
    return refuse(`This backup holds ${grouped(annotations.length)} highlights; Newsmark imports at most ${grouped(MAX_IMPORT_ANNOTATIONS)} at once.`);
  }
  const settings = settingsOf(json.settings);
  if (!('settings' in settings)) return settings;
  const pageRecords = pagesOf(pages);
  if ('refused' in pageRecords) return pageRecords;
  const annotationRecords = annotationsOf(annotations);
  if ('refused' in annotationRecords) return annotationRecords;
  return { kind: 'backup', pages: pageRecords, annotations: annotationRecords, settings: settings.settings };
}

const TYPES = new Set(['Annotation', 'AnnotationPage', 'AnnotationCollection']);

/** Web Annotation JSON-LD: the model's context, or a type of the model (some tools leave the context out). */
function looksLikeWebAnnotation(json: unknown): boolean {
  if (Array.isArray(json)) return json.length > 0 && looksLikeWebAnnotation(json[0]);
  if (!isObject(json)) return false;
  const context = Array.isArray(json['@context']) ? json['@context'] : [json['@context']];
  const types = Array.isArray(json.type) ? json.type : [json.type];
  return context.includes(ANNO_CONTEXT) || types.some((t) => typeof t === 'string' && TYPES.has(t));
}

function fromWebAnnotations(json: unknown, now: number): ImportPlan | ImportRefusal {
  const count = Array.isArray(json) ? json.length : 0;
  if (count > MAX_IMPORT_ANNOTATIONS)
    return refuse(`This file holds ${grouped(count)} annotations; Newsmark imports at most ${grouped(MAX_IMPORT_ANNOTATIONS)} at once.`);
  let annotations: Annotation[];
  try {
    annotations = annotationsFromWebAnnotations(json, now);
  } catch (e) {
    if (e instanceof WebAnnotationError) return refuse(e.message);
    throw e;
  }
  if (annotations.length > MAX_IMPORT_ANNOTATIONS)
    return refuse(`This file holds ${grouped(annotations.length)} annotations; Newsmark imports at most ${grouped(MAX_IMPORT_ANNOTATIONS)} at once.`);
  const checked = annotationsOf(annotations);
  if ('refused' in checked) return checked;
  return { kind: 'web-annotation', pages: [], annotations: checked };
}

/**
 * Read an import file's text into a plan, or refuse it with a message for the reader. `now` dates Web Annotations
 * that carry no times.
 */
export function parseImport(text: string, now = Date.now()): ImportPlan | ImportRefusal {
  if (text.length > MAX_IMPORT_BYTES) return refuse(`This file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, more than Newsmark imports at once.`);
  if (text.trim() === '') return refuse('This file is empty.');
  let json: unknown;
  try {
    json = parseJson(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse('This file is not JSON, so it is neither a Newsmark backup nor a Web Annotation export. (A Markdown export cannot be imported.)');
  }
  if (isObject(json) && json.format === BACKUP_FORMAT) return fromBackup(json);
  if (isObject(json) && typeof json.format === 'string' && json.format.startsWith('newsmark'))
    return refuse(`This file's format "${json.format.slice(0, 40)}" is not one Newsmark reads.`);
  if (looksLikeWebAnnotation(json)) return fromWebAnnotations(json, now);
  return refuse(
    'This file is JSON, but neither a Newsmark backup (it has no "format": "newsmark-backup") nor Web Annotations (it has no Web Annotation "@context" or "type").',
  );
}
