/**
 * Capitalised words that are not names: function words and adverbs that open sentences
 * ("However", "Since"), greetings and forms of address ("Dear", "Hello"), and words news
 * capitalises without naming a person, organisation or place ("Internet", "Covid").
 * Lower-cased. A word here is never an entity on its own, wherever it stands, and a
 * capitalised run loses it from its start.
 */
import { NATION_PEOPLE, NATION_PEOPLE_PLURALS } from './demonyms';

const FUNCTION =
  // pronouns, determiners, conjunctions, prepositions, adverbs
  'i|i\'m|i\'ve|i\'ll|i\'d|me|my|we|our|us|you|your|he|his|him|she|her|it|its|they|them|their|this|that|these|' +
    'those|there|here|the|a|an|and|or|but|nor|so|yet|for|of|in|on|at|to|by|with|from|into|onto|about|above|after|' +
    'against|along|amid|amidst|among|around|as|before|behind|below|beneath|beside|besides|between|beyond|despite|' +
    'down|during|except|following|inside|like|near|off|out|outside|over|past|per|since|than|through|throughout|' +
    'till|toward|towards|under|unlike|until|up|upon|via|within|without|if|when|whenever|where|wherever|while|' +
    'whilst|because|although|though|unless|whether|once|however|meanwhile|moreover|furthermore|nevertheless|' +
    'nonetheless|therefore|thus|hence|instead|indeed|also|already|still|even|just|only|now|then|tonight|' +
    'later|earlier|soon|again|always|never|often|sometimes|perhaps|maybe|probably|certainly|' +
    'clearly|obviously|finally|first|firstly|second|secondly|third|thirdly|last|lastly|next|another|other|' +
    'others|each|every|all|both|either|neither|none|some|any|many|much|more|most|few|several|such|what|which|' +
    'who|whom|whose|why|how|yes|no|not|well|oh|ah|please|thanks|thank|hello|hi|hey|dear|greetings|welcome|' +
    'goodbye|bye|sorry|ok|okay|according|amid|given|regarding|including|excluding|considering|notably|' +
    'especially|particularly|additionally|similarly|likewise|consequently|accordingly|overall|altogether|' +
    'interestingly|importantly|fortunately|unfortunately|surprisingly|ironically|apparently|reportedly|' +
    'allegedly|initially|eventually|ultimately|recently|currently|previously|subsequently|shortly|almost|nearly|' +
    'about|approximately|around|roughly|hours|minutes|days|weeks|months|years|decades|moments|after';

const OTHER =
  // capitalised common nouns and labels
  'today|yesterday|tomorrow|internet|web|covid|covid-19|covid19|coronavirus|sars-cov-2|aids|hiv|ebola|mpox|cold|war|world|' +
    'god|bible|quran|koran|source|sources|editor|editors|note|update|updated|breaking|exclusive|' +
    'opinion|analysis|comment|live|video|photo|photos|image|images|watch|read|listen|click|share|reply|' +
    'advertisement|ad|ads|sponsored|reporting|writing|additional|translation|translated|chapter|section|' +
    'figure|table|page|part|volume|episode|step|day|week|month|year|morning|afternoon|evening|night|am|pm|' +
    'a.m.|p.m.|gmt|utc|est|edt|pst|pdt|cet|cest|bst|ist|mst|cst|mr|mrs|ms|dr|prof|sir|madam|president|minister|' +
    'chairman|premier|chancellor|king|queen|prince|princess|pope|the|lol|ps|p.s.|faq|q|a|ok|ps|etc';

/**
 * Function words, sentence adverbs, greetings and labels: a capitalised one never joins a
 * run of name words ("D.C. [The] ...", "In [Washington]") and never starts one.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  FUNCTION.split('|').concat('source|sources|image|images|photo|photos|video|update|updated|editor|note|read|share|reply|click'.split('|')),
);

export const NON_ENTITY_WORDS: ReadonlySet<string> = new Set([
  ...FUNCTION.split('|'),
  ...OTHER.split('|'),
  // people by their nation, in words of their own ("the Spaniard said")
  ...Object.keys(NATION_PEOPLE),
  ...NATION_PEOPLE_PLURALS,
]);

/**
 * Words in capitals that are not organisations although they look like acronyms ("TV",
 * "CEO", "GDP"). An unknown capitalised acronym is otherwise taken for an organisation.
 */
