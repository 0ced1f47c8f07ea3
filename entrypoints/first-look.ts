import { probablyReaderable } from '../lib/extract/readerability';
import { timing } from '../lib/timing';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { elementCountCheck } from '../lib/extract/depth';
import { canonicalOf } from '../lib/extract/page-text';
import { MAX_PAGE_ELEMENTS } from '../lib/limits';
import { toBackground } from '../lib/messages';
import { snapshotPage } from '../lib/extract/snapshot';
import { onAddressChange, sendInParts, SETTLE_MS, shared, yieldToPage } from '../lib/page-shared';
import type { NotArticleReason } from '../lib/types';
import { sameArticleAddress } from '../lib/url';

/**
 * The one script that runs on every http(s) page (the manifest's content script, wxt.config.ts): a first look
 * that costs almost nothing (a count of the elements and Readability's readerability check). A page that is not
 * an article sends nothing (its verdict stays in the isolated world, lib/page-shared.ts, for the background to
 * read when it needs it); an article is told to the background in one message with its snapshot (its HTML), so
 * that the engine reads the article while the reader is being brought in. The background brings in the reader (entrypoints/reader: snapshot, paint,
 * the reader's highlights and their UI) only where there is something to do: an article, a page with the
 * reader's highlights, a selection the reader may want to highlight, or a command from the popup, the context
 * menu or the keyboard. Every other page pays for this file alone.
 *
 * A plain script, not a WXT content script: WXT's context would post a message to the page (with the
 * extension's id) on every page, which this does not need.
 */
export default defineUnlistedScript(() => {
  const page = shared();
  let looked = '';
  // Gone when the extension is updated or removed: this script is then an orphan and does nothing more.
  const extensionGone = () => !(globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id;

  const look = async () => {
    looked = location.href;
    timing('look');
    const url = looked;
    let reason: NotArticleReason | undefined;
    let message: string | undefined;
    let elements = 0;
    if (!document.body) {
      reason = 'no-content';
      message = 'The page has no body to read.';
    } else {
      const count = elementCountCheck(document, MAX_PAGE_ELEMENTS);
      elements = count.elements;
      if (count.declined) ({ reason, message } = count.declined);
      else if (!probablyReaderable(document)) {
        reason = 'not-readerable';
        message = 'This page does not look like an article.';
      }
    }
    // Not an article: nothing is sent. The verdict stays here, where the background reads it when the popup
    // asks about this tab, or when the site has the reader's highlights (entrypoints/background/first-look-query.ts).
    if (reason) {
      page.look = { url, elements, article: false, reason, message: message!, canonical: canonicalOf(document) };
      return;
    }
    const live = () => looked === url && !page.reader && !extensionGone();
    // An article: its snapshot goes with the message, so that the engine reads it while the reader comes. The
    // look and the snapshot are tasks of their own.
    await yieldToPage();
    if (!live()) return;
    timing('snapshot');
    const snapshot = await snapshotPage(document, elements, { yieldNow: yieldToPage, cancelled: () => !live() });
    timing('snapshot-taken');
    if (!live()) return;
    if (!snapshot.ok) {
      page.look = { url, elements, article: false, reason: snapshot.reason, message: snapshot.message, canonical: canonicalOf(document) };
      return;
    }
    page.look = { url, elements, article: true, numbered: snapshot.elements };
    timing('send');
    await tell(() =>
      sendInParts(snapshot.html, live, (last, before) =>
        toBackground.sendMessage('pageOpened', before ? { url, html: last, parts: before } : { url, html: last }),
      ),
    );
  };

  // A selection made before the reader is here, by the reader (a page's own events are not trusted): ask for
  // the reader; it offers its toolbar as soon as it runs.
  const selected = (e: Event) => {
    if (page.reader || !e.isTrusted || extensionGone()) return;
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed) return;
    page.selection = true;
    void toBackground.sendMessage('wantReader', { url: location.href }).catch(() => {});
  };
  document.addEventListener('mouseup', selected, { passive: true });
  document.addEventListener(
    'keyup',
    (e) => {
      if (e.shiftKey || e.key === 'Shift') selected(e);
    },
    { passive: true },
  );

  // An SPA navigation to another page: look again once it has settled (once the reader runs, it handles
  // navigation itself).
  let settle: ReturnType<typeof setTimeout> | undefined;
  const moved = () => {
    if (extensionGone()) return stop();
    if (page.reader || sameArticleAddress(looked, location.href)) return;
    clearTimeout(settle);
    settle = setTimeout(() => {
      if (!page.reader && !extensionGone() && !sameArticleAddress(looked, location.href)) void look();
    }, SETTLE_MS);
  };
  const stopWatching = onAddressChange(moved);
  const stop = () => {
    stopWatching();
    clearTimeout(settle);
  };

  void look();
});

/**
 * Send, and try again a little later when nothing listened: a browser that has just started (or an extension
 * just installed or updated) may run this before the background has registered its listeners.
 */
async function tell(send: () => Promise<unknown>, waits = [250, 1000, 3000]): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await send();
      return;
    } catch (e) {
      const wait = waits[attempt];
      if (wait === undefined || !/Receiving end does not exist|Could not establish connection/i.test(String(e))) return;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}
