import { expect, test } from 'vitest';
import { tokenize } from '../../../lib/nlp/tokenize';

const texts = (s: string) => tokenize(s).map((t) => t.text);

test.each([
  ["Mexico's President", ['Mexico', "'s", 'President']],
  ['Trump’s plan', ['Trump', '’s', 'plan']],
  ["O'Neill and Jean-Luc al-Assad", ["O'Neill", 'and', 'Jean-Luc', 'al-Assad']],
  ['U.S. Sen. J. D. Vance', ['U.S.', 'Sen.', 'J.', 'D.', 'Vance']],
  ['at 10 a.m. on 3.5% rise', ['at', '10', 'a.m.', 'on', '3.5%', 'rise']],
  ['He left. She stayed.', ['He', 'left', '.', 'She', 'stayed', '.']],
  ['Sen. Ana Ruiz, D-N.Y., said', ['Sen.', 'Ana', 'Ruiz', ',', 'D-N.Y.', ',', 'said']],
  ['Brig. Gen. Ivo Dragan and Cpl. Lina Young', ['Brig.', 'Gen.', 'Ivo', 'Dragan', 'and', 'Cpl.', 'Lina', 'Young']],
  // A period before a bracket: a label's, a state's, or before a word in lower case, an abbreviation's; else a full stop.
  ['(R-Fla.) said', ['(', 'R-Fla.', ')', 'said']],
  ['(Ky.) He', ['(', 'Ky.', ')', 'He']],
  ['Col. Tom Lee (Ret.) said', ['Col.', 'Tom', 'Lee', '(', 'Ret.', ')', 'said']],
  ['(urged Mr. Gingrich.) Mr. Ailes', ['(', 'urged', 'Mr.', 'Gingrich', '.', ')', 'Mr.', 'Ailes']],
])('%s', (text, expected) => {
  expect(texts(text)).toEqual(expected);
});

test('offsets are UTF-16 offsets into the text', () => {
  const text = '😀 Ana Ruiz';
  for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
});

test('sentence starts: after . ! ? and closing quotes, at line breaks, not after abbreviations', () => {
  const toks = tokenize('He said "No." Then Sen. Ruiz left.\nNew line');
  const starts = toks.filter((t) => t.sentenceStart).map((t) => t.text);
  expect(starts).toEqual(['He', 'Then', 'New']);
});
