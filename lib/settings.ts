import { storage } from 'wxt/utils/storage';

/** Reader preferences, shared by the popup (which sets them) and every tab (which follows them). */
export const showRepeats = storage.defineItem<boolean>('local:showRepeats', { fallback: true });
