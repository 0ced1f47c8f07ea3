import { MONTH_ABBREVIATIONS, MONTH_ABBREVIATIONS_THAT_ARE_NAMES } from './name-context';

/**
 * Organisations, written for Newsmark: words that make a name an organisation's, and organisations known by a
 * name that says nothing of what they are ("the Pentagon", "Hamas"). Lower case.
 */

/** A capitalised name ending in (or made of "X of") one of these is an organisation. */
export const ORG_HEADS = new Set(
  (
    'party|ministry|department|dept.|agency|administration|commission|committee|council|court|parliament|congress|senate|' +
    'assembly|house|chamber|cabinet|government|bank|corporation|corp.|corp|inc.|inc|ltd.|ltd|llc|plc|co.|company|group|' +
    'holdings|association|federation|union|institute|institution|university|college|school|academy|foundation|fund|' +
    'organization|organisation|service|services|authority|bureau|office|board|police|army|navy|force|forces|guard|corps|' +
    'command|times|post|journal|news|herald|tribune|gazette|telegraph|guardian|observer|chronicle|press|network|networks|' +
    'broadcasting|television|radio|magazine|review|airlines|airways|motors|technologies|technology|systems|partners|' +
    'club|fc|league|society|church|movement|front|alliance|coalition|campaign|trust|exchange|reserve|' +
    'tribunal|directorate|secretariat|embassy|consulate|mission|brigade|battalion|regiment|division|' +
    'cooperative|co-op|laboratories|labs|pharmaceuticals|energy|petroleum|oil|gas|steel|industries|enterprises|' +
    'communications|media|entertainment|studios|records|publishing|publishers|hospital|clinic|museum|library|' +
    'observatory|center|centre|caucus|watch|international|worldwide|unlimited|capital|securities|insurance|' +
    'brothers|bros.|& co.|sa|ag|gmbh|nv|bv|spa|srl|sarl|bhd|pty|pte|llp|ab|asa|oyj|kk|jsc|pjsc|ojsc|newsroom|desk|' +
    'motorsports|motorsport|automotive|foods|solutions|consulting|consultants|logistics|properties|realty|ventures|' +
    'associates|investments|pharma|biotech|software|electronics|construction|restaurants|hotels|resorts|productions|band|' +
    'orchestra|choir|ensemble|online'
  ).split('|'),
);

/** Heads that make an organisation only with a capitalised word before them ("Apple Inc.", not "Inc."). */
export const ORG_SUFFIXES = new Set('inc.|inc|corp.|corp|ltd.|ltd|llc|llp|plc|co.|gmbh|ag|sa|nv|bv|spa|srl|sarl|bhd|pty|pte|ab|asa|oyj|kk|jsc|pjsc'.split('|'));

/** Public bodies known by name: governments, parliaments, agencies, armed forces, parties, unions of states. */
const PUBLIC_BODY_NAMES = (
  'afd|african union|anc|arab league|asean|atf|bank of england|bjp|bundestag|cdc|cdu|cia|congress|' +
  'congress party|conservative party|dea|defense department|democratic party|dhs|dod|doj|duma|ecb|epa|' +
  'eu|european commission|european parliament|european union|europol|faa|fbi|fcc|fda|fed|' +
  'federal reserve|fema|fidesz|fsb|ftc|g20|g7|gchq|gop|hamas|hezbollah|house of commons|house of lords|' +
  'house of representatives|hud|ice|imf|international monetary fund|interpol|irs|justice department|' +
  'kgb|knesset|kremlin|labour party|liberal democrats|likud|mi5|mi6|morena|mossad|nasa|national rally|' +
  'nato|nih|nsa|ntsb|opec|pan|parliament|pentagon|pri|reform uk|republican party|sec|secret service|' +
  'senate|snp|spd|state department|supreme court|taliban|tories|treasury|treasury department|tsa|u.n.|' +
  'ukip|un|united nations|usda|white house|who|world bank|world health organization|wto'
).split('|');

/** Organisations known by name: the public bodies above and others (groups, media, companies, sports bodies). */
export const KNOWN_ORGS = new Set([
  ...PUBLIC_BODY_NAMES,
  ...(
    'abc|afp|airbus|al jazeera|al qaeda|al-qaeda|al-shabab|alphabet|amazon|amnesty international|ap|' +
    'apple|associated press|axios|bank of america|bbc|bloomberg|boeing|boko haram|bp|breitbart|buzzfeed|' +
    'cbs|chevron|citigroup|cnn|daily mail|exxon|exxonmobil|facebook|fifa|financial times|fox news|' +
    'goldman sachs|google|greenpeace|huffpost|human rights watch|ibm|instagram|intel|ioc|isil|isis|' +
    'islamic state|jpmorgan|jpmorgan chase|los angeles times|meta|microsoft|mlb|morgan stanley|msnbc|nba|' +
    'nbc|ncaa|new york times|newsweek|nfl|nhl|npr|nvidia|olympic committee|opec+|openai|oracle|oxfam|pbs|' +
    'politico|premier league|red cross|reuters|samsung|shell|sony|spacex|tesla|the associated press|' +
    'the atlantic|the economist|the guardian|the hill|the new york times|the new yorker|the sun|' +
    'the times|the wall street journal|the washington post|time|toyota|twitter|uefa|unesco|unhcr|unicef|' +
    'usa today|volkswagen|vox|wall street journal|walmart|washington post|wells fargo|whatsapp|' +
    'world economic forum|x corp|w3c|3m|3gpp|7-eleven'
  ).split('|'),
]);

