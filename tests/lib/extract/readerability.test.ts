// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { isProbablyReaderable } from '@mozilla/readability';
import { probablyReaderable, trimmedTextLength } from '../../../lib/extract/readerability';
import { fixture } from '../../helpers/fixtures';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const PAGES = readdirSync(resolve(__dirname, '../../fixtures/pages')).filter((f) => f.endsWith('.html'));

describe('the first look’s readerability check', () => {
  test('agrees with Readability’s own on an article and on a page that is not one', () => {
    const story = parse(fixture('pages/harbour-story.html'));
    const menu = parse(
      '<html><body><nav><a href="/">Home</a> <a href="/a">About</a></nav><p>Short.</p><p hidden>Hidden and long enough to count if it were shown, which it is not, because the page hides it from every reader who comes.</p></body></html>',
    );
    expect(probablyReaderable(story)).toBe(isProbablyReaderable(story));
    expect(probablyReaderable(story)).toBe(true);
    expect(probablyReaderable(menu)).toBe(isProbablyReaderable(menu));
    expect(probablyReaderable(menu)).toBe(false);
  });

  test('hidden paragraphs are not counted, as in Readability', () => {
    const long = 'A paragraph long enough to count towards an article, and then some more words to be sure of it. '.repeat(3);
    const hidden = parse(`<html><body>${`<p style="display:none">${long}</p><p aria-hidden="true">${long}</p><p hidden>${long}</p>`.repeat(4)}</body></html>`);
    expect(probablyReaderable(hidden)).toBe(false);
    const shown = parse(`<html><body>${`<p>${long}</p>`.repeat(4)}</body></html>`);
    expect(probablyReaderable(shown)).toBe(true);
  });

  test('stops after so many paragraphs that have not added up to an article', () => {
    const long = 'A paragraph long enough to count towards an article, and then some more words to be sure of it. '.repeat(3);
    const late = parse(`<html><body>${'<p>Too short to count.</p>'.repeat(50)}${`<p>${long}</p>`.repeat(4)}</body></html>`);
    expect(isProbablyReaderable(late)).toBe(true);
    expect(probablyReaderable(late, 100)).toBe(true);
    expect(probablyReaderable(late, 10)).toBe(false);
    const early = parse(`<html><body>${`<p>${long}</p>`.repeat(4)}${'<p>Too short to count.</p>'.repeat(50)}</body></html>`);
    expect(probablyReaderable(early, 10)).toBe(true);
  });

  test('agrees with Readability’s own on every page of the fixtures', () => {
    for (const name of PAGES) {
      const doc = parse(fixture(`pages/${name}`));
      expect(probablyReaderable(doc), name).toBe(isProbablyReaderable(doc));
    }
  });

  test('agrees with Readability’s own on random pages of paragraphs, lists, <br>s, hidden and unlikely parts', () => {
    let seed = 7;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const words = (n: number) => Array.from({ length: n }, () => (rnd() < 0.1 ? '  \n ' : 'harbour')).join(' ');
    const block = (): string => {
      const r = rnd();
      const text = `${rnd() < 0.3 ? '   \n' : ''}${words(Math.floor(rnd() * 60))}${rnd() < 0.3 ? ' \n  ' : ''}`;
      if (r < 0.3) return `<p>${text}</p>`;
      if (r < 0.4) return `<p class="${rnd() < 0.5 ? 'sidebar' : 'sidebar-content'}">${text}</p>`;
      if (r < 0.5) return `<ul><li><p>${text}</p></li></ul>`;
      if (r < 0.6) return `<div>${text}<br>${words(5)}<br></div>`;
      if (r < 0.7) return `<p hidden>${text}</p>`;
      if (r < 0.8) return `<article><p>${text}</p><p><b>${words(3)}</b> ${text}</p></article>`;
      return `<pre>${text}</pre>`;
    };
    let agreed = 0;
    for (let page = 0; page < 300; page++) {
      const doc = parse(`<html><body>${Array.from({ length: 1 + Math.floor(rnd() * 8) }, block).join('')}</body></html>`);
      expect(probablyReaderable(doc)).toBe(isProbablyReaderable(doc));
      if (isProbablyReaderable(doc)) agreed++;
    }
    // Both answers were given, many times each.
    expect(agreed).toBeGreaterThan(30);
    expect(agreed).toBeLessThan(270);
  });

  test('a paragraph’s trimmed length, read only as far as it needs', () => {
    const doc = parse('<html><body><p id="a">  \n <b> </b>Harbour <i>walls</i> hold.\n  </p><p id="b">   </p><p id="c"></p></body></html>');
    const a = doc.getElementById('a')!;
    expect(trimmedTextLength(a, 1_000)).toBe(a.textContent!.trim().length);
    expect(trimmedTextLength(doc.getElementById('b')!, 1_000)).toBe(0);
    expect(trimmedTextLength(doc.getElementById('c')!, 1_000)).toBe(0);
    expect(trimmedTextLength(a, 5)).toBeGreaterThan(5);
  });
});
