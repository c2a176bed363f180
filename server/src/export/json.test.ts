import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exportJson, JSON_FORMAT } from './json';
import { emojiDoc, plainDoc } from './testDocs';

test('json export has the schema fields and offsets that point at the text', () => {
  const docs = [emojiDoc(), plainDoc()];
  const [file] = exportJson(docs);
  assert.equal(file.relativePath, 'news-annotator.json', 'file name');
  const data = JSON.parse(file.content);
  assert.equal(data.format, JSON_FORMAT, 'format');
  assert.equal(data.documents.length, 2, 'documents');
  data.documents.forEach((d: any, i: number) => {
    const text = docs[i].text;
    assert.equal(d.path, docs[i].path, `doc ${i}: path`);
    for (const q of d.quotes) {
      const tag = `doc ${i} ${q.id}`;
      for (const key of ['id', 'start', 'end', 'text', 'speaker', 'cue', 'via', 'unclosed', 'origin']) assert.ok(key in q, `${tag}: has ${key}`);
      assert.equal(typeof q.start, 'number', `${tag}: start`);
      assert.ok(text.slice(q.start, q.end).startsWith(q.open), `${tag}: span starts with the mark`);
      if (!q.text.includes('\n')) assert.equal(text.slice(q.contentStart, q.contentEnd), q.text, `${tag}: text is content without marks`);
      if (q.speaker) {
        assert.deepEqual(Object.keys(q.speaker).slice(0, 2), ['name', 'mention'], `${tag}: speaker fields`);
        assert.equal(text.slice(q.speaker.mention.start, q.speaker.mention.end), q.speaker.mention.text, `${tag}: speaker mention`);
      }
    }
    for (const e of d.entities) {
      for (const key of ['id', 'type', 'name', 'mentions']) assert.ok(key in e, `doc ${i} ${e.id}: has ${key}`);
      for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text, `doc ${i} ${e.id}: mention text`);
    }
  });
  const first = data.documents[0].quotes[0];
  assert.equal(first.note, 'check video,\nsecond line', 'note carried');
  assert.equal(data.documents[0].quotes[2].origin, 'manual', 'origin carried');
});
