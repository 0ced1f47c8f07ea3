import { defineExtensionMessaging } from '@webext-core/messaging';
import type { MarkKind } from './mark-kinds';
import type { ParsedNote } from './markdown';
import type { ReadingPart } from './reading-parts';
import type {
  Analysis,
  Annotation,
  AnnotationDraft,
  AnnotationPatch,
  AnnotationStatus,
  BlockKind,
  DisplaySettings,
  Span,
  HighlightColour,
  NotArticleReason,
  PageOutcome,
  PageRecord,
  ReadingReply,
  TabView,
} from './types';

/**
 * The message protocol, one map per direction. The background validates every payload it receives
 * (lib/schema.ts); nothing here is trusted because of its type.
 */

/** Content script, popup and library → background. */
export interface BackgroundProtocol {
  /**
   * The first look found an article (the script that runs on every page; a page that is not an article sends
   * nothing): its HTML, the last part after `parts` pageParts, as readPage. The background starts reading it at
   * once and brings in the reader, which takes the reading (takeReading).
   */
  pageOpened(data: { url: string; html: string; parts?: number }): void;
  /**
   * The reading of the HTML the first look sent with pageOpened (an article's), for the reader to paint: the
   * engine read it while the reader was being brought in. Null when there is none for this tab and address.
   */
  takeReading(data: { url: string }): ReadingReply | null;
  /** Part `index` of reading `id` this tab was given, when it came in parts (ReadingReply.parts). */
  takeReadingPart(data: { url: string; id: number; index: number }): ReadingPart;
  /** The reader selected text on a page the reader is not on yet: bring it in. */
  wantReader(data: { url: string }): void;
  /**
   * The reader needs the highlights' code on its page (the page has highlights, or the reader starts one): bring
   * entrypoints/notes into the sender's frame. Answered once it has run.
   */
  wantNotes(data: { url: string }): void;
  /**
   * The reader has something to draw over the page (a repeat label, a card): bring entrypoints/overlay, the UI
   * that draws it, into the sender's frame. Answered once it has run.
   */
  wantOverlay(data: { url: string }): void;
  /** A switch of the on-page control (entrypoints/reader/page-control.ts): what is marked on every page. */
  setMarks(data: { kind: MarkKind; shown: boolean }): DisplaySettings;
  /** The on-page control's "Off on this site", or "Turn back on": for the site of the sender's own page only. */
  setSiteOff(data: { url: string; off: boolean }): void;
  /**
   * The content script's snapshot of its page: the engine reads the article and analyses it, the background
   * saves the result (or the reason there is none) for the tab, and the content script paints what comes back.
   */
  readPage(data: { url: string; html: string; parts?: number }): ReadingReply;
  /**
   * A large page's HTML comes in parts (HTML_PART_CHARS each), in order, before its readPage, which then carries
   * the last part and how many came before it.
   */
  pagePart(data: { index: number; part: string }): void;
  /**
   * The content script painted the reading readPage gave it (`unmapped` paragraphs found no place on the live
   * page): the background saves it and the tab is "analysed". Null when there was no such reading.
   */
  articleShown(data: { url: string; unmapped: number }): { key: string } | null;
  /** The content script found no article on the page. */
  articleMissing(data: { url: string; reason: NotArticleReason; message: string }): void;
  /** Reading the page failed. */
  articleFailed(data: { url: string; message: string }): void;
  /** A note parsed as Markdown for the page's note editor to show (the parser stays off the page). */
  parseNote(data: { source: string }): ParsedNote;
  /** What the popup shows for a tab. */
  getTabView(data: { tabId: number }): TabView;
  getPage(data: { key: string }): PageRecord | null;
  /** A page's highlights, oldest first. */
  listAnnotations(data: { pageKey: string }): Annotation[];
  /** Save a new highlight; the background gives it its id and times. */
  saveAnnotation(draft: AnnotationDraft): Annotation;
  /** Change a highlight's colour, note or tags. */
  /**
   * Change a highlight. `base`: its `updatedAt` when the editor was opened; if it changed since, the change is
   * refused with an AnnotationConflictError carrying the highlight as it is now.
   */
  updateAnnotation(data: { id: string; patch: AnnotationPatch; base?: number }): Annotation;
  /**
   * What the reader is typing in a highlight's editor, kept (in the extension's storage, never the page's) until
   * it is saved, cancelled or the highlight deleted: a page closed, reloaded or left by an update of Newsmark
   * loses none of it, and the editor offers it back.
   */
  saveDraft(data: { id: string; patch: Required<AnnotationPatch> }): void;
  /** Forget a page (its record and highlights), a site, or everything (our own pages only). */
  forget(data: { what: 'page'; key: string } | { what: 'site'; site: string } | { what: 'everything' }): { pages: number; highlights: number };
  /**
   * The library changed the store itself (an import): every tab loads its highlights again. From our own pages
   * only.
   */
  storeChanged(): void;
  /** The draft kept for a highlight, if any. */
  takeDraft(data: { id: string }): Required<AnnotationPatch> | null;
  /** The reader cancelled the editor: its draft goes. */
  dropDraft(data: { id: string }): void;
  deleteAnnotation(data: { id: string }): void;
}

