// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { AnnotationEditor, addTags, editorTag, type AnnotationEditorProps } from '../../components/AnnotationEditor';
import { normaliseTag } from '../../lib/text/tags';
import { AnnotationList, type AnnotationListProps } from '../../components/AnnotationList';
import { MAX_TAGS, MAX_TAG_LENGTH } from '../../lib/limits';
import { NoteParserContext } from '../../components/Markdown';
import { parseNote } from '../../lib/markdown';
import type { ComponentChildren } from 'preact';

/** Notes are parsed as in the popup. */
const wrapper = ({ children }: { children?: ComponentChildren }) => <NoteParserContext.Provider value={parseNote}>{children}</NoteParserContext.Provider>;
import type { Annotation } from '../../lib/types';

afterEach(cleanup);

function editor(overrides: Partial<AnnotationEditorProps> = {}) {
  const props = { colour: 'yellow', note: '', tags: [], onSave: vi.fn(), onCancel: vi.fn(), ...overrides } satisfies AnnotationEditorProps;
  const utils = render(<AnnotationEditor {...props} />, { wrapper });
  return {
    ...utils,
    props,
    textarea: screen.getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement,
    tagInput: screen.getByRole('textbox', { name: 'Add a tag' }) as HTMLInputElement,
  };
}

const type = (el: HTMLInputElement | HTMLTextAreaElement, value: string) => fireEvent.input(el, { target: { value } });

