import { MONTHS } from './name-context';
/**
 * The words that shape a speaker's phrase and a sentence's clauses, for the quote detector (lib/detect/quotes/):
 * who can speak (documents, groups, pronouns), where a noun phrase stops, and which words open or break a clause.
 * The verbs of saying themselves are in speech.ts.
 */

/** Things that speak for someone: "a council memo found that …", "The piece called it …". */
export const SOURCE_NOUNS = new Set(
  'report|reports|memo|study|letter|statement|article|piece|poll|survey|ad|advertisement|campaign|editorial|column|post|tweet|book|memoir|document|filing|complaint|lawsuit|ruling|analysis|review|website|page|video|film|spot|release|agency|court|committee|panel|council|board|government|administration|department|ministry|office|company|firm|group|party|team|network|newspaper|magazine|paper|station|channel|show|percent|majority|most|half|voters|people|official|spokesman|spokeswoman|spokesperson|senator|governor|mayor|president|minister|candidate|nominee|chairman|chair|director|secretary|leader|lawyer|attorney|judge|prosecutor|expert|analyst|critic|supporter|writer|author|host|narrator|doctor|father|mother|wife|husband|son|daughter|friend|neighbor|neighbour|woman|man|resident'.split(
    '|',
  ),
);
/**
 * Bodies that speak as "it": "The ministry said … “…,” it said" is the ministry's, not that of an organisation
 * named earlier. Singular, lower case.
 */
export const SPEAKING_BODIES = new Set(
  'ministry|department|agency|administration|commission|committee|council|court|government|bank|company|firm|group|association|federation|union|university|college|school|foundation|authority|board|army|club|league|church|campaign|embassy|hospital|museum|party|team|network|newspaper|broadcaster|city|county|district|regulator|airline|insurer|lender|retailer|carrier|operator|manufacturer|developer|utility|charity|organization|organisation|office|service|institute|fund|exchange'.split(
    '|',
  ),
);
/** Of SPEAKING_BODIES, those that say "a business": "Acme Corp. … The company said" is Acme's. */
export const BUSINESS_BODIES = new Set(
  'company|firm|group|bank|network|broadcaster|airline|insurer|lender|retailer|carrier|operator|manufacturer|developer|utility'.split('|'),
);
/** Plural nouns that name the group a "they" stands for. */
export const GROUPS = new Set(
  'officials|sources|analysts|experts|critics|residents|witnesses|aides|advisers|advisors|police|prosecutors|investigators|lawmakers|democrats|republicans|supporters|opponents|protesters|voters|observers|economists|researchers|scientists|doctors|authorities|leaders|members|organizers|organisers|activists|workers|executives|diplomats|lawyers|attorneys|senators|officers|spokesmen|representatives|parents|students|teachers|farmers|unions|groups'.split(
    '|',
  ),
);
export const SUBJECT_PRONOUNS: Record<string, 'm' | 'f' | 'x'> = { he: 'm', she: 'f', they: 'x' };
/** Possessive pronouns before a noun of saying ("his call for …", "their chants of …"), by the gender they stand for. */
export const POSSESSIVE_PRONOUNS: Record<string, 'm' | 'f' | 'x'> = { his: 'm', her: 'f', their: 'x' };
export const NP_STOP = new Set(
  'that|which|who|whom|whose|what|how|why|whether|and|but|or|as|when|while|because|if|although|though|where|after|before|since|than|so|then|said|says|it'.split(
    '|',
  ),
);
export const PREPOSITIONS = new Set(
  'in|on|at|by|for|with|from|into|of|to|about|over|under|after|before|during|since|through|amid|among|against|without|within'.split('|'),
);

/** Words that open a clause before the subject ("Although the IMF…, it …", "In June, …"). */
export const CLAUSE_OPENERS = new Set(
  'although|though|while|when|whereas|after|before|because|since|if|once|despite|unlike|following|during|in|at|on|amid|for|by|over|under|earlier|later|meanwhile|still|yet|now|then|instead|however'.split(
    '|',
  ),
);
/** Words that open another clause after a quote: its verb is not the quote's cue. */
export const CLAUSE_BREAKERS = new Set('when|while|because|after|before|if|since|as|but|although|though|where|until|unless|whereas'.split('|'));
export const COPULAS = new Set(['is', 'was', 'are', 'were']);
export const CONJUNCTIONS = new Set(['but', 'and', 'so', 'yet', 'or']);
/** Words that follow a verb, not a noun: an object's determiner or pronoun. */
export const OBJECT_OPENERS = new Set('the|a|an|his|her|their|its|our|my|your|this|these|those|him|them|us|me|one'.split('|'));
/** Words that can open a speaker phrase after a quote ("the official said"), besides names and pronouns. */
export const SPEAKER_OPENERS = new Set(
  (
    'the|a|an|this|that|one|another|his|her|their|its|our|my|your|some|many|several|two|three|both|most|other|' +
    // Words that describe the speakers before the noun ("local fishermen said", "former harbour pilot Nils Arvid").
    'local|federal|former|senior|top|unnamed|anonymous|fellow|retired|longtime|veteran|leading|prominent|' +
    'officials|sources|analysts|experts|critics|residents|witnesses|aides|advisers|advisors|police|prosecutors|investigators|lawmakers|democrats|republicans|supporters|opponents|protesters|people|voters|observers|economists|researchers|scientists|doctors|authorities|spokesman|spokeswoman|spokesperson'
  ).split('|'),
);

