// Turns `resolve` arguments (files, directories, globs) into the list of files to read, as ko's
// `-f` does (docs/spec/ko-compat.md#91-inputs): a named file is taken whatever its extension; a
// directory gives its `.json`, `.yaml` and — unlike ko — `.yml` files in lexical order: its top
// level only, or every level below it with `recursive` (ko's -R).
// `-` (stdin) is passed through in place for the caller to read.
import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { KoActionError } from '../util/errors.js';
import { compareNames, comparePaths, expandGlob, hasGlobMagic } from '../util/glob.js';

export const STDIN = '-';
/** Extensions taken from directories; explicitly named files may have any. */
export const MANIFEST_EXTENSIONS: readonly string[] = ['.json', '.yaml', '.yml'];

export interface ExpandOptions {
  /** Relative arguments are resolved against this; default: process.cwd(). */
  readonly cwd?: string;
  /** Named in errors: the action input or CLI flag (default `resolve`). */
  readonly where?: string;
  /** Walk directories recursively (ko's -R); default: their top level only. */
  readonly recursive?: boolean;
  /** Extensions taken from directories; default MANIFEST_EXTENSIONS (the CLI passes ko's). */
  readonly extensions?: readonly string[];
}

/**
 * Expands every argument in order; each argument's files are in walk order. A file reached
 * twice is kept at its first place. Paths keep the argument's form (relative stays relative).
 */
export async function expandInputs(
  args: readonly string[],
  options: ExpandOptions = {},
): Promise<string[]> {
  const cwd = options.cwd ?? process.cwd();
  const where = options.where ?? 'resolve';
  const walk = {
    cwd,
    where,
    recursive: options.recursive ?? false,
    extensions: options.extensions ?? MANIFEST_EXTENSIONS,
  };
  const out: string[] = [];
  const seen = new Set<string>();
  const keep = (path: string): void => {
    const key = path === STDIN ? STDIN : resolve(cwd, path);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(path);
  };
  for (const raw of args) {
    const arg = raw.trim();
    if (arg === '') continue;
    if (arg === STDIN) {
      keep(STDIN);
      continue;
    }
    for (const path of await expandOne(arg, walk)) keep(path);
  }
  return out;
}

interface Walk {
  readonly cwd: string;
  readonly where: string;
  readonly recursive: boolean;
  readonly extensions: readonly string[];
}

async function expandOne(arg: string, walk: Walk): Promise<string[]> {
  const { cwd, where } = walk;
  const isDir = await pathKind(arg, cwd, where);
  if (isDir !== undefined) return isDir ? walkDirectory(arg, walk) : [arg];
  if (!hasGlobMagic(arg)) {
    throw new KoActionError('INPUT', `${arg}: no such file or directory`, {
      where,
      hint: `Paths are relative to ${cwd}; check the spelling or add the file to the checkout.`,
    });
  }
  let matches: string[];
  try {
    matches = await expandGlob(arg, cwd);
  } catch (e) {
    throw new KoActionError('INPUT', `invalid glob ${arg}: ${(e as Error).message}`, {
      where,
      hint: 'Supported: *, ** (any directories), ? and [...] classes such as [a-z] or [!x].',
      cause: e,
    });
  }
  if (matches.length === 0) {
    throw new KoActionError('INPUT', `no files match ${arg}`, {
      where,
      hint: `Globs are relative to ${cwd}; * and ? do not match names starting with a dot.`,
    });
  }
  const files: string[] = [];
  for (const m of matches) {
    // A directory the glob matched counts as if it had been named.
    const dir = await pathKind(m, cwd, where);
    files.push(...(dir ? await walkDirectory(m, walk) : [m]));
  }
  // Directories the glob matched at several depths (`sub/**`): files in walk order, once each.
  return [...new Set(files)].sort(comparePaths);
}

/** true: directory, false: something else, undefined: nothing there. Symlinks are followed. */
async function pathKind(path: string, cwd: string, where: string): Promise<boolean | undefined> {
  try {
    return (await stat(resolve(cwd, path))).isDirectory();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new KoActionError('INPUT', `${path}: cannot read (${code ?? String(e)})`, {
      where,
      hint: 'Check the permissions of the file or directory.',
      cause: e,
    });
  }
}

/**
 * Manifest files in `dir` (and below it when `recursive`), in Go filepath.Walk order (lexical per
 * directory, a directory's contents where its name sorts). Like Walk, symlinked directories
 * inside are not followed.
 */
async function walkDirectory(dir: string, walk: Walk): Promise<string[]> {
  const { cwd, recursive, extensions } = walk;
  const files: string[] = [];
  const dirents = await readdir(resolve(cwd, dir), { withFileTypes: true });
  dirents.sort((a, b) => compareNames(a.name, b.name));
  for (const d of dirents) {
    const path = join(dir, d.name);
    if (d.isDirectory()) {
      if (recursive) files.push(...(await walkDirectory(path, walk)));
    } else if (extensions.includes(extname(d.name)) && (await isFile(path, cwd, d))) {
      files.push(path);
    }
  }
  return files;
}

async function isFile(
  path: string,
  cwd: string,
  d: { isFile(): boolean; isSymbolicLink(): boolean },
): Promise<boolean> {
  if (d.isFile()) return true;
  if (!d.isSymbolicLink()) return false;
  try {
    return (await stat(resolve(cwd, path))).isFile();
  } catch {
    return false; // a dangling link
  }
}
