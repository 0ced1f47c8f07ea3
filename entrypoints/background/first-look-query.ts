import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { FirstLookVerdictSchema } from '../../lib/schema';

/**
 * What the first look (entrypoints/first-look.ts) found on a page, asked of the page by the background. A page
 * that is not an article sends nothing: its verdict stays in the extension's isolated world of the page
 * (lib/page-shared.ts), where the background reads it when it needs it: the popup opened on the tab, or a site
 * with the reader's highlights. So a page that is not an article costs a count and a check, and no message.
 */
export type AskFirstLook = (tabId: number) => Promise<FirstLookVerdict | null>;

export type FirstLookVerdict = v.InferOutput<typeof FirstLookVerdictSchema>;

/** Runs in the page's isolated world (serialised by executeScript: it must stand alone). */
export function readFirstLook() {
  const shared = (globalThis as unknown as Record<symbol, { look?: Record<string, unknown>; reader?: unknown } | undefined>)[Symbol.for('newsmark.page')];
  const look = shared?.look;
  if (!look) return null;
  return {
    url: look.url,
    article: look.article,
    reason: look.reason ?? null,
    message: look.message ?? null,
    canonical: look.canonical ?? null,
    reader: !!shared.reader,
  };
}

export const askFirstLook: AskFirstLook = async (tabId) => {
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: readFirstLook });
    const parsed = v.safeParse(FirstLookVerdictSchema, result?.result);
    return parsed.success ? parsed.output : null;
  } catch {
    // Not a page we may read (the browser's own pages, a tab closed meanwhile).
    return null;
  }
};
