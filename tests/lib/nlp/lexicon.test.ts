import { expect, test } from 'vitest';
import { frontDecode, lexicon } from '../../../lib/nlp/lexicon';

test('front-coded lists decode', () => {
  expect(frontDecode('0abbey3ott0baker')).toEqual(['abbey', 'abbott', 'baker']);
  expect(frontDecode('')).toEqual([]);
});

test('the shipped lists hold what they should', () => {
  const lex = lexicon();
  expect(lex.given.get('claudia')).toBe('f');
  expect(lex.given.get('marco')).toBe('m');
  expect(lex.given.has('sergei')).toBe(true);
  expect(lex.surnames.has('johnson')).toBe(true);
  expect(lex.common.has('the')).toBe(true);
  expect(lex.common.has('sheinbaum')).toBe(false);
  expect(lex.places.has('mexico')).toBe(true);
  expect(lex.places.has('new york')).toBe(true);
  expect(lex.given.size).toBeGreaterThan(10_000);
});
