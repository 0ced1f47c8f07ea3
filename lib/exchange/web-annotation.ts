import * as v from 'valibot';
import { MAX_SELECTOR_CONTEXT, AnnotationSchema, AnnotationSpeakerSchema } from '../schema';
import {
  HIGHLIGHT_COLOURS,
  type Annotation,
  type AnnotationSelector,
  type AnnotationSpeaker,
  type HighlightColour,
  type TextPositionSelector,
  type TextQuoteSelector,
} from '../types';
import { cleanUrl, pageKey } from '../url';

/**
 * The reader's highlights as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), the format other
 * annotation tools read and write, and back.
 *
 * Export: one AnnotationCollection with its one AnnotationPage embedded as `first` (model §5: a collection that
 * is sent whole carries its first page inside it). Each highlight is an Annotation whose target is the page
 * address with a TextQuoteSelector and a TextPositionSelector; the note is a Markdown TextualBody
 * (purpose "commenting") and each tag a TextualBody (purpose "tagging").
 *
 * Newsmark's own NewsmarkBlockHint selector is left out: a selector of a type the model does not define makes the
 * target fail the model's schema (a Specific Resource's selectors must be recognised ones), no other tool can use
 * it, and the quote and position are enough to place the highlight again. The backup keeps it.
 *
 * The colour, the article's title and a quote's speaker travel as `newsmark:colour`, `newsmark:title` and
 * `newsmark:speaker`: the model allows extra properties, and other tools ignore them.
 */

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const COLOUR = 'newsmark:colour';
const TITLE = 'newsmark:title';
const SPEAKER = 'newsmark:speaker';

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  format?: string;
  purpose: 'commenting' | 'tagging';
}

export interface WebAnnotation {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  body?: TextualBody[];
  target: { source: string; selector: (TextQuoteSelector | TextPositionSelector)[] };
  [COLOUR]: HighlightColour;
  [TITLE]?: string;
  [SPEAKER]?: AnnotationSpeaker;
}

export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; partOf: string; startIndex: 0; items: WebAnnotation[] };
  last: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A highlight's id as an IRI: `urn:uuid:` for the UUIDs Newsmark makes, a Newsmark URN for any other id. */
export function annotationIri(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `urn:newsmark:annotation:${encodeURIComponent(id)}`;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function webAnnotationOf(a: Annotation): WebAnnotation {
  const body: TextualBody[] = [];
  if (a.note) body.push({ type: 'TextualBody', value: a.note, format: 'text/markdown', purpose: 'commenting' });
  for (const tag of a.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  const selector = a.selectors.filter(
    (s): s is TextQuoteSelector | TextPositionSelector => s.type === 'TextQuoteSelector' || s.type === 'TextPositionSelector',
  );
  // The quote first: a reader of the file (or a tool that takes only one) sees the words.
  selector.sort((x, y) => (x.type === 'TextQuoteSelector' ? -1 : 0) - (y.type === 'TextQuoteSelector' ? -1 : 0));
  return {
    '@context': ANNO_CONTEXT,
    id: annotationIri(a.id),
    type: 'Annotation',
    motivation: a.note ? 'commenting' : 'highlighting',
    created: iso(a.createdAt),
    modified: iso(a.updatedAt),
    ...(body.length ? { body } : {}),
    target: { source: a.url, selector: selector.map((s) => ({ ...s })) },
    [COLOUR]: a.colour,
    ...(a.title ? { [TITLE]: a.title } : {}),
    ...(a.speaker ? { [SPEAKER]: a.speaker } : {}),
  };
}

/**
 * The highlights as one AnnotationCollection. Each annotation carries the `@context` too, so that one copied out
 * of the file is a complete Web Annotation. `now` names the export (deterministic output for the same input).
 */
export function webAnnotationsOf(annotations: Annotation[], now: number): AnnotationCollection {
  const id = `urn:newsmark:export:${iso(now)}`;
  const page = `${id}:page:1`;
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: 'Newsmark highlights',
    total: annotations.length,
    first: { id: page, type: 'AnnotationPage', partOf: id, startIndex: 0, items: annotations.map(webAnnotationOf) },
    last: page,
  };
}

// ——— Import ———

/** Why a Web Annotation file cannot be read, said to the reader. */
export class WebAnnotationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WebAnnotationError';
  }
}

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const asList = (x: unknown): unknown[] => (Array.isArray(x) ? x : x === undefined || x === null ? [] : [x]);
const hasType = (x: Json, type: string) => asList(x.type).includes(type);

