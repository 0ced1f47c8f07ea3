import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { shared } from '../../lib/page-shared';
import { overlayUi } from './ui';

/**
 * The UI that draws the repeat labels and the mention cards over the page (Preact, components/PageOverlay),
 * brought in by the background only when the reader first has one to draw (entrypoints/reader/lazy-overlay.ts):
 * an article with no repeat, read without a hover on a name, never compiles it. It leaves the UI in the isolated
 * world, where the reader takes it.
 */
export default defineUnlistedScript(() => {
  shared().overlayUi = overlayUi;
});
