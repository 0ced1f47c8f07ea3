import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/** The extension API inside the service worker, where `evaluate` callbacks run. */
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]>; sendMessage(tabId: number, message: object): Promise<unknown> };
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
  scripting: { executeScript(injection: { target: { tabId: number; frameIds?: number[] }; func: () => unknown }): Promise<{ result?: unknown }[]> };
};

/**
 * The built extension in real Chromium (Debian's, never a downloaded one), pages
 * served on 127.0.0.1 only.
 */

export const ROOT = resolve(import.meta.dirname, '..');
export const EXTENSION = resolve(ROOT, '.output/chrome-mv3');

export function findChromium(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('No Chromium found: install it (apt-get install -y chromium) or set CHROME_PATH.');
  return found;
}

export interface Site {
  origin: string;
  /** Serve `body` at `path` (replacing the fixture there, if any). */
  put(path: string, body: string, type?: string): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

/** Serve tests/fixtures/pages (and anything `put`) on 127.0.0.1. */
export async function serveFixtures(): Promise<Site> {
  const dir = resolve(ROOT, 'tests/fixtures/pages');
  const extra = new Map<string, { body: string; type: string }>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const own = extra.get(path);
    if (own) {
      res.writeHead(200, { 'content-type': own.type, 'cache-control': 'no-store' });
      return res.end(own.body);
    }
    const file = resolve(dir, `.${path}`);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404);
      return res.end('not found');
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${port}`,
    put: (path, body, type = 'text/html; charset=utf-8') => void extra.set(path, { body, type }),
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  /** The extension's service worker now: a stopped worker is started again by the next message, as a new one. */
  readonly worker: Worker;
  extensionId: string;
  /** Wait for the service worker to be running (after it was stopped) and return it. */
  liveWorker(timeout?: number): Promise<Worker>;
  close(): Promise<void>;
}

/** `extension`: the unpacked extension to load (default: the build in .output/chrome-mv3). */
export async function launchWithExtension(options: { headless?: boolean; extension?: string } = {}): Promise<ExtensionBrowser> {
  const extension = resolve(options.extension ?? EXTENSION);
  if (!existsSync(join(extension, 'manifest.json'))) throw new Error(`Build the extension first (npm run build): ${extension} is missing.`);
  const profile = mkdtempSync(join(tmpdir(), 'newsmark-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1100, height: 900 },
  });
  const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(first.url()).host;
  let worker = first;
  // Playwright learns late that a worker stopped: those it has told us about are left out at once.
  const stopped = new WeakSet<Worker>();
  const mine = (w: Worker) => w.url().startsWith(`chrome-extension://${extensionId}/`);
  const watch = (w: Worker) => w.on('close', () => stopped.add(w));
  watch(first);
  const ours = () => context.serviceWorkers().filter((w) => mine(w) && !stopped.has(w));
  context.on('serviceworker', (w) => {
    if (!mine(w)) return;
    watch(w);
    worker = w;
  });
  return {
    context,
    get worker() {
      return ours().at(-1) ?? worker;
    },
    extensionId,
    async liveWorker(timeout = 15_000) {
      const running = ours().at(-1);
      if (running) return running;
      return context.waitForEvent('serviceworker', { timeout, predicate: mine });
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Run a function in the extension's service worker. A worker that stopped meanwhile (Chrome stops idle ones; a
 * test may stop it) is asked again once the next one runs.
 */
export async function inWorker<A, R>(ext: ExtensionBrowser, fn: (arg: A) => R | Promise<R>, arg: A, timeout = 15_000): Promise<R> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await (await ext.liveWorker(Math.max(1, deadline - Date.now()))).evaluate(fn as never, arg);
    } catch (e) {
      if (Date.now() > deadline || !/closed|destroyed|Target|context/i.test(String(e))) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** The tab id of a page, asked of the extension's service worker. */
export async function tabIdOf(ext: ExtensionBrowser, page: Page): Promise<number> {
  const url = page.url();
  const id = await inWorker(
    ext,
    async (u: string) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url === u)?.id ?? null;
    },
    url,
  );
  if (id === null) throw new Error(`No tab for ${url}`);
  return id;
}

