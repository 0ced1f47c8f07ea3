/**
 * Sizes past which Newsmark declines politely instead of stalling a tab or filling the disk. A long-form
 * magazine story is ~50,000 characters; these are forty times that.
 */
export const MAX_ARTICLE_CHARS = 2_000_000;
export const MAX_PARAGRAPHS = 20_000;
export const MAX_URL_LENGTH = 8_192;
export const MAX_META_LENGTH = 4_096;
/**
 * The HTML a page sends to the engine. Extension messages stop at 64 MiB of JSON; a news page is well under
 * 2 MB, and a page this large is declined before it is sent.
 */
export const MAX_HTML_CHARS = 24_000_000;
/**
 * A page's HTML goes to the engine in messages of at most this many characters, one task each: the browser
 * serialises a message on the page's main thread at about 14 µs per 1,000 characters.
 */
export const HTML_PART_CHARS = 400_000;
/**
 * A reading goes back to the page in messages of about this many characters of JSON (lib/reading-parts.ts): the
 * page's main thread turns each message into objects in one task.
 */
export const READING_PART_CHARS = 250_000;
/** Readability walks every element several times; past this many a page is a feed or an app, not a story. */
export const MAX_PAGE_ELEMENTS = 150_000;
export const MAX_ENTITIES = 20_000;
export const MAX_MENTIONS = 100_000;
export const MAX_NAME_LENGTH = 500;
/** A highlight may cover a long passage, not a whole book. */
export const MAX_QUOTE_CHARS = 20_000;
export const MAX_NOTE_CHARS = 10_000;
export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 40;
/** Highlights on one page: past this the page is a dump, not an article. */
export const MAX_ANNOTATIONS_PER_PAGE = 2_000;

/** A file larger than this is refused before it is read as JSON: parsing it would hold several times its size in memory. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;
