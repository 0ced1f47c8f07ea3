import { h, render } from 'preact';
import overlayCss from '../../components/overlay.css?inline';
import { PageOverlay } from '../../components/PageOverlay';
import type { OverlayUi } from '../../lib/highlight/overlay-view';

/** The repeat labels and mention cards, drawn with Preact into the painter's shadow root (lib/highlight/article.ts). */
export const overlayUi: OverlayUi = {
  css: overlayCss,
  render(mount, view) {
    render(view ? h(PageOverlay, view) : null, mount);
  },
};
