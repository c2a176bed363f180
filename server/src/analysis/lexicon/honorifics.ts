/**
 * Titles and forms of address that stand before a person's name ("President Putin",
 * "Mr. Gabuev", "Prime Minister Narendra Modi"). The entity finder keeps them out of the
 * PERSON mention; a title alone ("Mr. President", "Dear Chairman") is never an entity.
 * Lower-cased; abbreviations are listed without their final period.
 */
export const PERSON_TITLES: ReadonlySet<string> = new Set(
  (
    'mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|lord|lady|madam|madame|mme|monsieur|herr|frau|senor|señor|' +
    'president|vice|vice-president|premier|chancellor|minister|prime|secretary|general|gen|lt|lieutenant|col|' +
    'colonel|maj|major|capt|captain|brig|cmdr|commander|adm|admiral|sgt|sergeant|cpl|corporal|pvt|private|marshal|' +
    'field|brigadier|officer|chief|inspector|detective|constable|sheriff|judge|justice|attorney|prosecutor|' +
    'sen|senator|rep|representative|congressman|congresswoman|congressmember|gov|governor|mayor|deputy|' +
    'ambassador|envoy|consul|spokesman|spokeswoman|spokesperson|king|queen|prince|princess|emperor|empress|' +
    'sultan|emir|sheikh|shaikh|crown|duke|duchess|earl|count|countess|baron|baroness|pope|cardinal|archbishop|' +
    'bishop|rev|reverend|father|pastor|rabbi|imam|ayatollah|grand|mullah|patriarch|metropolitan|saint|st|' +
    'chairman|chairwoman|chair|ceo|cfo|coo|cto|director|founder|co-founder|coach|manager|dean|rector|provost|' +
    'commissioner|speaker|leader|lawmaker|mp|mep|councillor|councilor|alderman|chairperson|treasurer|' +
    'councilman|councilwoman|councilmember|assemblyman|assemblywoman|assemblymember|alderwoman|selectman|' +
    'foreign|defence|defense|interior|finance|health|economy|trade|education|energy|justice|home|state|' +
    'supreme|high|security|national|press|first|former|acting|interim|late|elect|dear|comrade|hon|honorable|' +
    'honourable|excellency|majesty|highness|his|her|your|secretary-general|director-general|general-secretary|' +
    'premier|tsar|czar|president-elect|vice-premier|administrator|superintendent|shadow|emeritus|assistant|associate|' +
    'executive|managing|senior|junior|deputy'
  ).split('|'),
);

/**
 * The subset of titles that alone, right before a capitalised name, mark it as a person
 * ("Mr. Gabuev", "President Putin"). Role words like "Foreign" or "Security" are titles only
 * as part of a longer title ("Foreign Minister").
 */
export const NAME_TITLES: ReadonlySet<string> = new Set(
  (
    'mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|lord|lady|madam|madame|mme|monsieur|herr|frau|senor|señor|' +
    'president|premier|chancellor|minister|secretary|general|gen|lt|lieutenant|col|colonel|maj|major|capt|captain|brig|' +
    'cmdr|commander|adm|admiral|sgt|sergeant|cpl|corporal|pvt|marshal|brigadier|inspector|detective|constable|' +
    'sheriff|judge|justice|attorney|prosecutor|sen|senator|rep|representative|congressman|congresswoman|gov|' +
    'governor|mayor|ambassador|envoy|spokesman|spokeswoman|spokesperson|king|queen|prince|princess|emperor|' +
    'empress|sultan|emir|sheikh|shaikh|duke|duchess|earl|count|countess|baron|baroness|pope|cardinal|' +
    'archbishop|bishop|rev|reverend|father|pastor|rabbi|imam|ayatollah|mullah|patriarch|chairman|chairwoman|' +
    'ceo|director|coach|commissioner|speaker|leader|lawmaker|councillor|councilor|secretary-general|' +
    'director-general|general-secretary|tsar|czar|president-elect|vice-president|vice-premier|comrade|excellency|' +
    'administrator|superintendent|chief|officer|spokesperson|minister-president|councilman|councilwoman|' +
    'councilmember|assemblyman|assemblywoman|assemblymember|alderman|alderwoman|selectman'
  ).split('|'),
);

/**
 * Letters written after a person's name: honours, rank at the bar, seats in a parliament
 * ("Melbourne Inman KC", "Keir Starmer MP", "Dame Judi Dench DBE"). Lower-cased; they count
 * only in capitals after a name.
 */
export const POSTNOMINALS: ReadonlySet<string> = new Set(['kc', 'qc', 'mp', 'mep', 'msp', 'ms', 'mla', 'td', 'obe', 'mbe', 'cbe', 'kbe', 'dbe', 'frs', 'jp', 'sc']);
