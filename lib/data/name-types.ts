import { HOUSE_MEMBERS } from './titles';

/**
 * Words that end a capitalised name and say what kind of thing it names, when that thing is not a person:
 * "Crystal Harbour", "Torrey Point", "Prince George Hall" (places and venues), "the Harmon Open", "the Ava Lund
 * Award" (events, prizes and works). A given name before them ("Crystal", "Ava") is no evidence of a person.
 * Lower case. Written for Newsmark.
 */

/** Places, venues, buildings and streets. */
export const PLACE_TYPE_HEADS = new Set(
  (
    'street|st.|road|rd.|avenue|ave.|boulevard|blvd.|lane|drive|square|plaza|place|terrace|crescent|highway|motorway|' +
    'bridge|tunnel|harbour|harbor|port|point|bay|beach|coast|cove|creek|river|lake|falls|springs|hills|heights|' +
    'valley|canyon|mountain|mountains|peak|ridge|forest|woods|park|gardens|island|islands|peninsula|cape|' +
    'county|parish|borough|township|province|district|shire|' +
    'hall|arena|stadium|field|ground|grounds|theatre|theater|cathedral|abbey|chapel|palace|castle|tower|towers|' +
    'station|airport|terminal|pier|wharf|dock|docks|mall|market|cemetery|estate|farm|ranch|manor|house|' +
    'view|vista|garden|grove|meadows|amphitheatre|amphitheater|pavilion|auditorium|coliseum|colosseum|hotel|motel|inn'
  ).split('|'),
);

/** Seats whose holder is the member "for" a place ("the member for Mississauga East", "MP for Hampstead"). */
export const SEAT_FOR = new Set<string>([...HOUSE_MEMBERS, 'member', 'senator', 'councillor', 'councilor', 'candidate']);
/** Of those, seats one may also hold "for" a person or a party ("the candidate for Donald Trump"). */
export const SEAT_FOR_A_PERSON = new Set(['senator', 'candidate']);
/** Units of a place named after "the … of" ("the riding of Mississauga East", "the town of Ashdown"). */
export const PLACE_UNIT_OF = new Set(
  'riding|constituency|electorate|ward|district|borough|township|municipality|town|city|village|county|province|parish'.split('|'),
);

/**
 * Words that open a place's name ("Fort Smith", "Mount Kenya", "San Rafael", "Lake Tana"): a name of two words or
 * more that starts with one of them is a place, unless a title or an honorific says it is a person's.
 */
export const PLACE_FIRST_WORDS = new Set('fort|mount|mt.|lake|port|cape|san|santa|são|sao|saint|sainte|st.|ste.'.split('|'));

/** Words that name a storm by the given name after them ("Hurricane Rita", "Storm Ciarán", "Typhoon Haiyan"). */
export const STORM_WORDS = new Set(['hurricane', 'typhoon', 'cyclone', 'storm', 'tropical storm', 'superstorm']);

/** Events, prizes and competitions. */
export const EVENT_TYPE_HEADS = new Set(
  (
    'open|cup|trophy|award|awards|prize|medal|championship|championships|classic|marathon|grand prix|games|' +
    'festival|fair|expo|summit|conference|series|tournament|derby|bowl|invitational|lecture|memorial|show|' +
    'fellowship|scholarship|bursary'
  ).split('|'),
);

/** Products, vehicles and craft by the kind of thing they are, as a name's last word ("Mustang Mach E SUV", "Velop Mesh Router"). */
export const PRODUCT_TYPE_HEADS = new Set(
  (
    'suv|sedan|hatchback|pickup|truck|smartphone|router|laptop|tablet|console|headphones|earbuds|browser|drone|rocket|' +
    'spacecraft|satellite|telescope|rover|lander'
  ).split('|'),
);

/** Endings that make the people of a place of its name ("Dakota" → "Dakotans", "New York" → "New Yorkers", "Ohio" → "Ohioans"). */
export const PLACE_PEOPLE_ENDINGS = ['ns', 'ans', 'ers'] as const;

/** The US states' postal codes, as after a city ("Atlanta, GA"). */
export const US_STATE_CODES = new Set(
  'AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC'.split(
    '|',
  ),
);

/**
 * The US states and Canada's provinces as news abbreviates them after a town ("Jupiter, Fla.", "Trenton, N.J.",
 * "Kingston, Ont."), lower case. (The states some of them write out in full, "Akron, Ohio", are lexicon().usStates.)
 */
export const STATE_ABBREVIATIONS = new Set(
  'ala.|ariz.|ark.|calif.|colo.|conn.|del.|fla.|ga.|ill.|ind.|kan.|kans.|ky.|la.|md.|mass.|mich.|minn.|miss.|mo.|mont.|neb.|nev.|n.h.|n.j.|n.m.|n.y.|n.c.|n.d.|okla.|ore.|pa.|r.i.|s.c.|s.d.|tenn.|vt.|va.|wash.|w.va.|wis.|wyo.|d.c.|ont.|que.|b.c.|alta.|sask.|man.|n.s.|n.b.|nfld.|p.e.i.'.split(
    '|',
  ),
);

/** A hyphenated word that makes a name an adjective ("Delhi-based", "Facebook-owned", "NBA-leading", "South Dakota-sized"). */
export const NAME_ADJECTIVE =
  /-(based|born|listed|led|backed|owned|made|style|era|linked|sized|leading|funded|run|operated|affiliated|allied|aligned|focused|centric|specific|bound)$/;

/** Other states', provinces' and countries' codes written before a title ("NSW Premier", "BC Premier", "UK Prime Minister"). */
export const REGION_CODES = new Set('NSW|VIC|QLD|TAS|NT|SA|WA|BC|AB|SK|MB|ON|QC|NB|NS|PEI|PE|NL|YT|NU|NZ|UK|US|USA|UAE|DRC|PRC|ROK'.split('|'));

/** Time zones, as after a time ("7:11 AM PT"). */
export const TIME_ZONES = new Set(
  'et|pt|ct|mt|gmt|utc|bst|cet|cest|eet|eest|est|edt|cst|cdt|mst|mdt|pst|pdt|ist|jst|kst|hkt|sgt|aest|aedt|nzst|nzdt'.split('|'),
);
