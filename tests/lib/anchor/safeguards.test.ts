import { describe as group, expect, test } from 'vitest';
import { anchorQuote, MatchText, MIN_SCORE } from '../../../lib/anchor/match';
import { describe } from '../../../lib/anchor/selectors';
import { find, HARBOUR_PARAGRAPHS, highlight } from '../../helpers/anchoring';

// Each safeguard of lib/anchor/match.ts against painting a highlight on a look-alike, with a case that only
// that safeguard stops (each test was checked to fail with its safeguard switched off). Paragraphs written for
// these tests.

const P = [...HARBOUR_PARAGRAPHS, 'A public meeting on the plans is to be held in the old customs house at the end of the month.'];
const page = (paras: string[]) => paras.join('\n');
const original = page(P);

group('safeguards against look-alikes', () => {
  test('a long quote found once, in an unrelated sentence, after its paragraph was replaced, is an orphan', () => {
    const quote = 'the city would not ask families to pay more';
    expect(quote.length).toBeGreaterThanOrEqual(40);
    const sel = highlight(original, quote);
    const paras = [...P];
    paras[4] = 'The council has yet to publish the minutes of the meeting, which ran late into the night.';
    paras.splice(1, 0, `In a letter to the editor, a reader claimed ${quote} than it already does, without evidence.`);
    const r = find(page(paras), sel);
    expect(r.status).toBe('orphan');
    expect(r.score).toBeGreaterThan(0);
  });

  const filler = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} of a long live blog about the weather and the roads, written for the test.`);

  test('…but the same long quote in its own paragraph, moved far away, is kept', () => {
    const quote = 'the city would not ask families to pay more';
    const sel = highlight(original, quote);
    // (An advertisement took its old place: neighbours that now meet would look like a deleted paragraph.)
    const moved = page([...P.slice(0, 4), 'Advertisement', ...P.slice(5), ...filler, P[4]!]);
    const r = find(moved, sel);
    expect(r).toMatchObject({ status: 'anchored', text: quote });
  });

  test('…as is a whole-paragraph quote moved away, while the same words inside a sentence are not taken', () => {
    const paras = [...P.slice(0, 3), 'Nobody expected the harbour to reopen this quickly.', ...P.slice(3)];
    const text = page(paras);
    const quote = 'Nobody expected the harbour to reopen this quickly.';
    const sel = highlight(text, quote);
    const moved = page([...P.slice(0, 3), 'Advertisement', ...P.slice(3), ...filler, quote]);
    expect(find(moved, sel)).toMatchObject({ status: 'anchored', text: quote });
    const lookAlike = page([...P.slice(0, 3), 'Advertisement', ...P.slice(3), ...filler, `One trader said: ${quote} Others disagreed.`]);
    expect(find(lookAlike, sel).status).toBe('orphan');
  });

  test('the deleted-paragraph check: the paragraph is gone and a reworded one elsewhere shares the quote', () => {
    const quote = 'the city would not ask families';
    const sel = highlight(original, quote);
    // The paragraph is removed: the paragraphs that stood around it now meet. Two paragraphs on, a new one
    // opens with the same words but goes on differently.
    const paras = P.filter((_, i) => i !== 4);
    paras.splice(5, 0, 'The mayor told reporters that the city would not ask families who rent to fill in the form.');
    const r = find(page(paras), sel);
    expect(r.status).toBe('orphan');
  });

  test('the deleted-paragraph check on a page whose paragraphs are apart by a blank line', () => {
    const blank = (paras: string[]) => paras.join('\n\n');
    const quote = 'the city would not ask families';
    const sel = highlight(blank(P), quote);
    const paras = P.filter((_, i) => i !== 4);
    paras.splice(5, 0, 'The mayor told reporters that the city would not ask families who rent to fill in the form.');
    expect(find(blank(paras), sel).status).toBe('orphan');
  });

  test('the tie-breaker: two copies with the same words around them, equally far, is a coin toss and an orphan', () => {
    const text = page([P[0]!, P[3]!, P[1]!, P[3]!, P[2]!]);
    const quote = 'had already changed';
    const at = text.indexOf(quote);
    const r = anchorQuote(new MatchText(text), {
      exact: quote,
      prefix: text.slice(at - 32, at),
      suffix: text.slice(at + quote.length, at + quote.length + 32),
    });
    expect(r.status).toBe('orphan');
    expect(r.score).toBeGreaterThanOrEqual(MIN_SCORE);
    // With the old position, the nearer copy is the highlight.
    const r2 = anchorQuote(new MatchText(text), {
      exact: quote,
      prefix: text.slice(at - 32, at),
      suffix: text.slice(at + quote.length, at + quote.length + 32),
      start: at,
      end: at + quote.length,
    });
    expect(r2).toMatchObject({ status: 'anchored', start: at });
  });

  test('the edited original in its old place: a short quote copied earlier while the original was rewritten', () => {
    const quote = 'where the bass feed';
    const sel = highlight(original, quote);
    const paras = [...P];
    paras[3] = 'Local fishing crews said the dredging had already changed where the young perch feed in the old basin.';
    paras.splice(1, 0, P[3]!);
    const r = find(page(paras), sel);
    expect(r.status).toBe('orphan');
  });

  test('MIN_CONTEXT_SIMILARITY: a short phrase in its old place but in another sentence is not taken', () => {
    const quote = 'the old basin';
    const sel = highlight(original, quote);
    const paras = [...P];
    paras[3] = 'Swimming in the old basin is forbidden all year, a sign at the gate reminds visitors.';
    const r = find(page(paras), sel);
    expect(r.status).toBe('orphan');
  });
});

group('approximate matches keep their length', () => {
  const cjk = '第一段的内容在这里，写给测试。\n这是一个中文测试句子很长的句子。后面还有更多的文字。';

  test.each([
    ['in the middle of a sentence', cjk],
    ['before a full stop, two characters into the line', '这是中文测试句子。'],
    ['after other characters', '…中文测试句子。'],
  ])('CJK with a character changed, %s: all six characters, no more', (_name, text) => {
    const r = anchorQuote(new MatchText(text), { exact: '中文测试句孑' });
    expect(r.status).toBe('anchored');
    expect(text.slice(r.start, r.end)).toBe('中文测试句子');
  });

  test('a CJK highlight with its context comes back whole after an edit inside it', () => {
    const at = cjk.indexOf('中文测试句子');
    const sel = describe(cjk, at, at + 6);
    const edited = cjk.replace('测试句子', '测验句子');
    const r = find(edited, sel);
    expect(r.text).toBe('中文测验句子');
  });

  test('Latin text: an approximate match that could end a letter short ends at the word', () => {
    const text = 'The harbour authority said the wall is safe enough for now, officials said.';
    const r = anchorQuote(new MatchText(text), { exact: 'the wall is safx' });
    expect(text.slice(r.start, r.end)).toBe('the wall is safe');
  });
});

group('a passage the page repeats', () => {
  // A caption repeats the first sentence of a paragraph word for word, with the same words around it.
  const caption = 'Crews said the dredging had already changed where the bass feed, officials said.';
  const paras = [P[0]!, caption, P[1]!, P[2]!, 'Crews said the dredging had already changed where the bass feed, officials said on Monday.', P[4]!, P[5]!];

  test('when the highlighted copy moved away from its neighbours, the other copy is not taken for it', () => {
    const text = page(paras);
    const at = text.indexOf('had already changed', text.indexOf(paras[4]!));
    const sel = describe(text, at, at + 'had already changed'.length);
    const moved = page([
      paras[0]!,
      paras[1]!,
      paras[2]!,
      paras[3]!,
      'Advertisement',
      paras[5]!,
      paras[6]!,
      ...Array.from({ length: 30 }, (_, i) => `Filler paragraph ${i} about the tides and the weather for this test.`),
      paras[4]!,
    ]);
    const r = find(moved, sel);
    // Either place would be a guess: the caption is nearer the old position, the paragraph has the words.
    expect(r.status).toBe('orphan');
  });

  test('the highlight records how many copies the page held', () => {
    const text = page(paras);
    const at = text.indexOf('had already changed', text.indexOf(paras[4]!));
    const hint = describe(text, at, at + 'had already changed'.length).find((s) => s.type === 'NewsmarkBlockHint');
    expect(hint).toMatchObject({ repeated: 2 });
    // Words the page has once (or again, but in an unrelated sentence) record nothing.
    const once = highlight(original, 'the city would not ask families').find((s) => s.type === 'NewsmarkBlockHint');
    expect(once).not.toHaveProperty('repeated');
  });

  test('when the highlighted copy is gone, the copy the page already had is not taken for it', () => {
    const text = page(paras);
    const at = text.indexOf('had already changed', text.indexOf(paras[4]!));
    const sel = describe(text, at, at + 'had already changed'.length);
    const replaced = page([paras[0]!, paras[1]!, paras[2]!, paras[3]!, 'The crews would not say when they expect to finish the work.', paras[5]!, paras[6]!]);
    expect(find(replaced, sel).status).toBe('orphan');
    // A highlight saved before the count was recorded is found as it was.
    const old = sel.map((s) => (s.type === 'NewsmarkBlockHint' ? { ...s, repeated: undefined } : s));
    expect(find(replaced, old)).toMatchObject({ status: 'anchored', start: replaced.indexOf('had already changed') });
  });

  test('a question asked of every interviewee: the highlighted one gone, the other is not taken for it', () => {
    const q = 'What would you change about the harbour if you could start again?';
    const interview = [
      P[0]!,
      'Anna Berg, harbour pilot',
      q,
      'More room for the small boats, and a proper slipway for the rowing club.',
      'Tom Kerr, ferry captain',
      q,
      'A second berth, so the morning ferries stop queuing outside the wall.',
      P[5]!,
    ];
    const text = page(interview);
    const at = text.indexOf('would you change about the harbour', text.indexOf('Tom Kerr'));
    const sel = describe(text, at, at + 'would you change about the harbour'.length);
    // The second interview is rewritten as a paragraph of prose.
    const edited = [...interview.slice(0, 4), 'Tom Kerr, who has run the morning ferry for twenty years, wants a second berth.', P[5]!];
    expect(find(page(edited), sel).status).toBe('orphan');
  });

  test('one copy gone while the highlighted one still has an old neighbour: found', () => {
    const text = page(paras);
    const at = text.indexOf('had already changed', text.indexOf(paras[4]!));
    const sel = describe(text, at, at + 'had already changed'.length);
    // The caption is gone and a paragraph was inserted just before the highlighted one.
    const edited = page([paras[0]!, paras[2]!, paras[3]!, 'Update: the council met on Tuesday evening to discuss the works.', paras[4]!, paras[5]!, paras[6]!]);
    expect(find(edited, sel)).toMatchObject({ status: 'anchored', start: edited.indexOf('had already changed') });
  });

  test('while a copy still in its old neighbourhood is found', () => {
    const text = page(paras);
    const at = text.indexOf('had already changed', text.indexOf(paras[4]!));
    const sel = describe(text, at, at + 'had already changed'.length);
    const shifted = page([paras[0]!, paras[1]!, 'Advertisement', paras[2]!, paras[3]!, paras[4]!, paras[5]!, paras[6]!]);
    const r = find(shifted, sel);
    expect(r).toMatchObject({ status: 'anchored', start: shifted.indexOf('had already changed', shifted.indexOf(paras[4]!)) });
  });
});

group('a word inserted or replaced inside the quote, and the paragraph copied (written for these tests)', () => {
  test.each([
    ['voted to delay the vote on water charges', 'voted to delay', 'voted reportedly to delay'],
    ['voted to delay the vote on water charges', 'the vote on', 'the final vote on'],
    ['to delay the vote', 'to delay the', 'to postpone the'],
    ['the dredging had already changed where the bass feed', 'had already', 'had perhaps already'],
  ])('“%s”, edited (%s → %s), comes back whole between its context', (quote, from, to) => {
    const sel = highlight(original, quote);
    const edited = original.replace(quote, quote.replace(from, to));
    const now = quote.replace(from, to);
    expect(find(edited, sel)).toMatchObject({ status: 'anchored', text: now });
  });

  test('a word inserted at the start of a short quote does not cut the match inside a word', () => {
    const sel = highlight(original, 'delay the vote on water charges');
    const edited = original.replace('to delay the vote on water charges', 'to reportedly delay the vote on water charges');
    const r = find(edited, sel);
    expect(r.status).toBe('anchored');
    // The match starts at a word: "reportedly delay …" or "delay …", never "edly delay …".
    expect(r.text).toMatch(/^(reportedly )?delay the vote on water charges$/);
  });

  test('a quote rewritten beyond recognition between its context is an orphan', () => {
    const sel = highlight(original, 'to delay the vote on water charges');
    const edited = original.replace('to delay the vote on water charges', 'on Thursday after a short debate');
    expect(find(edited, sel).status).toBe('orphan');
  });

  test.each([['the dredging had already changed'], ['where the bass feed in the old basin.']])(
    'the paragraph copied right after it: “%s” stays on the original',
    (quote) => {
      const sel = highlight(original, quote);
      const copied = page([...P.slice(0, 4), P[3]!, ...P.slice(4)]);
      expect(find(copied, sel)).toMatchObject({ status: 'anchored', start: copied.indexOf(quote) });
    },
  );
});

group('a fuzzy match does not grow over a paragraph break', () => {
  test('a short line put between the paragraph before and an edited highlight at a paragraph start', () => {
    const quote = 'Ferry operators warned that the delay';
    const sel = highlight(original, quote);
    const edited = original.replace(`${quote} could push`, 'Advert\nFerry operators warned again that the delay could push');
    const r = find(edited, sel);
    expect(r.text ?? '').not.toContain('\n');
    expect(r).toMatchObject({ status: 'anchored', text: 'Ferry operators warned again that the delay' });
  });
});

group('the context search does not paint a neighbour (review cases, written for these tests)', () => {
  test('a sentence taken out of a list of sentences alike is an orphan, not the next one', () => {
    const text = page([
      'Council backs transit plan',
      'The plan would raise parking fees by 5 per cent. The plan would cut bus fares by 10 per cent. The plan would lift road tolls by 8 per cent. The plan would trim staff costs by 3 per cent.',
      'The vote follows months of debate.',
    ]);
    const sel = highlight(text, 'The plan would cut bus fares by 10 per cent.');
    expect(find(text.replace('The plan would cut bus fares by 10 per cent. ', ''), sel).status).toBe('orphan');
  });

  test('a line taken out of repeated boilerplate is an orphan, not the line after', () => {
    const lines = [
      'Week 6 injury report',
      'Advertisement',
      'Bills: RB Jim Cole (ankle) is questionable for Sunday.',
      'Advertisement',
      'Jets: WR Gary Wills (knee) is doubtful for Sunday.',
      'Advertisement',
      'Browns: WR Jerry Judd (knee) is doubtful for Sunday.',
      'Advertisement',
      'Bengals: no players listed.',
    ];
    const sel = highlight(page(lines), 'Jets: WR Gary Wills (knee) is doubtful for Sunday.');
    expect(find(page([...lines.slice(0, 4), ...lines.slice(6)]), sel).status).toBe('orphan');
  });

  test('words inserted into the context before the quote stay out of it', () => {
    const text = page([
      'Budget day',
      'At a news conference, the mayor said the budget is balanced, and that property taxes will not rise.',
      'The council votes next week.',
    ]);
    const sel = highlight(text, 'the budget is balanced');
    const edited = text.replace('the mayor said the budget is balanced', 'the mayor said on Tuesday that the budget was balanced');
    expect(find(edited, sel)).toMatchObject({ status: 'anchored', text: 'the budget was balanced' });
  });
});

group('third review: the runner-up is no place, and sides that meet elsewhere say nothing (written for these tests)', () => {
  const filler = Array.from({ length: 14 }, (_, i) => `Line ${i} of the council's notes on roads, bins and the library, written for the test.`);

  test('a much-edited quote without its suffix is an orphan, not an unchanged look-alike far off', () => {
    const text = page([
      'Council notes',
      'In May, Ms Ruiz said the council would vote on the transit plan next Tuesday, before the summer recess begins.',
      ...filler,
      'On Friday, Ms Ruiz said the council would vote on the housing plan next Tuesday, before the summer recess begins.',
    ]);
    const quote = 'the council would vote on the housing plan next Tuesday';
    const sel = highlight(text, quote);
    const edited = text.replace(
      `${quote}, before the summer recess begins.`,
      'the council will vote on its housing plan on Tuesday. Summer recess starts in July.',
    );
    expect(find(edited, sel).status).toBe('orphan');
  });

  test('the context meeting in an earlier sentence does not stop the search at the old place', () => {
    const text = page([
      'Officials said the bridge would reopen in spring.',
      'Traffic was diverted through the town centre.',
      'On Monday officials said the newly repaired bridge would reopen on Friday after the final checks.',
      'Drivers were asked to plan ahead.',
    ]);
    const sel = highlight(text, 'newly repaired');
    const edited = text.replace('newly repaired', 'newly rebuilt');
    expect(find(edited, sel)).toMatchObject({ status: 'anchored', text: 'newly rebuilt' });
  });
});

test('an edited highlight in the last paragraph is found again (nothing after it is no deleted paragraph)', () => {
  // (The page's text ends with a line break, as a file's does.)
  const text = `${page([...P, 'Drivers were asked to plan ahead while the newly repaired bridge is tested.'])}\n`;
  const sel = highlight(text, 'the newly repaired bridge is tested');
  const edited = text.replace('newly repaired', 'newly rebuilt');
  expect(find(edited, sel)).toMatchObject({ status: 'anchored', text: 'the newly rebuilt bridge is tested' });
});
