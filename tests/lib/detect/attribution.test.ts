import { describe, expect, test } from 'vitest';
import { analyze } from '../../../lib/detect/index';
import { ATTRIBUTION_RULES, RULE_PRECISION, SPEAKER_PRECISION, SPEAKER_SURE, speakerConfidence, speakerIsSure } from '../../../lib/data/attribution';
import { citation } from '../../../lib/citation';
import type { ArticleMeta } from '../../../lib/types';

// Sentences written for these tests.
const speakerOf = (text: string, quoteStart: string) => {
  const a = analyze({ text });
  const q = a.quotes.find((x) => x.text.startsWith(quoteStart));
  if (!q) throw new Error(`no quote “${quoteStart}…” in ${JSON.stringify(a.quotes.map((x) => x.text))}`);
  return q.speaker;
};

describe('which rule names the speaker, and how sure it is', () => {
  test.each([
    ['“The pier is safe and the town can have its summer back,” Mayor Ana Ruiz said.', 'The pier', 'cue-after', 'name', 'Ana Ruiz'],
    ['Harbour engineer Tomas Lindqvist said: “We tested every beam twice this spring.”', 'We tested', 'cue-before', 'name', 'Tomas Lindqvist'],
    ['Mayor Ana Ruiz toured the pier on Monday. “Every beam was tested twice,” she said.', 'Every beam', 'cue-after', 'pronoun', 'Ana Ruiz'],
    ['“Fares will rise in the spring for every route we run,” the company said.', 'Fares', 'cue-after', 'description', 'the company'],
  ] as const)('%s', (text, quote, rule, form, name) => {
    const s = speakerOf(text, quote);
    expect(s).toMatchObject({ rule, form, name });
    expect(s!.confidence).toBe(speakerConfidence(rule, form));
    expect(speakerIsSure(s)).toBe(true);
  });

  test('a quote right after the previous quote’s cue is the same speaker, and sure', () => {
    const s = speakerOf('“The pier is safe,” Mayor Ana Ruiz said. “The ferries keep running all winter.”', 'The ferries');
    expect(s).toMatchObject({ rule: 'continues-after-cue', name: 'Ana Ruiz' });
    expect(speakerIsSure(s)).toBe(true);
  });

  test.each([
    [
      '“We have never seen damage like this,” said Port Director Lena Ortiz, who has run the port since 2015. “It will take time.”',
      'It will take',
      'Lena Ortiz',
    ],
    [
      '“The pier is safe,” Mayor Ana Ruiz told reporters at the harbour office on a windy Monday morning. “The ferries keep running.”',
      'The ferries',
      'Ana Ruiz',
    ],
  ])('after a long cue, the quote opening the next sentence goes on from it, and is sure: %s', (text, quote, name) => {
    const s = speakerOf(text, quote);
    expect(s).toMatchObject({ rule: 'continues-after-cue', name });
    expect(speakerIsSure(s)).toBe(true);
  });

  test.each([
    ['“It is a disaster for all of us here,” a dockworker who asked not to be named said.', 'It is a disaster', 'a dockworker'],
    ['“We were told nothing at all,” a resident who declined to give her name said on Monday.', 'We were told', 'a resident'],
    ['“We will appeal the ruling,” the company that owns the ferry said in a statement.', 'We will appeal', 'the company'],
    ['“Nobody saw it coming this year,” a man who said he had lived there for decades told reporters.', 'Nobody saw', 'a man'],
  ])('a relative clause between the speaker and the verb after the quote: %s', (text, quote, name) => {
    expect(speakerOf(text, quote)).toMatchObject({ rule: 'cue-after', name });
  });

  test.each([
    ['“Perpetual motion!” Rep. Lena Ortiz, R-Ohio, said of the talks.', 'Perpetual motion', 'Lena Ortiz'],
    ['“Not us, but we can’t argue with it!” Sam Okafor, the head of Harbour First, tweeted on Friday.', 'Not us', 'Sam Okafor'],
    ['“Why now?” Ana Ruiz, a mother of three from Ashdown, asked the council.', 'Why now', 'Ana Ruiz'],
  ])('a quote ending in “!” or “?”, then the speaker, an aside and the verb: %s', (text, quote, name) => {
    expect(speakerOf(text, quote)).toMatchObject({ rule: 'cue-after', name });
  });

  test.each([
    ['The walkout signals “the beginning of the end” for the old contract, said Piet Maartens, a union organiser.', 'the beginning', 'Piet Maartens'],
    ['Ports have used “velvet gloves” in their dealings with the union, says Ana Ruiz.', 'velvet gloves', 'Ana Ruiz'],
  ])('a partial quote, then the sentence closed by the verb and its speaker: %s', (text, quote, name) => {
    expect(speakerOf(text, quote)).toMatchObject({ rule: 'cue-after', name });
  });

  test.each([
    // "told" takes the one told after it; a sentence that goes on after the name is another clause.
    ['Ports have used “velvet gloves” with the union, told Ana Ruiz.', 'velvet gloves'],
    ['Ports have used “velvet gloves” with the union, said Ana Ruiz and her lawyer were wrong.', 'velvet gloves'],
  ])('…not when the verb takes an object, or the sentence goes on: %s', (text, quote) => {
    expect(speakerOf(text, quote)?.name).not.toBe('Ana Ruiz');
  });

  test.each([
    ['“This is a done deal and everybody knows it.” That’s how resident Elaine Thibodeau described the process.', 'This is a done deal', 'Elaine Thibodeau'],
    ['“Nobody wins a strike.” So says Ray Kessler, who has worked the docks for 30 years.', 'Nobody wins', 'Ray Kessler'],
    ['“We will fight this.” Those were the words of Dana Pruitt, the harbour chief.', 'We will fight', 'Dana Pruitt'],
    ['“It is a disaster.” That is what Ana Ruiz told the council on Monday.', 'It is a disaster', 'Ana Ruiz'],
  ])('the next sentence points back at the quote and names its speaker: %s', (text, quote, name) => {
    expect(speakerOf(text, quote)).toMatchObject({ rule: 'cue-after', name });
  });

  test('a quote that is its own paragraph, and the next one pointing back at it as someone’s answer: a quote, theirs', () => {
    const text = 'Mayor Lena Dunn spoke first.\n\n“Oh, Lord,” Tim Gale sighed.\n\n“Nobody.”\n\nThat was Dunn’s answer when asked who had backed the plan.';
    const q = analyze({ text }).quotes.find((x) => x.text.startsWith('Nobody'))!;
    expect(q.speaker).toMatchObject({ name: 'Lena Dunn', rule: 'cue-after' });
    expect(q.scare).toBe(false);
  });

  test('a paragraph ending in a colon keeps the quote it introduces, whatever the next paragraph says', () => {
    const text =
      'Asked who had warned him about the flooding, Mayor Tom Dunn told the inquiry on Tuesday:\n\n“Nobody.”\n\nThat was Ana Ruiz’s answer too, when the same question was put to the fire chief a week earlier.';
    expect(speakerOf(text, 'Nobody')?.name).toBe('Tom Dunn');
  });

  test('“…” That was Ruiz’s answer: the possessor named', () => {
    const text = 'Ana Ruiz chairs the board.\n\n“We will not sell the pier.” That was Ruiz’s answer to the offer.';
    expect(speakerOf(text, 'We will not sell')?.name).toBe('Ana Ruiz');
  });

  test('a sentence that points back but names no one gives no speaker', () => {
    expect(speakerOf('“It is a disaster.” That’s how bad things have become in the port.', 'It is a disaster')).toBeNull();
  });

  test('“the union” is not the person an apposition called “a union organiser”', () => {
    const text =
      'The walkout began on Monday, said Piet Maartens, a union organiser.\n\n“We will not move,” the union said.\n\n“We are still talking,” the organiser said.';
    expect(speakerOf(text, 'We will not move')?.name).toBe('the union');
    expect(speakerOf(text, 'We are still talking')?.name).toBe('Piet Maartens');
  });

  test.each([
    ['The inquiry, often labeled a “witch hunt” by union leaders, resumes on Monday.', 'witch hunt', 'union leaders'],
    ['The plan, derided as “a stunt” by Mayor Ana Ruiz, was dropped.', 'a stunt', 'Ana Ruiz'],
    ['The prison was long called the “Harbour Hilton” by the men held there.', 'Harbour Hilton', 'the men held there'],
  ])('a naming verb in the passive, then “by” and who named it: %s', (text, quote, name) => {
    const s = speakerOf(text, quote);
    expect(s?.name).toBe(name);
  });

  test('“by” and a time names no one', () => {
    expect(speakerOf('The storm, later named “Ophelia” by Tuesday morning, turned north.', 'Ophelia')).toBeNull();
  });

  test.each([
    ['“The port is closed,” read one sign.', 'The port is closed', 'one sign'],
    ['“We will not be moved,” the letter reads.', 'We will not be moved', 'the letter'],
    ['The banner read: “Fair pay for all.”', 'Fair pay', 'The banner'],
  ])('what a written thing says: %s', (text, quote, name) => {
    expect(speakerOf(text, quote)?.name).toBe(name);
  });

  test.each([
    ['“Lock her up,” a slogan that Ruiz tweeted on Sunday, drew criticism.', 'Lock her up', 'Ruiz'],
    ['“Never again,” the words that Ortiz wrote in her diary in 1944, were read aloud.', 'Never again', 'Ortiz'],
  ])('a relative clause with a subject of its own is no speaker’s: %s', (text, quote, name) => {
    expect(speakerOf(text, quote)?.name).toBe(name);
  });

  test.each([
    ['“Stop the steal now,” a slogan that protesters chanted on the day of the riot, became a rallying cry.', 'Stop the steal'],
    ['“Four more years,” a chant that delegates repeated on the convention floor, rang out.', 'Four more years'],
  ])('…nor when that subject is a noun of people: %s', (text, quote) => {
    expect(speakerOf(text, quote)).toBeNull();
  });

  test.each([
    ['“The plan is dead,” Ortiz told reporters after the meeting, though her spokesman later tried to walk it back. “She was joking.”', 'She was joking'],
    ['“We will fight this,” Ortiz said on Monday, while the company, which owns the land, rejected her claims. “The suit has no merit.”', 'The suit'],
    ['“We will not back down,” Senator Ana Ruiz said on Tuesday, as hecklers in the gallery began chanting loudly at her. “Shame on you!”', 'Shame on you'],
    ['“We won,” Tom Bell said at the rally on Saturday night, and the crowd in the hall erupted in applause. “Four more years!”', 'Four more years'],
    ['“The case is closed,” Lena Ortiz said on Friday, prompting a sharp reply from the prosecutor. “The evidence speaks.”', 'The evidence'],
  ])('another clause in the cue’s sentence: the next quote is only a guess: %s', (text, quote) => {
    const s = speakerOf(text, quote);
    expect(s?.rule).not.toBe('continues-after-cue');
    expect(speakerIsSure(s)).toBe(false);
  });

  test('the next paragraph’s quote does not go on from a long cue sentence', () => {
    const s = speakerOf(
      '“The pier is safe,” Mayor Ana Ruiz told reporters at the harbour office on a windy Monday.\n\n“The ferries keep running.”',
      'The ferries',
    );
    expect(s?.rule).not.toBe('continues-after-cue');
  });

  test('a sentence of other words after the cue: the next quote is only carried, as a guess', () => {
    const s = speakerOf(
      '“The pier is safe,” Mayor Ana Ruiz said on Monday at the harbour office. The council will vote next week. “The ferries keep running.”',
      'The ferries',
    );
    expect(s?.rule).not.toBe('continues-after-cue');
    expect(speakerIsSure(s)).toBe(false);
  });

  test('a quote opening the next paragraph with no cue of its own is carried over, as a guess', () => {
    const s = speakerOf(
      'Mayor Ana Ruiz said on Monday: “The pier is safe, and the town can have its summer back.”\n\n“We will not wait for the summer to start the work on the old pier.”',
      'We will not',
    );
    expect(s).toMatchObject({ name: 'Ana Ruiz', rule: 'continues-next' });
    expect(speakerIsSure(s)).toBe(false);
  });

  test('a paragraph of other words between the two quotes: nothing is carried', () => {
    const s = speakerOf(
      '“The pier is safe,” Mayor Ana Ruiz said on Monday at the harbour office.\n\nThe council will vote on the repairs next week, after a long debate about the costs.\n\n“We will not wait for the summer to start the work on the old pier.”',
      'We will not',
    );
    expect(s).toBeNull();
  });

  test('a sentence’s own subject is kept over a speaker carried from the quote before', () => {
    const s = speakerOf(
      '“The pier is safe,” Mayor Ana Ruiz said. Councillor Ola Berg called the repairs “a waste of money that the town cannot afford this year.”',
      'a waste',
    );
    expect(s?.name).toBe('Ola Berg');
  });

  test('the tables cover every rule, and every confidence is a probability', () => {
    for (const rule of ATTRIBUTION_RULES) expect(RULE_PRECISION[rule]).toBeGreaterThan(0);
    for (const p of [...Object.values(RULE_PRECISION), ...Object.values(SPEAKER_PRECISION)]) {
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThanOrEqual(1);
    }
    // A rule too rare to have a figure per form falls back to the rule's.
    expect(speakerConfidence('signed-below', 'title')).toBe(RULE_PRECISION['signed-below']);
    expect(speakerIsSure({ confidence: SPEAKER_SURE - 0.01 })).toBe(false);
    expect(speakerIsSure({ confidence: SPEAKER_SURE })).toBe(true);
    // A record read before speakers had a confidence: shown as it was.
    expect(speakerIsSure({})).toBe(true);
    expect(speakerIsSure(null)).toBe(false);
  });
});

