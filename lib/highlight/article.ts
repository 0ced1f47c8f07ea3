import { h, render } from 'preact';
import overlayCss from '../../components/overlay.css?inline';
import { PageOverlay, type PlacedRepeat } from '../../components/PageOverlay';
import type { ArticleBlock } from '../extract/index';
import type { Analysis } from '../types';
import { createOverlay } from './overlay';
import { HIGHLIGHTS, Painter } from './painter';
import { rangeOf } from './ranges';

export interface PaintOptions {
  showRepeats: boolean;
}

/** What is painted for one article, and the handles the content script needs. */
export interface PaintedArticle {
  /** Live range of each article block (null where it has no place on the page). */
  readonly blockRanges: readonly (Range | null)[];
  scrollTo(paragraph: number): boolean;
  setRepeatsVisible(visible: boolean): void;
  dispose(): void;
}

const FLASH_MS = 1600;

/** Paint the analysis of an article over the live page: highlights and our overlay, never the page's DOM. */
export function paintArticle(doc: Document, blocks: readonly ArticleBlock[], analysis: Analysis, options: PaintOptions): PaintedArticle {
  const painter = new Painter();
  const overlay = createOverlay(doc, overlayCss);
  const win = doc.defaultView!;
  const blockRanges = blocks.map((b) => (b.runs ? rangeOf(doc, b.runs, 0, b.text.length) : null));
  let visible = options.showRepeats;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;

  const paintRepeats = () => {
    const ranges = (boilerplate: boolean) =>
      analysis.repeats.filter((r) => r.boilerplate === boilerplate).flatMap((r) => blockRanges[r.paragraph] ?? []);
    painter.set(HIGHLIGHTS.repeat, visible ? ranges(false) : [], 1);
    painter.set(HIGHLIGHTS.repeatBoilerplate, visible ? ranges(true) : [], 0);
  };

  const layout = () => {
    frame = 0;
    const origin = overlay.origin();
    const placed: PlacedRepeat[] = [];
    if (visible) {
      for (const repeat of analysis.repeats) {
        const rect = blockRanges[repeat.paragraph]?.getClientRects()[0];
        if (!rect || (rect.width === 0 && rect.height === 0)) continue;
        placed.push({ repeat, top: rect.top - origin.y, left: rect.left - origin.x });
      }
    }
    render(h(PageOverlay, { repeats: placed, onJump: scrollTo }), overlay.mount);
  };
  const scheduleLayout = () => {
    if (!frame) frame = win.requestAnimationFrame(layout);
  };

  function scrollTo(paragraph: number): boolean {
    const range = blockRanges[paragraph];
    if (!range) return false;
    const el = range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: win.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    painter.set(HIGHLIGHTS.flash, [range], 10);
    clearTimeout(flashTimer);
    flashTimer = setTimeout(() => painter.delete(HIGHLIGHTS.flash), FLASH_MS);
    return true;
  }

  const resize = new ResizeObserver(scheduleLayout);
  if (doc.body) resize.observe(doc.body);
  win.addEventListener('resize', scheduleLayout);
  win.addEventListener('load', scheduleLayout);
  void doc.fonts?.ready.then(scheduleLayout);

  paintRepeats();
  layout();

  return {
    blockRanges,
    scrollTo,
    setRepeatsVisible(v) {
      visible = v;
      paintRepeats();
      scheduleLayout();
    },
    dispose() {
      resize.disconnect();
      win.removeEventListener('resize', scheduleLayout);
      win.removeEventListener('load', scheduleLayout);
      if (frame) win.cancelAnimationFrame(frame);
      clearTimeout(flashTimer);
      render(null, overlay.mount);
      overlay.dispose();
      painter.clear();
    },
  };
}
