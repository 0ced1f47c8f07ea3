import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { shared } from '../../lib/page-shared';
import { startNotes } from '../reader/annotations';

/**
 * The reader's own highlights and their UI (selection toolbar, note editor, "save this quote", anchoring),
 * brought in by the background only when a page has highlights or the reader starts one (the reader asks:
 * entrypoints/reader/lazy-notes.ts). Most articles have none: the reader stays small without it. It leaves
 * its start function in the isolated world, where the reader takes it.
 */
export default defineUnlistedScript(() => {
  shared().startNotes = startNotes;
});
