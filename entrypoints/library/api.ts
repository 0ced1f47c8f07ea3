import type { Catalog } from '../../lib/library/catalog';
import type { LibraryEntry } from '../../lib/library/entry';
import { newestEntries } from '../../lib/library/newest';
import { MAX_IMPORT_BYTES } from '../../lib/limits';
import { toBackground } from '../../lib/messages';
import { display, highlightColour, keepPrivate, offSites, type Setting } from '../../lib/settings';
import { displayFrom, LEGACY_DISPLAY_KEYS } from '../../lib/mark-kinds';
import { databaseOnce } from '../../lib/store/db';
import { StorageFullError } from '../../lib/store/errors';
import { readable } from '../../lib/store/pages';
import type { AlsoIn, Annotation } from '../../lib/types';

// The first screen needs only the cache's newest entries (lib/library/newest.ts): the search index (FlexSearch),
// the exchange formats and the repeat detector are loaded after it, when first used.
const later = {
  catalog: () => import('../../lib/library/catalog'),
  cross: () => import('../../lib/library/cross'),
  exchange: () => Promise.all([import('../../lib/exchange/backup'), import('../../lib/exchange/markdown'), import('../../lib/exchange/web-annotation')]),
  importing: () => Promise.all([import('../../lib/exchange/import'), import('../../lib/store/import')]),
};
const MAX_IMPORT_MB = MAX_IMPORT_BYTES / 1024 / 1024;

/** What the library needs from the extension; tests give their own. */
export interface LibraryApi {
  /** The newest entries the cache holds, for the first screen. */
  newest(count: number): Promise<LibraryEntry[]>;
  /**
   * The cache brought up to date (`rebuild`: made again from the pages and highlights; `previous`: the catalog
   * this page already holds, so that the saved index is not read again).
   */
  catalog(options?: { rebuild?: boolean; previous?: Catalog }): Promise<Catalog>;
  /** What a page's matched words are shown from: its text and the reader's notes on it. */
  searchable(key: string): Promise<{ text: string; notes: string[] }>;
  /** The page's paragraphs that stand in other saved pages. */
  alsoIn(key: string): Promise<AlsoIn[]>;
  forget(what: { what: 'page'; key: string } | { what: 'site'; site: string } | { what: 'everything' }): Promise<{ pages: number; highlights: number }>;
  /** An export as a file to download. */
  exportFile(kind: ExportKind): Promise<ExportFile>;
  /** Import a file's text; resolves with what was brought in, rejects with the reason it was refused. */
  importFile(file: { name: string; size: number; text(): Promise<string> }): Promise<string>;
  download(file: ExportFile): void;
}

export type ExportKind = 'json' | 'markdown' | 'web-annotations';

export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

const SETTINGS: Setting<unknown>[] = [display, offSites, highlightColour, keepPrivate] as Setting<unknown>[];

const db = databaseOnce();

/** The file name's date: the day of the export, in the reader's time zone. */
function day(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function noteText(a: Annotation): string[] {
  const exact = a.selectors.find((s) => s.type === 'TextQuoteSelector');
  return [a.note, a.tags.map((t) => `#${t}`).join(' '), exact?.type === 'TextQuoteSelector' ? exact.exact : ''].filter(Boolean);
}

export const extensionLibrary: LibraryApi = {
  newest: async (count) => newestEntries(await db(), count),
  catalog: async (options) => (await later.catalog()).openCatalog(await db(), options),
  async searchable(key) {
    const store = await db();
    const [record, notes] = await Promise.all([store.get('pages', key), store.getAllFromIndex('annotations', 'by-page', key)]);
    return { text: record ? readable(record).analysis.text : '', notes: notes.flatMap(noteText) };
  },
  forget: (what) => toBackground.sendMessage('forget', what),
  async alsoIn(key) {
    const store = await db();
    // Timed for the benchmark (npm run bench -- library), as a User Timing measure.
    const start = performance.now();
    const record = await store.get('pages', key);
    const found = record ? await (await later.cross()).alsoIn(store, readable(record)) : [];
    performance.measure('newsmark:also-in', { start });
    return found;
  },

  async exportFile(kind) {
    const store = await db();
    const [pages, annotations] = await Promise.all([store.getAll('pages'), store.getAll('annotations')]);
    const now = Date.now();
    const [{ backupOf }, { markdownOf }, { webAnnotationsOf }] = await later.exchange();
    if (kind === 'json') {
      const settings: Record<string, unknown> = {};
      for (const s of SETTINGS) settings[s.key] = await s.getValue();
      // Compact: an indented backup is a quarter larger, and import takes files up to MAX_IMPORT_BYTES.
      const text = JSON.stringify(backupOf(pages.map(readable), annotations, settings, now));
      if (new Blob([text]).size > MAX_IMPORT_MB * 1024 * 1024) {
        throw new Error(
          `The backup would be larger than the ${MAX_IMPORT_MB} MB Newsmark can import again. Export Markdown, or delete sites you no longer need, and try again.`,
        );
      }
      return { name: `newsmark-backup-${day()}.json`, type: 'application/json', text };
    }
    if (kind === 'markdown') return { name: `newsmark-${day()}.md`, type: 'text/markdown', text: markdownOf(pages.map(readable), annotations) };
    return { name: `newsmark-annotations-${day()}.jsonld`, type: 'application/ld+json', text: JSON.stringify(webAnnotationsOf(annotations, now), null, 1) };
  },

  async importFile(file) {
    const [{ isRefusal, parseImport, tooLargeToImport }, { importPlan }] = await later.importing();
    if (tooLargeToImport(file.size)) throw new Error(`This file is ${Math.round(file.size / 1e6)} MB: Newsmark imports files of at most ${MAX_IMPORT_MB} MB.`);
    const plan = parseImport(await file.text());
    if (isRefusal(plan)) throw new Error(plan.message);
    let result: Awaited<ReturnType<typeof importPlan>>;
    try {
      result = await importPlan(await db(), plan);
    } catch (e) {
      // One transaction: nothing of the file was written.
      if (e instanceof StorageFullError)
        throw new Error(
          'The browser could not store this file (the disk may be full). Nothing was imported and nothing saved before was lost; free some space and try again.',
        );
      throw new Error(`Nothing was imported: ${(e as Error).message}`);
    }
    // A backup's settings: only the ones Newsmark knows, each only as a value it can take.
    if (plan.settings) {
      for (const s of SETTINGS) if (s.key in plan.settings) await s.setValue(s.parse(plan.settings[s.key]));
      // A backup made before the marks had a table: its three switches, read as the table reads them.
      const legacy = plan.settings;
      if (!(display.key in legacy) && LEGACY_DISPLAY_KEYS.some((k) => k in legacy)) await display.setValue(displayFrom(undefined, legacy));
    }
    await toBackground.sendMessage('storeChanged', undefined).catch(() => {});
    const { pages, annotations } = result;
    const added = (n: number, what: string) => `${n.toLocaleString()} ${what}${n === 1 ? '' : 's'}`;
    const same = pages.unchanged + annotations.unchanged;
    return `Imported ${added(pages.added + pages.updated, 'page')} and ${added(annotations.added + annotations.updated, 'highlight')}${same ? ` (${same.toLocaleString()} already here, unchanged)` : ''}.`;
  },

  download(file) {
    const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = file.name;
    document.body.append(a);
    a.click();
    a.remove();
    // After the browser has taken the file.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  },
};