export const NON_ENTITY_ACRONYMS: ReadonlySet<string> = new Set(
  (
    'tv|ceo|cfo|coo|cto|gdp|gnp|cpi|am|pm|ok|it|ai|agi|utc|gmt|est|edt|pst|covid|covid-19|hiv|aids|dna|rna|pdf|faq|' +
    'id|vip|co2|ufo|usb|gps|sms|mp|mep|pr|hr|ip|url|html|api|ipo|ev|evs|suv|lng|oil|km|kg|mph|kph|mm|cm|st|' +
    'rip|lol|omg|ps|btw|fyi|asap|diy|eta|nb|vs|etc|ie|eg|usd|eur|gbp|jpy|cny|rub|uah|btc|nft|ok|a|i|ii|iii|iv|' +
    'vi|vii|viii|ix|x|xii|xx|xxi|s|c|f|m|pc|ngo|ngos|mps|meps|ceos|phd|ba|ma|bsc|msc|mba|md|bc|ad|bce|ce|' +
    // post-nominal letters of rank and profession ("Mark Tedeschi, QC"), measures and units of news copy
    'qc|kc|sc|obe|mbe|cbe|kbe|frs|iq|eq|bmi|ppm|mw|gw|kw|kwh|mwh|' +
    'update|breaking|exclusive|live|watch|video|photo|opinion|analysis|news|the|and|of|in|to|a|new|war|world'
  ).split('|'),
);

/**
 * Words that end the name of an event ("Beijing Winter Olympics", "Cold War", "G20
 * Summit"). Events are not among the entity types, so such a run is not reported, though a
 * known place inside it is.
 */
export const EVENT_HEADS: ReadonlySet<string> = new Set([
  'olympics', 'games', 'cup', 'championship', 'championships', 'summit', 'war', 'wars', 'festival', 'expo',
  'conference', 'forum', 'election', 'elections', 'revolution', 'crisis', 'pandemic', 'award', 'awards', 'prize',
  'marathon', 'open', 'grand prix', 'tournament', 'series', 'week', 'day', 'eve', 'holidays', 'fair', 'hajj', 'umrah', 'pilgrimage',
  // plans, programmes and laws are no organisations: "Flag Consideration Project", "Clean Air Act"
  'project', 'program', 'programme', 'scheme', 'act', 'treaty', 'accord', 'agreement', 'plan',
  // studies and surveys are works: "the Australian National Iodine Nutrition Study"
  'study', 'survey', 'census',
  // named disasters: "the Canyon Fire", "the Great Flood" are events
  'fire', 'wildfire', 'blaze', 'flood', 'floods', 'earthquake', 'storm', 'hurricane', 'typhoon', 'cyclone',
]);

/** Prefixes of ships' names: "HMS Victory", "USS Enterprise". */
export const VESSEL_PREFIXES: ReadonlySet<string> = new Set(['hms', 'hmc', 'hmcs', 'hmas', 'hmnzs', 'uss', 'usns', 'uscgc', 'rms', 'mv', 'ms', 'ss', 'rv', 'ins', 'pns']);
/** Words that make a name a vehicle's: "Space Shuttle Discovery", "Hubble Space Telescope". */
export const VEHICLES: ReadonlySet<string> = new Set([
  'shuttle', 'spacecraft', 'rover', 'probe', 'telescope', 'orbiter', 'lander', 'satellite', 'rocket', 'submarine',
  'frigate', 'destroyer', 'warship', 'aircraft', 'airliner', 'ferry', 'tanker', 'cruiser', 'battleship',
  'ship', 'vessel', 'yacht', 'freighter', 'trawler', 'capsule', 'airship',
]);

/** Words that open the name of an event or a campaign, not of an organisation: "Operation Clambake". */
export const EVENT_OPENERS: ReadonlySet<string> = new Set(['operation']);
