import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveFixtures, type Site } from '../../scripts/browser';
import { findFirefox, launchFirefox, type FirefoxSession } from '../../scripts/firefox';

// CI installs firefox-esr and must run this; a developer machine without Firefox skips it and says so.
const firefox = findFirefox();
if (!firefox && !process.env.CI) console.warn('firefox.e2e: no Firefox found (apt-get install -y firefox-esr, or FIREFOX_PATH): skipped');

test.runIf(!firefox && !!process.env.CI)('Firefox is installed on CI', () => {
  expect(firefox, 'firefox-esr is missing: .ci/run installs it').not.toBeNull();
});

describe.skipIf(!firefox)('the Firefox build in Firefox', () => {
  let ff: FirefoxSession;
  let site: Site;
  beforeAll(async () => {
    site = await serveFixtures();
    ff = await launchFirefox(firefox!);
  });
  afterAll(async () => {
    await ff?.close();
    await site?.close();
  });
  /** pollIn for a test that has its tab. */
  const poll = <T>(tab: string, expression: string, done: (v: T) => boolean) => pollIn<T>(tab, expression, done);

  /**
   * Where the green swatch of our selection toolbar is. The toolbar is in a closed shadow root, which nothing of
   * the page (nor this test, which runs as the page) can open: the points of the viewport the browser finds our
   * host element at are its box, and the swatch stands where components/notes.css puts it (8 px padding, then
   * 20 px swatches 6 px apart: green is the second).
   */
  const greenSwatch = async (tab: string): Promise<{ x: number; y: number } | null> => {
    const box = await pollIn<{ l: number; t: number; b: number } | null>(
      tab,
      `(() => {
        const host = document.querySelector('newsmark-notes');
        if (!host) return null;
        let box = null;
        for (let y = 0; y < innerHeight; y += 2) for (let x = 0; x < innerWidth; x += 2) {
          if (document.elementFromPoint(x, y) !== host) continue;
          box = box ? { l: Math.min(box.l, x), t: Math.min(box.t, y), b: Math.max(box.b, y) } : { l: x, t: y, b: y };
        }
        return box;
      })()`,
      Boolean,
    );
    return box ? { x: box.l + 8 + 20 + 6 + 10, y: (box.t + box.b) / 2 } : null;
  };

  /**
   * With the selection toolbar up: the page's own click on our host does nothing; the reader's real click on the
   * green swatch highlights `text`, and the highlight is painted again after a reload.
   */
  const greenComesBack = async (tab: string, text: string) => {
    const swatch = await greenSwatch(tab);
    expect(swatch).not.toBeNull();
    const painted = "[...(CSS.highlights.get('newsmark-note-green') ?? [])].map((r) => r.toString().trim())";
    await ff.evaluate(tab, "(document.querySelector('newsmark-notes').click(), true)");
    await new Promise((r) => setTimeout(r, 300));
    expect(await ff.evaluate<string[]>(tab, painted)).toEqual([]);
    await ff.click(tab, swatch!.x, swatch!.y);
    expect(await poll<string[]>(tab, painted, (v) => v.length > 0)).toEqual([text]);
    await ff.evaluate(tab, '(location.reload(), true)');
    await new Promise((r) => setTimeout(r, 500));
    expect(await poll<string[]>(tab, painted, (v) => v.length > 0)).toEqual([text]);
  };

  /** An expression evaluated in a tab again and again until `done` says so, for up to ten seconds. */
  const pollIn = async <T>(tab: string, expression: string, done: (v: T) => boolean): Promise<T> => {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const v = await ff.evaluate<T>(tab, expression);
      if (done(v) || Date.now() > deadline) return v;
      await new Promise((r) => setTimeout(r, 200));
    }
  };

  test('repeats are highlighted and labelled, the page DOM untouched', async () => {
    const tab = await ff.open(`${site.origin}/harbour-story.html`);
    const deadline = Date.now() + 15_000;
    let size = 0;
    while (Date.now() < deadline && size !== 4) {
      size = (await ff.evaluate<number | null>(tab, "CSS.highlights.get('newsmark-repeat')?.size ?? 0")) ?? 0;
      if (size !== 4) await new Promise((r) => setTimeout(r, 200));
    }
    expect(size).toBe(4);
    // The labels' layer is there, in a root the page cannot open (their text is checked in Chromium, where a test
    // can read a closed root as the extension does).
    expect(await poll<boolean>(tab, "!!document.querySelector('newsmark-overlay')", Boolean)).toBe(true);
    expect(await ff.evaluate<boolean>(tab, "document.querySelector('newsmark-overlay').shadowRoot === null")).toBe(true);
    expect(await ff.evaluate<number>(tab, "document.body.querySelectorAll('newsmark-overlay').length")).toBe(0);
  });

  test('a highlight made from the selection toolbar is painted and comes back after a reload', async () => {
    const tab = await ff.open(`${site.origin}/harbour-story.html`);
    const phrase = 'both bodies face pressure to finish the wall';
    // Wait until the page has been read (the toolbar's layer and the article's marks are up).
    await poll<number>(tab, "CSS.highlights.get('newsmark-repeat')?.size ?? 0", (n) => n === 4);
    await ff.evaluate(
      tab,
      `(() => {
        const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = w.nextNode(); n; n = w.nextNode()) {
          const at = n.textContent.indexOf(${JSON.stringify(phrase)});
          if (at < 0) continue;
          const r = document.createRange();
          r.setStart(n, at);
          r.setEnd(n, at + ${phrase.length});
          // In view, as a selection the reader makes is (the toolbar is looked for on the screen).
          n.parentElement.scrollIntoView({ block: 'center' });
          getSelection().removeAllRanges();
          getSelection().addRange(r);
          return true;
        }
        return false;
      })()`,
    );
    // The selection ended by the reader's own key (a trusted event: the page's own events are not acted on).
    await ff.pressShift(tab);
    await greenComesBack(tab, phrase);
  });

  test('on a page that is not an article, a highlight made from a selection comes back after a reload (the background asks the first look)', async () => {
    const tab = await ff.open(`${site.origin}/listing.html`);
    // The reader's own selection (trusted events): the first look asks for the reader, which offers its toolbar.
    const at = await ff.evaluate<{ x: number; y: number }>(
      tab,
      "(() => { const r = document.createRange(); const t = document.querySelector('h1').firstChild; const at = t.data.indexOf('results'); r.setStart(t, at + 1); r.setEnd(t, at + 3); const b = r.getBoundingClientRect(); return { x: b.left + b.width / 2, y: b.top + b.height / 2 }; })()",
    );
    await ff.doubleClick(tab, at.x, at.y);
    const word = await ff.evaluate<string>(tab, 'getSelection().toString().trim()');
    expect(word.length).toBeGreaterThan(2);
    await greenComesBack(tab, word);
  });
});