describe('a citation never names a guessed speaker', () => {
  const meta: ArticleMeta = {
    title: 'Pier to reopen',
    byline: null,
    siteName: 'Harbour Gazette',
    publishedTime: '2026-06-01',
    lang: 'en',
    dir: null,
    excerpt: null,
  };
  const quote = { id: 'q', start: 0, end: 10, text: 'We will not wait,', scare: false };
  test.each([
    [0.95, true],
    [0.4, false],
  ])('confidence %s', (confidence, named) => {
    const text = citation(
      { ...quote, speaker: { personId: 'p', name: 'Ana Ruiz', rule: 'continues', form: 'name', confidence } },
      null,
      meta,
      'https://news.example/pier',
      'news.example',
    );
    expect(text.includes('— Ana Ruiz')).toBe(named);
    expect(text).toContain('“We will not wait”');
  });
});

describe('review of the session’s attribution rules: a cue before the quote, possessives, labels, written things (invented)', () => {
  test.each([
    ['Mayor Ana Ruiz told the council: “This budget is a disgrace.” That is what Tom Lee said last year, too.', 'This budget', 'Ana Ruiz'],
    ['Trump had called the inquiry “a witch hunt” in a post on Sunday, said Ana Ruiz, a White House spokeswoman.', 'a witch hunt', 'Trump'],
    ['Tom Lee described the plan as “reckless” during the debate, said Ana Ruiz, a committee aide.', 'reckless', 'Tom Lee'],
  ])('a cue before the quote keeps it: %s', (text, quote, name) => {
    expect(speakerOf(text, quote)?.name).toBe(name);
  });

  test.each([
    ['“We will fight on.” That was the view from Ana Ruiz’s opponents.', 'We will fight on', 'Ana Ruiz'],
    ['“We regret nothing.” So says Ana Ruiz’s lawyer.', 'We regret nothing', 'Ana Ruiz'],
    ['“Never again.” That was the message of a rally organised by Ana Ruiz.', 'Never again', 'Ana Ruiz'],
    ['“This is a disaster.” That’s how bad it got before Ana Ruiz said enough was enough.', 'This is a disaster', 'Ana Ruiz'],
    ['“Nobody is above the law.” So says the Constitution, argued lawyer Ana Ruiz.', 'Nobody is above', 'the Constitution'],
    ['Police found a note reading “sorry” in the car, said Detective Ana Ruiz.', 'sorry', 'Ana Ruiz'],
    ['The minister’s letter to Ana Ruiz reads: “Your request has been denied.”', 'Your request', 'Ana Ruiz'],
    ['“Closed for renovations,” read a sign outside the shop owned by Ana Ruiz.', 'Closed for', 'Ana Ruiz'],
    ['The cars, rated “top safety picks” by crash tests, sold well.', 'top safety', 'crash tests'],
    ['Trump’s “big, beautiful bill” will cut Medicaid for millions, said Senator Maria Lopez.', 'big, beautiful', 'Maria Lopez'],
    ['The so-called “Rwanda plan” collapsed in the courts, said Labour MP Rachel Hughes.', 'Rwanda plan', 'Rachel Hughes'],
    ['The government’s “levelling up” agenda has stalled in the north, said Labour MP Rachel Hughes.', 'levelling up', 'Rachel Hughes'],
    ['The Liberals’ “Team Canada” approach to the tariff talks has worked, said Premier Doug Ford.', 'Team Canada', 'Doug Ford'],
  ])('not this speaker: %s', (text, quote, name) => {
    expect(speakerOf(text, quote)?.name).not.toBe(name);
  });

  test('“the organiser” is still the person described as “a union organiser with 20 years at the plant”', () => {
    const text = 'Piet Maartens, a union organiser with 20 years at the plant, spoke first. “We will strike,” the organiser said.';
    expect(speakerOf(text, 'We will strike')?.name).toBe('Piet Maartens');
  });
});