/** Open the popup for a tab, as a page. */
export async function openPopup(ext: ExtensionBrowser, tabId: number): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** Wait until the content script has reported on the tab (analysed, not an article, or failed). */
export async function waitForTabState(ext: ExtensionBrowser, tabId: number, timeout = 15_000): Promise<{ status: string; key?: string; at?: number }> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const state = await inWorker(
      ext,
      async (id: number) => {
        const key = `tab:${id}`;
        const got = await chrome.storage.session.get(key);
        return (got[key] as { status: string; key?: string; at?: number } | undefined) ?? null;
      },
      tabId,
      Math.max(1, deadline - Date.now()),
    );
    if (state) return state;
    if (Date.now() > deadline) throw new Error(`Tab ${tabId} was never analysed`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * What the first look found on a tab's page, read from the extension's isolated world of the page as the
 * background reads it (a page that is not an article tells nobody). Null before the first look has looked.
 */
export async function firstLookOf(ext: ExtensionBrowser, tabId: number): Promise<{ article: boolean; reason: string | null } | null> {
  return inWorker(
    ext,
    async (id: number) => {
      const [result] = await chrome.scripting.executeScript({
        target: { tabId: id, frameIds: [0] },
        // Taken from an array: a function named by its property would be wrapped in tsx's `__name` helper, which
        // neither the worker nor the page has. (The background's own is readFirstLook in first-look-query.ts.)
        func: [
          () => {
            const look = (globalThis as unknown as Record<symbol, { look?: { article: boolean; reason?: string } } | undefined>)[Symbol.for('newsmark.page')]
              ?.look;
            return look ? { article: look.article, reason: look.reason ?? null } : null;
          },
        ][0]!,
      });
      return (result?.result as { article: boolean; reason: string | null } | null) ?? null;
    },
    tabId,
  );
}

/**
 * The tab's state as the popup gets it: a page that is not an article is asked by the background when the
 * popup opens (getTabView), so the popup is opened, and closed once the state is there.
 */
export async function waitForVerdict(ext: ExtensionBrowser, tabId: number, timeout = 15_000): Promise<{ status: string; key?: string; at?: number }> {
  const popup = await openPopup(ext, tabId);
  try {
    return await waitForTabState(ext, tabId, timeout);
  } finally {
    await popup.close();
  }
}

/** Ranges in the page's highlight registry, as the text they cover. */
export function highlightTexts(page: Page, name: string): Promise<string[] | null> {
  return page.evaluate((n) => {
    const h = CSS.highlights.get(n);
    return h ? [...h].map((r) => (r as Range).toString().replace(/\s+/g, ' ').trim()) : null;
  }, name);
}

/**
 * Send a message of the content protocol to a tab from the service worker, as the background does (for the
 * context menu and the keyboard shortcut, which a headless browser cannot click or press).
 */
export function sendToTab(ext: ExtensionBrowser, tabId: number, type: string, data: unknown): Promise<unknown> {
  return ext.worker.evaluate(
    // The @webext-core/messaging envelope.
    ([id, t, d]) => chrome.tabs.sendMessage(id, { id: 1, type: t, data: d, timestamp: Date.now() }),
    [tabId, type, data] as const,
  );
}

/** Drag the mouse over a phrase of the page, as a reader selects it. Returns the selected text. */
export async function dragOver(page: Page, phrase: string): Promise<string> {
  const box = await page.evaluate((p) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent!.indexOf(p);
      if (at < 0) continue;
      (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const first = document.createRange();
      first.setStart(n, at);
      first.setEnd(n, at + 1);
      const last = document.createRange();
      last.setStart(n, at + p.length - 1);
      last.setEnd(n, at + p.length);
      const a = first.getClientRects()[0]!;
      const b = last.getClientRects()[0]!;
      return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
    }
    return null;
  }, phrase);
  if (!box) throw new Error(`"${phrase}" is not on the page`);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
  return page.evaluate(() => document.getSelection()!.toString());
}

/** Click the middle of the first range of a highlight. */
export async function clickHighlight(page: Page, name: string): Promise<void> {
  const at = await highlightPoint(page, name);
  await page.mouse.click(at.x, at.y);
}

/** Rest the pointer on the first range of a highlight (the reader's real input). */
export async function hoverHighlight(page: Page, name: string): Promise<void> {
  const at = await highlightPoint(page, name);
  await page.mouse.move(at.x - 4, at.y);
  await page.mouse.move(at.x, at.y);
}

function highlightPoint(page: Page, name: string): Promise<{ x: number; y: number }> {
  return page.evaluate((n) => {
    const r = [...CSS.highlights.get(n)!][0] as Range;
    const rect = r.getClientRects()[0]!;
    return { x: rect.left + Math.min(30, rect.width / 2), y: rect.top + rect.height / 2 };
  }, name);
}
