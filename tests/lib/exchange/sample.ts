import { pageFingerprints } from '../../../lib/library/fingerprints';
import type { Annotation, PageRecord } from '../../../lib/types';

/**
 * An invented library for the exchange tests: two articles (one with officials and quotes), three highlights, one
 * of them on a page that has no saved record. Times are fixed, so the exports are the same on every run.
 */

const TEXT = [
  'Harbour Commissioner Ilse Varga said the ferry pier would close for repairs in March.',
  '"We cannot keep patching a pier that is older than the town hall," Varga said.',
  'Mayor Tomas Quell, of the Riverside Party, called the plan "a sensible first step".',
  '"The ferry will run from the old dock until the work is done," Quell said.',
].join('\n\n');

const at = (s: string) => TEXT.indexOf(s);
const span = (s: string) => ({ start: at(s), end: at(s) + s.length });

export const T0 = Date.UTC(2026, 2, 1, 9, 30);

export function pierPage(): PageRecord {
  const paragraphs = TEXT.split('\n\n').map((p) => span(p));
  const q1 = 'We cannot keep patching a pier that is older than the town hall,';
  const q2 = 'The ferry will run from the old dock until the work is done,';
  return {
    key: 'https://tidewater-gazette.example/news/pier-repairs',
    url: 'https://tidewater-gazette.example/news/pier-repairs',
    site: 'tidewater-gazette.example',
    meta: {
      title: 'Ferry pier to close for repairs',
      byline: 'Mara Lind',
      siteName: 'Tidewater Gazette',
      publishedTime: '2026-02-28T18:00:00Z',
      lang: 'en',
      dir: null,
      excerpt: null,
    },
    analysis: {
      text: TEXT,
      paragraphs,
      repeats: [],
      people: [
        { id: 'p1', name: 'Ilse Varga', title: 'Harbour Commissioner', affiliation: null, official: true, mentions: [span('Ilse Varga')] },
        { id: 'p2', name: 'Tomas Quell', title: 'Mayor', affiliation: 'Riverside Party', official: true, mentions: [span('Tomas Quell')] },
      ],
      organizations: [{ id: 'o1', name: 'Riverside Party', mentions: [span('Riverside Party')] }],
      quotes: [
        { id: 'q1', ...span(q1), text: q1, speaker: { personId: 'p1', name: 'Ilse Varga' }, scare: false },
        { id: 'q2', ...span('a sensible first step'), text: 'a sensible first step', speaker: null, scare: true },
        { id: 'q3', ...span(q2), text: q2, speaker: { personId: 'p2', name: 'Tomas Quell' }, scare: false },
      ],
    },
    kinds: paragraphs.map(() => 'paragraph'),
    unmapped: 0,
    engine: 3,
    createdAt: T0,
    updatedAt: T0 + 3_600_000,
    visits: 2,
    personKeys: ['ilse varga', 'tomas quell'],
    fingerprints: pageFingerprints({ text: TEXT, paragraphs }),
  };
}

export function gardenPage(): PageRecord {
  const text = 'The allotment society will plant forty pear trees along the canal path this spring.';
  return {
    key: 'https://canal-weekly.example/2026/03/pear-trees',
    url: 'https://canal-weekly.example/2026/03/pear-trees',
    site: 'canal-weekly.example',
    meta: { title: 'Forty pear trees for the canal path', byline: null, siteName: null, publishedTime: null, lang: 'en', dir: null, excerpt: null },
    analysis: { text, paragraphs: [{ start: 0, end: text.length }], repeats: [], people: [], organizations: [], quotes: [] },
    kinds: ['paragraph'],
    unmapped: 0,
    engine: 3,
    createdAt: T0 + 86_400_000,
    updatedAt: T0 + 86_400_000,
    visits: 1,
    personKeys: [],
    fingerprints: pageFingerprints({ text, paragraphs: [{ start: 0, end: text.length }] }),
  };
}

export function highlights(): Annotation[] {
  const pier = pierPage();
  const exact = 'the ferry pier would close for repairs in March';
  const start = pier.analysis.text.indexOf(exact);
  return [
    {
      id: '3f2a9c1e-7b4d-4e8a-9c61-0d5e2b7a8f10',
      pageKey: pier.key,
      url: pier.url,
      title: pier.meta.title,
      selectors: [
        { type: 'TextQuoteSelector', exact, prefix: 'Ilse Varga said ', suffix: '.' },
        { type: 'TextPositionSelector', start, end: start + exact.length },
        { type: 'NewsmarkBlockHint', before: '', after: '"We cannot keep', offset: start },
      ],
      colour: 'green',
      note: 'Check the **March** council minutes.',
      tags: ['ferry', 'local politics'],
      createdAt: T0 + 600_000,
      updatedAt: T0 + 1_200_000,
    },
    {
      id: 'hl-legacy-7',
      pageKey: pier.key,
      url: pier.url,
      title: pier.meta.title,
      selectors: [{ type: 'TextQuoteSelector', exact: 'older than the town hall', prefix: 'a pier that is ', suffix: ',"' }],
      colour: 'yellow',
      note: '',
      tags: [],
      createdAt: T0 + 900_000,
      updatedAt: T0 + 900_000,
      speaker: { name: 'Ilse Varga', title: 'Harbour Commissioner', affiliation: null },
    },
    {
      id: '9b1d4c2e-1111-4a2b-8c3d-4e5f6a7b8c9d',
      pageKey: 'https://quayside-post.example/opinion/bridges',
      url: 'https://quayside-post.example/opinion/bridges',
      title: 'Why the town needs a second bridge',
      selectors: [{ type: 'TextQuoteSelector', exact: 'two bridges are cheaper than one ferry', prefix: 'in the long run ', suffix: '.' }],
      colour: 'pink',
      note: 'Numbers?',
      tags: ['bridges'],
      createdAt: T0 + 2 * 86_400_000,
      updatedAt: T0 + 2 * 86_400_000,
    },
  ];
}

export const SETTINGS = { showRepeats: true, showEntities: false, showQuotes: true, highlightColour: 'green' };
