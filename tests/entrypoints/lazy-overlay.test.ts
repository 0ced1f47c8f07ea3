/** @vitest-environment happy-dom */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { lazyOverlayUi } from '../../entrypoints/reader/lazy-overlay';
import type { OverlayUi, OverlayView } from '../../lib/highlight/overlay-view';
import { createOverlay } from '../../lib/highlight/overlay';
import { shared } from '../../lib/page-shared';

// The labels' and cards' UI comes when there is first one to draw; until then the latest view waits for it.

const view = (n: number): OverlayView => ({ repeats: [], onJump: () => {}, card: null, numbers: [n] });
const realUi = () => ({ css: '.nm-layer { color: red }', render: vi.fn((_mount: HTMLElement, _view: OverlayView | null) => {}) }) satisfies OverlayUi;

afterEach(() => {
  shared().overlayUi = undefined;
  for (const e of document.querySelectorAll('newsmark-overlay')) e.remove();
});

describe('the labels and cards UI, brought in when first needed', () => {
  test('nothing to draw asks for nothing', () => {
    const bring = vi.fn(async () => {});
    const ui = lazyOverlayUi(bring, () => false);
    const overlay = createOverlay(document, ui.css);
    ui.render(overlay.mount, null);
    expect(bring).not.toHaveBeenCalled();
  });

  test('is asked for once; the latest view is drawn when it comes, with its stylesheet in the shadow root', async () => {
    const real = realUi();
    let arrive: () => void = () => {};
    const bring = vi.fn(
      () =>
        new Promise<void>((resolve) => {
          arrive = () => {
            shared().overlayUi = real;
            resolve();
          };
        }),
    );
    const ui = lazyOverlayUi(bring, () => false);
    const overlay = createOverlay(document, ui.css);
    ui.render(overlay.mount, view(1));
    ui.render(overlay.mount, view(2));
    expect(bring).toHaveBeenCalledTimes(1);
    expect(real.render).not.toHaveBeenCalled();
    arrive();
    await vi.waitFor(() => expect(real.render).toHaveBeenCalledTimes(1));
    expect((real.render.mock.calls[0]![1] as OverlayView).numbers).toEqual([2]);
    const root = overlay.mount.getRootNode() as ShadowRoot;
    expect([...root.querySelectorAll('style')].some((s) => s.textContent === real.css)).toBe(true);
    // From now on, straight to the UI, and the stylesheet is not added twice.
    ui.render(overlay.mount, view(3));
    expect(real.render).toHaveBeenCalledTimes(2);
    expect([...root.querySelectorAll('style')].filter((s) => s.textContent === real.css)).toHaveLength(1);
  });

  test('a view taken back before the UI came (null) is what is drawn; a disposed reader draws nothing', async () => {
    const real = realUi();
    const bring = vi.fn(async () => {
      shared().overlayUi = real;
    });
    let invalid = false;
    const ui = lazyOverlayUi(bring, () => invalid);
    const overlay = createOverlay(document, ui.css);
    ui.render(overlay.mount, view(1));
    ui.render(overlay.mount, null);
    await vi.waitFor(() => expect(real.render).toHaveBeenCalledTimes(1));
    expect(real.render.mock.calls[0]![1]).toBeNull();

    const other = lazyOverlayUi(
      vi.fn(async () => {}),
      () => invalid,
    );
    shared().overlayUi = realUi();
    invalid = true;
    const second = createOverlay(document, other.css);
    other.render(second.mount, view(4));
    await new Promise((r) => setTimeout(r, 0));
    expect((shared().overlayUi as ReturnType<typeof realUi>).render).not.toHaveBeenCalled();
  });

  test('when it could not come, a view a few seconds later asks again (not every hover at once)', async () => {
    const real = realUi();
    let tries = 0;
    const bring = vi.fn(async () => {
      tries++;
      if (tries > 1) shared().overlayUi = real;
    });
    const ui = lazyOverlayUi(bring, () => false);
    const overlay = createOverlay(document, ui.css);
    const now = vi.spyOn(Date, 'now').mockReturnValue(1_000_000);
    try {
      ui.render(overlay.mount, view(1));
      await new Promise((r) => setTimeout(r, 0));
      expect(real.render).not.toHaveBeenCalled();
      ui.render(overlay.mount, view(2));
      await new Promise((r) => setTimeout(r, 0));
      expect(bring).toHaveBeenCalledTimes(1);
      now.mockReturnValue(1_000_000 + 5_000);
      ui.render(overlay.mount, view(3));
      await vi.waitFor(() => expect(real.render).toHaveBeenCalledTimes(1));
      expect(bring).toHaveBeenCalledTimes(2);
      expect((real.render.mock.calls[0]![1] as OverlayView).numbers).toEqual([3]);
    } finally {
      now.mockRestore();
    }
  });
});
