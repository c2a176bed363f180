/**
 * Titles, roles and descriptions as data. They let "the Russian president" find the person
 * introduced as "President Vladimir Putin" (with "Russian" from the country list), keep
 * "a senior fellow at X" as a role, and tell an unnamed source ("a spokesman", "officials")
 * from a named one.
 */
import { NATION_PEOPLE } from './demonyms';

/**
 * Role words (lower case, one or two words) that, in "the Chinese president", can be
 * resolved to a person given that title earlier. Two-word titles come first.
 */

export const TITLES: readonly string[] = [
  'prime minister', 'foreign minister', 'defence minister', 'defense minister', 'finance minister',
  'interior minister', 'health minister', 'vice president', 'secretary general', 'secretary-general',
  'secretary of state', 'head of state', 'supreme leader', 'chief executive', 'foreign secretary',
  'home secretary', 'press secretary', 'attorney general', 'general secretary', 'national security adviser',
  'president', 'premier', 'chancellor', 'minister', 'secretary', 'leader', 'king', 'queen', 'emperor',
  'pope', 'governor', 'mayor', 'senator', 'congressman', 'congresswoman', 'representative', 'ambassador',
  'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chair', 'ceo', 'director',
  'commander', 'general', 'chief', 'head', 'judge', 'prosecutor', 'coach', 'manager', 'founder',
  'professor', 'researcher', 'scientist', 'economist', 'analyst', 'official', 'envoy', 'counterpart',
  'dictator', 'monarch', 'prince', 'princess', 'sheikh', 'diplomat', 'lawyer', 'attorney', 'doctor',
  'captain', 'colonel', 'lieutenant', 'sergeant', 'admiral', 'marshal', 'commissioner', 'superintendent',
  'inspector', 'officer', 'author', 'editor', 'owner', 'boss', 'fellow', 'expert', 'chairperson', 'councillor',
  'councilor', 'lawmaker', 'legislator', 'curator', 'headteacher', 'bishop', 'archbishop', 'priest', 'pastor',
  'imam', 'rabbi', 'treasurer', 'justice', 'whip',
];

/**
 * Titles that all name the head of a state or government: "the Chinese leader" may refer
 * back to a "president", a "premier" or a "chairman".
 */
export const LEADER_TITLES: readonly string[] = [
  'president', 'prime minister', 'premier', 'chancellor', 'leader', 'supreme leader', 'king', 'queen',
  'emperor', 'head of state', 'chairman', 'dictator', 'monarch', 'counterpart',
];

/** Honorifics and titles written before a name ("President Putin", "Dr. Li"); never part of the name. */
export const NAME_PREFIXES: readonly string[] = [
  'President', 'Vice', 'Prime', 'Minister', 'Premier', 'Chancellor', 'Secretary', 'General', 'Foreign',
  'Defence', 'Defense', 'Finance', 'Interior', 'Health', 'Chairman', 'Chairwoman', 'Chief', 'Executive',
  'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Dr', 'Dr.', 'Prof', 'Prof.', 'Professor', 'Sir', 'Dame',
  'Lord', 'Lady', 'King', 'Queen', 'Prince', 'Princess', 'Pope', 'Sheikh', 'Emperor', 'Governor', 'Gov.',
  'Mayor', 'Senator', 'Sen.', 'Rep.', 'Representative', 'Congressman', 'Congresswoman', 'Ambassador',
  'Judge', 'Justice', 'Gen.', 'Col.', 'Colonel', 'Lt.', 'Lieutenant', 'Capt.', 'Captain', 'Sgt.',
  'Sergeant', 'Admiral', 'Marshal', 'Commander', 'Commissioner', 'Inspector', 'Detective', 'Officer',
  'Director', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Deputy', 'Acting', 'Former', 'Senior',
  'Supreme', 'Leader', 'Head', 'Father', 'Rev.', 'Reverend', 'Rabbi', 'Imam', 'Cardinal', 'Bishop',
  'Coach', 'Attorney', 'Saint', 'St.', 'CEO', 'Chair', 'Speaker', 'Researcher', 'Economist', 'Analyst',
  'Envoy', 'Counselor', 'Councillor', 'Councilman', 'Councilwoman', 'Assemblyman', 'Assemblywoman',
  'Sen', 'Rep', 'Gov', 'Dr', 'Mx', 'Mx.', 'Premier', 'Comrade', 'Administrator', 'Superintendent', 'President-elect',
];