describe('speakers behind an abbreviated title, an irregular verb, a title as subject, a sentence that reports (invented)', () => {
  test.each([
    ['“The port will reopen by June,” said former Gov. Ana Ruiz, who ran the state until 2019.', 'The port will', 'Ana Ruiz'],
    ['“We were never told,” said former Rep. Tom Lee (D-Ohio), one of the bill’s authors.', 'We were never', 'Tom Lee'],
    ['“It is a fair deal,” said ex-Sen. Mara Lind of Vermont.', 'It is a fair', 'Mara Lind'],
    [
      'Sen. Ana Ruiz spoke on Monday. The Vermont senator sought to calm the crowd, and took a heckler in stride, saying he would “not get hurt” at her rally.',
      'not get hurt',
      'The Vermont senator',
    ],
    ['Tom Lee spoke first. The businessman began by talking about the port, saying that fees are “higher than ever.”', 'higher than ever', 'The businessman'],
    ['Dock manager Sam Lau said in a statement on Monday. “There are no boats left to inspect.”', 'There are no boats', 'Sam Lau'],
    // An adverb opening the sentence is no part of its subject.
    ['Tom Lee leaned back. Wheezingly he spoke, “I will have to change tactics.”', 'I will have to', 'Tom Lee'],
  ])('%s', (text, quote, name) => {
    expect(speakerOf(text, quote)?.name).toBe(name);
  });

  test.each([
    // The sentence before reports someone else's doing, not their words.
    ['Sam Lau walked out of the meeting on Monday. “There are no boats left to inspect.”', 'There are no boats', 'Sam Lau'],
    // A noun is no verb: "the left wing" does not end the subject at "the".
    ['Ana Ruiz spoke. The left wing of the party, saying the deal was “a betrayal,” walked out.', 'a betrayal', 'Ana Ruiz'],
    // A name two sentences back is not the sentence that reports.
    ['Sam Lau said in a statement that talks had ended. The union disagreed. “There are no boats left to inspect.”', 'There are no boats', 'Sam Lau'],
  ])('not this speaker: %s', (text, quote, name) => {
    expect(speakerOf(text, quote)?.name).not.toBe(name);
  });
});

