import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { analyze } from '../analysis/analyze';
import { applyAnnotations } from '../annotations/model';
import { importBrat } from './bratImport';
import { EXPORT_FORMATS, exportDocuments, isExportFormat } from './index';
import type { ExportDocument } from './types';

const FIXTURES = resolve(__dirname, '../../../test/fixtures/articles');

function sampleDocs(): ExportDocument[] {
  return readdirSync(FIXTURES)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(FIXTURES, name), 'utf8');
      return { path: `articles/${name}`, text, result: analyze(text) };
    });
}

test('every format runs on the sample articles and stays inside the output folder', () => {
  const docs = sampleDocs();
  for (const format of Object.keys(EXPORT_FORMATS)) {
    assert.ok(isExportFormat(format), `${format}: known`);
    const files = exportDocuments(format, docs);
    assert.ok(files.length > 0, `${format}: files`);
    for (const f of files) assert.ok(!f.relativePath.includes('..') && !f.relativePath.startsWith('/'), `${format}: ${f.relativePath} inside`);
    if (EXPORT_FORMATS[format].singleFile) assert.equal(files.length, 1, `${format}: one file`);
  }
  assert.equal(isExportFormat('toString'), false, 'no prototype names');
});

test('sample articles: brat and csv read back to what the analysis found', () => {
  const docs = sampleDocs();
  const files = exportDocuments('brat', docs);
  docs.forEach((doc) => {
    const name = doc.path;
    const ann = files.find((f) => f.relativePath === name.replace(/^articles\//, '').replace(/\.txt$/, '.ann'));
    assert.ok(ann, `${name}: .ann written`);
    const imported = importBrat(ann.content, doc.text);
    assert.ok(imported.ok, `${name}: imports`);
    const { result } = applyAnnotations(doc.text, { quotes: [], entities: [], sources: [] }, imported.annotations);
    assert.deepEqual(result.quotes.map((q) => [q.start, q.end, q.kind, q.speaker?.name ?? null]), doc.result.quotes.map((q) => [q.start, q.end, q.kind, q.speaker?.name ?? null]), `${name}: quotes`);
    const mentions = (r: typeof result) => r.entities.flatMap((e) => e.mentions.map((m) => [m.start, m.end, e.type])).sort((x, y) => (x[0] as number) - (y[0] as number));
    assert.deepEqual(mentions(result), mentions(doc.result), `${name}: entity mentions`);
  });
  const rows: string[][] = parse(exportDocuments('csv', docs)[0].content, { from_line: 2 });
  assert.equal(rows.length, docs.reduce((n, d) => n + d.result.quotes.length, 0), 'one csv row per quote');
});
