import { expect, test } from 'vitest';
import { frontDecode, isEverydayForm, lexicon } from '../../../lib/nlp/lexicon';

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

test('everyday words are there in each English spelling', () => {
  const lex = lexicon();
  for (const w of ['labor', 'labour', 'honor', 'honour', 'color', 'colour']) expect(lex.common.has(w), w).toBe(true);
});

test('an everyday word’s forms are everyday, a name in the lists is not', () => {
  const lex = lexicon();
  for (const w of ['calls', 'jacked', 'hoping', 'reportedly', 'wishes', 'stopped']) expect(isEverydayForm(lex, w), w).toBe(true);
  for (const w of ['rogers', 'waters', 'fields', 'maria', 'sheinbaum', 'ly', 'ahmed', 'mohammed']) expect(isEverydayForm(lex, w), w).toBe(false);
});
