/**
 * Verbs and nouns of saying, and the small words around them, as the quote detector (lib/detect/quotes/) and
 * the name finder (lib/nlp/entities/) read them. Each list once, named for what it holds. Written for Newsmark.
 */

/** Verbs of saying: a cue that attributes a quote ("said", "told", "quipped", "branded", "dijo"). */
export const SPEECH_VERBS = new Set(
  (
    'said|says|say|told|tells|added|adds|asked|asks|explained|explains|stated|states|noted|notes|wrote|writes|' +
    'argued|argues|claimed|claims|insisted|insists|warned|warns|announced|announces|declared|declares|replied|' +
    'replies|responded|responds|acknowledged|acknowledges|admitted|admits|conceded|concedes|confirmed|confirms|' +
    'recalled|recalls|commented|comments|tweeted|tweets|posted|testified|urged|urges|predicted|predicts|emphasized|' +
    'emphasised|emphasizes|stressed|stresses|continued|continues|concluded|cautioned|complained|complains|joked|' +
    'quipped|lamented|vowed|vows|promised|promises|clarified|shouted|yelled|whispered|remarked|observed|offered|' +
    'countered|retorted|boasted|mused|chanted|suggested|suggests|maintained|maintains|contended|asserted|asserts|' +
    'repeated|reiterated|called|calls|described|describes|dubbed|labeled|labelled|proclaimed|wondered|exclaimed|' +
    'thundered|pleaded|begged|alleged|alleges|mentioned|texted|emailed|typed|demanded|demands|agreed|agrees|pointed|quotes|' +
    'recounted|reported|reports|compared|compares|' +
    'tell|describe|call|accuse|blast|criticize|criticise|slam|praise|warn|insist|argue|claim|deny|' +
    'exhorted|lauded|applauded|welcomed|thanked|credited|quoted|cited|scoffed|shrugged|' +
    // Verbs that quote by judging: "branded the toll a “scandal”", "likened the fee to “theft…”".
    'criticized|criticised|criticizes|blasted|blasts|slammed|slams|dismissed|dismisses|likened|likens|accused|accuses|' +
    'praised|praises|branded|brands|derided|mocked|mocks|touted|touts|pounded|pounding|lambasted|attacked|attacks|' +
    'hailed|hails|heralded|heralds|decried|decries|condemned|condemns|denounced|denounces|characterized|characterizes|referred|refers|' +
    'nicknamed|termed|deemed|ruled|rated|labels|calling|promising|vowing|pledging|urging|describing|accusing|' +
    // Verbs of saying by manner: "“…,” she sighed", "“…,” he fumed", "“…,” a neighbour chimed in".
    'fumed|gushed|sighed|interjected|implored|snapped|marveled|marvelled|groaned|muttered|murmured|sniped|bristled|' +
    'teased|bragged|griped|grumbled|huffed|protested|reasoned|opined|blurted|chimed|cried|laughed|sobbed|screamed|' +
    'stammered|gasped|beamed|enthused|cooed|barked|growled|hissed|sneered|scolded|chided|ventured|deadpanned|hinted|' +
    'interrupted|answered|answers|rebutted|elaborated|assured|assures|surmised|proclaims|mentions|concludes|' +
    'boasts|sang|sings|lectured|' +
    // What a written thing says: "“…,” read one sign", "“…,” the letter reads".
    'read|reads|' +
    // The commonest verbs of saying in French, German, Spanish, Italian and Portuguese news.
    'dit|déclaré|declare|déclare|affirmé|affirme|expliqué|explique|ajouté|ajoute|estimé|estime|souligné|souligne|' +
    'sagte|sagt|erklärte|erklärt|betonte|betont|meinte|fügte|dijo|dice|afirmó|afirma|declaró|señaló|explicó|añadió|' +
    'aseguró|disse|diz|afirmou|declarou|ha detto|ha dichiarato|dichiarato|detto|spiegato|aggiunto'
  ).split('|'),
);

/**
 * Everyday verbs that say only where they close a quote's sentence ("“…,” Bolton charged.", "“…?” Ruiz pressed.",
 * "“…,” she began."): elsewhere "charged with fraud", "pressed the button", "began the talks" say nothing.
 */
