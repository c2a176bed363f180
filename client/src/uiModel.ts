/**
 * The pure parts of the extension's views: status bar text, speaker pick lists, export
 * choices and the sourcing profile page. No `vscode` import, so they are unit-tested
 * directly; statusBar.ts, sourcesTree.ts, exportCommand.ts and profilePanel.ts show them.
 */
import type { AnalysisResult } from '../../server/src/analysis/types';
import type { DocumentState, SourcingProfile, TargetInfo } from '../../server/src/protocol';

export interface StatusView {
  text: string;
  tooltip: string;
  /** True when the item should use the warning colour. */
  warning: boolean;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The status bar item for an article: counts, or the degraded/binary/failed state. */
export function statusView(result: AnalysisResult, state: DocumentState, message = ''): StatusView {
  const quotes = result.quotes.filter((q) => q.kind === 'quote');
  const attributed = quotes.filter((q) => q.speaker !== null).length;
  const scare = result.quotes.length - quotes.length;
  const counts = `${plural(quotes.length, 'quote')} · ${attributed} attributed · ${plural(result.entities.length, 'entity', 'entities')}`;
  const explain = [
    `${plural(quotes.length, 'quote')} of reported speech, ${attributed} with a speaker found or set.`,
    scare > 0 ? `${plural(scare, 'scare quote')} not counted.` : '',
    `${plural(result.entities.length, 'named entity', 'named entities')} (people, organisations, places, dates).`,
    'Click to show the Sources view.',
  ].filter(Boolean);
  switch (state) {
    case 'binary':
      return { text: '$(circle-slash) not analysed (binary)', tooltip: message || 'This file looks binary, so it was not analysed.', warning: true };
    case 'failed':
      return { text: '$(error) analysis failed', tooltip: message || 'The analysis failed on this text; see the News Annotator output.', warning: true };
    case 'degraded':
      return { text: `$(warning) $(quote) ${counts} (partial)`, tooltip: [message, ...explain].filter(Boolean).join('\n'), warning: true };
    default:
      return { text: `$(quote) ${counts}`, tooltip: explain.join('\n'), warning: false };
  }
}

export interface SpeakerPick {
  label: string;
  description?: string;
  /** Undefined for the "type a new name" entry. */
  speaker?: { name: string; kind: 'person' | 'organization' | 'unnamed' };
}

export const NEW_SPEAKER_LABEL = '$(edit) Type a new name…';

const kindLabel = { person: 'person', organization: 'organisation', unnamed: 'unnamed source' } as const;

/** The speaker quick pick: the article's people and organisations (most quoted first), then "type a new name". */
export function speakerPicks(target: TargetInfo): SpeakerPick[] {
  const current = target.quote?.speaker ?? null;
  const picks: SpeakerPick[] = target.candidates.map((c) => ({
    label: c.name,
    description: [kindLabel[c.kind], c.quotes ? plural(c.quotes, 'quote') : '', c.name === current ? 'current' : ''].filter(Boolean).join(' · '),
    speaker: { name: c.name, kind: c.kind },
  }));
  picks.push({ label: NEW_SPEAKER_LABEL });
  return picks;
}

/** Guesses the kind of a typed speaker name: organisation words, "a/an/the …" descriptions, else a person. */
export function guessSpeakerKind(name: string): 'person' | 'organization' | 'unnamed' {
  const n = name.trim();
  if (/^(an?|one|two|three|several|some|many)\s/.test(n)) return 'unnamed';
  if (/\b(ministry|agency|company|corp|corporation|inc|ltd|council|committee|government|party|bank|university|office|department|union|army|police|group|kremlin|commission|association|foundation|institute|court)\b/i.test(n)) {
    return 'organization';
  }
  if (/^the\s/.test(n)) return 'unnamed';
  return 'person';
}

export type ExportFormatName = 'json' | 'csv' | 'w3c' | 'brat' | 'conll';

/** The export formats as the quick pick shows them. */
export const EXPORT_CHOICES: { format: ExportFormatName; label: string; detail: string; extension: string; singleFile: boolean }[] = [
  { format: 'json', label: 'JSON', detail: 'Project JSON: quotes, speakers, entities, variant groups (UTF-16 offsets)', extension: 'json', singleFile: true },
  { format: 'csv', label: 'CSV', detail: 'One row per quote, for spreadsheets', extension: 'csv', singleFile: true },
  { format: 'w3c', label: 'W3C Web Annotation', detail: 'JSON-LD annotation collection (code-point positions)', extension: 'jsonld', singleFile: true },
  { format: 'brat', label: 'brat standoff', detail: '.ann + .txt per article, into a folder', extension: 'ann', singleFile: false },
  { format: 'conll', label: 'CoNLL', detail: 'IOB2 entity tags, one token per line', extension: 'conll', singleFile: true },
];

/** A default file name for a single-file export: `<article>.annotations.<ext>` or `news-annotations.<ext>`. */
export function defaultExportName(articleName: string | null, extension: string): string {
  const base = articleName ? articleName.replace(/\.[^./\\]*$/, '') : 'news-annotations';
  return `${base}.annotations.${extension}`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function percent(part: number, whole: number): string {
  return whole > 0 ? `${Math.round((100 * part) / whole)}%` : '–';
}

/**
 * One horizontal bar row of the chart, as inline SVG. The colour is a class styled in the page's
 * nonce'd <style>: the Content-Security-Policy blocks inline `style` attributes.
 */
function barRow(label: string, value: number, max: number, y: number, colour: string): string {
  const width = max > 0 ? Math.max(2, Math.round((260 * value) / max)) : 2;
  return (
    `<text x="0" y="${y + 13}" class="label">${escapeHtml(label)}</text>` +
    `<rect x="150" y="${y}" width="${width}" height="16" rx="2" class="bar ${colour}"></rect>` +
    `<text x="${156 + width}" y="${y + 13}" class="value">${value}</text>`
  );
}

/**
 * The profile page: a strict Content-Security-Policy (nothing remote, styles and the one
 * script only with `nonce`), theme colours through `var(--vscode-…)`, an inline SVG chart.
 */
export function profileHtml(profile: SourcingProfile, title: string, nonce: string, cspSource: string): string {
  const p = profile;
  const unattributed = p.quotes - p.attributed;
  const rows: [string, number, string][] = [
    ['Named sources', p.named, 'blue'],
    ['Unnamed sources', p.unnamed, 'orange'],
    ['Unattributed', unattributed, 'red'],
    ['People', p.people, 'green'],
    ['Organisations', p.organisations, 'purple'],
    ['Via agencies', p.viaChannel, 'yellow'],
  ];
  const max = Math.max(1, ...rows.map((r) => r[1]));
  const chart = `<svg role="img" aria-label="Quotes by kind of source" width="460" height="${rows.length * 24}" viewBox="0 0 460 ${rows.length * 24}">${rows
    .map(([label, value, colour], i) => barRow(label, value, max, i * 24, colour))
    .join('')}</svg>`;
  const speakers = p.topSpeakers.length
    ? `<table><thead><tr><th>Speaker</th><th>Kind</th><th>Quotes</th></tr></thead><tbody>${p.topSpeakers
        .map((s) => `<tr><td>${escapeHtml(s.name)}</td><td>${escapeHtml(s.kind === 'organization' ? 'organisation' : s.kind)}</td><td class="num">${s.quotes}</td></tr>`)
        .join('')}</tbody></table>`
    : '<p class="muted">No attributed quotes.</p>';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${cspSource} data:; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 20px 20px; }
h1 { font-size: 1.4em; font-weight: 600; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 12px 0 20px; }
.card { border: 1px solid var(--vscode-panel-border); border-radius: 4px; padding: 8px 14px; min-width: 110px; }
.card .n { font-size: 1.6em; font-weight: 600; }
.muted, .card .t { color: var(--vscode-descriptionForeground); }
svg .label, svg .value { fill: var(--vscode-foreground); font-size: 12px; }
.bar.blue { fill: var(--vscode-charts-blue); } .bar.orange { fill: var(--vscode-charts-orange); }
.bar.red { fill: var(--vscode-charts-red); } .bar.green { fill: var(--vscode-charts-green); }
.bar.purple { fill: var(--vscode-charts-purple); } .bar.yellow { fill: var(--vscode-charts-yellow); }
table { border-collapse: collapse; margin-top: 8px; }
th, td { text-align: left; padding: 3px 12px 3px 0; border-bottom: 1px solid var(--vscode-panel-border); }
td.num { text-align: right; }
button { color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: none; padding: 5px 12px; cursor: pointer; margin-top: 16px; }
button:hover { background: var(--vscode-button-hoverBackground); }
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<div class="cards">
<div class="card"><div class="n">${p.articles}</div><div class="t">article${p.articles === 1 ? '' : 's'}</div></div>
<div class="card"><div class="n">${p.quotes}</div><div class="t">quotes</div></div>
<div class="card"><div class="n">${percent(p.attributed, p.quotes)}</div><div class="t">attributed</div></div>
<div class="card"><div class="n">${percent(p.named, p.attributed)}</div><div class="t">of attributed are named</div></div>
<div class="card"><div class="n">${p.scare}</div><div class="t">scare quotes</div></div>
</div>
<h2>Quotes by source</h2>
${chart}
<h2>Top speakers</h2>
${speakers}
<button id="export">Export CSV…</button>
<script nonce="${nonce}">
const vscode = acquireVsCodeApi();
document.getElementById('export').addEventListener('click', () => vscode.postMessage({ type: 'exportCsv' }));
</script>
</body>
</html>`;
}