/** The annotations a file holds: a collection (with its first page embedded), a page, one annotation or a list. */
function itemsOf(json: unknown): unknown[] {
  if (Array.isArray(json)) return json.flatMap((x) => (isObject(x) && (hasType(x, 'AnnotationPage') || hasType(x, 'AnnotationCollection')) ? itemsOf(x) : [x]));
  if (!isObject(json)) throw new WebAnnotationError('This file holds no Web Annotations.');
  if (hasType(json, 'AnnotationCollection')) {
    const first = Array.isArray(json.first) ? json.first[0] : json.first;
    if (json.total === 0 || (Array.isArray(json.total) && json.total[0] === 0)) return [];
    if (!isObject(first)) {
      throw new WebAnnotationError(
        'This Annotation Collection does not include its annotations (its first page is only linked to). Export it with the annotations embedded.',
      );
    }
    if (first.next !== undefined) {
      throw new WebAnnotationError('This Annotation Collection has more than one page, and only the first is in the file. Export it as one page.');
    }
    return itemsOf(first);
  }
  if (hasType(json, 'AnnotationPage')) return asList(json.items);
  return [json];
}

/** 64-bit FNV-1a, as 16 hex digits: a stable id for an incoming annotation whose id is not a UUID. */
function fnv64(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

/**
 * The Newsmark id of an incoming annotation: the UUID of a `urn:uuid:` id, the id Newsmark gave it when it is ours,
 * else a hash of its id (or, with none, of what it highlights). Importing the same file twice gives the same ids.
 */
export function idFromIri(iri: string | null, fallback: string): string {
  if (iri) {
    const uuid = /^urn:uuid:([0-9a-f-]{36})$/i.exec(iri)?.[1];
    if (uuid && UUID.test(uuid)) return uuid.toLowerCase();
    const ours = /^urn:newsmark:annotation:(.+)$/.exec(iri)?.[1];
    if (ours) {
      try {
        const id = decodeURIComponent(ours);
        if (id.length <= 64) return id;
      } catch {
        // Not ours after all: hashed below.
      }
    }
    return `wa-${fnv64(iri)}`;
  }
  return `wa-${fnv64(fallback)}`;
}

function sourceOf(target: Json): string | null {
  const source = isObject(target.source) ? target.source.id : target.source;
  return typeof source === 'string' ? source : null;
}

const int = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;
const str = (x: unknown): x is string => typeof x === 'string';

/** The selectors Newsmark can use; context longer than it keeps is cut to the words nearest the quote. */
function selectorsOf(target: Json): AnnotationSelector[] {
  const out: AnnotationSelector[] = [];
  for (const s of asList(target.selector)) {
    if (!isObject(s)) continue;
    if (hasType(s, 'TextQuoteSelector') && str(s.exact) && !out.some((o) => o.type === 'TextQuoteSelector')) {
      const prefix = str(s.prefix) ? s.prefix : '';
      const suffix = str(s.suffix) ? s.suffix : '';
      out.push({ type: 'TextQuoteSelector', exact: s.exact, prefix: prefix.slice(-MAX_SELECTOR_CONTEXT), suffix: suffix.slice(0, MAX_SELECTOR_CONTEXT) });
    } else if (hasType(s, 'TextPositionSelector') && int(s.start) && int(s.end) && s.start < s.end && !out.some((o) => o.type === 'TextPositionSelector')) {
      out.push({ type: 'TextPositionSelector', start: s.start, end: s.end });
    }
  }
  return out;
}

/** The first target that is a passage of an http(s) page: the one Newsmark can place. */
function targetOf(item: Json): { source: string; selectors: AnnotationSelector[]; title: string | null } | null {
  for (const t of asList(item.target)) {
    if (!isObject(t)) continue;
    const source = sourceOf(t);
    if (!source || cleanUrl(source) === null) continue;
    const selectors = selectorsOf(t);
    if (!selectors.some((s) => s.type === 'TextQuoteSelector')) continue;
    const title = str(t.title) ? t.title : isObject(t.source) && str(t.source.title) ? t.source.title : null;
    return { source, selectors, title };
  }
  return null;
}

/** The note (commenting or unmarked text bodies, joined) and the tags (tagging bodies) of an annotation. */
function bodiesOf(item: Json): { note: string; tags: string[] } {
  const notes: string[] = [];
  const tags: string[] = [];
  if (str(item.bodyValue)) notes.push(item.bodyValue);
  for (const b of asList(item.body)) {
    if (str(b)) {
      // A string body is, in the model, the address of a resource; some tools write plain text there.
      if (!/^[a-z][a-z0-9+.-]*:\S*$/i.test(b)) notes.push(b);
      continue;
    }
    if (!isObject(b) || !str(b.value)) continue;
    if (asList(b.purpose).includes('tagging')) tags.push(b.value);
    else notes.push(b.value);
  }
  return { note: notes.join('\n\n'), tags };
}

function timeOf(x: unknown): number | null {
  const s = Array.isArray(x) ? x[0] : x;
  if (!str(s)) return null;
  const t = Date.parse(s);
  return Number.isNaN(t) || t < 0 ? null : t;
}

function describe(i: number, item: unknown): string {
  const id = isObject(item) && str(item.id) ? ` (${item.id.slice(0, 80)})` : '';
  return `Annotation ${i + 1}${id}`;
}

function issueText(issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]): string {
  const issue = issues[0];
  const path =
    issue.path
      ?.map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`))
      .join('')
      .replace(/^\./, '') ?? '';
  return `${path ? `${path}: ` : ''}${issue.message}`;
}

/**
 * Highlights from a Web Annotation file: an AnnotationCollection (first page embedded), an AnnotationPage, one
 * Annotation or a list of them. Each must target an http(s) page with a TextQuoteSelector; anything else is
 * refused, the whole file with it, by a WebAnnotationError that says which annotation and why. `now` dates an
 * annotation that says neither when it was made nor changed.
 */
export function annotationsFromWebAnnotations(json: unknown, now = Date.now()): Annotation[] {
  const items = itemsOf(json);
  const out: Annotation[] = [];
  items.forEach((item, i) => {
    if (!isObject(item) || !hasType(item, 'Annotation'))
      throw new WebAnnotationError(`${describe(i, item)} is not a Web Annotation (its "type" is not "Annotation").`);
    const target = targetOf(item);
    if (!target) {
      throw new WebAnnotationError(`${describe(i, item)} does not highlight words on a web page: Newsmark needs an http(s) "source" and a TextQuoteSelector.`);
    }
    const iri = str(item.id) ? item.id : null;
    const exact = target.selectors.find((s) => s.type === 'TextQuoteSelector');
    const created = timeOf(item.created) ?? timeOf(item.modified) ?? now;
    const modified = Math.max(timeOf(item.modified) ?? created, created);
    const { note, tags } = bodiesOf(item);
    const colour = (HIGHLIGHT_COLOURS as readonly unknown[]).includes(item[COLOUR]) ? (item[COLOUR] as HighlightColour) : 'yellow';
    const title = str(item[TITLE]) ? item[TITLE] : target.title;
    const speaker = v.safeParse(AnnotationSpeakerSchema, item[SPEAKER]);
    const candidate = {
      // Without an id, the same annotation must get the same one on every import: made of what it says, never of
      // the time it was read.
      id: idFromIri(
        iri,
        exact?.type === 'TextQuoteSelector'
          ? [target.source, exact.exact, exact.prefix, exact.suffix, note, tags.join(' '), item.created ?? ''].join('\n')
          : `${target.source}\n${note}`,
      ),
      pageKey: pageKey(target.source),
      url: cleanUrl(target.source) ?? target.source,
      title,
      selectors: target.selectors,
      colour,
      note,
      tags,
      createdAt: created,
      updatedAt: modified,
      ...(speaker.success ? { speaker: speaker.output } : {}),
    };
    const parsed = v.safeParse(AnnotationSchema, candidate);
    if (!parsed.success) throw new WebAnnotationError(`${describe(i, item)} is not valid: ${issueText(parsed.issues)}.`);
    out.push(parsed.output);
  });
  return out;
}
