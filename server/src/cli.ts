/**
 * The `news-annotator` command line: export annotated articles and import brat annotations,
 * using the same analysis, annotation model and exporters as the extension.
 *
 * Subcommands are a table (`registerSubcommand`); exit codes: 0 success, 1 failure
 * (missing or unreadable input, corrupt sidecar, write error), 2 usage error.
 */
import { readdirSync, readFileSync, statSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from './analysis/analyze';
import { applyAnnotations, type Annotation, reanchorAnnotations } from './annotations/model';
import { isSidecarPath, sidecarPathFor } from './annotations/sidecar';
import { AnnotationStore, readSidecarAnnotations, writeFileAtomic } from './annotations/store';
import { importBrat } from './export/bratImport';
import { withVariantGroups } from './export/variantGroups';
import { EXPORT_FORMATS, type ExportDocument, type ExportFormat, exportDocuments, isExportFormat } from './export/index';
import { version } from '../../package.json';
import { profileCommand, variantsCommand } from './cliVariants';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** Where a subcommand writes; the tests pass their own. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

export interface Subcommand {
  name: string;
  /** One line for the command list in --help. */
  summary: string;
  /** The full usage text for `<name> --help`. */
  usage: string;
  run: (args: string[], io: CliIO) => number | Promise<number>;
}

/** Thrown for a mistake in the command line; reported with the usage and exit code 2. */
export class UsageError extends Error {}

/** Thrown for a failure (bad input, write error); reported with exit code 1. */
export class CliFailure extends Error {}

const subcommands = new Map<string, Subcommand>();

/** Adds a subcommand to the CLI. One call per subcommand, in the list at the end of this file. */
export function registerSubcommand(command: Subcommand): void {
  if (subcommands.has(command.name)) throw new Error(`subcommand ${command.name} is registered twice`);
  subcommands.set(command.name, command);
}

// ---------------------------------------------------------------------------------------
// Small argument parser: `--name value`, `--name=value`, short aliases, `--` ends options.

export interface ParsedArgs {
  options: Map<string, string | true>;
  positional: string[];
}

/** Parses a subcommand's arguments; unknown options and missing values are UsageErrors. */
export function parseArgs(args: string[], spec: Record<string, { alias?: string; value: boolean }>): ParsedArgs {
  const options = new Map<string, string | true>();
  const positional: string[] = [];
  const byAlias = new Map(Object.entries(spec).filter(([, s]) => s.alias).map(([name, s]) => [s.alias!, name]));
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const rawName = eq === -1 ? arg : arg.slice(0, eq);
    const name = rawName.startsWith('--') ? rawName.slice(2) : byAlias.get(rawName);
    if (!name || !spec[name]) throw new UsageError(`unknown option ${rawName}`);
    if (!spec[name].value) {
      if (eq !== -1) throw new UsageError(`option --${name} takes no value`);
      options.set(name, true);
      continue;
    }
    let value: string | undefined = eq === -1 ? args[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '') throw new UsageError(`option --${name} needs a value`);
    if (options.has(name)) throw new UsageError(`option --${name} is given twice`);
    options.set(name, value);
    value = undefined;
  }
  return { options, positional };
}

// ---------------------------------------------------------------------------------------
// Reading articles.

export const ARTICLE_EXTENSIONS = ['.txt', '.article', '.news'];

/** The text of a file, or why it is not an article (binary, not UTF-8). A BOM is dropped, as editors do. */
function readArticleText(path: string): { ok: true; text: string } | { ok: false; why: string } {
  const bytes = readFileSync(path);
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, why: 'binary file (it contains NUL bytes)' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, why: 'not UTF-8 text' };
  }
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

export interface Article {
  path: string;
  text: string;
}

/**
 * Collects the articles named on the command line. Folders are searched recursively for
 * .txt/.article/.news files; sidecars and binary files met there are skipped with a message.
 * A missing path, or a named file that is binary, is a failure.
 */
