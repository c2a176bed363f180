import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertInside, safeStem, uniqueStems } from './names';

test('safeStem never leaves the output folder', () => {
  const rows: [string, string][] = [
    ['news/story.txt', 'story'],
    ['C:\\articles\\story.article', 'story'],
    ['../../etc/passwd', 'passwd'],
    ['..', 'document'],
    ['...txt', 'document'],
    ['.hidden.news', 'hidden'],
    ['a\u0000b\u001fc.txt', 'a_b_c'],
    ['what?<>|*:".txt', 'what_______'],
    ['CON.txt', '_CON'],
    ['lpt1.notes.txt', '_lpt1.notes'],
    ['x..y.txt', 'x_y'],
    ['trailing. .txt', 'trailing'],
    ['a'.repeat(150) + '.txt', 'a'.repeat(100)],
    ['kyiv 😀 story.txt', 'kyiv 😀 story'],
  ];
  for (const [input, expected] of rows) {
    const stem = safeStem(input);
    assert.equal(stem, expected, `stem of ${JSON.stringify(input)}`);
    assert.doesNotThrow(() => assertInside(stem + '.ann'), `inside: ${input}`);
  }
});

test('uniqueStems and assertInside', () => {
  assert.deepEqual(uniqueStems(['a/story.txt', 'b/story.txt', 'c/Story.news']), ['story', 'story-2', 'Story-3'], 'deduplicated');
  const bad = ['../x', '/etc/x', 'a/../../x', 'C:/x', '', '..\\x'];
  for (const p of bad) assert.throws(() => assertInside(p), /outside the output folder/, `refused ${JSON.stringify(p)}`);
  assert.equal(assertInside('sub/x.ann'), 'sub/x.ann', 'subfolder allowed');
});
