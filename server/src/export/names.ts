/**
 * Safe output file names from article paths: whatever an article is called, an export
 * never writes outside the folder the user chose.
 */
import { posix } from 'node:path';

const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
const ARTICLE_EXTENSIONS = /\.(txt|article|news)$/i;

/**
 * A file-name stem for an article path: its base name without the article extension,
 * with separators, `..`, control and reserved characters replaced, no leading dots,
 * not a reserved device name, at most 100 characters, never empty.
 */
export function safeStem(articlePath: string): string {
  const base = articlePath.split(/[\\/]/).filter((p) => p !== '').pop() ?? '';
  let stem = base.replace(ARTICLE_EXTENSIONS, '');
  // eslint-disable-next-line no-control-regex
  stem = stem.replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '_');
  stem = stem.replace(/^[.\s]+/, '').replace(/\.{2,}/g, '_').replace(/[.\s]+$/, '');
  if (stem.length > 100) stem = stem.slice(0, 100).replace(/[.\s]+$/, '');
  if (stem === '') stem = 'document';
  if (RESERVED.test(stem.split('.')[0])) stem = '_' + stem;
  return stem;
}

/** Stems for several articles, made unique with -2, -3, … (case-insensitively, for case-blind file systems). */
export function uniqueStems(paths: readonly string[]): string[] {
  const used = new Set<string>();
  return paths.map((p) => {
    const stem = safeStem(p);
    let candidate = stem;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${stem}-${n}`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}

/** Throws unless `relativePath` stays inside the output folder. */
export function assertInside(relativePath: string): string {
  const normal = posix.normalize(relativePath.replace(/\\/g, '/'));
  if (
    relativePath === '' ||
    posix.isAbsolute(normal) ||
    /^[a-zA-Z]:/.test(normal) ||
    normal === '..' ||
    normal.startsWith('../') ||
    normal.split('/').some((part) => part === '..')
  ) {
    throw new Error(`refusing to write outside the output folder: ${JSON.stringify(relativePath)}`);
  }
  return normal;
}
