import { browser } from 'wxt/browser';
import { toContent } from '../../lib/messages';
import { toReader } from './reader-tab';

/**
 * Two ways to highlight the selection without opening anything: the context menu and a keyboard shortcut
 * (the `highlight-selection` command of the manifest, wxt.config.ts). Both only ask the tab's content script
 * to do it; the content script makes the draft and saves it like any other highlight.
 */

export const HIGHLIGHT_MENU_ID = 'newsmark-highlight';
export const HIGHLIGHT_COMMAND = 'highlight-selection';
/** The toolbar icon's context menu item and the keyboard command that open the library. */
export const LIBRARY_MENU_ID = 'newsmark-library';
export const LIBRARY_COMMAND = 'open-library';
/** The library page (entrypoints/library). */
export const LIBRARY_PAGE = '/library.html';
/** The toolbar icon's menu context: `action` in Chrome's MV3, `browser_action` in Firefox's MV2. */
const ICON_CONTEXT = import.meta.env?.FIREFOX ? 'browser_action' : 'action';

interface Listenable<F> {
  addListener(callback: F): void;
}

interface TabLike {
  id?: number;
}

/**
 * The few extension APIs used here. The real `browser` fits; tests pass their own, because fakeBrowser
 * implements neither `contextMenus` nor `commands`.
 */
export interface MenuApi {
  contextMenus: {
    removeAll(): Promise<void>;
    create(properties: { id: string; title: string; contexts: ['selection'] | ['action'] | ['browser_action'] }, callback?: () => void): unknown;
    onClicked: Listenable<(info: { menuItemId: string | number; frameId?: number }, tab?: TabLike) => void>;
  };
  commands: { onCommand: Listenable<(command: string, tab?: TabLike) => void> };
  runtime: { onInstalled: Listenable<() => void>; onStartup: Listenable<() => void>; readonly lastError?: unknown; getURL(path: string): string };
  tabs: { query(query: { active: true; currentWindow: true }): Promise<TabLike[]>; create(properties: { url: string }): Promise<unknown> };
}

/** Open the library in a new tab. */
export function openLibrary(api: Pick<MenuApi, 'tabs' | 'runtime'>): Promise<unknown> {
  return api.tabs.create({ url: api.runtime.getURL(LIBRARY_PAGE) });
}

/** Ask one frame of a tab to highlight its selection. */
export type AskToHighlight = (target: { tabId: number; frameId: number }) => Promise<unknown>;

// The reader is brought into the page first when it is not there (a page that is not an article).
const askContentScript: AskToHighlight = (target) => toReader(target.tabId, target.frameId, () => toContent.sendMessage('highlightSelection', {}, target));

/** Remove and create again, so that an update or a reinstall does not fail on an id that exists. */
export async function createMenu(api: Pick<MenuApi, 'contextMenus' | 'runtime'>): Promise<void> {
  await api.contextMenus.removeAll();
  const items = [
    { id: HIGHLIGHT_MENU_ID, title: 'Highlight with Newsmark', contexts: ['selection'] as ['selection'] },
    { id: LIBRARY_MENU_ID, title: 'Open the Newsmark library', contexts: [ICON_CONTEXT] as ['action'] | ['browser_action'] },
  ];
  for (const item of items) {
    await new Promise<void>((resolve) => {
      api.contextMenus.create(item, () => {
        // Reading lastError is what keeps Chrome from logging it as unchecked; a menu that fails leaves the
        // shortcut and the page's own tools.
        void api.runtime.lastError;
        resolve();
      });
    });
  }
}

/**
 * Wire the menu and the shortcut. Listeners are added at once (an MV3 service worker that wakes for a click
 * must find them); the menu item is created on install and update, and again at browser start, because
 * Firefox's persistent MV2 background page does not keep menus across restarts.
 */
export function registerMenus(api: MenuApi = browser, ask: AskToHighlight = askContentScript): void {
  const create = () => void createMenu(api).catch((e: unknown) => console.warn('Newsmark: the context menu could not be created', e));
  api.runtime.onInstalled.addListener(create);
  api.runtime.onStartup.addListener(create);

  const library = () => void openLibrary(api).catch(() => {});
  api.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === LIBRARY_MENU_ID) return library();
    if (info.menuItemId !== HIGHLIGHT_MENU_ID || !isTab(tab)) return;
    void send(ask, tab.id, info.frameId ?? 0);
  });

  api.commands.onCommand.addListener((command, tab) => {
    if (command === LIBRARY_COMMAND) return library();
    if (command !== HIGHLIGHT_COMMAND) return;
    void (async () => {
      // Chrome and Firefox pass the tab; older versions do not, so fall back to the active one.
      const target = isTab(tab) ? tab : (await api.tabs.query({ active: true, currentWindow: true }))[0];
      if (isTab(target)) await send(ask, target.id, 0);
    })().catch(() => {});
  });
}

function isTab(tab: TabLike | undefined): tab is { id: number } {
  // Menus in extension pages and devtools come with no tab, or tab id -1 (TAB_ID_NONE).
  return tab?.id != null && tab.id >= 0;
}

async function send(ask: AskToHighlight, tabId: number, frameId: number): Promise<void> {
  try {
    await ask({ tabId, frameId });
  } catch {
    // No content script in that tab or frame (a browser page, a page loaded before the install): nothing to do.
  }
}