describe('verbs of saying the lists lacked, and everyday verbs that say only where they close a quote (invented)', () => {
  test.each([
    ['“We will not back down,” Priya Okonjo pressed.', 'We will not back', 'Priya Okonjo'],
    ['“Is anyone listening?” reacted Tomas Ventry.', 'Is anyone', 'Tomas Ventry'],
    ['“This is plain theft,” Nils Arvid charged.', 'This is plain', 'Nils Arvid'],
    ['“Your work is amazing,” Tom Lee assured the crowd.', 'Your work', 'Tom Lee'],
    ['As the Lanterns sang in 1979, “Nobody owns the river.”', 'Nobody owns', 'the Lanterns'],
    ['The crowd cheered as Ana Ruiz left the stage, proclaiming the vote “a total sham.”', 'a total sham', 'Ana Ruiz'],
  ])('%s', (text, quote, name) => {
    expect(speakerOf(text, quote)?.name).toBe(name);
  });

  test.each([
    // Not where no quote's words end right before them, or a preposition stands between.
    ['Right after the anthem “O Harbor,” the speech by Governor Tom Vell began.', 'O Harbor', 'Tom Vell'],
    ['Karl Odum hummed “Sweet Ferry” as the rain began.', 'Sweet Ferry', 'the rain'],
    ['Markets reacted “with alarm” to the news from the port.', 'with alarm', 'Markets'],
    // A participle inside the sentence does not take the subject of a later clause.
    [
      'When the critics are reduced to lecturing the town that “rumour is better than proof” in court, and when Ana Ruiz looks on, it is over.',
      'rumour is better',
      'Ana Ruiz',
    ],
  ])('not this speaker: %s', (text, quote, name) => {
    expect(speakerOf(text, quote)?.name).not.toBe(name);
  });
});