/** Words that open a relative or reported clause ("that", "who", "which"), beside CLAUSE_BREAKERS. */
export const RELATIVE_OPENERS = new Set(['that', 'who', 'which']);
/** Words that open a relative clause whose subject follows them ("in what police called …", "the plan that critics dubbed …"). */
export const RELATIVE_WORDS = new Set(['what', 'which', 'that', 'whom']);

/** Words that end a short phrase saying when, not who ("on Friday", "two weeks ago", "in the past", "last May"). */
const TIME_WORDS = new Set(
  'ago|past|earlier|later|week|weeks|month|months|year|years|day|days|night|morning|afternoon|evening|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday'.split(
    '|',
  ),
);
/** …or a month, but "May" (Theresa May). */
export const isTimeWord = (word: string): boolean => TIME_WORDS.has(word) || (MONTHS.test(word) && word !== 'may');

/** A scorecard's modes of dismissal, right after the batter's name ("c", "b", "lbw", "st", "run out", "not out"). */
export const BATTING_WORDS = new Set(['c', 'b', 'lbw', 'st', 'run', 'not', 'retired', 'hit', 'c&b']);
/** The word between two sides of a fixture ("Ashby v Kent"), as written. */
export const FIXTURE_WORDS = new Set(['v', 'v.', 'vs', 'vs.']);
/**
 * Words of sport: a document with two of them or more is a sports report, where a line of names and scores is a
 * results line even with no two sides head to head ("Kent 296 and 108-3 , Essex 183").
 */
export const SPORTS_WORDS = new Set(
  'innings|inning|wickets|wicket|goals|goal|halftime|half-time|league|division|championship|standings|scorers|scorer|soccer|football|cricket|rugby|baseball|basketball|hockey|tennis|golf|tournament|match|matches|fixture|fixtures|semifinal|semi-final|quarterfinal|quarter-final|playoff|playoffs|touchdown|homer|homers|pitcher|striker|goalkeeper|midfielder|referee|stadium'.split(
    '|',
  ),
);

/** Players' positions written short, in capitals before a player's name ("Browns DL Sheldon Ray", "LB Mack Ola"). */
export const POSITION_ABBREVIATIONS = new Set('QB|RB|FB|WR|TE|OL|OT|OG|DL|DE|DT|NT|LB|ILB|OLB|MLB|CB|DB|S|FS|SS|K|P|LS|EDGE|GK|SP|RP|LW|RW|RHP|LHP'.split('|'));

/** Adverbs of time and frequency that stand between a verb and its subject or auxiliary ("was often called", ", long derided as"). */
export const TIME_ADVERBS = new Set(
  'often|also|sometimes|once|long|later|then|now|already|still|even|since|repeatedly|frequently|widely|previously'.split('|'),
);

/** Words that negate the verb after them ("Don't Miss", "never miss"), without their apostrophe (withoutApostrophes). */
export const NEGATIONS = new Set('dont|doesnt|didnt|wont|cant|cannot|isnt|not|never'.split('|'));

/** "I'm", "I've", "I'd", "I'll" without their apostrophe: the writer, never a name (where the word had one). */
export const FIRST_PERSON_CONTRACTIONS = new Set('im|ive|id|ill'.split('|'));

/** A word without its apostrophes, straight or curly ("don’t" → "dont"). */
export const withoutApostrophes = (word: string): string => word.replace(/['\u2019]/g, '');

/** Position codes that are also a name's initials ("Ulysses S Grant", "TE Lawrence"): read as positions only in a list, after a team, a verb or a possessive. */
export const INITIAL_LIKE_POSITIONS = new Set(['S', 'K', 'P', 'TE']);

/** A possessive's token ("'s", "’s"). */
export const POSSESSIVE = /^['\u2019]s$/;

/** Small words that a headline in title case capitalises and running text does not ("the" and "and" it does, in names). */
export const TITLE_CASE_SMALL_WORDS = new Set(['in', 'as', 'with', 'over', 'on', 'at', 'to', 'for', 'of', 'from', 'into', 'after', 'amid', 'by', 'is', 'are']);

/** Small words that stand inside a nickname or a name ("Hands of Stone", "Bank of the West"). */
export const SMALL_NAME_WORDS = new Set(['of', 'the', 'and', 'a', 'in', 'on']);

/** The articles. */
export const ARTICLES = new Set(['the', 'a', 'an']);

/** Followers of a faith, as a plural noun ("the Muslims", "the Catholics"): a group of people, no team or body. */
export const FAITHS = new Set(
  'muslim|muslims|jew|jews|christian|christians|catholic|catholics|protestant|protestants|hindu|hindus|sikh|sikhs|buddhist|buddhists|mormon|mormons|evangelical|evangelicals|baptist|baptists|methodist|methodists|anglican|anglicans|shiite|shiites|sunni|sunnis|shia|orthodox'.split(
    '|',
  ),
);