export const CLOSING_SPEECH_VERBS = new Set('charged|pressed|started|began|remembered|reflected|persisted'.split('|'));

/**
 * Verbs that say only right after a quote, before or after its speaker ("“…?” reacted Tom Vell", "“…,” Ruiz
 * referenced."): "Markets reacted “with alarm”" says nothing.
 */
export const AFTER_QUOTE_SPEECH_VERBS = new Set(['reacted', 'referenced']);

/**
 * Verbs of saying that take the person spoken to or of as their object and never stand before their own subject:
 * "“…,” said Ruiz" names the speaker after the verb, "…, thanked Ruiz for “…”" names the one thanked.
 */
export const OBJECT_FIRST_SPEECH_VERBS = new Set(
  (
    'told|tells|tell|urged|urges|called|calls|call|described|describes|describe|dubbed|labeled|labelled|labels|accused|' +
    'accuses|accuse|praised|praises|praise|thanked|credited|quoted|cited|criticized|criticised|criticizes|criticize|' +
    'criticise|blasted|blasts|blast|slammed|slams|slam|dismissed|dismisses|likened|likens|branded|brands|derided|mocked|' +
    'mocks|lambasted|attacked|attacks|hailed|hails|decried|decries|condemned|condemns|denounced|denounces|' +
    'characterized|characterizes|nicknamed|termed|deemed|exhorted|lauded|applauded|welcomed|begged|implored|scolded|' +
    'chided|teased|compared|compares|referred|refers|rated|ruled|touted|touts|pounded'
  ).split('|'),
);

/** Nouns of saying after a possessive: "Trump’s claim that …", "Clinton’s remark". */
export const SAYING_NOUNS = new Set(
  (
    'claim|claims|statement|statements|comment|comments|remark|remarks|tweet|tweets|words|message|promise|pledge|assertion|accusation|charge|warning|description|response|reply|answer|speech|letter|post|' +
    'call|calls|vow|vows|slogan|mantra|admission|chant|chants|plea|demand|demands|insistence|argument|suggestion|characterization|refrain|catchphrase|motto|quip|boast|declaration|announcement|prediction|allegation|threat|denial|criticism'
  ).split('|'),
);

/** "…, noting, “…”": the speaker is the subject of the sentence. */
export const SPEECH_PARTICIPLES = new Set(
  'saying|noting|adding|telling|explaining|stressing|emphasizing|emphasising|arguing|warning|insisting|writing|declaring|calling|describing|asking|recalling|claiming|suggesting|pointing|acknowledging|reminding|tweeting|quipping|joking|admitting|conceding|chanting|shouting|yelling|exhorting|labeling|labelling|branding|dubbing|praising|criticizing|criticising|accusing|announcing|stating|replying|responding|vowing|promising|urging|complaining|remarking|proclaiming|boasting|mentioning|lecturing|dismissing|condemning|threatening'.split(
    '|',
  ),
);

/** Auxiliaries and adverbs that end a subject phrase before its verb ("Ruiz also said", "the council has"). */
export const SUBJECT_ENDERS = new Set(
  'is|was|are|were|has|had|have|will|would|can|could|did|does|do|may|might|should|must|shall|also|then|later|once|never|still|just|even|often|now'.split('|'),
);

/**
 * Verbs that make the capitalised word before them the subject of a clause ("Velmora said", "Gale has", "Ruiz
 * met"): evidence that the word names someone or something that acts, not a verb of saying each.
 */
export const VERBS_AFTER_A_SUBJECT = new Set(
  (
    'said|says|say|told|tells|added|adds|asked|asks|explained|explains|stated|states|noted|notes|wrote|writes|argued|' +
    'argues|claimed|claims|insisted|insists|warned|warns|announced|announces|declared|declares|replied|replies|' +
    'responded|responds|acknowledged|acknowledges|admitted|admits|conceded|concedes|confirmed|confirms|denied|denies|' +
    'suggested|suggests|recalled|recalls|commented|comments|tweeted|tweets|posted|testified|urged|urges|predicted|' +
    'predicts|believes|believed|thinks|thought|spoke|emphasized|emphasised|emphasizes|stressed|stresses|continued|' +
    'concluded|cautioned|complained|joked|quipped|lamented|vowed|vows|pledged|promised|clarified|criticized|' +
    'criticised|pointed|rejected|rejects|accused|accuses|praised|praises|called|calls|blamed|defended|signed|met|' +
    'visited|won|lost|scored|resigned|died|wants|wanted|hopes|hoped|knows|knew|has|had|is|was|will|would|could|can'
  ).split('|'),
);