/** Popup → content script of one tab. */
export interface ContentProtocol {
  /** Scroll to a paragraph of the article and flash it. False when it has no place on the page. */
  scrollToParagraph(data: { paragraph: number }): boolean;
  /** Scroll to one mention of a person or organisation, flash it and show its card. */
  showMention(data: { kind: 'person' | 'organization' | 'quote'; id: string; index: number }): boolean;
  /** Read the page again (the reader asked for it). */
  /** `anyway`: read it even though it does not look like an article (the reader asked, from the popup). */
  reanalyse(data?: { anyway?: boolean }): void;
  /** Highlight what the reader has selected (context menu, keyboard shortcut). False when nothing is selected. */
  highlightSelection(data: { colour?: HighlightColour }): boolean;
  /** Scroll to one of the reader's highlights and flash it. False when it has no place on the page. */
  showAnnotation(data: { id: string }): boolean;
  /** Which of the page's highlights are painted and which are orphans. */
  annotationStatus(): AnnotationStatus;
  /**
   * A highlight of this page was saved, changed or deleted elsewhere (popup, another tab): load them again.
   * ANY_PAGE: highlights of many pages went (the reader forgot a site, or everything).
   */
  annotationsChanged(data: { pageKey: string }): void;
  /** The reader changed what is marked on pages (the popup's switches). */
  /** What to mark now; `siteOff`: the reader turned Newsmark off on this tab's site (nothing is marked then). */
  displayChanged(data: DisplaySettings & { siteOff?: boolean }): void;
}

/** Background → the engine's own document (Chrome's offscreen document; Firefox runs the engine in the background). */
export interface EngineProtocol {
  /** A page's HTML to read; `tabId` when a tab sent it (so that its own message, if it comes late, is not read again). */
  readHtml(data: { url: string; html: string; tabId?: number }): PageOutcome;
  /** The reading of a tab's page the engine read as soon as the page sent it (entrypoints/offscreen/early.ts), once. */
  takeEarlyReading(data: { tabId: number; url: string }): PageOutcome | null;
  /** The sites where the reader turned Newsmark off: the engine reads nothing of theirs early. */
  offSites(data: { sites: string[] }): void;
  /** A saved record's text analysed again by the present engine (lib/store/refresh.ts). */
  analyseText(data: { text: string; paragraphs: Span[]; kinds?: BlockKind[] }): Analysis;
}

/** annotationsChanged for every page at once. */
export const ANY_PAGE = '*';

export const toBackground = defineExtensionMessaging<BackgroundProtocol>();
export const toEngine = defineExtensionMessaging<EngineProtocol>();
export const toContent = defineExtensionMessaging<ContentProtocol>();
