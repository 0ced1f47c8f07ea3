import type { OverlayUi, OverlayView } from '../../lib/highlight/overlay-view';
import { shared } from '../../lib/page-shared';

/**
 * The UI of labels and cards, brought in when the painter first has one to draw. Most articles have no repeat,
 * and a card waits for a hover: the UI (Preact, the cards, their stylesheet) is a quarter of the reader, and
 * compiling it on every article would cost every article. Until it is here this stands in for it: it keeps the
 * latest view asked of each mount, asks the background for entrypoints/overlay (`bring`, wantOverlay) once, and
 * draws that view when the UI has come, with the UI's stylesheet put into the mount's shadow root first. A view
 * that is null (nothing to draw) asks for nothing.
 */
const RETRY_AFTER_MS = 3000;

export function lazyOverlayUi(bring: () => Promise<unknown>, isInvalid: () => boolean): OverlayUi {
  let real: OverlayUi | null = null;
  let loading: Promise<void> | null = null;
  // After a failed attempt (the background restarting, say), not asked again before this time.
  let notBefore = 0;
  const latest = new Map<HTMLElement, OverlayView | null>();
  const styled = new WeakSet<Node>();

  const draw = (ui: OverlayUi, mount: HTMLElement, view: OverlayView | null) => {
    const root = mount.getRootNode();
    if (!styled.has(root) && root !== mount.ownerDocument) {
      styled.add(root);
      const style = mount.ownerDocument.createElement('style');
      style.textContent = ui.css;
      root.insertBefore(style, root.firstChild);
    }
    ui.render(mount, view);
  };

  const arrive = () =>
    (loading ??= (async () => {
      const page = shared();
      if (!page.overlayUi) await bring();
      if (!page.overlayUi) throw new Error('The labels and cards could not be loaded on this page.');
      real = page.overlayUi as OverlayUi;
      if (isInvalid()) return;
      for (const [mount, view] of latest) if (mount.isConnected) draw(real, mount, view);
      latest.clear();
    })().catch(() => {
      // Asked again by a later view, a few seconds on (the background may have been restarting).
      loading = null;
      notBefore = Date.now() + RETRY_AFTER_MS;
    }));

  return {
    // The stylesheet comes with the UI (draw).
    css: '',
    render(mount, view) {
      if (real) return draw(real, mount, view);
      for (const m of latest.keys()) if (!m.isConnected) latest.delete(m);
      latest.set(mount, view);
      if (view && Date.now() >= notBefore) void arrive();
    },
  };
}
