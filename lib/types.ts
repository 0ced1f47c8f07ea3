/**
 * The shapes that cross boundaries: engine ↔ content script ↔ background ↔ popup/library ↔ CLI.
 * Plain JSON only (no class instances, no DOM), so they survive structured clone, messaging and IndexedDB.
 */

import type { DisplaySettings } from './mark-kinds';
import type { AttributionRule, SpeakerForm } from './data/attribution';

/** A half-open range of UTF-16 code units in `Analysis.text`. */
export interface Span {
  start: number;
  end: number;
}

/** What kind of article block a paragraph came from (text input is all `paragraph`). */
export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'blockquote' | 'preformatted' | 'caption' | 'table-row';

export type RepeatKind = 'exact' | 'near' | 'contained';

/** A paragraph that repeats an earlier one (or, for `contained`, stands inside a longer one). */
export interface Repeat {
  /** Index of the repeating paragraph. */
  paragraph: number;
  /** Index of the first occurrence (for `contained`: the paragraph that contains it). */
  of: number;
  /** 1 for exact; word-level similarity in [0, 1] otherwise. */
  similarity: number;
  kind: RepeatKind;
  /** Short page furniture ("Advertisement", photo credits, captions) rather than article content. */
  boilerplate: boolean;
}

/** A person named in the article, with every mention of them. */
export interface Person {
  id: string;
  /** The fullest form of the name the article uses ("Claudia Sheinbaum"). */
  name: string;
  /** Title of office, rank or role, if the article gives one ("President", "Secretary of State"). */
  title: string | null;
  /** The country, party or body the title belongs to ("Mexico", "U.S.", "Republican"). */
  affiliation: string | null;
  /** A title of public office, rank or public role is attached somewhere in the article. */
  official: boolean;
  /** The gender an honorific ("Mrs.") or the given name says, when one does: what "she" and "he" can stand for. */
  gender?: 'm' | 'f';
  /** 0–1, the measured precision of the evidence it rests on (lib/data/name-evidence.ts); below PERSON_SURE it is shown as "perhaps". */
  confidence?: number;
  /** The name as written at each mention (no title, no possessive 's), in text order. */
  mentions: Span[];
}

/** An organisation named in the article. */
export interface Organization {
  id: string;
  name: string;
  mentions: Span[];
}

/** Who said a quote: a person of the article (personId), or a nominal speaker ("a Pentagon spokesman"). */
export interface Speaker {
  personId?: string;
  /** The person's name, or the speaker as written when no person is named ("officials"). */
  name: string;
  /** Where the speaker is written next to the quote (the name, pronoun or phrase), if it is. */
  start?: number;
  end?: number;
  /** The attribution rule that found the speaker, and how the speaker is written there (lib/detect/attribution.ts). */
  rule?: AttributionRule;
  form?: SpeakerForm;
  /** 0–1, from the rule's and form's measured precision; below SPEAKER_SURE the speaker is shown as unclear. */
  confidence?: number;
}

/** A direct quote: the words inside the marks. */
export interface Quote {
  id: string;
  start: number;
  end: number;
  text: string;
  speaker: Speaker | null;
  /** The verb or phrase that attributes it ("said", "according to"). */
  cue?: Span;
  /** A short phrase in quotation marks that nobody is quoted as saying ("absolutely ruled out"). */
  scare: boolean;
  /** Every place the same quote stands, when it stands in more than one (a repeated paragraph). */
  occurrences?: Span[];
}

/** What the engine returns for one article: plain JSON. */
export interface Analysis {
  /** The analysed text; paragraphs and every offset point into it. */
  text: string;
  paragraphs: Span[];
  repeats: Repeat[];
  people: Person[];
  organizations: Organization[];
  quotes: Quote[];
}

/** Article metadata as Readability (and the page) give it. Missing values are null. */
export interface ArticleMeta {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: string | null;
  excerpt: string | null;
}

/** Engine version saved with each record, so a later engine can tell old analyses apart. */
export const ENGINE_VERSION = 5;

/** What the content script reports for an article it read. */
export interface ArticleReport {
  /** The page's URL as visited. */
  url: string;
  /** The page's <link rel="canonical">, as written (may be relative). */
  canonical: string | null;
  meta: ArticleMeta;
  analysis: Analysis;
  /** Block kind of each paragraph. */
  kinds: BlockKind[];
  /** Article blocks that could not be placed on the live page. */
  unmapped: number;
}

/**
 * Where an article block's text stands on the page, as groups of four numbers: [element number, offset in that
 * element's own text, offset in the block's text, length] (numbering in lib/extract/numbering.ts). null: nowhere the
 * engine could name.
 */
export type BlockPlace = number[] | null;

/** What the engine read on a page: the article, its analysis, and where each paragraph stands on the page. */
export interface PageReading {
  canonical: string | null;
  meta: ArticleMeta;
  analysis: Analysis;
  kinds: BlockKind[];
  /** One per paragraph of `analysis`. */
  places: BlockPlace[];
}

