/**
 * Draws the benchmark results as a self-contained SVG (no libraries): throughput of the
 * engine and its baselines on a log scale, the engine's per-MB cost as documents grow, and
 * every goal as its margin (how far past or short of the target the measurement is).
 */
import { verdict, fmt, type Goal } from './report';

export interface PlotInput {
  title: string;
  subtitle: string;
  throughput: { label: string; mbps: number | null }[];
  /** Per-byte cost of one document of growing size, relative to the same text as ~5 KB articles. */
  scaling: { bytes: number; relative: number; label?: string }[];
  /** The highest relative cost the linearity goal allows, drawn as a dashed line. */
  scalingLimit?: number;
  goals: Goal[];
}

const W = 960;
const FONT = 'font-family="DejaVu Sans, Arial, sans-serif"';
const COLORS = { PASS: '#2e8b57', FAIL: '#c0392b', 'n/a': '#9e9e9e' } as const;

export function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string);
}

function text(x: number, y: number, s: string, attrs = ''): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" ${FONT} ${attrs}>${escapeXml(s)}</text>`;
}

/**
 * How far a goal is met: > 1 means met with room to spare, < 1 short of it, on the same
 * "bigger is better" scale for both kinds of goal. Null when there is no measurement.
 */
export function margin(goal: Pick<Goal, 'op' | 'target' | 'value'>): number | null {
  const v = goal.value;
  if (v === null || !Number.isFinite(v)) return null;
  if (goal.op === '>=') return goal.target === 0 ? Infinity : v / goal.target;
  return v <= 0 ? Infinity : goal.target / v;
}

/** Maps a positive value onto [x0, x1] on a log10 scale clamped to [lo, hi]. */
export function logX(v: number, lo: number, hi: number, x0: number, x1: number): number {
  const c = Math.min(hi, Math.max(lo, v));
  return x0 + ((Math.log10(c) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))) * (x1 - x0);
}

function decades(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let e = Math.ceil(Math.log10(lo)); e <= Math.floor(Math.log10(hi)); e++) out.push(10 ** e);
  return out;
}

function tickLabel(v: number): string {
  return v >= 1 ? String(v) : String(Number(v.toPrecision(1)));
}

