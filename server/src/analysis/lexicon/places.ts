/**
 * Place names the entity finder recognises without context: countries, capitals and large
 * cities, regions, states and provinces, continents and geopolitical regions. Lookups are
 * by lower-cased surface form; a multi-word place is matched as a whole run ("cape town").
 * Anything not listed can still be found from context ("in X", "the town of X").
 */

const COUNTRIES =
  'afghanistan|albania|algeria|andorra|angola|antigua|argentina|armenia|australia|austria|azerbaijan|bahamas|bahrain|' +
  'bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia|bosnia|bosnia and herzegovina|botswana|brazil|brunei|' +
  'bulgaria|burkina faso|burundi|cambodia|cameroon|canada|cape verde|central african republic|chad|chile|china|colombia|' +
  'comoros|congo|costa rica|croatia|cuba|cyprus|czech republic|czechia|denmark|djibouti|dominica|dominican republic|' +
  'east timor|timor-leste|ecuador|egypt|el salvador|equatorial guinea|eritrea|estonia|eswatini|swaziland|ethiopia|fiji|finland|' +
  'france|gabon|gambia|georgia|germany|ghana|greece|grenada|guatemala|guinea|guinea-bissau|guyana|haiti|honduras|hungary|' +
  'iceland|india|indonesia|iran|iraq|ireland|israel|italy|ivory coast|jamaica|japan|jordan|kazakhstan|kenya|kiribati|' +
  'kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|libya|liechtenstein|lithuania|luxembourg|madagascar|' +
  'malawi|malaysia|maldives|mali|malta|marshall islands|mauritania|mauritius|mexico|micronesia|moldova|monaco|mongolia|' +
  'montenegro|morocco|mozambique|myanmar|burma|namibia|nauru|nepal|netherlands|holland|new zealand|nicaragua|niger|nigeria|' +
  'north korea|north macedonia|macedonia|norway|oman|pakistan|palau|palestine|panama|papua new guinea|paraguay|peru|' +
  'philippines|poland|portugal|qatar|romania|russia|rwanda|saint lucia|samoa|san marino|saudi arabia|senegal|serbia|' +
  'seychelles|sierra leone|singapore|slovakia|slovenia|solomon islands|somalia|south africa|south korea|south sudan|spain|' +
  'sri lanka|sudan|suriname|sweden|switzerland|syria|taiwan|tajikistan|tanzania|thailand|togo|tonga|trinidad|' +
  'trinidad and tobago|tunisia|turkey|türkiye|turkmenistan|tuvalu|uganda|ukraine|united arab emirates|uae|' +
  'united kingdom|uk|u.k.|britain|great britain|england|scotland|wales|northern ireland|united states|' +
  'united states of america|usa|us|u.s.|u.s.a.|america|uruguay|uzbekistan|vanuatu|vatican|vatican city|venezuela|vietnam|' +
  'yemen|zambia|zimbabwe|nz|soviet union|ussr|hong kong|macau|greenland|puerto rico|gaza|gaza strip|west bank|crimea|' +
  'donbas|donbass|tibet|xinjiang|kashmir|chechnya|abkhazia|transnistria|kurdistan|catalonia|basque country|' +
  'korea|congo-brazzaville|drc|democratic republic of congo|democratic republic of the congo|republic of congo|' +
  'czechoslovakia|yugoslavia|new caledonia|tahiti|bermuda|cayman islands|falkland islands|faroe islands|guam';

