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

  test('repeats are highlighted and labelled, the page DOM untouched', async () => {
    const tab = await ff.open(`${site.origin}/harbour-story.html`);
    const deadline = Date.now() + 15_000;
    let size = 0;
    while (Date.now() < deadline && size !== 4) {
      size = (await ff.evaluate<number | null>(tab, "CSS.highlights.get('newsmark-repeat')?.size ?? 0")) ?? 0;
      if (size !== 4) await new Promise((r) => setTimeout(r, 200));
    }
    expect(size).toBe(4);
    const labels = await ff.evaluate<string[]>(
      tab,
      "[...document.querySelector('newsmark-overlay').shadowRoot.querySelectorAll('.nm-label')].map((l) => l.textContent)",
    );
    expect(labels).toEqual(['quoted in ¶5', 'repeat of ¶4', 'repeat of ¶5', 'repeat of ¶7', 'repeat of ¶9']);
    expect(await ff.evaluate<number>(tab, "document.body.querySelectorAll('newsmark-overlay').length")).toBe(0);
  });
});
