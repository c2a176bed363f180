/**
 * News agencies and outlets as data. "according to Reuters" names a channel, not a speaker;
 * "told Sputnik Belarus" names the channel the speaker spoke through.
 */
export const NEWS_AGENCIES: readonly string[] = [
  'Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'Agence France Presse', 'Bloomberg',
  'TASS', 'Tass', 'RIA Novosti', 'RIA', 'Interfax', 'Interfax-Ukraine', 'Xinhua', 'Sputnik', 'Sputnik Belarus',
  'Kyodo', 'Kyodo News', 'Yonhap', 'ANSA', 'EFE', 'dpa', 'DPA', 'Europa Press', 'Anadolu', 'Anadolu Agency',
  'PTI', 'ANI', 'IANS', 'Ukrinform', 'UNIAN', 'BelTA', 'IRNA', 'KCNA', 'Bernama', 'Antara', 'APA', 'Ritzau',
  'NTB', 'TT', 'PAP', 'CTK', 'MTI', 'Notimex', 'Telam', 'Prensa Latina', 'WAFA', 'SANA', 'Fars', 'Tasnim',
  'Mehr', 'ISNA', 'Press Association', 'PA', 'Canadian Press', 'AAP', 'Australian Associated Press',
  'Jiji Press', 'Central News Agency', 'CNA', 'Yonhap News Agency', 'RIA-Novosti', 'RBC', 'Interfax news agency',
];

export const NEWS_OUTLETS: readonly string[] = [
  'BBC', 'BBC News', 'CNN', 'Al Jazeera', 'The New York Times', 'New York Times', 'The Washington Post',
  'Washington Post', 'The Guardian', 'Guardian', 'The Times', 'Financial Times', 'The Wall Street Journal',
  'Wall Street Journal', 'The Economist', 'Le Monde', 'Le Figaro', 'El País', 'El Pais', 'El Mundo',
  'La Verdad', 'ABC', 'Der Spiegel', 'Spiegel', 'Die Zeit', 'Bild', 'Corriere della Sera', 'La Repubblica',
  'NPR', 'Fox News', 'NBC', 'NBC News', 'CBS', 'CBS News', 'ABC News', 'Sky News', 'Politico', 'Axios',
  'RT', 'CCTV', 'CGTN', 'Global Times', "People's Daily", 'Kyiv Independent', 'Kyiv Post', 'Meduza',
  'Novaya Gazeta', 'Kommersant', 'Izvestia', 'Rossiya 24', 'Channel One', 'Deutsche Welle', 'DW',
  'Euronews', 'France 24', 'Radio Free Europe', 'RFE/RL', 'Voice of America', 'VOA', 'The Hill',
  'Newsweek', 'Time', 'USA Today', 'Los Angeles Times', 'The Independent', 'The Telegraph',
  'Daily Mail', 'The Sun', 'Haaretz', 'The Jerusalem Post', 'Times of Israel', 'South China Morning Post',
  'SCMP', 'Nikkei', 'Nikkei Asia', 'The Hindu', 'Times of India', 'Hindustan Times', 'Dawn',
  'Sydney Morning Herald', 'ABC Australia', 'CBC', 'Globe and Mail', 'Clarin', 'Folha de S.Paulo',
  'O Globo', 'Wikinews', 'Today Times Live', 'Vox', 'BuzzFeed News', 'HuffPost', 'Sina', 'Weibo',
];

/**
 * Words around a name that make it a channel even when the lists above miss it:
 * "state-run news agency X", "the X newspaper", "broadcaster X".
 */
export const CHANNEL_HEADS: readonly string[] = [
  'news agency', 'agency', 'newspaper', 'daily', 'broadcaster', 'tv channel', 'television channel',
  'channel', 'radio', 'station', 'magazine', 'outlet', 'website', 'news site', 'tabloid', 'weekly',
  'state media', 'state television', 'state tv', 'wire service', 'network',
];

/** Labels of a source line at the foot or head of an article ("Source: La Verdad"). */
export const SOURCE_LINE_LABELS: readonly string[] = ['Source', 'Sources', 'Fuente', 'Quelle', 'Via', 'Originally published in', 'Originally published by', 'With information from'];
