import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairMentions, parseEntityField, type BracketEvent } from './brackets';

test('parseEntityField reads openings, closings and one-word mentions in order', () => {
  const rows: [string, string, BracketEvent[]][] = [
    ['open', '(8-time-new-ssnnn-cf2-2-sgl', [{ kind: 'open', group: '8', etype: 'time', identity: null }]],
    ['close', '8)', [{ kind: 'close', group: '8' }]],
    [
      'single with identity',
      '(1-organization-new-sssss-cf2-1-coref-NASA)',
      [
        { kind: 'open', group: '1', etype: 'organization', identity: 'NASA' },
        { kind: 'close', group: '1' },
      ],
    ],
    [
      'single then close',
      '(4-object-giv:act-snsnn-cf1-1-coref)6)',
      [
        { kind: 'open', group: '4', etype: 'object', identity: null },
        { kind: 'close', group: '4' },
        { kind: 'close', group: '6' },
      ],
    ],
    [
      'two openings, identity with hyphen and percent-encoding',
      '(34-organization-new-nnnnn-cf2-1,2,3-sgl-Udvar-Hazy_Center(16-place-new-ssnss-cf8-1,2-coref-Washington%2C_D.C.)',
      [
        { kind: 'open', group: '34', etype: 'organization', identity: 'Udvar-Hazy_Center' },
        { kind: 'open', group: '16', etype: 'place', identity: 'Washington,_D.C.' },
        { kind: 'close', group: '16' },
      ],
    ],
    ['closings only', '3)2)', [{ kind: 'close', group: '3' }, { kind: 'close', group: '2' }]],
  ];
  for (const [tag, input, expected] of rows) assert.deepEqual(parseEntityField(input), expected, tag);
});

test('parseEntityField rejects malformed values', () => {
  const rows: [string, string][] = [
    ['no type', '(12'],
    ['stray letter', 'x)'],
    ['number without bracket', '12'],
  ];
  for (const [tag, input] of rows) assert.throws(() => parseEntityField(input), Error, tag);
});

test('pairMentions pairs brackets into word ranges, nesting same-group mentions', () => {
  const o = (group: string, etype = 'person'): BracketEvent => ({ kind: 'open', group, etype, identity: null });
  const c = (group: string): BracketEvent => ({ kind: 'close', group });
  const rows: [string, BracketEvent[][], [string, number, number][]][] = [
    ['one word', [[o('1'), c('1')]], [['1', 0, 1]]],
    ['span over three words', [[o('1')], [], [c('1')]], [['1', 0, 3]]],
    ['nested other group', [[o('1'), o('2')], [c('2')], [c('1')]], [['1', 0, 3], ['2', 0, 2]]],
    ['same group nests', [[o('5')], [o('5'), c('5')], [c('5')]], [['5', 0, 3], ['5', 1, 2]]],
  ];
  for (const [tag, events, expected] of rows) {
    assert.deepEqual(
      pairMentions(events).map((m) => [m.group, m.firstWord, m.endWord]),
      expected,
      tag,
    );
  }
  assert.throws(() => pairMentions([[c('1')]]), /never opened/, 'close without open');
  assert.throws(() => pairMentions([[o('1')]]), /never closed/, 'open without close');
});
