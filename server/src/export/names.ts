/**
 * Safe output file names from article paths: whatever an article is called, an export
 * never writes outside the folder the user chose.
 */
import { posix } from 'node:path';

// Windows also treats the superscript digits ¹ ² ³ as digits in COM and LPT device names.
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/** UTF-8 bytes a stem may take: NAME_MAX is 255 bytes on Linux and macOS, and an extension follows. */
const MAX_STEM_BYTES = 200;
const ARTICLE_EXTENSIONS = /\.(txt|article|news)$/i;

/** At most 100 UTF-16 code units and MAX_STEM_BYTES bytes, not ending in half a surrogate pair, a dot or a space. */
function fitLength(stem: string): string {
  if (stem.length <= 100 && Buffer.byteLength(stem, 'utf8') <= MAX_STEM_BYTES) return stem;
  let cut = stem.slice(0, 100);
  while (Buffer.byteLength(cut, 'utf8') > MAX_STEM_BYTES) cut = cut.slice(0, -1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.replace(/[.\s]+$/, '');
}

/**
 * A file-name stem for an article path: its base name without the article extension,
 * with separators, `..`, control and reserved characters replaced, no leading dots,
 * not a reserved device name, at most 100 characters and 200 UTF-8 bytes, never empty.
 */
export function safeStem(articlePath: string): string {
  const base = articlePath.split(/[\\/]/).filter((p) => p !== '').pop() ?? '';
  let stem = base.replace(ARTICLE_EXTENSIONS, '');
  // eslint-disable-next-line no-control-regex
  stem = stem.replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '_');
  stem = stem.replace(/^[.\s]+/, '').replace(/\.{2,}/g, '_').replace(/[.\s]+$/, '');
  stem = fitLength(stem);
  if (stem === '') stem = 'document';
  // After the cut: cutting can leave a device name ("COM1" + spaces + more).
  if (RESERVED.test(stem.split('.')[0].trimEnd())) stem = fitLength('_' + stem);
  return stem;
}

/** Stems for several articles, made unique with -2, -3, … (ignoring case and Unicode normalisation, as some file systems do). */
export function uniqueStems(paths: readonly string[]): string[] {
  const used = new Set<string>();
  return paths.map((p) => {
    const stem = safeStem(p);
    let candidate = stem;
    const key = (s: string) => s.normalize('NFC').toLowerCase();
    for (let n = 2; used.has(key(candidate)); n++) candidate = `${stem}-${n}`;
    used.add(key(candidate));
    return candidate;
  });
}

/** Throws unless `relativePath` stays inside the output folder. */
export function assertInside(relativePath: string): string {
  const normal = posix.normalize(relativePath.replace(/\\/g, '/'));
  if (
    relativePath === '' ||
    normal.replace(/\/+$/, '') === '.' ||
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
