import { describe, expect, test } from 'vitest';
import { annotationsFromWebAnnotations, annotationIri, idFromIri, webAnnotationsOf, WebAnnotationError } from '../../../lib/exchange/web-annotation';
import type { Annotation } from '../../../lib/types';
import { expectGolden } from './golden';
import { highlights, T0 } from './sample';
import { annotationMusts, collectionMusts, failures, pageMusts } from './web-annotation-schemas';

const NOW = T0 + 7 * 86_400_000;

describe('the W3C test suite MUST assertions', () => {
  const collection = webAnnotationsOf(highlights(), NOW);

  test('the suite is loaded (14 annotation assertions, 10 collection, 12 page)', () => {
    expect([annotationMusts.length, collectionMusts.length, pageMusts.length]).toEqual([14, 10, 12]);
  });

  test.each(highlights().map((a) => [a.id]))('annotation %s passes every annotation MUST', (id) => {
    const item = collection.first.items.find((x) => x.id === annotationIri(id));
    expect(failures(annotationMusts, item)).toEqual([]);
  });

  test('the collection passes the collection MUSTs, its page the page MUSTs', () => {
    expect(failures(collectionMusts, collection)).toEqual([]);
    expect(failures(pageMusts, collection.first)).toEqual([]);
  });

  test('an empty library is a valid collection too', () => {
    const empty = webAnnotationsOf([], NOW);
    expect(failures(collectionMusts, empty)).toEqual([]);
    expect(failures(pageMusts, empty.first)).toEqual([]);
  });

  test('the checks catch what the model forbids (they can fail)', () => {
    const item = collection.first.items[0]!;
    expect(failures(annotationMusts, { ...item, '@context': 'http://example.org/other' })).not.toEqual([]);
    expect(failures(annotationMusts, { ...item, id: 'not a uri' })).not.toEqual([]);
    expect(failures(annotationMusts, { ...item, bodyValue: 'both' })).not.toEqual([]);
    expect(failures(annotationMusts, { ...item, created: 'yesterday' })).not.toEqual([]);
    // Newsmark's own selector in the target: not a selector the model defines.
    expect(failures(annotationMusts, { ...item, target: { ...item.target, selector: [{ type: 'NewsmarkBlockHint', before: '', after: '' }] } })).not.toEqual(
      [],
    );
    expect(failures(collectionMusts, { ...collection, total: -1 })).not.toEqual([]);
    expect(failures(collectionMusts, { ...collection, first: undefined })).not.toEqual([]);
  });
});

