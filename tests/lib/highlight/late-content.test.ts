/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { watchLateContent, type LateContentWatch } from '../../../lib/highlight/late-content';

// Retrying orphans as content arrives: debounced but with a maximum wait, the whole document watched (pages that
// swap <body>), a bounded number of retries per page.

const OPTIONS = { delayMs: 400, maxWaitMs: 2_000, maxRetries: 5 };
let watch: LateContentWatch | null = null;

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<article><p>First paragraph.</p></article>';
});
afterEach(() => {
  watch?.disconnect();
  watch = null;
  vi.useRealTimers();
});

function setup(needed = () => true) {
  const hooks = { changed: vi.fn(), needed: vi.fn(needed), retry: vi.fn() };
  watch = watchLateContent(document, hooks, OPTIONS);
  return hooks;
}

/** Change the page, let the observer see it, and let `ms` pass. */
async function mutate(ms: number, where: () => Element = () => document.body) {
  where().append(document.createElement('p'));
  await vi.advanceTimersByTimeAsync(ms);
}

describe('late content', () => {
  test('a burst of changes: one retry, after the page pauses', async () => {
    const hooks = setup();
    for (let i = 0; i < 5; i++) await mutate(100);
    expect(hooks.changed).toHaveBeenCalled();
    expect(hooks.retry).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(400);
    expect(hooks.retry).toHaveBeenCalledTimes(1);
  });

  test('a page that changes every 100 ms, for ever, is still retried, within the maximum wait', async () => {
    const hooks = setup();
    for (let t = 0; t < 2_100; t += 100) await mutate(100);
    expect(hooks.retry).toHaveBeenCalledTimes(1);
    for (let t = 0; t < 2_000; t += 100) await mutate(100);
    expect(hooks.retry).toHaveBeenCalledTimes(2);
  });

  test('retries are bounded per page; a new page (reset) starts again', async () => {
    const hooks = setup();
    for (let k = 0; k < 10; k++) await mutate(500);
    expect(hooks.retry).toHaveBeenCalledTimes(OPTIONS.maxRetries);
    expect(watch!.retries).toBe(OPTIONS.maxRetries);
    // Changes still tell the layer its text is stale.
    const seen = hooks.changed.mock.calls.length;
    await mutate(500);
    expect(hooks.changed.mock.calls.length).toBe(seen + 1);
    expect(hooks.retry).toHaveBeenCalledTimes(OPTIONS.maxRetries);
    watch!.reset();
    await mutate(500);
    expect(hooks.retry).toHaveBeenCalledTimes(OPTIONS.maxRetries + 1);
  });

  test('nothing missing: no retry, and none counted', async () => {
    let missing = false;
    const hooks = setup(() => missing);
    for (let k = 0; k < 10; k++) await mutate(500);
    expect(hooks.retry).not.toHaveBeenCalled();
    expect(watch!.retries).toBe(0);
    missing = true;
    await mutate(500);
    expect(hooks.retry).toHaveBeenCalledTimes(1);
  });

  test('a page that replaces its <body> is still watched', async () => {
    const hooks = setup();
    const fresh = document.createElement('body');
    document.documentElement.replaceChild(fresh, document.body);
    await vi.advanceTimersByTimeAsync(500);
    expect(hooks.retry).toHaveBeenCalledTimes(1);
    // Content arriving in the new body afterwards.
    await mutate(500, () => fresh);
    expect(hooks.retry).toHaveBeenCalledTimes(2);
  });

  test('our own UI host on <html> is no change of the page; disconnect stops everything', async () => {
    const hooks = setup();
    const host = document.createElement('newsmark-notes');
    document.documentElement.append(host);
    await vi.advanceTimersByTimeAsync(500);
    expect(hooks.changed).not.toHaveBeenCalled();
    expect(hooks.retry).not.toHaveBeenCalled();
    watch!.disconnect();
    await mutate(500);
    expect(hooks.changed).not.toHaveBeenCalled();
  });
});
