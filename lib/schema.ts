import * as v from 'valibot';
import { MAX_ARTICLE_CHARS, MAX_ENTITIES, MAX_MENTIONS, MAX_META_LENGTH, MAX_NAME_LENGTH, MAX_PARAGRAPHS, MAX_URL_LENGTH } from './limits';
import { HIGHLIGHT_COLOURS, type ArticleReport } from './types';

/**
 * Validation of everything that crosses a boundary into the background (messages) or the store (imports).
 * Structural checks by valibot, then the invariants a type cannot say: spans inside the text, repeat indexes
 * inside the paragraph list.
 */

const index = v.pipe(v.number(), v.integer(), v.minValue(0));
const metaText = v.nullable(v.pipe(v.string(), v.maxLength(MAX_META_LENGTH)));
const url = v.pipe(v.string(), v.maxLength(MAX_URL_LENGTH));

export const SpanSchema = v.object({ start: index, end: index });

export const BlockKindSchema = v.picklist([
  'paragraph', 'heading', 'list-item', 'blockquote', 'preformatted', 'caption', 'table-row',
]);

export const RepeatSchema = v.object({
  paragraph: index,
  of: index,
  similarity: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  kind: v.picklist(['exact', 'near', 'contained']),
  boilerplate: v.boolean(),
});

export const MetaSchema = v.object({
  title: metaText,
  byline: metaText,
  siteName: metaText,
  publishedTime: metaText,
  lang: metaText,
  dir: metaText,
  excerpt: metaText,
});

const id = v.pipe(v.string(), v.maxLength(64));
const mentions = v.pipe(v.array(SpanSchema), v.maxLength(MAX_MENTIONS));

export const PersonSchema = v.object({
  id,
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_NAME_LENGTH)),
  title: v.nullable(v.pipe(v.string(), v.maxLength(MAX_NAME_LENGTH))),
  affiliation: v.nullable(v.pipe(v.string(), v.maxLength(MAX_NAME_LENGTH))),
  official: v.boolean(),
  mentions,
});

export const OrganizationSchema = v.object({
  id,
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_NAME_LENGTH)),
  mentions,
});

export const QuoteSchema = v.object({
  id,
  start: index,
  end: index,
  text: v.pipe(v.string(), v.maxLength(MAX_ARTICLE_CHARS)),
  speaker: v.nullable(
    v.object({
      personId: v.optional(id),
      name: v.pipe(v.string(), v.maxLength(MAX_NAME_LENGTH)),
      start: v.optional(index),
      end: v.optional(index),
    }),
  ),
  cue: v.optional(SpanSchema),
  scare: v.boolean(),
  occurrences: v.optional(v.pipe(v.array(SpanSchema), v.maxLength(MAX_MENTIONS))),
});

export const AnalysisSchema = v.pipe(
  v.object({
    text: v.pipe(v.string(), v.maxLength(MAX_ARTICLE_CHARS)),
    paragraphs: v.pipe(v.array(SpanSchema), v.maxLength(MAX_PARAGRAPHS)),
    repeats: v.pipe(v.array(RepeatSchema), v.maxLength(MAX_PARAGRAPHS)),
    people: v.pipe(v.array(PersonSchema), v.maxLength(MAX_ENTITIES)),
    organizations: v.pipe(v.array(OrganizationSchema), v.maxLength(MAX_ENTITIES)),
    quotes: v.pipe(v.array(QuoteSchema), v.maxLength(MAX_ENTITIES)),
  }),
  v.check(
    (a) => a.paragraphs.every((p) => p.start <= p.end && p.end <= a.text.length),
    'paragraph spans must lie inside the text',
  ),
  v.check(
    (a) => a.repeats.every((r) => r.paragraph < a.paragraphs.length && r.of < a.paragraphs.length && r.paragraph !== r.of),
    'repeats must name paragraphs of the text',
  ),
  v.check(
    (a) => [...a.people, ...a.organizations].every((e) => e.mentions.every((m) => m.start < m.end && m.end <= a.text.length)),
    'mentions must lie inside the text',
  ),
  v.check((a) => new Set([...a.people, ...a.organizations].map((e) => e.id)).size === a.people.length + a.organizations.length, 'ids must be unique'),
  v.check(
    (a) =>
      a.quotes.every(
        (q) =>
          q.start <= q.end &&
          q.end <= a.text.length &&
          (!q.speaker?.personId || a.people.some((p) => p.id === q.speaker!.personId)) &&
          (q.speaker?.start === undefined || (q.speaker.end !== undefined && q.speaker.end <= a.text.length)),
      ),
    'quotes must lie inside the text and name people of the article',
  ),
);

export const ArticleReportSchema = v.pipe(
  v.object({
    url,
    canonical: v.nullable(url),
    meta: MetaSchema,
    analysis: AnalysisSchema,
    kinds: v.pipe(v.array(BlockKindSchema), v.maxLength(MAX_PARAGRAPHS)),
    unmapped: index,
  }),
  v.check((r) => r.kinds.length === r.analysis.paragraphs.length, 'one block kind per paragraph'),
) satisfies v.GenericSchema<unknown, ArticleReport>;

export const NotArticleSchema = v.object({
  url,
  reason: v.picklist(['not-readerable', 'no-content', 'too-large']),
  message: v.pipe(v.string(), v.maxLength(MAX_META_LENGTH)),
});

export const FailureSchema = v.object({ url, message: v.pipe(v.string(), v.maxLength(MAX_META_LENGTH)) });

export const TabQuerySchema = v.object({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) });

export const PageQuerySchema = v.object({ key: url });

/** Parse or throw an error that says what was wrong, without echoing the payload back. */
export function parseOrThrow<T extends v.GenericSchema>(schema: T, data: unknown, what: string): v.InferOutput<T> {
  const result = v.safeParse(schema, data);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  throw new Error(`Rejected ${what}: ${path ? `${path}: ` : ''}${issue.message}`);
}

export const ScrollQuerySchema = v.object({ paragraph: index });

export const MentionQuerySchema = v.object({ kind: v.picklist(['person', 'organization', 'quote']), id, index });

export const HighlightSelectionSchema = v.object({ colour: v.optional(v.picklist(HIGHLIGHT_COLOURS)) });

export const AnnotationIdSchema = v.object({ id });

export const PageKeySchema = v.object({ pageKey: url });
