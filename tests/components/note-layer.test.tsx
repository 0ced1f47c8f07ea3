// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { NoteLayer, type NoteLayerProps } from '../../components/NoteLayer';
import type { Annotation } from '../../lib/types';

afterEach(cleanup);

const theirs: Annotation = {
  id: 'a1',
  pageKey: 'https://news.example/s',
  url: 'https://news.example/s',
  title: 'A story',
  colour: 'green',
  note: 'Saved in the other tab',
  tags: [],
  selectors: [{ type: 'TextQuoteSelector', exact: 'the wall', prefix: '', suffix: '' }],
  createdAt: 1,
  updatedAt: 5,
};

function props(overrides: Partial<NoteLayerProps> = {}): NoteLayerProps {
  const noop = () => {};
  return {
    view: { kind: 'none' },
    message: null,
    onHighlight: noop,
    onNote: noop,
    onSave: noop,
    onDelete: noop,
    onSaveQuote: noop,
    onClose: noop,
    onDismissMessage: noop,
    onKeepMine: vi.fn(),
    onKeepTheirs: vi.fn(),
    ...overrides,
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

describe('what the reader types and has not saved', () => {
  test('each change is told (not the values the editor opened with); a kept draft opens the editor with a word that it is back', async () => {
    const onDraft = vi.fn();
    const p = props({ view: { kind: 'editor', top: 0, left: 0, annotation: theirs }, onDraft });
    const { rerender } = render(<NoteLayer {...p} />);
    expect(onDraft).not.toHaveBeenCalled();
    expect(screen.queryByText(/typed and not saved is back/)).toBeNull();
    fireEvent.input(screen.getByRole('textbox', { name: 'Note' }), { target: { value: 'Half a thought' } });
    expect(onDraft).toHaveBeenLastCalledWith('a1', { colour: 'green', note: 'Half a thought', tags: [] });
    rerender(
      <NoteLayer
        {...props({
          view: { kind: 'editor', top: 0, left: 0, annotation: { ...theirs, id: 'a2' }, draft: { colour: 'blue', note: 'Kept words', tags: ['t'] } },
        })}
      />,
    );
    expect((screen.getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement).value).toBe('Kept words');
    screen.getByText(/What you had typed and not saved is back/);
  });
});

describe('a highlight asked for with a note', () => {
  test('is not made until the note is saved: Save makes it with the note, Cancel makes nothing', () => {
    const onCreate = vi.fn();
    const onClose = vi.fn();
    render(
      <NoteLayer {...props({ view: { kind: 'new-note', top: 0, left: 0, colour: 'pink', quote: 'the wall without cutting corners' }, onCreate, onClose })} />,
    );
    const dialog = screen.getByRole('dialog', { name: 'New highlight with a note' });
    expect(dialog.textContent).toContain('the wall without cutting corners');
    fireEvent.input(screen.getByRole('textbox', { name: 'Note' }), { target: { value: 'Ask about the budget' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onCreate).toHaveBeenCalledWith({ colour: 'pink', note: 'Ask about the budget', tags: [] });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalled();
    expect(onCreate).toHaveBeenCalledTimes(1);
  });
});
