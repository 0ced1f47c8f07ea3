import * as v from 'valibot';
import { cleanUrl } from './url';
import { normaliseTag, normaliseTags } from './text/tags';
import {
  HTML_PART_CHARS,
  MAX_ARTICLE_CHARS,
  MAX_ENTITIES,
  MAX_HTML_CHARS,
  MAX_MENTIONS,
  MAX_META_LENGTH,
  MAX_NAME_LENGTH,
  MAX_NOTE_CHARS,
  MAX_PARAGRAPHS,
  MAX_QUOTE_CHARS,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  MAX_URL_LENGTH,
} from './limits';
import { ATTRIBUTION_RULES, SPEAKER_FORMS } from './data/attribution';
import { MARK_KINDS, type DisplaySettings, type MarkKind } from './mark-kinds';
import {
  HIGHLIGHT_COLOURS,
  NOT_ARTICLE_REASONS,
  type Annotation,
  type AnnotationDraft,
  type AnnotationPatch,
  type ArticleReport,
  type NotArticleReason,
} from './types';

/**
 * Validation of everything that crosses a boundary into the background (messages) or the store (imports).
 * Structural checks by valibot, then the invariants a type cannot say: spans inside the text, repeat indexes
 * inside the paragraph list.
 */

const index = v.pipe(v.number(), v.integer(), v.minValue(0));
const metaText = v.nullable(v.pipe(v.string(), v.maxLength(MAX_META_LENGTH)));
const url = v.pipe(v.string(), v.maxLength(MAX_URL_LENGTH));

/** The address of a page a content script read: absolute http(s), nothing else (not javascript:, data:, ""). */
const pageUrl = v.pipe(
  url,
  v.check((s) => cleanUrl(s) !== null, 'must be an http(s) URL'),
);
/** A canonical link as the page wrote it: may be relative, but must resolve against the page URL to http(s). */
const canonicalUrl = v.nullable(url);

export const SpanSchema = v.object({ start: index, end: index });

export const BlockKindSchema = v.picklist(['paragraph', 'heading', 'list-item', 'blockquote', 'preformatted', 'caption', 'table-row']);

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
  gender: v.optional(v.picklist(['m', 'f'])),
  confidence: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
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
      rule: v.optional(v.picklist(ATTRIBUTION_RULES)),
      form: v.optional(v.picklist(SPEAKER_FORMS)),
      confidence: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
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
  v.check((a) => a.paragraphs.every((p) => p.start <= p.end && p.end <= a.text.length), 'paragraph spans must lie inside the text'),
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
    url: pageUrl,
    canonical: canonicalUrl,
    meta: MetaSchema,
    analysis: AnalysisSchema,
    kinds: v.pipe(v.array(BlockKindSchema), v.maxLength(MAX_PARAGRAPHS)),
    unmapped: index,
  }),
  v.check((r) => r.kinds.length === r.analysis.paragraphs.length, 'one block kind per paragraph'),
  v.check((r) => r.canonical === null || (r.canonical.trim() !== '' && cleanUrl(r.canonical, r.url) !== null), 'canonical must resolve to an http(s) URL'),
) satisfies v.GenericSchema<unknown, ArticleReport>;

const NotArticleReasonSchema = v.picklist(NOT_ARTICLE_REASONS) satisfies v.GenericSchema<unknown, NotArticleReason>;

export const NotArticleSchema = v.object({
  url: pageUrl,
  reason: NotArticleReasonSchema,
  message: v.pipe(v.string(), v.maxLength(MAX_META_LENGTH)),
});

/**
 * What the first look left in the page's isolated world, as the background reads it (a page that is not an
 * article sends nothing; entrypoints/background/first-look-query.ts).
 */
export const FirstLookVerdictSchema = v.object({
  url: pageUrl,
  article: v.boolean(),
  reason: v.nullable(NotArticleReasonSchema),
  message: v.nullable(v.pipe(v.string(), v.maxLength(MAX_META_LENGTH))),
  canonical: v.nullable(v.pipe(v.string(), v.maxLength(MAX_URL_LENGTH))),
  /** The reader runs on the page already. */
  reader: v.boolean(),
});

/** The first look's article (pageOpened): its HTML, as readPage. */
export const PageOpenedSchema = v.object({
  url: pageUrl,
  html: v.pipe(v.string(), v.maxLength(HTML_PART_CHARS)),
  parts: v.optional(v.pipe(index, v.maxValue(Math.ceil(MAX_HTML_CHARS / HTML_PART_CHARS)))),
});

export const TakeReadingSchema = v.object({ url: pageUrl });

