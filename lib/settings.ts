import { browser } from 'wxt/browser';
import { DISPLAY_DEFAULTS, HIGHLIGHT_COLOURS, type HighlightColour } from './types';

/**
 * Reader preferences, shared by the popup (which sets them) and every tab (which follows them), in the
 * extension's `storage.local` under their names. Plain storage calls: this module runs on every page the reader
 * opens, and a general storage layer (WXT's) costs each page a few milliseconds to set up.
 */
export interface Setting<T> {
  readonly key: string;
  readonly fallback: T;
  /** A stored value as this setting: the fallback when absent or not a value it can take. */
  parse(stored: unknown): T;
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Called with the new value whenever it changes (from any tab or the popup); returns a function that stops. */
  watch(callback: (value: T) => void): () => void;
}

function setting<T>(key: string, fallback: T, valid: (v: unknown) => v is T): Setting<T> {
  const read = (v: unknown): T => (valid(v) ? v : fallback);
  return {
    key,
    fallback,
    parse: read,
    async getValue() {
      return read((await browser.storage.local.get(key))[key]);
    },
    async setValue(value) {
      await browser.storage.local.set({ [key]: value });
    },
    watch(callback) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && key in changes) callback(read(changes[key]!.newValue));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const isColour = (v: unknown): v is HighlightColour => (HIGHLIGHT_COLOURS as readonly unknown[]).includes(v);

/** Mark paragraphs that repeat on the page. */
export const showRepeats = setting('showRepeats', DISPLAY_DEFAULTS.showRepeats, isBoolean);

/** Mark named people and organisations on the page. */
export const showEntities = setting('showEntities', DISPLAY_DEFAULTS.showEntities, isBoolean);

/** Mark quotes on the page. */
export const showQuotes = setting('showQuotes', DISPLAY_DEFAULTS.showQuotes, isBoolean);

/** The colour a highlight gets when none is picked (context menu, shortcut): the last one the reader chose. */
export const highlightColour = setting<HighlightColour>('highlightColour', 'yellow', isColour);

/**
 * Keep pages and highlights read in private (incognito) windows. Off until the reader turns it on: by default
 * Newsmark stores nothing from them (it still marks their pages).
 */
export const keepPrivate = setting('keepPrivate', false, isBoolean);

/** The popup's three switches: what is marked on pages. */
export const DISPLAY_SETTINGS = { showRepeats, showEntities, showQuotes };

/** Several settings in one storage call (the content script reads its three switches at once). */
export async function readSettings<T extends Record<string, Setting<unknown>>>(settings: T): Promise<{ [K in keyof T]: T[K]['fallback'] }> {
  const got = await browser.storage.local.get(Object.values(settings).map((s) => s.key));
  const out: Record<string, unknown> = {};
  for (const [name, s] of Object.entries(settings)) out[name] = s.parse(got[s.key]);
  return out as { [K in keyof T]: T[K]['fallback'] };
}
