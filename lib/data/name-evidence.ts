/**
 * What the entity finder (lib/nlp/entities/) may say of a name, and how much each piece counts. Every chunk keeps
 * the evidence its decision rests on, by these names (the type checks them); the weights below add up, in
 * classify.ts, to whether a capitalised run of words is a person.
 */

/** Evidence for a chunk, in the order the finder meets it. */
export const NAME_EVIDENCE = [
  // Found while chunking.
  /** An honorific before the name ("Mrs.", "Dr."). */
  'honorific',
  /** The organisation in a title's affiliation ("Pentagon" in "Pentagon spokesman"). */
  'organisation of a title',
  /** Two organisation names joined over "of" or "for" ("Bank of England"). */
  'X of Y',
  // The words in and around one chunk (classify.ts).
  'title',
  /** A verb of saying after it, "said" before it, or ", who" after it; or a verb that follows a subject. */
  'speech or clause',
  /** "Ana Ruiz, 52,". */
  'age',
  /** "her friend Maddie Okafor", "the victim's mother, Lisa Fenn": a noun of kin after a possessive, before the name. */
  'relation before',
  /** "Ruiz (Ohio)", "Haskell (12)". */
  '(place) or (minute) after',
  /** A team or a player by the shape of a results line, a table row, a fixture, a scorecard or a line-up (sports.ts). */
  'results line or scorecard',
  /** "the Pirates" in a sports report (sports.ts). */
  'team nickname',
  'known organisation',
  'organisation word',
  'acronym',
  /** "we hired a CPA, …", "an RFP for the pier": an abbreviation in capitals that is a thing or a role had. */
  'a thing had in capitals',
  'organisation noun',
  'organisation context',
  'a storm',
  /** "Google Stadia": a known organisation's one-word name, then a product's or a branch's words. */
  'product of a company',
  'after a number',
  /** "Attorney General", "General Information": one everyday word after a title. */
  'everyday word after a title',
  'nationality and plural',
  /** "New Hampshire Republican", "Reagan Democrats": a party's members. */
  'party members',
  'type word at the end',
  /** "Statistics Canada", "Atlantic Canada": everyday words, then a country, name a body or a region. */
  'everyday word then a country',
  /** "Fort Smith", "Mount Kenya": a word that opens a place's name; or "at Tunbridge Wells": a place's context. */
  'place word first',
  /** "Bradford Bulls": a place and a plural name a team. */
  'place and plural',
  'the … plural',
  'after "the"',
  /** "stopped at a Tim Hortons": a name of two words or more after "a", modifying no noun after it. */
  'after "a"',
  'given name',
  'surname',
  'name-shaped words in no list',
  /** "Xiao Qiang", "Park Ji-won": a family name written first, then words in no list. */
  'family name first',
  'one unknown word by a verb of saying',
  /** "Marisa Dell airport", "Brent crude": a lower-case noun of a place, an event or a thing after the name. */
  'place or thing noun after',
  'a given name alone',
  /** "“…,” the Dane said", "The Arduino has been": one word after an article. */
  'one word after an article',
  // Settled across the document (settle.ts).
  'apposition',
  'listed after a plural title',
  'in a list of people',
  'shares surname',
  'surname alone elsewhere',
  'a storm named here',
  'person named elsewhere',
  'organisation elsewhere',
  'named elsewhere',
  'surname named elsewhere',
  'surname of a person named here',
  /** "Bruce Garcey … Bruce said": the given name of the one person named in full with it. */
  'given name of a person named here',
] as const;
export type NameEvidence = (typeof NAME_EVIDENCE)[number];

/**
 * How much the words around a name and the name's own words count towards a person. `context` is what the
 * words around say (a title, a verb of saying, an age); the score adds what the name's words say.
 */
export const PERSON_WEIGHTS = {
  /** A title with words ("Defence Secretary"), before or in apposition. */
  title: 3,
  /** A verb of saying after the name, "said" before it, or ", who" after it. */
  strongSpeech: 2,
  /** A verb that follows a subject ("has", "met"), for a name of two words or more. */
  weakSpeech: 1,
  age: 2,
  /** A noun of kin after a possessive ("her friend", "the victim's mother"), right before the name. */
  kin: 2,
  placeOrMinuteAfter: 2,
  /** A known given name first, in a name of two words or more. */
  givenName: 2,
  /** A known surname last, in a name of two words or more. */
  surname: 1,
  /** An initial ("J.") in a name of two words or more. */
  initial: 1,
  /** "van", "de", "bin". */
  particle: 1,
  /** Each word of the name that is an everyday word and no name (subtracted). */
  commonWord: 1,
} as const;

