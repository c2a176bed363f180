/**
 * Other names for the same place or organisation: every key is a lower-cased surface form,
 * every value the lower-cased key that its group shares, so that "US", "U.S." and "United
 * States" make one entity whose name is the fullest form the article uses.
 */
const GROUPS: readonly (readonly string[])[] = [
  ['united states', 'us', 'u.s.', 'u.s', 'usa', 'u.s.a.', 'united states of america', 'america'],
  ['united kingdom', 'uk', 'u.k.', 'britain', 'great britain'],
  ['new zealand', 'nz'],
  ['european union', 'eu', 'e.u.'],
  ['united nations', 'un', 'u.n.'],
  ['kyiv', 'kiev'],
  ['g20', 'g-20'],
  ['g7', 'g-7'],
  ['soviet union', 'ussr'],
  ['netherlands', 'holland'],
  ['myanmar', 'burma'],
  ['czech republic', 'czechia'],
  ['türkiye', 'turkey'],
  ['kharkiv', 'kharkov'],
  ['odesa', 'odessa'],
  ['luhansk', 'lugansk'],
  ['donbas', 'donbass'],
  ['beijing', 'peking'],
  ['mumbai', 'bombay'],
  ['kolkata', 'calcutta'],
  ['yangon', 'rangoon'],
  ['middle east', 'the middle east'],
  ['west', 'the west'],
  ['al-qaeda', 'al qaeda'],
  ['islamic state', 'isis', 'isil'],
  ['associated press', 'ap'],
  ['agence france-presse', 'afp', 'agence france presse'],
  ['world health organization', 'who'],
  ['international monetary fund', 'imf'],
  ['shanghai cooperation organization', 'shanghai cooperation organisation', 'sco'],
  ['chinese communist party', 'ccp'],
  ['new york times', 'the new york times'],
  ['washington post', 'the washington post'],
  ['wall street journal', 'the wall street journal'],
  ['zaporizhzhia', 'zaporizhia', 'zaporozhye'],
];

/** Lower-cased surface form -> the group key it shares with its other names. */
export const ALIASES: ReadonlyMap<string, string> = new Map(GROUPS.flatMap((group) => group.map((name) => [name, group[0]] as const)));
