// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { PageSummary } from '../../components/PageSummary';
import { RepeatList } from '../../components/RepeatList';
import { StatusPanel } from '../../components/StatusPanel';
import { App } from '../../entrypoints/popup/App';
import type { PopupApi } from '../../entrypoints/popup/api';
import { analyze } from '../../lib/detect/index';
import type { PageRecord, TabView } from '../../lib/types';

afterEach(cleanup);

const TEXT = [
  'Opening paragraph of the story, long enough to be a paragraph of its own.',
  'Advertisement',
  'A second paragraph that the page repeats further down, word for word.',
  'Advertisement',
  'A second paragraph that the page repeats further down, word for word.',
].join('\n\n');

function record(overrides: Partial<PageRecord> = {}): PageRecord {
  const analysis = analyze({ text: TEXT });
  return {
    key: 'https://news.example/story',
    url: 'https://news.example/story',
    site: 'news.example',
    meta: { title: 'The story', byline: 'Ana Ruiz', siteName: 'News Example', publishedTime: '2026-10-14T08:30:00Z', lang: 'en', dir: null, excerpt: null },
    analysis,
    kinds: analysis.paragraphs.map(() => 'paragraph'),
    unmapped: 0,
    engine: 1,
    createdAt: 1,
    updatedAt: 1,
    visits: 1,
    ...overrides,
  };
}

function api(view: TabView | Error, overrides: Partial<PopupApi> = {}): PopupApi {
  return {
    getTabView: vi.fn(async () => {
      if (view instanceof Error) throw view;
      return view;
    }),
    scrollTo: vi.fn(async () => true),
    reanalyse: vi.fn(async () => undefined),
    getShowRepeats: vi.fn(async () => true),
    setShowRepeats: vi.fn(async () => undefined),
    onTabChange: vi.fn(() => () => undefined),
    ...overrides,
  };
}

