import { browser } from 'wxt/browser';
import { DISPLAY_DEFAULTS, displayFrom, LEGACY_DISPLAY_KEYS, type DisplaySettings, type MarkKind } from './mark-kinds';
import { HIGHLIGHT_COLOURS, type HighlightColour } from './types';

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
  return settingRead(key, fallback, (v: unknown): T => (valid(v) ? v : fallback));
}

/** A setting whose stored value is read into what it holds by `read` (which never fails). */
function settingRead<T>(key: string, fallback: T, read: (stored: unknown) => T): Setting<T> {
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

/**
 * What is marked on pages: one stored record, a switch per kind of mark (lib/mark-kinds.ts). Read with the three
 * switches stored before there was a table, so that a reader's "off" survives the change.
 */
export const display: Setting<DisplaySettings> = {
  ...settingRead('marks', DISPLAY_DEFAULTS, (stored) => displayFrom(stored)),
  async getValue() {
    const got = await browser.storage.local.get(['marks', ...LEGACY_DISPLAY_KEYS]);
    return displayFrom(got.marks, got);
  },
};

/**
 * Changes that read a stored value and write it back, one at a time in this context: two switches pressed in quick
 * succession must not each write over the other's change.
 */
let changing: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(change: () => Promise<T>): Promise<T> {
  const next = changing.then(change, change);
  changing = next.catch(() => undefined);
  return next;
}

/** One switch: the stored record with that kind changed. */
export function setMarked(kind: MarkKind, shown: boolean): Promise<DisplaySettings> {
  return oneAtATime(async () => {
    const next = { ...(await display.getValue()), [kind]: shown };
    await display.setValue(next);
    return next;
  });
}

const isSiteList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length <= MAX_OFF_SITES && v.every((s) => typeof s === 'string' && s.length > 0 && s.length <= 253);
/** Sites turned off at most (a list the reader makes by hand, one site at a time). */
const MAX_OFF_SITES = 10_000;

/**
 * Sites the reader turned Newsmark's marks off on (lib/url.ts `siteOf`): their pages are not analysed, kept or
 * marked. The reader's own highlights still come back there: they are the reader's, not Newsmark's.
 */
export const offSites = setting<string[]>('offSites', [], isSiteList);

/** Turn marks off (or back on) on one site. */
export function setSiteOff(site: string, off: boolean): Promise<string[]> {
  return oneAtATime(async () => {
    const now = await offSites.getValue();
    const next = off ? (now.includes(site) ? now : [...now, site].sort()) : now.filter((s) => s !== site);
    await offSites.setValue(next);
    return next;
  });
}

/** The colour a highlight gets when none is picked (context menu, shortcut): the last one the reader chose. */
export const highlightColour = setting<HighlightColour>('highlightColour', 'yellow', isColour);

/**
 * Keep pages and highlights read in private (incognito) windows. Off until the reader turns it on: by default
 * Newsmark stores nothing from them (it still marks their pages).
 */
export const keepPrivate = setting('keepPrivate', false, isBoolean);

/** Several settings in one storage call (the content script reads its three switches at once). */
export async function readSettings<T extends Record<string, Setting<unknown>>>(settings: T): Promise<{ [K in keyof T]: T[K]['fallback'] }> {
  const got = await browser.storage.local.get(Object.values(settings).map((s) => s.key));
  const out: Record<string, unknown> = {};
  for (const [name, s] of Object.entries(settings)) out[name] = s.parse(got[s.key]);
  return out as { [K in keyof T]: T[K]['fallback'] };
}
