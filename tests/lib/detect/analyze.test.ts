import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fixture, ROOT } from '../../helpers/fixtures';
import { describe, expect, test } from 'vitest';
import { analyze, DETECTORS } from '../../../lib/detect/index';

describe('analyze', () => {
  test('a scraped story whose last four paragraphs repeat (one paragraph a line)', () => {
    const text = fixture('scraped-story.txt');
    const a = analyze({ text });
    expect(a.text).toBe(text);
    expect(a.paragraphs).toHaveLength(13);
    const content = a.repeats.filter((r) => r.paragraph >= 9).map((r) => [r.paragraph, r.of, r.kind]);
    expect(content).toEqual([
      [9, 5, 'exact'],
      [10, 6, 'exact'],
      [11, 7, 'exact'],
      [12, 8, 'exact'],
    ]);
    // The headline printed twice is a repeat too.
    expect(a.repeats.find((r) => r.paragraph === 2)).toMatchObject({ of: 1, kind: 'exact' });
  });

  test('paragraph spans are UTF-16 offsets into the text', () => {
    const text = '😀 Emoji first.\n\nZweiter Absatz mit Umlauten: äöü.';
    const a = analyze({ text });
    expect(a.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['😀 Emoji first.', 'Zweiter Absatz mit Umlauten: äöü.']);
  });

  test('given paragraphs and kinds are used as they are', () => {
    const text = 'Advertisement\n\nBody text of the story.\n\nAdvertisement';
    const a = analyze({
      text,
      paragraphs: [
        { start: 0, end: 13 },
        { start: 15, end: 38 },
        { start: 40, end: 53 },
      ],
    });
    expect(a.repeats).toEqual([{ paragraph: 2, of: 0, similarity: 1, kind: 'exact', boilerplate: true }]);
  });

  test('the result is plain JSON', () => {
    const a = analyze({ text: fixture('scraped-story.txt') });
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  test('every detector module is registered and has its own tests', () => {
    const dir = resolve(ROOT, 'lib/detect');
    // A detector is a file, or a directory of its parts with an index.ts (quotes/).
    const modules = readdirSync(dir, { withFileTypes: true })
      .filter((f) => (f.isFile() && f.name.endsWith('.ts') && f.name !== 'index.ts') || (f.isDirectory() && existsSync(resolve(dir, f.name, 'index.ts'))))
      .map((f) => f.name.replace(/\.ts$/, ''));
    expect([...DETECTORS].sort()).toEqual(modules.sort());
    for (const m of modules) expect(existsSync(resolve(ROOT, `tests/lib/detect/${m}.test.ts`)), m).toBe(true);
  });
});
