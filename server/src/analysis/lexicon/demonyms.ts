/**
 * Adjectives of nationality, religion and region ("Russian", "Chinese", "Western"). They are
 * not entities of their own (PERSON/ORG/PLACE/DATE), but they begin organisation names
 * ("Chinese Foreign Ministry") and stand before titles ("Chinese President Xi Jinping").
 * Lower-cased.
 */
export const DEMONYMS: ReadonlySet<string> = new Set(
  (
    'afghan|albanian|algerian|american|angolan|argentine|argentinian|armenian|australian|austrian|azerbaijani|' +
    'azeri|bangladeshi|belarusian|belarussian|byelorussian|belgian|bolivian|bosnian|brazilian|british|bulgarian|' +
    'burmese|cambodian|cameroonian|canadian|chilean|chinese|colombian|congolese|croatian|cuban|cypriot|czech|' +
    'danish|dutch|ecuadorian|egyptian|emirati|english|eritrean|estonian|ethiopian|european|filipino|finnish|' +
    'french|georgian|german|ghanaian|greek|guatemalan|haitian|honduran|hungarian|icelandic|indian|indonesian|' +
    'iranian|iraqi|irish|israeli|italian|ivorian|jamaican|japanese|jordanian|kazakh|kenyan|korean|kosovar|' +
    'kurdish|kuwaiti|kyrgyz|lao|latvian|lebanese|liberian|libyan|lithuanian|malagasy|malaysian|malian|maltese|' +
    'mexican|moldovan|mongolian|montenegrin|moroccan|mozambican|namibian|nepalese|nepali|nigerian|nigerien|' +
    'norwegian|omani|pakistani|palestinian|panamanian|paraguayan|persian|peruvian|polish|portuguese|qatari|' +
    'romanian|russian|rwandan|saudi|scottish|senegalese|serbian|singaporean|slovak|slovenian|somali|' +
    'south african|south korean|north korean|spanish|sri lankan|sudanese|swedish|swiss|syrian|taiwanese|tajik|' +
    'tanzanian|thai|tibetan|tunisian|turkish|turkmen|ugandan|ukrainian|uruguayan|uzbek|venezuelan|vietnamese|' +
    'welsh|yemeni|zambian|zimbabwean|soviet|western|eastern|northern|southern|arab|african|asian|latin|' +
    'middle eastern|nordic|baltic|balkan|caucasian|slavic|anglo|hispanic|muslim|christian|jewish|catholic|' +
    'protestant|orthodox|sunni|shia|shiite|hindu|buddhist|sikh|islamic|islamist|crimean|chechen|uyghur|uighur|' +
    'rohingya|pashtun|tamil|sikh|maori|aboriginal|indigenous|federal|national|republican|democratic|democrat|' +
    'conservative|liberal|labour|socialist|communist|marxist|nazi|fascist|olympic|global|international'
  ).split('|'),
);

/**
 * Nouns for a person of a nation that are words of their own, not the adjective ("the Spaniard
 * said", "a Frenchwoman"), with the gender the word tells. No entities of their own; after
 * "the" they stand for the person of the passage.
 */
export const NATION_PEOPLE: Readonly<Record<string, 'm' | 'f' | null>> = {
  spaniard: null,
  briton: null,
  frenchman: 'm',
  englishman: 'm',
  scotsman: 'm',
  welshman: 'm',
  irishman: 'm',
  dutchman: 'm',
  frenchwoman: 'f',
  englishwoman: 'f',
  scotswoman: 'f',
  welshwoman: 'f',
  irishwoman: 'f',
  dutchwoman: 'f',
  // nouns of their own for a person of a nation or region ("the Pole said", "the Basque added";
  // not "Dane", "Finn", "Scot", "Fleming", "Breton": given names and surnames too)
  pole: null,
  swede: null,
  turk: null,
  serb: null,
  croat: null,
  kurd: null,
  brit: null,
  kiwi: null,
  aussie: null,
  basque: null,
  catalan: null,
  walloon: null,
  corsican: null,
  texan: null,
  quebecer: null,
  'new zealander': null,
};

/** The plurals of NATION_PEOPLE that news uses. */
export const NATION_PEOPLE_PLURALS: readonly string[] = ['spaniards', 'britons', 'frenchmen', 'englishmen'];
