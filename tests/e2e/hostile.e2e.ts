import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { clickHighlight, dragOver, highlightTexts, inWorker, ROOT, tabIdOf, waitForTabState } from '../../scripts/browser';
import { ourUi } from '../../scripts/our-ui';
import { useExtension } from './harness';

// A hostile page, in real Chromium with the built extension: its own scripts (no privilege at all) try what an
// attacker would against the reader's notes. Every attempt must fail, and the stored highlights must be
// byte-identical afterwards.

declare const indexedDB: IDBFactory;

const PHRASE = 'both bodies face pressure to finish the wall without cutting corners';
const NOTE = 'Private: call the engineer back on Friday';

/** The harbour story, with what a hostile page adds: DOM clobbering of the extension API's names, a canonical
 *  link claiming another origin's record, and a script that records every message posted to the page. */
function hostileStory(victim: string): string {
  return readFileSync(resolve(ROOT, 'tests/fixtures/pages/harbour-story.html'), 'utf8')
    .replace(/<link rel="canonical"[^>]*>/, `<link rel="canonical" href="${victim}">`)
    .replace(
      '<body>',
      `<body>
  <form id="browser"><input name="runtime" id="clobbered"><input name="id" value="x"></form>
  <form id="chrome"><input name="runtime" id="clobbered-too"></form>
  <script>
    window.__heard = [];
    addEventListener('message', (e) => window.__heard.push(JSON.stringify(e.data)));
    document.addEventListener('newsmark', (e) => window.__heard.push('event ' + e.type));
  </script>`,
    );
}

/** Every highlight in the extension's database, as stored (read in the service worker, our own origin). */
async function storedNotes(env: ReturnType<typeof useExtension>): Promise<string> {
  return inWorker(
    env.ext,
    () =>
      new Promise<string>((ok, fail) => {
        const open = indexedDB.open('newsmark');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('annotations').objectStore('annotations').getAll();
          req.onsuccess = () => {
            open.result.close();
            ok(JSON.stringify(req.result));
          };
          req.onerror = () => fail(req.error);
        };
      }),
    undefined,
  );
}

const env = useExtension();

describe('a hostile page', () => {
  test('cannot read, drive, clobber or stop Newsmark, learn its id, or claim another origin’s record; the notes are unchanged', async () => {
    const victim = `${env.site.origin.replace('127.0.0.1', 'localhost')}/victim-story.html`;
    env.site.put('/hostile-story.html', hostileStory(victim));
    const page = await env.ext.context.newPage();
    await page.goto(`${env.site.origin}/hostile-story.html`);
    const tabId = await tabIdOf(env.ext, page);
    // DOM clobbering of `browser` and `chrome` did not break the first look or the reader.
    expect((await waitForTabState(env.ext, tabId)).status).toBe('analysed');

    // The reader highlights a phrase and writes a private note, with real input.
    const ui = ourUi(env.ext, page);
    await dragOver(page, PHRASE);
    await ui.locator('newsmark-notes .nm-swatch[data-colour="green"]').click();
    await expect.poll(() => highlightTexts(page, 'newsmark-note-green')).toEqual([PHRASE]);
    await clickHighlight(page, 'newsmark-note-green');
    const editor = ui.locator('newsmark-notes .nm-popover');
    await editor.locator('textarea').fill(NOTE);
    await editor.locator('button', { hasText: /^Save$/ }).click();
    await editor.waitFor({ state: 'detached' });
    const before = await storedNotes(env);
    const saved = JSON.parse(before) as { pageKey: string; note: string }[];
    expect(saved.map((a) => a.note)).toEqual([NOTE]);
    // Its key is the page's own address: a canonical link to another origin claims nothing.
    expect(saved[0]!.pageKey).toBe(`${env.site.origin}/hostile-story.html`);

    // The page's own scripts try everything, with events of their own.
    const attempt = await page.evaluate(async (note) => {
      const hosts = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('newsmark-'));
      const found: string[] = [];
      // 1. Look inside our UI.
      for (const h of hosts) if (h.shadowRoot) found.push(`open root on ${h.localName}`);
      // 2. Open the note editor: a click where the highlight is, and every event a reader's click makes.
      const range = [...CSS.highlights.get('newsmark-note-green')!][0] as Range;
      const rect = range.getClientRects()[0]!;
      const x = rect.left + 10;
      const y = rect.top + rect.height / 2;
      const target = document.elementFromPoint(x, y)!;
      for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
        target.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, clientX: x, clientY: y }));
      }
      // 3. Press our UI itself, and make a selection end to bring up the toolbar.
      for (const h of hosts) {
        (h as HTMLElement).click();
        h.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      }
      const all = document.createRange();
      all.selectNodeContents(document.querySelector('h1')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(all);
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      document.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', shiftKey: true, bubbles: true }));
      // 4. Forged WXT announcements and events (a content script built on WXT's context would stop on these).
      for (const type of ['wxt:content-script-started', 'wxt:content-script-stopped']) {
        window.postMessage({ type, contentScriptName: 'reader', messageId: 'forged' }, '*');
        window.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'reader' } }));
      }
      window.dispatchEvent(new CustomEvent('wxt:locationchange', { detail: { newUrl: new URL('/elsewhere', location.href) } }));
      await new Promise((r) => setTimeout(r, 1_000));
      // 5. Anything of the note anywhere the page can reach.
      const text = document.documentElement.outerHTML + (document.documentElement as HTMLElement).textContent;
      if (text.includes(note)) found.push('the note is in the page');
      return { found, heard: (window as unknown as { __heard: string[] }).__heard };
    }, NOTE);
    expect(attempt.found).toEqual([]);
    // Nothing of ours was posted to the page: not the extension id, not a WXT announcement.
    const id = new URL(await inWorker(env.ext, () => location.href, undefined)).host;
    expect(attempt.heard.filter((m) => m.includes(id) || m.includes('chrome-extension') || (m.includes('wxt:') && !m.includes('forged')))).toEqual([]);

    // None of it opened the editor or the toolbar, and Newsmark still runs on the page.
    expect(await editor.count()).toBe(0);
    expect(await ui.locator('newsmark-notes .nm-toolbar').count()).toBe(0);
    expect(await highlightTexts(page, 'newsmark-note-green')).toEqual([PHRASE]);
    expect((await highlightTexts(page, 'newsmark-repeat'))?.length).toBe(4);

    // The notes are byte for byte what the reader saved.
    expect(await storedNotes(env)).toBe(before);
    await page.close();
  });
});
