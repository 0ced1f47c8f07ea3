// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { extractArticle, type Article } from '../../../lib/extract/index';
import { pointAt } from '../../../lib/extract/dom-text';

import { fixture } from '../../helpers/fixtures';

const page = (name: string) => fixture(`pages/${name}`);
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

function article(doc: Document): Article {
  const r = extractArticle(doc, { mapToLive: true });
  if (!r.ok) throw new Error(r.message);
  return r.article;
}

describe('extractArticle', () => {
  test('metadata and ordered blocks of a news page', () => {
    const a = article(parse(page('harbour-story.html')));
    expect(a.meta).toMatchObject({
      title: 'Breakwater engineer rejects safety claims',
      byline: 'Jonas Ekberg',
      siteName: 'The Harbour Gazette',
      publishedTime: '2026-10-14T08:30:00Z',
      lang: 'en',
      excerpt: 'The chief engineer says the new wall is built to the hundred-year storm.',
    });
    expect(a.canonical).toBe('/news/2026/breakwater-engineer-rejects-safety-claims');
    const texts = a.blocks.map((b) => b.text);
    expect(texts.some((t) => t.startsWith("The Harbour Authority's Chief Engineer"))).toBe(true);
    expect(texts).not.toContain('Most read');
    expect(texts.join(' ')).not.toMatch(/Privacy|Sport/);
    expect(a.blocks.find((b) => b.text === 'Dredging and ferries')?.kind).toBe('heading');
    expect(a.blocks.find((b) => b.text.startsWith('Nobody who has read'))?.kind).toBe('blockquote');
    // Inline markup does not split a block, and white space is collapsed.
    expect(texts.find((t) => t.startsWith('According to'))).toContain('that every section of the wall');
  });

  test('a byline read from the page keeps a space where one of its elements ends (not "MARY POEAssociated Press")', () => {
    const story = 'The council voted on Monday to rebuild the harbour wall, which the storms of last winter damaged twice over. '.repeat(4);
    const html = (byline: string) =>
      `<html><head><title>Harbour wall</title></head><body><article><h1>Harbour wall</h1>${byline}<p>${story}</p><p>${story}</p></article></body></html>`;
    for (const inPlace of [false, true]) {
      const blocks = extractArticle(parse(html('<div class="byline">By <div>MARY POE</div><div>Associated Press</div></div>')), { inPlace });
      expect(blocks.ok && blocks.article.meta.byline).toBe('By MARY POE Associated Press');
    }
    // Inline elements too, where their edge would run two words together: a name and an agency in two of them are
    // two things, which the page's style sets apart.
    const glued = extractArticle(parse(html('<div class="byline">By <a href="/mary">Mary Poe</a><span>Associated Press</span></div>')));
    expect(glued.ok && glued.article.meta.byline).toBe('By Mary Poe Associated Press');
    // …and nowhere else: not before punctuation, not inside a word.
    const inline = extractArticle(parse(html('<div class="byline">By <b>Mary Poe</b>, <i>AP</i> (<i>Lisbon</i>), <b>Vladi</b>mir Orlov</div>')));
    expect(inline.ok && inline.article.meta.byline).toBe('By Mary Poe, AP (Lisbon), Vladimir Orlov');
  });

  test('words that two inline elements would run together are read apart, each mapped to its own text', () => {
    const story = 'The council voted on Monday to rebuild the harbour wall, which the storms of last winter damaged twice over. '.repeat(4);
    const doc = parse(
      `<html><head><title>Harbour wall</title></head><body><article><h1>Harbour wall</h1><p>${story}</p>` +
        '<p>Mayor <span>Ana Ruiz</span><span>North Province</span> said the wall was <b>Vladi</b>mir’s idea, <i>MARY POE</i><i>Associated Press</i> reported.</p>' +
        `<p>${story}</p></article></body></html>`,
    );
    const a = article(doc);
    const block = a.blocks.find((b) => b.text.startsWith('Mayor'))!;
    expect(block.text).toBe('Mayor Ana Ruiz North Province said the wall was Vladimir’s idea, MARY POE Associated Press reported.');
    // The space put between the two names is no text of the page's: each name maps to its own element.
    for (const word of ['Ana Ruiz', 'North Province', 'Associated Press']) {
      const at = block.text.indexOf(word);
      const start = pointAt(block.runs!, at, 'start')!;
      const end = pointAt(block.runs!, at + word.length, 'end')!;
      expect(start.node).toBe(end.node);
      expect(start.node.data.slice(start.offset, end.offset)).toBe(word);
    }
  });

  test('every block maps back to the live page text it came from', () => {
    const doc = parse(page('harbour-story.html'));
    const a = article(doc);
    expect(a.unmapped).toBe(0);
    for (const b of a.blocks) {
      expect(b.runs).not.toBeNull();
      let covered = 0;
      for (const r of b.runs!) {
        expect(doc.contains(r.node)).toBe(true);
        // Each run is the block's text, verbatim, at that place in a live text node.
        expect(r.node.data.slice(r.nodeStart, r.nodeStart + r.length)).toBe(b.text.slice(r.start, r.start + r.length));
        covered += r.length;
      }
      // Everything but synthetic spaces (between blocks, at <br>) comes from the page.
      expect(b.text.length - covered).toBeLessThanOrEqual((b.text.match(/ /g) ?? []).length);
      expect(pointAt(b.runs!, 0, 'start')).toEqual({ node: b.runs![0]!.node, offset: b.runs![0]!.nodeStart });
      const last = b.runs![b.runs!.length - 1]!;
      expect(pointAt(b.runs!, b.text.length, 'end')).toEqual({ node: last.node, offset: last.nodeStart + last.length });
    }
  });

  test('repeated paragraphs map to their own places, not the first copy', () => {
    const doc = parse(page('harbour-story.html'));
    const a = article(doc);
    const copies = a.blocks.filter((b) => b.text.startsWith('Lindqvist explained'));
    expect(copies).toHaveLength(2);
    expect(copies[0]!.runs![0]!.node).not.toBe(copies[1]!.runs![0]!.node);
  });

  test('the live page is not changed', () => {
    const doc = parse(page('harbour-story.html'));
    const before = doc.documentElement.outerHTML;
    article(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  test('a page that is not an article', () => {
    const r = extractArticle(parse(page('listing.html')));
    expect(r).toMatchObject({ ok: false, reason: 'not-readerable' });
    expect(r.ok ? '' : r.message).toMatch(/not look like an article/);
  });

  test('an empty document', () => {
    const r = extractArticle(parse(''), { checkReaderable: false });
    expect(r.ok).toBe(false);
  });

  test('markup in text is text', () => {
    const html = page('harbour-story.html').replace(
      'Ferry operators reported fewer delays.',
      'Ferry operators wrote &lt;script&gt;alert(1)&lt;/script&gt; on the board.',
    );
    const a = article(parse(html));
    expect(a.blocks.map((b) => b.text).join('\n')).toContain('<script>alert(1)</script>');
  });

  test('blocks re-created by Readability are mapped by their text, in order', () => {
    // A short article makes Readability retry from a re-parsed copy of the page: none of its text nodes are
    // the clone's any more, so mapping falls back to finding each block's text between its neighbours.
    const html = `<html><body><article><h1>Short</h1>
      <p>A short story of one paragraph that is long enough to be read, with more than a hundred and forty characters in it so that it counts as content.</p>
      <p>A short story of one paragraph that is long enough to be read, with more than a hundred and forty characters in it so that it counts as content.</p>
      </article></body></html>`;
    const doc = parse(html);
    const r = extractArticle(doc, { mapToLive: true, checkReaderable: false });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.unmapped).toBe(0);
    const [a, b] = r.article.blocks.filter((x) => x.text.startsWith('A short story'));
    expect(a!.runs![0]!.node).not.toBe(b!.runs![0]!.node);
    expect(doc.body.contains(a!.runs![0]!.node)).toBe(true);
  });

  test('a page too large to analyse is declined with a clear message', () => {
    const r = extractArticle(parse(page('harbour-story.html')), { maxElements: 20 });
    expect(r).toMatchObject({ ok: false, reason: 'too-large' });
    expect(r.ok ? '' : r.message).toMatch(/too large to analyse \(\d+ elements; the limit is 20\)/);
  });

  test('malformed markup (unclosed and misnested tags) still reads', () => {
    const html = page('harbour-story.html').replace(/<\/p>/g, '').replace('<em>every</em>', '<em><b>every</em></b>').replace('</article>', '<div><span>');
    const a = article(parse(html));
    const texts = a.blocks.map((b) => b.text);
    expect(texts.some((t) => t.startsWith('Regional Transport Minister Ilse Varga'))).toBe(true);
    expect(a.unmapped).toBe(0);
  });
});