export function collectArticles(inputs: string[], io: CliIO): Article[] {
  const found: Article[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const visit = (path: string, named: boolean): void => {
    let st;
    try {
      st = statSync(path);
    } catch {
      problems.push(`${path}: no such file or folder`);
      return;
    }
    if (st.isDirectory()) {
      let names: string[];
      try {
        names = readdirSync(path).sort();
      } catch (err) {
        problems.push(`${path}: cannot read the folder (${(err as Error).message})`);
        return;
      }
      for (const name of names) {
        if (name.startsWith('.') || name === 'node_modules') continue;
        const child = join(path, name);
        let childStat;
        try {
          childStat = statSync(child);
        } catch {
          continue;
        }
        if (childStat.isDirectory()) visit(child, false);
        else if (isSidecarPath(name)) io.stderr(`skipped ${child}: annotation sidecar (it is applied with its article)\n`);
        else if (ARTICLE_EXTENSIONS.includes(extname(name).toLowerCase())) visit(child, false);
      }
      return;
    }
    if (isSidecarPath(path)) {
      io.stderr(`skipped ${path}: annotation sidecar (name the article instead; its sidecar is applied)\n`);
      return;
    }
    const key = resolve(path);
    if (seen.has(key)) return;
    seen.add(key);
    const read = readArticleText(path);
    if (!read.ok) {
      if (named) problems.push(`${path}: ${read.why}`);
      else io.stderr(`skipped ${path}: ${read.why}\n`);
      return;
    }
    found.push({ path, text: read.text });
  };
  for (const input of inputs) visit(resolve(io.cwd, input), true);
  if (problems.length > 0) throw new CliFailure(problems.join('\n'));
  return found;
}

/** A path as shown in exports: relative to the working folder when inside it, with / separators. */
function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  const shown = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
  return shown.split(sep).join('/');
}

/** Analyses an article and lays its sidecar over the result (a corrupt sidecar is a CliFailure). */
export function annotateArticle(article: Article, io: CliIO): ExportDocument {
  const sidecar = readSidecarAnnotations(article.path);
  if (sidecar.status === 'corrupt') {
    throw new CliFailure(`${sidecarPathFor(article.path)}: cannot be read: ${sidecar.error}\n(fix or move the file; nothing was exported)`);
  }
  const annotations: Annotation[] = sidecar.status === 'loaded' ? sidecar.annotations : [];
  const { result, orphans } = applyAnnotations(article.text, analyze(article.text), annotations);
  if (orphans.length > 0) {
    io.stderr(`${article.path}: ${orphans.length} annotation(s) could not be placed in the current text (orphans); they stay in the sidecar\n`);
  }
  return { path: displayPath(article.path, io.cwd), text: article.text, result, uri: pathToFileURL(article.path).href };
}

// ---------------------------------------------------------------------------------------
// export

const formatNames = Object.keys(EXPORT_FORMATS).join('|');