export function renderSvg(input: PlotInput): string {
  const parts: string[] = [];
  let y = 0;
  parts.push(text(20, (y += 32), input.title, 'font-size="20" font-weight="bold" fill="#222"'));
  parts.push(text(20, (y += 22), input.subtitle, 'font-size="12" fill="#555"'));
  y += 20;

  // Panel 1: throughput, log scale.
  const x0 = 230;
  const x1 = W - 110;
  parts.push(text(20, (y += 20), 'Throughput (MB/s, log scale; same inputs, same run)', 'font-size="15" font-weight="bold" fill="#222"'));
  y += 10;
  const tp = input.throughput;
  const known = tp.map((t) => t.mbps).filter((v): v is number => v !== null && v > 0);
  const lo = 10 ** Math.floor(Math.log10(Math.min(0.01, ...known)));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(1000, ...known)));
  const top = y;
  for (const t of tp) {
    y += 28;
    parts.push(text(20, y - 8, t.label, 'font-size="13" fill="#222"'));
    if (t.mbps !== null && t.mbps > 0) {
      const x = logX(t.mbps, lo, hi, x0, x1);
      parts.push(`<rect x="${x0}" y="${y - 22}" width="${(x - x0).toFixed(1)}" height="18" fill="#4a78b5"/>`);
      parts.push(text(x + 6, y - 8, `${fmt(t.mbps)} MB/s`, 'font-size="12" fill="#222"'));
    } else {
      parts.push(text(x0 + 6, y - 8, 'n/a', 'font-size="12" fill="#777"'));
    }
  }
  for (const d of decades(lo, hi)) {
    const x = logX(d, lo, hi, x0, x1);
    parts.push(`<line x1="${x.toFixed(1)}" y1="${top}" x2="${x.toFixed(1)}" y2="${y + 4}" stroke="#ccc" stroke-dasharray="3,3"/>`);
    parts.push(text(x - 8, y + 18, tickLabel(d), 'font-size="11" fill="#555"'));
  }
  y += 36;

  // Panel 2: per-MB cost at growing sizes (flat = linear growth).
  parts.push(text(20, (y += 20), 'Engine cost per byte of one document, relative to the same text as ~5 KB articles (flat at 1 = linear)', 'font-size="15" font-weight="bold" fill="#222"'));
  y += 10;
  const ph = 150;
  const pTop = y + 10;
  const pBottom = pTop + ph;
  const sc = input.scaling;
  if (sc.length > 0) {
    const maxCost = Math.max(...sc.map((s) => s.relative), input.scalingLimit ?? 0, 1) * 1.25;
    const sx = (i: number) => x0 + (sc.length === 1 ? 0.5 : i / (sc.length - 1)) * (x1 - x0);
    const sy = (v: number) => pBottom - (v / maxCost) * ph;
    parts.push(`<line x1="${x0}" y1="${pBottom}" x2="${x1}" y2="${pBottom}" stroke="#888"/>`);
    parts.push(`<line x1="${x0}" y1="${pTop}" x2="${x0}" y2="${pBottom}" stroke="#888"/>`);
    parts.push(text(20, pTop + ph / 2, 'relative cost', 'font-size="12" fill="#555"'));
    parts.push(text(x0 - 14, pBottom + 4, '0', 'font-size="11" fill="#555"'));
    const y1 = sy(1);
    parts.push(`<line x1="${x0}" y1="${y1.toFixed(1)}" x2="${x1}" y2="${y1.toFixed(1)}" stroke="#888" stroke-dasharray="2,3"/>`);
    parts.push(text(x0 - 24, y1 + 4, '1×', 'font-size="11" fill="#555"'));
    if (input.scalingLimit !== undefined && Number.isFinite(input.scalingLimit)) {
      const ly = sy(input.scalingLimit);
      parts.push(`<line x1="${x0}" y1="${ly.toFixed(1)}" x2="${x1}" y2="${ly.toFixed(1)}" stroke="#c0392b" stroke-dasharray="6,4"/>`);
      parts.push(text(x0 + 6, ly - 5, `goal ≤ ${input.scalingLimit}×`, 'font-size="11" fill="#c0392b"'));
    }
    const pts = sc.map((s, i) => `${sx(i).toFixed(1)},${sy(s.relative).toFixed(1)}`).join(' ');
    parts.push(`<polyline points="${pts}" fill="none" stroke="#4a78b5" stroke-width="2.5"/>`);
    sc.forEach((s, i) => {
      parts.push(`<circle cx="${sx(i).toFixed(1)}" cy="${sy(s.relative).toFixed(1)}" r="4" fill="#4a78b5"/>`);
      parts.push(text(sx(i) - 14, sy(s.relative) - 10, `${fmt(s.relative)}×`, 'font-size="11" fill="#222"'));
      parts.push(text(sx(i) - 18, pBottom + 16, s.label ?? `${fmt(s.bytes / 1e3)} kB`, 'font-size="11" fill="#555"'));
    });
  } else {
    parts.push(text(x0, pTop + ph / 2, 'n/a (the engine could not be timed)', 'font-size="13" fill="#777"'));
  }
  y = pBottom + 40;

  // Panel 3: goals as margins on a log scale around 1 (the target).
  parts.push(text(20, (y += 20), 'Goals: measured vs target (right of the line = met; log scale)', 'font-size="15" font-weight="bold" fill="#222"'));
  y += 10;
  const gx0 = 430;
  const gx1 = W - 120;
  const glo = 0.01;
  const ghi = 1000;
  const gTop = y;
  const one = logX(1, glo, ghi, gx0, gx1);
  for (const g of input.goals) {
    y += 24;
    const v = verdict(g);
    const m = margin(g);
    parts.push(`<circle cx="26" cy="${y - 9}" r="5" fill="${COLORS[v]}"/>`);
    parts.push(text(38, y - 5, `${g.label}`, 'font-size="12" fill="#222"'));
    if (m === null) {
      parts.push(text(one + 6, y - 5, `n/a — ${g.note ?? 'not measured'}`.slice(0, 70), 'font-size="11" fill="#777"'));
      continue;
    }
    const x = logX(m, glo, ghi, gx0, gx1);
    const [a, b] = x < one ? [x, one] : [one, x];
    parts.push(`<rect x="${a.toFixed(1)}" y="${y - 17}" width="${Math.max(1, b - a).toFixed(1)}" height="14" fill="${COLORS[v]}"/>`);
    const label = `${fmt(g.value)} ${g.unit} (${g.op} ${fmt(g.target)})`;
    parts.push(text(Math.max(x, one) + 6, y - 5, label, 'font-size="11" fill="#222"'));
  }
  parts.push(`<line x1="${one.toFixed(1)}" y1="${gTop}" x2="${one.toFixed(1)}" y2="${y + 6}" stroke="#222" stroke-width="1.5"/>`);
  for (const d of decades(glo, ghi)) {
    const x = logX(d, glo, ghi, gx0, gx1);
    parts.push(text(x - 8, y + 22, `${tickLabel(d)}×`, 'font-size="11" fill="#555"'));
  }
  y += 44;

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${y}" viewBox="0 0 ${W} ${y}">`,
    `<rect width="${W}" height="${y}" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}
