import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeXml, logX, margin, renderSvg } from './plot';
import type { Goal } from './report';

test('margin is > 1 when a goal is met, in both directions', () => {
  const rows: [string, Goal['op'], number, number | null, number | null][] = [
    ['twice the throughput asked', '>=', 20, 40, 2],
    ['half the throughput asked', '>=', 20, 10, 0.5],
    ['half the latency allowed', '<=', 4, 2, 2],
    ['twice the latency allowed', '<=', 4, 8, 0.5],
    ['not measured', '<=', 4, null, null],
  ];
  for (const [tag, op, target, value, want] of rows) assert.equal(margin({ op, target, value }), want, tag);
});

test('logX maps decades evenly and clamps', () => {
  const rows: [string, number, number][] = [
    ['low end', 0.01, 0],
    ['middle decade', 1, 50],
    ['high end', 100, 100],
    ['clamped below', 1e-9, 0],
    ['clamped above', 1e9, 100],
  ];
  for (const [tag, v, want] of rows) assert.ok(Math.abs(logX(v, 0.01, 100, 0, 100) - want) < 1e-9, tag);
});

test('renderSvg draws a well-formed SVG with every contender and goal', () => {
  const goals: Goal[] = [
    { id: 'g1', part: 'engine', label: 'engine <throughput>', unit: 'MB/s', op: '>=', target: 20, value: 48 },
    { id: 'g2', part: 'lsp', label: 'hover p95', unit: 'ms', op: '<=', target: 2, value: 3 },
    { id: 'g3', part: 'workspace', label: 'rss', unit: 'MB', op: '<=', target: 400, value: null, note: 'no request & no server' },
  ];
  const svg = renderSvg({
    title: 'T',
    subtitle: 'commit abc',
    throughput: [
      { label: 'engine', mbps: 48 },
      { label: 'regex', mbps: 275 },
      { label: 'compromise', mbps: 0.067 },
      { label: 'missing', mbps: null },
    ],
    scaling: [
      { bytes: 16e3, relative: 0.9 },
      { bytes: 1e6, relative: 1.1 },
    ],
    scalingLimit: 1.2,
    goals,
  });
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="960" height="\d+"/, 'svg root');
  assert.match(svg, /<\/svg>\n$/, 'closed');
  assert.ok(svg.includes('engine &lt;throughput&gt;'), 'labels are escaped');
  assert.ok(svg.includes('no request &amp; no server'), 'notes are escaped');
  assert.ok(!/[<>&](?![a-z/!?]|amp;|lt;|gt;|quot;|apos;)/.test(svg.replace(/<[^>]*>/g, '')), 'no raw markup characters in text');
  for (const colour of ['#2e8b57', '#c0392b', '#9e9e9e']) assert.ok(svg.includes(colour), `verdict colour ${colour} used`);
  assert.equal((svg.match(/<polyline /g) ?? []).length, 1, 'one growth line');
  assert.equal(escapeXml(`a<b>&"'`), 'a&lt;b&gt;&amp;&quot;&apos;', 'escapeXml');
});