/** The engine's answer for a page: a reading, or why there is none (said to the reader as `message`). */
export type PageOutcome = { ok: true; reading: PageReading } | { ok: false; reason: NotArticleReason; message: string };

/**
 * The engine's answer as it goes back to the page: a large reading without its long lists, which follow in
 * `parts` parts (takeReadingPart; lib/reading-parts.ts).
 */
export type ReadingReply =
  /** `notesOnOrigin`: whether the reader keeps highlights anywhere on the page's origin (false: no need to ask). */
  | { ok: true; reading: PageReading; parts?: number; id?: number; display?: DisplaySettings; notesOnOrigin?: boolean }
  | { ok: false; reason: NotArticleReason; message: string };

/**
 * What the reader chose to see marked on pages (the popup's switches, one per kind of mark: lib/mark-kinds.ts).
 * It comes to the page with each reading and with each change (displayChanged): the page itself never opens the
 * extension's storage.
 */
export type { DisplaySettings } from './mark-kinds';
export { DISPLAY_DEFAULTS } from './mark-kinds';

/** One saved article, keyed by its canonical URL. */
export interface PageRecord {
  key: string;
  /** The last URL it was read at (without tracking parameters). */
  url: string;
  site: string;
  meta: ArticleMeta;
  analysis: Analysis;
  kinds: BlockKind[];
  unmapped: number;
  engine: number;
  createdAt: number;
  updatedAt: number;
  visits: number;
  /** Lower-case names of the people in the article: the library's person index. */
  personKeys: string[];
  /** Its paragraphs' fingerprints (lib/library/fingerprints.ts): which other saved pages share a paragraph. */
  fingerprints?: number[];
}

/** Why a page has no analysis: it does not look like an article, has no text, is too large, or is on a site the reader turned Newsmark off on. */
export const NOT_ARTICLE_REASONS = ['not-readerable', 'no-content', 'too-large', 'site-off'] as const;
export type NotArticleReason = (typeof NOT_ARTICLE_REASONS)[number];

/** What the background knows about a tab. Absent: not analysed yet. */
export type TabState =
  | { status: 'analysed'; url: string; key: string; at: number }
  | { status: 'not-article'; url: string; reason: NotArticleReason; message: string; at: number }
  | { status: 'error'; url: string; message: string; at: number }
  /** Read and marked in a private window, and not stored: the reader has not asked to keep what is read there. */
  | { status: 'private'; url: string; at: number };

/** A paragraph of one saved page that stands in another saved page: "also in <title>, <site>, <date>". */
export interface AlsoIn {
  /** The paragraph of the page asked about. */
  paragraph: number;
  /** The paragraph of the other page. */
  theirs: number;
  kind: RepeatKind;
  similarity: number;
  page: { key: string; url: string; title: string; site: string; readAt: number; published: string | null };
}

/** What the popup gets for a tab. */
export interface TabView {
  state: TabState | null;
  record: PageRecord | null;
}

/** W3C Web Annotation: the highlighted words with a little context either side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation: where the words start and end, in Unicode code points of the page text. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** Newsmark's hint: the text around the paragraph the highlight was in. */
export interface BlockHintSelector {
  type: 'NewsmarkBlockHint';
  before: string;
  after: string;
  /** Where in its paragraph the highlight started (code points from the paragraph's start). */
  offset?: number;
  /** How many times the highlighted words stood on the page, with nearly the same words around them, when the
   *  highlight was made; only when more than once (a caption repeating a paragraph, a repeated question). */
  repeated?: number;
}

export type AnnotationSelector = TextQuoteSelector | TextPositionSelector | BlockHintSelector;

export const HIGHLIGHT_COLOURS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColour = (typeof HIGHLIGHT_COLOURS)[number];

/** A reader's highlight with its note and tags. */
export interface Annotation {
  id: string;
  /** The page key (canonical URL) it belongs to. */
  pageKey: string;
  url: string;
  /** The article's title when it was made, for the library. */
  title: string | null;
  selectors: AnnotationSelector[];
  colour: HighlightColour;
  /** Plain text or Markdown (shown safely, never as HTML). */
  note: string;
  tags: string[];
  createdAt: number;
  updatedAt: number;
  /** Who said it, when the highlight was a detected quote saved as such. */
  speaker?: AnnotationSpeaker;
}

export interface AnnotationSpeaker {
  name: string;
  title: string | null;
  affiliation: string | null;
}

/** What the content script sends to make a highlight; the background adds id and times. */
export type AnnotationDraft = Pick<Annotation, 'pageKey' | 'url' | 'title' | 'selectors' | 'colour' | 'note' | 'tags'> & {
  speaker?: AnnotationSpeaker;
};

/** What the reader can change of a highlight. Fields left out are kept as they are. */
export type AnnotationPatch = Partial<Pick<Annotation, 'colour' | 'note' | 'tags'>>;

/** Where a page's highlights stand on the page now. */
export interface AnnotationStatus {
  pageKey: string;
  /** Highlights painted on the page. */
  anchored: string[];
  /** Highlights whose text could not be found with confidence: listed, never painted. */
  orphans: string[];
}