describe('a cue before the quote over a far cue after it; participles and relative clauses after a quote (invented)', () => {
  test.each([
    ['Ivo Marsh says he is “tied for the lead” with Senator Dana Pruitt, in a race that he said was close.', 'tied for the lead', 'Ivo Marsh'],
    ['Noor Adebayo emailed him, telling him, “You are a star!” He replied that it was an honour.', 'You are a star', 'Noor Adebayo'],
    ['Anton Keel said that is a “distortion,” describing the crew as highly skilled.', 'distortion', 'Anton Keel'],
    ['Greta Holm rallied students against the “rigged system” that she says protects lenders.', 'rigged system', 'Greta Holm'],
  ])('%s', (text, quote, name) => {
    expect(speakerOf(text, quote)?.name).toBe(name);
  });
});

describe('the subject of the sentence, not the first person it names; a person before a colon; an auxiliary before a participle (invented)', () => {
  test.each([
    ['The Harbour Gazette has been critical of Mayor Ilse Brandt, arguing she is “out of her depth.”', 'out of her depth', 'Harbour Gazette'],
    ['The timing of Ida Kess’s surge doesn’t surprise pollster Rhea Moon: “Outsiders surge early.”', 'Outsiders surge', 'Rhea Moon'],
    ['Ana Ruiz spoke. In a rare show of unity, the union is calling on Mayor Lund to “step aside.”', 'step aside', 'the union'],
    ['I was not allowed to try it, and the ability to take what Harbourline is calling “spatial” photos was not enabled.', 'spatial', 'Harbourline'],
  ])('%s', (text, quote, name) => {
    expect(speakerOf(text, quote)?.name).toBe(name);
  });

  test.each([
    // A pronoun's contraction opens no speaker's name.
    ['You’re given chances to be seen — maybe it’s a small talk at a school — and you’re terrified to say “yes.”', 'yes', 'You’re given'],
  ])('not this speaker: %s', (text, quote, name) => {
    expect(speakerOf(text, quote)?.name).not.toBe(name);
  });
});