describe('webAnnotationsOf', () => {
  test('matches the golden file', () => {
    expectGolden('web-annotations.jsonld', `${JSON.stringify(webAnnotationsOf(highlights(), NOW), null, 2)}\n`);
  });

  test('shape: note as Markdown commenting body, tags as tagging bodies, quote then position, no block hint', () => {
    const [first, second] = webAnnotationsOf(highlights(), NOW).first.items;
    expect(first).toMatchObject({
      id: 'urn:uuid:3f2a9c1e-7b4d-4e8a-9c61-0d5e2b7a8f10',
      motivation: 'commenting',
      created: '2026-03-01T09:40:00.000Z',
      modified: '2026-03-01T09:50:00.000Z',
      body: [
        { type: 'TextualBody', value: 'Check the **March** council minutes.', format: 'text/markdown', purpose: 'commenting' },
        { type: 'TextualBody', value: 'ferry', purpose: 'tagging' },
        { type: 'TextualBody', value: 'local politics', purpose: 'tagging' },
      ],
      'newsmark:colour': 'green',
    });
    expect(first!.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    expect(second).toMatchObject({ id: 'urn:newsmark:annotation:hl-legacy-7', motivation: 'highlighting' });
    expect(second!.body).toBeUndefined();
  });
});

describe('annotationsFromWebAnnotations', () => {
  const withoutHint = (a: Annotation): Annotation => ({ ...a, selectors: a.selectors.filter((s) => s.type !== 'NewsmarkBlockHint') });

  test('round trip: the same ids, selectors (less the block hint), note, tags, colour, times, title, speaker', () => {
    const back = annotationsFromWebAnnotations(JSON.parse(JSON.stringify(webAnnotationsOf(highlights(), NOW))));
    expect(back).toEqual(highlights().map(withoutHint));
  });

  const hypothesisLike = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'https://annotations.example/a/Xy7Qp2',
    type: 'Annotation',
    created: '2026-01-05T10:00:00.000Z',
    modified: '2026-01-06T11:00:00Z',
    body: [
      { type: 'TextualBody', value: 'Worth a follow-up.', format: 'text/markdown' },
      { type: 'TextualBody', value: '#Harbour ', purpose: 'tagging' },
    ],
    target: {
      source: 'https://tidewater-gazette.example/news/pier-repairs?utm_source=feed#para-2',
      selector: [
        { type: 'RangeSelector', startSelector: { type: 'XPathSelector', value: '/p[1]' }, endSelector: { type: 'XPathSelector', value: '/p[1]' } },
        { type: 'TextPositionSelector', start: 10, end: 30 },
        { type: 'TextQuoteSelector', exact: 'the ferry pier', prefix: 'x'.repeat(500), suffix: ' would close' },
      ],
    },
  };

  test('a single annotation from another tool: key from the cleaned address, yellow, tags normalised, long context cut', () => {
    const [a] = annotationsFromWebAnnotations(hypothesisLike);
    expect(a).toMatchObject({
      pageKey: 'https://tidewater-gazette.example/news/pier-repairs',
      url: 'https://tidewater-gazette.example/news/pier-repairs',
      title: null,
      colour: 'yellow',
      note: 'Worth a follow-up.',
      tags: ['Harbour'],
      createdAt: Date.parse('2026-01-05T10:00:00Z'),
      updatedAt: Date.parse('2026-01-06T11:00:00Z'),
    });
    expect(a!.selectors).toEqual([
      { type: 'TextPositionSelector', start: 10, end: 30 },
      { type: 'TextQuoteSelector', exact: 'the ferry pier', prefix: 'x'.repeat(200), suffix: ' would close' },
    ]);
    expect(a!.id).toMatch(/^wa-[0-9a-f]{16}$/);
  });

  test('the same file twice gives the same ids; urn:uuid ids keep their UUID', () => {
    const once = annotationsFromWebAnnotations([hypothesisLike], 1);
    const twice = annotationsFromWebAnnotations([hypothesisLike], 2);
    expect(once.map((a) => a.id)).toEqual(twice.map((a) => a.id));
    expect(idFromIri('urn:uuid:3F2A9C1E-7B4D-4E8A-9C61-0D5E2B7A8F10', '')).toBe('3f2a9c1e-7b4d-4e8a-9c61-0d5e2b7a8f10');
    expect(idFromIri('https://a.example/1', '')).not.toBe(idFromIri('https://a.example/2', ''));
    // No id and no times: the same id on every import all the same (made of what it says, not of when it was read).
    const { id: _id, created: _c, modified: _m, ...bare } = hypothesisLike as Record<string, unknown>;
    const first = annotationsFromWebAnnotations([bare], 1_000);
    const later = annotationsFromWebAnnotations([bare], 9_000_000);
    expect(first.map((a) => a.id)).toEqual(later.map((a) => a.id));
    expect(annotationsFromWebAnnotations([{ ...bare, body: { type: 'TextualBody', value: 'Another note' } }], 1_000)[0]!.id).not.toBe(first[0]!.id);
  });

  test('accepts a page, a list, and a collection', () => {
    expect(annotationsFromWebAnnotations({ type: 'AnnotationPage', items: [hypothesisLike] })).toHaveLength(1);
    expect(annotationsFromWebAnnotations([hypothesisLike, { ...hypothesisLike, id: 'urn:x:2' }])).toHaveLength(2);
    expect(
      annotationsFromWebAnnotations({ type: ['AnnotationCollection'], total: 1, first: { type: 'AnnotationPage', items: [hypothesisLike] } }),
    ).toHaveLength(1);
  });

  test.each([
    [
      'no quote selector',
      { ...hypothesisLike, target: { source: 'https://a.example/x', selector: { type: 'TextPositionSelector', start: 1, end: 2 } } },
      /does not highlight words/,
    ],
    ['a javascript: source', { ...hypothesisLike, target: { ...hypothesisLike.target, source: 'javascript:alert(1)' } }, /http\(s\) "source"/],
    ['a target that is only a URL', { ...hypothesisLike, target: 'https://a.example/x' }, /does not highlight words/],
    ['not an annotation', { ...hypothesisLike, type: 'Note' }, /not a Web Annotation/],
    [
      'an empty quote',
      { ...hypothesisLike, target: { source: 'https://a.example/x', selector: { type: 'TextQuoteSelector', exact: '' } } },
      /the highlighted text is empty/,
    ],
    ['a linked first page', { type: 'AnnotationCollection', total: 3, first: 'https://annotations.example/page1' }, /only linked to/],
  ])('refuses %s', (_name, json, message) => {
    expect(() => annotationsFromWebAnnotations(json)).toThrow(WebAnnotationError);
    expect(() => annotationsFromWebAnnotations(json)).toThrow(message);
  });
});
