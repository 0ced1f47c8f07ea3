/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { createAnnotationLayer } from '../../../lib/highlight/annotations';
import type { AnnotationSelector } from '../../../lib/types';
import { annotationFor, rangeOver } from '../../helpers/anchoring';

// The page side of two edit kinds of the issue, with the DOMs that produce them (the anchoring engine only sees
// the page text): classes and wrappers changed, <br> and block changes. And the page text read once per pass.

const built = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../lib/anchor/text-index', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../lib/anchor/text-index')>();
  class CountedPageText extends original.PageText {
    constructor(root: Node) {
      super(root);
      built.count++;
    }
  }
  return { ...original, PageText: CountedPageText };
});

// Written for these tests.
const PARAS = [
  'The river authority reopened the towpath on Friday after three weeks of repairs to the flood wall.',
  'Cyclists had been sent along a detour through the industrial estate, which added twenty minutes.',
  'Residents said the new lights under the bridge made the path feel safer after dark than it ever had.',
  'A second phase, covering the stretch past the old mill, is due to start in the autumn.',
];
const PAGE = `<main><article class="story"><h1>Towpath reopens</h1>${PARAS.map((p) => `<p class="body">${p}</p>`).join('')}</article></main>`;

const note = (selectors: AnnotationSelector[]) => annotationFor(selectors, 'https://example.test/towpath');

/** The page text a placed highlight covers. */
function placedText(layer: ReturnType<typeof createAnnotationLayer>, id: string): string | null {
  const hit = layer.get(id);
  if (!hit) return null;
  const t = layer.text();
  const span = t.offsets(hit.range);
  return span ? t.text.slice(span.start, span.end) : null;
}

/** Highlight a phrase on PAGE, then load `edited` as the page of the next visit. */
function revisit(phrase: string, edited: string) {
  document.body.innerHTML = PAGE;
  const a = note(createAnnotationLayer(document).describeRange(rangeOver(phrase))!.selectors);
  document.body.innerHTML = edited;
  const layer = createAnnotationLayer(document);
  layer.set([a]);
  return { layer, a };
}

beforeEach(() => {
  document.body.innerHTML = PAGE;
  built.count = 0;
});

describe('edit kinds on the page', () => {
  test('DOM re-wrapped: new classes, text nodes wrapped in spans, an extra wrapper around the paragraph', () => {
    const phrase = 'the new lights under the bridge made the path feel safer';
    const wrapped = `<div class="layout"><main class="v2"><article class="story-body">${'<h1 class="headline">Towpath reopens</h1>'}${PARAS.map((p, i) => {
      const words = p.split(' ');
      const half = Math.floor(words.length / 2);
      // The highlighted sentence is split across two spans (the quote straddles them), inside a wrapper div.
      const inner = `<span class="t">${words.slice(0, half).join(' ')} </span><span class="t">${words.slice(half).join(' ')}</span>`;
      return i === 2 ? `<div class="wrapper"><p class="story-body__paragraph--v2">${inner}</p></div>` : `<p class="story-body__paragraph--v2">${inner}</p>`;
    }).join('')}</article></main></div>`;
    const { layer, a } = revisit(phrase, wrapped);
    expect(layer.status(a.pageKey)).toMatchObject({ anchored: [a.id], orphans: [] });
    expect(placedText(layer, a.id)).toBe(phrase);
    const range = layer.get(a.id)!.range;
    expect(range.startContainer.parentElement!.closest('.wrapper')).not.toBeNull();
  });

  test('<br> and block changes: a line break in the paragraph, two paragraphs merged with <br><br>, content moved into a <div>', () => {
    const phrase = 'made the path feel safer after dark';
    const [p0, p1, p2, p3] = PARAS as [string, string, string, string];
    const cut = p2.indexOf(' under');
    const edited = `<main><article class="story"><h1>Towpath reopens</h1><p class="body">${p0}<br><br>${p1}</p><p class="body"><div>${p2.slice(0, cut)}<br>${p2.slice(cut + 1)}</div></p><p class="body">${p3}</p></article></main>`;
    const { layer, a } = revisit(phrase, edited);
    expect(layer.status(a.pageKey)).toMatchObject({ anchored: [a.id], orphans: [] });
    expect(placedText(layer, a.id)).toBe(phrase);
    // The edit did change what the engine sees: two paragraphs now one line (a <br> is white space in the page
    // text), the highlighted paragraph's neighbour is another.
    expect(layer.text().text).toContain(`${p0} ${p1}\n${p2.slice(0, cut)} ${p2.slice(cut + 1)}`);
  });

  test('<br> inside the highlight: the quote comes back across the break', () => {
    const phrase = 'after three weeks of repairs';
    const [p0] = PARAS as [string];
    const edited = PAGE.replace(p0, p0.replace('three weeks of', 'three weeks<br>of'));
    const { layer, a } = revisit(phrase, edited);
    expect(layer.status(a.pageKey)).toMatchObject({ anchored: [a.id] });
    expect(placedText(layer, a.id)!.replace(/\s+/g, ' ')).toBe(phrase);
  });
});

describe('one page-text index per pass', () => {
  test('placing many highlights reads the page text once; a retry once more; nothing found twice', () => {
    const layer = createAnnotationLayer(document);
    const phrases = [
      'reopened the towpath',
      'three weeks of repairs',
      'a detour through',
      'twenty minutes',
      'the new lights',
      'feel safer',
      'the old mill',
      'in the autumn',
    ];
    const notes = phrases.map((p) => note(layer.describeRange(rangeOver(p))!.selectors));
    const gone = note([{ type: 'TextQuoteSelector', exact: 'words that are not on this page at all', prefix: '', suffix: '' }]);
    built.count = 0;

    document.body.innerHTML = PAGE;
    const again = createAnnotationLayer(document);
    again.set([...notes, gone]);
    expect(again.status('k').anchored).toHaveLength(phrases.length);
    expect(built.count).toBe(1);

    // A retry for the orphan: the page text is read once more, not once per highlight.
    again.invalidate();
    again.retry();
    expect(built.count).toBe(2);
    // Asking for the text again without a change does not read the page again.
    again.text();
    again.describeRange(rangeOver('the old mill'));
    expect(built.count).toBe(2);
  });
});
