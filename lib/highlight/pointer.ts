/**
 * The text position under the pointer (or the reader's caret, for keyboard and caret browsing), reported at
 * most once a frame. Nothing on the page is changed or made focusable.
 */
export interface TextPoint {
  node: Node;
  offset: number;
  /** Where the pointer is (absent for the caret): a caret position snaps to the nearest text, the pointer
   *  may be beside it. */
  x?: number;
  y?: number;
}

/**
 * Call `onPoint` with the text position under the mouse (once per frame), when it leaves the page, and at a collapsed
 * selection (the keyboard's caret), until `signal` aborts.
 */
export function watchTextPoint(doc: Document, onPoint: (p: TextPoint | null) => void, signal: AbortSignal): void {
  const win = doc.defaultView!;
  let frame = 0;
  let last: { x: number; y: number } | null = null;
  const probe = () => {
    frame = 0;
    if (!last || signal.aborted) return;
    onPoint(textPointAt(doc, last.x, last.y));
  };
  const move = (e: MouseEvent) => {
    last = { x: e.clientX, y: e.clientY };
    if (!frame) frame = win.requestAnimationFrame(probe);
  };
  const leave = () => {
    last = null;
    onPoint(null);
  };
  const selection = () => {
    const sel = doc.getSelection();
    if (sel && sel.rangeCount > 0 && sel.isCollapsed && sel.anchorNode?.nodeType === 3) onPoint({ node: sel.anchorNode, offset: sel.anchorOffset });
  };
  doc.addEventListener('mousemove', move, { passive: true, signal });
  doc.documentElement.addEventListener('mouseleave', leave, { signal });
  doc.addEventListener('selectionchange', selection, { signal });
  signal.addEventListener('abort', () => {
    if (frame) win.cancelAnimationFrame(frame);
  });
}

/** The text position at client coordinates, or null when there is no text there. */
export function textPointAt(doc: Document, x: number, y: number): TextPoint | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p && p.offsetNode.nodeType === 3 ? { node: p.offsetNode, offset: p.offset, x, y } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r && r.startContainer.nodeType === 3 ? { node: r.startContainer, offset: r.startOffset, x, y } : null;
}

/** Inside a field the reader types in (a selection there is not for highlighting). */
export function inEditable(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest('input, textarea, [contenteditable=""], [contenteditable="true"]');
}

/** A caret position snaps to the nearest text: the pointer itself must be over the range. */
export function overRange(range: Range, x: number, y: number): boolean {
  return [...range.getClientRects()].some((r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1);
}