/** Country adjectives and the demonyms news uses for them, lower case (adjective -> key). */
export const NATIONALITIES: Readonly<Record<string, string>> = {
  russian: 'russia', russia: 'russia', "russia's": 'russia',
  chinese: 'china', china: 'china', "china's": 'china',
  ukrainian: 'ukraine', ukraine: 'ukraine', "ukraine's": 'ukraine',
  american: 'us', us: 'us', 'u.s.': 'us', "america's": 'us', 'united states': 'us',
  british: 'uk', uk: 'uk', 'u.k.': 'uk', "britain's": 'uk',
  french: 'france', "france's": 'france', german: 'germany', "germany's": 'germany',
  italian: 'italy', spanish: 'spain', portuguese: 'portugal', dutch: 'netherlands', belgian: 'belgium',
  polish: 'poland', "poland's": 'poland', hungarian: 'hungary', czech: 'czechia', slovak: 'slovakia',
  romanian: 'romania', bulgarian: 'bulgaria', greek: 'greece', turkish: 'turkey', "turkey's": 'turkey',
  belarusian: 'belarus', belarussian: 'belarus', "belarus's": 'belarus', moldovan: 'moldova',
  georgian: 'georgia', armenian: 'armenia', azerbaijani: 'azerbaijan', kazakh: 'kazakhstan',
  uzbek: 'uzbekistan', iranian: 'iran', "iran's": 'iran', iraqi: 'iraq', syrian: 'syria',
  israeli: 'israel', "israel's": 'israel', palestinian: 'palestine', lebanese: 'lebanon',
  egyptian: 'egypt', saudi: 'saudi arabia', emirati: 'uae', qatari: 'qatar', jordanian: 'jordan',
  indian: 'india', "india's": 'india', pakistani: 'pakistan', afghan: 'afghanistan',
  japanese: 'japan', "japan's": 'japan', korean: 'korea', 'south korean': 'south korea',
  'north korean': 'north korea', taiwanese: 'taiwan', vietnamese: 'vietnam', thai: 'thailand',
  indonesian: 'indonesia', filipino: 'philippines', malaysian: 'malaysia', australian: 'australia',
  canadian: 'canada', mexican: 'mexico', brazilian: 'brazil', argentine: 'argentina',
  argentinian: 'argentina', chilean: 'chile', colombian: 'colombia', venezuelan: 'venezuela',
  cuban: 'cuba', peruvian: 'peru', nigerian: 'nigeria', kenyan: 'kenya', ethiopian: 'ethiopia',
  'south african': 'south africa', swedish: 'sweden', norwegian: 'norway', danish: 'denmark',
  finnish: 'finland', irish: 'ireland', scottish: 'scotland', austrian: 'austria', swiss: 'switzerland',
  serbian: 'serbia', croatian: 'croatia', estonian: 'estonia', latvian: 'latvia', lithuanian: 'lithuania',
  european: 'eu', 'new zealand': 'new zealand',
  english: 'england', welsh: 'wales', albanian: 'albania', algerian: 'algeria', moroccan: 'morocco',
  tunisian: 'tunisia', libyan: 'libya', sudanese: 'sudan', somali: 'somalia', ghanaian: 'ghana',
  senegalese: 'senegal', ugandan: 'uganda', tanzanian: 'tanzania', zimbabwean: 'zimbabwe',
  bangladeshi: 'bangladesh', 'sri lankan': 'sri lanka', nepali: 'nepal', nepalese: 'nepal', burmese: 'myanmar',
  cambodian: 'cambodia', singaporean: 'singapore', mongolian: 'mongolia', icelandic: 'iceland',
  slovenian: 'slovenia', bosnian: 'bosnia', montenegrin: 'montenegro', kosovar: 'kosovo', maltese: 'malta',
  cypriot: 'cyprus', ecuadorian: 'ecuador', uruguayan: 'uruguay', paraguayan: 'paraguay', bolivian: 'bolivia',
  jamaican: 'jamaica', haitian: 'haiti', kuwaiti: 'kuwait', omani: 'oman', yemeni: 'yemen', bahraini: 'bahrain',
  // regions and peoples: "the Catalan leader", "the Basque said"
  basque: 'basque country', catalan: 'catalonia', galician: 'galicia', flemish: 'flanders', bavarian: 'bavaria',
  corsican: 'corsica', sicilian: 'sicily', kurdish: 'kurdistan', chechen: 'chechnya', tibetan: 'tibet',
  uyghur: 'xinjiang', texan: 'texas', californian: 'california', quebecois: 'quebec', 'northern irish': 'northern ireland',
};

