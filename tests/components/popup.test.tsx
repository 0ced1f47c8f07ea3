// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { EntityList } from '../../components/EntityList';
import { PERSON_SURE } from '../../lib/data/name-evidence';
import { QuoteList } from '../../components/QuoteList';
import { DISPLAY_DEFAULTS, MARK_KINDS } from '../../lib/mark-kinds';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { MentionCard } from '../../components/MentionCard';
import { headerFacts, PageSummary } from '../../components/PageSummary';
import { RepeatList } from '../../components/RepeatList';
import { StatusPanel } from '../../components/StatusPanel';
import { App } from '../../entrypoints/popup/App';
import type { PopupApi } from '../../entrypoints/popup/api';
import { analyze } from '../../lib/detect/index';
import type { Annotation, AnnotationStatus, PageRecord, TabView } from '../../lib/types';
import { pageRecord } from '../helpers/records';

afterEach(cleanup);

const TEXT = [
  'Opening paragraph of the story, long enough to be a paragraph of its own.',
  'Advertisement',
  'A second paragraph that the page repeats further down, word for word.',
  'Advertisement',
  'A second paragraph that the page repeats further down, word for word.',
].join('\n\n');

const record = (overrides: Partial<PageRecord> = {}): PageRecord => pageRecord(TEXT, overrides);

