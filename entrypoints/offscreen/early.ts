import * as v from 'valibot';
import { PagePartsByTab } from '../../lib/page-parts';
import { PageOpenedSchema, PagePartSchema } from '../../lib/schema';
import type { PageOutcome } from '../../lib/types';
import { keyBelongsTo, siteOf } from '../../lib/url';

/**
 * Pages read as soon as their first look sends them. A content script's message reaches every document of the
 * extension, this one as well as the background: the engine starts on an article while the background is still
 * checking it, and the background then takes the reading (takeEarlyReading) instead of sending the page on again
 * (in timing marks of 40 pages, the page went on to the engine 41 ms after the background had it, at the median).
 *
 * Only a top frame's page, of its own origin, on a site the background has said is not off: until the background
 * has said which sites are off, nothing is read early. The background still decides: it takes a reading only for
 * a page it accepted, on a site that is on. A reading not taken within a minute is dropped.
 */

export interface EarlySender {
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

export interface EarlyReads {
  /** A message some content script sent (webext-core's shape: `{ type, data }`); anything else is ignored. */
  heard(message: unknown, sender: EarlySender): void;
  /** The sites where the reader turned Newsmark off, as the background last said. */
  offSites(sites: readonly string[]): void;
  /** The reading of the page the tab sent, if it was read early, once. */
  take(tabId: number, url: string): PageOutcome | null;
  /** The background had the page read itself (it asked before the page reached here): not read again. */
  served(tabId: number, url: string): void;
}

export const EARLY_TTL_MS = 60_000;

export function earlyReads(read: (html: string) => PageOutcome, now: () => number = Date.now): EarlyReads {
  let off: Set<string> | null = null;
  const parts = new PagePartsByTab();
  const results = new Map<number, { url: string; outcome: PageOutcome; at: number }>();
  const done = new Map<number, { url: string; at: number }>();

  const prune = (t: number) => {
    parts.prune(t, EARLY_TTL_MS);
    for (const [tab, r] of results) if (t - r.at > EARLY_TTL_MS) results.delete(tab);
    for (const [tab, r] of done) if (t - r.at > EARLY_TTL_MS) done.delete(tab);
  };

  /** The sender's tab, when it is a top frame of an http(s) page. */
  const topFrame = (sender: EarlySender): number | null => {
    const tabId = sender.tab?.id;
    if (typeof tabId !== 'number' || tabId < 0) return null;
    if (sender.frameId !== undefined && sender.frameId !== 0) return null;
    if (!/^https?:/i.test(sender.url ?? '')) return null;
    return tabId;
  };

  return {
    heard(message, sender) {
      if (!message || typeof message !== 'object') return;
      const { type, data } = message as { type?: unknown; data?: unknown };
      if (type !== 'pagePart' && type !== 'pageOpened') return;
      const tabId = topFrame(sender);
      if (tabId === null) return;
      if (type === 'pagePart') {
        const part = v.safeParse(PagePartSchema, data);
        if (!part.success) return void parts.forget(tabId);
        parts.add(tabId, part.output.index, part.output.part, now());
        return;
      }
      const page = v.safeParse(PageOpenedSchema, data);
      if (!page.success) return void parts.forget(tabId);
      const { url, html, parts: count = 0 } = page.output;
      const whole = parts.finish(tabId, html, count);
      if (!('html' in whole) || !off || !keyBelongsTo(url, sender.url!) || off.has(siteOf(url))) return;
      const t = now();
      prune(t);
      results.delete(tabId);
      // The background asked first, and had it read itself.
      const served = done.get(tabId);
      if (served?.url === url) return void done.delete(tabId);
      results.set(tabId, { url, outcome: read(whole.html), at: t });
    },
    offSites(sites) {
      off = new Set(sites);
    },
    take(tabId, url) {
      const r = results.get(tabId);
      if (!r || r.url !== url) return null;
      results.delete(tabId);
      return now() - r.at > EARLY_TTL_MS ? null : r.outcome;
    },
    served(tabId, url) {
      done.set(tabId, { url, at: now() });
    },
  };
}
