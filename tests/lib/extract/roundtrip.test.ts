// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { readHtml } from '../../../lib/engine';
import { extractFromHtml } from '../../../lib/extract/from-html';
import { placeBlocks, placeBlocksInSlices } from '../../../lib/extract/live';
import { CANCELLED, htmlParts, snapshotPage } from '../../../lib/extract/snapshot';
import { countedChars, elementList, emptyUncounted, numberTextNodes, ownTextNodes, runsIn, type LiveElements } from '../../../lib/extract/numbering';
import { MAX_ELEMENT_DEPTH } from '../../../lib/extract/depth';
import { MAX_ARTICLE_CHARS } from '../../../lib/limits';
import type { ArticleBlock } from '../../../lib/extract/index';
import type { PageReading } from '../../../lib/types';
import { fixture } from '../../helpers/fixtures';

// The page and the engine on two sides of a message: the content script sends its page's HTML, the engine parses
// it again and names each block's text by element number and offset; the content script turns the numbers back
// into its own nodes. These tests play both sides in one document environment.

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const noYield = async () => {};

/** The page's snapshot and the engine's reading of it (the first look's half of a round trip). */
async function snapshotAndRead(live: Document) {
  const snapshot = await snapshotPage(live, live.getElementsByTagName('*').length, { yieldNow: noYield });
  if (!snapshot.ok) throw new Error(snapshot.message);
  const outcome = readHtml(snapshot.html, parse);
  if (!outcome.ok) throw new Error(outcome.message);
  return { snapshot, outcome };
}

/** Everything the content script does with the engine's answer, with the engine called directly. */
async function roundTrip(live: Document, options: { sliceAbove?: number; chunkElements?: number } = {}) {
  const snapshot = await snapshotPage(live, live.getElementsByTagName('*').length, { yieldNow: noYield, ...options });
  if (!snapshot.ok) throw new Error(snapshot.message);
  const outcome = readHtml(snapshot.html, parse);
  if (!outcome.ok) throw new Error(outcome.message);
  return { snapshot, reading: outcome.reading, ...place(live, snapshot.elements, outcome.reading) };
}

function place(live: Document, entries: Parameters<typeof placeBlocks>[1], reading: PageReading) {
  const { text, paragraphs } = reading.analysis;
  return placeBlocks(
    live,
    entries,
    paragraphs.map((p, i) => ({ kind: reading.kinds[i]!, text: text.slice(p.start, p.end), place: reading.places[i] ?? null })),
  );
}

/** The live text a block's runs cover, white space collapsed as the block's text has it. */
const textOf = (b: ArticleBlock) =>
  b
    .runs!.map((r) => r.node.data.slice(r.nodeStart, r.nodeStart + r.length))
    .join('')
    .replace(/[ \t\n\r\f]+/g, ' ');

/** An element's own text: its child text nodes joined. */
const ownText = (el: Element) =>
  ownTextNodes(el)
    .map((t) => t.data)
    .join('');

/** The engine's numbering of a parse, as [element number, offset, text] in document order. */
const numbering = (doc: Document) => [...numberTextNodes(doc)].map(([node, { n, offset }]) => [n, offset, node.data] as const);