/** Verbs strong enough alone to make a single unknown capitalised word a person. */
export const STRONG_SPEECH_VERBS = new Set(
  'said|says|told|tells|added|asked|explained|stated|noted|wrote|argued|claimed|insisted|warned|replied|responded|acknowledged|admitted|conceded|recalled|commented|tweeted|testified|clarified|emphasized|emphasised|stressed|quipped|joked'.split(
    '|',
  ),
);

/** The auxiliaries among VERBS_AFTER_A_SUBJECT: "Norvex has" says nothing of a person. */
export const AUXILIARY_VERBS = new Set(['has', 'had', 'is', 'was', 'will', 'would', 'could', 'can']);

/**
 * Words that may stand between a speaker and the verb of saying after a quote ("“…,” Ruiz also said", "Ruiz has
 * said", "Ruiz a dit", "Ruiz hatte gesagt"): adverbs, and the auxiliaries of the languages SPEECH_VERBS reads.
 */
export const BETWEEN_SPEAKER_AND_VERB = new Set(
  'also|later|then|recently|previously|again|once|simply|only|just|flatly|quickly|repeatedly|earlier|publicly|privately|bluntly|angrily|proudly|instead|always|often|never|still|even|already|now|first|finally|soon|afterwards|subsequently|further|has|had|have|been|is|was|are|were|a|hat|ha|hatte|avait|aveva|ya|ist|est|è'.split(
    '|',
  ),
);

/** Verbs of saying in two words, the verb and the word that must follow it: "shot back", "cut in". */
export const PHRASAL_SPEECH_VERBS: ReadonlyMap<string, string> = new Map([
  ['shot', 'back'],
  ['fired', 'back'],
  ['hit', 'back'],
  ['pushed', 'back'],
  ['cut', 'in'],
  ['chimed', 'in'],
  ['weighed', 'in'],
  ['piped', 'up'],
  ['spoke', 'up'],
  ['summed', 'up'],
]);

/**
 * Verbs that name a thing as well as say something of it: in the passive ("what is called a “debate”", "has been
 * dubbed the “Trump of the East”") or right after the noun they name ("a class called “Perception”", "the spot
 * titled “Dangerous”", "items labeled “Made in USA”") nobody says the quoted words with them.
 */
export const NAMING_VERBS = new Set(['called', 'dubbed', 'labeled', 'labelled', 'titled', 'entitled', 'named', 'nicknamed', 'branded', 'termed', 'billed']);

/** Forms of "be" before a participle that make it passive. */
export const PASSIVE_BE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being']);

/** Words between a subject and its verb that are no noun ("Ruiz also called …", "Brandt then dubbed …"). */
export const BEFORE_A_VERB = new Set([
  'also',
  'each',
  'both',
  'all',
  'then',
  'later',
  'once',
  'again',
  'still',
  'even',
  'just',
  'never',
  'has',
  'have',
  'had',
  'who',
  'which',
  'that',
  'and',
  'but',
  'or',
]);

/** Verbs whose passive ("Ruiz was asked, “…”", "asked by host Ola Berg") puts the words in another's mouth than the subject's. */
export const PASSIVE_SPEECH_VERBS = new Set(['asked', 'told', 'questioned']);

/** A verb's past participle, after "has" or "had" ("Tarek Halabi had put Oman ahead"): regular ones, and the irregular
 * ones news uses most ("been" is none: it says nothing). */
export const PAST_PARTICIPLE =
  /^(?:\p{L}{2,}ed|put|set|hit|cut|let|won|lost|made|led|left|met|got|gone|done|sent|spent|kept|held|brought|bought|fought|caught|told|said|run|come|become|begun|shot|struck|stood|taken|given|driven|beaten|written|spoken|chosen|broken|stolen|fallen|risen|seen|shown|thrown|grown|drawn|known|sworn|ridden|forgotten|gotten)$/u;