/** Nouns that make a description an organisation ("the ministry said", "police said"). */
export const ORG_NOUNS: readonly string[] = [
  'ministry', 'government', 'administration', 'kremlin', 'cabinet', 'company', 'firm', 'police',
  'army', 'military', 'navy', 'department', 'agency', 'embassy', 'court', 'council', 'party',
  'committee', 'commission', 'office', 'bank', 'union', 'club', 'team', 'group', 'organization',
  'organisation', 'authority', 'authorities', 'regime', 'parliament', 'senate', 'congress',
  'campaign', 'university', 'institute', 'hospital', 'school', 'board', 'foundation', 'coalition',
  'alliance', 'federation', 'secretariat', 'presidency', 'statement', 'spokesperson\'s office',
  'prosecutor\'s office', 'white house', 'pentagon', 'state department', 'foreign ministry',
  'city', 'town', 'municipality', 'county', 'council', 'province', 'region', 'state', 'country', 'church',
  'club', 'league', 'federation', 'network', 'station', 'airline', 'operator', 'utility', 'manufacturer',
  'force', 'forces', 'regulator', 'watchdog', 'inspectorate', 'directorate', 'guard', 'coastguard', 'tribunal',
  'carrier', 'insurer', 'lender', 'retailer', 'carmaker', 'automaker', 'chipmaker', 'broadcaster', 'charity',
  'consortium', 'exchange', 'trust', 'opposition', 'bench', 'panel', 'jury', 'delegation', 'mission',
  'zoo', 'museum', 'gallery', 'library', 'theatre', 'theater', 'orchestra', 'airport', 'prison',
];

/** Capitalised words that end an organisation's name ("Security Council", "Carnegie Endowment"). */
export const ORG_SUFFIXES: readonly string[] = [
  'Ministry', 'Government', 'Council', 'Commission', 'Committee', 'Agency', 'Office', 'Department',
  'Party', 'Inc', 'Inc.', 'Corp', 'Corp.', 'Ltd', 'Ltd.', 'LLC', 'Company', 'Group', 'Bank', 'University',
  'Institute', 'Association', 'Union', 'Court', 'Police', 'Army', 'Navy', 'Forces', 'Kremlin', 'Pentagon',
  'House', 'Endowment', 'Foundation', 'Organization', 'Organisation', 'Federation', 'Parliament',
  'Senate', 'Congress', 'Assembly', 'Authority', 'Service', 'Services', 'Board', 'Bureau', 'Centre',
  'Center', 'Church', 'Club', 'Network', 'Times', 'Post', 'News', 'Press', 'Daily', 'Journal',
  'Cabinet', 'Administration', 'Secretariat', 'Presidency', 'Embassy', 'Coalition', 'Alliance', 'FC',
];

/** Well-known organisations named by a single word or an acronym. */
export const ORG_NAMES: readonly string[] = [
  'Kremlin', 'Pentagon', 'NATO', 'UN', 'EU', 'WHO', 'IMF', 'OPEC', 'FBI', 'CIA', 'NASA', 'ICC', 'UNICEF',
  'Hamas', 'Hezbollah', 'Taliban', 'Wagner', 'Gazprom', 'Rosatom', 'Google', 'Apple', 'Microsoft',
  'Amazon', 'Meta', 'Facebook', 'Twitter', 'Tesla', 'Interpol', 'Europol', 'Frontex', 'ASEAN', 'OSCE',
  'IAEA', 'WTO', 'G7', 'G20', 'G-20', 'Moody\'s', 'Fitch', 'Shell', 'BP', 'Boeing', 'Airbus', 'Nvidia',
];