const CITIES =
  // capitals and large or often-reported cities
  'kabul|tirana|algiers|luanda|buenos aires|yerevan|canberra|sydney|melbourne|brisbane|perth|adelaide|vienna|baku|' +
  'manama|dhaka|minsk|brussels|antwerp|thimphu|la paz|sarajevo|gaborone|brasilia|brasília|rio de janeiro|sao paulo|' +
  'são paulo|sofia|ouagadougou|phnom penh|yaounde|ottawa|toronto|montreal|vancouver|calgary|santiago|beijing|peking|' +
  'shanghai|guangzhou|shenzhen|wuhan|chengdu|chongqing|tianjin|hangzhou|nanjing|xian|harbin|bogota|bogotá|medellin|' +
  'san jose|zagreb|havana|nicosia|prague|copenhagen|quito|cairo|alexandria|san salvador|tallinn|addis ababa|helsinki|' +
  'paris|marseille|lyon|nice|toulouse|bordeaux|strasbourg|libreville|banjul|tbilisi|berlin|munich|hamburg|frankfurt|' +
  'cologne|stuttgart|dusseldorf|düsseldorf|leipzig|dresden|bonn|accra|athens|thessaloniki|guatemala city|conakry|' +
  'port-au-prince|tegucigalpa|budapest|reykjavik|new delhi|delhi|mumbai|bombay|kolkata|calcutta|chennai|madras|' +
  'bangalore|bengaluru|hyderabad|ahmedabad|pune|jakarta|bali|tehran|teheran|isfahan|baghdad|basra|mosul|erbil|dublin|' +
  'belfast|jerusalem|tel aviv|haifa|rome|milan|naples|turin|florence|venice|genoa|palermo|bologna|kingston|tokyo|osaka|' +
  'kyoto|yokohama|hiroshima|nagasaki|fukushima|amman|astana|almaty|nairobi|mombasa|pristina|kuwait city|bishkek|' +
  'vientiane|riga|beirut|monrovia|tripoli|benghazi|vilnius|antananarivo|lilongwe|kuala lumpur|bamako|valletta|' +
  'nouakchott|mexico city|guadalajara|monterrey|tijuana|chisinau|ulaanbaatar|ulan bator|podgorica|rabat|casablanca|' +
  'maputo|naypyidaw|yangon|rangoon|windhoek|kathmandu|amsterdam|rotterdam|the hague|hague|wellington|auckland|managua|niamey|' +
  'abuja|lagos|pyongyang|skopje|oslo|muscat|islamabad|karachi|lahore|peshawar|ramallah|panama city|port moresby|' +
  'asuncion|asunción|lima|manila|warsaw|krakow|kraków|gdansk|wroclaw|lisbon|porto|doha|bucharest|moscow|st. petersburg|' +
  'saint petersburg|st petersburg|petersburg|novosibirsk|yekaterinburg|kazan|sochi|vladivostok|volgograd|murmansk|' +
  'kaliningrad|belgorod|kursk|rostov|rostov-on-don|bryansk|voronezh|kigali|riyadh|jeddah|mecca|medina|dakar|belgrade|' +
  'freetown|bratislava|ljubljana|mogadishu|pretoria|cape town|johannesburg|durban|seoul|busan|juba|madrid|barcelona|' +
  'valencia|seville|bilbao|colombo|khartoum|stockholm|gothenburg|bern|geneva|zurich|zürich|basel|lausanne|davos|' +
  'damascus|aleppo|homs|idlib|raqqa|taipei|dushanbe|dodoma|dar es salaam|bangkok|lome|lomé|tunis|ankara|istanbul|' +
  'izmir|ashgabat|kampala|kyiv|kiev|kharkiv|kharkov|odesa|odessa|lviv|dnipro|dnipropetrovsk|zaporizhzhia|zaporizhia|' +
  'zaporozhye|kherson|mykolaiv|mariupol|donetsk|luhansk|lugansk|bakhmut|avdiivka|soledar|sevastopol|simferopol|' +
  'melitopol|bucha|irpin|izium|kramatorsk|sloviansk|severodonetsk|lysychansk|chernihiv|sumy|poltava|vinnytsia|' +
  'zhytomyr|chernobyl|chornobyl|abu dhabi|dubai|london|manchester|birmingham|liverpool|leeds|glasgow|edinburgh|' +
  'cardiff|bristol|oxford|cambridge|washington|new york|new york city|los angeles|chicago|houston|philadelphia|' +
  'phoenix|san antonio|san diego|dallas|austin|san francisco|seattle|denver|boston|detroit|nashville|memphis|portland|' +
  'las vegas|baltimore|milwaukee|atlanta|miami|orlando|tampa|minneapolis|cleveland|pittsburgh|cincinnati|st. louis|' +
  'kansas city|new orleans|salt lake city|sacramento|honolulu|anchorage|silicon valley|brooklyn|manhattan|queens|' +
  'the bronx|montevideo|tashkent|samarkand|bukhara|caracas|hanoi|ho chi minh city|saigon|sanaa|aden|lusaka|harare|' +
  'luxembourg city|monaco|hebron|nablus|jenin|rafah|khan younis|gaza city|kandahar|herat|mazar-i-sharif|minsk|brest|' +
  'gomel|grodno|mogilev|vitebsk|tiraspol|sukhumi|grozny|mecca|cannes|versailles|calais|lille|nantes|antalya|bodrum|' +
  'nantes';