/** Last words of a public body's name: a spokesman of one is an official, a company's is not. */
export const PUBLIC_HEADS = new Set(
  (
    'ministry|department|dept.|agency|administration|commission|committee|council|court|parliament|congress|senate|' +
    'assembly|house|chamber|cabinet|government|bureau|office|police|army|navy|force|forces|guard|corps|command|' +
    'embassy|consulate|mission|tribunal|directorate|secretariat|party|caucus|authority|service|reserve|legislature|' +
    'kremlin|pentagon|presidency|prefecture|municipality|city|county|state|province|region|republic'
  ).split('|'),
);

/**
 * Known organisations that are public bodies, and short names that stand for one only in context ("the House
 * passed", "Downing Street said"), which are not known organisations on their own.
 */
export const PUBLIC_BODIES = new Set([...PUBLIC_BODY_NAMES, 'downing street', 'elysee', 'house', 'whitehall']);

/** Capitalised words that are never a person's name on their own. */
export const NOT_NAMES = new Set([
  ...(
    'monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|' +
    'september|october|november|december|' +
    'christmas|easter|ramadan|eid|hanukkah|thanksgiving|halloween|diwali|passover|' +
    "read|editor|editors|editor's|advertisement|photo|photos|video|videos|image|images|credit|source|sources|" +
    'update|updated|breaking|exclusive|opinion|analysis|comment|share|subscribe|follow|related|watch|listen|' +
    'god|allah|jesus|internet|web|covid|covid-19|coronavirus|brexit|mr|mrs|ms|dr|olympic|olympics|catholic|muslim|' +
    'christian|jewish|islamic|protestant|orthodox|buddhist|hindu|sikh|dow|nasdaq|ftse|nikkei|dax|' +
    // Faiths ("radical Islam"), though "Islam" is a given name too ("Islam Makhachev").
    'islam|christianity|judaism|hinduism|buddhism|sikhism|catholicism|protestantism|mormonism|taoism|sharia|' +
    // The planets: one of them alone is no one ("Venus is bright"), though a given name ("Venus Williams").
    'mercury|venus|mars|jupiter|saturn|uranus|neptune|pluto|' +
    'the|a|an|and|or|but|of|in|on|at|to|for|by|with|from|as|after|before|during|under|over|about|into|' +
    'i|we|you|he|she|it|they|his|her|their|its|our|my|your|this|that|these|those|there|here|' +
    'mine|yours|hers|ours|theirs|' +
    // Interjections ('Ok, now for a little fun.').
    'ok|okay|yes|yeah|wow|hello|thanks|' +
    'am|pm|a.m.|p.m.|gmt|utc|est|edt|pst|pdt|cet|bst|st.'
  ).split('|'),
  // Months cut short: with their period always ("Sept."), without it unless also a given name ("born Sept 26"; "Dec
  // Donnelly").
  ...MONTH_ABBREVIATIONS.map((m) => `${m}.`),
  ...MONTH_ABBREVIATIONS.filter((m) => !MONTH_ABBREVIATIONS_THAT_ARE_NAMES.has(m)),
]);

/**
 * Abbreviations of things, not bodies: in capitals, they are no organisation's name ("an IPO", "the API", "P.S.").
 * Not those that are also bodies' names in the news ("PS", the French Socialists; "ETA"; "RN"), nor states' codes.
 * Everyday words written in capitals for emphasis ("FREE", "BEST") are left out by the lexicon, not here.
 */
export const THING_ABBREVIATIONS = new Set(
  (
    'p.s.|pps|ok|okay|ie|i.e.|eg|e.g.|etc|api|apis|url|urls|usb|gps|pdf|faq|faqs|diy|tv|dvd|dvds|vhs|pc|pcs|atm|atms|gdp|cpi|lng|lpg|dui|dwi|suv|suvs|hiv|aids|dna|rna|ipo|ipos|ceo|cfo|coo|cto|svp|evp|vp|hr|seo|sms|mms|rsvp|asap|fyi|lol|lmao|omg|btw|imo|imho|tba|tbd|aka|cst|cdt|mph|kph|rpm|hq|iq|ai|vr|ui|ux|os|cpu|gpu|ram|rom|ssd|hdd|lcd|led|hd|4k|mp3|mp4|jpg|jpeg|png|gif|html|css|xml|json|csv|irr|roi|kpi|b2b|b2c|mba|bsc|msc|vi|vii|viii|ix|xi|xii|' +
    // Connectors, storage and screens; medicine; money; units of time.
    'usb-c|usb-a|usb-b|usb-pd|hdmi|dvi|hdr|lan|wlan|sim|gsm|cdma|lte|5g|4g|gb|mb|tb|kb|fps|pdas|pda|hvac|ev|evs|' +
    'icu|er|hpv|ptsd|adhd|covid|mri|ct|ecg|ebitda|eps|yoy|qoq|id|ids|vip|vips|et|gmt|pst|est|edt|pdt|' +
    // Sports statistics and honours, fields of work ("ERA leader", "MVP candidate", "PR director", "IT manager").
    'era|rbi|rbis|whip|td|tds|ppg|rpg|apg|gaa|mvp|gpa|ytd|pr|it'
  ).split('|'),
);