export const TakeReadingPartSchema = v.object({
  url: pageUrl,
  id: v.pipe(v.number(), v.integer(), v.minValue(1)),
  index: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)),
});

export const WantReaderSchema = v.object({ url: pageUrl });

/** A content script's snapshot of its page, for the engine. */
export const PageSnapshotSchema = v.object({
  url: pageUrl,
  html: v.pipe(v.string(), v.maxLength(HTML_PART_CHARS)),
  parts: v.optional(v.pipe(index, v.maxValue(Math.ceil(MAX_HTML_CHARS / HTML_PART_CHARS)))),
});

/** A whole page's HTML, as the background hands it to the engine (its parts joined). */
export const EnginePageSchema = v.object({
  url: pageUrl,
  html: v.pipe(v.string(), v.maxLength(MAX_HTML_CHARS)),
  tabId: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});
export const EngineEarlySchema = v.object({ url: pageUrl, tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) });
export const EngineOffSitesSchema = v.object({ sites: v.pipe(v.array(v.pipe(v.string(), v.maxLength(MAX_URL_LENGTH))), v.maxLength(100_000)) });

/** A saved record's text for the engine to analyse again: spans inside the text. */
export const EngineTextSchema = v.pipe(
  v.object({
    text: v.pipe(v.string(), v.maxLength(MAX_ARTICLE_CHARS)),
    paragraphs: v.pipe(v.array(SpanSchema), v.maxLength(MAX_PARAGRAPHS)),
    kinds: v.optional(v.pipe(v.array(BlockKindSchema), v.maxLength(MAX_PARAGRAPHS))),
  }),
  v.check((t) => t.paragraphs.every((p) => p.start <= p.end && p.end <= t.text.length), 'paragraphs must lie inside the text'),
);

/** One part of a large page's HTML. */
export const PagePartSchema = v.object({
  index: v.pipe(index, v.maxValue(Math.ceil(MAX_HTML_CHARS / HTML_PART_CHARS))),
  part: v.pipe(v.string(), v.maxLength(HTML_PART_CHARS)),
});

/** The content script painted the tab's reading; `unmapped` paragraphs found no place on the live page. */
export const ShownSchema = v.object({ url: pageUrl, unmapped: index });

/** A note to parse for showing (the editor never holds more than a note may). */
export const NoteSourceSchema = v.object({ source: v.pipe(v.string(), v.maxLength(MAX_NOTE_CHARS)) });

export const FailureSchema = v.object({ url: pageUrl, message: v.pipe(v.string(), v.maxLength(MAX_META_LENGTH)) });

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

export const ReanalyseSchema = v.object({ anyway: v.optional(v.boolean()) });

/** One boolean per kind of mark (lib/mark-kinds.ts), all of them. */
export const DisplaySettingsSchema = v.object(
  Object.fromEntries(MARK_KINDS.map((k) => [k.kind, v.boolean()])) as { [K in MarkKind]: v.BooleanSchema<undefined> },
) satisfies v.GenericSchema<unknown, DisplaySettings>;

/** What to mark, told to a tab, and whether its site is off. */
export const DisplayChangedSchema = v.object({ ...DisplaySettingsSchema.entries, siteOff: v.optional(v.boolean()) });

/** One switch of what is marked (the on-page control). */
export const SetMarksSchema = v.object({ kind: v.picklist(MARK_KINDS.map((k) => k.kind)), shown: v.boolean() });

/** Newsmark off (or back on) on the site of a page. */
export const SiteOffSchema = v.object({ url: pageUrl, off: v.boolean() });

export const MentionQuerySchema = v.object({ kind: v.picklist(['person', 'organization', 'quote']), id, index });

export const HighlightSelectionSchema = v.object({ colour: v.optional(v.picklist(HIGHLIGHT_COLOURS)) });

export const AnnotationIdSchema = v.object({ id });

export const PageKeySchema = v.object({ pageKey: url });

// ——— The reader's highlights ———

/** Context either side of a quote or a block: enough to tell look-alike sentences apart, no more. */
export const MAX_SELECTOR_CONTEXT = 200;
const context = v.pipe(v.string(), v.maxLength(MAX_SELECTOR_CONTEXT));

export const TextQuoteSelectorSchema = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(
    v.string(),
    v.minLength(1, 'the highlighted text is empty'),
    v.maxLength(MAX_QUOTE_CHARS, `a highlight may cover at most ${MAX_QUOTE_CHARS} characters`),
  ),
  prefix: context,
  suffix: context,
});

