import { readerNumbers } from '../text/paragraphs';
import type { CardEntity, CardView, OverlayUi, PlacedRepeat } from './overlay-view';
import type { ArticleBlock } from '../extract/index';
import type { Analysis, DisplaySettings, Person, Quote } from '../types';
import type { MarkKind } from '../mark-kinds';
import { speakerIsSure } from '../data/attribution';
import { marksNow, type Marks } from './marks';
import type { MentionIndex, MentionRef } from './mentions';
import { createOverlay, type Overlay } from './overlay';
import { HIGHLIGHTS, Painter, PLAIN, type HighlightName } from './painter';
import { watchTextPoint, type TextPoint } from './pointer';
import {
  blockOfNodes,
  blocksBetween,
  covers,
  DECORATED_ELEMENTS_MAX,
  inSpan,
  NEAR_SCREENS,
  PAINT_ALL_MARKS_MAX,
  WINDOW_SCREENS,
  type BlockSpan,
} from './window';

export type PaintOptions = DisplaySettings;

export type EntityKind = MentionRef['kind'];

/** What is painted for one article, and the handles the content script needs. */
export interface PaintedArticle {
  /** Live range of each article block (null where it has no place on the page). */
  readonly blockRanges: readonly (Range | null)[];
  /** Mentions of people and organisations that have a place on the page. */
  readonly mentions: MentionIndex;
  scrollTo(paragraph: number): boolean;
  /** Scroll to one mention of a person or organisation (or one occurrence of a quote), flash it, show its card. */
  showMention(kind: EntityKind, id: string, index: number): boolean;
  /** The detected quote (not a scare quote) at a point of the page, whole occurrence, when quotes are shown. */
  quoteAt(node: Node, offset: number): QuoteHit | null;
  /** What is marked now: one switch per kind (lib/mark-kinds.ts). */
  setShown(shown: DisplaySettings): void;
  dispose(): void;
}

export interface QuoteHit {
  quote: Quote;
  speaker: Person | null;
  /** The occurrence under the point, from its first character to its last (it may span paragraphs). */
  range: Range;
}

const FLASH_MS = 1600;
const CARD_GAP = 6;
/** The room a card needs below its word (about its tallest); with less before the window's edge it goes above. */
const CARD_ROOM = 160;

/**
 * Paint the analysis of an article over the live page: highlights and our overlay, never the page's DOM. `marks`:
 * the live ranges, found beforehand in slices (marksInSlices) on a large article; found here otherwise.
 */