/**
 * Words before an abbreviation in capitals that make it a thing or a role had, not a body ("we hired a CPA, …",
 * "an RFP for the pier"), where a mark or a preposition follows it ("an IRA attack" is the body's; "our NHS" is one).
 */
export const THING_OWNERS = new Set(['a', 'an', 'my', 'your', 'additional', 'another', 'each', 'every']);

/** Words a name chunk may hold in lower case ("Ludwig van Beethoven", "Osama bin Laden"). */
export const NAME_PARTICLES = new Set(
  'de|da|di|do|dos|das|du|del|della|der|den|van|von|ter|ten|la|le|bin|ibn|al|el|abu|ben|bint|y|e|zu|af|av|mac|st.'.split('|'),
);

/** The particles that are also common given names, when they open a name ("Ben Smith", "Van Morrison"). */
export const GIVEN_NAME_PARTICLES = new Set(['ben', 'van']);

/** Generational and similar suffixes that belong to a name. */
export const NAME_SUFFIXES = new Set('jr.|jr|sr.|sr|ii|iii|iv|phd|md|esq.'.split('|'));

/** Function words: capitalised only because a sentence starts with them, never the start of a name. */
export const FUNCTION_WORDS = new Set(
  (
    'a|an|the|in|on|at|to|of|for|by|with|from|as|into|onto|upon|after|before|during|since|until|while|when|where|' +
    'why|how|what|which|who|whom|whose|if|but|and|or|nor|so|yet|though|although|because|unless|than|then|there|' +
    'here|this|that|these|those|it|its|he|she|they|we|you|i|his|her|their|our|my|your|him|them|us|me|is|are|was|' +
    'were|be|been|has|have|had|do|does|did|will|would|can|could|may|might|must|shall|should|not|no|yes|all|any|' +
    'each|every|some|many|most|more|much|few|both|either|neither|last|next|also|only|just|' +
    'even|still|now|today|yesterday|tomorrow|meanwhile|however|moreover|despite|according|about|above|below|under|over|' +
    'between|among|against|without|within|through|across|along|around|behind|beyond|near|off|out|up|down|per|via|' +
    'like|unlike|such|other|another|same|very|too|again|once|ever|never|always|often|sometimes|perhaps|maybe'
  ).split('|'),
);

/** Places the country lists leave out or name differently. */
export const EXTRA_PLACES = (
  'scotland|england|new england|wales|northern ireland|great britain|britain|czech republic|czechia|chechnya|dagestan|kosovo|congo|' +
  'palestine|gaza|gaza strip|west bank|kurdistan|tibet|xinjiang|taiwan|hong kong|macau|crimea|donbas|siberia|' +
  'catalonia|basque country|flanders|wallonia|bavaria|quebec|ontario|british columbia|alberta|new south wales|' +
  'queensland|victoria|punjab|kashmir|sindh|balochistan|kurdistan region|darfur|sahara|sahel|middle east|' +
  'latin america|central america|south america|north america|west africa|east africa|southern africa|' +
  'central asia|south asia|southeast asia|east asia|eastern europe|western europe|balkans|caucasus|scandinavia|' +
  'the netherlands|holland|united states|america|soviet union|ussr|yugoslavia|east germany|west germany|' +
  'washington|new york|los angeles|san francisco|silicon valley|wall street|manhattan|brooklyn|capitol hill|' +
  'downing street|whitehall|westminster|brussels|the hague|strasbourg|geneva|davos|vatican|vatican city|' +
  'persian gulf|gulf|red sea|black sea|mediterranean|atlantic|pacific|arctic|antarctica|baltic|caribbean|' +
  'south china sea|strait of hormuz|suez canal|panama canal|rhine|danube|nile|amazon river|mississippi|' +
  'us|u.s.|u.s.a.|usa|uk|u.k.|uae|drc|dprk|rok|prc|n. korea|s. korea|u.s'
).split('|');

/** Last words of a newsroom's name, as a sign-off line gives it ("Ana Lind, Reuters", "Ana Lind | CBC News"). */
export const NEWSROOM_WORDS = new Set(
  'news|press|times|post|gazette|journal|herald|tribune|telegraph|guardian|observer|chronicle|courier|examiner|inquirer|star|sun|mail|express|standard|independent|reuters|bloomberg|ap|afp|upi|cnn|bbc|cbc|ctv|npr|pbs|abc|nbc|cbs|msnbc|politico|axios|newsroom|network|media|radio|tv|television|magazine|review|report|wire|agency|today|daily|weekly'.split(
    '|',
  ),
);
