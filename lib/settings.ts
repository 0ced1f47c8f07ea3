import { storage } from 'wxt/utils/storage';

/** Reader preferences, shared by the popup (which sets them) and every tab (which follows them). */
export const showRepeats = storage.defineItem<boolean>('local:showRepeats', { fallback: true });

/** Mark named people and organisations on the page. */
export const showEntities = storage.defineItem<boolean>('local:showEntities', { fallback: true });

/** Mark quotes on the page. */
export const showQuotes = storage.defineItem<boolean>('local:showQuotes', { fallback: true });
