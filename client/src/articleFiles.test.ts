import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanPatterns, defaultFilePatterns, globToRegExp, matchesArticlePatterns } from './articleFiles';

test('articleFiles: glob translation', () => {
  const rows: [string, string, string, boolean][] = [
    ['** prefix, no folder', '**/*.article.txt', 'a.article.txt', true],
    ['** prefix, deep', '**/*.article.txt', 'x/y/a.article.txt', true],
    ['* does not cross folders', '*.txt', 'x/a.txt', false],
    ['* in one folder', '*.txt', 'a.txt', true],
    ['middle ** with no folders', 'articles/**/*.txt', 'articles/a.txt', true],
    ['middle ** with folders', 'articles/**/*.txt', 'articles/2024/05/a.txt', true],
    ['middle ** needs the folder name', 'articles/**/*.txt', 'my-articles/a.txt', false],
    ['leading ** matches folder name exactly', '**/articles/**/*.txt', 'news/articles/a.txt', true],
    ['leading ** rejects partial folder names', '**/articles/**/*.txt', 'news/oldarticles/a.txt', false],
    ['absolute path', '**/articles/**/*.txt', '/work/x/articles/a.txt', true],
    ['other extension', '**/articles/**/*.txt', 'articles/a.md', false],
    ['braces', '**/*.{txt,text}', 'a/b.text', true],
    ['braces no match', '**/*.{txt,text}', 'a/b.md', false],
    ['question mark', 'a?.txt', 'ab.txt', true],
    ['question mark not slash', 'a?.txt', 'a/.txt', false],
    ['class', 'draft[0-9].txt', 'draft7.txt', true],
    ['negated class', 'draft[!0-9].txt', 'draft7.txt', false],
    ['dots are literal', '*.txt', 'atxt', false],
    ['trailing ** takes everything under', 'articles/**', 'articles/a/b.txt', true],
    ['backslashes in the pattern mean folders', 'articles\\*.txt', 'articles/a.txt', true],
  ];
  for (const [tag, glob, path, expected] of rows) assert.equal(globToRegExp(glob).test(path), expected, `${tag}: ${glob} vs ${path}`);
  assert.equal(globToRegExp('**/*.TXT', true).test('a/b.txt'), true, 'ignore case');
  assert.equal(globToRegExp('**/*.TXT').test('a/b.txt'), false, 'case-sensitive by default');
});

test('articleFiles: matching a file against the settings', () => {
  const rows: [string, string[], string, string | undefined, boolean][] = [
    ['default: txt under articles/', defaultFilePatterns, '/w/articles/a.txt', 'articles/a.txt', true],
    ['default: .article.txt anywhere', defaultFilePatterns, '/w/notes/b.article.txt', 'notes/b.article.txt', true],
    ['default: other txt', defaultFilePatterns, '/w/notes/b.txt', 'notes/b.txt', false],
    ['relative-only pattern, file outside the workspace', ['articles/*.txt'], '/elsewhere/articles/a.txt', undefined, false],
    ['relative-only pattern, inside', ['articles/*.txt'], '/w/articles/a.txt', 'articles/a.txt', true],
    ['absolute pattern', ['/data/wire/*.txt'], '/data/wire/x.txt', undefined, true],
    ['no patterns', [], '/w/articles/a.txt', 'articles/a.txt', false],
  ];
  for (const [tag, patterns, abs, rel, expected] of rows) assert.equal(matchesArticlePatterns(patterns, abs, rel), expected, tag);
});

test('articleFiles: settings values are cleaned', () => {
  const rows: [string, unknown, string[]][] = [
    ['array of strings', ['a', 'b'], ['a', 'b']],
    ['drops non-strings and blanks', ['a', 3, '', '  ', null], ['a']],
    ['not an array', '**/*.txt', []],
    ['undefined', undefined, []],
  ];
  for (const [tag, value, expected] of rows) assert.deepEqual(cleanPatterns(value), expected, tag);
});