describe('a noun of saying owned by a name or a possessive pronoun (invented)', () => {
  test.each([
    ['Voters remember Delia Marsh’s pledge to be “tough but fair.”', 'tough but fair', 'Delia Marsh'],
    ['Orrin Tello said that Dana Pike’s call to “rebuild the pier first” had backfired.', 'rebuild the pier', 'Dana Pike'],
    ['Tom Lee spoke on Monday. His call for “a total ban on cars” drew boos.', 'a total ban', 'Tom Lee'],
    ['Ana Ruiz spoke at the pier on Monday. Her vow to “fight every eviction” drew cheers.', 'fight every eviction', 'Ana Ruiz'],
  ])('%s', (text, quote, name) => {
    expect(speakerOf(text, quote)?.name).toBe(name);
  });

  test.each([
    // A verb of saying right before the owner's words makes them the verb's subject's.
    ['The harbour board released a statement saying Tom Lee’s claim that “fees will fall” was false.', 'fees will fall', 'Tom Lee'],
    ['Ana Ruiz denounced Tom Lee’s remarks as “hurtful and cheap.”', 'hurtful and cheap', 'Tom Lee'],
  ])('not this speaker: %s', (text, quote, name) => {
    expect(speakerOf(text, quote)?.name).not.toBe(name);
  });
});

