import type { ArticleReport, PageRecord } from '../../lib/types';
import { analyze } from '../../lib/detect/index';

/** A small article report as the content script would send it. */
export function report(
  overrides: Partial<ArticleReport> = {},
  text = 'First paragraph of the story.\n\nSecond paragraph.\n\nFirst paragraph of the story.',
): ArticleReport {
  const analysis = analyze({ text });
  return {
    url: 'https://news.example/story/7?utm_source=x',
    canonical: null,
    meta: { title: 'A story', byline: 'Ana Ruiz', siteName: 'News Example', publishedTime: '2026-10-01', lang: 'en', dir: null, excerpt: null },
    analysis,
    kinds: analysis.paragraphs.map(() => 'paragraph'),
    unmapped: 0,
    ...overrides,
  };
}

/** A saved page's record of `text`, as the store keeps it. */
export function pageRecord(text: string, overrides: Partial<PageRecord> = {}): PageRecord {
  const analysis = analyze({ text });
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
    personKeys: [],
    ...overrides,
  };
}