/**
 * Verbs in the simple past that do not end in "-ed" ("The senator sought to calm …", "The businessman began by …"):
 * after a subject they are its verb. Forms that are everyday nouns or adjectives more often than verbs are left out
 * ("set", "cut", "left", "read", "found", "saw", "rose", "felt", "shot", "bit"); "won", "lost", "paid" and "fell"
 * are kept, verbs far more often after a subject.
 */
export const IRREGULAR_PAST = new Set(
  (
    'arose|awoke|became|began|bent|blew|broke|brought|built|bought|caught|chose|came|crept|dealt|dug|did|drew|' +
    'drank|drove|ate|fell|fought|fled|flew|forbade|forgot|forgave|froze|got|gave|went|grew|hung|heard|hid|held|' +
    'kept|knelt|knew|led|lent|lost|made|meant|met|paid|rode|rang|ran|said|sought|sold|sent|shook|shone|' +
    'showed|sang|sank|sat|slept|slid|spoke|sped|spent|spun|sprang|stood|stole|stuck|struck|strove|swore|swept|swam|' +
    'swung|took|taught|tore|told|thought|threw|understood|woke|wore|won|withdrew|wrote|undertook|overcame|oversaw|' +
    'foresaw|upheld|withheld|mistook'
  ).split('|'),
);

/** Verbs in the past that a person's surname opening a sentence is the subject of ("Rice made the remark", not
 * "Gold rallied"). */
export const PEOPLE_PAST_VERBS =
  /^(made|took|gave|went|came|met|won|lost|led|left|got|saw|held|kept|sent|spent|wrote|spoke|ran|began|became|brought|thought|knew|stood|appeared|arrived|returned|joined|resigned|voted|abstained|campaigned|died|married|visited|walked|smiled|laughed|called|tweeted|posted|signed|pledged|promised|admitted|apologized|apologised|refused|declined|decided|helped|attended|testified|remembered|recalled|reflected|recounted|explained|insisted|argued|agreed|acknowledged|conceded|denied|urged|warned|vowed|hoped|worried|believed|wanted|tried|answered|replied|responded|praised|criticized|criticised|thanked|welcomed|joked)$/;

/**
 * What may follow a noun of saying after a possessive for it to introduce a quote ("Ruiz's statement: “",
 * "Ruiz's claim that … “", "Ruiz's statement read “"); "Ruiz's comments are “…”" judges them instead.
 */
export const NOUN_INTRODUCERS = new Set([':', ',', 'that', '\u2014', '\u2013', '-', 'read', 'reads', 'said', 'says']);
/** …or a preposition after the noun that leads on to the quote a few words later ("Ruiz's pledge to be “…”"). */
export const NOUN_PREPOSITIONS = new Set(['to', 'for']);
/** …or at most this many tokens ending in a colon ("Ruiz's statement on Monday: “"). */
export const NOUN_INTRODUCER_REACH = 5;

/** Words opening a sentence that points back at the quote before it ("That's how Ruiz put it", "So says Ruiz"). */
export const POINTER_OPENERS = new Set(['that', 'this', 'those', 'these', 'such', 'so']);
/** The verb after them ("That's how", "That was what"); "'s" is the tokenizer's own token. */
export const POINTER_BE = new Set(['\u0027s', 'is', 'was', 'are', 'were']);
/** Verbs that sum up what was said ("That's how Ruiz put it", "… sees it", "… summed it up"). */
export const POINTER_VERBS = new Set(['put', 'puts', 'sees', 'saw', 'summed', 'sums', 'views', 'viewed', 'characterized', 'characterised', 'phrased']);
/** Nouns of saying that point back ("Those were the words of Ruiz", "That was the verdict from Ruiz"). */
export const POINTER_NOUNS = new Set(['words', 'verdict', 'view', 'message', 'assessment', 'advice', 'warning', 'conclusion', 'opinion', 'takeaway']);

/** Words before a quotation mark that make the quote a name or a label ("a note reading “sorry”", "known as “the Shadow”"). */
export const LABEL_WORDS = new Set(['reading', 'saying', 'marked', 'known', 'as']);
/** Verbs with which a written thing says its words ("“…,” read one sign"): its speaker is the thing, never a person named in its phrase. */
export const WRITTEN_VERBS = new Set(['read', 'reads']);
