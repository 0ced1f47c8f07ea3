/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, test } from 'vitest';
import { createAnnotationLayer } from '../../../lib/highlight/annotations';
import type { Annotation, AnnotationSelector, TextPositionSelector } from '../../../lib/types';
import { annotationFor, rangeOver } from '../../helpers/anchoring';
import { useFakeHighlights } from '../../helpers/highlights';
import { HIGHLIGHTS } from '../../../lib/highlight/painter';

// The page side of the reader's highlights: describe a selection, find it again on the page, orphans kept apart.

const PAGE = `
  <header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
  <article>
    <h1>Tide gauge readings questioned</h1>
    <p>The port's new tide gauge has reported levels <em>ten centimetres</em> higher than the old one since March.</p>
    <p>Engineers say the difference comes from the gauge's position near the ferry ramp, where the wake of boats piles up water.</p>
    <p>Café owners on the quay 🌊 say the water has never come so close to their terraces.</p>
  </article>`;

const note = (selectors: AnnotationSelector[], colour?: Annotation['colour']) => annotationFor(selectors, 'https://example.test/tide', colour);

/** The text a placed highlight covers, read from its range's nodes (happy-dom's Range.toString is unreliable). */
function textOf(r: Range): string {
  if (r.startContainer === r.endContainer) return r.startContainer.textContent!.slice(r.startOffset, r.endOffset);
  let out = '';
  const walker = document.createTreeWalker(document.body, 4);
  let inside = false;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n === r.startContainer) {
      inside = true;
      out += n.textContent!.slice(r.startOffset);
    } else if (n === r.endContainer) {
      out += n.textContent!.slice(0, r.endOffset);
      break;
    } else if (inside) out += n.textContent;
  }
  return out;
}

beforeEach(() => {
  document.body.innerHTML = PAGE;
});

describe('annotation layer', () => {
  test('a selection is described and placed again after a reload of the same page', () => {
    const layer = createAnnotationLayer(document);
    const d = layer.describeRange(rangeOver('the wake of boats piles up water'))!;
    expect(d.selectors.find((s) => s.type === 'TextQuoteSelector')).toMatchObject({ exact: 'the wake of boats piles up water' });
    const a = note(d.selectors);
    // The same page, built again from its HTML: new nodes, same text.
    document.body.innerHTML = PAGE;
    const again = createAnnotationLayer(document);
    again.set([a]);
    expect(again.status(a.pageKey)).toEqual({ pageKey: a.pageKey, anchored: [a.id], orphans: [] });
    expect(textOf(again.get(a.id)!.range)).toBe('the wake of boats piles up water');
  });

  test('a selection across inline markup keeps its words; positions count code points after an emoji', () => {
    const layer = createAnnotationLayer(document);
    const r = document.createRange();
    r.setStart(rangeOver('has reported levels').startContainer, rangeOver('has reported levels').startOffset);
    const end = rangeOver(' higher than');
    r.setEnd(end.startContainer, end.startOffset + ' higher than'.length);
    const d = layer.describeRange(r)!;
    expect(d.selectors.find((s) => s.type === 'TextQuoteSelector')).toMatchObject({ exact: 'has reported levels ten centimetres higher than' });
    const after = layer.describeRange(rangeOver('say the water'))!;
    const pos = after.selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector')!;
    // One emoji before it: one code point fewer than UTF-16 units.
    expect(pos.start).toBe(after.start - 1);
  });

  test('a highlight whose paragraph is gone is an orphan, never placed on a look-alike', () => {
    const layer = createAnnotationLayer(document);
    const a = note(layer.describeRange(rangeOver('the wake of boats piles up water'))!.selectors);
    document.body.innerHTML = PAGE.replace(/<p>Engineers say[^<]*<\/p>/, '<p>Elsewhere the wake of ferries piles up sand on the beach, say residents.</p>');
    const again = createAnnotationLayer(document);
    again.set([a]);
    expect(again.status(a.pageKey).orphans).toEqual([a.id]);
    expect(again.get(a.id)).toBeNull();
    expect(again.show(a.id)).toBe(false);
  });

  test('an orphan is found once its content arrives late (retry), and removing forgets it', () => {
    const layer = createAnnotationLayer(document);
    const a = note(layer.describeRange(rangeOver('never come so close'))!.selectors, 'pink');
    document.body.innerHTML = PAGE.replace(/<p>Café owners[^<]*<\/p>/, '');
    const again = createAnnotationLayer(document);
    again.set([a]);
    expect(again.status(a.pageKey).orphans).toEqual([a.id]);
    expect(again.retry()).toBe(false);
    document
      .querySelector('article')!
      .insertAdjacentHTML('beforeend', '<p>Café owners on the quay 🌊 say the water has never come so close to their terraces.</p>');
    again.invalidate();
    expect(again.retry()).toBe(true);
    expect(textOf(again.get(a.id)!.range)).toBe('never come so close');
    again.remove(a.id);
    expect(again.status(a.pageKey)).toEqual({ pageKey: a.pageKey, anchored: [], orphans: [] });
  });

  test('the highlight at a point is found; a point outside any highlight finds none', () => {
    const layer = createAnnotationLayer(document);
    const r = rangeOver('tide gauge has reported');
    const d = layer.describeRange(r)!;
    const a = note(d.selectors, 'blue');
    layer.add(a, d.start, d.end);
    expect(layer.at(r.startContainer, r.startOffset + 3)?.annotation.id).toBe(a.id);
    expect(layer.at(r.startContainer, 1)).toBeNull();
    layer.update({ ...a, colour: 'green' });
    expect(layer.get(a.id)?.annotation.colour).toBe('green');
  });

  test('a selection over no text (white space only, or our own UI) describes nothing', () => {
    const layer = createAnnotationLayer(document);
    const r = document.createRange();
    const article = document.querySelector('article')!;
    r.setStart(article, 0);
    r.setEnd(article, 1);
    expect(layer.describeRange(r)).toBeNull();
  });
});

describe('a highlight with a note', () => {
  const registry = useFakeHighlights();
  test('is underlined as noted; one without a note is not, and an edit that adds one marks it', () => {
    const layer = createAnnotationLayer(document);
    const withNote = { ...note(layer.describeRange(rangeOver('the wake of boats piles up water'))!.selectors), note: 'Check the ramp.' };
    const without = note(layer.describeRange(rangeOver('higher than the old one'))!.selectors);
    layer.set([withNote, without]);
    const noted = () => [...(registry.get(HIGHLIGHTS.noted) ?? [])].map((r) => textOf(r as Range));
    expect(noted()).toEqual(['the wake of boats piles up water']);
    layer.set([withNote, { ...without, note: 'Since March?' }]);
    expect(noted().sort()).toEqual(['higher than the old one', 'the wake of boats piles up water']);
  });
});
