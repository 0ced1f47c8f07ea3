// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { createOverlay } from '../../../lib/highlight/overlay';

// The page's own events (element.click(), dispatchEvent: isTrusted false) never reach our UI's handlers. A
// trusted event cannot be made here; the end-to-end tests press our buttons with the browser's real input.

describe('our UI on the page', () => {
  test('an event the page made is stopped at our shadow root, before any handler of ours', () => {
    const overlay = createOverlay(document, '');
    const seen: string[] = [];
    const button = document.createElement('button');
    const editor = document.createElement('textarea');
    overlay.mount.append(button, editor);
    for (const type of ['click', 'mousedown', 'keydown', 'input', 'change', 'pointerdown']) {
      button.addEventListener(type, () => seen.push(type));
      editor.addEventListener(type, () => seen.push(type));
    }
    overlay.mount.addEventListener('click', () => seen.push('delegated click'));
    button.click();
    button.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, composed: true }));
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    editor.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    editor.dispatchEvent(new Event('change', { bubbles: true }));
    button.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(seen).toEqual([]);
    // A click the page makes is not even cancelled by us as a default action elsewhere: the page's own listeners
    // outside our root still see what it dispatched on its own elements.
    const own = document.createElement('button');
    document.body.append(own);
    let pageSaw = false;
    own.addEventListener('click', () => (pageSaw = true));
    own.click();
    expect(pageSaw).toBe(true);
    overlay.dispose();
  });
});
