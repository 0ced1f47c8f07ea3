// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { countsLine, LibraryList } from '../../components/LibraryList';
import { App } from '../../entrypoints/library/App';
import type { LibraryApi } from '../../entrypoints/library/api';
import type { LibraryEntry } from '../../lib/library/entry';
import { LibraryIndex, searchDocOf } from '../../lib/library/search';

afterEach(cleanup);
beforeAll(() => {
  // happy-dom lays nothing out: the list sees a window 800 px high.
  globalThis.ResizeObserver ??= class {
    observe() {}
    disconnect() {}
  } as never;
});

function entry(n: number, over: Partial<LibraryEntry> = {}): LibraryEntry {
  return {
    key: `https://site${n % 2}.example/${n}`,
    url: `https://site${n % 2}.example/${n}`,
    site: `site${n % 2}.example`,
    title: `Story number ${n}`,
    byline: null,
    published: null,
    readAt: Date.now() - n * 3_600_000,
    saved: true,
    counts: { notes: 0, highlights: 0, quotes: 0, repeats: 0, people: 0, officials: 0 },
    tags: [],
    people: [],
    quotes: [],
    sig: '0:0:0',
    ...over,
  };
}

function fakeApi(
  entries: LibraryEntry[],
  text: (key: string) => string = () => '',
): LibraryApi & { forget: ReturnType<typeof vi.fn>; importFile: ReturnType<typeof vi.fn> } {
  const index = new LibraryIndex();
  for (const e of entries) index.put({ ...searchDocOf(e, null, []), text: text(e.key) });
  return {
    newest: vi.fn(async (count: number) => entries.slice(0, count)),
    catalog: vi.fn(async () => ({ entries, index, changed: 0, watermark: 0 })),
    searchable: vi.fn(async (key: string) => ({ text: text(key), notes: [] })),
    alsoIn: vi.fn(async (key: string) =>
      key.endsWith('/2')
        ? [
            {
              paragraph: 1,
              theirs: 0,
              kind: 'exact' as const,
              similarity: 1,
              page: { key: 'https://wire.example/a', url: 'https://wire.example/a', title: 'Wire original', site: 'wire.example', readAt: 0, published: null },
            },
          ]
        : [],
    ),
    forget: vi.fn(async () => ({ pages: 1, highlights: 2 })),
    exportFile: vi.fn(async () => ({ name: 'x.json', type: 'application/json', text: '{}' })),
    importFile: vi.fn(async () => {
      throw new Error('This file is not JSON.');
    }),
    download: vi.fn(),
  };
}

describe('the library page', () => {
  test('lists pages newest first, only the rows on screen; counts say what is there', async () => {
    const many = Array.from({ length: 5_000 }, (_, i) => entry(i));
    render(<App api={fakeApi(many)} />);
    await screen.findByText('Story number 0');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('5,000 pages'));
    // Newest first.
    expect([...document.querySelectorAll('.page-title')].slice(0, 3).map((a) => a.textContent)).toEqual(['Story number 0', 'Story number 1', 'Story number 2']);
    // A window of rows, not 5,000.
    expect(document.querySelectorAll('.page-row').length).toBeLessThan(40);
    expect(countsLine(entry(1, { counts: { notes: 2, highlights: 3, quotes: 1, repeats: 0, people: 4, officials: 1 } }))).toBe(
      '2 notes · 1 highlight · 1 official · 1 quote',
    );
    expect(countsLine(entry(1, { saved: false }))).toBe('Highlights only');
  });

  test('search narrows the list and shows the matched words; filters by site', async () => {
    const list = [entry(1), entry(2), entry(3)];
    render(<App api={fakeApi(list, (k) => (k.endsWith('/2') ? 'The ferry crews asked for a rest before winter.' : 'Nothing here.'))} />);
    await screen.findByText('Story number 3');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('3 pages'));
    fireEvent.input(screen.getByLabelText('Search'), { target: { value: 'ferry' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('1 page of 3'));
    expect(screen.getByText('Story number 2')).toBeTruthy();
    await waitFor(() => expect([...document.querySelectorAll('.page-snippet mark')].map((m) => m.textContent)).toEqual(['ferry']));
    // Refining the search and going back keeps the matched words shown.
    fireEvent.input(screen.getByLabelText('Search'), { target: { value: 'ferry crews' } });
    await waitFor(() => expect([...document.querySelectorAll('.page-snippet mark')].map((m) => m.textContent)).toEqual(['ferry', 'crews']));
    fireEvent.input(screen.getByLabelText('Search'), { target: { value: 'ferry' } });
    await waitFor(() => expect([...document.querySelectorAll('.page-snippet mark')].map((m) => m.textContent)).toEqual(['ferry']));
    // The page with a paragraph in another saved page says so.
    await waitFor(() => expect(document.querySelector('.page-also')?.textContent).toMatch(/a paragraph also in Wire original, wire\.example/));
    fireEvent.input(screen.getByLabelText('Search'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Site'), { target: { value: 'site1.example' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('2 pages of 3'));
  });

  test('delete asks first; a refused import says why', async () => {
    const api = fakeApi([entry(1)]);
    render(<App api={api} />);
    await screen.findByText('Story number 1');
    fireEvent.click(screen.getByRole('button', { name: 'Delete Story number 1' }));
    expect(api.forget).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(api.forget).toHaveBeenCalledWith({ what: 'page', key: 'https://site1.example/1' }));
    await screen.findByText(/2 highlights deleted/);

    fireEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    expect(screen.getByRole('alertdialog').textContent).toMatch(/cannot be undone/);
    fireEvent.click(screen.getByRole('button', { name: 'Keep' }));
    expect(api.forget).toHaveBeenCalledTimes(1);

    const input = screen.getByLabelText('Import') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [{ name: 'notes.txt', size: 5, text: async () => 'hello' }] });
    fireEvent.change(input);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('notes.txt was not imported. This file is not JSON.'));
  });

  test('People: officials first, a click opens their articles', async () => {
    const person = { name: 'Lena Okafor', title: 'Mayor', affiliation: 'Brightwater', official: true, first: 'Lena Okafor' };
    render(
      <App
        api={fakeApi([
          entry(1, { people: [person, { ...person, name: 'Tom Brandt', official: false, title: null, affiliation: null, first: 'Tom Brandt' }] }),
          entry(2, { people: [person] }),
        ])}
      />,
    );
    await screen.findByText('Story number 1');
    fireEvent.click(screen.getByRole('tab', { name: 'People' }));
    const names = [...document.querySelectorAll('.person-name')].map((b) => b.textContent);
    expect(names).toEqual(['Lena Okafor', 'Tom Brandt']);
    fireEvent.click(screen.getByRole('button', { name: 'Lena Okafor' }));
    const links = [...document.querySelectorAll('.person-articles a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['https://site1.example/1#:~:text=Lena%20Okafor', 'https://site0.example/2#:~:text=Lena%20Okafor']);
  });

  test('a row with a hostile title shows it as text', () => {
    const { container } = render(<LibraryList entries={[entry(1, { title: '<img src=x onerror=alert(1)>' })]} onDelete={() => {}} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
