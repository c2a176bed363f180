/**
 * Organisations the entity finder recognises without context, and the words that mark a
 * capitalised run as an organisation ("... Council", "... Ministry"). Lookups are by
 * lower-cased surface form. News agencies are organisations too; ENGINE-Q's agencies
 * lexicon is merged in by the entity finder.
 */

const KNOWN =
  // international bodies
  'un|u.n.|united nations|un security council|security council|general assembly|nato|eu|e.u.|european union|' +
  'european commission|european parliament|european council|european central bank|ecb|council of europe|who|' +
  'world health organization|imf|international monetary fund|world bank|wto|world trade organization|unesco|' +
  'unicef|unhcr|iaea|international atomic energy agency|opec|osce|asean|african union|au|g7|g20|g-7|g-20|' +
  'brics|interpol|europol|icc|international criminal court|icj|international court of justice|red cross|' +
  'international committee of the red cross|icrc|red crescent|amnesty international|human rights watch|' +
  'reporters without borders|reporters sans frontieres|committee to protect journalists|cpj|transparency international|' +
  'greenpeace|oxfam|doctors without borders|msf|shanghai cooperation organization|shanghai cooperation organisation|' +
  'sco|arab league|gulf cooperation council|gcc|oecd|fifa|uefa|ioc|international olympic committee|wada|' +
  'world economic forum|wef|frontex|ipcc|unrwa|wfp|world food programme|fao|ilo|' +
  // governments, agencies and institutions
  'kremlin|white house|pentagon|state department|congress|senate|house of representatives|supreme court|' +
  'cia|fbi|nsa|dhs|doj|justice department|department of justice|treasury|federal reserve|fed|sec|fda|cdc|epa|' +
  'nasa|faa|fcc|ftc|irs|atf|dea|ice|usaid|national guard|secret service|parliament|bundestag|duma|state duma|' +
  'knesset|downing street|whitehall|elysee|élysée|mi5|mi6|scotland yard|nhs|bbc|fsb|kgb|gru|sbu|mossad|idf|' +
  'israel defense forces|hamas|hezbollah|hizbollah|taliban|al-qaeda|al qaeda|isis|isil|islamic state|boko haram|' +
  'al-shabaab|houthis|wagner|wagner group|pla|people\'s liberation army|communist party|chinese communist party|ccp|' +
  'politburo|xinhua|tass|ria novosti|interfax|ria|itar-tass|sputnik|rt|kyodo|yonhap|anadolu|' +
  'reuters|associated press|ap|afp|agence france-presse|agence france presse|bloomberg|dpa|efe|ansa|upi|pti|' +
  'cnn|fox news|msnbc|nbc|abc|cbs|npr|pbs|al jazeera|new york times|the new york times|washington post|' +
  'the washington post|wall street journal|the wall street journal|financial times|the guardian|guardian|' +
  'the times|the economist|economist|le monde|der spiegel|spiegel|politico|axios|vox|wikinews|wikipedia|' +
  'wikileaks|time magazine|newsweek|usa today|los angeles times|daily mail|the telegraph|telegraph|the independent|' +
  'sky news|euronews|deutsche welle|dw|france 24|global times|people\'s daily|south china morning post|' +
  'kyiv independent|ukrinform|meduza|novaya gazeta|pravda|izvestia|kommersant|' +
  // companies
  'google|alphabet|apple|microsoft|amazon|meta|facebook|instagram|whatsapp|twitter|tiktok|youtube|netflix|tesla|' +
  'spacex|openai|nvidia|intel|amd|ibm|oracle|samsung|huawei|xiaomi|alibaba|tencent|baidu|bytedance|sony|toyota|' +
  'honda|nissan|volkswagen|bmw|mercedes|daimler|ford|general motors|gm|boeing|airbus|lockheed martin|raytheon|' +
  'exxon|exxonmobil|chevron|shell|bp|gazprom|rosneft|lukoil|aramco|saudi aramco|total|totalenergies|pfizer|' +
  'maersk|cosco|hapag-lloyd|cma cgm|' +
  'moderna|biontech|astrazeneca|johnson & johnson|novartis|roche|walmart|coca-cola|pepsico|mcdonald\'s|starbucks|' +
  'goldman sachs|jpmorgan|jp morgan|morgan stanley|citigroup|hsbc|barclays|deutsche bank|ubs|credit suisse|' +
  'visa|mastercard|paypal|uber|airbnb|disney|warner bros|nike|adidas|ikea|siemens|nokia|ericsson|philips|' +
  // universities and think tanks
  'harvard|harvard university|yale|stanford|mit|princeton|oxford university|cambridge university|' +
  'columbia university|brookings|brookings institution|rand|rand corporation|chatham house|' +
  'carnegie endowment|carnegie endowment for international peace|council on foreign relations|' +
  'atlantic council|heritage foundation|cato institute|institute for the study of war|isw|' +
  'stockholm international peace research institute|sipri|' +
  // political parties known by one word
  'labour|tories|likud|fidesz|sinn fein|sinn féin|fatah|bjp|anc|cdu|spd|afd|syriza|podemos|ukip|snp';

