/**
 * The text the server analyses while it starts, so that V8 has compiled the engine before the
 * user's first document (features/warmUp.ts). It is invented, names only placeholder people
 * (Jane Doe, John Roe, Mary Major, Richard Miles) and walks the engine's main paths: every kind
 * of quote mark, split, partial, multi-paragraph and unclosed quotes, cues before, after and
 * between, titles, appositions, pronouns, "according to" channels and agencies, organisations,
 * places, dates, a headline, a dateline, page furniture and a source line.
 */
const ARTICLE = [
  'TALKS RESUME IN GENEVA AS MINISTERS MEET OVER GRAIN CORRIDOR',
  'Ministers agree to meet again next month',
  'By Richard Miles',
  'Updated 3 March 2024, 14:05 GMT',
  'GENEVA, March 3 (Reuters) - Foreign ministers from twelve countries met in Geneva on Monday to restart talks on the grain corridor, as shipping firms warned that insurance costs in the Black Sea had doubled since January.',
  '“We are ready to sign tomorrow,” Jane Doe, a spokeswoman for the Acme Shipping Corporation, said in Paris on Monday. "Nothing is settled yet," she added, "but the mood has changed."',
  'According to Reuters, the finance minister warned that the plan was «not enough» and „too late“. He told reporters at the United Nations: ‘We will see what the next round brings.’',
  'John Roe, the head of the International Grain Council, said the deal was "a first step", calling it a \'fair\' outcome. The company’s shares rose 3% last week on the London Stock Exchange.',
  'Former Prime Minister Mary Major met Roe, the French president’s envoy, in Berlin on 3 March 2024. “It went well,” the envoy said. “We spoke for an hour, and we will speak again in April.”',
  '“Farmers in the south cannot wait,” said Dr. Anna Karlsson, an economist at the Institute for Strategic Studies in Stockholm. “Every week of delay costs them money.',
  '“The harvest starts in June, and the silos in Odesa are still full from last year,” she said.',
  'A senior official at the Ministry of Agriculture, who asked not to be named, said the government would “look at every option”. The European Commission declined to comment, a spokesperson told AFP.',
  'Police in Kraków said two people were arrested after the protest outside the Polish Farmers Union on Tuesday. “We did nothing wrong,” one of the protesters told the BBC.',
  'Advertisement',
  'President Doe told the Associated Press on Wednesday that her country would “never accept” a deal that left out the smaller ports. The White House, the Kremlin and the Chinese foreign ministry did not respond to requests for comment.',
  'Read more: What the grain deal means for bread prices',
  'The next round is due to start in Istanbul between April 10 and April 12, officials said. "Until then," Roe said, "we keep talking.',
  'Reporting by Richard Miles; editing by Jane Doe',
  'Source: Reuters',
].join('\n\n');

/**
 * The warm-up texts, in the order they are used. V8 compiles each regular expression
 * separately for one-byte (Latin-1) and two-byte strings, so the same article also comes in
 * plain ASCII marks; a short all-capitals text walks the wire-copy casing step.
 */
export const WARM_UP_TEXTS: readonly string[] = [
  ARTICLE,
  ARTICLE.replace(/[“”„«»]/g, '"').replace(/[‘’]/g, "'"),
  'OSLO, JAN 5 (AFP) - "WE WILL NOT STOP," SAID JOHN ROE, THE HEAD OF THE NORWEGIAN FISHING ASSOCIATION, ON FRIDAY.',
];