describe('the speaker phrase after a verb of saying, and someone of a person speaking for them (invented)', () => {
  test.each([
    ['“We are done,” said former harbour pilot and union steward Nils Arvid.', 'We are done', 'Nils Arvid'],
    ['Nils Arvid spoke. “Is the quay open today?” Arvid, a retired welder from a paper mill, said pleasantly.', 'Is the quay', 'Nils Arvid'],
    ['As Rep. Tomas Vey, the chair of the harbour panel in the state house, put it: “No more delays.”', 'No more delays', 'Tomas Vey'],
    ['“We are done,” local fishermen said.', 'We are done', 'local fishermen'],
    ['“We are done,” federal prosecutors wrote in the filing.', 'We are done', 'federal prosecutors'],
    ['Ana Ruiz spoke. She further announced: “We will appeal.”', 'We will appeal', 'Ana Ruiz'],
    ['“We are done,” said a spokesman for Mayor Ana Ruiz.', 'We are done', 'a spokesman for Mayor Ana Ruiz'],
    ['A spokesman for Sen. Ana Ruiz said: “We are done.”', 'We are done', 'A spokesman for Sen. Ana Ruiz'],
    ['“We are done,” said a source close to Ana Ruiz.', 'We are done', 'a source close to Ana Ruiz'],
    ['Tom Lee talked to Ana Ruiz, who said: “We are done.”', 'We are done', 'Ana Ruiz'],
    ['“We are done,” said Secretary of State Ana Ruiz.', 'We are done', 'Ana Ruiz'],
    ['Harbourland’s ambassador to Britain Ana Ruiz said the talks showed “resolve and patience.”', 'resolve and patience', 'Ana Ruiz'],
  ])('%s', (text, quote, name) => {
    expect(speakerOf(text, quote)?.name).toBe(name);
  });
});

describe('words between a subject and its verb of saying; asides and reported clauses passed over (invented)', () => {
  test.each([
    [
      'Despite Oskar Lind’s optimism, a council aide who spoke on condition of anonymity said Tuesday, “The vote is lost.”',
      'The vote is lost',
      'a council aide',
    ],
    [
      'A spokesman for Harbor Freight declined to comment on the audit but said in a statement that “all rules were followed.”',
      'all rules',
      'A spokesman for Harbor Freight',
    ],
    ['Ola Rind said the ferry plan, which critics have claimed was rushed, was a “disgrace.”', 'disgrace', 'Ola Rind'],
    ['Tobias Wren said on Monday that, according to its own count, the party has won most seats, but “we are still counting.”', 'we are still', 'Tobias Wren'],
    ['Republicans who want the pier closed were irritated by the lack of detail, with Sen. Ana Ruiz calling it a “harbour menu.”', 'harbour menu', 'Ana Ruiz'],
    ['Tom Lee praised the plan, Sen. Ana Ruiz calling it a “harbour menu.”', 'harbour menu', 'Ana Ruiz'],
    // The aside right before the quote is its cue.
    ['Tom Lee’s release linked to the Harbour Gazette report, which notes, “Half the boats are idle.”', 'Half the boats', 'Harbour Gazette'],
  ])('%s', (text, quote, name) => {
    expect(speakerOf(text, quote)?.name).toContain(name);
  });
});

describe('a verb of saying that is a noun or an infinitive here; an auxiliary before a participle (invented)', () => {
  test.each([
    ['Ruth Abara noted the 2019 attacks on the depot, the cuts to staff and her push for “real protection.”', 'real protection', 'Ruth Abara'],
    ['Mara Kent argued the board’s refusal to call the fire “arson” was a mistake.', 'arson', 'Mara Kent'],
    [
      'In what may be the first time the unions and the council have ever agreed on anything, the union is calling on Mayor Lund to “step aside.”',
      'step aside',
      'the union',
    ],
    ['The port has grown in many Asian states, and it has used “velvet gloves” with rivals, said Nargis Kassen.', 'velvet gloves', 'Nargis Kassen'],
    // A verb of saying before the auxiliary's subject is the cue.
    ['At one point, Tom Vell said Harbour Gazette editors were calling “every 15 minutes.”', 'every 15', 'Tom Vell'],
  ])('%s', (text, quote, name) => {
    expect(speakerOf(text, quote)?.name).toBe(name);
  });
});