describe('element numbering', () => {
  test("an element's own text is the same however a script split it: empty and adjacent text nodes change nothing", () => {
    const doc = parse('<html><body><p>One</p><p id="b">Two <b>and</b> three</p></body></html>');
    const b = doc.getElementById('b')!;
    (b.firstChild as Text).splitText(1);
    b.insertBefore(doc.createTextNode(''), b.firstChild);
    b.append(doc.createTextNode(''));
    expect(ownText(b)).toBe('Two  three');
    // A run over the split is cut at the node boundary, each part on the live node that holds it.
    const runs = runsIn(ownTextNodes(b), 0, 4, (node, nodeStart, into, length) => ({ text: node.data.slice(nodeStart, nodeStart + length), into }));
    expect(runs).toEqual([
      { text: 'T', into: 0 },
      { text: 'wo ', into: 1 },
    ]);
    // The engine's parse of the same page names the same elements and offsets.
    const parsed = numbering(parse(doc.documentElement.outerHTML));
    const list = elementList(doc);
    for (const [n, offset, text] of parsed) expect(ownText(list.item(n)!).slice(offset, offset + text.length)).toBe(text);
  });

  test('a tree thousands of levels deep is numbered without recursion', () => {
    const doc = parse('<html><body></body></html>');
    let at: Element = doc.body;
    for (let i = 0; i < 20_000; i++) at = at.appendChild(doc.createElement('div'));
    at.append('deep');
    expect(numbering(doc)).toEqual([[20_002, 0, 'deep']]);
  });

  test('<noscript>, scripts and style sheets are sent empty, attributes kept; JSON-LD and comments are kept', () => {
    expect(emptyUncounted('<p>a</p><noscript class="x"><img src="y"></noscript><p>b</p><noscript>z</noscript>')).toBe(
      '<p>a</p><noscript class="x"></noscript><p>b</p><noscript></noscript>',
    );
    expect(emptyUncounted('<script src="a.js"></script><script>var a = "<p>";</script><style>p { color: red }</style>')).toBe(
      '<script src="a.js"></script><script></script><style></style>',
    );
    const ld = '<script type="application/ld+json">{"headline":"A story"}</script>';
    expect(emptyUncounted(ld)).toBe(ld);
    // A comment that mentions a script opens none; an element whose name only starts like one is not one.
    const other = '<!-- <script> --><p>Kept</p><scripted>also</scripted><script>x</script><p>after</p>';
    expect(emptyUncounted(other)).toBe('<!-- <script> --><p>Kept</p><scripted>also</scripted><script></script><p>after</p>');
    expect(emptyUncounted('<p>plain</p>')).toBe('<p>plain</p>');
  });

  test('text inside scripts and style sheets is not numbered', () => {
    const doc = parse('<html><head><style>p{}</style><script>var x;</script></head><body><p>One</p><script>var y;</script></body></html>');
    expect(numbering(doc).map(([, , text]) => text)).toEqual(['One']);
  });
});

describe('page → engine → page', () => {
  test('every block of a news page finds its place, and its runs hold its text', async () => {
    const live = parse(fixture('pages/harbour-story.html'));
    const { blocks, unmapped, reading } = await roundTrip(live);
    expect(reading.meta.title).toBeTruthy();
    expect(blocks.length).toBeGreaterThan(5);
    expect(unmapped).toBe(0);
    for (const b of blocks) expect(textOf(b)).toBe(b.text);
    // The runs are the live page's own nodes.
    for (const b of blocks) for (const r of b.runs!) expect(r.node.ownerDocument).toBe(live);
  });

  test('a page a script changed in ways HTML cannot say (split and empty text nodes, noscript) still maps', async () => {
    const live = parse(fixture('pages/harbour-story.html'));
    for (const p of Array.from(live.querySelectorAll('article p'))) {
      const t = p.firstChild;
      if (t?.nodeType === 3 && (t as Text).data.length > 20) {
        (t as Text).splitText(7);
        p.insertBefore(live.createTextNode(''), p.firstChild);
      }
    }
    const ns = live.createElement('noscript');
    ns.textContent = '<p>Please enable JavaScript to read the comments on this story.</p>';
    live.querySelector('article')!.prepend(ns);
    const { blocks, unmapped } = await roundTrip(live);
    expect(unmapped).toBe(0);
    for (const b of blocks) expect(textOf(b)).toBe(b.text);
  });

  test('numbers that drifted (a node the round trip counted differently) are found nearby, checked by text', async () => {
    const live = parse(fixture('pages/harbour-story.html'));
    const { snapshot, outcome } = await snapshotAndRead(live);
    // Two extra elements at the top of the live page: every number is now two short.
    const extra = [live.createElement('div'), live.createElement('div')];
    const shifted: LiveElements = { length: snapshot.elements.length + 2, item: (n) => (n < 2 ? extra[n]! : snapshot.elements.item(n - 2)) };
    const { blocks, unmapped } = place(live, shifted, outcome.reading);
    expect(unmapped).toBe(0);
    for (const b of blocks) expect(textOf(b)).toBe(b.text);
  });

  test('numbers that drift further and further down the page (a script-built tree the parser builds otherwise) are followed', async () => {
    // A browser's parser adds a <tbody> to each table a script built without one, splits a <p> around a <div>:
    // every such element shifts the numbers after it. Here one more element stands after every second one, so
    // that the numbers of the last paragraphs are more than a dozen short.
    const live = parse(fixture('pages/harbour-story.html'));
    const { snapshot, outcome } = await snapshotAndRead(live);
    const extra = live.createElement('tbody');
    const shifted: LiveElements = {
      length: snapshot.elements.length + Math.ceil(snapshot.elements.length / 2),
      item: (n) => (n % 3 === 2 ? extra : snapshot.elements.item(n - Math.floor(n / 3))),
    };
    expect(snapshot.elements.length).toBeGreaterThan(40);
    const { blocks, unmapped } = place(live, shifted, outcome.reading);
    expect(unmapped).toBe(0);
    for (const b of blocks) expect(textOf(b)).toBe(b.text);
  });

  test('a place that does not hold all of the text is looked up by text; text that is nowhere is unmapped, not guessed', () => {
    const live = parse('<html><body><article><p>The first paragraph of the story stands here.</p><p>The second one follows it.</p></article></body></html>');
    const wrong = [5, 0, 0, 10];
    const { blocks, unmapped } = placeBlocks(live, elementList(live), [
      { kind: 'paragraph', text: 'The second one follows it.', place: wrong },
      { kind: 'paragraph', text: 'A paragraph the page does not have.', place: [1, 0, 0, 10] },
    ]);
    expect(textOf(blocks[0]!)).toBe('The second one follows it.');
    expect(blocks[1]!.runs).toBeNull();
    expect(unmapped).toBe(1);
  });
});

