import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnnotation, removeAnnotation, type Annotation } from './model';
import { SIDECAR_FORMAT, hashText, mergeAnnotations, newSidecar, parseSidecar, serializeSidecar, sidecarPathFor } from './sidecar';

const TEXT = 'The mayor said: “We will rebuild the bridge.” Critics disagreed.';
const T0 = '2026-01-01T10:00:00.000Z';

function quote(id: string, time = T0): Annotation {
  const start = TEXT.indexOf('“');
  return createAnnotation(TEXT, { start, end: TEXT.indexOf('”') + 1 }, { kind: 'quote', speaker: { name: 'the mayor', kind: 'unnamed' } }, { id, now: time });
}

function goodFile(): Record<string, unknown> {
  return JSON.parse(serializeSidecar(newSidecar(TEXT, [quote('a1')], 'story.txt')));
}

test('sidecar names and hashes', () => {
  const rows: [string, string, string][] = [
    ['plain', 'news/story.txt', 'news/story.txt.annotations.json'],
    ['other extension', 'a.article', 'a.article.annotations.json'],
  ];
  for (const [tag, article, expected] of rows) assert.equal(sidecarPathFor(article), expected, tag);
  assert.match(hashText('abc'), /^sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad$/, 'sha256 of utf-8');
});

test('a written sidecar parses back to the same annotations', () => {
  const annotations = [quote('a1'), removeAnnotation(quote('a2'), '2026-01-02T00:00:00.000Z')];
  const content = serializeSidecar(newSidecar(TEXT, annotations, 'story.txt'));
  const parsed = parseSidecar(content);
  assert.ok(parsed.ok, 'parses');
  assert.equal(parsed.sidecar.format, SIDECAR_FORMAT, 'format');
  assert.deepEqual(parsed.sidecar.annotations, annotations, 'annotations round trip');
  assert.equal(parsed.sidecar.contentHash, hashText(TEXT), 'hash');
  assert.equal(serializeSidecar(parsed.sidecar), content, 'stable serialisation');
});

test('broken sidecars give an error naming the field', () => {
  const rows: [string, (f: any) => unknown, RegExp][] = [
    ['not JSON', () => '{"format": ', /not valid JSON/],
    ['top level array', () => [], /\(top level\): expected a JSON object/],
    ['wrong format', (f) => ({ ...f, format: 'news-annotator-annotations/9' }), /^format: expected "news-annotator-annotations\/1"/],
    ['bad hash', (f) => ({ ...f, contentHash: 'md5:00' }), /^contentHash: expected "sha256:"/],
    ['annotations not array', (f) => ({ ...f, annotations: {} }), /^annotations: expected an array/],
    ['unknown top field', (f) => ({ ...f, extra: 1 }), /^extra: unknown field/],
    ['unknown kind', (f) => (f.annotations[0].kind = 'highlight', f), /annotations\[0\]\.kind: expected one of/],
    ['start as string', (f) => (f.annotations[0].target.start = '16', f), /annotations\[0\]\.target\.start: expected a non-negative integer, found "16"/],
    ['end before start', (f) => (f.annotations[0].target.end = 3, f), /annotations\[0\]\.target\.end: expected a number greater than start/],
    ['exact length wrong', (f) => (f.annotations[0].target.exact = 'short', f), /annotations\[0\]\.target\.exact: expected 29 UTF-16 code units/],
    ['bad time', (f) => (f.annotations[0].modified = 'yesterday', f), /annotations\[0\]\.modified: expected an ISO 8601/],
    ['bad speaker kind', (f) => (f.annotations[0].speaker.kind = 'robot', f), /annotations\[0\]\.speaker\.kind: expected one of/],
    ['field of another kind', (f) => (f.annotations[0].entityType = 'PERSON', f), /annotations\[0\]\.entityType: unknown field/],
    ['duplicate id', (f) => (f.annotations.push(structuredClone(f.annotations[0])), f), /annotations\[1\]\.id: duplicate of annotations\[0\]\.id/],
    ['deleted not boolean', (f) => (f.annotations[0].deleted = 'yes', f), /annotations\[0\]\.deleted: expected true or false/],
  ];
  for (const [tag, breakIt, expected] of rows) {
    const broken = breakIt(goodFile());
    const parsed = parseSidecar(typeof broken === 'string' ? broken : JSON.stringify(broken));
    assert.equal(parsed.ok, false, `${tag}: refused`);
    if (!parsed.ok) assert.match(parsed.error, expected, `${tag}: message`);
  }
});

test('mergeAnnotations: union by id, newer modified wins, tombstones merge', () => {
  const a1 = quote('a1');
  const a1later = { ...a1, modified: '2026-01-05T00:00:00.000Z', note: 'later' } as Annotation;
  const a2 = quote('a2');
  const a2gone = removeAnnotation(a2, '2026-01-06T00:00:00.000Z');
  const a3 = quote('a3', '2026-01-02T00:00:00.000Z');
  const rows: [string, Annotation[], Annotation[], Annotation[], { added: string[]; updated: string[]; kept: string[] }][] = [
    ['disjoint', [a1], [a3], [a1, a3], { added: ['a3'], updated: [], kept: [] }],
    ['theirs newer', [a1], [a1later], [a1later], { added: [], updated: ['a1'], kept: [] }],
    ['ours newer', [a1later], [a1], [a1later], { added: [], updated: [], kept: ['a1'] }],
    ['their removal wins', [a1, a2], [a2gone], [a1, a2gone], { added: [], updated: ['a2'], kept: [] }],
    ['our removal stays', [a2gone], [a2, a3], [a2gone, a3], { added: ['a3'], updated: [], kept: ['a2'] }],
    ['identical', [a1], [a1], [a1], { added: [], updated: [], kept: [] }],
  ];
  for (const [tag, ours, theirs, expected, report] of rows) {
    const merged = mergeAnnotations(ours, theirs);
    assert.deepEqual(merged.annotations, expected, `${tag}: annotations`);
    assert.deepEqual(merged.report, report, `${tag}: report`);
  }
});
