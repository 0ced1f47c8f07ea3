import { storage } from 'wxt/utils/storage';
import type { HighlightColour } from './types';

/** Reader preferences, shared by the popup (which sets them) and every tab (which follows them). */
export const showRepeats = storage.defineItem<boolean>('local:showRepeats', { fallback: true });

/** Mark named people and organisations on the page. */
export const showEntities = storage.defineItem<boolean>('local:showEntities', { fallback: true });

/** Mark quotes on the page. */
export const showQuotes = storage.defineItem<boolean>('local:showQuotes', { fallback: true });

/** The colour a highlight gets when none is picked (context menu, shortcut): the last one the reader chose. */
export const highlightColour = storage.defineItem<HighlightColour>('local:highlightColour', { fallback: 'yellow' });