describe('snapshots of large pages', () => {
  const bigPage = () => {
    const doc = parse(fixture('pages/harbour-story.html'));
    const aside = doc.createElement('aside');
    for (let i = 0; i < 300; i++) {
      const li = doc.createElement('div');
      li.innerHTML = `<span class="a" title="x &quot;y&quot; &amp; z">Item ${i} &lt;b&gt; &amp;\u00a0more</span><!-- c${i} -->`;
      aside.append(li);
    }
    doc.body.append(aside);
    return doc;
  };

  test('serialised in slices, the page reads back as the one-call snapshot does, yielding between slices', async () => {
    const whole = await snapshotPage(bigPage(), 0, { yieldNow: noYield, sliceAbove: Infinity });
    const yieldNow = vi.fn(async () => {});
    const live = bigPage();
    const sliced = await snapshotPage(live, 1_000, { yieldNow, sliceAbove: 0, chunkElements: 20, budgetMs: 0 });
    if (!whole.ok || !sliced.ok) throw new Error('no snapshot');
    expect(yieldNow).toHaveBeenCalled();
    const listed = (l: LiveElements) => Array.from({ length: l.length }, (_, n) => `${l.item(n)!.localName}:${ownText(l.item(n)!)}`);
    expect(listed(sliced.elements)).toEqual(listed(whole.elements));
    expect(sliced.elements.item(-1)).toBeNull();
    expect(sliced.elements.item(sliced.elements.length)).toBeNull();
    expect(numbering(parse(sliced.html))).toEqual(numbering(parse(whole.html)));
    const r = readHtml(sliced.html, parse);
    if (!r.ok) throw new Error(r.message);
    const { unmapped } = place(live, sliced.elements, r.reading);
    expect(unmapped).toBe(0);
  });

  test('a reading cancelled between slices stops', async () => {
    let cancelled = false;
    const result = await snapshotPage(bigPage(), 1_000, {
      yieldNow: async () => void (cancelled = true),
      cancelled: () => cancelled,
      sliceAbove: 0,
      chunkElements: 20,
      budgetMs: 0,
    });
    expect(result).toBe(CANCELLED);
  });

  test('a large page nested deeper than the limit is declined while it is serialised', async () => {
    const doc = parse('<html><body><p>Story</p></body></html>');
    let at: Element = doc.body;
    for (let i = 0; i < MAX_ELEMENT_DEPTH + 50; i++) {
      at = at.appendChild(doc.createElement('div'));
      at.append(doc.createElement('span'), doc.createElement('span'));
    }
    const result = await snapshotPage(doc, 5_000, { yieldNow: noYield, sliceAbove: 0, chunkElements: 10 });
    expect(result).toMatchObject({ ok: false, reason: 'too-large', message: expect.stringMatching(/more than 512 deep/) });
  });
});

describe('placing an article of many paragraphs', () => {
  test('in slices gives the same places as in one go, yielding between slices, and stops when cancelled', async () => {
    const live = parse(fixture('pages/harbour-story.html'));
    const { snapshot, outcome } = await snapshotAndRead(live);
    const { reading } = outcome;
    const blocks = reading.analysis.paragraphs.map((p, i) => ({
      kind: reading.kinds[i]!,
      text: reading.analysis.text.slice(p.start, p.end),
      place: reading.places[i] ?? null,
    }));
    const whole = placeBlocks(live, snapshot.elements, blocks);
    const yieldNow = vi.fn(async () => {});
    const sliced = await placeBlocksInSlices(live, snapshot.elements, blocks, { yieldNow, live: () => true, budgetMs: 0 });
    expect(yieldNow).toHaveBeenCalledTimes(blocks.length);
    expect(sliced).toEqual(whole);
    expect(whole.unmapped).toBe(0);
    let cancelled = false;
    const stopped = await placeBlocksInSlices(live, snapshot.elements, blocks, {
      yieldNow: async () => void (cancelled = true),
      live: () => !cancelled,
      budgetMs: 0,
    });
    expect(stopped).toBeNull();
  });
});

