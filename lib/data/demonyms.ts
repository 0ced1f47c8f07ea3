/**
 * Adjectives of nationality and place, written for Newsmark, mapped to the place they name ("Mexican
 * President X" is affiliated with Mexico). Lower case keys.
 */
const PAIRS =
  'american:United States|u.s.:U.S.|us:U.S.|usa:U.S.|u.s.a.:U.S.|british:Britain|u.k.:U.K.|uk:U.K.|english:England|' +
  'scottish:Scotland|welsh:Wales|irish:Ireland|northern irish:Northern Ireland|mexican:Mexico|canadian:Canada|' +
  'french:France|german:Germany|italian:Italy|spanish:Spain|portuguese:Portugal|dutch:Netherlands|belgian:Belgium|' +
  'swiss:Switzerland|austrian:Austria|swedish:Sweden|norwegian:Norway|danish:Denmark|finnish:Finland|icelandic:Iceland|' +
  'polish:Poland|czech:Czech Republic|slovak:Slovakia|hungarian:Hungary|romanian:Romania|bulgarian:Bulgaria|' +
  'greek:Greece|turkish:Turkey|cypriot:Cyprus|russian:Russia|ukrainian:Ukraine|belarusian:Belarus|georgian:Georgia|' +
  'armenian:Armenia|azerbaijani:Azerbaijan|kazakh:Kazakhstan|uzbek:Uzbekistan|serbian:Serbia|croatian:Croatia|' +
  'bosnian:Bosnia|slovenian:Slovenia|albanian:Albania|macedonian:North Macedonia|montenegrin:Montenegro|' +
  'kosovar:Kosovo|estonian:Estonia|latvian:Latvia|lithuanian:Lithuania|moldovan:Moldova|maltese:Malta|' +
  'chinese:China|japanese:Japan|korean:Korea|south korean:South Korea|north korean:North Korea|taiwanese:Taiwan|' +
  'mongolian:Mongolia|indian:India|pakistani:Pakistan|bangladeshi:Bangladesh|sri lankan:Sri Lanka|nepalese:Nepal|' +
  'afghan:Afghanistan|iranian:Iran|iraqi:Iraq|syrian:Syria|lebanese:Lebanon|israeli:Israel|palestinian:Palestine|' +
  'jordanian:Jordan|saudi:Saudi Arabia|yemeni:Yemen|omani:Oman|emirati:United Arab Emirates|qatari:Qatar|' +
  'kuwaiti:Kuwait|bahraini:Bahrain|egyptian:Egypt|libyan:Libya|tunisian:Tunisia|algerian:Algeria|moroccan:Morocco|' +
  'sudanese:Sudan|ethiopian:Ethiopia|eritrean:Eritrea|somali:Somalia|kenyan:Kenya|ugandan:Uganda|tanzanian:Tanzania|' +
  'rwandan:Rwanda|congolese:Congo|nigerian:Nigeria|ghanaian:Ghana|senegalese:Senegal|malian:Mali|' +
  'ivorian:Ivory Coast|cameroonian:Cameroon|angolan:Angola|zambian:Zambia|zimbabwean:Zimbabwe|' +
  'mozambican:Mozambique|south african:South Africa|namibian:Namibia|botswanan:Botswana|malagasy:Madagascar|' +
  'thai:Thailand|vietnamese:Vietnam|cambodian:Cambodia|laotian:Laos|burmese:Myanmar|malaysian:Malaysia|' +
  'singaporean:Singapore|indonesian:Indonesia|filipino:Philippines|philippine:Philippines|australian:Australia|' +
  'new zealand:New Zealand|brazilian:Brazil|argentine:Argentina|argentinian:Argentina|chilean:Chile|' +
  'peruvian:Peru|colombian:Colombia|venezuelan:Venezuela|ecuadorian:Ecuador|bolivian:Bolivia|' +
  'paraguayan:Paraguay|uruguayan:Uruguay|cuban:Cuba|haitian:Haiti|dominican:Dominican Republic|' +
  'jamaican:Jamaica|puerto rican:Puerto Rico|guatemalan:Guatemala|honduran:Honduras|salvadoran:El Salvador|' +
  'nicaraguan:Nicaragua|costa rican:Costa Rica|panamanian:Panama|european:Europe|african:Africa|asian:Asia|' +
  'arab:Arab world|latin american:Latin America|soviet:Soviet Union|kurdish:Kurdistan|catalan:Catalonia|' +
  'basque:Basque Country|flemish:Flanders|bavarian:Bavaria|' +
  'quebecois:Quebec|tibetan:Tibet|uyghur:Xinjiang|chechen:Chechnya|briton:Britain|brit:Britain|' +
  'afrikaner:South Africa|scot:Scotland|kiwi:New Zealand|aussie:Australia|yankee:United States|pole:Poland|dane:Denmark|' +
  'swede:Sweden|finn:Finland|turk:Turkey|kurd:Kurdistan|serb:Serbia|croat:Croatia|slovene:Slovenia|arabian:Arabia|' +
  'n. korean:North Korea|s. korean:South Korea';

