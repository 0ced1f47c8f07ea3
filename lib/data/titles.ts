/**
 * Titles of office, rank and role, written for Newsmark. Keys are lower case, words separated by spaces,
 * abbreviations with their period. `official` marks public office, rank or public role (government,
 * parliament, courts, diplomacy, armed forces, police, heads of state and church, candidates for office).
 * `display` is how the title reads in full; `plural` titles apply to every name of a list that follows.
 */

export interface TitleInfo {
  display: string;
  official: boolean;
  plural?: boolean;
}

const OFFICIAL = [
  'president', 'vice president', 'vice-president', 'president-elect', 'prime minister', 'deputy prime minister', 'premier',
  'chancellor', 'vice chancellor', 'minister', 'deputy minister', 'foreign minister', 'defence minister', 'defense minister',
  'interior minister', 'finance minister', 'economy minister', 'health minister', 'justice minister', 'trade minister',
  'foreign secretary', 'home secretary', 'defence secretary', 'defense secretary', 'treasury secretary', 'health secretary',
  'secretary', 'deputy secretary', 'assistant secretary', 'undersecretary', 'under secretary', 'secretary-general',
  'secretary general', 'state secretary', 'cabinet secretary', 'press secretary', 'attorney general', 'solicitor general',
  'surgeon general', 'inspector general', 'postmaster general', 'comptroller', 'treasurer', 'governor', 'lieutenant governor',
  'lt. gov.', 'mayor', 'deputy mayor', 'lord mayor', 'senator', 'state senator', 'representative', 'state representative',
  'congressman', 'congresswoman', 'congressmember', 'assemblyman', 'assemblywoman', 'assemblymember', 'lawmaker', 'legislator',
  'councilman', 'councilwoman', 'councillor', 'councilor', 'council member', 'alderman', 'speaker', 'house speaker',
  'majority leader', 'minority leader', 'party leader', 'opposition leader', 'leader', 'whip', 'chief whip', 'mp', 'mep',
  'ambassador', 'envoy', 'special envoy', 'consul', 'consul general', 'high commissioner', 'commissioner', 'administrator',
  'chief of staff', 'national security adviser', 'national security advisor', 'spokesman', 'spokeswoman', 'spokesperson',
  'press officer', 'director', 'deputy director', 'justice', 'chief justice', 'associate justice', 'judge', 'magistrate',
  'prosecutor', 'chief prosecutor', 'district attorney', 'state attorney', 'public defender', 'sheriff', 'police chief',
  'chief constable', 'police commissioner', 'detective', 'inspector', 'superintendent', 'king', 'queen', 'prince', 'princess',
  'crown prince', 'emperor', 'empress', 'sultan', 'emir', 'sheikh', 'grand duke', 'pope', 'cardinal', 'archbishop', 'bishop',
  'patriarch', 'ayatollah', 'grand ayatollah', 'chief rabbi', 'dalai lama', 'general', 'lieutenant general', 'major general',
  'brigadier general', 'brigadier', 'lieutenant', 'colonel', 'lieutenant colonel', 'major', 'captain', 'sergeant', 'corporal',
  'private', 'admiral', 'vice admiral', 'rear admiral', 'commander', 'commodore', 'marshal', 'field marshal', 'air marshal',
  'commandant', 'nominee', 'candidate', 'presidential candidate', 'presidential nominee', 'running mate', 'first lady',
  'first minister', 'deputy first minister', 'taoiseach', 'ombudsman', 'regent', 'head of state', 'head of government',
  'chairman of the joint chiefs of staff', 'adviser', 'advisor', 'senior adviser', 'aide', 'delegate', 'diplomat',
  'economic adviser', 'negotiator', 'chief negotiator', 'official', 'senior official', 'deputy leader', 'dictator', 'monarch',
  'tsar', 'czar', 'secretary of state', 'minister of state', 'counterpart',
];

const NON_OFFICIAL = [
  'chief executive', 'chief executive officer', 'ceo', 'cfo', 'coo', 'cto', 'founder', 'co-founder', 'chairman', 'chairwoman',
  'chair', 'executive', 'managing director', 'economist', 'chief economist', 'analyst', 'researcher', 'scientist', 'professor',
  'author', 'writer', 'novelist', 'journalist', 'reporter', 'correspondent', 'editor', 'columnist', 'lawyer', 'attorney',
  'coach', 'head coach', 'manager', 'striker', 'midfielder', 'goalkeeper', 'defender', 'quarterback', 'pitcher', 'player',
  'actor', 'actress', 'singer', 'rapper', 'artist', 'musician', 'filmmaker', 'producer', 'owner', 'activist', 'historian',
  'strategist', 'pollster', 'consultant', 'fellow', 'senior fellow', 'pastor', 'priest', 'rabbi', 'imam', 'preacher', 'doctor',
  'physician', 'surgeon', 'nurse', 'teacher', 'student', 'entrepreneur', 'investor', 'billionaire', 'businessman',
  'businesswoman', 'tycoon', 'director general', 'partner', 'chief operating officer', 'chief financial officer', 'host',
  'anchor', 'commentator', 'comedian', 'designer', 'architect', 'engineer', 'chief engineer', 'harbour master', 'harbor master',
  'general manager', 'executive director', 'broker', 'trader', 'dealer', 'banker', 'champion', 'captain', 'skipper',
];

