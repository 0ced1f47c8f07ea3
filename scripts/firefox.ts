import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer } from 'node:net';
import WebSocket from 'ws';
import { ROOT } from './browser';

/**
 * Firefox (Debian's firefox-esr) driven over WebDriver BiDi, the extension installed as a temporary add-on.
 * Playwright cannot drive a stock Firefox, so this speaks the few BiDi commands the tests need.
 */

export const FIREFOX_EXTENSION = resolve(ROOT, '.output/firefox-mv2');

export function findFirefox(): string | null {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolvePort(port));
    });
  });
}

export interface FirefoxSession {
  /** Open a tab on `url` and wait for it to load. Returns the browsing context id. */
  open(url: string): Promise<string>;
  /** Evaluate an expression in the page (main world) and return its JSON value. */
  evaluate<T>(context: string, expression: string): Promise<T>;
  /** A real click (trusted, as the reader's) at a point of the viewport. */
  click(context: string, x: number, y: number): Promise<void>;
  /** Double-click at a point of the page with the real pointer (trusted events): selects the word there. */
  doubleClick(context: string, x: number, y: number): Promise<void>;
  /** Press and release Shift on the real keyboard (a trusted keyup that ends a keyboard selection). */
  pressShift(context: string): Promise<void>;
  close(): Promise<void>;
}

export async function launchFirefox(executable: string): Promise<FirefoxSession> {
  const profile = mkdtempSync(join(tmpdir(), 'newsmark-ff-'));
  // No first-run pages, no network chatter on a closed network.
  writeFileSync(
    join(profile, 'user.js'),
    [
      'user_pref("browser.shell.checkDefaultBrowser", false);',
      'user_pref("browser.startup.homepage_override.mstone", "ignore");',
      'user_pref("datareporting.policy.dataSubmissionEnabled", false);',
      'user_pref("app.update.enabled", false);',
      'user_pref("extensions.update.enabled", false);',
    ].join('\n'),
  );
  // A cold start on a busy machine can take Firefox longer than the wait (seen once in CI, with the Chromium suite
  // running beside it): a Firefox that did not answer is stopped, never left behind, and started once more.
  const start = async (attempt: number): Promise<{ proc: ChildProcess; ws: WebSocket }> => {
    const port = await freePort();
    const started = spawn(executable, ['--headless', '--no-remote', '--profile', profile, `--remote-debugging-port=${port}`], { stdio: 'ignore' });
    try {
      return { proc: started, ws: await connect(`ws://127.0.0.1:${port}/session`, 30_000) };
    } catch (e) {
      started.kill();
      await new Promise((r) => (started.exitCode !== null || started.signalCode !== null ? r(undefined) : started.once('exit', r)));
      if (attempt < 2) return start(attempt + 1);
      rmSync(profile, { recursive: true, force: true });
      throw e;
    }
  };
  const { proc, ws } = await start(1);
  let seq = 0;
  const pending = new Map<number, { ok: (v: unknown) => void; fail: (e: Error) => void }>();
  ws.on('message', (raw) => {
    const msg = JSON.parse(String(raw)) as { id?: number; type: string; result?: unknown; error?: string; message?: string };
    if (msg.type === 'event' && process.env.NEWSMARK_FF_LOG) console.error('[firefox]', JSON.stringify((msg as { params?: unknown }).params).slice(0, 2000));
    const p = msg.id !== undefined ? pending.get(msg.id) : undefined;
    if (!p) return;
    pending.delete(msg.id!);
    if (msg.type === 'error') p.fail(new Error(`${msg.error}: ${msg.message}`));
    else p.ok(msg.result);
  });
  const send = <T>(method: string, params: object) =>
    new Promise<T>((ok, fail) => {
      const id = ++seq;
      pending.set(id, { ok: ok as (v: unknown) => void, fail });
      ws.send(JSON.stringify({ id, method, params }));
    });

  await send('session.new', { capabilities: {} });
  // NEWSMARK_FF_LOG=1 prints the browser's console (pages and content scripts) while debugging.
  if (process.env.NEWSMARK_FF_LOG) await send('session.subscribe', { events: ['log.entryAdded'] });
  await send('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_EXTENSION } });

  return {
    async open(url) {
      const { context } = await send<{ context: string }>('browsingContext.create', { type: 'tab' });
      await send('browsingContext.navigate', { context, url, wait: 'complete' });
      return context;
    },
    async evaluate<T>(context: string, expression: string) {
      const r = await send<{ type: string; result: { value?: string }; exceptionDetails?: { text: string } }>('script.evaluate', {
        expression: `JSON.stringify(${expression})`,
        target: { context },
        awaitPromise: true,
      });
      if (r.type !== 'success') throw new Error(`evaluate failed: ${r.exceptionDetails?.text}`);
      return JSON.parse(r.result.value ?? 'null') as T;
    },
    async click(context, x, y) {
      await send('input.performActions', {
        context,
        actions: [
          {
            type: 'pointer',
            id: 'mouse',
            parameters: { pointerType: 'mouse' },
            actions: [
              { type: 'pointerMove', x: Math.round(x), y: Math.round(y) },
              { type: 'pointerDown', button: 0 },
              { type: 'pointerUp', button: 0 },
            ],
          },
        ],
      });
    },
    async doubleClick(context, x, y) {
      const click = [
        { type: 'pointerDown', button: 0 },
        { type: 'pointerUp', button: 0 },
      ];
      await send('input.performActions', {
        context,
        actions: [
          {
            type: 'pointer',
            id: 'mouse',
            parameters: { pointerType: 'mouse' },
            actions: [{ type: 'pointerMove', x: Math.round(x), y: Math.round(y) }, ...click, ...click],
          },
        ],
      });
    },
    async pressShift(context) {
      await send('input.performActions', {
        context,
        actions: [
          {
            type: 'key',
            id: 'keyboard',
            actions: [
              { type: 'keyDown', value: '\uE008' },
              { type: 'keyUp', value: '\uE008' },
            ],
          },
        ],
      });
    },
    async close() {
      await send('session.end', {}).catch(() => undefined);
      ws.close();
      proc.kill();
      await new Promise((r) => proc.once('exit', r));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Firefox takes a moment to open its remote port: retry until it answers. */
async function connect(url: string, timeout: number): Promise<WebSocket> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await new Promise<WebSocket>((ok, fail) => {
        const ws = new WebSocket(url);
        ws.once('open', () => ok(ws));
        ws.once('error', fail);
      });
    } catch (e) {
      if (Date.now() > deadline) throw new Error(`Firefox did not open its WebDriver BiDi port: ${(e as Error).message}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}
