import { describe, expect, test, vi } from 'vitest';
import { highlightShortcut } from '../../entrypoints/popup/api';

// The popup names the highlight shortcut the reader actually has (browser.commands), not the manifest's suggestion.

describe('highlightShortcut', () => {
  test('the binding of the highlight command, as the browser shows it', async () => {
    const getAll = vi.fn(async () => [
      { name: '_execute_action', shortcut: 'Ctrl+Shift+U' },
      { name: 'highlight-selection', shortcut: 'Ctrl+Shift+Y', description: 'Highlight the selected text' },
    ]);
    expect(await highlightShortcut({ getAll })).toBe('Ctrl+Shift+Y');
  });

  test.each([
    ['unbound (empty shortcut)', [{ name: 'highlight-selection', shortcut: '' }]],
    ['no shortcut field', [{ name: 'highlight-selection' }]],
    ['no such command', [{ name: '_execute_action', shortcut: 'Ctrl+Shift+U' }]],
  ])('null when %s', async (_name, commands) => {
    expect(await highlightShortcut({ getAll: vi.fn(async () => commands) })).toBeNull();
  });

  test('null when the API fails or is missing', async () => {
    expect(await highlightShortcut({ getAll: vi.fn(async () => Promise.reject(new Error('no commands'))) })).toBeNull();
    expect(await highlightShortcut({} as never)).toBeNull();
  });
});
