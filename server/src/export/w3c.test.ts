import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OffsetConverter } from './offsets';
import { ANNO_CONTEXT, exportW3c } from './w3c';
import { emojiDoc, plainDoc } from './testDocs';

test('w3c export: required fields and selectors consistent with the text', () => {
  const docs = [emojiDoc(), { ...plainDoc(), uri: 'file:///articles/plain.txt' }];
  const [file] = exportW3c(docs);
  const data = JSON.parse(file.content);
  assert.equal(data['@context'], ANNO_CONTEXT, 'context');
  assert.equal(data.type, 'AnnotationCollection', 'collection');
  const items = data.first.items;
  assert.equal(data.total, items.length, 'total');
  const expectedCount = docs.reduce((n, d) => n + d.result.quotes.length + d.result.entities.reduce((k, e) => k + e.mentions.length, 0), 0);
  assert.equal(items.length, expectedCount, 'one annotation per quote and per mention');
  const ids = new Set<string>();
  for (const a of items) {
    const tag = a.id;
    assert.ok(typeof a.id === 'string' && !ids.has(a.id), `${tag}: unique id`);
    ids.add(a.id);
    assert.equal(a.type, 'Annotation', `${tag}: type`);
    assert.ok(Array.isArray(a.body) && a.body.length > 0, `${tag}: body`);
    for (const b of a.body) {
      assert.equal(b.type, 'TextualBody', `${tag}: body type`);
      assert.ok(['tagging', 'identifying', 'commenting'].includes(b.purpose), `${tag}: purpose`);
    }
    const doc = docs.find((d) => (d.uri ?? d.path) === a.target.source);
    assert.ok(doc, `${tag}: source is one of the documents`);
    const [quoteSel, posSel] = a.target.selector;
    assert.equal(quoteSel.type, 'TextQuoteSelector', `${tag}: quote selector`);
    assert.equal(posSel.type, 'TextPositionSelector', `${tag}: position selector`);
    const codePoints = [...doc.text];
    assert.equal(codePoints.slice(posSel.start, posSel.end).join(''), quoteSel.exact, `${tag}: position (code points) matches exact`);
    assert.equal(codePoints.slice(Math.max(0, posSel.start - quoteSel.prefix.length * 2), posSel.start).join('').endsWith(quoteSel.prefix), true, `${tag}: prefix precedes`);
    assert.ok(codePoints.slice(posSel.end).join('').startsWith(quoteSel.suffix), `${tag}: suffix follows`);
    assert.ok([...quoteSel.prefix].length <= 32 && [...quoteSel.suffix].length <= 32, `${tag}: context at most 32 code points`);
  }
  // The emoji before the first quote make code points and UTF-16 differ.
  const q1 = docs[0].result.quotes[0];
  const a1 = items.find((a: any) => a.id.endsWith(':q1') && a.target.source === docs[0].path);
  const conv = new OffsetConverter(docs[0].text);
  assert.notEqual(conv.toCodePoint(q1.start), q1.start, 'fixture has astral characters before the quote');
  assert.equal(a1.target.selector[1].start, conv.toCodePoint(q1.start), 'start converted to code points');
  assert.ok(a1.body.some((b: any) => b.purpose === 'identifying' && b.value === 'Olena Kovalenko'), 'speaker as identifying body');
  assert.ok(a1.body.some((b: any) => b.purpose === 'commenting' && b.value === 'check video,\nsecond line'), 'note as commenting body');
  const scare = items.find((a: any) => a.body.some((b: any) => b.value === 'scare quote'));
  assert.ok(scare, 'scare quote tagged');
});
