/** @vitest-environment happy-dom */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { pageControl, type PageControl } from '../../entrypoints/reader/page-control';
import { DISPLAY_DEFAULTS } from '../../lib/mark-kinds';

// The on-page control: one switch per kind of mark, the site's off switch; only the reader's own input acts
// (trusted clicks are pressed in the e2e tests, tests/e2e/marks.e2e.ts).

const hosts = () => document.querySelectorAll('newsmark-control');

/** The control and its shadow root, seen from inside as the extension sees it (the root is closed to the page). */
function rootOf(make: () => PageControl): { control: PageControl; shadow: ShadowRoot } {
  let shadow: ShadowRoot | null = null;
  const attach = Element.prototype.attachShadow;
  const spy = vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    shadow = attach.call(this, init);
    return shadow;
  });
  try {
    const control = make();
    return { control, shadow: shadow! };
  } finally {
    spy.mockRestore();
  }
}
afterEach(() => {
  for (const h of hosts()) h.remove();
});

describe('the on-page control', () => {
  test('lives in a closed shadow root on <html>, outside the page’s body', () => {
    const control = pageControl(document, 'news.example', DISPLAY_DEFAULTS, { setMarks: vi.fn(), setSiteOff: vi.fn() });
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0]!.parentElement).toBe(document.documentElement);
    expect(hosts()[0]!.shadowRoot).toBeNull();
    expect(document.body.querySelector('newsmark-control')).toBeNull();
    control.dispose();
    expect(hosts()).toHaveLength(0);
  });

  test('a page’s own click on the button, even from inside the root, opens nothing and sends nothing', () => {
    const setMarks = vi.fn(async () => {});
    const setSiteOff = vi.fn(async () => {});
    const root = rootOf(() => pageControl(document, 'news.example', DISPLAY_DEFAULTS, { setMarks, setSiteOff }));
    const toggle = root.shadow.querySelector<HTMLButtonElement>('.nm-control-toggle')!;
    toggle.click();
    expect(root.shadow.querySelector('.nm-control-panel')?.hasAttribute('hidden')).toBe(true);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(root.shadow.querySelector('.nm-control-site')).toBeNull();
    expect(setMarks).not.toHaveBeenCalled();
    expect(setSiteOff).not.toHaveBeenCalled();
    root.control.dispose();
  });

  test('the button comes before its panel (Tab goes from one into the other); the panel is built when first opened', () => {
    const root = rootOf(() => pageControl(document, 'news.example', DISPLAY_DEFAULTS, { setMarks: vi.fn(), setSiteOff: vi.fn() }));
    const order = [...root.shadow.querySelectorAll('.nm-control-toggle, .nm-control-panel')].map((e) => e.className);
    expect(order).toEqual(['nm-control-toggle', 'nm-control-panel']);
    const toggle = root.shadow.querySelector('.nm-control-toggle')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe('nm-control-panel');
    // Nothing in the panel until the reader opens it (the e2e tests open it with real input).
    const panel = root.shadow.querySelector('.nm-control-panel')!;
    expect(panel.hasAttribute('hidden')).toBe(true);
    expect(panel.children).toHaveLength(0);
    root.control.update(DISPLAY_DEFAULTS, true);
    expect(panel.children).toHaveLength(0);
    root.control.dispose();
    expect(hosts()).toHaveLength(0);
  });
});