const exportCommand: Subcommand = {
  name: 'export',
  summary: 'export quotes, speakers and entities of articles (json, csv, w3c, brat, conll)',
  usage: `Usage: news-annotator export [--format ${formatNames}] <files or folders...> [-o <out>]

Analyses each article, applies its sidecar (<article>.annotations.json; manual
annotations win) and writes one export. Folders are searched for .txt, .article
and .news files.

Options:
  -f, --format <name>   ${Object.entries(EXPORT_FORMATS).map(([n, f]) => `${n}: ${f.description}`).join('\n                        ')}
                        (default: json)
  -o, --output <path>   json, csv, w3c, conll: a file, or a folder to put the
                        default-named file in (default: standard output).
                        brat: the folder for <name>.txt + <name>.ann (required).
  -h, --help            show this help
`,
  run(args, io) {
    const { options, positional } = parseArgs(args, {
      format: { alias: '-f', value: true },
      output: { alias: '-o', value: true },
      help: { alias: '-h', value: false },
    });
    if (options.has('help')) {
      io.stdout(this.usage);
      return EXIT_OK;
    }
    const formatName = (options.get('format') as string | undefined) ?? 'json';
    if (!isExportFormat(formatName)) throw new UsageError(`unknown format "${formatName}" (use one of ${formatNames})`);
    const format: ExportFormat = formatName;
    if (positional.length === 0) throw new UsageError('name at least one article file or folder');
    const output = options.get('output') as string | undefined;
    const info = EXPORT_FORMATS[format];
    if (!info.singleFile && output === undefined) throw new UsageError(`--format ${format} writes several files: give a folder with -o`);

    const articles = collectArticles(positional, io);
    if (articles.length === 0) throw new CliFailure('no articles found to export');
    const annotated = articles.map((a) => annotateArticle(a, io));
    // JSON quotes carry the id of their variant group across the exported articles.
    const docs = format === 'json' ? withVariantGroups(annotated) : annotated;
    const files = exportDocuments(format, docs);

    if (output === undefined) {
      for (const f of files) io.stdout(f.content);
    } else {
      const out = resolve(io.cwd, output);
      const intoFolder = !info.singleFile || output.endsWith('/') || output.endsWith(sep) || (existsSync(out) && statSync(out).isDirectory());
      try {
        if (intoFolder) {
          if (existsSync(out) && !statSync(out).isDirectory()) throw new CliFailure(`${output} is a file; --format ${format} needs a folder`);
          mkdirSync(out, { recursive: true });
          for (const f of files) {
            const target = join(out, f.relativePath);
            mkdirSync(dirname(target), { recursive: true });
            writeFileAtomic(target, f.content);
          }
        } else {
          mkdirSync(dirname(out), { recursive: true });
          writeFileAtomic(out, files[0].content);
        }
      } catch (err) {
        if (err instanceof CliFailure) throw err;
        throw new CliFailure(`could not write ${output}: ${(err as Error).message}`);
      }
    }
    const quotes = docs.reduce((n, d) => n + d.result.quotes.length, 0);
    const entities = docs.reduce((n, d) => n + d.result.entities.length, 0);
    io.stderr(`exported ${docs.length} article(s): ${quotes} quote(s), ${entities} entit${entities === 1 ? 'y' : 'ies'} as ${format}${output !== undefined ? ` to ${output}` : ''}\n`);
    return EXIT_OK;
  },
};

// ---------------------------------------------------------------------------------------
// import-brat

const importBratCommand: Subcommand = {
  name: 'import-brat',
  summary: "import a brat .ann file as manual annotations into an article's sidecar",
  usage: `Usage: news-annotator import-brat <file.ann> [--into <article>]

Reads brat standoff annotations (offsets in code points, against the .txt next to
the .ann) and adds them as manual annotations to the article's sidecar
(<article>.annotations.json), merging with what is there. The article defaults to
the .txt next to the .ann. Entity types PERSON/ORG/PLACE/DATE (and PER, LOC, GPE,
ORGANIZATION), Quote, SpeakerMention with Speaker relations, Scare attributes and
AnnotatorNotes are read; other types are reported and skipped.

Options:
  --into <article>   the article whose sidecar receives the annotations
  -h, --help         show this help
`,
  run(args, io) {
    const { options, positional } = parseArgs(args, { into: { value: true }, help: { alias: '-h', value: false } });
    if (options.has('help')) {
      io.stdout(this.usage);
      return EXIT_OK;
    }
    if (positional.length !== 1) throw new UsageError('name exactly one .ann file');
    const annPath = resolve(io.cwd, positional[0]);
    const bratTxt = annPath.replace(/\.ann$/i, '') + '.txt';
    const articlePath = options.has('into') ? resolve(io.cwd, options.get('into') as string) : bratTxt;
    let ann: string;
    try {
      ann = readFileSync(annPath, 'utf8');
    } catch (err) {
      throw new CliFailure(`${positional[0]}: cannot read (${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message})`);
    }
    const readText = (path: string): string => {
      if (!existsSync(path)) throw new CliFailure(`${path}: no such file (the article text is needed)`);
      const read = readArticleText(path);
      if (!read.ok) throw new CliFailure(`${path}: ${read.why}`);
      return read.text;
    };
    const articleText = readText(articlePath);
    const bratText = existsSync(bratTxt) ? readText(bratTxt) : articleText;

    const imported = importBrat(ann, bratText);
    if (!imported.ok) throw new CliFailure(`${positional[0]}: not imported, nothing was changed:\n  ${imported.errors.join('\n  ')}`);
    // The brat .txt may be an older copy of the article: follow the text, as the editor does.
    const incoming = bratText === articleText ? imported.annotations : reanchorAnnotations(articleText, imported.annotations);

    const store = new AnnotationStore(articlePath);
    const loaded = store.load();
    if (loaded.status === 'corrupt') throw new CliFailure(store.saveBlockedReason!);
    const same = (a: Annotation, b: Annotation): boolean =>
      a.kind === b.kind &&
      a.target.start === b.target.start &&
      a.target.end === b.target.end &&
      a.target.exact === b.target.exact &&
      (a.kind !== 'entity' || (b.kind === 'entity' && a.entityType === b.entityType));
    const existing = store.live();
    const fresh = incoming.filter((a) => !existing.some((b) => same(a, b)));
    if (fresh.length > 0) store.add('Import brat', ...fresh);
    const saved = store.save(articleText);
    if (saved.status !== 'saved') throw new CliFailure(saved.error);

    for (const s of imported.skipped) io.stderr(`${positional[0]}:${s.line}: skipped ${s.what}\n`);
    const c = imported.counts;
    io.stderr(
      `imported ${fresh.length} annotation(s) into ${store.sidecarPath}: ${c.quotes} quote(s) (${c.speakers} with a speaker), ${c.entities} entity mention(s), ${c.notes} note(s)` +
        (incoming.length - fresh.length > 0 ? `; ${incoming.length - fresh.length} already there` : '') +
        (c.skipped > 0 ? `; ${c.skipped} line(s) of unknown types skipped` : '') +
        (saved.merge && saved.merge.added.length + saved.merge.updated.length > 0 ? '; merged with changes made meanwhile' : '') +
        '\n',
    );
    return EXIT_OK;
  },
};