/** Abbreviations, read in full. */
const ABBREVIATED: [string, string, boolean, boolean?][] = [
  ['pres.', 'President', true], ['sen.', 'Senator', true], ['sens.', 'Senator', true, true], ['rep.', 'Representative', true],
  ['reps.', 'Representative', true, true], ['gov.', 'Governor', true], ['govs.', 'Governor', true, true],
  ['lt. gov.', 'Lieutenant Governor', true], ['gen.', 'General', true], ['gens.', 'General', true, true],
  ['lt. gen.', 'Lieutenant General', true], ['maj. gen.', 'Major General', true], ['brig. gen.', 'Brigadier General', true],
  ['lt.', 'Lieutenant', true], ['lt. col.', 'Lieutenant Colonel', true], ['col.', 'Colonel', true], ['maj.', 'Major', true],
  ['brig.', 'Brigadier', true], ['cpl.', 'Corporal', true], ['pvt.', 'Private', true], ['capt.', 'Captain', true], ['cpt.', 'Captain', true], ['sgt.', 'Sergeant', true], ['adm.', 'Admiral', true],
  ['cmdr.', 'Commander', true], ['cdr.', 'Commander', true], ['supt.', 'Superintendent', true], ['insp.', 'Inspector', true],
  ['det.', 'Detective', true], ['atty. gen.', 'Attorney General', true], ['sec.', 'Secretary', true],
  ['dr.', 'Dr.', false], ['prof.', 'Professor', false], ['rev.', 'Reverend', false], ['msgr.', 'Monsignor', false],
  ['fr.', 'Father', false], ['hon.', 'Honourable', true],
];

const PLURALS: [string, string][] = [
  ['senators', 'senator'], ['representatives', 'representative'], ['presidents', 'president'], ['ministers', 'minister'],
  ['governors', 'governor'], ['generals', 'general'], ['judges', 'judge'], ['justices', 'justice'], ['lawmakers', 'lawmaker'],
  ['congressmen', 'congressman'], ['congresswomen', 'congresswoman'], ['mayors', 'mayor'], ['ambassadors', 'ambassador'],
  ['prime ministers', 'prime minister'], ['foreign ministers', 'foreign minister'], ['secretaries', 'secretary'],
];

const capitalise = (s: string) => s.replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase()).replace(/\bOf\b|\bThe\b/g, (w) => w.toLowerCase());

export const TITLES = new Map<string, TitleInfo>();
for (const t of OFFICIAL) TITLES.set(t, { display: capitalise(t), official: true });
for (const t of NON_OFFICIAL) if (!TITLES.has(t)) TITLES.set(t, { display: t === 'ceo' || t === 'cfo' || t === 'coo' || t === 'cto' ? t.toUpperCase() : capitalise(t), official: false });
for (const [abbr, display, official, plural] of ABBREVIATED) {
  TITLES.set(abbr, { display, official, plural });
  // British style and tokenised text drop the period: "Dr Smith", "Gov . Abbott" is "Gov" then ".".
  const bare = abbr.replace(/\.$/, '');
  if (!bare.includes(' ') && !TITLES.has(bare) && bare.length > 1) TITLES.set(bare, { display, official, plural });
}
// Hyphenated ranks: "Major-General", "Lieutenant-Colonel".
for (const [key, info] of [...TITLES]) if (key.includes(' ') && !key.includes('.')) TITLES.set(key.replace(/ /g, '-'), info);
for (const [plural, singular] of PLURALS) TITLES.set(plural, { ...TITLES.get(singular)!, plural: true });
TITLES.set('mp', { display: 'MP', official: true });
TITLES.set('mep', { display: 'MEP', official: true });
TITLES.set('ceo', { display: 'CEO', official: false });

/** Honorifics: a person follows, but they are not titles of office. */
export const HONORIFICS = new Map<string, 'm' | 'f' | null>([
  ['mr.', 'm'], ['mr', 'm'], ['mrs.', 'f'], ['mrs', 'f'], ['ms.', 'f'], ['ms', 'f'], ['miss', 'f'], ['mx.', null], ['mx', null],
  ['sir', 'm'], ['dame', 'f'], ['lord', 'm'], ['lady', 'f'], ['madam', 'f'], ['herr', 'm'], ['frau', 'f'], ['monsieur', 'm'],
  ['madame', 'f'], ['señor', 'm'], ['señora', 'f'], ['senor', 'm'], ['senora', 'f'],
]);

/** Words before a title that qualify it and belong to it ("former President", "acting Secretary"). */
export const TITLE_MODIFIERS = new Set(
  (
    'former acting deputy vice assistant associate interim outgoing incoming late then ex current newly elected longtime ' +
    'veteran senior junior chief top lead principal special presidential vice-presidential gubernatorial mayoral ' +
    'senatorial congressional parliamentary foreign defense defence interior finance economy economic health education ' +
    'justice labor labour trade transport transportation energy agriculture environment treasury commerce home federal ' +
    'regional local national state city county provincial municipal military army navy police press campaign party ' +
    'founding retired exiled ousted embattled disgraced jailed slain assassinated murdered then-'
  ).split(' '),
);

/** Departments and portfolios that follow "Secretary of", "Minister for" and the like. */
export const PORTFOLIOS = new Set(
  (
    'state|defense|defence|homeland security|foreign affairs|the interior|interior|the treasury|treasury|health|education|' +
    'energy|commerce|labor|labour|agriculture|transportation|transport|veterans affairs|housing and urban development|' +
    'justice|finance|the navy|the army|the air force|home affairs|external affairs|trade|industry|culture|the environment|' +
    'environment|foreign affairs and trade|public safety|immigration|national defense|national defence|economy|' +
    'health and human services|the exchequer|war|information|communications|tourism|sport|sports|science|digital affairs'
  ).split('|'),
);