/** Lower-cased organisation names and acronyms. */
export const ORGS: ReadonlySet<string> = new Set(KNOWN.split('|'));

/**
 * Known organisation names that are also ordinary words or other names when not written in
 * capitals; recognised only as written in title case or capitals ("WHO", never "who").
 */
export const ORGS_CASE_SENSITIVE: ReadonlySet<string> = new Set([
  'who', 'ice', 'fed', 'sec', 'ap', 'au', 'abc', 'rt', 'ria', 'dw', 'rand', 'total', 'shell', 'visa', 'meta',
  'apple', 'amazon', 'vox', 'ford', 'labour', 'congress', 'senate', 'parliament', 'treasury', 'guardian', 'economist', 'fed',
]);

/**
 * Words that end an organisation's name: a capitalised run ending with one of them (or with
 * one of them before "of"/"for" and more capitalised words) is an organisation.
 */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'council', 'ministry', 'department', 'agency', 'agencies', 'court', 'endowment', 'institute', 'institution',
  'university', 'college', 'school', 'academy', 'committee', 'commission', 'organization', 'organisation',
  'association', 'union', 'party', 'bank', 'fund', 'foundation', 'corporation', 'corp', 'corp.', 'inc', 'inc.',
  'ltd', 'ltd.', 'llc', 'plc', 'co.', 'company', 'group', 'society', 'league', 'federation', 'alliance',
  'authority', 'board', 'bureau', 'office', 'service', 'services', 'police', 'constabulary', 'army', 'navy', 'forces', 'force',
  'guard', 'church', 'museum', 'hospital', 'clinic', 'center', 'centre', 'network', 'times', 'post', 'news',
  'press', 'journal', 'herald', 'tribune', 'gazette', 'magazine', 'television', 'radio', 'telegraph', 'airlines',
  'airways', 'motors', 'industries', 'systems', 'technologies', 'lab', 'labs', 'laboratories', 'laboratory', 'media', 'records', 'music', 'workers', 'entertainment', 'studios', 'publishing',
  'parliament', 'assembly', 'congress', 'senate', 'cabinet', 'government', 'administration', 'secretariat',
  'embassy', 'consulate', 'mission', 'command', 'brigade', 'battalion', 'regiment', 'division', 'corps',
  'coalition', 'front', 'movement', 'initiative', 'project', 'program', 'programme', 'trust', 'partnership',
  'exchange', 'reserve', 'club', 'team', 'fc', 'observatory', 'institutes', 'tribunal', 'prosecutor\'s office',
  'municipality', 'legion', 'ministries', 'directorate', 'inspectorate', 'congregation', 'diocese', 'archdiocese',
  'library', 'libraries', 'partners', 'associates', 'developments', 'holdings', 'enterprises', 'ventures',
  'consultants', 'consulting', 'solutions', 'logistics', 'pharmaceuticals', 'brands', 'studios', 'productions',
  'publishers', 'publishing', 'entertainment',
  'caucus', 'syndicate', 'cartel', 'brigades', 'militia', 'consortium', 'fellowship', 'guild', 'collective',
  // the trade a firm's name ends with ("Kestrel Mining", "Orvane Energy"): words that are not surnames
  'energy', 'mining', 'capital', 'dynamics', 'pharma', 'therapeutics', 'biotech', 'biosciences', 'insurance',
  'financial', 'securities', 'investments', 'resources', 'petroleum', 'telecom', 'telecoms', 'telecommunications',
  'communications', 'software', 'robotics', 'aerospace', 'shipping', 'construction', 'engineering', 'chemicals',
  'materials', 'metals', 'minerals', 'foods', 'beverages', 'brewing', 'brewery', 'electronics', 'semiconductor',
  'semiconductors', 'healthcare', 'genetics', 'genomics', 'utilities', 'renewables', 'freight', 'broadcasting', 'bancorp',
  'advisors', 'advisers', 'analytics', 'automotive', 'aviation', 'cosmetics', 'pharmaceutical', 'international',
  'research', 'technologies', 'labs', 'insights',
  'worldwide', 'networks', 'hotels', 'resorts', 'properties', 'realty', 'supermarkets', 'stores', 'apparel',
  'ferries', 'railways', 'cruises',
  // institutions that keep collections, like museums
  'gallery', 'galleries', 'planetarium', 'aquarium', 'zoo',
]);

