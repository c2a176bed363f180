import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { GUM_DIR_ENV, gumDir, listGumDocs, splitOf } from './corpus';

test('splitOf follows the official GUM split', () => {
  const rows: [string, string][] = [
    ['GUM_news_homeopathic', 'dev'],
    ['GUM_news_iodine', 'dev'],
    ['GUM_news_nasa', 'test'],
    ['GUM_news_sensitive', 'test'],
    ['GUM_news_afghan', 'train'],
  ];
  for (const [id, split] of rows) assert.equal(splitOf(id), split, id);
});

test('gumDir: beside the repository unless the environment says otherwise', () => {
  assert.equal(gumDir('/x/repo', {}), resolve('/x/shared/eval-data/gum-news'), 'default');
  assert.equal(gumDir('/x/repo', { [GUM_DIR_ENV]: '/data/gum' }), resolve('/data/gum'), 'override');
  assert.throws(() => listGumDocs('/nonexistent/gum'), new RegExp(GUM_DIR_ENV), 'a missing corpus says how to fix it');
});