// start < end is checked on the list: valibot's variant takes plain objects only.
export const TextPositionSelectorSchema = v.object({ type: v.literal('TextPositionSelector'), start: index, end: index });

export const BlockHintSelectorSchema = v.object({
  type: v.literal('NewsmarkBlockHint'),
  before: context,
  after: context,
  offset: v.optional(index),
  // How many times the words stood on the page when highlighted, when more than once.
  repeated: v.optional(v.pipe(v.number(), v.integer(), v.minValue(2))),
});

export const AnnotationSelectorSchema = v.variant('type', [TextQuoteSelectorSchema, TextPositionSelectorSchema, BlockHintSelectorSchema]);

const SelectorsSchema = v.pipe(
  v.array(AnnotationSelectorSchema),
  v.maxLength(3, 'at most three selectors'),
  // The quote is what anchoring matches; position and block hint only say where to look first.
  v.check((list) => list.filter((s) => s.type === 'TextQuoteSelector').length === 1, 'a highlight needs exactly one TextQuoteSelector'),
  v.check((list) => new Set(list.map((s) => s.type)).size === list.length, 'at most one selector of each type'),
  v.check((list) => list.every((s) => s.type !== 'TextPositionSelector' || s.start < s.end), 'a TextPositionSelector must start before it ends'),
);

export { normaliseTag, normaliseTags };

const tagTooLong = `a tag may be at most ${MAX_TAG_LENGTH} characters`;
const tooManyTags = `at most ${MAX_TAGS} tags`;

export const TagsSchema = v.pipe(
  // Bounds on the raw input only keep the work small; the real limits are checked once normalised, so
  // "#climate " and duplicates cost nothing.
  v.array(v.pipe(v.string(), v.maxLength(MAX_TAG_LENGTH * 4, tagTooLong))),
  v.maxLength(MAX_TAGS * 4, tooManyTags),
  v.transform((tags: string[]) => normaliseTags(tags)),
  v.check((tags) => tags.every((t) => t.length <= MAX_TAG_LENGTH), tagTooLong),
  v.check((tags) => tags.length <= MAX_TAGS, tooManyTags),
);

const colour = v.picklist(HIGHLIGHT_COLOURS);
/** Kept exactly as written: shown as text (or Markdown rendered safely), never as HTML. */
const note = v.pipe(v.string(), v.maxLength(MAX_NOTE_CHARS, `a note may be at most ${MAX_NOTE_CHARS} characters`));
const name = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_NAME_LENGTH));
const nameText = v.nullable(v.pipe(v.string(), v.maxLength(MAX_NAME_LENGTH)));

export const AnnotationSpeakerSchema = v.object({ name, title: nameText, affiliation: nameText });

export const AnnotationDraftSchema = v.object({
  // Highlights are of web pages only: a key or address that is not http(s) (javascript:, data:) is refused.
  pageKey: pageUrl,
  url: pageUrl,
  title: metaText,
  selectors: SelectorsSchema,
  colour,
  note,
  tags: TagsSchema,
  speaker: v.optional(AnnotationSpeakerSchema),
}) satisfies v.GenericSchema<unknown, AnnotationDraft>;

export const AnnotationPatchSchema = v.pipe(
  v.object({ colour: v.optional(colour), note: v.optional(note), tags: v.optional(TagsSchema) }),
  v.check((p) => p.colour !== undefined || p.note !== undefined || p.tags !== undefined, 'a change must set the colour, the note or the tags'),
) satisfies v.GenericSchema<unknown, AnnotationPatch>;

const annotationId = v.pipe(v.string(), v.minLength(1), v.maxLength(64));

export const UpdateAnnotationSchema = v.object({ id: annotationId, patch: AnnotationPatchSchema, base: v.optional(index) });

/** What the reader has typed in a highlight's editor and not saved yet (a draft, kept in case the page goes). */
export const NoteDraftSchema = v.object({ id: annotationId, patch: v.object({ colour, note, tags: TagsSchema }) });

export const DraftQuerySchema = v.object({ id: annotationId });

export const ForgetSchema = v.variant('what', [
  v.object({ what: v.literal('page'), key: pageUrl }),
  v.object({ what: v.literal('site'), site: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_URL_LENGTH)) }),
  v.object({ what: v.literal('everything') }),
]);

/** A whole saved highlight, as an export file holds it (for import). */
export const AnnotationSchema = v.pipe(
  v.object({ ...AnnotationDraftSchema.entries, id: annotationId, createdAt: index, updatedAt: index }),
  v.check((a) => a.createdAt <= a.updatedAt, 'a highlight cannot be changed before it was made'),
) satisfies v.GenericSchema<unknown, Annotation>;
