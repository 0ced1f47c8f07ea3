import { CodePointIndex } from '../../lib/anchor/codepoints';
import { MatchText } from '../../lib/anchor/match';
import { anchor, describe } from '../../lib/anchor/selectors';
import type { Annotation, AnnotationSelector } from '../../lib/types';

/** Paragraphs written for the anchoring tests, one a line on the test page. */
export const HARBOUR_PARAGRAPHS = [
  'The harbour authority said on Tuesday that the new breakwater would be finished before the winter storms.',
  'Members of the regional council voted to delay the vote on water charges until the auditors report.',
  'Ferry operators warned that the delay could push some routes to the spring timetable this year.',
  'Local fishing crews said the dredging had already changed where the bass feed in the old basin.',
  'The mayor told reporters that the city would not ask families to pay more for a leaking service.',
  'Engineers from outside the region will review the tests before the agency publishes its report.',
];

/** The selectors a reader's highlight of `words` (its first occurrence from `from`) would store. */
export function highlight(text: string, words: string, from = 0): AnnotationSelector[] {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`no "${words}"`);
  return describe(text, start, start + words.length);
}

/** Anchor selectors in a text, with the text they land on. */
export function find(text: string, selectors: AnnotationSelector[]) {
  const r = anchor(new MatchText(text), selectors, new CodePointIndex(text));
  return { ...r, text: r.status === 'anchored' ? text.slice(r.start, r.end) : null };
}

let seq = 0;
/** An annotation record for the given selectors (ids and times count up). */
export function annotationFor(selectors: AnnotationSelector[], pageKey: string, colour: Annotation['colour'] = 'yellow'): Annotation {
  seq++;
  return { id: `a${seq}`, pageKey, url: pageKey, title: null, selectors, colour, note: '', tags: [], createdAt: seq, updatedAt: seq };
}

/** A DOM range over the first occurrence of a phrase inside one text node of the document. */
export function rangeOver(phrase: string, doc: Document = document): Range {
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = n.textContent!.indexOf(phrase);
    if (at < 0) continue;
    const r = doc.createRange();
    r.setStart(n, at);
    r.setEnd(n, at + phrase.length);
    return r;
  }
  throw new Error(`not on the page: ${phrase}`);
}
