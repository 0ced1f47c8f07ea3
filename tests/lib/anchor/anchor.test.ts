import { describe as group, expect, test } from 'vitest';
import { CodePointIndex } from '../../../lib/anchor/codepoints';
import { anchorQuote, MatchText, MIN_SCORE, similarity } from '../../../lib/anchor/match';
import { describe } from '../../../lib/anchor/selectors';
import type { TextPositionSelector, TextQuoteSelector } from '../../../lib/types';
import { find, HARBOUR_PARAGRAPHS, highlight } from '../../helpers/anchoring';

const P = HARBOUR_PARAGRAPHS;
const page = (paras: string[]) => paras.join('\n');
const original = page(P);

group('code points', () => {
  test('UTF-16 and code point offsets convert both ways with emoji and rare CJK characters', () => {
    const text = 'a😀b𠀋c中d';
    const cp = new CodePointIndex(text);
    expect([...text].length).toBe(7);
    for (let k = 0; k <= 7; k++) {
      const u = cp.toUtf16(k);
      expect(cp.toCodePoint(u)).toBe(k);
      expect([...text.slice(0, u)].length).toBe(k);
    }
  });

  test('position selectors count code points', () => {
    const text = '😀😀 The harbour is open.';
    const sel = describe(text, text.indexOf('harbour'), text.indexOf('harbour') + 7);
    const pos = sel.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector')!;
    expect(pos).toEqual({ type: 'TextPositionSelector', start: 7, end: 14 });
    expect([...text].slice(pos.start, pos.end).join('')).toBe('harbour');
  });
});

group('describe ↔ anchor', () => {
  test('a round trip on the same text finds the same place, by position', () => {
    const sel = highlight(original, 'the dredging had already changed');
    const quote = sel.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector')!;
    expect(quote.exact).toBe('the dredging had already changed');
    expect(quote.prefix).toBe(original.slice(original.indexOf('the dredging') - 32, original.indexOf('the dredging')));
    const r = find(original, sel);
    expect(r).toMatchObject({ status: 'anchored', method: 'position', text: 'the dredging had already changed' });
  });

  test.each([
    ['a block injected before', (ps: string[]) => [...ps.slice(0, 3), 'Advertisement', ...ps.slice(3)]],
    ['white space, nbsp and quote style', (ps: string[]) => ps.map((p) => p.replace(/ the /g, ' the\u00a0').replace(/'/g, '\u2019'))],
    [
      'a paragraph inserted before',
      (ps: string[]) => [...ps.slice(0, 2), 'An added paragraph about something else entirely, with many words.', ...ps.slice(2)],
    ],
    ['paragraphs reordered', (ps: string[]) => [ps[3]!, ps[5]!, ps[0]!, ps[2]!, ps[1]!, ps[4]!]],
    [
      'a paragraph split in two',
      (ps: string[]) => [
        ...ps.slice(0, 3),
        'Local fishing crews said the dredging had already changed',
        'where the bass feed in the old basin.',
        ...ps.slice(4),
      ],
    ],
  ])('kept after %s', (_name, edit) => {
    const sel = highlight(original, 'the dredging had already changed');
    const r = find(page(edit(P)), sel);
    expect(r.status).toBe('anchored');
    expect(r.text!.replace(/\u00a0/g, ' ')).toBe('the dredging had already changed');
  });

  test.each([
    ['a letter changed', 'the dredging had alrebdy changed'],
    ['a letter added', 'the dredging had already chnaged'],
    ['three letters changed', 'the dredgeng hed already chenged'],
  ])('kept after an edit inside the quote: %s', (_name, edited) => {
    const sel = highlight(original, 'the dredging had already changed');
    const paras = [...P];
    paras[3] = paras[3]!.replace('the dredging had already changed', edited);
    expect(find(page(paras), sel)).toMatchObject({ status: 'anchored', method: 'fuzzy', text: edited });
  });

  test('a deleted paragraph is an orphan, not moved onto a look-alike', () => {
    const sel = highlight(original, 'the city would not ask families');
    const paras = P.filter((_, i) => i !== 4);
    paras.push('Later, the city would not ask families for comment, a spokesperson said.');
    expect(find(page(paras), sel).status).toBe('orphan');
  });

  test('an edited original is preferred to an unedited look-alike placed earlier', () => {
    const sel = highlight(original, 'changed where the bass feed');
    const paras = [...P];
    paras[3] = paras[3]!.replace('changed where the bass feed', 'changed where the bas feed');
    paras.splice(1, 0, P[3]!.replace('Local', 'Some'));
    const text = page(paras);
    const r = find(text, sel);
    expect(r.status).toBe('anchored');
    expect(r.text).toBe('changed where the bas feed');
    expect(r.start).toBe(text.indexOf('changed where the bas feed'));
  });

  test('the second of two repeated paragraphs stays the second', () => {
    const paras = [...P, P[1]!, 'A closing paragraph of the story, written only once.'];
    const text = page(paras);
    const at = text.lastIndexOf('voted to delay the vote');
    const sel = describe(text, at, at + 'voted to delay the vote'.length);
    const moved = page([...P.slice(0, 2), 'A new paragraph in between.', ...P.slice(2), P[1]!, 'A closing paragraph of the story, written only once.']);
    const r = find(moved, sel);
    expect(r.start).toBe(moved.lastIndexOf('voted to delay the vote'));
  });
});

group('the minimum score', () => {
  test('a similar phrase in other words is never taken', () => {
    const sel = highlight(original, 'the new breakwater would be finished');
    const other = page(['Elsewhere, a new bridge would be finished by spring, officials said in a statement.', ...P.slice(1)]);
    const r = anchorQuote(new MatchText(other), {
      exact: 'the new breakwater would be finished',
      prefix: 'The harbour authority said on Tuesday that ',
      suffix: ' before the winter storms.',
    });
    expect(r.status).toBe('orphan');
    expect(find(other, sel).status).toBe('orphan');
    expect(MIN_SCORE).toBeGreaterThan(0.5);
  });

  test('an empty quote is an orphan', () => {
    expect(anchorQuote(new MatchText(original), { exact: '' }).status).toBe('orphan');
  });

  test('similarity', () => {
    expect(similarity('abc', 'abc')).toBe(1);
    expect(similarity('abc', '')).toBe(0);
    expect(similarity('kitten', 'sitting')).toBeCloseTo(1 - 3 / 7);
  });
});

group('a highlight that begins or ends with white space', () => {
  test.each([' the new breakwater', 'the new breakwater ', ' the new breakwater '])(
    '%j comes back whole and exact, on the same text and on an edited one',
    (words) => {
      const sel = highlight(original, words);
      const same = find(original, sel);
      expect(same).toMatchObject({ status: 'anchored', text: words, score: 1 });
      const edited = original.replace(P[0]!, `A new first sentence. ${P[0]}`);
      expect(find(edited, sel)).toMatchObject({ status: 'anchored', text: words });
    },
  );
});
