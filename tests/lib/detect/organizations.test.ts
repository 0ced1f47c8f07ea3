import { describe, expect, test } from 'vitest';
import { detectOrganizations } from '../../../lib/detect/organizations';
import { findEntities } from '../../../lib/nlp/entities';
import { analyze } from '../../../lib/detect/index';

function orgs(text: string) {
  return detectOrganizations(findEntities(text)).map((o) => ({ name: o.name, mentions: o.mentions.map((m) => text.slice(m.start, m.end)) }));
}
const names = (text: string) => orgs(text).map((o) => o.name);

describe('organisations', () => {
  test.each([
    ['According to a report by The New York Times, the plan was signed.', 'New York Times'],
    ['The White House declined to comment.', 'White House'],
    ['He briefed the Pentagon on Tuesday.', 'Pentagon'],
    ['Agents of the Secret Service closed the road.', 'Secret Service'],
    ['The Department of Justice opened an inquiry.', 'Department of Justice'],
    ['Shares in Harbour Logistics Inc. rose 4 percent.', 'Harbour Logistics Inc.'],
    ['The Coastal Agency published its review.', 'Coastal Agency'],
    ['The Green Party won two seats.', 'Green Party'],
    ['A NATO summit opened in Vilnius.', 'NATO'],
    ['Ferreira & Sons said profits fell.', 'Ferreira & Sons'],
    ['The news agency Velmora said the airport had reopened.', 'Velmora'],
    ['Draxon CEO Petra Quillon told reporters the merger was on track.', 'Draxon'],
    ['Reuters reported the deal on Friday.', 'Reuters'],
    // A company named for a person, with a word for its trade at the end.
    ['Calls now go to Tomas Brandt Motorsports down the road.', 'Tomas Brandt Motorsports'],
    ['The Ana Ruiz Consulting team won the bid.', 'Ana Ruiz Consulting'],
    // A body's word opening a sentence, then "of" or "for" and a name (a common word there is usually no name).
    ['Centre for Harbour Studies figures show a gap.', 'Centre for Harbour Studies'],
    ['Center for Coastal Progress said it would sue.', 'Center for Coastal Progress'],
    ['Department of Fisheries staff walked out.', 'Department of Fisheries'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  test('…also when that word is a given name no person here has (invented)', () => {
    const text = 'Talia Systems Inc said it would buy the pier. Talia was up 2 percent on the news.';
    expect(orgs(text)).toEqual([{ name: 'Talia Systems Inc', mentions: ['Talia Systems Inc', 'Talia'] }]);
  });

  test('the first word of an organisation named in full is that organisation later (invented)', () => {
    const text = 'Velmora Holdings Inc said it would buy the pier. Velmora was up 2 percent. Analysts said Velmora had paid too much.';
    expect(orgs(text)).toEqual([{ name: 'Velmora Holdings Inc', mentions: ['Velmora Holdings Inc', 'Velmora', 'Velmora'] }]);
  });

  test('the last words of one organisation named in full are that organisation (invented)', () => {
    const text =
      'Maple Leafs edge Canadiens in overtime\n\nAuston Reyes scored and the Toronto Maple Leafs beat the Montreal Canadiens 3-2.\n\nLeafs: Host Boston on Tuesday.';
    const names = orgs(text).map((o) => o.name);
    expect(names).toEqual(['Toronto Maple Leafs', 'Montreal Canadiens']);
    expect(orgs(text)[0]!.mentions).toEqual(['Maple Leafs', 'Toronto Maple Leafs', 'Leafs']);
  });

  test.each([
    ['The Liberal Democrats gained 12 seats, party leader Ed Davey said.\n\nIn Washington, the Democrats are still searching for a leader.'],
    ['The Irish Times reported the deal.\n\nThe Times, in London, said it was close.'],
  ])('…nor when the full name opens with a people’s or a party’s word: %s', (text) => {
    expect(orgs(text)).toHaveLength(2);
  });

  test('…but not the last words of two ("the Chicago Bulls", "the Bradford Bulls": "Bulls coach" is neither)', () => {
    const text = 'The Chicago Bulls and the Bradford Bulls both played on Sunday. Bulls coach Tom Lee said they were tired.';
    expect(orgs(text)).toEqual([
      { name: 'Chicago Bulls', mentions: ['Chicago Bulls'] },
      { name: 'Bradford Bulls', mentions: ['Bradford Bulls'] },
      { name: 'Bulls', mentions: ['Bulls'] },
    ]);
    // With one such name, the short one is it.
    expect(orgs('The Chicago Bulls won on Sunday. Bulls coach Tom Lee said they were tired.')).toEqual([
      { name: 'Chicago Bulls', mentions: ['Chicago Bulls', 'Bulls'] },
    ]);
  });

  test.each([
    ['Hamas rejected the offer on Sunday.', ['Hamas']],
    ['Hezbollah fired rockets across the border.', ['Hezbollah']],
    ['Shell said profits rose in the third quarter.', ['Shell']],
    ['Apple fell 3 percent after the report.', ['Apple']],
    ['Tesla recalled 9,000 cars.', ['Tesla']],
    ['Amazon reported higher sales. Meta posted a loss.', ['Amazon', 'Meta']],
    ['The House passed the bill on a party-line vote.', ['House']],
    ['The Times said the report was wrong.', ['Times']],
    ['He met officials at the Treasury on Monday.', ['Treasury']],
    ['The Ministry said it would appeal.', ['Ministry']],
    ['The Republican National Committee and the Democratic Party sued the county.', ['Republican National Committee', 'Democratic Party']],
    ['The Senate and the House of Representatives adjourned.', ['Senate', 'House of Representatives']],
    ['The Securities and Exchange Commission opened an inquiry.', ['Securities and Exchange Commission']],
    // A body's name with its "of" goes on over "and" with a portfolio of everyday words, not with a person.
    ['The complaint was filed with the Department of Housing and Urban Development.', ['Department of Housing and Urban Development']],
    ['A spokesman for the Department of Health and Human Services declined to comment.', ['Department of Health and Human Services']],
    ['The Department of Justice and Maren Okonkwo were named in the suit.', ['Department of Justice']],
    // An everyday word opening a sentence opens an organisation's name that is known, or ends in an organisation's word.
    ['United Nations relief officials said the road was open.', ['United Nations']],
    ['Several Harbour University professors signed.', ['Harbour University']],
    // A team before a player's position, as a company before its officer's title.
    ['Brackwater striker Ola Berg scored twice.', ['Brackwater']],
    // "forward" is an adverb as often; a politician's strategists are a campaign's.
    ['The coach pushed Brandt forward Monday in a bid to win the match.', []],
    ['Clinton strategists believe the race is tightening.', []],
    // A name whose analysts or shareholders speak is a company's, even when its words are a person's.
    ['Merrill Lynch analysts expect a cut.', ['Merrill Lynch']],
    // Capitals that are bodies' names (not emphasis), and "The" inside a sentence is no headline's.
    ['ETA declared a ceasefire, and the PS trailed. Ola Berg of ACT spoke.', ['ETA', 'PS', 'ACT']],
    ['He joined The Harbour Gazette and The Coastal Times.', ['Harbour Gazette', 'Coastal Times']],
  ])('organisations known by a word, and bodies after "the": %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  test.each([
    ['Sen. Chuck Schumer, D-N.Y., said no.'],
    ['Rep. Lina Young, R-Texas, and Sen. Sander Velthoven, D-N.M., wrote the bill.'],
    ['Mexican officials said the deal was done.'],
    ['French officials and Brazilian diplomats met in Geneva.'],
    ['Time is running out. Time passed slowly.'],
    ['Apples fell from the tree. Shells washed up on the beach.'],
    ['Mexico City Mayor Clara Brugada opened the park.'],
    // Abbreviations of things, and everyday words in capitals for emphasis.
    ['The IPO raised $40 million, and the API is FREE for the BEST users. P.S. We are OK.'],
  ])('party labels, nationalities and places are no organisation: %s', (text) => {
    expect(names(text)).toEqual([]);
  });

  test('mentions of one organisation are one entry; "the" is not part of the mention', () => {
    const found = orgs('The Pentagon said the strikes were lawful. A Pentagon spokesman added that the Pentagon would publish a review.');
    expect(found).toEqual([{ name: 'Pentagon', mentions: ['Pentagon', 'Pentagon', 'Pentagon'] }]);
  });

  test('an acronym in brackets is the same organisation', () => {
    const found = orgs('The Federal Bureau of Investigation (FBI) opened a case. The FBI said it would report in May.');
    expect(found).toHaveLength(1);
    expect(found[0]!.mentions).toEqual(['Federal Bureau of Investigation', 'FBI', 'FBI']);
  });

  test('people and places are not organisations', () => {
    expect(orgs('President Claudia Sheinbaum spoke in Mexico City on Monday.')).toEqual([]);
  });
});

describe('dates and state codes in a tour list (invented)', () => {
  test('"Harbour Sky Arena June 24" ends before the date; "Atlanta, GA" is a place, no organisation', () => {
    const a = analyze({ text: 'The tour plays Atlanta, GA at the Harbour Sky Arena June 24 and Nashville, TN on June 26, with Ana Ruiz.' });
    expect(a.people.map((p) => p.name)).toEqual(['Ana Ruiz']);
    expect(a.organizations.map((o) => o.name)).not.toEqual(expect.arrayContaining(['GA']));
    expect(a.organizations.map((o) => o.name)).not.toEqual(expect.arrayContaining(['TN']));
  });
});

describe('abbreviations of things are no organisations (invented)', () => {
  test('ports, storage, medicine and money in capitals', () => {
    const a = analyze({
      text: 'The Kestrel laptop has two USB-C ports, one HDMI port and 16 GB of memory. Ana Ruiz spent a week in the ICU. Harbourline Inc. said its EBITDA rose at 9 a.m. ET, and VIP tickets are gone.',
    });
    expect(a.organizations.map((o) => o.name)).toEqual(['Harbourline Inc.']);
  });
});

describe('a name made an adjective (invented)', () => {
  test('"the Lisbon-based Council on Energy", "a Harbourline-owned ferry", "the league-leading Rovers"', () => {
    const a = analyze({
      text: 'Ana Ruiz of the Lisbon-based Council on Energy said a Harbourline-owned ferry was late. The Seattle-based company declined to comment.',
    });
    const orgs = a.organizations.map((o) => o.name);
    expect(orgs).toContain('Council on Energy');
    expect(orgs.filter((o) => /-(based|owned)/.test(o))).toEqual([]);
  });
});

describe('a time zone after a time, a party of two capitals (invented)', () => {
  test('"7:11 AM PT" is no organisation; "the PT won" is one', () => {
    expect(analyze({ text: 'Ana Ruiz spoke at 7:11 AM PT on Monday.' }).organizations).toEqual([]);
    expect(analyze({ text: 'The PT won the election in 2002, Ana Ruiz said.' }).organizations.map((o) => o.name)).toEqual(['PT']);
  });
});

describe('second review: organisations the rules above must keep (invented)', () => {
  test('"By 5 p.m. NASA confirmed …", "The Co-operative Bank said …"', () => {
    expect(analyze({ text: 'By 5 p.m. NASA confirmed that the capsule had landed.' }).organizations.map((o) => o.name)).toEqual(['NASA']);
    expect(analyze({ text: 'The Co-operative Bank said profits fell.' }).organizations.map((o) => o.name)).toEqual(['Co-operative Bank']);
  });
});

describe('a name a noun after it makes a party, a movement or a militia (invented)', () => {
  test('"the Velmar party": the organisation, in every mention where nothing else says what it is', () => {
    const text =
      'Voters elected a government led by the Velmar party in 2011. Velmar came under fire for the slump. Ana Ruiz, a member of fellow Velmar members, said it would recover.';
    const found = orgs(text).find((o) => o.name === 'Velmar');
    expect(found?.mentions.length).toBe(3);
    const people = analyze({ text }).people.map((p) => p.name);
    expect(people).toEqual(['Ana Ruiz']);
  });

  test.each([
    ['Leaders of the Harmattan party met in the capital.', 'Harmattan'],
    ['The Velmar party won a third of the seats.', 'Velmar'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  test.each([
    // A movement or a militia is named after a person or a people as often.
    ['The Sadr movement won the most seats. Sadr told supporters to stay calm. Sadr, a cleric, spoke for an hour.'],
    ['The Rohingya militia claimed the attack. Thousands of Rohingya fled across the border.'],
  ])('no organisation of a person or a people before "movement" or "militia": %s', (text) => {
    expect(names(text)).toEqual([]);
  });

  test.each([
    ['Some Sudanese militia leaders still face sanctions.'],
    ['He is now the face of the Democratic party.'],
    ['A Shiite militia attacked the base on Sunday.'],
    ['The Sinaloa cartel controls much of the trade. In Sinaloa, farmers grow poppies.'],
    ['She hosted a Super Bowl party at home.'],
  ])('a people, a party, a faith, a place or an event before the noun is no organisation: %s', (text) => {
    expect(names(text)).toEqual([]);
  });

  test('a person’s faction is still the person: "The Ortiz faction walked out … Ortiz said"', () => {
    const text = 'Lena Ortiz leads the party. The Ortiz faction walked out on Monday. Ortiz said the vote was rigged.';
    expect(names(text)).toEqual([]);
    expect(analyze({ text }).people.map((p) => p.mentions.length)).toEqual([3]);
  });
});

describe('legal forms of companies in more countries (invented)', () => {
  test.each([
    ['The dispute is between Velmora SRL and its former partner.', 'Velmora SRL'],
    ['Harbour Foods Bhd said profits fell.', 'Harbour Foods Bhd'],
    ['Kestrel Mining Pty bought the mine.', 'Kestrel Mining Pty'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name);
  });
});

test('an organisation is named as the page writes it most often, not as a headline in capitals does (invented)', () => {
  const text = 'VELMORA HOLDINGS SHARES SLIDE\n\nVelmora Holdings said profit fell. Velmora Holdings declined to comment.';
  expect(orgs(text)).toEqual([{ name: 'Velmora Holdings', mentions: ['VELMORA HOLDINGS', 'Velmora Holdings', 'Velmora Holdings'] }]);
});

test('a body’s word then "for" and a person’s name is what the thing is for, not a body (invented)', () => {
  const text = 'Fund for Ana Ruiz raised $5,000 in a day.';
  expect(names(text)).toEqual([]);
  expect(findEntities(text).chunks.some((c) => c.type === 'PER' && text.slice(findEntities(text).tokens[c.start]!.start).startsWith('Ana Ruiz'))).toBe(true);
});

describe('capitals that name no body: codes, postal codes, things had, initials signing off; places named like bodies (invented)', () => {
  test.each([
    ['The S90 has a faster lens than the RX9 on paper.'],
    ['We hired a CPA, Dana Holt, to check the books.'],
    ['An RFP for the new pier is due in June.'],
    ['Thanks for the notes.\nJT'],
    ['The firm moved its office to the state of NY last year.'],
    ['Crowds gathered in the West Bank on Monday.'],
    ['Voters in OH went to the polls.'],
    ['Tom Vell visited PA on Monday and left NY for good.'],
  ])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });

  test.each([
    ['Russia is an OSCE member and hosted the talks.', 'OSCE'],
    ['Police blamed an IRA attack for the blast.', 'IRA'],
    ['He won a WBO title in Cardiff.', 'WBO'],
    ['We must protect our NHS, the nurse said.', 'NHS'],
    ['The VA said it would review the case.', 'VA'],
    ['Welsh channel S4C said it would air the match.', 'S4C'],
    ['The W3C published the standard on Monday.', 'W3C'],
    ['Leaders of the G7 met in Rome.', 'G7'],
  ])('still a body: %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  test('a postal code alone is a place', () => {
    const text = 'ISSUER : Harbour Building Authority ST : MI\nISSUE : Bonds for the pier';
    const d = findEntities(text);
    const mi = d.chunks.find((c) => d.tokens[c.start]!.text === 'MI');
    expect(mi?.type).toBe('LOC');
  });
});
