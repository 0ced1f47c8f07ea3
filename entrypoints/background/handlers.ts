import { browser, type Browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { toBackground } from '../../lib/messages';
import { ArticleReportSchema, FailureSchema, NotArticleSchema, PageQuerySchema, TabQuerySchema, parseOrThrow } from '../../lib/schema';
import type { Database } from '../../lib/store/db';
import { getPage, savePage } from '../../lib/store/pages';
import type { PageRecord, TabState, TabView } from '../../lib/types';

/**
 * The background's side of the protocol: validate, store, answer. Each handler takes the payload and the
 * sender; `registerHandlers` wires them to messages. Nothing is trusted because of where it claims to be from.
 */

type Sender = Browser.runtime.MessageSender;

const tabStateKey = (tabId: number) => `session:tab:${tabId}` as const;

export function readTabState(tabId: number): Promise<TabState | null> {
  return storage.getItem<TabState>(tabStateKey(tabId));
}

export async function writeTabState(tabId: number, state: TabState | null): Promise<void> {
  if (state) await storage.setItem(tabStateKey(tabId), state);
  else await storage.removeItem(tabStateKey(tabId));
}

/** The tab of a message that must come from our content script. */
function contentTab(sender: Sender): number {
  if (sender.id !== browser.runtime.id || sender.tab?.id == null) {
    throw new Error('Rejected: this message must come from a Newsmark content script.');
  }
  return sender.tab.id;
}

/** A message that must come from one of our own pages (popup, library). */
function fromExtensionPage(sender: Sender): void {
  const origin = browser.runtime.getURL('/');
  if (sender.id !== browser.runtime.id || !sender.url?.startsWith(origin)) {
    throw new Error('Rejected: this message must come from a Newsmark page.');
  }
}

export function createHandlers(db: () => Promise<Database>) {
  return {
    async articleRead(data: unknown, sender: Sender): Promise<{ key: string }> {
      const tabId = contentTab(sender);
      const report = parseOrThrow(ArticleReportSchema, data, 'article');
      let record: PageRecord;
      try {
        record = await savePage(await db(), report);
      } catch (e) {
        await writeTabState(tabId, { status: 'error', url: report.url, message: (e as Error).message, at: Date.now() });
        throw e;
      }
      await writeTabState(tabId, { status: 'analysed', url: report.url, key: record.key, at: record.updatedAt });
      await setBadge(tabId, record.analysis.repeats.filter((r) => !r.boilerplate).length);
      return { key: record.key };
    },

    async articleMissing(data: unknown, sender: Sender): Promise<void> {
      const tabId = contentTab(sender);
      const { url, reason, message } = parseOrThrow(NotArticleSchema, data, 'page state');
      await writeTabState(tabId, { status: 'not-article', url, reason, message, at: Date.now() });
      await setBadge(tabId, 0);
    },

    async articleFailed(data: unknown, sender: Sender): Promise<void> {
      const tabId = contentTab(sender);
      const { url, message } = parseOrThrow(FailureSchema, data, 'failure report');
      await writeTabState(tabId, { status: 'error', url, message, at: Date.now() });
      await setBadge(tabId, 0);
    },

    async getTabView(data: unknown, sender: Sender): Promise<TabView> {
      fromExtensionPage(sender);
      const { tabId } = parseOrThrow(TabQuerySchema, data, 'tab query');
      const state = await readTabState(tabId);
      const record = state?.status === 'analysed' ? ((await getPage(await db(), state.key)) ?? null) : null;
      return { state, record };
    },

    async getPage(data: unknown, sender: Sender): Promise<PageRecord | null> {
      fromExtensionPage(sender);
      const { key } = parseOrThrow(PageQuerySchema, data, 'page query');
      return (await getPage(await db(), key)) ?? null;
    },
  };
}

export type Handlers = ReturnType<typeof createHandlers>;

async function setBadge(tabId: number, count: number): Promise<void> {
  // MV3 has `action`; Firefox's MV2 build has `browserAction`.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  try {
    await action.setBadgeBackgroundColor({ tabId, color: '#8a5a00' });
    await action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  } catch {
    // The tab may be gone already; a badge is not worth an error.
  }
}

/** Wire the handlers to the protocol, and forget a tab's state when it navigates or closes. */
export function registerHandlers(handlers: Handlers): void {
  for (const type of Object.keys(handlers) as (keyof Handlers)[]) {
    // Each handler validates its own payload: the protocol's types are a promise, not a check.
    toBackground.onMessage(type, ({ data, sender }) => (handlers[type] as (d: unknown, s: Sender) => Promise<never>)(data, sender));
  }
  browser.tabs.onRemoved.addListener((tabId) => void writeTabState(tabId, null));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url) void writeTabState(tabId, null);
  });
}
