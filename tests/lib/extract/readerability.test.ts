// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { isProbablyReaderable } from '@mozilla/readability';
import { probablyReaderable } from '../../../lib/extract/readerability';
import { fixture } from '../../helpers/fixtures';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

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
});