// ---------------------------------------------------------------------------------------
// Top level.

function helpText(): string {
  const width = Math.max(...[...subcommands.keys()].map((n) => n.length));
  const list = [...subcommands.values()].map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
  return `news-annotator ${version}: quotes, speakers and named entities in news articles

Usage: news-annotator <command> [options]

Commands:
${list}

Options:
  -h, --help      show this help (or <command> --help for a command's help)
  -v, --version   show the version
`;
}

/** Runs the CLI with `args` (without node and the script); returns the exit code. */
export async function main(args: string[], io: CliIO): Promise<number> {
  const [first, ...rest] = args;
  if (first === undefined) {
    io.stderr(helpText());
    return EXIT_USAGE;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' && rest[0] ? subcommands.get(rest[0]) : undefined;
    io.stdout(topic ? topic.usage : helpText());
    return EXIT_OK;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${version}\n`);
    return EXIT_OK;
  }
  const command = subcommands.get(first);
  if (!command) {
    io.stderr(`news-annotator: unknown command "${first}"\n\n${helpText()}`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`news-annotator ${command.name}: ${err.message}\n\n${command.usage}`);
      return EXIT_USAGE;
    }
    if (err instanceof CliFailure) {
      io.stderr(`news-annotator ${command.name}: ${err.message}\n`);
      return EXIT_FAILURE;
    }
    io.stderr(`news-annotator ${command.name}: unexpected error: ${(err as Error).stack ?? String(err)}\n`);
    return EXIT_FAILURE;
  }
}

// The subcommands, one registration each. A new one (e.g. `variants`, `profile`) is a
// `Subcommand` object in its own module, registered here with one line:
// registerSubcommand(theirCommand). parseArgs, collectArticles and annotateArticle above
// are there for them to reuse; throw UsageError or CliFailure for exit codes 2 and 1.
registerSubcommand(exportCommand);
registerSubcommand(importBratCommand);
registerSubcommand(variantsCommand);
registerSubcommand(profileCommand);

if (require.main === module) {
  main(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`news-annotator: ${(err as Error).stack ?? String(err)}\n`);
      process.exitCode = EXIT_FAILURE;
    },
  );
}

