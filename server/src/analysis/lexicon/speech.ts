import type { Stance } from '../types';

/**
 * Reporting verbs as data: every written form, and the stance the verb lends a quote.
 * - neutral: the reporter only relays the words (said, told, added, noted…).
 * - assertive: the speaker presses the point (insisted, assured, emphasized, warned…).
 * - uncertain: the verb casts doubt or loads the quote (claimed, admitted, boasted, alleged…).
 * The `-ing` forms are listed too: "…, saying “…”" takes the subject of its clause.
 */
export interface SpeechVerb {
  lemma: string;
  forms: readonly string[];
  stance: Stance;
}

const v = (stance: Stance, ...forms: string[]): SpeechVerb => ({ lemma: forms[0], forms, stance });

export const SPEECH_VERBS: readonly SpeechVerb[] = [
  // neutral
  v('neutral', 'say', 'says', 'said', 'saying'),
  v('neutral', 'tell', 'tells', 'told', 'telling'),
  v('neutral', 'add', 'adds', 'added', 'adding'),
  v('neutral', 'note', 'notes', 'noted', 'noting'),
  v('neutral', 'explain', 'explains', 'explained', 'explaining'),
  v('neutral', 'state', 'states', 'stated', 'stating'),
  v('neutral', 'comment', 'comments', 'commented', 'commenting'),
  v('neutral', 'remark', 'remarks', 'remarked', 'remarking'),
  v('neutral', 'announce', 'announces', 'announced', 'announcing'),
  v('neutral', 'respond', 'responds', 'responded', 'responding'),
  v('neutral', 'reply', 'replies', 'replied', 'replying'),
  v('neutral', 'answer', 'answers', 'answered', 'answering'),
  v('neutral', 'ask', 'asks', 'asked', 'asking'),
  v('neutral', 'write', 'writes', 'wrote', 'writing', 'written'),
  v('neutral', 'continue', 'continues', 'continued', 'continuing'),
  v('neutral', 'recall', 'recalls', 'recalled', 'recalling'),
  v('neutral', 'observe', 'observes', 'observed', 'observing'),
  v('neutral', 'mention', 'mentions', 'mentioned', 'mentioning'),
  v('neutral', 'acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'),
  v('neutral', 'describe', 'describes', 'described', 'describing'),
  v('neutral', 'characterize', 'characterizes', 'characterized', 'characterizing'),
  v('neutral', 'characterise', 'characterises', 'characterised', 'characterising'),
  v('neutral', 'call', 'calls', 'called', 'calling'),
  v('neutral', 'testify', 'testifies', 'testified', 'testifying'),
  v('neutral', 'tweet', 'tweets', 'tweeted', 'tweeting'),
  v('neutral', 'post', 'posted'),
  v('neutral', 'agree', 'agrees', 'agreed', 'agreeing'),
  v('neutral', 'recount', 'recounts', 'recounted', 'recounting'),
  v('neutral', 'quip', 'quips', 'quipped', 'quipping'),
  v('neutral', 'joke', 'jokes', 'joked', 'joking'),
  v('neutral', 'laugh', 'laughs', 'laughed', 'laughing'),
  v('neutral', 'smile', 'smiles', 'smiled', 'smiling'),
  v('neutral', 'speak', 'speaks', 'spoke', 'speaking', 'spoken'),
  v('neutral', 'report', 'reported'),
  v('neutral', 'confirm', 'confirms', 'confirmed', 'confirming'),
  v('neutral', 'reads', 'reads', 'read'),
  v('neutral', 'reason', 'reasons', 'reasoned', 'reasoning'),
  v('neutral', 'cite', 'cites', 'cited', 'citing'),
  v('neutral', 'quote', 'quotes', 'quoted', 'quoting'),
  v('neutral', 'conclude', 'concludes', 'concluded', 'concluding'),
  v('neutral', 'rule', 'ruled'),
  v('neutral', 'thank', 'thanks', 'thanked', 'thanking'),
  // assertive
  v('assertive', 'retort', 'retorts', 'retorted', 'retorting'),
  v('assertive', 'insist', 'insists', 'insisted', 'insisting'),
  v('assertive', 'assure', 'assures', 'assured', 'assuring'),
  v('assertive', 'emphasize', 'emphasizes', 'emphasized', 'emphasizing'),
  v('assertive', 'emphasise', 'emphasises', 'emphasised', 'emphasising'),
  v('assertive', 'stress', 'stresses', 'stressed', 'stressing'),
  v('assertive', 'declare', 'declares', 'declared', 'declaring'),
  v('assertive', 'warn', 'warns', 'warned', 'warning'),
  v('assertive', 'caution', 'cautions', 'cautioned', 'cautioning'),
  v('assertive', 'promise', 'promises', 'promised', 'promising'),
  v('assertive', 'vow', 'vows', 'vowed', 'vowing'),
  v('assertive', 'pledge', 'pledges', 'pledged', 'pledging'),
  v('assertive', 'reiterate', 'reiterates', 'reiterated', 'reiterating'),
  v('assertive', 'affirm', 'affirms', 'affirmed', 'affirming'),
  v('assertive', 'assert', 'asserts', 'asserted', 'asserting'),
  v('assertive', 'maintains', 'maintains', 'maintained'),
  v('assertive', 'urge', 'urges', 'urged', 'urging'),
  v('assertive', 'demand', 'demands', 'demanded', 'demanding'),
  v('assertive', 'argue', 'argues', 'argued', 'arguing'),
  v('assertive', 'contend', 'contends', 'contended', 'contending'),
  v('assertive', 'predict', 'predicts', 'predicted', 'predicting'),
  v('assertive', 'proclaim', 'proclaims', 'proclaimed', 'proclaiming'),
  v('assertive', 'underline', 'underlines', 'underlined', 'underlining'),
  v('assertive', 'underscore', 'underscores', 'underscored', 'underscoring'),
  v('assertive', 'threaten', 'threatens', 'threatened', 'threatening'),
  v('assertive', 'exclaim', 'exclaims', 'exclaimed', 'exclaiming'),
  v('assertive', 'shout', 'shouts', 'shouted', 'shouting'),
  v('assertive', 'praise', 'praises', 'praised', 'praising'),
  v('assertive', 'hail', 'hails', 'hailed', 'hailing'),
  v('assertive', 'celebrate', 'celebrates', 'celebrated', 'celebrating'),
  v('assertive', 'recommend', 'recommends', 'recommended', 'recommending'),
  v('assertive', 'welcome', 'welcomes', 'welcomed', 'welcoming'),
  v('assertive', 'criticise', 'criticises', 'criticised', 'criticising'),
  v('assertive', 'criticize', 'criticizes', 'criticized', 'criticizing'),
  v('assertive', 'condemn', 'condemns', 'condemned', 'condemning'),
  v('assertive', 'denounce', 'denounces', 'denounced', 'denouncing'),
  v('assertive', 'slam', 'slams', 'slammed', 'slamming'),
  v('assertive', 'decry', 'decries', 'decried', 'decrying'),
  v('assertive', 'dismiss', 'dismisses', 'dismissed', 'dismissing'),
  // uncertain or loaded
  v('uncertain', 'claim', 'claims', 'claimed', 'claiming'),
  v('uncertain', 'admit', 'admits', 'admitted', 'admitting'),
  v('uncertain', 'boast', 'boasts', 'boasted', 'boasting'),
  v('uncertain', 'allege', 'alleges', 'alleged', 'alleging'),
  v('uncertain', 'concede', 'concedes', 'conceded', 'conceding'),
  v('uncertain', 'suggest', 'suggests', 'suggested', 'suggesting'),
  v('uncertain', 'speculate', 'speculates', 'speculated', 'speculating'),
  v('uncertain', 'hint', 'hints', 'hinted', 'hinting'),
  v('uncertain', 'deny', 'denies', 'denied', 'denying'),
  v('uncertain', 'complain', 'complains', 'complained', 'complaining'),
  v('uncertain', 'accuse', 'accuses', 'accused', 'accusing'),
  v('uncertain', 'confess', 'confesses', 'confessed', 'confessing'),
  v('uncertain', 'lament', 'laments', 'lamented', 'lamenting'),
  v('uncertain', 'insinuate', 'insinuates', 'insinuated', 'insinuating'),
  v('uncertain', 'dub', 'dubs', 'dubbed', 'dubbing'),
  v('uncertain', 'brand', 'brands', 'branded', 'branding'),
  v('uncertain', 'label', 'labels', 'labelled', 'labeled', 'labelling', 'labeling'),
  v('uncertain', 'scoff', 'scoffs', 'scoffed', 'scoffing'),
  v('uncertain', 'snap', 'snaps', 'snapped', 'snapping'),
  v('uncertain', 'grumble', 'grumbles', 'grumbled', 'grumbling'),
  v('uncertain', 'quibble', 'quibbles', 'quibbled'),
  v('uncertain', 'mock', 'mocks', 'mocked', 'mocking'),
];

/** Phrases that name a channel or a source rather than a verb: "according to X". */
export const ACCORDING_TO = ['according to', 'as reported by', 'as quoted by', 'quoted by', 'in the words of'];

/** Words that may sit between a speaker and the verb: "Putin has also publicly said". */
export const AUXILIARIES = ['has', 'have', 'had', 'was', 'were', 'is', 'will', 'would', 'could', 'did', 'does', 'later', 'also', 'then', 'again', 'once', 'just', 'previously', 'earlier', 'recently', 'further', 'still', 'even', 'had'];
