/**
 * Checks the TextMate grammar with a small line-by-line interpreter of the subset it
 * uses (match / begin-end / include / captures[0..n]), running its regexes as JS
 * regexes. VS Code runs them with Oniguruma; the patterns keep to syntax both accept
 * (fixed-length lookbehind, \p{L}, (?i:…)), which the last test checks.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

interface Rule {
  name?: string;
  match?: string;
  begin?: string;
  end?: string;
  include?: string;
  patterns?: Rule[];
  captures?: Record<string, { name: string }>;
  beginCaptures?: Record<string, { name: string }>;
  endCaptures?: Record<string, { name: string }>;
}

const grammar = JSON.parse(readFileSync(join(__dirname, '../../syntaxes/news-article.tmLanguage.json'), 'utf8')) as {
  scopeName: string;
  patterns: Rule[];
  repository: Record<string, Rule>;
};

const regexCache = new Map<string, RegExp | null>();
function compile(source: string, firstLine: boolean): RegExp | null {
  const key = `${firstLine}:${source}`;
  if (!regexCache.has(key)) {
    if (source.includes('\\A') && !firstLine) regexCache.set(key, null);
    else {
      // (?i:…) is Oniguruma's scoped case-insensitivity; JS gained it only recently.
      const js = source.replace(/\\A/g, '^').replace(/\(\?i:([^)]*)\)/g, (_, body: string) => `(?:${body.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`)})`);
      regexCache.set(key, new RegExp(js, 'gu'));
    }
  }
  return regexCache.get(key)!;
}

function expand(rules: Rule[]): Rule[] {
  return rules.flatMap((r) => (r.include ? expand([grammar.repository[r.include.slice(1)]]) : r.patterns && !r.begin && !r.match ? expand(r.patterns) : [r]));
}

/** Returns, for each line, an array with the scope list of every character. */
function tokenize(text: string): string[][][] {
  const stack: Rule[] = [];
  const lines = text.split('\n');
  return lines.map((line, lineNo) => {
    const scopes: string[][] = Array.from({ length: line.length }, () => []);
    const paint = (from: number, to: number, names: (string | undefined)[]) => {
      for (let i = from; i < to; i++) scopes[i] = names.filter((n): n is string => !!n);
    };
    const names = () => stack.map((r) => r.name);
    let pos = 0;
    for (let guard = 0; guard < 10_000; guard++) {
      const top = stack[stack.length - 1];
      const candidates = expand(top ? top.patterns ?? [] : grammar.patterns);
      let best: { m: RegExpExecArray; rule: Rule | null } | null = null;
      if (top) {
        const re = compile(top.end!, lineNo === 0);
        if (re) {
          re.lastIndex = pos;
          const m = re.exec(line);
          if (m) best = { m, rule: null };
        }
      }
      for (const rule of candidates) {
        const re = compile((rule.match ?? rule.begin)!, lineNo === 0 && pos === 0);
        if (!re) continue;
        re.lastIndex = pos;
        const m = re.exec(line);
        if (m && (!best || m.index < best.m.index)) best = { m, rule };
      }
      if (!best) {
        paint(pos, line.length, names());
        break;
      }
      const { m, rule } = best;
      paint(pos, m.index, names());
      const end = m.index + m[0].length;
      if (rule === null) {
        paint(m.index, end, [...names(), top!.endCaptures?.['0']?.name]);
        stack.pop();
      } else if (rule.match) {
        paint(m.index, end, [...names(), rule.name]);
        for (const [group, cap] of Object.entries(rule.captures ?? {})) {
          if (group === '0' || m[Number(group)] === undefined) continue;
          const start = line.indexOf(m[Number(group)], m.index);
          paint(start, start + m[Number(group)].length, [...names(), rule.name, cap.name]);
        }
      } else {
        stack.push(rule);
        paint(m.index, end, [...names(), rule.beginCaptures?.['0']?.name]);
      }
      if (end === pos && rule === null && m[0].length === 0 && pos >= line.length) break;
      pos = end > pos ? end : pos + (rule === null || rule.match ? 1 : 0);
      if (pos > line.length) break;
    }
    // A begin/end rule whose end is "$" closes at the line end.
    while (stack.length && compile(stack[stack.length - 1].end!, false)?.source.endsWith('$')) stack.pop();
    return scopes;
  });
}