const REGIONS =
  // continents, seas and broad regions
  'africa|asia|europe|north america|south america|latin america|central america|oceania|antarctica|arctic|' +
  'the arctic|middle east|the middle east|far east|near east|east asia|southeast asia|south asia|central asia|' +
  'eastern europe|western europe|central europe|balkans|the balkans|caucasus|the caucasus|scandinavia|baltics|' +
  'sahel|sahara|horn of africa|west africa|east africa|north africa|southern africa|sub-saharan africa|caribbean|' +
  'the caribbean|mediterranean|the mediterranean|pacific|atlantic|indian ocean|black sea|baltic sea|red sea|' +
  'south china sea|east china sea|persian gulf|gulf|the gulf|siberia|patagonia|amazon|himalayas|alps|' +
  'taiwan strait|strait of hormuz|suez canal|sinai|golan heights|west|the west|the east|eurasia|' +
  // US states
  'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|idaho|illinois|indiana|' +
  'iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|' +
  'nebraska|nevada|new hampshire|new jersey|new mexico|north carolina|north dakota|ohio|oklahoma|oregon|' +
  'pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|west virginia|' +
  'wisconsin|wyoming|washington state|washington d.c.|washington, d.c.|district of columbia|' +
  // provinces, states and regions elsewhere
  'ontario|quebec|québec|british columbia|alberta|manitoba|saskatchewan|nova scotia|new brunswick|newfoundland|' +
  'new south wales|victoria|queensland|tasmania|western australia|bavaria|saxony|lombardy|sicily|sardinia|tuscany|' +
  'andalusia|galicia|normandy|brittany|provence|corsica|flanders|wallonia|punjab|kerala|gujarat|maharashtra|' +
  'tamil nadu|uttar pradesh|bihar|west bengal|karnataka|rajasthan|assam|manipur|guangdong|sichuan|hubei|henan|' +
  'yunnan|fujian|zhejiang|jiangsu|shandong|hainan|inner mongolia|hokkaido|okinawa|kurdistan region|darfur|tigray|' +
  'amhara|oromia|kordofan|cabo delgado|balochistan|khyber pakhtunkhwa|sindh|mindanao|java|sumatra|borneo|papua|' +
  'aceh|kharkiv region|donetsk region|luhansk region|zaporizhzhia region|kherson region|crimean peninsula|' +
  'dagestan|tatarstan|bashkortostan|chukotka|yakutia|kamchatka|sakhalin|kuril islands';

/** Lower-cased place names, single- and multi-word. */
export const PLACES: ReadonlySet<string> = new Set(
  [COUNTRIES, CITIES, REGIONS]
    .join('|')
    .split('|'),
);

/**
 * Place names that are also ordinary English words or common given names when written in
 * lower case; these are recognised only when capitalised ("Turkey", never "turkey").
 */
export const PLACES_ONLY_CAPITALISED: ReadonlySet<string> = new Set([
  'chad', 'china', 'turkey', 'jordan', 'georgia', 'nice', 'victoria', 'guinea', 'niger', 'mali', 'cuba', 'peru',
  'malta', 'wales', 'reading', 'bath', 'split', 'mobile', 'orange', 'sierra', 'us', 'gulf', 'west', 'pacific',
  'atlantic', 'amazon', 'java', 'phoenix', 'austin', 'portland', 'washington', 'santiago', 'san jose', 'victoria',
  'aden', 'homs', 'brest', 'perth', 'kingston', 'lima', 'sofia', 'florence', 'alexandria', 'virginia', 'indiana',
  'kansas', 'maine', 'montana', 'nevada', 'texas', 'papua', 'tonga', 'samoa', 'kent', 'arctic', 'caribbean',
  'mediterranean', 'cologne', 'mecca', 'porto', 'sydney', 'denver', 'valencia', 'medina', 'eurasia', 'sahara',
]);

