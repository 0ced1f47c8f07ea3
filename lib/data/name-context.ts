import { HOUSE_MEMBERS } from './titles';

/**
 * The words around a name that say what it names, for the entity finder (lib/nlp/entities/): the words before an
 * organisation ("shares of", "analysts at"), after one ("agency", "spokesman"), before a place ("in", "near"),
 * the modifiers of a title ("former", "acting"), and the words that rule a name out. Word lists as data, each
 * once; the lists of names themselves (titles, organisations, demonyms, type words) are in the files beside this.
 */

export const COMPLEMENT_PREPOSITIONS = new Set(['of', 'to', 'for']);

/** The words after a person's title that introduce where the title is held: "an analyst at Brightwater Capital". */
export const AFFILIATION_AFTER_TITLE = new Set(['at', 'of', 'with', 'for']);
/** Roles whose "of" names a field, not a place of work: "a professor of Computer Science at MIT" is at MIT. */
export const ACADEMIC_ROLES = new Set(['professor', 'lecturer', 'reader', 'scholar', 'researcher', 'fellow', 'instructor', 'teacher']);

/** Words that may follow an affiliation's name and end it ("an analyst at Brightwater Capital, said", "… in Lisbon"). */
export const AFFILIATION_ENDERS = new Set(['and', 'said', 'says', 'told', 'tells', 'in', 'on', 'since', 'until', 'who', 'which', 'where']);

/** Modifiers that say when someone held a title, not what the title is: written in lower case ("former President"). */
export const TIME_MODIFIER = /^(former|late|then|ex|onetime|one-time|erstwhile|outgoing|incoming|acting|interim)$/i;

export const PAST_MODIFIER = /^(former|late|then|ex|onetime|one-time|erstwhile)$/i;

/** Roles held in an organisation or a team: the capitalised word before them names it ("Draxon CEO", "Harbour City striker"). */
export const ORG_ROLE =
  /^(ceo|cfo|coo|cto|chief executive|chief executive officer|chairman|chairwoman|chair|president|owner|founder|co-founder|spokesman|spokeswoman|spokesperson|general manager|managing director|director|executive|manager|head coach|coach|analyst|economist|chief economist|executive director|partner|editor|striker|midfielder|goalkeeper|defender|quarterback|pitcher|catcher|shortstop|outfielder|winger|batsman|bowler|wicketkeeper|skipper)$/;

/** Offices of a place or a party: a capitalised word before them we know nothing of is that town, region or party ("Lismore mayor", "Kerala Revenue Minister", "Reform MP"). */
export const PLACE_OFFICE = new Set<string>([
  ...HOUSE_MEMBERS,
  ...'mayor|deputy mayor|lord mayor|premier|governor|minister|councillor|councilor|sheriff|senator|assemblyman|assemblywoman|assemblymember'.split('|'),
]);

/** Seats held for a party: a party's name before them is the affiliation, not the portfolio ("Labour MP", but "Labour Minister"). */
export const PARTY_SEAT = new Set<string>([
  ...HOUSE_MEMBERS,
  ...(
    'senator|state senator|councillor|councilor|council member|lawmaker|legislator|candidate|congressman|congresswoman|assemblyman|' +
    'assemblywoman|assemblymember|representative|mayor'
  ).split('|'),
]);

/**
 * Areas of work written before a role, capitalised as part of the title ("Port Director", "Finance Director",
 * "Communications Manager"): the role's own words, not an organisation.
 */
export const ROLE_AREAS = new Set(
  (
    'port|finance|financial|sales|marketing|research|communications|operations|program|programme|programs|health|' +
    'education|policy|strategy|development|product|design|engineering|legal|security|safety|transport|planning|' +
    'medical|nursing|athletic|athletics|music|art|arts|creative|editorial|technical|commercial|regional|district|' +
    'branch|store|plant|project|campaign|sports|football|basketball|baseball|hockey|soccer|investment|investments|' +
    'compliance|purchasing|procurement|fundraising|outreach|emergency|fire|public|media|digital|data|science|' +
    'clinical|executive|managing|general|deputy|associate|assistant|senior|acting|interim'
  ).split('|'),
);

