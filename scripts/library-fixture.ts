import { faker } from '@faker-js/faker';
import { backupOf } from '../lib/exchange/backup';
import { ENGINE_VERSION, type Annotation, type PageRecord, type Person, type Quote } from '../lib/types';

/**
 * A reader's library of invented pages (faker, seeded): each page a few paragraphs of words with people, titles and
 * quotes placed in its text, and a highlight with a note on every fifth page. For the library's benchmark and
 * tests of scale; nothing of the research corpora.
 */
const TITLES = ['Mayor', 'Senator', 'Minister', 'Governor', 'Chief Executive', 'Spokesperson', 'Director'];
const SITES = Array.from({ length: 60 }, (_, i) => `news${i}.example`);

/** Every tenth page carries a paragraph of the page before it, as syndicated copy does. */
let previous: string | null = null;

function pageOf(i: number, now: number): { page: PageRecord; annotation: Annotation | null } {
  const people = Array.from({ length: 4 }, () => `${faker.person.firstName()} ${faker.person.lastName()}`);
  const paragraphs: string[] = [];
  const spans: { start: number; end: number }[] = [];
  const personList: Person[] = [];
  const quotes: Quote[] = [];
  let text = '';
  const add = (p: string) => {
    if (text) text += '\n\n';
    spans.push({ start: text.length, end: text.length + p.length });
    paragraphs.push(p);
    text += p;
  };
  people.forEach((name, n) => {
    const title = TITLES[(i + n) % TITLES.length]!;
    const lead = `${title} ${name} `;
    const body = faker.lorem.sentences(4);
    const start = text ? text.length + 2 : 0;
    add(`${lead}${body}`);
    personList.push({
      id: `p${n}`,
      name,
      title,
      affiliation: null,
      official: n < 2,
      mentions: [{ start: start + title.length + 1, end: start + title.length + 1 + name.length }],
    });
    const said = faker.lorem.sentence(12);
    const qp = `“${said}” ${name.split(' ')[1]} said.`;
    const qs = text.length + 2;
    add(qp);
    quotes.push({ id: `q${n}`, start: qs + 1, end: qs + 1 + said.length, text: said, speaker: { personId: `p${n}`, name }, scare: false });
  });
  add(faker.lorem.paragraph(8));
  add(i % 10 === 0 && previous ? previous : faker.lorem.paragraph(8));
  add(faker.lorem.paragraph(8));
  add(paragraphs[1]!);
  previous = paragraphs[paragraphs.length - 2]!;
  const key = `https://${SITES[i % SITES.length]}/story/${i}`;
  const at = now - i * 3_600_000;
  const page: PageRecord = {
    key,
    url: key,
    site: SITES[i % SITES.length]!,
    meta: {
      title: faker.lorem.sentence(7).replace(/\.$/, ''),
      byline: faker.person.fullName(),
      siteName: null,
      publishedTime: new Date(at).toISOString(),
      lang: 'en',
      dir: null,
      excerpt: null,
    },
    analysis: {
      text,
      paragraphs: spans,
      repeats: [{ paragraph: spans.length - 1, of: 1, similarity: 1, kind: 'exact', boilerplate: false }],
      people: personList,
      organizations: [],
      quotes,
    },
    kinds: spans.map(() => 'paragraph'),
    unmapped: 0,
    engine: ENGINE_VERSION,
    createdAt: at,
    updatedAt: at,
    visits: 1,
    personKeys: people.map((p) => p.toLowerCase()),
  };
  const exact = paragraphs[0]!.slice(0, 60);
  const annotation: Annotation | null =
    i % 5 === 0
      ? {
          id: faker.string.uuid(),
          pageKey: key,
          url: key,
          title: page.meta.title,
          selectors: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: paragraphs[0]!.slice(60, 90) }],
          colour: 'yellow',
          note: faker.lorem.sentence(8),
          tags: [faker.word.noun()],
          createdAt: at,
          updatedAt: at,
        }
      : null;
  return { page, annotation };
}

/** A Newsmark backup (the JSON export's format) of `count` invented pages. */
export function libraryBackup(count: number, seed = 7, now = Date.UTC(2026, 11, 1)): ReturnType<typeof backupOf> {
  faker.seed(seed);
  const pages: PageRecord[] = [];
  const annotations: Annotation[] = [];
  for (let i = 0; i < count; i++) {
    const { page, annotation } = pageOf(i, now);
    pages.push(page);
    if (annotation) annotations.push(annotation);
  }
  return backupOf(pages, annotations, {}, now);
}
