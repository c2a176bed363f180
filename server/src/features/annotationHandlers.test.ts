import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../analysis/analyze';
import type { SidecarProblem } from '../protocol';
import { AnnotationService, filePathOf, quoteAtOffset, speakerCandidates, trimSpan, type OverlayEntry } from './annotationHandlers';

const dir = mkdtempSync(join(tmpdir(), 'na-handlers-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const TEXT = 'Talks in Geneva\n“We are ready,” Jane Doe said on Monday.\nHe called it "a fair deal" later.';

function setUp(name: string, text = TEXT): { service: AnnotationService; uri: string; path: string; entry: OverlayEntry; problems: SidecarProblem[]; view: () => OverlayEntry } {
  const path = join(dir, name);
  writeFileSync(path, text);
  const problems: SidecarProblem[] = [];
  const service = new AnnotationService((p) => problems.push(p));
  const uri = pathToFileURL(path).href;
  const entry: OverlayEntry = { result: analyze(text), memo: new Map() };
  const view = (): OverlayEntry => {
    service.overlay(uri, text, entry);
    return entry;
  };
  view();
  return { service, uri, path, entry, problems, view };
}

test('pure helpers: trimSpan, filePathOf, quoteAtOffset', () => {
  const rows: [string, unknown, unknown][] = [
    ['trim both ends', trimSpan('  ab  ', 0, 6), { start: 2, end: 4 }],
    ['reversed selection', trimSpan('abc', 3, 0), { start: 0, end: 3 }],
    ['only spaces', trimSpan('   ', 0, 3), null],
    ['file uri', filePathOf('file:///tmp/a%20b.txt'), '/tmp/a b.txt'],
    ['untitled uri', filePathOf('untitled:Untitled-1'), null],
  ];
  for (const [tag, got, want] of rows) assert.deepEqual(got, want, tag);
  const result = analyze(TEXT);
  const q = result.quotes[0];
  assert.equal(quoteAtOffset(result, q.start)?.id, q.id, 'quote at its opening mark');
  assert.equal(quoteAtOffset(result, q.end)?.id, q.id, 'cursor right after the closing mark');
  assert.equal(quoteAtOffset(result, 0), null, 'no quote in the headline');
  assert.ok(speakerCandidates(result).some((c) => c.name === 'Jane Doe' && c.quotes >= 1), 'candidates list the speaker');
});

test('commands change the overlay and the sidecar; undo reverts', () => {
  const { service, uri, path, view } = setUp('a.txt');
  const q = view().result.quotes[0];
  const rows: [string, Parameters<AnnotationService['annotate']>[3], (e: OverlayEntry) => unknown, unknown][] = [
    ['speaker', { kind: 'setSpeaker', offset: q.start + 2, name: 'Acme', speakerKind: 'organization' }, (e) => e.result.quotes[0].speaker?.name, 'Acme'],
    ['speaker again updates, not adds', { kind: 'setSpeaker', offset: q.start + 2, name: 'Acme Corp', speakerKind: 'organization' }, (e) => e.result.quotes[0].speaker?.name, 'Acme Corp'],
    ['class', { kind: 'toggleClass', offset: q.start + 2 }, (e) => e.result.quotes[0].kind, 'scare'],
    ['note', { kind: 'note', offset: q.start + 2, note: 'check' }, (e) => e.result.quotes[0].note, 'check'],
    ['note removed', { kind: 'note', offset: q.start + 2, note: '' }, (e) => e.result.quotes[0].note, undefined],
    ['entity', { kind: 'markEntity', start: 9, end: 15, entityType: 'PLACE' }, (e) => e.result.entities.find((x) => x.name === 'Geneva')?.origin, 'manual'],
  ];
  for (const [tag, action, probe, want] of rows) {
    const res = service.annotate(uri, TEXT, view(), action);
    assert.equal(res.ok, true, `${tag}: ${res.message}`);
    assert.deepEqual(probe(view()), want, tag);
  }
  const live = JSON.parse(readFileSync(`${path}.annotations.json`, 'utf8')).annotations.filter((a: { deleted?: boolean }) => !a.deleted);
  assert.deepEqual(live.map((a: { kind: string }) => a.kind).sort(), ['class', 'entity', 'speaker'], 'sidecar holds one speaker, one class, one entity');
  assert.equal(service.annotate(uri, TEXT, view(), { kind: 'undo' }).ok, true, 'undo');
  assert.notEqual(view().result.entities.find((x) => x.name === 'Geneva')?.origin, 'manual', 'undo removed the manual entity');
});

test('a corrupt sidecar is reported once, refuses commands and stays untouched', () => {
  const path = join(dir, 'b.txt');
  writeFileSync(`${path}.annotations.json`, '{"broken":');
  const { service, uri, problems, view } = setUp('b.txt');
  assert.equal(problems.length, 1, 'reported');
  assert.equal(problems[0].sidecarPath, `${path}.annotations.json`, 'names the file');
  const res = service.annotate(uri, TEXT, view(), { kind: 'toggleClass', offset: TEXT.indexOf('“') + 1 });
  assert.equal(res.problem, 'corrupt-sidecar', 'refused');
  assert.equal(readFileSync(`${path}.annotations.json`, 'utf8'), '{"broken":', 'untouched');
  assert.equal(problems.length, 1, 'not reported again for the same problem');
});

test('untitled documents cannot hold annotations; nothing is written', () => {
  const service = new AnnotationService();
  const entry: OverlayEntry = { result: analyze(TEXT), memo: new Map() };
  service.overlay('untitled:1', TEXT, entry);
  const res = service.annotate('untitled:1', TEXT, entry, { kind: 'markQuote', start: 0, end: 5 });
  assert.equal(res.problem, 'not-a-file', 'refused with a reason');
});

test('a sidecar written elsewhere is reloaded; the overlay follows', () => {
  const { service, path, view } = setUp('c.txt');
  const other = new AnnotationService();
  const otherUri = pathToFileURL(path).href;
  const otherEntry: OverlayEntry = { result: analyze(TEXT), memo: new Map() };
  other.overlay(otherUri, TEXT, otherEntry);
  assert.equal(other.annotate(otherUri, TEXT, otherEntry, { kind: 'reject', offset: TEXT.indexOf('“') + 1 }).ok, true, 'other window rejects');
  assert.ok(existsSync(`${path}.annotations.json`), 'written');
  assert.equal(view().result.quotes.length, 2, 'not yet reloaded');
  assert.equal(service.sidecarChanged(`${path}.annotations.json`), otherUri, 'watcher maps the sidecar to the article');
  assert.equal(view().result.quotes.length, 1, 'reloaded: the rejected quote is gone');
});

test('prefetch: a sidecar found missing when the article opens is not read again; one that appears comes through the watcher', async () => {
  /** A sidecar that rejects the article's first quote, written beside `path`. */
  const writeSidecar = (uri: string, path: string): void => {
    const other = new AnnotationService();
    const entry: OverlayEntry = { result: analyze(TEXT), memo: new Map() };
    other.overlay(uri, TEXT, entry);
    const q = entry.result.quotes[0];
    const res = other.annotate(uri, TEXT, entry, { kind: 'reject', offset: q.start + 2 });
    assert.ok(res.ok, `sidecar written for ${path}`);
  };
  const quotesShown = (service: AnnotationService, uri: string): number => {
    const entry: OverlayEntry = { result: analyze(TEXT), memo: new Map() };
    service.overlay(uri, TEXT, entry);
    return entry.result.quotes.length;
  };
  const baseline = analyze(TEXT).quotes.length;
  type Step = 'prefetch' | 'write sidecar' | 'watcher' | 'show';
  const rows: [tag: string, steps: Step[], shownAtEnd: number][] = [
    ['no prefetch: loaded at first use', ['write sidecar', 'show'], baseline - 1],
    ['prefetch finds the sidecar: loaded', ['write sidecar', 'prefetch', 'show'], baseline - 1],
    ['prefetch finds none, none appears: nothing read', ['prefetch', 'show'], baseline],
    ['prefetch finds none, one appears, no watcher news yet: not read (trusted for a moment)', ['prefetch', 'write sidecar', 'show'], baseline],
    ['prefetch finds none, one appears, the watcher tells before first use: loaded', ['prefetch', 'write sidecar', 'watcher', 'show'], baseline - 1],
    ['prefetch finds none, one appears, the watcher tells after first use: reloaded', ['prefetch', 'write sidecar', 'show', 'watcher'], baseline - 1],
  ];
  for (const [i, [tag, steps, want]] of rows.entries()) {
    const path = join(dir, `prefetch-${i}.txt`);
    writeFileSync(path, TEXT);
    const uri = pathToFileURL(path).href;
    const service = new AnnotationService();
    for (const step of steps) {
      if (step === 'prefetch') await service.prefetch(uri);
      else if (step === 'write sidecar') writeSidecar(uri, path);
      else if (step === 'watcher') service.sidecarChanged(`${path}.annotations.json`);
      else quotesShown(service, uri);
    }
    assert.equal(quotesShown(service, uri), want, tag);
  }
});
