/**
 * Which plain-text files are articles: glob patterns from `newsAnnotator.filePatterns`
 * matched against a file's workspace-relative path and its absolute path. Pure (no
 * `vscode` import) so it is unit-tested directly.
 */

/** The defaults of `newsAnnotator.filePatterns` (keep in step with package.json). */
export const defaultFilePatterns = ['**/articles/**/*.txt', '**/*.article.txt'];

function escapeRegExp(c: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c;
}

/** Translates the glob body from `i` up to a stop character; returns [regex, next index]. */
function translate(glob: string, i: number, stops: string): [string, number] {
  let out = '';
  while (i < glob.length && !stops.includes(glob[i])) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const atSegmentStart = i === 0 || glob[i - 1] === '/';
        if (atSegmentStart && glob[i + 2] === '/') {
          out += '(?:.*/)?'; // "**/" : any number of whole folders, including none
          i += 3;
          continue;
        }
        out += '.*'; // "**" elsewhere: anything, across folders
        i += 2;
        continue;
      }
      out += '[^/]*';
      i++;
    } else if (c === '?') {
      out += '[^/]';
      i++;
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) {
        out += '\\[';
        i++;
        continue;
      }
      let body = glob.slice(i + 1, close);
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) body = body.slice(1);
      out += `[${negate ? '^/' : ''}${body.replace(/[\\\]^]/g, (x) => `\\${x}`)}]`;
      i = close + 1;
    } else if (c === '{') {
      const alternatives: string[] = [];
      i++;
      for (;;) {
        const [alt, next] = translate(glob, i, ',}');
        alternatives.push(alt);
        i = next;
        if (i >= glob.length) break; // unterminated: treat what we have as the alternatives
        if (glob[i] === '}') {
          i++;
          break;
        }
        i++; // skip ","
      }
      out += `(?:${alternatives.join('|')})`;
    } else {
      out += escapeRegExp(c);
      i++;
    }
  }
  return [out, i];
}

/**
 * Compiles a glob (`**`, `*`, `?`, `[abc]`, `[!abc]`, `{a,b}`) to an anchored RegExp
 * over forward-slash paths. Case-insensitive when `ignoreCase` (Windows, macOS).
 */
export function globToRegExp(glob: string, ignoreCase = false): RegExp {
  const [body] = translate(glob.trim().replace(/\\/g, '/'), 0, '');
  return new RegExp(`^${body}$`, ignoreCase ? 'i' : '');
}

/** Compiled patterns, cached by their text. */
const compiled = new Map<string, RegExp>();

function compiledGlob(glob: string, ignoreCase: boolean): RegExp {
  const key = `${ignoreCase ? 'i' : 's'}:${glob}`;
  let re = compiled.get(key);
  if (!re) {
    re = globToRegExp(glob, ignoreCase);
    compiled.set(key, re);
  }
  return re;
}

/** Keeps the non-empty strings of a settings value; anything else yields the defaults' absence ([]). */
export function cleanPatterns(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter((p): p is string => typeof p === 'string' && p.trim() !== '');
}

/**
 * True when any pattern matches the workspace-relative path (if the file is in a
 * workspace folder) or the absolute path. Paths use forward slashes.
 */
export function matchesArticlePatterns(patterns: readonly string[], absolutePath: string, relativePath?: string, ignoreCase = false): boolean {
  const candidates = relativePath ? [relativePath, absolutePath] : [absolutePath];
  return patterns.some((p) => {
    const re = compiledGlob(p, ignoreCase);
    return candidates.some((c) => re.test(c));
  });
}
