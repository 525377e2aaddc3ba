// resolve: find ko:// references in YAML, build each distinct package once, and rewrite every
// occurrence with the pinned reference ko would print, keeping the rest of each file as it was.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, resolve as resolvePath } from 'node:path';
import { PackageLoadError } from '../go/packages.js';
import { stripKoScheme } from '../ko/ko-reference.js';
import { runBuild, type EngineDeps } from '../engine/engine.js';
import type { BuildPlan } from '../engine/plan.js';
import { KoActionError } from '../util/errors.js';
import { findReferences, type Position } from './find-refs.js';
import { expandInputs, STDIN } from './inputs.js';
import { rewriteReferences } from './rewrite.js';
import { parseSelector, selectDocuments } from './selector.js';
import type { BuiltImage } from '../engine/result.js';

export interface ResolveResult {
  readonly yaml: string;
  readonly images: readonly BuiltImage[];
  /** ko:// reference → pinned reference. */
  readonly replaced: ReadonlyMap<string, string>;
}

/** What to resolve: files, directories and globs, and whether directories are walked deep. */
export interface ResolveRequest {
  readonly patterns: readonly string[];
  /** ko's -R: directories are read recursively (else only their top level, as ko -f does). */
  readonly recursive: boolean;
  /** ko's -l/--selector: only documents whose labels match are resolved and printed. */
  readonly selector?: string;
  /** Extensions taken from directories (default: .json, .yaml, .yml; ko takes no .yml). */
  readonly extensions?: readonly string[];
}

export async function resolveFiles(
  request: ResolveRequest,
  plan: BuildPlan,
  deps: EngineDeps,
  readStdin: () => Promise<string> = noStdin,
): Promise<ResolveResult> {
  const cwd = plan.workingDirectory;
  const files = await expandInputs(request.patterns, {
    cwd,
    where: 'resolve',
    recursive: request.recursive,
    ...(request.extensions ? { extensions: request.extensions } : {}),
  });
  const selector = request.selector !== undefined ? parseSelector(request.selector) : undefined;
  const docs = await Promise.all(
    files.map(async (file) => {
      // Paths stay as written (errors name them so); they are relative to working-directory.
      const read =
        file === STDIN ? await readStdin() : await readFile(resolvePath(cwd, file), 'utf8');
      const text = selector ? selectDocuments(read, selector, file) : read;
      return { file, text, refs: findReferences(text, file).refs };
    }),
  );
  // Each distinct reference once, in first-seen order; where it was first seen, for errors.
  const firstSeen = new Map<string, Position>();
  for (const d of docs) {
    for (const [ref, positions] of d.refs)
      if (!firstSeen.has(ref) && positions[0]) firstSeen.set(ref, positions[0]);
  }
  const refs = [...firstSeen.keys()];
  let images: BuiltImage[] = [];
  if (refs.length) {
    try {
      images = await runBuild(
        plan,
        deps,
        refs.map((r) => ({ requested: r, naming: 'as-written' })),
      );
    } catch (e) {
      throw atReference(e, refs, firstSeen);
    }
  }
  const replaced = new Map(refs.map((r, i) => [r, images[i]?.ref ?? r]));
  const outputs = docs.map((d) => rewriteReferences(d.text, replaced, d.file));
  return { yaml: joinDocuments(outputs), images, replaced };
}

/** The action has no stdin to read: `-` is for the CLI. */
function noStdin(): Promise<string> {
  return Promise.reject(
    new KoActionError('INPUT', '"-" (stdin) cannot be read in an action step', {
      where: 'resolve',
      hint: 'name files, directories or globs; `-` works with the ko-action CLI',
    }),
  );
}

/** A package error points at the YAML that named it, as `file:line:column`. */
function atReference(
  e: unknown,
  refs: readonly string[],
  seen: ReadonlyMap<string, Position>,
): unknown {
  if (!(e instanceof PackageLoadError)) return e;
  const ref = refs.find((r) => stripKoScheme(r.trim()) === e.requested);
  const pos = ref ? seen.get(ref) : undefined;
  if (!pos) return e;
  return new KoActionError('GO_BUILD', e.message, {
    where: `${pos.file}:${pos.line}:${pos.column}`,
    hint: 'a ko:// reference must name a main package in this module',
    cause: e,
  });
}

/** Files are kept whole; between two files a document separator is added, as ko separates them. */
function joinDocuments(texts: readonly string[]): string {
  return texts
    .map((t, i) => (i < texts.length - 1 && !t.endsWith('\n') ? `${t}\n` : t))
    .join('---\n');
}

export async function writeResolvedFile(path: string, yaml: string): Promise<string> {
  const abs = resolvePath(path);
  await mkdir(dirname(abs), { recursive: true });
  await writeFile(abs, yaml);
  return abs;
}
