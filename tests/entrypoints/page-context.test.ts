/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { PageContext } from '../../entrypoints/reader/context';
import { onAddressChange, shared } from '../../lib/page-shared';

// The reader's lifetime on a page, and the address watch both scripts use: nothing is dispatched on the page,
// and a newer reader ends the older one through the isolated world they share.

const g = globalThis as unknown as { chrome?: { runtime?: { id?: string } } };

beforeEach(() => {
  g.chrome = { runtime: { id: 'newsmark-test' } };
  shared().reader = undefined;
});
afterEach(() => {
  delete g.chrome;
  vi.useRealTimers();
});

describe('PageContext', () => {
  test('a newer reader ends the older one; its listeners are removed and its callbacks run once', () => {
    const first = PageContext.start();
    const ended = vi.fn();
    first.onInvalidated(ended);
    const clicks = vi.fn();
    first.addEventListener(document, 'click', clicks);
    document.dispatchEvent(new MouseEvent('click'));
    expect(clicks).toHaveBeenCalledTimes(1);

    const second = PageContext.start();
    expect(first.isInvalid).toBe(true);
    expect(second.isValid).toBe(true);
    expect(ended).toHaveBeenCalledTimes(1);
    document.dispatchEvent(new MouseEvent('click'));
    expect(clicks).toHaveBeenCalledTimes(1);
    // The page's record of the running reader is the newer one's, and is cleared when it ends.
    expect(shared().reader).toBeDefined();
    second.invalidate();
    expect(shared().reader).toBeUndefined();
  });

  test('the extension gone (updated or removed): the reader ends at its next look, and its listeners stop', () => {
    const ctx = PageContext.start();
    const ended = vi.fn();
    ctx.onInvalidated(ended);
    const keys = vi.fn();
    ctx.addEventListener(document, 'keydown', keys);
    delete g.chrome!.runtime!.id;
    document.dispatchEvent(new KeyboardEvent('keydown'));
    expect(keys).not.toHaveBeenCalled();
    expect(ctx.isValid).toBe(false);
    expect(ended).toHaveBeenCalledTimes(1);
  });

  test('a callback added once it has ended runs at once; one forgotten does not run', () => {
    const ctx = PageContext.start();
    const forgotten = vi.fn();
    ctx.onInvalidated(forgotten)();
    ctx.invalidate();
    expect(forgotten).not.toHaveBeenCalled();
    const late = vi.fn();
    ctx.onInvalidated(late);
    expect(late).toHaveBeenCalledTimes(1);
  });
});

describe('onAddressChange', () => {
  test('without the Navigation API the address is compared once a second; stopping ends it', () => {
    vi.useFakeTimers();
    expect((globalThis as { navigation?: unknown }).navigation).toBeUndefined();
    const changed = vi.fn();
    const stop = onAddressChange(changed);
    vi.advanceTimersByTime(1500);
    expect(changed).not.toHaveBeenCalled();
    history.pushState(null, '', '/next');
    vi.advanceTimersByTime(1000);
    expect(changed).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(3000);
    expect(changed).toHaveBeenCalledTimes(1);
    stop();
    history.pushState(null, '', '/again');
    vi.advanceTimersByTime(2000);
    expect(changed).toHaveBeenCalledTimes(1);
  });

  test('with the Navigation API: its currententrychange, and nothing after stopping', () => {
    const navigation = new EventTarget();
    (globalThis as { navigation?: EventTarget }).navigation = navigation;
    try {
      const changed = vi.fn();
      const stop = onAddressChange(changed);
      navigation.dispatchEvent(new Event('currententrychange'));
      expect(changed).toHaveBeenCalledTimes(1);
      stop();
      navigation.dispatchEvent(new Event('currententrychange'));
      expect(changed).toHaveBeenCalledTimes(1);
    } finally {
      delete (globalThis as { navigation?: EventTarget }).navigation;
    }
  });
});