/**
 * Words that open an organisation's name, in English and the languages news copy quotes
 * names from: "Instituto Cervantes", "Banco Santander", "Partido Popular", "Team Sky", "Radio Leeds".
 */
export const ORG_OPENERS: ReadonlySet<string> = new Set([
  'instituto', 'istituto', 'institut', 'universidad', 'università', 'universita', 'universität', 'universitat',
  'université', 'universite', 'banco', 'banca', 'banque', 'partido', 'partito', 'parti', 'partei', 'ministerio',
  'ministero', 'ministère', 'comité', 'comitato', 'consejo', 'conseil', 'fundación', 'fundacion', 'fondazione',
  'fondation', 'stiftung', 'asociación', 'associazione', 'corporación', 'compañía', 'grupo', 'gruppo', 'groupe',
  'sociedad', 'società', 'colegio', 'liceo', 'escuela', 'escola', 'école', 'movimento', 'movimiento', 'mouvement',
  'frente', 'unión', 'unione', 'team', 'club', 'fc', 'afc', 'cf', 'sc', 'ac', 'radio',
]);

/**
 * The word before "for" that makes the name after it an organisation: "a spokesperson for
 * Kestrel Mining", "she works for Zentro".
 */
export const ORG_CUES_FOR: ReadonlySet<string> = new Set([
  'spokesperson', 'spokesman', 'spokeswoman', 'work', 'works', 'worked', 'working', 'lawyer', 'lawyers',
  'attorney', 'attorneys', 'counsel', 'lobbyist', 'contractor', 'consultant', 'supplier', 'subcontractor',
]);

/**
 * The word before "of" that makes the name after it an organisation: "chief executive of
 * Kestrel Mining", "shareholders of Zentrix". (Not "professor of" or "director of": "professor
 * of History", "director of Communications" name a subject or a department.)
 */
export const ORG_CUES_OF: ReadonlySet<string> = new Set([
  'executive', 'executives', 'ceo', 'cfo', 'chairman', 'chairwoman', 'chairperson', 'founder', 'co-founder',
  'cofounder', 'shareholder', 'shareholders', 'employee', 'employees', 'spokesperson', 'spokesman',
  'spokeswoman', 'subsidiary', 'subsidiaries', 'owner', 'owners', 'shares', 'stake',
]);

/** The word before "at" that makes the name after it an employer, an organisation: "an analyst at Brightwater Capital". */
export const ORG_CUES_AT: ReadonlySet<string> = new Set([
  'executive', 'executives', 'employee', 'employees', 'spokesperson', 'spokesman', 'spokeswoman', 'analyst',
  'analysts', 'economist', 'economists', 'researcher', 'researchers', 'professor', 'lecturer', 'scientist',
  'scientists', 'engineer', 'engineers', 'strategist', 'strategists', 'trader', 'traders', 'staffer', 'staffers',
]);

/** The word before "in" that makes the name after it an organisation: "a stake in Zentro", "his leadership in Civic Action". */
export const ORG_CUES_IN: ReadonlySet<string> = new Set([
  'leadership', 'membership', 'stake', 'stakes', 'shares', 'shareholding',
]);

