import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { toBackground, toContent } from '../../lib/messages';
import { HIGHLIGHT_COMMAND } from '../background/menus';
import { toReader } from '../background/reader-tab';
import { display, keepPrivate, setMarked, setSiteOff } from '../../lib/settings';
import type { DisplaySettings, MarkKind } from '../../lib/mark-kinds';
import type { AlsoIn, Annotation, AnnotationPatch, AnnotationStatus, PageRecord, TabView } from '../../lib/types';
import { alsoIn } from '../../lib/library/cross';
import { databaseOnce } from '../../lib/store/db';

/** What the popup needs from the extension; the real one talks to the background and the tab. */
export interface PopupApi {
  getTabView(tabId: number): Promise<TabView>;
  /** False when the paragraph has no place on the page (or the page is gone). */
  scrollTo(tabId: number, paragraph: number): Promise<boolean>;
  /** False when the mention has no place on the page. */
  showMention(tabId: number, kind: 'person' | 'organization' | 'quote', id: string, index: number): Promise<boolean>;
  /** Put text on the clipboard. */
  copy(text: string): Promise<void>;
  /** `anyway`: read the page even though it does not look like an article. */
  reanalyse(tabId: number, anyway?: boolean): Promise<void>;
  /** What is marked on pages, one switch per kind (lib/mark-kinds.ts). */
  getDisplay(): Promise<DisplaySettings>;
  setMarked(kind: MarkKind, shown: boolean): Promise<void>;
  setSiteOff(site: string, off: boolean): Promise<void>;
  /** Keep pages and highlights read in private windows (off unless the reader turns it on). */
  setKeepPrivate(keep: boolean): Promise<void>;
  /** Forget a page (record and highlights), a site, or everything. */
  forget(what: { what: 'page'; key: string } | { what: 'site'; site: string } | { what: 'everything' }): Promise<{ pages: number; highlights: number }>;
  /** Call back when the tab's state changes (it was read again, or navigated). */
  onTabChange(tabId: number, cb: () => void): () => void;
  /** Which of the tab's highlights are painted and which are orphans; null when the page cannot be reached. */
  annotationStatus(tabId: number): Promise<AnnotationStatus | null>;
  /** A page's highlights, oldest first. */
  listAnnotations(pageKey: string): Promise<Annotation[]>;
  /** The background saves the change and tells the page. */
  /** `base`: the version edited (its updatedAt); a newer one saved elsewhere refuses the change. */
  updateAnnotation(id: string, patch: AnnotationPatch, base?: number): Promise<Annotation>;
  deleteAnnotation(id: string): Promise<void>;
  /** False when the highlight has no place on the page. */
  showAnnotation(tabId: number, id: string): Promise<boolean>;
  /** The keyboard shortcut bound to "Highlight the selected text" now (the reader can change it); null when none. */
  highlightShortcut?(): Promise<string | null>;
  /** The article's paragraphs that stand in other saved pages. */
  alsoIn?(record: PageRecord): Promise<AlsoIn[]>;
}

/** The extension's database, opened by the popup itself to read (the background writes). */
const openDb = databaseOnce();

export const extensionApi: PopupApi = {
  getTabView: (tabId) => toBackground.sendMessage('getTabView', { tabId }),
  scrollTo: (tabId, paragraph) => toContent.sendMessage('scrollToParagraph', { paragraph }, tabId),
  showMention: (tabId, kind, id, index) => toContent.sendMessage('showMention', { kind, id, index }, tabId),
  copy: (text) => navigator.clipboard.writeText(text),
  // A page that was not an article has no reader yet: it is brought in to read the page again.
  reanalyse: (tabId, anyway) => toReader(tabId, 0, () => toContent.sendMessage('reanalyse', anyway ? { anyway: true } : undefined, tabId)),
  getDisplay: () => display.getValue(),
  setMarked: async (kind, shown) => void (await setMarked(kind, shown)),
  setSiteOff: async (site, off) => void (await setSiteOff(site, off)),
  setKeepPrivate: (v) => keepPrivate.setValue(v),
  forget: (what) => toBackground.sendMessage('forget', what),
  onTabChange: (tabId, cb) => storage.watch(`session:tab:${tabId}`, cb),
  annotationStatus: (tabId) => toContent.sendMessage('annotationStatus', undefined, tabId).catch(() => null),
  listAnnotations: (pageKey) => toBackground.sendMessage('listAnnotations', { pageKey }),
  updateAnnotation: (id, patch, base) => toBackground.sendMessage('updateAnnotation', base === undefined ? { id, patch } : { id, patch, base }),
  deleteAnnotation: (id) => toBackground.sendMessage('deleteAnnotation', { id }),
  showAnnotation: (tabId, id) => toReader(tabId, 0, () => toContent.sendMessage('showAnnotation', { id }, tabId)),
  highlightShortcut: () => highlightShortcut(),
  alsoIn: async (record) => alsoIn(await openDb(), record),
};

/** The shortcut bound to the highlight command, as the browser shows it; null when unbound or unknown. */
export async function highlightShortcut(commands: Pick<typeof browser.commands, 'getAll'> | undefined = browser.commands): Promise<string | null> {
  try {
    const all = (await commands?.getAll()) ?? [];
    return all.find((c) => c.name === HIGHLIGHT_COMMAND)?.shortcut?.trim() || null;
  } catch {
    return null;
  }
}

/** Asked once per opening of the popup (and by the background when a highlight is saved). */
export { keepStorage } from '../../lib/persist';

/** The tab the popup is about: `?tab=<id>` (tests, the library), else the active tab. */
export async function targetTab(search: string): Promise<number | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null) {
    const id = Number(param);
    return Number.isInteger(id) && id >= 0 ? id : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
