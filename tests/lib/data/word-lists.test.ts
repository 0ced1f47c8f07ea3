import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * The word lists under lib/data are written as '|'-joined strings: a Set would hide a word written twice. Each
 * exported list, read from its source, names each word once.
 */
const DIR = join(__dirname, '../../../lib/data');

function lists(file: string): { name: string; words: string[] }[] {
  const text = readFileSync(join(DIR, file), 'utf8');
  const out: { name: string; words: string[] }[] = [];
  for (const m of text.matchAll(/export const (\w+) = new Set\(([\s\S]*?)\n?\);\n/g)) {
    const words = [...m[2]!.matchAll(/'([^'\n]*)'/g)].flatMap((w) => w[1]!.split('|')).filter(Boolean);
    if (words.length > 1) out.push({ name: m[1]!, words });
  }
  return out;
}

describe('the word lists under lib/data', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));
  test('are found', () => {
    expect(lists('speech.ts').map((l) => l.name)).toEqual(
      expect.arrayContaining(['SPEECH_VERBS', 'SAYING_NOUNS', 'SPEECH_PARTICIPLES', 'SUBJECT_ENDERS', 'VERBS_AFTER_A_SUBJECT', 'STRONG_SPEECH_VERBS']),
    );
  });
  test.each(files)('%s: no word twice in a list', (file) => {
    for (const { name, words } of lists(file)) {
      const twice = words.filter((w, i) => words.indexOf(w) !== i);
      expect(twice, `${file} ${name}`).toEqual([]);
    }
  });
});