/** A name whose score reaches this is a person. */
export const PERSON_SCORE = 2;
/** Context this strong makes a single word a person, and outweighs a nationality's or a holiday's look. */
export const PERSONAL_CONTEXT = 2;
/** Context this strong (a title) outweighs an acronym's or an organisation noun's look. */
export const TITLED_CONTEXT = 3;

/** Evidence in the name itself that it is an organisation: such a decision outweighs every person vote. */
export const STRONG_ORG_EVIDENCE: readonly NameEvidence[] = ['known organisation', 'organisation word', 'acronym', 'X of Y', 'organisation noun'];
/** The vote of one mention decided an organisation on strong evidence (against one per other mention). */
export const STRONG_ORG_VOTE = 100;

/**
 * The evidence a person can rest on, strongest first: each mention is classed by the first of these its decision
 * has ('score' when none: the name's own words added up), and a person is as sure as its surest mention.
 */
export const PERSON_EVIDENCE_ORDER = [
  'honorific',
  'title',
  'age',
  'apposition',
  // Decisive for one word, whatever else was noted beside it ("Ingrid is ready": the verb alone made no one).
  'a given name alone',
  'given name',
  'family name first',
  '(place) or (minute) after',
  'results line or scorecard',
  'listed after a plural title',
  'in a list of people',
  'speech or clause',
  'relation before',
  'surname',
  'shares surname',
  'named elsewhere',
  'person named elsewhere',
  'surname named elsewhere',
  'surname alone elsewhere',
  'surname of a person named here',
  'given name of a person named here',
  'name-shaped words in no list',
] as const satisfies readonly NameEvidence[];
export type PersonEvidence = (typeof PERSON_EVIDENCE_ORDER)[number] | 'score';

/** The class of one mention's decision (PERSON_EVIDENCE_ORDER). */
export function personEvidence(evidence: readonly NameEvidence[]): PersonEvidence {
  return PERSON_EVIDENCE_ORDER.find((e) => evidence.includes(e)) ?? 'score';
}

/**
 * Precision of a person's mentions by the evidence their decision rests on, from `npm run eval -- entities`
 * (exact spans, CoNLL-2003 validation and UNER EWT dev): the worse of the two where both have ten mentions of it,
 * else the one that has, rounded down to a twentieth and at most 0.95. Evidence too rare in both to measure is set
 * at or below what it resembles. UNER is web text (mail, reviews), where a name repeated or a surname alone is
 * often no one: those are the figures that hold them below PERSON_SURE.
 */
export const PERSON_PRECISION: Readonly<Record<PersonEvidence, number>> = {
  honorific: 0.9,
  title: 0.7,
  age: 0.95,
  apposition: 0.7,
  // Too rare in both sets to measure; as strong a sign as an apposition.
  'relation before': 0.7,
  'given name': 0.75,
  'family name first': 0.75,
  '(place) or (minute) after': 0.85,
  'results line or scorecard': 0.95,
  'listed after a plural title': 0.7,
  'in a list of people': 0.95,
  'speech or clause': 0.95,
  surname: 0.4,
  'shares surname': 0.7,
  'named elsewhere': 0.25,
  'person named elsewhere': 0.6,
  'surname named elsewhere': 0.7,
  'surname alone elsewhere': 0.6,
  'surname of a person named here': 0.7,
  'given name of a person named here': 0.7,
  'name-shaped words in no list': 0.6,
  'a given name alone': 0.7,
  score: 0.9,
};

/** How sure a person is: as sure as the surest of its mentions' evidence. */
export function personConfidence(mentions: readonly (readonly NameEvidence[])[]): number {
  return Math.max(0, ...mentions.map((evidence) => PERSON_PRECISION[personEvidence(evidence)]));
}

/** Below this confidence a person is shown as a guess ("perhaps a person"). */
export const PERSON_SURE = 0.7;

/** Whether a person may be shown as one without a doubt. A person without a confidence comes from an older record. */
export function personIsSure(person: { confidence?: number }): boolean {
  return person.confidence === undefined || person.confidence >= PERSON_SURE;
}