/** Verbs whose object, a name, is an organisation: "she joined Harwell Dynamics". */
export const ORG_CUE_VERBS: ReadonlySet<string> = new Set(['joined', 'rejoined', 'acquired', 'acquire', 'acquiring']);

/** Words right after a name that make it an organisation: "a Zentro spokesperson", "Kestrel shares". */
export const ORG_CUES_AFTER: ReadonlySet<string> = new Set([
  'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'ceo', 'cfo', 'shareholders', 'shares', 'employees',
  'staffers', 'subsidiary', 'headquarters', 'chairman', 'chairwoman', 'executives',
]);

/** What a centre that is an organisation, not a place, studies or does: a "Research Center", a "Policy Centre". */
export const ORG_CENTRES: ReadonlySet<string> = new Set([
  'research', 'policy', 'studies', 'study', 'law', 'legal', 'rights', 'justice', 'information', 'data', 'advocacy',
  'action', 'resource', 'resources', 'press', 'media', 'news', 'crisis', 'coordination', 'operations', 'documentation',
  'monitoring', 'analysis', 'strategic', 'security', 'prevention', 'control', 'development', 'innovation', 'excellence',
]);

/** What a district named after it runs: a "School District" is an organisation, not an area. */
export const SERVICE_DISTRICTS: ReadonlySet<string> = new Set(['school', 'water', 'fire', 'transit', 'hospital', 'sanitation', 'library', 'utility', 'irrigation', 'conservation']);

/**
 * Nouns that say what kind of organisation a name is, in an apposition or after "is":
 * "Sinopec, the Chinese oil giant", "Kestrel Holdings, a Dublin-based lender".
 */
export const ORG_KIND_NOUNS: ReadonlySet<string> = new Set([
  // (not nouns as often said of a person: "a crane operator", "a film producer", "a property
  // developer", "an early investor")
  'company', 'firm', 'giant', 'maker', 'manufacturer', 'carmaker', 'automaker', 'retailer', 'carrier', 'airline',
  'bank', 'lender', 'insurer', 'agency', 'party', 'broadcaster', 'newspaper', 'tabloid',
  'magazine', 'charity', 'organisation', 'organization', 'watchdog', 'regulator', 'startup', 'start-up',
  'conglomerate', 'supermarket', 'chain', 'publisher', 'network', 'union', 'university', 'college',
  'institute', 'think-tank', 'nonprofit', 'non-profit', 'ngo', 'militia', 'movement', 'coalition', 'alliance',
  'outlet', 'consultancy', 'subsidiary', 'club', 'federation', 'association', 'foundation', 'ministry', 'council',
  'committee', 'utility', 'exchange', 'fund', 'group',
]);

/** Last words that make a place's name before them a club: "Manchester United", "Bolton Wanderers". */
export const TEAM_WORDS: ReadonlySet<string> = new Set(['united', 'athletic', 'albion', 'wanderers', 'rovers', 'rangers', 'hotspur', 'dynamo', 'olympique', 'sporting']);

/**
 * Nouns that name a kind of organisation right before its name: "the Spanish firm Envases
 * Iberia", "the militant group Harakat", "the band Velvet Marrows". (Not "producer" or
 * "broadcaster": "producer Mark Ronson" is a person.)
 */
export const ORG_KINDS_BEFORE: ReadonlySet<string> = new Set([
  'company', 'firm', 'giant', 'carmaker', 'automaker', 'retailer', 'airline', 'bank', 'lender', 'insurer',
  'conglomerate', 'supermarket', 'startup', 'start-up', 'charity', 'organisation', 'organization', 'watchdog',
  'regulator', 'ngo', 'party', 'newspaper', 'tabloid', 'magazine', 'agency', 'militia', 'coalition', 'alliance',
  'consultancy', 'subsidiary', 'club', 'federation', 'association', 'foundation', 'union', 'group', 'band',
  'outlet', 'website', 'broadsheet', 'daily', 'weekly', 'network', 'operator', 'university', 'college', 'label', 'studio', 'publisher', 'broadcaster', 'chipmaker', 'manufacturer',
]);