describe('PageSummary', () => {
  test('title, site, byline, date and counts', () => {
    render(<PageSummary record={record()} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('The story');
    expect(screen.getByText(/News Example · Ana Ruiz · /)).toBeTruthy();
    expect(screen.getByText(/5 paragraphs · 1 repeat · 1 repeated line of page furniture/)).toBeTruthy();
  });

  test('hostile text in metadata is shown as text, never as HTML', () => {
    const { container } = render(
      <PageSummary record={record({ meta: { ...record().meta, title: '<img src=x onerror="alert(1)">Title', byline: '<b>bold</b>' } })} />,
    );
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror="alert(1)">Title');
  });

  test('unplaced paragraphs are mentioned', () => {
    render(<PageSummary record={record({ unmapped: 2 })} />);
    expect(screen.getByText(/2 paragraphs could not be found on the page/)).toBeTruthy();
  });
});

describe('RepeatList', () => {
  test('content repeats with their text, first occurrence and kind; furniture folded away', () => {
    const onJump = vi.fn();
    const { container } = render(<RepeatList analysis={record().analysis} onJump={onJump} />);
    const items = container.querySelectorAll('.repeats > .repeat-list > .repeat');
    expect(items).toHaveLength(1);
    expect(items[0]!.textContent).toContain('¶5 repeats ¶3');
    expect(items[0]!.textContent).toContain('exact copy');
    expect(items[0]!.textContent).toContain('A second paragraph that the page repeats');
    expect(container.querySelector('details.furniture summary')!.textContent).toBe('Page furniture repeated (1)');
    fireEvent.click(screen.getAllByTitle('Show the first occurrence on the page')[0]!);
    expect(onJump).toHaveBeenCalledWith(2);
    fireEvent.click(screen.getAllByTitle('Show this paragraph on the page')[0]!);
    expect(onJump).toHaveBeenCalledWith(4);
  });

  test('near copies show their similarity', () => {
    const analysis = analyze({ text: `${TEXT}\n\nOpening paragraph of the story, long enough to be a paragraph on its own.` });
    const { container } = render(<RepeatList analysis={analysis} onJump={() => undefined} />);
    expect(container.textContent).toMatch(/near copy · \d{2}%/);
  });

  test('no repeats', () => {
    render(<RepeatList analysis={analyze({ text: 'One.\n\nTwo.' })} onJump={() => undefined} />);
    expect(screen.getByText('No repeated paragraphs.')).toBeTruthy();
  });
});

describe('StatusPanel', () => {
  test.each([
    ['not-article', 'Not an article'],
    ['not-analysed', 'Not analysed yet'],
    ['error', 'Something went wrong'],
    ['loading', 'Reading…'],
  ] as const)('%s', (status, title) => {
    render(<StatusPanel status={status} message="Details" />);
    expect(screen.getByRole('heading').textContent).toBe(title);
  });
});

describe('popup App', () => {
  test('an analysed tab shows its article and repeats; a click asks the tab to scroll', async () => {
    const a = api({ state: { status: 'analysed', url: 'u', key: 'k', at: 1 }, record: record() });
    const { container } = render(<App tabId={3} api={a} />);
    await waitFor(() => expect(container.querySelector('h1')?.textContent).toBe('The story'));
    fireEvent.click(screen.getAllByTitle('Show the first occurrence on the page')[0]!);
    await waitFor(() => expect(a.scrollTo).toHaveBeenCalledWith(3, 2));
  });

  test('a paragraph that cannot be found says so', async () => {
    const a = api({ state: { status: 'analysed', url: 'u', key: 'k', at: 1 }, record: record() }, { scrollTo: vi.fn(async () => false) });
    render(<App tabId={3} api={a} />);
    await waitFor(() => screen.getAllByTitle('Show the first occurrence on the page'));
    fireEvent.click(screen.getAllByTitle('Show the first occurrence on the page')[0]!);
    await waitFor(() => screen.getByText(/Paragraph 3 could not be found on the page/));
  });

  test('the repeats switch is saved', async () => {
    const a = api({ state: { status: 'analysed', url: 'u', key: 'k', at: 1 }, record: record() });
    render(<App tabId={3} api={a} />);
    const sw = await screen.findByRole('switch');
    fireEvent.click(sw);
    expect(a.setShowRepeats).toHaveBeenCalledWith(false);
  });

  test('not an article', async () => {
    render(<App tabId={3} api={api({ state: { status: 'not-article', url: 'u', reason: 'not-readerable', message: 'This page does not look like an article.', at: 1 }, record: null })} />);
    await screen.findByText('Not an article');
    expect(screen.getByText('This page does not look like an article.')).toBeTruthy();
  });

  test('not analysed yet offers to analyse; a tab Newsmark cannot reach says why', async () => {
    const a = api({ state: null, record: null }, { reanalyse: vi.fn(async () => Promise.reject(new Error('Could not establish connection'))) });
    render(<App tabId={3} api={a} />);
    fireEvent.click(await screen.findByText('Analyse this page'));
    await screen.findByText(/Newsmark cannot read this tab/);
  });

  test('a page too large to analyse says so', async () => {
    render(<App tabId={3} api={api({ state: { status: 'not-article', url: 'u', reason: 'too-large', message: 'This page is too large to analyse (200,000 elements; the limit is 150,000).', at: 1 }, record: null })} />);
    await screen.findByText('Too large to analyse');
    expect(screen.getByText(/200,000 elements/)).toBeTruthy();
  });

  test('an error from the background is shown', async () => {
    render(<App tabId={3} api={api(new Error('Database unavailable'))} />);
    await screen.findByText('Database unavailable');
  });

  test('a full disk while saving is shown with its message', async () => {
    render(<App tabId={3} api={api({ state: { status: 'error', url: 'u', message: 'Your disk is full: Newsmark could not save this page.', at: 1 }, record: null })} />);
    await screen.findByText(/Your disk is full/);
    expect(screen.getByRole('alert')).toBeTruthy();
  });
});
