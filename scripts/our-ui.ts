import type { Page } from 'playwright-core';
import { inWorker, tabIdOf, type ExtensionBrowser } from './browser';

/**
 * Our UI on a page lives in closed shadow roots: neither the page nor Playwright's selectors can reach into
 * them. The tests reach them as only the extension can: a script in the extension's isolated world of the tab
 * (chrome.scripting, from the service worker) opens the root with `chrome.dom.openOrClosedShadowRoot`, finds the
 * element and says where it is; the test then presses it with the browser's real input (trusted events, as a
 * reader's). The handle mimics the few Playwright locator calls the tests use.
 */

declare const chrome: {
  scripting: { executeScript(injection: { target: { tabId: number }; args: unknown[]; func: (...args: never[]) => unknown }): Promise<{ result?: unknown }[]> };
  dom: { openOrClosedShadowRoot(element: Element): ShadowRoot | null };
};

type TextFilter = string | RegExp;
interface Step {
  selector: string;
  hasText?: { source: string; flags: string; plain: boolean };
}
interface Found {
  count: number;
  texts: string[];
  text: string | null;
  value: string | null;
  rect: { x: number; y: number; width: number; height: number } | null;
}

const POLL_MS = 100;

function step(selector: string, hasText?: TextFilter): Step {
  if (hasText === undefined) return { selector };
  return typeof hasText === 'string'
    ? { selector, hasText: { source: hasText, flags: '', plain: true } }
    : { selector, hasText: { source: hasText.source, flags: hasText.flags, plain: false } };
}

async function find(ext: ExtensionBrowser, page: Page, host: string, steps: Step[], scroll: boolean): Promise<Found> {
  const tabId = await tabIdOf(ext, page);
  return inWorker(
    ext,
    async ({ tabId: id, host: h, steps: s, scroll: sc }: { tabId: number; host: string; steps: Step[]; scroll: boolean }) => {
      // Built by assignment, not as an object literal's property: a runner that keeps function names (tsx, for
      // npm start) would wrap the property in a helper the browser's side does not have.
      const injection: { target: { tabId: number }; args: unknown[]; func?: (...args: never[]) => unknown } = { target: { tabId: id }, args: [h, s, sc] };
      injection.func = ((hostSelector: string, chain: Step[], scrollTo: boolean): Found => {
        const none: Found = { count: 0, texts: [], text: null, value: null, rect: null };
        const hostEl = document.querySelector(hostSelector);
        const root = hostEl && chrome.dom.openOrClosedShadowRoot(hostEl);
        if (!root) return none;
        let scope: ParentNode[] = [root];
        let matched: Element[] = [];
        for (const { selector, hasText } of chain) {
          matched = scope.flatMap((p) => [...p.querySelectorAll(selector)]);
          if (hasText) {
            matched = matched.filter((el) => {
              const t = el.textContent ?? '';
              return hasText.plain ? t.includes(hasText.source) : new RegExp(hasText.source, hasText.flags).test(t);
            });
          }
          scope = matched;
        }
        const el = matched[0];
        if (!el) return none;
        if (scrollTo) el.scrollIntoView({ block: 'center' });
        const r = el.getBoundingClientRect();
        return {
          count: matched.length,
          texts: matched.map((m) => m.textContent ?? ''),
          text: el.textContent,
          value: 'value' in el ? String((el as HTMLInputElement).value) : null,
          rect: r.width > 0 || r.height > 0 ? { x: r.x, y: r.y, width: r.width, height: r.height } : null,
        };
      }) as (...args: never[]) => unknown;
      const [frame] = await chrome.scripting.executeScript(injection as Parameters<typeof chrome.scripting.executeScript>[0]);
      return frame!.result as Found;
    },
    { tabId, host, steps, scroll },
  );
}

export interface OurLocator {
  locator(selector: string, options?: { hasText?: TextFilter }): OurLocator;
  first(): OurLocator;
  waitFor(options?: { state?: 'attached' | 'visible' | 'hidden' | 'detached'; timeout?: number }): Promise<void>;
  click(): Promise<void>;
  fill(text: string): Promise<void>;
  textContent(): Promise<string | null>;
  allTextContents(): Promise<string[]>;
  inputValue(): Promise<string>;
  isVisible(): Promise<boolean>;
  count(): Promise<number>;
}

function handle(ext: ExtensionBrowser, page: Page, host: string, steps: Step[]): OurLocator {
  const look = (scroll = false) => find(ext, page, host, steps, scroll);
  const visible = async (): Promise<Found> => {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const found = await look(true);
      if (found.rect) return found;
      if (Date.now() > deadline) throw new Error(`${host} ${steps.map((s) => s.selector).join(' ')}: not shown`);
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  };
  const self: OurLocator = {
    locator: (selector, options) => handle(ext, page, host, [...steps, step(selector, options?.hasText)]),
    first: () => self,
    async waitFor({ state = 'visible', timeout = 10_000 } = {}) {
      const deadline = Date.now() + timeout;
      for (;;) {
        const found = await look();
        const done = { detached: found.count === 0, attached: found.count > 0, hidden: found.rect === null, visible: found.rect !== null }[state];
        if (done) return;
        if (Date.now() > deadline) throw new Error(`${host} ${steps.map((s) => s.selector).join(' ')}: not ${state} within ${timeout} ms`);
        await new Promise((r) => setTimeout(r, POLL_MS));
      }
    },
    async click() {
      const { rect } = await visible();
      await page.mouse.click(rect!.x + rect!.width / 2, rect!.y + rect!.height / 2);
    },
    async fill(text) {
      await self.click();
      await page.keyboard.press('ControlOrMeta+A');
      if (text) await page.keyboard.insertText(text);
      else await page.keyboard.press('Delete');
    },
    textContent: async () => (await look()).text,
    allTextContents: async () => (await look()).texts,
    inputValue: async () => (await look()).value ?? '',
    isVisible: async () => (await look()).rect !== null,
    count: async () => (await look()).count,
  };
  return self;
}

/** Our UI on `page`: `ourUi(ext, page).locator('newsmark-notes .nm-toolbar')`, the first word naming the host element. */
export function ourUi(ext: ExtensionBrowser, page: Page) {
  return {
    locator(selector: string, options?: { hasText?: TextFilter }): OurLocator {
      const [host, ...rest] = selector.trim().split(/\s+/);
      return handle(ext, page, host!, [step(rest.join(' ') || '*', options?.hasText)]);
    },
  };
}
