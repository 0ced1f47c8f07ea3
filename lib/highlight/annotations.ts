import { anchor, describe } from '../anchor/selectors';
import { PageText } from '../anchor/text-index';
import { HIGHLIGHT_COLOURS, type Annotation, type AnnotationSelector, type AnnotationStatus } from '../types';
import { RangeIndex } from './mentions';
import { HIGHLIGHTS, noteHighlight, Painter } from './painter';

/**
 * The reader's own highlights on the live page: found again from their selectors (lib/anchor) in one page-text
 * index per pass, painted with the CSS Custom Highlight API in their colours. A highlight that cannot be found
 * with confidence is an orphan: reported, never painted. The page's DOM is not changed.
 */

export interface PlacedAnnotation {
  annotation: Annotation;
  range: Range;
}

export interface AnnotationLayer {
  /** Put these highlights on the page (all of them again: the page text is read once for the lot). */
  set(annotations: readonly Annotation[]): void;
  /** Add one just made from the page text, without searching for it. */
  add(annotation: Annotation, start: number, end: number): void;
  /** A highlight changed colour, note or tags. */
  update(annotation: Annotation): void;
  remove(id: string): void;
  /** Read the page text again and look for the orphans (content arrived late). True when one was found. */
  retry(): boolean;
  /** Whether painted ranges lost their text (the page replaced the nodes under them). */
  stale(): boolean;
  status(pageKey: string): AnnotationStatus;
  /** The highlight at a point of the page (the narrowest, when they overlap). */
  at(node: Node, offset: number): PlacedAnnotation | null;
  get(id: string): PlacedAnnotation | null;
  /** The page text now (read again if the page changed since). */
  text(): PageText;
  /** Selectors for a range of the page (the reader's selection), or null when it covers no text. */
  describeRange(range: Range): { selectors: AnnotationSelector[]; start: number; end: number } | null;
  show(id: string): boolean;
  /** The page changed: the next text() reads it again. */
  invalidate(): void;
  dispose(): void;
}

const FLASH_MS = 1600;
/** The reader's highlights sit above Newsmark's own marks; the flash above everything. */
const PRIORITY = 5;

export function createAnnotationLayer(doc: Document): AnnotationLayer {
  const painter = new Painter();
  const win = doc.defaultView!;
  let pageText: PageText | null = null;
  let dirty = true;
  let all: Annotation[] = [];
  const placed = new Map<string, Range>();
  let index: RangeIndex<PlacedAnnotation> = new RangeIndex([]);
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  const text = (): PageText => {
    if (!pageText || dirty) {
      pageText = new PageText(doc.body ?? doc.documentElement);
      dirty = false;
    }
    return pageText;
  };

  let painted = false;
  const paint = () => {
    // A page without highlights (most pages) costs nothing here, not even a look at the highlight registry.
    if (!painted && placed.size === 0) return;
    painted = placed.size > 0;
    for (const colour of HIGHLIGHT_COLOURS) {
      const ranges = all.filter((a) => a.colour === colour && placed.has(a.id)).map((a) => placed.get(a.id)!);
      painter.set(noteHighlight(colour), ranges, PRIORITY);
    }
    // A highlight with a note is underlined too: the reader sees where the notes are without opening each.
    painter.set(
      HIGHLIGHTS.noted,
      all.filter((a) => a.note.trim() !== '' && placed.has(a.id)).map((a) => placed.get(a.id)!),
      PRIORITY + 1,
    );
    index = new RangeIndex(all.filter((a) => placed.has(a.id)).map((a) => ({ annotation: a, range: placed.get(a.id)! })));
  };

  /** Find each of `list` in the page text (read once) and place it; the others stay as they were. */
  const place = (list: readonly Annotation[]) => {
    if (list.length === 0) return;
    const t = text();
    for (const a of list) {
      placed.delete(a.id);
      const found = anchor(t.match, a.selectors, t.codePoints);
      if (found.status !== 'anchored') continue;
      const range = t.range(doc, found.start, found.end);
      if (range) placed.set(a.id, range);
    }
  };

  const alive = (r: Range) => !r.collapsed && r.startContainer.isConnected && r.endContainer.isConnected;

  return {
    set(annotations) {
      all = [...annotations];
      placed.clear();
      place(all);
      paint();
    },
    add(annotation, start, end) {
      all = [...all.filter((a) => a.id !== annotation.id), annotation];
      const range = text().range(doc, start, end);
      if (range) placed.set(annotation.id, range);
      else place([annotation]);
      paint();
    },
    update(annotation) {
      all = all.map((a) => (a.id === annotation.id ? annotation : a));
      paint();
    },
    remove(id) {
      all = all.filter((a) => a.id !== id);
      placed.delete(id);
      paint();
    },
    retry() {
      const orphans = all.filter((a) => !placed.has(a.id));
      const lost = all.filter((a) => placed.has(a.id) && !alive(placed.get(a.id)!));
      if (orphans.length === 0 && lost.length === 0) return false;
      dirty = true;
      place([...lost, ...orphans]);
      paint();
      return orphans.some((a) => placed.has(a.id));
    },
    stale() {
      return [...placed.values()].some((r) => !alive(r));
    },
    status(pageKey) {
      return {
        pageKey,
        anchored: all.filter((a) => placed.has(a.id)).map((a) => a.id),
        orphans: all.filter((a) => !placed.has(a.id)).map((a) => a.id),
      };
    },
    at(node, offset) {
      return index.at(node, offset);
    },
    get(id) {
      const annotation = all.find((a) => a.id === id);
      const range = placed.get(id);
      return annotation && range ? { annotation, range } : null;
    },
    text,
    describeRange(range) {
      let t = text();
      let span = t.offsets(range);
      if (!span && !dirty) {
        // The selection may be in text that arrived after the page text was read.
        dirty = true;
        t = text();
        span = t.offsets(range);
      }
      if (!span) return null;
      return { selectors: describe(t.text, span.start, span.end, t.codePoints, t.match), ...span };
    },
    show(id) {
      const range = placed.get(id);
      if (!range || !alive(range)) return false;
      const el = range.startContainer.parentElement;
      el?.scrollIntoView({ block: 'center', behavior: win.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
      painter.set(HIGHLIGHTS.flash, [range], 10);
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => painter.delete(HIGHLIGHTS.flash), FLASH_MS);
      return true;
    },
    invalidate() {
      dirty = true;
    },
    dispose() {
      clearTimeout(flashTimer);
      painter.clear();
      all = [];
      placed.clear();
    },
  };
}