/**
 * People of the US states and of a few cities ("Vermonter Bernie Sanders", "Ohioan Tom Lee"): nationalities, but the
 * places they name are no countries (a city in a league's table is its team).
 */
const STATE_AND_CITY_PAIRS =
  'texan:Texas|californian:California|floridian:Florida|new yorker:New York|alabamian:Alabama|alaskan:Alaska|arizonan:Arizona|arkansan:Arkansas|coloradan:Colorado|delawarean:Delaware|' +
  'hawaiian:Hawaii|idahoan:Idaho|illinoisan:Illinois|hoosier:Indiana|iowan:Iowa|kansan:Kansas|kentuckian:Kentucky|' +
  'louisianan:Louisiana|mainer:Maine|marylander:Maryland|michigander:Michigan|minnesotan:Minnesota|' +
  'mississippian:Mississippi|missourian:Missouri|montanan:Montana|nebraskan:Nebraska|nevadan:Nevada|' +
  'new hampshirite:New Hampshire|new jerseyan:New Jersey|new mexican:New Mexico|north carolinian:North Carolina|' +
  'north dakotan:North Dakota|ohioan:Ohio|oklahoman:Oklahoma|oregonian:Oregon|pennsylvanian:Pennsylvania|' +
  'rhode islander:Rhode Island|south carolinian:South Carolina|south dakotan:South Dakota|tennessean:Tennessee|' +
  'utahn:Utah|vermonter:Vermont|virginian:Virginia|west virginian:West Virginia|wisconsinite:Wisconsin|' +
  'wyomingite:Wyoming|bostonian:Boston|chicagoan:Chicago|angeleno:Los Angeles|philadelphian:Philadelphia|' +
  'brooklynite:Brooklyn';

const pairs = (list: string) => list.split('|').map((p) => p.split(':') as [string, string]);
export const DEMONYMS = new Map<string, string>([...pairs(PAIRS), ...pairs(STATE_AND_CITY_PAIRS)]);

/** The countries the nationalities name, in lower case ("spain", "united states"). */
export const COUNTRIES = new Set(pairs(PAIRS).map(([, c]) => c.toLowerCase()));

/** Political parties (as adjectives before titles) and their short forms in "(R-Texas)" labels. */
export const PARTIES = new Map<string, string>([
  ['republican', 'Republican'],
  ['democratic', 'Democratic'],
  ['democrat', 'Democratic'],
  ['gop', 'Republican'],
  ['labour', 'Labour'],
  ['labor', 'Labor'],
  ['conservative', 'Conservative'],
  ['tory', 'Conservative'],
  ['liberal', 'Liberal'],
  ['green', 'Green'],
  ['greens', 'Greens'],
  ['socialist', 'Socialist'],
  ['communist', 'Communist'],
  ['independent', 'Independent'],
  ['r', 'Republican'],
  ['d', 'Democratic'],
  ['i', 'Independent'],
]);

/**
 * A party's members, as a noun, and the party ("Missouri Republican Roy Blunt", "Reagan Democrats"): a group, never
 * a person's name.
 */
export const PARTY_MEMBERS = new Map<string, string>([
  ['republican', 'Republican'],
  ['republicans', 'Republican'],
  ['democrat', 'Democratic'],
  ['democrats', 'Democratic'],
  ['dems', 'Democratic'],
  ['libertarian', 'Libertarian'],
  ['libertarians', 'Libertarian'],
  ['tory', 'Conservative'],
  ['tories', 'Conservative'],
]);

/** Words that open a party's name with its members' noun ("Liberal Democrats", "Christian Democrats", "Young Republicans"). */
export const PARTY_NAME_WORDS = new Set(['liberal', 'social', 'christian', 'free', 'young', 'national', 'new', 'progressive']);