export function paintArticle(
  doc: Document,
  blocks: readonly ArticleBlock[],
  analysis: Analysis,
  options: PaintOptions,
  marks?: Marks,
  ui?: OverlayUi,
): PaintedArticle {
  const painter = new Painter();
  // The shadow root for labels and cards is made when there is first something to show in it.
  let overlay: Overlay | null = null;
  const win = doc.defaultView!;
  const { blockRanges, mentions } = marks ?? marksNow(doc, blocks, analysis);
  const refs = mentions.refs;
  const scare = new Set(analysis.quotes.filter((q) => q.scare).map((q) => q.id));
  const quotesBy = new Map<string, number>();
  // A guessed speaker's quotes are not counted as theirs.
  for (const q of analysis.quotes)
    if (q.speaker?.personId && !q.scare && speakerIsSure(q.speaker)) quotesBy.set(q.speaker.personId, (quotesBy.get(q.speaker.personId) ?? 0) + 1);
  const officials = new Set(analysis.people.filter((p) => p.official).map((p) => p.id));
  // Labels name paragraphs as a reader counts them: body paragraphs, not headings or captions.
  const kinds = blocks.map((b) => b.kind);
  const numbers = readerNumbers(kinds);

  // A large article is painted near the screen only, and a very large page in tints only (window.ts).
  const windowed = refs.length + analysis.repeats.length > PAINT_ALL_MARKS_MAX;
  const plain = doc.getElementsByTagName('*').length > DECORATED_ELEMENTS_MAX;
  const nodeBlock = windowed ? blockOfNodes(blocks) : null;
  const refBlock = (r: MentionRef) => nodeBlock?.get(r.range.startContainer) ?? -1;
  let view: BlockSpan | null = null;
  const blocksOnScreens = (screens: number) => {
    const height = win.innerHeight || 800;
    return blocksBetween(
      blockRanges.length,
      (i) => {
        const rect = blockRanges[i]?.getBoundingClientRect();
        return rect && (rect.width > 0 || rect.height > 0) ? rect : null;
      },
      -screens * height,
      (1 + screens) * height,
    );
  };
  const name = <N extends HighlightName>(n: N) => (plain && n in PLAIN ? PLAIN[n as keyof typeof PLAIN] : n);

  let shown: DisplaySettings = { ...options };
  /** The kind of mark a mention is painted as (lib/mark-kinds.ts). */
  const kindOf = (r: MentionRef): MarkKind =>
    r.kind === 'quote' ? 'quotes' : r.kind === 'organization' ? 'organizations' : officials.has(r.id) ? 'officials' : 'people';
  let card: MentionRef | null = null;
  let cardPinnedUntil = 0;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  // Its lifetime: every listener is registered with this signal, and every late callback checks it.
  const life = new AbortController();
  const disposed = () => life.signal.aborted;

  const paint = () => {
    if (windowed) view = blocksOnScreens(WINDOW_SCREENS);
    // A mark whose paragraph is no longer known (the page replaced its text node) is painted wherever it is.
    const near = (r: MentionRef) => {
      if (!windowed) return true;
      const block = refBlock(r);
      return block < 0 || inSpan(view, block);
    };
    const repeats = (boilerplate: boolean) =>
      analysis.repeats.filter((r) => r.boilerplate === boilerplate && (!windowed || inSpan(view, r.paragraph))).flatMap((r) => blockRanges[r.paragraph] ?? []);
    painter.set(name(HIGHLIGHTS.repeat), shown.repeats ? repeats(false) : [], 1);
    painter.set(name(HIGHLIGHTS.repeatBoilerplate), shown.repeats ? repeats(true) : [], 0);
    const of = (kind: MarkKind, test: (r: MentionRef) => boolean = () => true) =>
      shown[kind] ? refs.filter((r) => kindOf(r) === kind && test(r) && near(r)).map((r) => r.range) : [];
    painter.set(name(HIGHLIGHTS.official), of('officials'), 3);
    painter.set(name(HIGHLIGHTS.person), of('people'), 2);
    painter.set(name(HIGHLIGHTS.organization), of('organizations'), 2);
    painter.set(
      name(HIGHLIGHTS.quote),
      of('quotes', (r) => !scare.has(r.id)),
      0,
    );
    painter.set(
      name(HIGHLIGHTS.scare),
      of('quotes', (r) => scare.has(r.id)),
      0,
    );
  };

  // A windowed article: once the reader has scrolled near the edge of what is painted, paint around the screen.
  let scrollFrame = 0;
  const followScroll = () => {
    scrollFrame = 0;
    if (disposed() || !view) return;
    const needed = blocksOnScreens(NEAR_SCREENS);
    if (needed && !covers(view, needed)) {
      paint();
      scheduleLayout();
    }
  };
  const onScroll = () => {
    if (!scrollFrame && !disposed()) scrollFrame = win.requestAnimationFrame(followScroll);
  };

  const visibleRef = (r: MentionRef) => shown[kindOf(r)];

  const cardProps = (origin: { x: number; y: number }): CardView | null => {
    if (!card || !visibleRef(card)) return null;
    const rects = card.range.getClientRects();
    const rect = rects[rects.length - 1];
    if (!rect) return null;
    const id = card.id;
    let entity: CardEntity;
    if (card.kind === 'person') entity = { kind: 'person', person: analysis.people.find((p) => p.id === id)!, quotes: quotesBy.get(id) ?? 0 };
    else if (card.kind === 'organization') entity = { kind: 'organization', organization: analysis.organizations.find((o) => o.id === id)! };
    else {
      const quote = analysis.quotes.find((q) => q.id === id)!;
      entity = { kind: 'quote', quote, speaker: analysis.people.find((p) => p.id === quote.speaker?.personId) ?? null };
    }
    // Near the window's bottom edge the card stands above the word, so that it is seen.
    const above = rect.bottom + CARD_ROOM > (win.innerHeight || 800) && rect.top > CARD_ROOM;
    const top = above ? rect.top - origin.y - CARD_GAP : rect.bottom - origin.y + CARD_GAP;
    return { entity, index: card.index, top, left: rect.left - origin.x, above };
  };

  const layout = () => {
    frame = 0;
    // A timer or promise that outlived dispose() (fonts loaded, a scroll settled) must not bring the overlay back.
    if (disposed()) return;
    // Page furniture repeated ("Advertisement", an image's placeholder) is struck through lightly and listed in the
    // popup, not labelled: a label on every one of them would be clutter.
    const labelled = shown.repeats ? analysis.repeats.filter((r) => !r.boilerplate) : [];
    const wanted = labelled.length > 0 || (card !== null && visibleRef(card));
    if (!ui || (!overlay && !wanted)) return;
    overlay ??= createOverlay(doc, ui.css);
    const origin = overlay.origin();
    const placed: PlacedRepeat[] = [];
    for (const repeat of labelled) {
      if (windowed && !inSpan(view, repeat.paragraph)) continue;
      const rect = blockRanges[repeat.paragraph]?.getClientRects()[0];
      if (!rect || (rect.width === 0 && rect.height === 0)) continue;
      placed.push({ repeat, top: rect.top - origin.y, left: rect.left - origin.x });
    }
    ui.render(overlay.mount, { repeats: placed, onJump: scrollTo, card: cardProps(origin), numbers, kinds });
  };
  // Positions are read once the browser has drawn the next frame (a task queued from its animation frame): the
  // page is laid out then, and reading a rectangle costs nothing. Read in the animation frame itself, they would
  // make our task lay out the whole page, which the browser would do a moment later anyway.
  let afterFrame: ReturnType<typeof setTimeout> | undefined;
  const scheduleLayout = () => {
    if (frame || afterFrame !== undefined || disposed()) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      afterFrame = setTimeout(() => {
        afterFrame = undefined;
        layout();
      }, 0);
    });
  };

  const showCard = (ref: MentionRef | null, pinMs = 0) => {
    if (ref === card) return;
    if (!ref && Date.now() < cardPinnedUntil) return;
    card = ref;
    cardPinnedUntil = pinMs ? Date.now() + pinMs : 0;
    scheduleLayout();
  };

  const onPoint = (p: TextPoint | null) => {
    const hit = p ? mentions.at(p.node, p.offset) : null;
    const ref = hit && visibleRef(hit) ? hit : null;
    // A caret position snaps to the nearest text: the pointer itself must be over the name.
    if (ref && p?.x !== undefined && p.y !== undefined) {
      const over = [...ref.range.getClientRects()].some((r) => p.x! >= r.left - 1 && p.x! <= r.right + 1 && p.y! >= r.top - 1 && p.y! <= r.bottom + 1);
      if (!over) return showCard(null);
    }
    showCard(ref);
  };

  const flash = (range: Range) => {
    const el = range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: win.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    painter.set(HIGHLIGHTS.flash, [range], 10);
    clearTimeout(flashTimer);
    flashTimer = setTimeout(() => painter.delete(HIGHLIGHTS.flash), FLASH_MS);
  };

  function scrollTo(paragraph: number): boolean {
    const range = blockRanges[paragraph];
    if (!range) return false;
    flash(range);
    return true;
  }

  function showMention(kind: EntityKind, id: string, index: number): boolean {
    const ref = refs.find((r) => r.kind === kind && r.id === id && r.index === index);
    if (!ref) return false;
    flash(ref.range);
    showCard(ref, 4000);
    // The page scrolls smoothly: place the card again once it has moved.
    clearTimeout(settleTimer);
    settleTimer = setTimeout(scheduleLayout, 400);
    return true;
  }

  const resize = new ResizeObserver(scheduleLayout);
  if (doc.body) resize.observe(doc.body);
  const { signal } = life;
  win.addEventListener('resize', scheduleLayout, { signal });
  win.addEventListener('load', scheduleLayout, { signal });
  void doc.fonts?.ready.then(scheduleLayout);
  watchTextPoint(doc, onPoint, signal);
  // Scrolls of the page and of any scrolling box in it (scroll events do not bubble; they are seen on the way down).
  if (windowed) {
    doc.addEventListener('scroll', onScroll, { capture: true, passive: true, signal });
    win.addEventListener('resize', onScroll, { signal });
  }

  paint();
  // Labels are placed in the next frame, after the browser has laid out the page itself: reading positions now
  // would make this task lay out the page.
  scheduleLayout();

  function quoteAt(node: Node, offset: number): QuoteHit | null {
    if (!shown.quotes) return null;
    const quoteRefs = refs.filter((r) => r.kind === 'quote' && !scare.has(r.id) && r.range.isPointInRange(node, offset));
    const hit = quoteRefs[0];
    if (!hit) return null;
    const parts = refs.filter((r) => r.kind === 'quote' && r.id === hit.id && r.index === hit.index);
    const range = doc.createRange();
    range.setStart(parts[0]!.range.startContainer, parts[0]!.range.startOffset);
    const last = parts[parts.length - 1]!.range;
    range.setEnd(last.endContainer, last.endOffset);
    const quote = analysis.quotes.find((q) => q.id === hit.id)!;
    return { quote, speaker: analysis.people.find((p) => p.id === quote.speaker?.personId) ?? null, range };
  }

  return {
    blockRanges,
    mentions,
    scrollTo,
    showMention,
    quoteAt,
    setShown(next) {
      shown = { ...next };
      paint();
      scheduleLayout();
    },
    dispose() {
      life.abort();
      clearTimeout(settleTimer);
      resize.disconnect();
      if (frame) win.cancelAnimationFrame(frame);
      clearTimeout(afterFrame);
      if (scrollFrame) win.cancelAnimationFrame(scrollFrame);
      clearTimeout(flashTimer);
      if (overlay) {
        ui?.render(overlay.mount, null);
        overlay.dispose();
      }
      painter.clear();
    },
  };
}
