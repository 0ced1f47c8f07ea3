import { describe, expect, test } from 'vitest';
import { citation } from '../../../lib/citation';
import { readHtml } from '../../../lib/engine';
import { MAX_META_LENGTH } from '../../../lib/limits';
import { clip, visibleText } from '../../../lib/text/visible';
import { parseHTML } from 'linkedom';

const parse = (html: string) => parseHTML(html).document as unknown as Document;

describe('text we show or copy', () => {
  test('bidi controls and zero-width characters go; joiners that scripts and emoji need stay', () => {
    // U+202E reverses what follows: "gnp.exe" would show as "exe.png".
    expect(visibleText('invoice\u202egnp.exe')).toBe('invoicegnp.exe');
    expect(visibleText('Ha\u200brbour\u2066 Master\u2069\ufeff\u200e')).toBe('Harbour Master');
    expect(visibleText('می\u200cخواهم')).toBe('می\u200cخواهم');
    expect(visibleText('👩\u200d💻')).toBe('👩\u200d💻');
  });

  test('clipping never splits a surrogate pair', () => {
    expect(clip('ab😀', 3)).toBe('ab');
    expect(clip('abc', 3)).toBe('abc');
    expect(clip('abcd', 3)).toBe('abc');
  });

  test('a citation copies as it reads', () => {
    const quote = { id: 'q1', start: 0, end: 10, text: 'We will fi\u202eni\u202csh it', scare: false, speaker: { name: 'Ilse\u200b Varga' } };
    const meta = { title: 'Harbour\u2067 news', byline: null, siteName: null, publishedTime: null, lang: null, dir: null, excerpt: null };
    const text = citation(quote as never, null, meta, 'https://news.example/a', 'news.example');
    expect(text).not.toMatch(/[\u200b\u202c\u202e\u2067]/);
    expect(text).toContain('— Ilse Varga');
  });

  test('an article with a very long title and hidden characters is read, not refused; no title or name keeps a hidden character', () => {
    const title = `Harbour\u202e ${'very '.repeat(2_000)}long title`;
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>
      ${Array.from({ length: 6 }, (_, i) => `<p>Harbour Master Piet\u200b Okafor said on day ${i} that the dredging of the channel would go on through the winter, as planned by the port authority and its engineers.</p>`).join('\n')}
      </article></body></html>`;
    const out = readHtml(html, parse);
    if (!out.ok) throw new Error(out.message);
    expect(out.reading.meta.title!.length).toBeLessThanOrEqual(MAX_META_LENGTH);
    expect(out.reading.meta.title).not.toMatch(/\u202e/);
    // Names are found (the tokenizer splits a name at a zero-width space: "Piet", "Okafor"), none keeps one.
    expect(out.reading.analysis.people.length).toBeGreaterThan(0);
    for (const p of out.reading.analysis.people) expect(p.name).not.toMatch(/\u200b/);
  });
});
