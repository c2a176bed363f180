import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS, csvRow, defuseFormula, exportCsv } from './csv';
import { emojiDoc, plainDoc } from './testDocs';

test('defuseFormula and csvRow', () => {
  const rows: [string, string][] = [
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['plain', 'plain'],
    ['a=b', 'a=b'],
  ];
  for (const [input, expected] of rows) assert.equal(defuseFormula(input), expected, `defuse ${JSON.stringify(input)}`);
  assert.equal(csvRow(['a,b', 'say "hi"', 'x\ny', 3]), '"a,b","say ""hi""","x\ny",3\r\n', 'RFC 4180 quoting');
});

test('csv export reads back row for row', () => {
  const docs = [emojiDoc(), plainDoc()];
  const [file] = exportCsv(docs);
  assert.ok(file.content.endsWith('\r\n'), 'CRLF line ends');
  const rows: string[][] = parse(file.content, { relax_column_count: false });
  assert.deepEqual(rows[0], [...CSV_COLUMNS], 'header');
  const expected = docs.flatMap((d) =>
    d.result.quotes.map((q) => [d.path, String(q.start), String(q.end), q.text, q.speaker?.name ?? '', q.cue?.text ?? '', q.via?.name ?? '', q.origin].map((c) => defuseFormula(c))),
  );
  assert.deepEqual(rows.slice(1), expected, 'rows');
  const injected = rows.find((r) => r[3].includes('SUM'));
  assert.ok(injected, 'formula row present');
  assert.equal(injected[3], "'=SUM(A1) is what they want,", 'quote cell defused');
  assert.equal(injected[4], "'@dmitro", 'speaker cell defused');
  assert.equal(injected[6], "'-Reuters", 'via cell defused');
  const multi = rows.find((r) => r[3].includes('\n'));
  assert.equal(multi?.[3], 'First paragraph of a long statement,\nsecond paragraph,', 'multi-paragraph quote in one cell');
});