/**
 * Words that end a place name ("Halbacha Village", "Kings County"): a capitalised run that
 * ends with one of them is a place.
 */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'city', 'county', 'province', 'oblast', 'region', 'district', 'state', 'island', 'islands', 'river', 'lake',
  'mountain', 'mountains', 'mount', 'valley', 'bay', 'sea', 'ocean', 'strait', 'peninsula', 'desert', 'coast',
  'street', 'avenue', 'square', 'road', 'bridge', 'park', 'village', 'town', 'heights', 'canyon', 'harbor',
  'harbour', 'airport', 'station', 'port', 'beach', 'forest', 'hills', 'plains', 'gulf', 'canal', 'boulevard',
  'krai', 'governorate', 'prefecture', 'territory', 'territories', 'borough', 'stadium', 'hotel', 'hall', 'base',
  'memorial', 'mosque', 'temple', 'cathedral', 'palace', 'tower', 'towers', 'springs', 'hill', 'arena', 'plaza',
  'castle', 'building', 'monument', 'cemetery', 'prison', 'mall', 'gardens', 'falls', 'dam', 'pier', 'highway',
  'lane', 'drive', 'glacier', 'reef', 'volcano', 'basin', 'delta', 'peak', 'pass', 'archipelago', 'oasis',
  'crater', 'plateau', 'ridge', 'lagoon', 'fjord', 'marsh', 'highlands', 'lowlands', 'wetlands', 'cove', 'creek', 'atoll', 'trench',
  'complex', 'campus', 'basilica', 'abbey', 'chapel', 'priory', 'shelf', 'sound', 'estuary', 'steppe', 'loch', 'quay', 'wharf', 'corridor', 'crossing', 'tunnel', 'motorway', 'expressway', 'circuit', 'racecourse',
]);

/** Compass words that make a place of a known place ("East Los Angeles", "Kowloon West", "South Australia"). */
export const COMPASS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower',
  'greater', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west',
]);

/** Words that start a place name ("Mount Everest", "Lake Baikal", "Port Louis"). */
export const PLACE_PREFIXES: ReadonlySet<string> = new Set([
  'mount', 'lake', 'fort', 'cape', 'port', 'san', 'santa', 'são', 'sao', 'puerto', 'porto',
  // in other languages: a mosque, a street, a square, a lake, a mountain, an island, a valley
  'masjid', 'rue', 'calle', 'avenida', 'piazza', 'praça', 'lago', 'monte', 'isla', 'île', 'ile', 'ciudad',
  'cerro', 'wadi', 'jebel', 'jabal', 'kafr', 'beit', 'gunung', 'pulau',
]);

/**
 * What only a place has, after its possessive: "Delmarva's government", "Tarsovia's capital".
 * (A president or a board can be a company's too, so they are not here.)
 */
export const PLACE_OWNED: ReadonlySet<string> = new Set([
  'government', 'capital', 'parliament', 'economy', 'military', 'armed', 'population', 'borders', 'border',
  'coast', 'coastline', 'territory', 'airspace', 'citizens', 'inhabitants', 'residents', 'prime', 'foreign',
  'interior', 'cities', 'towns', 'villages', 'provinces', 'regions', 'mayor', 'governor', 'north', 'south',
  'east', 'west', 'northern', 'southern', 'eastern', 'western', 'outskirts', 'streets', 'suburbs',
]);

/**
 * Nouns that say what kind of place a name is, in an apposition or after "is": "Velmoor, a
 * town near Brask", "Greenhill is a market town".
 */
export const PLACE_KIND_NOUNS: ReadonlySet<string> = new Set([
  'city', 'town', 'village', 'region', 'province', 'district', 'county', 'state', 'capital', 'port', 'island',
  'oblast', 'republic', 'suburb', 'settlement', 'municipality', 'country', 'nation', 'neighbourhood',
  'neighborhood', 'commune', 'hamlet', 'borough', 'township', 'enclave', 'archipelago', 'kingdom', 'emirate',
  'principality', 'territory', 'prefecture', 'governorate',
]);

/** Words after a name and a hyphen that make it a place: "a Velmoor-based firm", "the Lyon-born actor". */
export const PLACE_HYPHEN_CUES: ReadonlySet<string> = new Set(['based', 'born', 'bound', 'headquartered', 'registered']);
