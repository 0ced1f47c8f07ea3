// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { NoteLayer, type NoteLayerProps } from '../../components/NoteLayer';
import type { Annotation } from '../../lib/types';

const theirs: Annotation = {
  id: 'a1', pageKey: 'https://news.example/s', url: 'https://news.example/s', title: 'A story', colour: 'green', note: 'Saved in the other tab', tags: [],
  selectors: [{ type: 'TextQuoteSelector', exact: 'the wall', prefix: '', suffix: '' }], createdAt: 1, updatedAt: 5,
};

function props(overrides: Partial<NoteLayerProps> = {}): NoteLayerProps {
  const noop = () => {};
  return {
    view: { kind: 'none' }, message: null, onHighlight: noop, onNote: noop, onSave: noop, onDelete: noop, onSaveQuote: noop, onClose: noop, onDismissMessage: noop,
    onKeepMine: vi.fn(), onKeepTheirs: vi.fn(), ...overrides,
  };
}

describe('a note changed elsewhere since the editor opened', () => {
  test('the reader sees both versions and chooses', () => {
    const mine = { colour: 'green' as const, note: 'Typed here', tags: ['x'] };
    const p = props({ view: { kind: 'conflict', top: 10, left: 20, annotation: theirs, mine } });
    render(<NoteLayer {...p} />);
    expect(screen.getByRole('alertdialog', { name: 'Note changed elsewhere' }).textContent).toContain('Typed here');
    expect(screen.getByRole('alertdialog').textContent).toContain('Saved in the other tab');
    fireEvent.click(screen.getByRole('button', { name: 'Keep mine' }));
    expect(p.onKeepMine).toHaveBeenCalledWith(theirs, mine);
    fireEvent.click(screen.getByRole('button', { name: 'Keep theirs' }));
    expect(p.onKeepTheirs).toHaveBeenCalledWith(theirs);
  });
});
