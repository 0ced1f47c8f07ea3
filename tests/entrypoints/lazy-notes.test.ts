/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { PageContext } from '../../entrypoints/reader/context';
import type { Notes } from '../../entrypoints/reader/annotations';
import { lazyNotes } from '../../entrypoints/reader/lazy-notes';
import { toBackground } from '../../lib/messages';
import { shared } from '../../lib/page-shared';

// The reader's highlights come only when a page needs them: a page with highlights, a selection, a command.

const g = globalThis as unknown as { chrome?: { runtime?: { id?: string } } };
let highlights: unknown[] = [];
let notesArrive = true;
// Times the next requests for the notes fail before they succeed.
let failures = 0;
const fake = (): Notes => ({
  load: vi.fn(async () => {}),
  status: vi.fn(async () => ({ pageKey: 'k', anchored: ['a1'], orphans: [] })),
  show: vi.fn(() => true),
  highlightSelection: vi.fn(async () => true),
  changed: vi.fn(async () => {}),
  selectionEnded: vi.fn(),
  clickedAt: vi.fn(),
});
let started: Notes[] = [];
let send: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  g.chrome = { runtime: { id: 'newsmark-test' } };
  shared().reader = undefined;
  shared().startNotes = undefined;
  highlights = [];
  notesArrive = true;
  failures = 0;
  started = [];
  send = vi.spyOn(toBackground, 'sendMessage').mockImplementation((async (type: string) => {
    if (type === 'listAnnotations') return highlights;
    if (type === 'wantNotes') {
      if (!notesArrive || failures-- > 0) throw new Error('Cannot access contents of the page.');
      shared().startNotes = () => {
        const notes = fake();
        started.push(notes);
        return notes;
      };
      return undefined;
    }
    throw new Error(`unexpected ${type}`);
  }) as never);
});
afterEach(() => {
  vi.restoreAllMocks();
  delete g.chrome;
});

const asked = (type: string) => send.mock.calls.filter((call: unknown[]) => call[0] === type).length;

describe('the reader’s highlights, brought in when needed', () => {
  test('a page without highlights asks once and loads nothing; its status is empty, and nothing can be shown', async () => {
    const ctx = PageContext.start();
    const notes = lazyNotes(ctx, () => null);
    await notes.load('https://news.example/a', 'A');
    expect(asked('listAnnotations')).toBe(1);
    expect(asked('wantNotes')).toBe(0);
    expect(await notes.status()).toEqual({ pageKey: 'https://news.example/a', anchored: [], orphans: [] });
    expect(await notes.show('x')).toBe(false);
    // A page's own events do not bring them either.
    const text = document.body.appendChild(document.createElement('p'));
    text.textContent = 'Selected by a script of the page.';
    document.getSelection()!.selectAllChildren(text);
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    document.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', shiftKey: true, bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(asked('wantNotes')).toBe(0);
    ctx.invalidate();
  });

  test('a page with highlights brings them in once, loads them for the page, and hands every command on', async () => {
    highlights = [{ id: 'a1' }];
    const ctx = PageContext.start();
    const notes = lazyNotes(ctx, () => null);
    await notes.load('https://news.example/b', 'B');
    expect(asked('wantNotes')).toBe(1);
    expect(started).toHaveLength(1);
    expect(started[0]!.load).toHaveBeenCalledWith('https://news.example/b', 'B');
    expect(await notes.status()).toEqual({ pageKey: 'k', anchored: ['a1'], orphans: [] });
    expect(await notes.show('a1')).toBe(true);
    await notes.highlightSelection('green');
    expect(started[0]!.highlightSelection).toHaveBeenCalledWith('green');
    // Another page: handed on, not brought in again.
    await notes.load('https://news.example/c', null);
    expect(started[0]!.load).toHaveBeenLastCalledWith('https://news.example/c', null);
    expect(asked('wantNotes')).toBe(1);
    ctx.invalidate();
  });

  test('a selection ended before, or a command, brings them in; when they cannot come, a later need tries again', async () => {
    const ctx = PageContext.start();
    const notes = lazyNotes(ctx, () => null);
    await notes.load('https://news.example/d', 'D');
    notesArrive = false;
    await expect(notes.highlightSelection()).rejects.toThrow(/Cannot access/);
    notesArrive = true;
    notes.selectionEnded();
    await vi.waitFor(() => expect(started[0]?.selectionEnded).toHaveBeenCalledTimes(1));
    expect(started[0]!.load).toHaveBeenCalledWith('https://news.example/d', 'D');
    expect(asked('wantNotes')).toBe(2);
    // A highlight saved elsewhere for this page: handed on to the notes now here.
    await notes.changed('https://news.example/d');
    expect(started[0]!.changed).toHaveBeenCalledWith('https://news.example/d');
    ctx.invalidate();
  });

  test('the popup’s questions wait for the look at the page, and a failed load is tried again when asked', async () => {
    highlights = [{ id: 'a1' }];
    let answer: () => void = () => {};
    const pending = new Promise<void>((resolve) => (answer = resolve));
    const real = send.getMockImplementation()!;
    send.mockImplementation((async (type: string, ...rest: unknown[]) => {
      if (type === 'listAnnotations') await pending;
      return (real as (...a: unknown[]) => unknown)(type, ...rest);
    }) as never);
    const ctx = PageContext.start();
    const notes = lazyNotes(ctx, () => null);
    failures = 1;
    void notes.load('https://news.example/f', 'F');
    const status = notes.status();
    answer();
    // The notes could not come at first: the question brings them.
    expect(await status).toEqual({ pageKey: 'k', anchored: ['a1'], orphans: [] });
    expect(await notes.show('a1')).toBe(true);
    expect(asked('wantNotes')).toBe(2);
    ctx.invalidate();
  });

  test('the reader’s own selection brings them in; a gesture made while they come makes it stale', async () => {
    const trusted = <E extends Event>(e: E) => Object.defineProperty(e, 'isTrusted', { value: true });
    const ctx = PageContext.start();
    const notes = lazyNotes(ctx, () => null);
    await notes.load('https://news.example/g', 'G');
    const text = document.body.appendChild(document.createElement('p'));
    text.textContent = 'Selected by the reader.';
    document.getSelection()!.selectAllChildren(text);
    document.dispatchEvent(trusted(new MouseEvent('mouseup', { bubbles: true })));
    await vi.waitFor(() => expect(started[0]?.selectionEnded).toHaveBeenCalledTimes(1));
    ctx.invalidate();

    // Again, but the reader presses Escape while the notes come.
    shared().startNotes = undefined;
    started = [];
    const ctx2 = PageContext.start();
    const notes2 = lazyNotes(ctx2, () => null);
    await notes2.load('https://news.example/g', 'G');
    document.dispatchEvent(trusted(new KeyboardEvent('keyup', { key: 'Shift', shiftKey: true, bubbles: true })));
    document.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    await vi.waitFor(() => expect(started).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(started[0]!.selectionEnded).not.toHaveBeenCalled();
    ctx2.invalidate();
  });

  test('highlights saved elsewhere for a page without any bring them in', async () => {
    const ctx = PageContext.start();
    const notes = lazyNotes(ctx, () => null);
    await notes.load('https://news.example/e', 'E');
    expect(asked('wantNotes')).toBe(0);
    highlights = [{ id: 'new' }];
    await notes.changed('https://news.example/other');
    expect(asked('wantNotes')).toBe(0);
    await notes.changed('https://news.example/e');
    expect(asked('wantNotes')).toBe(1);
    expect(started[0]!.load).toHaveBeenCalledWith('https://news.example/e', 'E');
    ctx.invalidate();
  });
});
