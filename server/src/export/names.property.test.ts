/**
 * Property tests of export path safety (issue #8): for any article path (separators of both
 * kinds, `..`, control characters, reserved device names, astral characters, decomposed
 * accents, very long names) every file an export writes stays inside the chosen folder, under
 * POSIX and under Windows path rules, with a name every common file system accepts, and no
 * two articles share a file name on a case- or normalisation-blind file system.
 *
 * NAMES_RUNS cases per property (default 1500), NAMES_SEED (default 17).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { posix, win32 } from 'node:path';
import fc from 'fast-check';
import { exportDocuments } from './index';
import { assertInside, safeStem, uniqueStems } from './names';

const RUNS = Number(process.env.NAMES_RUNS) || 1500;
const SEED = Number(process.env.NAMES_SEED) || 17;
const FC = { numRuns: RUNS, seed: SEED, endOnFailure: true } as const;

const DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u001f\u007f<>:"/\\|?*]/;

/** Path pieces that have broken exporters before: traversal, devices, odd code units, long runs. */
const nasty = fc.constantFrom(
  '..', '.', '', ' ', '...', 'CON', 'con', 'Nul', 'AUX', 'PRN', 'COM1', 'lpt9', 'COM¹', 'LPT³', 'nul ', 'CON .txt',
  'C:', 'c:\\', '\\\\server\\share', '//server/share', '~', '$HOME', '%APPDATA%', '\u0000', '\n', '\r', '\t', '\u001f', '\u007f',
  '\u202e', '\uFEFF', '\uD800', '\uDC00', '😀', '𝐀', 'é', 'e\u0301', 'İ', 'ß', 'ǅ', '名前', '<>:"|?*', '.txt', '.news', '.article', '.TXT', '.ann',
);
const segment = fc.oneof(
  { weight: 3, arbitrary: nasty },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('a', '名', '😀', 'é', '.', ' '), fc.integer({ min: 50, max: 400 })).map(([c, n]) => c.repeat(n)) },
);
const articlePath = fc
  .tuple(fc.array(fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('')), { maxLength: 6 }), fc.constantFrom('/', '\\'), fc.constantFrom('', '/', 'C:\\', '\\\\'))
  .map(([parts, sep, root]) => root + parts.join(sep));

/**
 * The folder stays the folder: joining the relative path to it, as the CLI (path.join) and the
 * extension (Uri.joinPath on its '/' parts) do, never climbs out, under POSIX or Windows rules
 * (where names compare case-blind and '\\' separates too).
 */
function assertResolvesInside(relative: string, tag: string): void {
  const p = posix.join('/out/folder', relative);
  assert.ok(p.startsWith('/out/folder/'), `${tag}: POSIX ${JSON.stringify(relative)} -> ${p}`);
  const w = win32.join('C:\\out\\folder', relative);
  assert.ok(w.toLowerCase().startsWith('c:\\out\\folder\\'), `${tag}: Windows ${JSON.stringify(relative)} -> ${w}`);
  const parts = posix.join('/out/folder', ...relative.split('/'));
  assert.ok(parts.startsWith('/out/folder/'), `${tag}: joined by parts ${JSON.stringify(relative)} -> ${parts}`);
}

function isWellFormed(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (!(d >= 0xdc00 && d <= 0xdfff)) return false;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return false;
  }
  return true;
}

test('names property: a stem is a plain, short, legal file name for any article path', () => {
  fc.assert(
    fc.property(articlePath, (path) => {
      const stem = safeStem(path);
      const tag = `stem of ${JSON.stringify(path)} = ${JSON.stringify(stem)}`;
      assert.ok(stem.length > 0 && stem.length <= 100, `${tag}: 1..100 code units`);
      assert.ok(!FORBIDDEN.test(stem), `${tag}: no separator, control or reserved character`);
      assert.ok(!/^[.\s]|[.\s]$/.test(stem) && !stem.includes('..'), `${tag}: no leading/trailing dot or space, no ".."`);
      assert.ok(!DEVICE.test(stem.split('.')[0].trimEnd()), `${tag}: not a Windows device name`);
      // NAME_MAX is 255 bytes on Linux and macOS; the exporter adds an extension of a few bytes.
      assert.ok(Buffer.byteLength(stem + '.ann', 'utf8') <= 255, `${tag}: ${Buffer.byteLength(stem + '.ann', 'utf8')} UTF-8 bytes with its extension`);
      if (isWellFormed(path)) assert.ok(isWellFormed(stem), `${tag}: no surrogate pair cut in half`);
      assertResolvesInside(assertInside(stem + '.ann'), tag);
    }),
    FC,
  );
});