/** The text of every maximal run of characters whose scopes include `scopePrefix`. */
function runs(text: string, scopePrefix: string): string[] {
  const out: string[] = [];
  tokenize(text).forEach((lineScopes, i) => {
    const line = text.split('\n')[i];
    let cur = '';
    lineScopes.forEach((s, j) => {
      if (s.some((n) => n.startsWith(scopePrefix))) cur += line[j];
      else if (cur) {
        out.push(cur);
        cur = '';
      }
    });
    if (cur) out.push(cur);
  });
  return out;
}

const body = (s: string) => `Headline\n${s}`;

test('grammar: double quotes of every style, not apostrophes', () => {
  const rows: [string, string, string[]][] = [
    ['straight', 'He said "we wait" and left.', ['"we wait"']],
    ['curly', 'He said “we wait” and left.', ['“we wait”']],
    ['mixed curly open, straight close', '“we wait" he said', ['“we wait"']],
    ['guillemets', 'Il a dit « nous attendons » hier.', ['« nous attendons »']],
    ['low-9 with high close', 'Er sagte „wir warten“ gestern.', ['„wir warten“']],
    ['two quotes on a line', '"a," he said, "b."', ['"a,"', '"b."']],
    ['unclosed ends at the line end', '“we wait and wait\nnext line', ['“we wait and wait']],
    ['apostrophes are not quotes', "Putin's and today’s plans", []],
    ['apostrophe inside a quote', "“it’s Putin's view”", ["“it’s Putin's view”"]],
  ];
  for (const [tag, text, expected] of rows) assert.deepEqual(runs(body(text), 'string.quoted'), expected, tag);
});

test('grammar: single quotes only with a closing mark', () => {
  const rows: [string, string, string[]][] = [
    ['straight single', "to avoid the word 'war'.", ["'war'"]],
    ['curly single', 'the ‘special operation’ began', ['‘special operation’']],
    ['curly single with apostrophe inside', 'a ‘people’s war’ now', ['‘people’s war’']],
    ['decade is not a quote', 'back in the ’90s and ‘80s', []],
    ["rock 'n' roll", "rock 'n' roll", []],
    ['lone opening single', "the 'war never ends", []],
    ['nested single inside double', '“the ‘war’ goes on”', ['“the ‘war’ goes on”']],
  ];
  for (const [tag, text, expected] of rows) assert.deepEqual(runs(body(text), 'string.quoted'), expected, tag);
  assert.deepEqual(runs(body('“the ‘war’ goes on”'), 'string.quoted.single'), ['‘war’'], 'inner single scope');
});

test('grammar: headline is the first line only; source lines get scopes', () => {
  const text = 'Putin “waits” for Xi\n\nBody text here.\nSource: Reuters, AP\nSources : ABC\nThe source: not a label';
  assert.deepEqual(runs(text, 'markup.heading'), ['Putin “waits” for Xi'], 'headline');
  assert.deepEqual(runs(text, 'string.quoted'), ['“waits”'], 'quote inside the headline');
  assert.deepEqual(runs(text, 'meta.source-line'), ['Source: Reuters, AP', 'Sources : ABC'], 'source lines');
  assert.deepEqual(runs(text, 'entity.name.type.source'), ['Reuters, AP', 'ABC'], 'source names');
  assert.deepEqual(runs('\nNot a headline', 'markup.heading'), [], 'empty first line: no headline');
});