export const ORG_JOINERS = new Set(['of', 'for', 'on', 'and', '&']);

/** Verbs of what organisations do (in business news above all): "Apple fell", "Tesla recalled". */
export const ORG_VERBS =
  /^(fell|rose|gained|dropped|slipped|jumped|climbed|surged|slumped|tumbled|reported|posted|recalled|launched|unveiled|released|sued|hired|raised|shares|stock|reports|posts|sells|sold|bought|buys|announced|fired)$/;

/** What prices and markets do ("Gold closed down at …", "Oil edged up"): no person's past tense. */
export const MARKET_VERBS =
  /^(closed|opened|ended|finished|settled|traded|rallied|edged|eased|firmed|weakened|strengthened|dipped|plunged|soared|slid|advanced|retreated|rebounded|recovered|steadied|hovered|touched|hit|peaked|bottomed)$/;

/** Roles that are public office only for a public body: a company's spokeswoman is no official. */
export const PUBLIC_ONLY_IN_PUBLIC_BODY =
  /^(spokesman|spokeswoman|spokesperson|press officer|director|deputy director|adviser|advisor|senior adviser|aide|administrator|official|senior official|negotiator|chief negotiator|chief of staff|commissioner|treasurer|secretary|leader)$/;

export const MONTHS = /^(january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** The months cut short, as news writes them with a period ("Sept. 26"), lower case. */
export const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];
/** …those of them that are also given names, and so name no month without their period ("Jan Smith", "Dec Donnelly"). */
export const MONTH_ABBREVIATIONS_THAT_ARE_NAMES = new Set(['jan', 'mar', 'jun', 'jul', 'sep', 'dec']);

/** Titles after which a lone "I" is a monarch's or pope's numeral. */
export const REGNAL_TITLES = /^(king|queen|pope|emperor|empress|tsar|czar|tsarina|sultan|shah|kaiser|pharaoh)$/;

/** Common nouns that name an organisation written next to it ("news agency Velmora", "Halden chain"). */
/** Words before a body's name in capitals that make it the body, not emphasis ("a member of ACT", "by CARE"). */
export const BODY_NAMED_AFTER = new Set(['of', 'from', 'by']);

export const ORG_CONTEXT_BEFORE = new Set(
  'agency|daily|newspaper|weekly|magazine|company|firm|group|club|carrier|airline|bank|chain|maker|producer|brokerage|insurer|operator|unit|subsidiary|team|side|broadcaster|network|manufacturer|retailer|lender|exporter|importer|conglomerate|distributor|supplier|developer|publisher'.split(
    '|',
  ),
);

export const ORG_CONTEXT_AFTER = /^(news agency|agency|daily|newspaper|shares|share|stock|group|company|corp|unit|subsidiary)$/;

/**
 * A kind of organisation after a one-word name that is no place, faith, people, party or person's name ("the Ennahda
 * party"). Not "movement" or "militia": those are named after people and peoples as often ("the Sadr movement", "the
 * Rohingya militia"); nor "faction" or "cartel" ("the Ortiz faction", "the Sinaloa cartel").
 */
export const ORG_KIND_AFTER_NAME = /^(party)$/;

/** Words after a name that suggest an organisation but fit a person too ("Trump spokesman"). */
export const ORG_CONTEXT_AFTER_WEAK = /^(spokesman|spokeswoman|spokesperson|officials|executives|board|management|analysts|shareholders|stockholders)$/;

/** A word written like a name: a capital, then lower-case letters (hyphenated or with an apostrophe inside). */
/** Nouns a person's name modifies after "the": "the Marc Dutroux case", "the Ana Ruiz years". */
export const NAME_MODIFIED_NOUNS = new Set(
  'case|cases|trial|affair|scandal|family|administration|government|presidency|campaign|camp|era|years|estate|foundation|report|inquiry|murder|killing|killings|death|investigation|team|show|interview|story|saga|rule|regime|doctrine|plan|speech|letter|memo|emails'.split(
    '|',
  ),
);

