import { describe, expect, test } from 'vitest';
import { analyze } from '../../../lib/detect/index';
import { creditSpans } from '../../../lib/detect/credits';
import { splitParagraphs } from '../../../lib/text/paragraphs';

// Lines written for these tests; the names are invented.
const STORY = 'Mayor Lena Okafor said the harbour bridge would reopen in spring.';
const people = (text: string) => analyze({ text }).people.map((p) => p.name);
const credits = (text: string) => creditSpans(text, splitParagraphs(text)).map((s) => text.slice(s.start, s.end));

describe('credit lines', () => {
  test.each([
    ['a byline', `By Jonas Ekberg, 14 October 2026\n\n${STORY}`],
    ['a byline with a colon', `Words by: Jonas Ekberg\n\n${STORY}`],
    ['a photo credit line', `${STORY}\n\nPhoto: Jonas Ekberg/Harbour Gazette`],
    ['a credit inside a caption', `${STORY}\n\nThe bridge at dawn. (Photo by Jonas Ekberg)`],
    ['a wire sign-off', `${STORY}\n\nReporting by Jonas Ekberg; Editing by Piet Varga`],
    ['a teaser for another story', `${STORY}\n\nREAD MORE: Governor Jonas Ekberg unveils his budget`],
    ['a related link', `Related: Jonas Ekberg named harbour master\n\n${STORY}`],
    ['a contributor line', `${STORY}\n\nContributing: Jonas Ekberg`],
    ['files from a colleague', `${STORY}\n\nWith files from Jonas Ekberg and The Harbour Press`],
    ['a sign-off line', `${STORY}\n\nJonas Ekberg, Harbour Gazette`],
    ['a writer who contributed reporting', `${STORY}\n\nJonas Ekberg contributed reporting from Lisbon.`],
    ['the writers’ places at the end', `${STORY}\n\nJonas Ekberg reported from Berlin, and Piet Varga from Paris.`],
    ['a line to follow the writer', `${STORY}\n\nFollow Jonas Ekberg on Twitter at example.com/ekberg`],
    ['a newsletter line', `${STORY}\n\nSign up for Jonas Ekberg’s harbour newsletter`],
    ['the writer’s note at the end', `${STORY}\n\nABOUT THE AUTHOR\n\nJonas Ekberg is a senior reporter for the Harbour Gazette. He can be reached by email.`],
    ['the writer’s note at the end, no heading', `${STORY}\n\nJonas Ekberg is a reporter for the Harbour Gazette.`],
    ['an agency photo credit after a caption', `${STORY}\n\nThe bridge at dawn on Monday. (Harbour Photo/Jonas Ekberg)`],
    ['a name and an agency in brackets after a caption', `${STORY}\n\nThe bridge at dawn. (Jonas Ekberg/The Harbour Gazette via AP)`],
    [
      'writers who contributed to the report',
      `${STORY}\n\nAssociated Press writers Jonas Ekberg in Lisbon and Piet Varga in Berlin contributed to this report.`,
    ],
  ])('%s: its people are not people of the story', (_, text) => {
    expect(people(text)).toEqual(['Lena Okafor']);
  });

  test('someone in the story who also took the photo stays', () => {
    const text = `Jonas Ekberg, a harbour pilot, said the fog came early.\n\n${STORY}\n\nPhoto: Jonas Ekberg`;
    expect(people(text).sort()).toEqual(['Jonas Ekberg', 'Lena Okafor']);
  });

  test('a sentence that opens with "By" is no byline', () => {
    expect(credits(`By the end of the year, Jonas Ekberg will have left the council.\n\n${STORY}`)).toEqual([]);
    expect(people(`By the end of the year, Jonas Ekberg will have left the council.\n\n${STORY}`).sort()).toEqual(['Jonas Ekberg', 'Lena Okafor']);
  });

  test('a paragraph of the story is no credit line, however it opens or ends', () => {
    const long = `Jonas Ekberg, who has covered the harbour for the Gazette for more than twenty years and knows every pilot, every dredger and every clerk in the port office by name, and who wrote the first account of the fire, contributed to this report.`;
    expect(credits(`${long}\n\n${STORY}`)).toEqual([]);
    const opens = `Contributing to the decline, Mayor Jonas Ekberg said, were years of drought.`;
    expect(credits(`${opens}\n\n${STORY}`)).toEqual([]);
    expect(people(`${opens}\n\n${STORY}`).sort()).toEqual(['Jonas Ekberg', 'Lena Okafor']);
  });

  test('a story that goes on after "contributed reporting" or "reported from" is no credit', () => {
    const text = `Jonas Ekberg contributed reporting from Lisbon, where he met the mayor. The mayor praised him.\n\nPiet Varga reported from the scene that the bridge had fallen, and then he left for the capital to meet officials.\n\n${STORY}\n\nThe council meets in May.\n\nThe bridge reopens in spring.\n\nTolls stay the same.`;
    expect(people(text).sort()).toEqual(['Jonas Ekberg', 'Lena Okafor', 'Piet Varga']);
  });

  test('praise at the end is no writer’s note', () => {
    expect(people(`${STORY}\n\nJonas Ekberg is the best photographer we have ever worked with.`).sort()).toEqual(['Jonas Ekberg', 'Lena Okafor']);
  });

  test('a reporter in the story is no writer’s note', () => {
    const text = `Jonas Ekberg is a reporter for the Harbour Gazette who was held at the border for two days last week.\n\n${STORY}\n\nThe council meets again in May.\n\nThe bridge reopens in spring.\n\nTolls stay the same.`;
    expect(people(text).sort()).toEqual(['Jonas Ekberg', 'Lena Okafor']);
  });

  test('a slash in a story is no credit: its people stay', () => {
    for (const line of [
      'Investigators reviewed photo/video evidence from Jonas Ekberg’s phone, the court heard.',
      'The vote split along party lines (Jonas Ekberg/Piet Varga ticket) and the result was close.',
    ]) {
      expect(people(`${line}\n\n${STORY}`)).toContain('Jonas Ekberg');
    }
  });

  test('the spans', () => {
    expect(credits(`${STORY}\n\nReporting by Jonas Ekberg; Editing by Piet Varga`)).toEqual(['Reporting by Jonas Ekberg; Editing by Piet Varga']);
    expect(credits('A long paragraph. Photo: Ana Lind/Reuters\nNext line')).toEqual(['Photo: Ana Lind/Reuters']);
  });
});
