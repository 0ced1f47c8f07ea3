/**
 * Our own UI on the page (labels, cards, the selection toolbar, the note editor) lives in a closed shadow root on
 * a host element appended to <html>, outside <body>: the page's content DOM stays exactly as the page made it,
 * page styles cannot reach inside, and the page's scripts cannot look inside (a note being edited is the
 * reader's alone) nor press anything there (GUARDED_EVENTS).
 */
export interface Overlay {
  host: HTMLElement;
  /** Element to render into, inside the shadow root. */
  mount: HTMLElement;
  /** Client coordinates of the overlay's origin: subtract from a client rect to place something there. */
  origin(): { x: number; y: number };
  dispose(): void;
}

/**
 * Events our UI acts on. An event the page made (`isTrusted` false: `element.click()`, `dispatchEvent`) is
 * stopped at the shadow root, in the capture phase, before any of our handlers sees it: the page cannot press our
 * buttons, type into our editor or open it.
 */
const GUARDED_EVENTS = [
  'click',
  'dblclick',
  'auxclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'keydown',
  'keyup',
  'keypress',
  'input',
  'beforeinput',
  'change',
  'submit',
  'focusin',
  'paste',
  'drop',
];

const HOST_STYLE = 'all: initial; position: absolute; top: 0; left: 0; width: 0; height: 0; overflow: visible; z-index: 2147483647; pointer-events: none;';

/** `tag` names the host element; it must start with "newsmark-" (the page-text reader skips those). */
export function createOverlay(doc: Document, css: string, tag = 'newsmark-overlay'): Overlay {
  const host = doc.createElement(tag);
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'closed' });
  for (const type of GUARDED_EVENTS) {
    shadow.addEventListener(
      type,
      (e) => {
        if (e.isTrusted) return;
        e.stopImmediatePropagation();
        e.preventDefault();
      },
      { capture: true },
    );
  }
  const style = doc.createElement('style');
  style.textContent = css;
  const mount = doc.createElement('div');
  shadow.append(style, mount);
  doc.documentElement.append(host);
  return {
    host,
    mount,
    origin() {
      // A page that rebuilds <html>'s children may drop us: come back.
      if (!host.isConnected) doc.documentElement.append(host);
      const r = host.getBoundingClientRect();
      return { x: r.left, y: r.top };
    },
    dispose() {
      host.remove();
    },
  };
}