describe('review of the session’s rules: later clauses with their own subject, those spoken to, owners of the speaker (invented)', () => {
  test.each([
    ['The committee questioned Ana Ruiz for hours, and she walked out, saying “enough is enough.”', 'enough is enough', 'Ana Ruiz'],
    ['Reporters waited outside until Tom Vell emerged, insisting he had done “nothing wrong.”', 'nothing wrong', 'Tom Vell'],
    ['Voters re-elected Ana Ruiz, who campaigned on the pier, promising “a new harbour.”', 'a new harbour', 'Ana Ruiz'],
    ['Tom Vell sent a text to Ana Ruiz: “Meet me at the pier at nine.”', 'Meet me', 'Tom Vell'],
    ['Ida Kess’s lawyer said: “We will appeal.”', 'We will appeal', 'Ida Kess’s lawyer'],
    ['“We will appeal,” said Ida Kess’s lawyer.', 'We will appeal', 'Ida Kess’s lawyer'],
    ['“We will appeal,” said Ida Kess’s lawyer, Tom Lee.', 'We will appeal', 'Tom Lee'],
    ['Ida Kess’s rival Rhea Moon scoffed, calling it “luck.”', 'luck', 'Rhea Moon'],
    ['“We will appeal,” said Ida Kess’s rival Rhea Moon.', 'We will appeal', 'Rhea Moon'],
    [
      'Ana Herbert studies cells. The tuft cell, Herbert said, is always sensing the products. “Once they go wrong, the cells respond.”',
      'Once they go',
      'Ana Herbert',
    ],
  ])('%s', (text, quote, name) => {
    expect(speakerOf(text, quote)?.name).toBe(name);
  });

  test.each([
    ['The coach’s decision angered fans, calling into question his “master plan.”', 'master plan', 'The coach’s decision'],
    ['Ana Ruiz told the officer she had seen nothing. “Are you sure? Think hard.” The officer was frowning.', 'Are you sure', 'Ana Ruiz'],
    ['Tom Vell told reporters the port would close. “It will not.” Ana Ruiz said that on Monday.', 'It will not', 'Tom Vell'],
  ])('not this speaker: %s', (text, quote, name) => {
    expect(speakerOf(text, quote)?.name).not.toBe(name);
  });
});

describe('second review of the session’s rules (invented)', () => {
  test.each([
    ['The union issued a statement after Ana Ruiz spoke, calling the offer “an insult to nurses.”', 'an insult', 'The union'],
    ['The board met Tom Vell, and Ana Ruiz walked out, saying the talks were “pointless.”', 'pointless', 'Ana Ruiz'],
    ['Tom Vell said that, in Ohio, voters were calling the plan “a scam.”', 'a scam', 'Tom Vell'],
    ['Ana Ruiz told reporters on Monday. “There is no deal.”', 'There is no deal', 'Ana Ruiz'],
    ['Ana Ruiz told the Harbour Gazette. “There is no deal.”', 'There is no deal', 'Ana Ruiz'],
    ['Ana Ruiz said, smiling. “There is no deal.”', 'There is no deal', 'Ana Ruiz'],
    ['“We will appeal,” said Ida Kess’s lawyer in a statement on Monday.', 'We will appeal', 'Ida Kess’s lawyer'],
    ['Campaign staff cheered Ana Ruiz, who smiled, calling it “the best crowd yet.”', 'the best crowd', 'Ana Ruiz'],
  ])('%s', (text, quote, name) => {
    expect(speakerOf(text, quote)?.name).toBe(name);
  });

  test.each([['“We will appeal,” said Ana Ruiz’s brother Tom Vell’s friend.', 'We will appeal', 'Tom Vell']])('not this speaker: %s', (text, quote, name) => {
    expect(speakerOf(text, quote)?.name).not.toBe(name);
  });
});

describe('speakers in new articles written as a reader would meet them (invented)', () => {
  test.each([
    [
      'the surname alone opens the sentence, then an age and a description',
      '“We won,” said Siddharth Gowdappa. Gowdappa, 61, a former finance minister, said the plan was “bold”.',
      'bold',
      'Siddharth Gowdappa',
    ],
    [
      'a name in no list, then a description of someone, then the verb',
      'Serhii Kuzmenkov, a crane driver at the port, said work would resume. “We will not stop,” he said.',
      'We will not stop',
      'Serhii Kuzmenkov',
    ],
  ])('%s', (_, text, quote, name) => {
    expect(speakerOf(text, quote)?.name).toBe(name);
  });
});
