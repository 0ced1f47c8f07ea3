import { browser } from 'wxt/browser';
import { analyseText, readHtml } from '../../lib/engine';
import { toEngine } from '../../lib/messages';
import type { Analysis, BlockKind, PageOutcome, Span } from '../../lib/types';

/**
 * Where the engine runs. Chrome's MV3 background is a service worker without a DOM and is stopped when idle:
 * the engine lives in an offscreen document (reason DOM_PARSER), made on first use and kept, so Readability
 * parses with the browser's own parser and the lexicons are built once, not on every wake of the worker.
 * Firefox's MV2 background page has a DOM: the engine runs there.
 */
export type Engine = (page: { url: string; html: string; tabId?: number }) => Promise<PageOutcome>;

/** A saved record's text analysed again by the present engine (lib/store/refresh.ts). */
export type Reanalyse = (input: { text: string; paragraphs: Span[]; kinds?: BlockKind[] }) => Promise<Analysis>;

/** In this document (Firefox's background page; tests). */
export function localEngine(): Engine {
  const parser = new DOMParser();
  return async ({ html }) => readHtml(html, (h) => parser.parseFromString(h, 'text/html'));
}

export function localReanalyse(): Reanalyse {
  return async (input) => analyseText(input);
}

const OFFSCREEN_PATH = 'offscreen.html';

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
}
interface ContextsApi {
  getContexts(filter: { contextTypes: string[]; documentUrls?: string[] }): Promise<unknown[]>;
}

/**
 * Chrome: in the offscreen document, made when first needed (also after the worker was stopped and started). A
 * tab's page may have been read there already, as soon as it was sent (entrypoints/offscreen/early.ts): that
 * reading is taken, and the page is sent on only when there is none. The document is told which sites are off
 * (`offSitesNow`) after its first page and whenever they change (tellEngineOffSites): until then it reads nothing
 * early.
 */
export function offscreenEngine(offSitesNow?: () => Promise<string[]>): Engine {
  const call = offscreenCaller();
  let told = false;
  return async (page) => {
    if (page.tabId !== undefined) {
      const { tabId, url } = page;
      const early = await call(() => toEngine.sendMessage('takeEarlyReading', { tabId, url }));
      if (early) return early;
    }
    const outcome = await call(() => toEngine.sendMessage('readHtml', page));
    if (!told && offSitesNow) {
      told = true;
      void offSitesNow()
        .then((sites) => tellEngineOffSites(sites))
        .catch(() => {
          told = false;
        });
    }
    return outcome;
  };
}

/** The sites where the reader turned Newsmark off, to the offscreen document, if it is there. */
export function tellEngineOffSites(sites: string[]): Promise<void> {
  return toEngine.sendMessage('offSites', { sites }).catch(() => {});
}

export function offscreenReanalyse(): Reanalyse {
  const call = offscreenCaller();
  return (input) => call(() => toEngine.sendMessage('analyseText', input));
}

/** A call to the offscreen document, made first if it is not there, retried while its script starts. */
function offscreenCaller(): <T>(send: () => Promise<T>) => Promise<T> {
  const offscreen = (browser as unknown as { offscreen: OffscreenApi }).offscreen;
  const runtime = browser.runtime as unknown as ContextsApi;
  const url = browser.runtime.getURL(`/${OFFSCREEN_PATH}`);
  let creating: Promise<void> | null = null;
  // Known to be there since this worker last made or found it: not asked again (a call to the browser on every
  // page) until a message finds no one listening.
  let there = false;

  const ensure = async () => {
    if (there) return;
    const open = await runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
    if (open.length > 0) {
      there = true;
      return;
    }
    creating ??= offscreen
      .createDocument({ url: OFFSCREEN_PATH, reasons: ['DOM_PARSER'], justification: 'Newsmark reads articles with Readability, which needs a DOM.' })
      .catch((e: unknown) => {
        // Made meanwhile by another wake of this worker: that one will answer.
        if (!/single offscreen document/i.test(String((e as Error)?.message ?? e))) throw e;
      })
      .finally(() => {
        creating = null;
      });
    await creating;
    there = true;
  };

  return async (send) => {
    for (let attempt = 0; ; attempt++) {
      await ensure();
      try {
        return await send();
      } catch (e) {
        // The document is there but its script has not started listening yet.
        const early = /Receiving end does not exist|Could not establish connection|No response/i.test(String((e as Error)?.message ?? e));
        if (!early || attempt >= 20) throw e;
        // Closed meanwhile, or still starting: look again.
        there = false;
        await new Promise((r) => setTimeout(r, 25));
      }
    }
  };
}