/** Plural or bare nouns that stand for unnamed sources ("officials said", "police say"). */
export const UNNAMED_SOURCE_NOUNS: readonly string[] = [
  'officials', 'official', 'analysts', 'analyst', 'experts', 'expert', 'witnesses', 'witness',
  'residents', 'resident', 'sources', 'source', 'diplomats', 'diplomat', 'lawmakers', 'lawmaker',
  'activists', 'activist', 'protesters', 'protester', 'organizers', 'organisers', 'investigators',
  'prosecutors', 'doctors', 'scientists', 'researchers', 'critics', 'observers', 'economists',
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'aides', 'aide', 'advisers', 'advisors',
  'people', 'villagers', 'soldiers', 'troops', 'officers', 'rescuers', 'medics', 'survivors', 'fans',
  'parents', 'teachers', 'students', 'workers', 'farmers', 'voters', 'citizens', 'neighbours',
  'neighbors', 'relatives', 'friends', 'colleagues', 'supporters', 'opponents', 'leaders', 'ministers',
  'insiders', 'participants', 'members', 'representatives', 'authors', 'scholars', 'commentators',
  'police', 'authorities', 'reporters', 'journalists', 'historians', 'lawyers', 'judges', 'others',
  // one of a group: "said one former colleague", "a neighbour said"
  'colleague', 'neighbour', 'neighbor', 'relative', 'friend', 'supporter', 'opponent', 'insider',
  'member', 'worker', 'student', 'teacher', 'parent', 'voter', 'farmer', 'soldier', 'officer',
  'survivor', 'critic', 'observer', 'investigator', 'prosecutor', 'protester', 'villager', 'medic',
  'employee', 'employees', 'staffer', 'staffers', 'executive', 'executives', 'negotiator', 'negotiators',
  // readers, passers-by and the public: "one fan wrote", "a local said", "a passer-by told"
  'fan', 'user', 'users', 'local', 'locals', 'bystander', 'bystanders', 'onlooker', 'onlookers', 'passer-by',
  'passers-by', 'patient', 'patients', 'nurse', 'nurses', 'doctor', 'tourist', 'tourists', 'guest', 'guests',
  // people at work and in public life: "hospital managers said", "campaigners warned"
  'managers', 'bosses', 'employers', 'campaigners', 'campaigner', 'councillors', 'councilors', 'owners',
  'shopkeepers', 'traders', 'landlords', 'tenants', 'drivers', 'passengers', 'pilots', 'staff', 'inspectors',
  'engineers', 'officers', 'firefighters', 'paramedics', 'unions', 'donors', 'buyers', 'sellers', 'retailers',
  // the parties to a meeting or a dispute: "both sides said", "the two governments said"
  'sides', 'governments', 'allies', 'delegations',
];

/**
 * Last words that make a capitalised name a company, team or institution even where the
 * entity step took it for a person ("Coastline Legal Partners", "Riverside Rangers"); with
 * `ORG_SUFFIXES`, a pronoun such as "he" never stands for such a name.
 */
export const ORG_LIKE_NAME_ENDS: readonly string[] = [
  'Partners', 'Holdings', 'Developments', 'Industries', 'Enterprises', 'Systems', 'Technologies',
  'Solutions', 'Airlines', 'Airways', 'Motors', 'Laboratories', 'Labs', 'Media', 'Capital', 'Ventures',
  'Associates', 'Rangers', 'Rovers', 'Wanderers', 'United', 'Athletic', 'Works', 'Hospital',
  'School', 'College', 'Museum', 'Gallery', 'Society', 'Trust', 'Fund', 'Brands', 'Group', 'Games',
  'Festival', 'Stadium', 'Airport', 'Station', 'Project', 'Program', 'Programme', 'Wiki', 'Library',
  'Memorial', 'Academy', 'Cathedral', 'Arena', 'Theatre', 'Theater', 'Prize', 'Award', 'Trophy',
];

/** Words in `ORG_SUFFIXES` that are also common surnames ("Margaret Court", "Frank Church"). */
export const SURNAME_LIKE_ORG_SUFFIXES: readonly string[] = ['Court', 'Church', 'House', 'Post', 'Press', 'Bank', 'Police'];

/**
 * Words news uses, after "the", for a person named just before ("…,” the Spaniard said",
 * "the striker added", "the 24-year-old said"): nouns of nationality for people, and
 * descriptions by age, trade or standing that are not titles. Lower case; the gender is
 * given where the word tells it.
 */
export const PERSON_EPITHETS: Readonly<Record<string, 'm' | 'f' | null>> = Object.fromEntries([
  ...Object.entries(NATION_PEOPLE),
  ...'scot dane swede finn pole turk croat serb icelander kiwi aussie yank argentine brazilian american australian canadian mexican italian german russian ukrainian nigerian ghanaian kenyan egyptian moroccan algerian tunisian senegalese cameroonian ivorian colombian chilean uruguayan peruvian venezuelan portuguese belgian norwegian austrian hungarian romanian bulgarian greek israeli iranian iraqi syrian lebanese saudi indian pakistani chinese japanese korean vietnamese thai indonesian filipino'
    .split(' ')
    .map((w) => [w, null]),
  ...'pontiff cleric prelate veteran youngster teenager star champion striker midfielder defender goalkeeper keeper forward winger playmaker skipper rookie centre-back full-back batsman bowler singer rapper novelist billionaire tycoon entrepreneur'
    .split(' ')
    .map((w) => [w, null]),
  ...'actor'.split(' ').map((w) => [w, 'm']),
  ...'actress'.split(' ').map((w) => [w, 'f']),
]);
