/**
 * package.json and the code must agree: the semantic token legend, the scopes that map
 * it to TextMate, the setting defaults, and what .vscodeignore ships.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultFilePatterns } from '../../client/src/articleFiles';
import { defaultSettings } from '../../server/src/features/cache';
import { legend } from '../../server/src/features/semanticTokens';
import { repoRoot } from './lspClient';

const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
const contributes = manifest.contributes;

test('manifest: semantic token types and modifiers match the server legend', () => {
  assert.deepEqual(contributes.semanticTokenTypes.map((t: { id: string }) => t.id), legend.tokenTypes, 'types in legend order');
  for (const t of contributes.semanticTokenTypes) assert.ok(t.superType && t.description, `${t.id}: superType and description`);
  assert.deepEqual(contributes.semanticTokenModifiers.map((m: { id: string }) => m.id), legend.tokenModifiers, 'modifiers in legend order');
  const scopes = contributes.semanticTokenScopes[0].scopes as Record<string, string[]>;
  assert.deepEqual(Object.keys(scopes).filter((k) => !k.includes('.')).sort(), [...legend.tokenTypes].sort(), 'every type has TextMate scopes');
  for (const key of Object.keys(scopes)) {
    const [type, ...mods] = key.split('.');
    assert.ok(legend.tokenTypes.includes(type), `${key}: known type`);
    for (const m of mods) assert.ok(legend.tokenModifiers.includes(m), `${key}: known modifier ${m}`);
    assert.ok(scopes[key].length > 0, `${key}: at least one scope`);
  }
});

test('manifest: setting defaults match the code', () => {
  const props = contributes.configuration.properties;
  assert.deepEqual(props['newsAnnotator.filePatterns'].default, defaultFilePatterns, 'filePatterns default');
  assert.equal(props['newsAnnotator.filePatterns'].scope, 'resource', 'filePatterns is per resource');
  assert.equal(props['newsAnnotator.maxFileSizeMB'].default, defaultSettings.maxFileSizeMB, 'maxFileSizeMB default');
  assert.equal(props['newsAnnotator.maxFileSizeMB'].scope, 'resource', 'maxFileSizeMB is per resource');
});

test('manifest: commands are prefixed, titled and categorised; grammar and icon exist', () => {
  for (const c of contributes.commands) {
    assert.match(c.command, /^newsAnnotator\.\w+$/, `${c.command}: prefix`);
    assert.ok(c.title && c.category === 'News Annotator', `${c.command}: title and category`);
  }
  for (const g of contributes.grammars) assert.ok(existsSync(join(repoRoot, g.path)), `grammar ${g.path} exists`);
  assert.ok(existsSync(join(repoRoot, manifest.icon)), 'icon exists');
});

test('manifest: .vscodeignore ships the bundles and assets, never node_modules or sources', () => {
  const lines = readFileSync(join(repoRoot, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  assert.equal(lines[0], '**', 'allow-list: everything ignored first');
  const kept = lines.filter((l) => l.startsWith('!')).map((l) => l.slice(1));
  for (const needed of [manifest.main.replace(/^\.\//, ''), 'dist/server.js', 'package.json', manifest.icon, ...contributes.grammars.map((g: { path: string }) => g.path.replace(/^\.\//, ''))]) {
    assert.ok(kept.includes(needed), `ships ${needed}`);
  }
  assert.ok(!kept.some((k) => k.includes('node_modules') || k.endsWith('.ts')), 'no node_modules, no TypeScript sources');
});