/** Words of those shapes that are no one. */
export const NOT_AGENT_NOUNS = new Set(
  (
    'after|under|over|other|others|never|however|whether|rather|either|neither|together|later|earlier|further|' +
    'center|centre|corner|border|number|order|water|winter|summer|power|paper|letter|matter|member|chapter|quarter|' +
    'present|recent|percent|different|current|event|events|moment|government|parliament|department|agreement|statement|' +
    'meant|want|wants|important|significant|against|amongst|behind|beyond|for|nor|or|per|ever|whatever|whenever|' +
    'minor|major|factor|sector|floor|door|doors|tour|four|favor|favour|honor|honour|labor|labour|color|colour|error|mirror'
  ).split('|'),
);

/**
 * Nouns of kin and of the people close to someone: after a possessive ("her friend Maddie Okafor", "the victim's
 * mother, Lisa Fenn", "his late wife Dana") the name that follows is a person's.
 */
export const KIN_NOUNS = new Set(
  (
    'wife|husband|son|daughter|father|mother|brother|sister|friend|friends|cousin|nephew|niece|widow|widower|partner|' +
    'colleague|neighbour|neighbor|boyfriend|girlfriend|fiancé|fiancée|fiance|fiancee|grandson|granddaughter|' +
    'grandmother|grandfather|grandma|grandpa|stepson|stepdaughter|stepfather|stepmother|uncle|aunt|mom|mum|dad|' +
    'sons|daughters|brothers|sisters|parents|roommate|classmate|classmates|teammate|teammates|ex-wife|ex-husband|twin'
  ).split('|'),
);

/** Verbs whose object is a person far more often than a place or a company: "met Jair Bolsonaro". */
export const PERSON_OBJECT =
  /^(met|meets|meeting|phoned|congratulated|thanked|hugged|endorsed|interviewed|succeeded|succeeds|replaced|replaces|appointed|appoints|nominated|nominates|fired|sacked|pardoned|married|greeted|welcomed|accompanied|by)$/;

/** Words around a capitalised run that make it a place ("in Nakhon Ratchasima", "Kwale district"). */
/** After "said X", words that leave X the speaker ("said Brandt on Monday", "said Brandt, adding"). */
export const SPEAKER_FOLLOWERS =
  /^(on|in|at|to|after|before|when|while|and|but|as|during|from|for|with|of|about|last|this|yesterday|today|tonight|earlier|later|outside|inside|through|via|by|who|whose|late|early|recently|afterwards|again)$/;

export const PLACE_BEFORE = /^(in|at|near|from|into|across|outside|inside|toward|towards|around|across|throughout|via)$/;

export const PLACE_AFTER =
  /^(province|district|region|county|state|city|town|village|river|valley|lake|mountains?|island|islands|airport|port|border|area|stadium|street|road|avenue)$/;
/**
 * Beside PLACE_AFTER, lower-case nouns that follow the name of an event, a site or a commodity and no person's name
 * ("the Jackson Hole symposium", "Brent crude", "Marisa Dell terminal").
 */
export const THING_AFTER_NAME = /^(symposium|summit|conference|festival|crude|oilfield|refinery|terminal|campus|venue|arena|resort|casino|mall|hotel)$/;

/** Before a surname that is also a month or a word, words that make it the month or the word ("in May"). */
export const DATE_BEFORE = /^(in|on|by|since|until|till|from|through|during|before|after|early|late|mid|last|next|this|of|every|each|between|and|or|to)$/;

/** After it, words that make it a verb or the start of a question ("May we", "Will you"). */
export const NOT_A_NAME_AFTER = /^(i|we|you|he|she|they|it|be|have|not|the|a|an|this|that)$/;
