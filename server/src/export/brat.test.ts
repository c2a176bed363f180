import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BRAT_CONF, escapeNote, exportBrat, unescapeNote } from './brat';
import { emojiDoc, plainDoc } from './testDocs';

/** A minimal independent reader for the lines our exporter writes. */
function readAnn(ann: string): { ts: Map<string, { type: string; frags: number[][]; text: string }>; other: string[] } {
  const ts = new Map<string, { type: string; frags: number[][]; text: string }>();
  const other: string[] = [];
  for (const line of ann.split('\n')) {
    if (line === '') continue;
    const cols = line.split('\t');
    if (line.startsWith('T')) {
      const [type, ...rest] = cols[1].split(' ');
      const frags = rest.join(' ').split(';').map((f) => f.split(' ').map(Number));
      ts.set(cols[0], { type, frags, text: cols[2] });
    } else other.push(line);
  }
  return { ts, other };
}

test('brat export: every span matches the .txt at its code-point offsets', () => {
  const docs = [emojiDoc(), plainDoc()];
  const files = exportBrat(docs);
  assert.deepEqual(files.map((f) => f.relativePath), ['annotation.conf', 'kyiv 😀 story.txt', 'kyiv 😀 story.ann', 'plain.txt', 'plain.ann'], 'files');
  assert.equal(files[0].content, BRAT_CONF, 'configuration');
  for (const [txtFile, annFile] of [[files[1], files[2]], [files[3], files[4]]]) {
    const codePoints = [...txtFile.content];
    const { ts, other } = readAnn(annFile.content);
    assert.ok(ts.size > 0, `${annFile.relativePath}: has spans`);
    for (const [id, t] of ts) {
      const tag = `${annFile.relativePath} ${id}`;
      const pieces = t.frags.map(([s, e]) => codePoints.slice(s, e).join(''));
      assert.equal(pieces.join(' '), t.text, `${tag}: text equals .txt at code points`);
      assert.ok(pieces.every((p) => !p.includes('\n')), `${tag}: no fragment crosses a line break`);
    }
    for (const line of other) {
      for (const ref of line.match(/T\d+/g) ?? []) assert.ok(ts.has(ref), `${annFile.relativePath}: ${line} refers to a defined span`);
    }
  }
  const ann = files[2].content;
  const { ts, other } = readAnn(ann);
  const types = [...ts.values()].map((t) => t.type);
  for (const type of ['PLACE', 'DATE', 'PERSON', 'Quote', 'SpeakerMention']) assert.ok(types.includes(type), `has ${type}`);
  const long = [...ts.values()].find((t) => t.text.startsWith('“First'));
  assert.equal(long?.frags.length, 2, 'two-paragraph quote written as two fragments');
  assert.ok(other.some((l) => /^R\d+\tSpeaker Arg1:T\d+ Arg2:T\d+$/.test(l)), 'speaker relation');
  assert.ok(other.some((l) => /^A\d+\tScare T\d+$/.test(l)), 'scare attribute');
  assert.ok(other.some((l) => l.endsWith('\tcheck video,\\nsecond line')), 'note escaped on one line');
  assert.ok(other.some((l) => l.endsWith('\tspeaker: the ministry (organization)')), 'speaker named nowhere kept as a note');
  assert.ok(other.some((l) => l.endsWith('\tOlena Kovalenko (person)')), 'speaker name and kind on the mention');
  const plain = readAnn(files[4].content);
  assert.ok(plain.other.some((l) => /^\*\tEquiv T\d+ T\d+$/.test(l)), 'mentions of one entity are Equiv');
});

test('note escaping round-trips', () => {
  const rows = ['plain', 'two\nlines', 'back\\slash\\n literal', 'cr\r\nlf', 'tab\there'];
  for (const note of rows) {
    const escaped = escapeNote(note);
    assert.ok(!/[\n\r\t]/.test(escaped), `${JSON.stringify(note)}: one line`);
    assert.equal(unescapeNote(escaped), note.replace(/\r\n/g, '\n').replace(/\t/g, ' '), `${JSON.stringify(note)}: round trip`);
  }
});