test('names property: a brat export of any set of articles writes only inside the folder, each article to its own files', () => {
  const empty = { quotes: [], entities: [], sources: [] };
  fc.assert(
    fc.property(fc.array(articlePath, { minLength: 1, maxLength: 8 }), (paths) => {
      const files = exportDocuments('brat', paths.map((path) => ({ path, text: 'x', result: empty })));
      const tag = `paths ${JSON.stringify(paths)}`;
      assert.equal(files.length, 1 + 2 * paths.length, `${tag}: annotation.conf plus .txt and .ann per article`);
      const seen = new Set<string>();
      for (const f of files) {
        assertResolvesInside(f.relativePath, tag);
        // Case-blind (Windows, macOS) and normalisation-blind (macOS) file systems see these as one name.
        const key = f.relativePath.normalize('NFC').toLowerCase();
        assert.ok(!seen.has(key), `${tag}: ${JSON.stringify(f.relativePath)} written once`);
        seen.add(key);
      }
    }),
    { ...FC, numRuns: Math.ceil(RUNS / 3) },
  );
});

test('names property: assertInside accepts only paths that resolve inside the folder', () => {
  const piece = fc.oneof(nasty, fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom('a', 'b', 'sub'));
  const relative = fc
    .tuple(fc.array(piece, { minLength: 1, maxLength: 6 }), fc.array(fc.constantFrom('/', '\\'), { minLength: 6, maxLength: 6 }))
    .map(([parts, seps]) => parts.map((p, i) => (i === 0 ? p : seps[i] + p)).join(''));
  let accepted = 0;
  let refused = 0;
  fc.assert(
    fc.property(relative, (rel) => {
      let normal: string;
      try {
        normal = assertInside(rel);
      } catch (err) {
        assert.match((err as Error).message, /refusing to write outside the output folder/, `refusal message for ${JSON.stringify(rel)}`);
        refused++;
        return;
      }
      accepted++;
      assertResolvesInside(normal, `accepted ${JSON.stringify(rel)}`);
    }),
    FC,
  );
  assert.ok(accepted > 0 && refused > 0, `both outcomes reached (${accepted} accepted, ${refused} refused)`);
});

test('names property: uniqueStems gives distinct names on case- and normalisation-blind file systems', () => {
  const rows: [string, string[]][] = [
    ['case', ['a/Story.txt', 'b/story.txt', 'c/STORY.news']],
    ['composed and decomposed accents', ['a/caf\u00e9.txt', 'b/cafe\u0301.txt']],
    ['devices', ['CON.txt', 'con.news', '_CON.txt']],
  ];
  for (const [tag, paths] of rows) {
    const keys = uniqueStems(paths).map((s) => s.normalize('NFC').toLowerCase());
    assert.equal(new Set(keys).size, keys.length, `${tag}: ${JSON.stringify(uniqueStems(paths))}`);
  }
});

test('names property: the counterexamples found, kept as rows', () => {
  const stems: [string, string][] = [
    ['COM¹.txt', '_COM¹'],
    ['lpt³.notes.txt', '_lpt³.notes'],
    ['nul .txt', '_nul'],
    ['COM1' + ' '.repeat(120) + 'é'.repeat(30) + '.txt', '_COM1'],
    ['名'.repeat(150) + '.txt', '名'.repeat(66)],
    ['a'.repeat(99) + '😀b.txt', 'a'.repeat(99)],
  ];
  for (const [input, expected] of stems) {
    const stem = safeStem(input);
    assert.equal(stem, expected, `stem of ${JSON.stringify(input.slice(0, 40))}…`);
    assert.ok(Buffer.byteLength(stem + '.ann') <= 255, `${JSON.stringify(input.slice(0, 40))}: fits NAME_MAX`);
  }
  for (const rel of ['x/..', 'x\\../', './', '.']) {
    assert.throws(() => assertInside(rel), /outside the output folder/, `refused ${JSON.stringify(rel)} (the folder itself)`);
  }
});