describe('AnnotationEditor', () => {
  test('five colours in a radio group; picking one, writing a note and Ctrl+Enter saves all three', () => {
    const { props, textarea } = editor({ tags: ['budget'] });
    const group = screen.getByRole('radiogroup', { name: 'Colour' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('aria-label'))).toEqual(['Yellow', 'Green', 'Blue', 'Pink', 'Purple']);
    expect(screen.getByRole('radio', { name: 'Yellow' }).getAttribute('aria-checked')).toBe('true');
    fireEvent.click(screen.getByRole('radio', { name: 'Blue' }));
    expect(screen.getByRole('radio', { name: 'Blue' }).getAttribute('aria-checked')).toBe('true');
    expect(screen.getByRole('radio', { name: 'Yellow' }).getAttribute('aria-checked')).toBe('false');
    type(textarea, '\n\nCheck the **date**  \n');
    fireEvent.keyDown(textarea, { key: 'Enter', ctrlKey: true });
    expect(props.onSave).toHaveBeenCalledTimes(1);
    expect(props.onSave).toHaveBeenCalledWith({ colour: 'blue', note: 'Check the **date**', tags: ['budget'] });
    expect(props.onCancel).not.toHaveBeenCalled();
  });

  test('Cmd+Enter saves too; the Save button saves', () => {
    const { props, textarea } = editor({ colour: 'pink', note: 'kept' });
    fireEvent.keyDown(textarea, { key: 'Enter', metaKey: true });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(props.onSave).toHaveBeenNthCalledWith(1, { colour: 'pink', note: 'kept', tags: [] });
    expect(props.onSave).toHaveBeenNthCalledWith(2, { colour: 'pink', note: 'kept', tags: [] });
  });

  test('arrow keys move through the colours', () => {
    editor({ colour: 'purple' });
    fireEvent.keyDown(screen.getByRole('radio', { name: 'Purple' }), { key: 'ArrowRight' });
    expect(screen.getByRole('radio', { name: 'Yellow' }).getAttribute('aria-checked')).toBe('true');
    fireEvent.keyDown(screen.getByRole('radio', { name: 'Yellow' }), { key: 'ArrowLeft' });
    expect(screen.getByRole('radio', { name: 'Purple' }).getAttribute('aria-checked')).toBe('true');
    // Only the chosen one is in the tab order.
    expect(screen.getAllByRole('radio').map((r) => r.tabIndex)).toEqual([-1, -1, -1, -1, 0]);
  });

  test('the note has focus when the editor opens', () => {
    const { textarea } = editor();
    expect(document.activeElement).toBe(textarea);
  });

  test('tags: Enter and comma add chips, Backspace on empty removes the last, × removes one, the rest is added on save', () => {
    const { props, tagInput } = editor({ tags: ['old'] });
    type(tagInput, '  #Budget   cuts ');
    fireEvent.keyDown(tagInput, { key: 'Enter' });
    expect(tagInput.value).toBe('');
    type(tagInput, 'council,');
    expect(tagInput.value).toBe('');
    type(tagInput, 'a, b ,c');
    expect(tagInput.value).toBe('c');
    const chips = () => screen.getAllByRole('listitem').map((li) => li.querySelector('span')!.textContent);
    expect(chips()).toEqual(['old', 'Budget cuts', 'council', 'a', 'b']);
    // A repeat in another case is not added twice.
    type(tagInput, 'COUNCIL');
    fireEvent.keyDown(tagInput, { key: 'Enter' });
    expect(chips()).toEqual(['old', 'Budget cuts', 'council', 'a', 'b']);
    fireEvent.keyDown(tagInput, { key: 'Backspace' });
    expect(chips()).toEqual(['old', 'Budget cuts', 'council', 'a']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove tag old' }));
    expect(chips()).toEqual(['Budget cuts', 'council', 'a']);
    // Backspace with text in the input edits the text, not the chips.
    type(tagInput, 'late');
    fireEvent.keyDown(tagInput, { key: 'Backspace' });
    expect(chips()).toEqual(['Budget cuts', 'council', 'a']);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(props.onSave).toHaveBeenCalledWith({ colour: 'yellow', note: '', tags: ['Budget cuts', 'council', 'a', 'late'] });
  });

  test('Enter in the tag input neither saves nor leaves the editor', () => {
    const { props, tagInput } = editor();
    type(tagInput, 'x');
    fireEvent.keyDown(tagInput, { key: 'Enter' });
    expect(props.onSave).not.toHaveBeenCalled();
    expect(props.onCancel).not.toHaveBeenCalled();
  });

  test('Escape cancels without saving; so does Cancel', () => {
    const { props, textarea } = editor({ note: 'x' });
    type(textarea, 'changed');
    fireEvent.keyDown(textarea, { key: 'Escape' });
    expect(props.onCancel).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(props.onCancel).toHaveBeenCalledTimes(2);
    expect(props.onSave).not.toHaveBeenCalled();
  });

  test('no key press leaves the editor (the page must not see typing as shortcuts)', () => {
    const outside = vi.fn();
    const { container, textarea, tagInput } = editor();
    container.addEventListener('keydown', outside);
    container.addEventListener('keyup', outside);
    container.addEventListener('keypress', outside);
    for (const el of [textarea, tagInput, screen.getByRole('radio', { name: 'Green' })]) {
      fireEvent.keyDown(el, { key: 'j' });
      fireEvent.keyPress(el, { key: 'j', charCode: 106 });
      fireEvent.keyUp(el, { key: 'j' });
      fireEvent.keyDown(el, { key: '?' });
    }
    fireEvent.keyDown(textarea, { key: 'Escape' });
    expect(outside).not.toHaveBeenCalled();
  });

  test('delete asks first: No keeps it, Yes deletes', () => {
    const onDelete = vi.fn();
    editor({ onDelete });
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(onDelete).not.toHaveBeenCalled();
    expect(screen.getByText('Delete this highlight?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'No' }));
    expect(screen.queryByText('Delete this highlight?')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes' }));
    expect(onDelete).toHaveBeenCalledTimes(1);
  });

  test('Escape while confirming closes the question, not the editor', () => {
    const { props } = editor({ onDelete: vi.fn() });
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    fireEvent.keyDown(screen.getByRole('button', { name: 'No' }), { key: 'Escape' });
    expect(screen.queryByText('Delete this highlight?')).toBeNull();
    expect(props.onCancel).not.toHaveBeenCalled();
  });

  test('no Delete without onDelete', () => {
    editor();
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
  });

  test('Preview shows the note as Markdown, safely', () => {
    const { textarea } = editor({ note: '**bold** <img src=x onerror=alert(1)>', quote: '<b>quoted</b> words' });
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    expect(textarea.hidden).toBe(true);
    const preview = screen.getByLabelText('Note preview');
    expect(preview.querySelector('strong')!.textContent).toBe('bold');
    expect(preview.querySelector('img')).toBeNull();
    expect(preview.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(document.body.querySelector('b')).toBeNull();
    expect(screen.getByText('“<b>quoted</b> words”')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Write' }));
    expect(textarea.hidden).toBe(false);
    expect(screen.queryByLabelText('Note preview')).toBeNull();
  });

  test('works inside a shadow root', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const mount = document.createElement('div');
    shadow.append(mount);
    const onSave = vi.fn();
    const onPage = vi.fn();
    document.addEventListener('keydown', onPage);
    render(<AnnotationEditor colour="green" note="" tags={[]} onSave={onSave} onCancel={() => undefined} />, { container: mount });
    const textarea = mount.querySelector('textarea')!;
    expect(shadow.activeElement).toBe(textarea);
    fireEvent.input(textarea, { target: { value: 'in the page' } });
    fireEvent.click(mount.querySelector('[data-colour="purple"]')!);
    fireEvent.keyDown(textarea, { key: 'j', composed: true });
    fireEvent.keyDown(textarea, { key: 'Enter', ctrlKey: true, composed: true });
    expect(onSave).toHaveBeenCalledWith({ colour: 'purple', note: 'in the page', tags: [] });
    expect(onPage).not.toHaveBeenCalled();
    // The same key from the shadow root but outside the editor does reach the page.
    fireEvent.keyDown(mount, { key: 'j', composed: true });
    expect(onPage).toHaveBeenCalledTimes(1);
    document.removeEventListener('keydown', onPage);
    host.remove();
  });
});

describe('tags', () => {
  test.each([
    ['  a   b ', 'a b'],
    ['#tag', 'tag'],
    ['##', ''],
    ['x'.repeat(100), 'x'.repeat(MAX_TAG_LENGTH)],
    // The store's own normalisation (NFC: "é" typed as e + combining accent is one tag with "é").
    ['#Cafe\u0301', 'Caf\u00e9'],
  ])('editorTag(%j) → %j', (raw, tag) => {
    expect(editorTag(raw)).toBe(tag);
    // What the editor keeps, the store keeps as it is.
    expect(normaliseTag(editorTag(raw))).toBe(editorTag(raw));
  });

  test('addTags: no empties, no repeats in any case, at most MAX_TAGS', () => {
    expect(addTags(['A'], 'a, b,, ,B , c')).toEqual(['A', 'b', 'c']);
    const many = Array.from({ length: 30 }, (_, i) => `t${i}`).join(',');
    expect(addTags([], many)).toHaveLength(MAX_TAGS);
  });
});

function annotation(id: string, start: number, exact: string, overrides: Partial<Annotation> = {}): Annotation {
  return {
    id,
    pageKey: 'https://news.example/story',
    url: 'https://news.example/story',
    title: 'The story',
    selectors: [
      { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start, end: start + exact.length },
    ],
    colour: 'yellow',
    note: '',
    tags: [],
    createdAt: 1,
    updatedAt: 1,
    ...overrides,
  };
}

function list(annotations: Annotation[], status: { anchored: string[]; orphans: string[] } | null, extra: Partial<AnnotationListProps> = {}) {
  const props = {
    ...extra,
    annotations,
    status: status && { pageKey: 'https://news.example/story', ...status },
    onJump: vi.fn(),
    onUpdate: vi.fn(async () => undefined),
    onDelete: vi.fn(async () => undefined),
  };
  return { ...render(<AnnotationList {...props} />, { wrapper }), props };
}

describe('AnnotationList', () => {
  const later = annotation('a1', 500, 'later on the page', { createdAt: 1 });
  const earlier = annotation('a2', 20, 'earlier on the page', { createdAt: 2, colour: 'green' });
  const gone = annotation('a3', 100, 'words that were removed', { note: 'my *note*', createdAt: 3 });

  test('painted highlights in page order; orphans apart, explained, without Jump', () => {
    const { container } = list([later, gone, earlier], { anchored: ['a1', 'a2'], orphans: ['a3'] });
    const main = container.querySelector('.nm-annotations > .nm-annotation-list')!;
    const quotes = [...main.querySelectorAll(':scope > li .nm-annotation-quote')].map((q) => q.textContent);
    expect(quotes).toEqual(['“earlier on the page”', '“later on the page”']);
    expect(main.querySelector('li')!.getAttribute('data-colour')).toBe('green');
    expect(within(main as HTMLElement).getAllByRole('button', { name: 'Jump' })).toHaveLength(2);

    const orphans = container.querySelector('.nm-orphans') as HTMLElement;
    expect(within(orphans).getByRole('heading').textContent).toBe('Not found on this page');
    expect(orphans.textContent).toMatch(/changed or was removed/);
    expect(orphans.textContent).toMatch(/not painted anywhere else/);
    expect(orphans.textContent).toContain('words that were removed');
    expect(orphans.querySelector('em')!.textContent).toBe('note');
    expect(within(orphans).queryByRole('button', { name: 'Jump' })).toBeNull();
    expect(within(orphans).getByRole('button', { name: 'Edit' })).toBeTruthy();
    expect(within(orphans).getByRole('button', { name: 'Delete' })).toBeTruthy();
    expect(main.textContent).not.toContain('words that were removed');
  });

  test('Jump, Edit and Delete call back with the highlight', async () => {
    const { props } = list([later, earlier], { anchored: ['a1', 'a2'], orphans: [] });
    fireEvent.click(screen.getAllByRole('button', { name: 'Jump' })[1]!);
    expect(props.onJump).toHaveBeenCalledWith('a1');

    fireEvent.click(screen.getAllByRole('button', { name: 'Edit' })[0]!);
    const textarea = screen.getByRole('textbox', { name: 'Note' });
    expect(screen.getByText('“earlier on the page”')).toBeTruthy();
    fireEvent.input(textarea, { target: { value: 'new note' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Pink' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(props.onUpdate).toHaveBeenCalledWith('a2', { colour: 'pink', note: 'new note', tags: [] });
    await screen.findAllByRole('button', { name: 'Jump' });
    expect(screen.queryByRole('textbox', { name: 'Note' })).toBeNull();

    fireEvent.click(screen.getAllByRole('button', { name: 'Delete' })[1]!);
    expect(props.onDelete).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Yes' }));
    expect(props.onDelete).toHaveBeenCalledWith('a1');
  });

  test('an update that fails keeps the editor open', async () => {
    const { props } = list([later], { anchored: ['a1'], orphans: [] });
    props.onUpdate.mockRejectedValueOnce(new Error('quota'));
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(screen.getByRole('textbox', { name: 'Note' })).toBeTruthy();
  });

  test('the speaker of a saved quote, tags as chips, a long quote shortened', () => {
    const long = `${'word '.repeat(100)}end`;
    const { container } = list(
      [annotation('q', 0, long, { speaker: { name: 'Ana Ruiz', title: 'Mayor', affiliation: 'Harbourtown' }, tags: ['harbour', 'ferries'] })],
      { anchored: ['q'], orphans: [] },
    );
    expect(container.querySelector('.nm-annotation-speaker')!.textContent).toBe('— Ana Ruiz, Mayor');
    expect([...container.querySelectorAll('.nm-chip')].map((c) => c.textContent)).toEqual(['harbour', 'ferries']);
    const quote = container.querySelector('.nm-annotation-quote')!.textContent!;
    expect(quote.length).toBeLessThan(260);
    expect(quote.endsWith('…”')).toBe(true);
  });

  test('a speaker without a title', () => {
    const { container } = list([annotation('q', 0, 'x', { speaker: { name: 'A spokesman', title: null, affiliation: null } })], {
      anchored: ['q'],
      orphans: [],
    });
    expect(container.querySelector('.nm-annotation-speaker')!.textContent).toBe('— A spokesman');
  });

  test('hostile quote, note, tags and speaker are shown as text', () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const { container } = list(
      [
        annotation('h', 0, hostile, {
          note: `${hostile}\n[click](javascript:alert(3))`,
          tags: ['<b>tag</b>'],
          speaker: { name: '<i>Name</i>', title: '<u>Title</u>', affiliation: null },
        }),
      ],
      { anchored: ['h'], orphans: [] },
    );
    expect(container.querySelector('img, script, b, i, u')).toBeNull();
    expect(container.querySelector('a')).toBeNull();
    expect(container.querySelector('.nm-annotation-quote')!.textContent).toBe(`“${hostile}”`);
    expect(container.querySelector('.nm-annotation-note')!.textContent).toContain(hostile);
    expect(container.querySelector('.nm-annotation-note')!.textContent).toContain('[click](javascript:alert(3))');
    expect(container.textContent).toContain('<b>tag</b>');
    expect(container.textContent).toContain('— <i>Name</i>, <u>Title</u>');
  });

  test('a page out of reach: all listed, Jump disabled, no orphans section', () => {
    const { container } = list([later, gone, earlier], null);
    const jumps = screen.getAllByRole('button', { name: 'Jump' }) as HTMLButtonElement[];
    expect(jumps).toHaveLength(3);
    expect(jumps.every((b) => b.disabled)).toBe(true);
    expect(container.querySelector('.nm-orphans')).toBeNull();
    expect([...container.querySelectorAll('.nm-annotation-quote')].map((q) => q.textContent)).toEqual([
      '“earlier on the page”',
      '“words that were removed”',
      '“later on the page”',
    ]);
  });

  test('empty: how to make one, with the shortcut the reader has bound', () => {
    list([], { anchored: [], orphans: [] }, { shortcut: 'Ctrl+Shift+Y' });
    expect(screen.getByText('Select text on the page to highlight it, or use Ctrl+Shift+Y.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Your highlights 0');
  });

  test.each([
    ['unbound', null, /^Select text on the page to highlight it\. A keyboard shortcut for it can be set/],
    ['bound to nothing', '', /^Select text on the page to highlight it\. A keyboard shortcut for it can be set/],
    ['not known yet', undefined, /^Select text on the page to highlight it\.$/],
  ])('empty, shortcut %s: no key named', (_name, shortcut, text) => {
    const { container } = list([], { anchored: [], orphans: [] }, { shortcut });
    const hint = container.querySelector('.nm-annotations-empty')!.textContent!;
    expect(hint).toMatch(text);
    expect(hint).not.toMatch(/Alt\+Shift/);
  });
});