test('grammar: regexes stay within what Oniguruma accepts', () => {
  const all: string[] = [];
  const visit = (r: Rule) => {
    for (const s of [r.match, r.begin, r.end]) if (s) all.push(s);
    (r.patterns ?? []).forEach(visit);
  };
  Object.values(grammar.repository).forEach(visit);
  assert.equal(grammar.scopeName, 'text.news-article', 'scope name matches package.json');
  for (const src of all) {
    for (const lb of src.match(/\(\?<[!=][^)]*\)/g) ?? []) {
      assert.ok(!/[*+?{]/.test(lb.slice(4, -1).replace(/\\p\{\w+\}/g, '')), `fixed-length lookbehind: ${lb}`);
    }
    assert.doesNotThrow(() => compile(src, true), `compiles: ${src}`);
  }
  for (const [name, rule] of Object.entries(grammar.repository)) {
    for (const inc of (rule.patterns ?? []).map((p) => p.include).filter(Boolean)) {
      assert.ok(grammar.repository[inc!.slice(1)], `${name}: include ${inc} exists`);
    }
  }
});

/**
 * The same expectations through VS Code's own TextMate engine (vscode-textmate with
 * Oniguruma), when a local VS Code (the code-server cache of the integration tests) has it.
 */
const vscodeModules = join(homedir(), '.cache/news-annotator/code-server-4.100.3/node_modules/code-server/lib/vscode/node_modules');
const haveEngine = existsSync(join(vscodeModules, 'vscode-textmate')) && existsSync(join(vscodeModules, 'vscode-oniguruma/release/onig.wasm'));

test('grammar: VS Code’s TextMate engine agrees', { skip: haveEngine ? false : `no cached VS Code engine under ${vscodeModules} (npm run test:integration installs it)` }, async () => {
  const tm = require(join(vscodeModules, 'vscode-textmate'));
  const onig = require(join(vscodeModules, 'vscode-oniguruma'));
  await onig.loadWASM(readFileSync(join(vscodeModules, 'vscode-oniguruma/release/onig.wasm')).buffer);
  const registry = new tm.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (s: string[]) => new onig.OnigScanner(s), createOnigString: (s: string) => new onig.OnigString(s) }),
    loadGrammar: async () => tm.parseRawGrammar(readFileSync(join(__dirname, '../../syntaxes/news-article.tmLanguage.json'), 'utf8'), 'grammar.json'),
  });
  const g = await registry.loadGrammar('text.news-article');
  const realRuns = (text: string, prefix: string): string[] => {
    const out: string[] = [];
    let state = tm.INITIAL;
    for (const line of text.split('\n')) {
      const r = g.tokenizeLine(line, state);
      state = r.ruleStack;
      let cur = '';
      for (const t of r.tokens as { startIndex: number; endIndex: number; scopes: string[] }[]) {
        if (t.scopes.some((s) => s.startsWith(prefix))) cur += line.slice(t.startIndex, t.endIndex);
        else if (cur) {
          out.push(cur);
          cur = '';
        }
      }
      if (cur) out.push(cur);
    }
    return out;
  };
  const rows: [string, string, string, string[]][] = [
    ['curly, straight, mixed', body('He said “a” and "b" and “c" today.'), 'string.quoted', ['“a”', '"b"', '“c"']],
    ['guillemets and low-9', body('« un » und „zwei“'), 'string.quoted', ['« un »', '„zwei“']],
    ['apostrophes', body("Putin's and today’s, rock 'n' roll, the ’90s"), 'string.quoted', []],
    ['single quotes with a close', body("the word 'war'. a ‘people’s war’"), 'string.quoted', ["'war'", '‘people’s war’']],
    ['unclosed to the line end', body('“open\nnext'), 'string.quoted', ['“open']],
    ['headline', 'Putin “waits”\nbody', 'markup.heading', ['Putin “waits”']],
    ['source line', body('Source: Reuters'), 'meta.source-line', ['Source: Reuters']],
  ];
  for (const [tag, text, prefix, expected] of rows) assert.deepEqual(realRuns(text, prefix), expected, tag);
});