function api(view: TabView | Error, overrides: Partial<PopupApi> = {}): PopupApi {
  return {
    getTabView: vi.fn(async () => {
      if (view instanceof Error) throw view;
      return view;
    }),
    scrollTo: vi.fn(async () => true),
    showMention: vi.fn(async () => true),
    copy: vi.fn(async () => undefined),
    reanalyse: vi.fn(async () => undefined),
    getDisplay: vi.fn(async () => DISPLAY_DEFAULTS),
    setMarked: vi.fn(async () => undefined),
    setSiteOff: vi.fn(async () => undefined),
    setKeepPrivate: vi.fn(async () => undefined),
    forget: vi.fn(async () => ({ pages: 1, highlights: 2 })),
    onTabChange: vi.fn(() => () => undefined),
    annotationStatus: vi.fn(async () => null),
    listAnnotations: vi.fn(async () => []),
    updateAnnotation: vi.fn(async () => Promise.reject(new Error('no highlights in this fake'))),
    deleteAnnotation: vi.fn(async () => undefined),
    showAnnotation: vi.fn(async () => true),
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

  test('the header says the site once, a byline only when it is one, and the date', () => {
    expect(headerFacts('BBC News', 'BBC News', '14 Oct 2026')).toEqual(['BBC News', '14 Oct 2026']);
    expect(headerFacts('BBC News', '2026-10-14T08:30:00Z', '14 Oct 2026')).toEqual(['BBC News', '14 Oct 2026']);
    expect(headerFacts('BBC News', 'October 14, 2026', null)).toEqual(['BBC News']);
    expect(headerFacts('news.example', 'Ana Ruiz', null)).toEqual(['news.example', 'Ana Ruiz']);
    expect(headerFacts('news.example', 'By Ana Ruiz and Piet Okafor in Rotterdam', null)).toEqual(['news.example', 'By Ana Ruiz and Piet Okafor in Rotterdam']);
    // A name with a number, or with a date beside it, is still a byline.
    expect(headerFacts('news.example', 'Ana Ruiz 2', null)).toEqual(['news.example', 'Ana Ruiz 2']);
    expect(headerFacts('news.example', 'Ana Ruiz | 14 Oct', null)).toEqual(['news.example', 'Ana Ruiz | 14 Oct']);
    expect(headerFacts('news.example', 'Updated 14:05 BST, Tue 14 Oct 2026', null)).toEqual(['news.example']);
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

describe('quotes in the popup', () => {
  const text = [
    'Mayor Ana Ruiz spoke at the harbour on Monday.',
    '“The harbour will not close this winter,” Ruiz said. “The ferries keep running.”',
    '“We disagree with the mayor,” said a spokesman for the ferry company.',
    'The so-called “harbour tax” was dropped.',
  ].join('\n\n');

  test('grouped by speaker, the official titled; scare quotes folded; show and copy', async () => {
    const analysis = analyze({ text });
    const a = api({
      state: { status: 'analysed', url: 'u', key: 'k', at: 1 },
      record: record({
        analysis,
        kinds: analysis.paragraphs.map(() => 'paragraph'),
        meta: { ...record().meta, siteName: 'Harbour Gazette', publishedTime: '2026-10-14T08:30:00Z', title: 'Harbour stays open' },
        url: 'https://news.example/harbour',
      }),
    });
    const { container } = render(<App tabId={3} api={a} />);
    await waitFor(() => expect(container.querySelector('.speaker-group')).toBeTruthy());
    const groups = [...container.querySelectorAll('.speaker-group')].map((g) => g.querySelector('h3')!.textContent);
    expect(groups).toEqual(['Ana Ruiz Mayor', 'a spokesman for the ferry company']);
    expect(container.querySelectorAll('.speaker-group')[0]!.querySelectorAll('.quote')).toHaveLength(2);
    expect(container.querySelector('details.furniture summary')!.textContent).toContain('(1)');
    fireEvent.click(screen.getByText('“The harbour will not close this winter,”'));
    await waitFor(() => expect(a.showMention).toHaveBeenLastCalledWith(3, 'quote', 'quote-1', 0));
    fireEvent.click(screen.getAllByText('Copy as citation')[0]!);
    await waitFor(() => expect(a.copy).toHaveBeenCalled());
    expect(vi.mocked(a.copy).mock.calls[0]![0]).toBe(
      '“The harbour will not close this winter”\n— Ana Ruiz, Mayor\nQuoted in Harbour Gazette, “Harbour stays open”, 2026-10-14.\nhttps://news.example/harbour',
    );
    await screen.findByText('Copied');
  });
});

describe('a guessed speaker', () => {
  const speaker = { id: 'p', name: 'Ana Ruiz', title: 'Mayor', affiliation: null, official: true, mentions: [] };
  const guessed = {
    id: 'q',
    start: 0,
    end: 5,
    text: 'We will not wait for the summer.',
    speaker: { personId: 'p', name: 'Ana Ruiz', rule: 'continues-next' as const, form: 'name' as const, confidence: 0.3 },
    scare: false,
  };
  test('the card says the speaker is unclear, and names the guess only as one', () => {
    const { container } = render(<MentionCard entity={{ kind: 'quote', quote: guessed, speaker }} index={0} top={0} left={0} />);
    expect(container.textContent).toContain('Speaker unclear (perhaps Ana Ruiz)');
    expect(container.textContent).not.toContain('— Ana Ruiz');
    expect(container.querySelector('.nm-badge')).toBeNull();
  });
  test('the popup lists its quote under "Speaker unclear", after the named speakers', () => {
    const sure = {
      ...guessed,
      id: 'q2',
      text: 'The pier is safe.',
      speaker: { personId: 'p', name: 'Ana Ruiz', rule: 'cue-after' as const, form: 'name' as const, confidence: 0.95 },
    };
    const { container } = render(<QuoteList quotes={[guessed, sure]} people={[speaker]} onShow={() => {}} onCopy={async () => {}} />);
    const groups = [...container.querySelectorAll('.speaker-group')].map((g) => g.querySelector('.speaker-name')!.textContent);
    expect(groups).toEqual(['Ana Ruiz', 'Speaker unclear']);
    expect(container.querySelectorAll('.speaker-group')[1]!.textContent).toContain('Perhaps Ana Ruiz');
  });
});

describe('MentionCard', () => {
  test('a quote card names the speaker and their title', () => {
    const speaker = { id: 'p', name: 'Ana Ruiz', title: 'Mayor', affiliation: null, official: true, mentions: [] };
    const quote = { id: 'q', start: 0, end: 5, text: 'We stay open.', speaker: { personId: 'p', name: 'Ana Ruiz' }, scare: false };
    const { container } = render(<MentionCard entity={{ kind: 'quote', quote, speaker }} index={0} top={0} left={0} />);
    expect(container.textContent).toContain('“We stay open.”');
    expect(container.textContent).toContain('— Ana Ruiz');
    expect(container.textContent).toContain('Mayor');
  });

  test('name, title, affiliation, official badge and count; hostile names stay text', () => {
    const person = {
      id: 'p',
      name: '<img src=x onerror=alert(1)>Ana',
      title: 'Mayor',
      affiliation: 'Harbourtown',
      official: true,
      mentions: [
        { start: 0, end: 1 },
        { start: 2, end: 3 },
      ],
    };
    const { container } = render(<MentionCard entity={{ kind: 'person', person, quotes: 2 }} index={1} top={10} left={20} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>Ana');
    expect(container.textContent).toContain('Mayor · Harbourtown');
    expect(container.textContent).toContain('official');
    expect(container.textContent).toContain('2 mentions in this article · this is the 2nd');
    expect(container.textContent).not.toContain('Perhaps a person');
  });

  test('a name the engine is not sure is a person’s says so', () => {
    const person = {
      id: 'p',
      name: 'Harbourview',
      title: null,
      affiliation: null,
      official: false,
      confidence: PERSON_SURE / 2,
      mentions: [{ start: 0, end: 1 }],
    };
    const { container } = render(<MentionCard entity={{ kind: 'person', person, quotes: 0 }} index={0} top={10} left={20} />);
    expect(container.textContent).toContain('Perhaps a person');
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
  test('a tab that never says what it is (the browser’s own page) is given up on after a while', async () => {
    vi.useFakeTimers();
    try {
      const a = api({ state: null, record: null });
      const { unmount } = render(<App tabId={3} api={a} />);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(a.getTabView).toHaveBeenCalledTimes(31);
      unmount();
    } finally {
      vi.useRealTimers();
    }
  });

  test('a tab it knows nothing of yet is asked about again until the page has said what it is', async () => {
    let calls = 0;
    const notArticle: TabView = {
      state: { status: 'not-article', url: 'u', reason: 'not-readerable', message: 'This page does not look like an article.', at: 1 },
      record: null,
    };
    const a = api({ state: null, record: null }, { getTabView: vi.fn(async () => (++calls < 3 ? { state: null, record: null } : notArticle)) });
    const { unmount } = render(<App tabId={3} api={a} />);
    await screen.findByText('Not an article', undefined, { timeout: 4_000 });
    expect(a.getTabView).toHaveBeenCalledTimes(3);
    // Known: not asked again.
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(a.getTabView).toHaveBeenCalledTimes(3);
    unmount();
  });

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

  test('one switch per kind of mark, as the table has them; each is saved', async () => {
    const a = api({ state: { status: 'analysed', url: 'u', key: 'k', at: 1 }, record: record() });
    render(<App tabId={3} api={a} />);
    await screen.findByRole('switch', { name: 'Officials' });
    for (const k of MARK_KINDS) {
      const sw = screen.getByRole('switch', { name: k.label }) as HTMLInputElement;
      expect(sw.checked).toBe(k.shown);
      fireEvent.click(sw);
      expect(a.setMarked).toHaveBeenLastCalledWith(k.kind, !k.shown);
    }
    expect(a.setMarked).toHaveBeenCalledTimes(MARK_KINDS.length);
  });

  test('off on this site: saved for the record’s site, and the page is read again; the off page offers to turn it on', async () => {
    const a = api({ state: { status: 'analysed', url: 'u', key: 'k', at: 1 }, record: record() });
    const { unmount } = render(<App tabId={3} api={a} />);
    const site = record().site;
    fireEvent.click(await screen.findByRole('switch', { name: `Newsmark on ${site}` }));
    await waitFor(() => expect(a.setSiteOff).toHaveBeenCalledWith(site, true));
    await waitFor(() => expect(a.reanalyse).toHaveBeenCalledWith(3, false));
    unmount();
    const off = api({
      state: {
        status: 'not-article',
        url: 'https://news.example/a',
        reason: 'site-off',
        message: 'Newsmark is off on news.example: its pages are not read or marked.',
        at: 1,
      },
      record: null,
    });
    render(<App tabId={3} api={off} />);
    expect(await screen.findByText('Off on this site')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Turn Newsmark on for news.example' }));
    await waitFor(() => expect(off.setSiteOff).toHaveBeenCalledWith('news.example', false));
    await waitFor(() => expect(off.reanalyse).toHaveBeenCalled());
  });

  test('officials, other people and organisations; clicks ask the tab to show mentions', async () => {
    const text = 'U.S. Ambassador Ronald Johnson met Ana Ruiz. Johnson and Ruiz toured the Coastal Agency. Johnson left.';
    const analysis = analyze({ text });
    const a = api({
      state: { status: 'analysed', url: 'u', key: 'k', at: 1 },
      record: record({ analysis, kinds: analysis.paragraphs.map(() => 'paragraph') }),
    });
    const { container } = render(<App tabId={3} api={a} />);
    await waitFor(() => expect(container.querySelector('.officials')).toBeTruthy());
    const heads = [...container.querySelectorAll('.entities h2')].map((h) => h.textContent);
    expect(heads).toEqual(['Officials 1', 'Other people 1', 'Organisations 1']);
    const official = container.querySelector('.officials .entity')!;
    expect(official.textContent).toContain('Ronald Johnson');
    expect(official.textContent).toContain('Ambassador · U.S.');
    expect(official.textContent).toContain('1 / 3');
    fireEvent.click(screen.getByText('Ronald Johnson'));
    await waitFor(() => expect(a.showMention).toHaveBeenLastCalledWith(3, 'person', 'person-1', 0));
    fireEvent.click(screen.getByLabelText('Next mention of Ronald Johnson'));
    await waitFor(() => expect(a.showMention).toHaveBeenLastCalledWith(3, 'person', 'person-1', 1));
    expect(official.textContent).toContain('2 / 3');
    fireEvent.click(screen.getByLabelText('Previous mention of Ronald Johnson'));
    fireEvent.click(screen.getByLabelText('Previous mention of Ronald Johnson'));
    await waitFor(() => expect(a.showMention).toHaveBeenLastCalledWith(3, 'person', 'person-1', 2));
    fireEvent.click(screen.getByText('Coastal Agency'));
    await waitFor(() => expect(a.showMention).toHaveBeenLastCalledWith(3, 'organization', 'org-1', 0));
  });

  test('not an article', async () => {
    render(
      <App
        tabId={3}
        api={api({
          state: { status: 'not-article', url: 'u', reason: 'not-readerable', message: 'This page does not look like an article.', at: 1 },
          record: null,
        })}
      />,
    );
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
    render(
      <App
        tabId={3}
        api={api({
          state: {
            status: 'not-article',
            url: 'u',
            reason: 'too-large',
            message: 'This page is too large to analyse (200,000 elements; the limit is 150,000).',
            at: 1,
          },
          record: null,
        })}
      />,
    );
    await screen.findByText('Too large to analyse');
    expect(screen.getByText(/200,000 elements/)).toBeTruthy();
  });

  test('an error from the background is shown', async () => {
    render(<App tabId={3} api={api(new Error('Database unavailable'))} />);
    await screen.findByText('Database unavailable');
  });

  test('a full disk while saving is shown with its message', async () => {
    render(
      <App
        tabId={3}
        api={api({ state: { status: 'error', url: 'u', message: 'Your disk is full: Newsmark could not save this page.', at: 1 }, record: null })}
      />,
    );
    await screen.findByText(/Your disk is full/);
    expect(screen.getByRole('alert')).toBeTruthy();
  });
});

function highlight(id: string, start: number, exact: string, overrides: Partial<Annotation> = {}): Annotation {
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

/** The fake's highlights: a little store the api methods read and change, like the background's. */
function withHighlights(stored: Annotation[], status: AnnotationStatus | null): Partial<PopupApi> {
  let rows = [...stored];
  return {
    annotationStatus: vi.fn(async () => status),
    listAnnotations: vi.fn(async (pageKey: string) => rows.filter((a) => a.pageKey === pageKey)),
    updateAnnotation: vi.fn(async (id: string, patch) => {
      const i = rows.findIndex((a) => a.id === id);
      if (i < 0) throw new Error('No such highlight');
      rows[i] = { ...rows[i]!, ...patch, updatedAt: 2 };
      return rows[i]!;
    }),
    deleteAnnotation: vi.fn(async (id: string) => {
      rows = rows.filter((a) => a.id !== id);
    }),
  };
}

describe('popup highlights', () => {
  const analysed: TabView = { state: { status: 'analysed', url: 'u', key: 'https://news.example/story', at: 1 }, record: record() };
  const first = highlight('h1', 400, 'the harbour will stay open', { note: 'Check **this**', tags: ['harbour'], createdAt: 1 });
  const second = highlight('h2', 10, 'opening words', { colour: 'blue', createdAt: 2 });
  const orphan = highlight('h3', 200, 'a sentence the page dropped', { note: 'kept anyway', createdAt: 3 });
  const status: AnnotationStatus = { pageKey: 'https://news.example/story', anchored: ['h1', 'h2'], orphans: ['h3'] };

  test('the tab’s highlights in page order, orphans apart; Jump asks the tab to show one', async () => {
    const a = api(analysed, withHighlights([first, orphan, second], status));
    const { container } = render(<App tabId={3} api={a} />);
    await waitFor(() => expect(container.querySelector('.nm-annotations .nm-annotation')).toBeTruthy());
    expect(a.annotationStatus).toHaveBeenCalledWith(3);
    expect(a.listAnnotations).toHaveBeenCalledWith('https://news.example/story');
    const painted = [...container.querySelectorAll('.nm-annotations > ul > li .nm-annotation-quote')].map((q) => q.textContent);
    expect(painted).toEqual(['“opening words”', '“the harbour will stay open”']);
    expect(container.querySelector('.nm-annotations strong')!.textContent).toBe('this');
    expect(container.querySelector('.nm-orphans')!.textContent).toContain('a sentence the page dropped');
    expect(container.querySelector('.nm-orphans')!.textContent).toContain('kept anyway');
    // The article is still there below.
    expect(container.querySelector('h1')!.textContent).toBe('The story');
    fireEvent.click(screen.getAllByRole('button', { name: 'Jump' })[1]!);
    await waitFor(() => expect(a.showAnnotation).toHaveBeenCalledWith(3, 'h1'));
    expect(screen.getAllByRole('button', { name: 'Jump' })).toHaveLength(2);
  });

  test('a jump that fails says so', async () => {
    const a = api(analysed, { ...withHighlights([first], { ...status, anchored: ['h1'], orphans: [] }), showAnnotation: vi.fn(async () => false) });
    render(<App tabId={3} api={a} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Jump' }));
    await screen.findByText(/That highlight could not be found on the page/);
  });

  test('an edit is saved through the background and the list shows it', async () => {
    const a = api(analysed, withHighlights([first, second], { ...status, orphans: [] }));
    const { container } = render(<App tabId={3} api={a} />);
    fireEvent.click((await screen.findAllByRole('button', { name: 'Edit' }))[1]!);
    fireEvent.input(screen.getByRole('textbox', { name: 'Note' }), { target: { value: 'A _new_ note' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Purple' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    // With the version the reader edited: a newer one saved elsewhere would refuse it.
    await waitFor(() => expect(a.updateAnnotation).toHaveBeenCalledWith('h1', { colour: 'purple', note: 'A _new_ note', tags: ['harbour'] }, first.updatedAt));
    await waitFor(() => expect(container.querySelector('.nm-annotations em')?.textContent).toBe('new'));
    expect(a.listAnnotations).toHaveBeenCalledTimes(2);
    expect(container.querySelectorAll('.nm-annotation')[1]!.getAttribute('data-colour')).toBe('purple');
    expect(screen.queryByRole('textbox', { name: 'Note' })).toBeNull();
  });

  test('a save that fails says why and keeps the editor open', async () => {
    const a = api(analysed, {
      ...withHighlights([first], { ...status, orphans: [] }),
      updateAnnotation: vi.fn(async () => Promise.reject(new Error('Your disk is full'))),
    });
    render(<App tabId={3} api={a} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText(/The highlight could not be saved: Your disk is full/);
    expect(screen.getByRole('textbox', { name: 'Note' })).toBeTruthy();
  });

  test('the reader can forget this page, its site, or everything, each asked once more', async () => {
    const a = api({
      state: { status: 'analysed', url: 'https://news.example/s', key: 'https://news.example/s', at: 1 },
      record: record({ site: 'news.example' }),
    });
    render(<App tabId={3} api={a} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Forget everything from news.example' }));
    fireEvent.click(screen.getByRole('button', { name: 'No' }));
    expect(a.forget).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Forget this page' }));
    screen.getByText('Forget this page and its highlights?');
    fireEvent.click(screen.getByRole('button', { name: 'Yes, forget' }));
    await waitFor(() => expect(a.forget).toHaveBeenCalledWith({ what: 'page', key: record().key }));
    await screen.findByText('Forgotten: 1 page and 2 highlights.');
    screen.getByRole('button', { name: 'Read this page again' });
  });

  test('a page that does not look like an article can be read anyway; a page too large cannot', async () => {
    const a = api({
      state: { status: 'not-article', url: 'https://news.example/short', reason: 'not-readerable', message: 'This page does not look like an article.', at: 1 },
      record: null,
    });
    render(<App tabId={3} api={a} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Read this page anyway' }));
    await waitFor(() => expect(a.reanalyse).toHaveBeenCalledWith(3, true));
    cleanup();
    render(<App tabId={3} api={api({ state: { status: 'not-article', url: 'u', reason: 'too-large', message: 'Too large.', at: 1 }, record: null })} />);
    await screen.findByText('Too large to analyse');
    expect(screen.queryByRole('button', { name: 'Read this page anyway' })).toBeNull();
  });

  test('a page of a private window: marked, not kept; the reader can choose to keep such pages, and it is read again', async () => {
    const a = api({ state: { status: 'private', url: 'https://news.example/s', at: 1 }, record: null });
    render(<App tabId={3} api={a} />);
    await screen.findByText(/private window: Newsmark marks it, and keeps nothing of it/);
    fireEvent.click(screen.getByRole('button', { name: 'Keep what I read in private windows' }));
    await waitFor(() => expect(a.setKeepPrivate).toHaveBeenCalledWith(true));
    await waitFor(() => expect(a.reanalyse).toHaveBeenCalled());
  });

  test('a note changed elsewhere since it was opened: the reader is told, the list shows the other version, the editor keeps the reader’s words', async () => {
    const conflict = Object.assign(new Error('This note was changed elsewhere since you opened it.'), { name: 'AnnotationConflictError' });
    const a = api(analysed, { ...withHighlights([first], { ...status, orphans: [] }), updateAnnotation: vi.fn(async () => Promise.reject(conflict)) });
    render(<App tabId={3} api={a} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Note' }), { target: { value: 'Mine' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText(/changed elsewhere since you opened it\. Save again to keep yours, or Cancel to keep the one saved/);
    expect((screen.getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement).value).toBe('Mine');
    expect(a.listAnnotations).toHaveBeenCalledTimes(2);
  });

  test('a delete, once confirmed, goes to the background and the list loses it', async () => {
    const a = api(analysed, withHighlights([first, second, orphan], status));
    const { container } = render(<App tabId={3} api={a} />);
    await waitFor(() => expect(container.querySelector('.nm-orphans')).toBeTruthy());
    const orphanItem = container.querySelector('.nm-orphans .nm-annotation') as HTMLElement;
    fireEvent.click(orphanItem.querySelector('button:last-child')!);
    fireEvent.click(screen.getByRole('button', { name: 'Yes' }));
    await waitFor(() => expect(a.deleteAnnotation).toHaveBeenCalledWith('h3'));
    await waitFor(() => expect(container.querySelector('.nm-orphans')).toBeNull());
    expect(container.querySelectorAll('.nm-annotation')).toHaveLength(2);
  });

  test('a page the popup cannot reach: its highlights from the record’s key, Jump disabled', async () => {
    const a = api(analysed, withHighlights([first, second], null));
    render(<App tabId={3} api={a} />);
    const jumps = (await screen.findAllByRole('button', { name: 'Jump' })) as HTMLButtonElement[];
    expect(jumps.map((b) => b.disabled)).toEqual([true, true]);
    expect(a.listAnnotations).toHaveBeenCalledWith('https://news.example/story');
  });

  test('no highlights yet: a hint naming the shortcut the browser has bound, or none', async () => {
    const none = { ...status, anchored: [], orphans: [] };
    const bound = render(<App tabId={3} api={api(analysed, { ...withHighlights([], none), highlightShortcut: vi.fn(async () => 'Ctrl+Shift+Y') })} />);
    await screen.findByText('Select text on the page to highlight it, or use Ctrl+Shift+Y.');
    bound.unmount();
    render(<App tabId={3} api={api(analysed, { ...withHighlights([], none), highlightShortcut: vi.fn(async () => null) })} />);
    await screen.findByText(/^Select text on the page to highlight it\. A keyboard shortcut for it can be set/);
  });

  const notArticle: TabView = {
    state: { status: 'not-article', url: 'u', reason: 'not-readerable', message: 'This page does not look like an article.', at: 1 },
    record: null,
  };

  test('a page that is not an article still lists its highlights', async () => {
    const a = api(notArticle, withHighlights([first], { ...status, anchored: ['h1'], orphans: [] }));
    const { container } = render(<App tabId={3} api={a} />);
    await screen.findByText('Not an article');
    await waitFor(() => expect(container.querySelector('.nm-annotations')?.textContent).toContain('the harbour will stay open'));
    fireEvent.click(screen.getByRole('button', { name: 'Jump' }));
    await waitFor(() => expect(a.showAnnotation).toHaveBeenCalledWith(3, 'h1'));
  });

  test('a page that is not an article and has no highlights shows no section', async () => {
    const a = api(notArticle, withHighlights([], { ...status, anchored: [], orphans: [] }));
    const { container } = render(<App tabId={3} api={a} />);
    await screen.findByText('Not an article');
    await waitFor(() => expect(a.listAnnotations).toHaveBeenCalled());
    expect(container.querySelector('.nm-annotations')).toBeNull();
  });
});

describe('long lists of names', () => {
  const person = (n: number, official = false) => ({
    id: `p${n}`,
    name: `Person ${n}`,
    title: official ? 'Minister' : null,
    affiliation: null,
    official,
    mentions: [{ start: 0, end: 1 }],
  });
  test('other people past the first four are folded under a count; officials never are', () => {
    const people = [...Array.from({ length: 7 }, (_, i) => person(i, true)), ...Array.from({ length: 9 }, (_, i) => person(i + 10))];
    const { container } = render(<EntityList people={people} organizations={[]} onShow={() => {}} />);
    expect(container.querySelectorAll('.officials details')).toHaveLength(0);
    expect(container.querySelectorAll('.officials .entity')).toHaveLength(7);
    const folded = container.querySelector('.people details')!;
    expect(folded.querySelector('summary')!.textContent).toBe('5 more');
    expect(folded.querySelectorAll('.entity')).toHaveLength(5);
    expect(container.querySelectorAll('.people > ul .entity')).toHaveLength(4);
  });
  test('names that are perhaps people’s are listed apart, folded; a record without a confidence is sure', async () => {
    const unsure = { ...person(1), name: 'Harbourview', confidence: PERSON_SURE - 0.1 };
    const sure = { ...person(2), name: 'Ana Ruiz', confidence: PERSON_SURE };
    const old = { ...person(3), name: 'Tomas Brandt' };
    const shown: string[] = [];
    const { container } = render(<EntityList people={[unsure, sure, old]} organizations={[]} onShow={(_, id) => shown.push(id)} />);
    expect([...container.querySelectorAll('.people:not(.perhaps) .entity-name')].map((e) => e.textContent)).toEqual(['Ana Ruiz', 'Tomas Brandt']);
    const perhaps = container.querySelector<HTMLDetailsElement>('.perhaps details')!;
    expect(perhaps.open).toBe(false);
    expect(perhaps.querySelector('summary')!.textContent).toBe('Perhaps people 1');
    (perhaps.querySelector('.entity-name') as HTMLButtonElement).click();
    expect(shown).toEqual(['p1']);
  });
  test('five names are shown whole: folding one would save nothing', () => {
    const { container } = render(<EntityList people={Array.from({ length: 5 }, (_, i) => person(i))} organizations={[]} onShow={() => {}} />);
    expect(container.querySelectorAll('.people details')).toHaveLength(0);
  });
});
