import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalysisResult, Quote } from '../../server/src/analysis/types';
import type { SourcingProfile, TargetInfo } from '../../server/src/protocol';
import { EXPORT_CHOICES, NEW_SPEAKER_LABEL, defaultExportName, guessSpeakerKind, profileHtml, speakerPicks, statusView } from './uiModel';

function quote(kind: 'quote' | 'scare', speaker: boolean): Quote {
  return {
    id: 'q', start: 0, end: 1, contentStart: 0, contentEnd: 1, text: 't', open: '"', close: '"', unclosed: false, kind,
    speaker: speaker ? { name: 'X', kind: 'person', entityId: null, role: null, mention: { start: 0, end: 0, text: '' } } : null,
    cue: null, stance: null, via: null, rule: null, confidence: 0, origin: 'auto',
  };
}

const result: AnalysisResult = {
  quotes: [quote('quote', true), quote('quote', false), quote('scare', false)],
  entities: [{ id: 'e1', type: 'PERSON', name: 'X', mentions: [], origin: 'auto' }],
  sources: [],
};

test('status bar text for each document state', () => {
  const rows: [string, ReturnType<typeof statusView>, string, boolean][] = [
    ['full', statusView(result, 'full'), '$(quote) 2 quotes · 1 attributed · 1 entity', false],
    ['degraded', statusView(result, 'degraded', 'Only the first 5 MB'), '$(warning) $(quote) 2 quotes · 1 attributed · 1 entity (partial)', true],
    ['binary', statusView(result, 'binary'), '$(circle-slash) not analysed (binary)', true],
    ['failed', statusView(result, 'failed'), '$(error) analysis failed', true],
    ['empty', statusView({ quotes: [], entities: [], sources: [] }, 'full'), '$(quote) 0 quotes · 0 attributed · 0 entities', false],
  ];
  for (const [tag, view, text, warning] of rows) {
    assert.equal(view.text, text, `${tag}: text`);
    assert.equal(view.warning, warning, `${tag}: warning`);
    assert.ok(view.tooltip.length > 10, `${tag}: tooltip explains`);
  }
  assert.match(statusView(result, 'full').tooltip, /1 scare quote not counted/, 'tooltip mentions scare quotes');
  assert.match(statusView(result, 'degraded', 'Only the first 5 MB').tooltip, /^Only the first 5 MB/, 'degraded tooltip leads with the reason');
});

test('speaker picks: candidates first, the current one marked, then a new name', () => {
  const target: TargetInfo = {
    quote: { start: 0, end: 5, text: 'hi', kind: 'quote', speaker: 'Jane Doe', origin: 'auto', note: null },
    entity: null,
    candidates: [
      { name: 'Jane Doe', kind: 'person', quotes: 2 },
      { name: 'Acme', kind: 'organization', quotes: 0 },
    ],
  };
  const picks = speakerPicks(target);
  const rows: [string, unknown, unknown][] = [
    ['labels', picks.map((p) => p.label), ['Jane Doe', 'Acme', NEW_SPEAKER_LABEL]],
    ['current marked', picks[0].description, 'person · 2 quotes · current'],
    ['organisation described', picks[1].description, 'organisation'],
    ['new name has no speaker', picks[2].speaker, undefined],
  ];
  for (const [tag, got, want] of rows) assert.deepEqual(got, want, tag);
});

test('a typed speaker name gets a guessed kind', () => {
  const rows: [string, string][] = [
    ['Jane Doe', 'person'],
    ['Acme Corporation', 'organization'],
    ['the Defence Ministry', 'organization'],
    ['a senior official', 'unnamed'],
    ['two diplomats', 'unnamed'],
    ['the spokesman', 'unnamed'],
    ['a spokesman for the ministry', 'unnamed'],
    ['The Guardian', 'person'],
  ];
  for (const [name, want] of rows) assert.equal(guessSpeakerKind(name), want, name);
});

test('export choices and default names', () => {
  assert.deepEqual(EXPORT_CHOICES.map((c) => c.format), ['json', 'csv', 'w3c', 'brat', 'conll'], 'every exporter offered');
  const rows: [string | null, string, string][] = [
    ['geneva.txt', 'json', 'geneva.annotations.json'],
    ['report.article', 'csv', 'report.annotations.csv'],
    [null, 'conll', 'news-annotations.annotations.conll'],
  ];
  for (const [name, ext, want] of rows) assert.equal(defaultExportName(name, ext), want, `${name} ${ext}`);
});

test('the profile page: strict CSP with a nonce, nothing remote, theme colours, escaped names', () => {
  const profile: SourcingProfile = {
    scope: 'article', articles: 1, quotes: 4, attributed: 3, named: 2, unnamed: 1, people: 1, organisations: 1, viaChannel: 1, scare: 0,
    topSpeakers: [{ name: '<script>alert(1)</script>', kind: 'person', quotes: 2 }],
  };
  const html = profileHtml(profile, 'Profile & more', 'NONCE123', 'vscode-resource:');
  const rows: [string, boolean][] = [
    ['CSP default none', html.includes("default-src 'none'")],
    ['script needs the nonce', html.includes("script-src 'nonce-NONCE123'")],
    ['every script tag has the nonce', (html.match(/<script/g) ?? []).length === (html.match(/<script nonce="NONCE123">/g) ?? []).length],
    ['no remote content', !/https?:\/\//.test(html)],
    ['theme colours', html.includes('var(--vscode-charts-blue)') && html.includes('var(--vscode-foreground)')],
    ['speaker name escaped', html.includes('&lt;script&gt;alert(1)&lt;/script&gt;') && !html.includes('<script>alert')],
    ['title escaped', html.includes('Profile &amp; more')],
    ['inline svg chart', html.includes('<svg role="img"')],
    ['no inline style attributes (the CSP blocks them)', !/\sstyle=/.test(html)],
    ['bars coloured by classes', html.includes('class="bar blue"') && html.includes('.bar.blue { fill: var(--vscode-charts-blue); }')],
    ['attributed share', html.includes('75%')],
    ['export button', html.includes('id="export"')],
  ];
  for (const [tag, ok] of rows) assert.ok(ok, tag);
});