describe('pages with more text than an article', () => {
  const wordy = () => {
    const doc = parse('<html><body><article></article></body></html>');
    const para = 'Words of a page that never ends, written out again and again for the test. '.repeat(200);
    const article = doc.querySelector('article')!;
    for (let i = 0; i * para.length <= MAX_ARTICLE_CHARS; i++) article.appendChild(doc.createElement('p')).textContent = para;
    return doc;
  };

  test('are declined from their text, in a task after the one that serialised them, in one call or in slices', async () => {
    for (const sliceAbove of [Infinity, 0]) {
      const doc = wordy();
      const yieldNow = vi.fn(noYield);
      const result = await snapshotPage(doc, 200, { yieldNow, sliceAbove, chunkElements: 20_000 });
      expect(result).toMatchObject({
        ok: false,
        reason: 'too-large',
        message: expect.stringMatching(/too much text to analyse \(more than 2,000,000 characters, the most an article may have\)/),
      });
      expect(yieldNow).toHaveBeenCalled();
    }
  });

  test('an ordinary page’s text is not counted at all: its HTML is shorter than the limit', async () => {
    const doc = parse(fixture('pages/harbour-story.html'));
    const walker = vi.spyOn(doc, 'createTreeWalker');
    expect((await snapshotPage(doc, 100, { yieldNow: noYield })).ok).toBe(true);
    expect(walker).not.toHaveBeenCalled();
  });

  test('their text is counted only a little past the limit', () => {
    const doc = wordy();
    const total = doc.documentElement.textContent!.length;
    const counted = countedChars(doc, 1_000);
    expect(counted).toBeGreaterThan(1_000);
    expect(counted).toBeLessThan(1_000 + 20_000);
    expect(countedChars(doc)).toBe(total);
  });

  test('scripts and style sheets are not text: a page of much script and a short story is read', async () => {
    const doc = parse(fixture('pages/harbour-story.html'));
    const script = doc.createElement('script');
    script.textContent = `window.__STATE__ = ${JSON.stringify({ blob: 'x'.repeat(MAX_ARTICLE_CHARS + 10) })};`;
    doc.body.append(script);
    const result = await snapshotPage(doc, 100, { yieldNow: noYield });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.html.length).toBeLessThan(MAX_ARTICLE_CHARS);
  });

  test('a page of ordinary size is numbered and serialised in one task, then gives the page its thread back, and can be cancelled there', async () => {
    let cancelled = false;
    const doc = parse(fixture('pages/harbour-story.html'));
    const outerHTML = vi.spyOn(doc.documentElement, 'outerHTML', 'get');
    const result = await snapshotPage(doc, 100, {
      yieldNow: async () => {
        // By the first yield the page has been numbered and serialised.
        expect(outerHTML).toHaveBeenCalledTimes(1);
        cancelled = true;
      },
      cancelled: () => cancelled,
    });
    expect(result).toBe(CANCELLED);
    expect((await snapshotPage(doc, 100, { yieldNow: noYield })).ok).toBe(true);
    expect(outerHTML).toHaveBeenCalledTimes(2);
  });
});

describe('the engine declines at once', () => {
  test('a page nested deeper than the limit, before parsing it', () => {
    const html = `<html><body>${'<div>'.repeat(MAX_ELEMENT_DEPTH + 1)}text${'</div>'.repeat(MAX_ELEMENT_DEPTH + 1)}</body></html>`;
    const spy = vi.fn(parse);
    expect(extractFromHtml(html, spy)).toMatchObject({ ok: false, reason: 'too-large' });
    expect(spy).not.toHaveBeenCalled();
  });

  test('a page with no article text', () => {
    expect(readHtml('<html><body><img src="a.png"></body></html>', parse)).toMatchObject({ ok: false, reason: 'no-content' });
  });
});

describe('a large page in parts', () => {
  test('parts join to the page, each within the size, never splitting a surrogate pair', () => {
    const html = `<p>${'a😀'.repeat(1000)}</p>`;
    const parts = htmlParts(html, 7);
    expect(parts.join('')).toBe(html);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(7);
      expect(p.charCodeAt(p.length - 1) >= 0xd800 && p.charCodeAt(p.length - 1) <= 0xdbff).toBe(false);
    }
    expect(htmlParts('', 7)).toEqual(['']);
  });
});
