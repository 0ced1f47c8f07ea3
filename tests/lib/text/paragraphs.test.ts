import { describe, expect, test } from 'vitest';
import { splitParagraphs } from '../../../lib/text/paragraphs';

const texts = (t: string) => splitParagraphs(t).map((s) => t.slice(s.start, s.end));

describe('splitParagraphs', () => {
  test('blank lines separate paragraphs; spans exclude surrounding white space', () => {
    const t = '  First paragraph.  \n\n\nSecond one.\n \t\nThird.\n';
    expect(texts(t)).toEqual(['First paragraph.', 'Second one.', 'Third.']);
    expect(splitParagraphs(t)[0]).toEqual({ start: 2, end: 18 });
  });

  test('hard-wrapped prose stays one paragraph', () => {
    const t = 'The committee met on Monday to discuss the\nproposal, which had been delayed twice by the\nlegal department.\n\nA second paragraph.';
    expect(texts(t)).toEqual([
      'The committee met on Monday to discuss the\nproposal, which had been delayed twice by the\nlegal department.',
      'A second paragraph.',
    ]);
  });

  test('one paragraph per line (scraped text without blank lines) splits at each line', () => {
    const long = 'A long paragraph of scraped text that runs well past any wrapping width a person would use for prose. '.repeat(2).trim();
    const t = `Headline Of The Story\n${long}\n${long.replace('A long', 'Another long')}`;
    expect(texts(t)).toHaveLength(3);
  });

  test('a list of finished sentences, one a line, is split', () => {
    expect(texts('The first short sentence here.\nThe second short sentence here.\nThe third one.')).toHaveLength(3);
  });

  test('CRLF line endings', () => {
    expect(texts('One.\r\n\r\nTwo.\r\n')).toEqual(['One.', 'Two.']);
  });

  test('empty text has no paragraphs', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs('\n\n  \n')).toEqual([]);
  });
});

describe('paragraph numbers as a reader counts them', () => {
  test('headings and captions are not counted; they are named for what they are', async () => {
    const { readerNumbers } = await import('../../../lib/text/paragraphs');
    const { paragraphName } = await import('../../../components/format');
    const kinds = ['heading', 'paragraph', 'paragraph', 'caption', 'list-item', 'heading', 'paragraph'] as const;
    const numbers = readerNumbers(kinds);
    expect(numbers).toEqual([null, 1, 2, null, 3, null, 4]);
    expect([0, 2, 3, 6].map((i) => paragraphName(i, numbers, kinds))).toEqual(['a heading', '¶2', 'a caption', '¶4']);
    // Without kinds (plain text), every paragraph counts.
    expect(paragraphName(6)).toBe('¶7');
  });
});
