// ko's kodata layer (pkg/build/gobuild.go tarKoData/walkRecursive, docs/spec/ko-compat.md#2-kodata-layer-tarkodata-walkrecursive): /var/run/ko and its
// parents, then a lexical depth-first walk of <package dir>/kodata with symlinks dereferenced.
// Symlinks must resolve inside the allowed root, so a link cannot pack host files (~/.ssh, /etc)
// into the image. ko recurses forever on a directory symlink that points back at an ancestor;
// we report it instead.
import { Stats } from 'node:fs';
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { KoActionError } from '../util/errors.js';
import { createLayer, type CreateLayerOptions, type Layer } from '../oci/layer.js';
import { TarWriter, TypeDir, TypeReg, type TarHeader } from '../oci/tar.js';
import { windowsSecurityDescriptor, windowsSecurityKey } from './binary-layer.js';

export interface KodataLayerOptions {
  /** `<dir of the main package>/kodata`; it need not exist. */
  readonly kodataDir: string;
  /** platform.os */
  readonly os: string;
  /** mtime of every entry: $KO_DATA_DATE_EPOCH (see kodataEpoch), else 0. */
  readonly epochSeconds: number;
  /** $KO_DATA_PATH_ALLOWED_ROOT; unset or empty: the enclosing git repository. */
  readonly allowedRootEnv: string | undefined;
  /** Told about symlinks skipped on Windows. */
  readonly log?: (message: string) => void;
}

const mode = 0o555;

/** Writes the kodata layer's entries (no trailer) to `tw`. */
export async function writeKodataTar(tw: TarWriter, opts: KodataLayerOptions): Promise<void> {
  const mtime = opts.epochSeconds;
  const windows = opts.os === 'windows';
  const chroot = windows ? 'Files/var/run/ko' : '/var/run/ko';
  const dirs = windows
    ? ['Hives', 'Files', 'Files/var', 'Files/var/run', 'Files/var/run/ko']
    : ['/var', '/var/run', '/var/run/ko'];
  for (const name of dirs) await tw.writeEntry({ name, typeflag: TypeDir, mode, mtime });

  const root = resolve(opts.kodataDir);
  // filepath.Walk lstat()s the root and only descends into a real directory: a missing kodata,
  // a file, or even a symlink named kodata, contributes nothing.
  const info = await lstat(root).catch(() => undefined);
  if (!info?.isDirectory()) return;
  const realRoot = await realpath(root);
  const walk: Walk = {
    tw,
    mtime,
    windows,
    allowedRoot: await resolveAllowedRoot(realRoot, opts.allowedRootEnv),
    log: opts.log ?? (() => undefined),
  };
  const names = await readdir(root).catch(() => []);
  await walkDir(walk, {
    hostDir: root,
    realDir: realRoot,
    tarDir: chroot,
    names,
    stack: [realRoot],
  });
}

/** The kodata layer, compressed into `tmpDir`. */
export async function createKodataLayer(
  opts: KodataLayerOptions & CreateLayerOptions,
): Promise<Layer> {
  return createLayer(async (sink) => {
    const tw = new TarWriter(sink);
    await writeKodataTar(tw, opts);
    await tw.close();
  }, opts);
}

/**
 * Where kodata symlinks may point: $KO_DATA_PATH_ALLOWED_ROOT, else the nearest ancestor holding
 * `.git`; used only if it contains the kodata dir, otherwise the kodata dir itself.
 */
export async function resolveAllowedRoot(
  realKodataRoot: string,
  allowedRootEnv: string | undefined,
): Promise<string> {
  const candidate = allowedRootEnv ? allowedRootEnv : await enclosingGitRoot(realKodataRoot);
  if (!candidate) return realKodataRoot;
  let abs = resolve(candidate);
  abs = await realpath(abs).catch(() => abs);
  return within(realKodataRoot, abs) ? abs : realKodataRoot;
}

async function enclosingGitRoot(dir: string): Promise<string | undefined> {
  for (;;) {
    if (await stat(join(dir, '.git')).catch(() => undefined)) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** True if `p` is `root` or inside it. */
function within(p: string, root: string): boolean {
  const rel = relative(root, p);
  return rel !== '..' && !rel.startsWith(`..${sep}`);
}

interface Walk {
  readonly tw: TarWriter;
  readonly mtime: number;
  readonly windows: boolean;
  readonly allowedRoot: string;
  readonly log: (message: string) => void;
}

/** Go's filepath.Walk order: names sorted by bytes, each directory before its contents. */
function sortedNames(names: string[]): string[] {
  return names
    .map((name) => ({ name, key: Buffer.from(name, 'utf8') }))
    .sort((a, b) => Buffer.compare(a.key, b.key))
    .map((e) => e.name);
}

interface Dir {
  readonly hostDir: string;
  /** hostDir with every symlink resolved. */
  readonly realDir: string;
  readonly tarDir: string;
  readonly names: string[];
  /** Real paths of the directories being walked, to catch a symlink leading back into one. */
  readonly stack: readonly string[];
}

// Small files are read ahead, a bounded window at a time: one by one, each costs several
// thread-pool round trips, which dominates for trees of many small assets.
const readAhead = 16;
const smallFile = 256 * 1024;

/** Writes the entries of one directory listing as `tarDir/<name>`, recursing into directories. */
async function walkDir(w: Walk, d: Dir): Promise<void> {
  const names = sortedNames(d.names);
  const paths = names.map((name) => join(d.hostDir, name));
  // Errors are kept and raised in walk order, as Go would meet them.
  const infos = await Promise.all(paths.map((p) => lstat(p).catch((err: unknown) => err)));
  const contents = new Map<number, Promise<Buffer>>();
  let ahead = 0;
  for (let i = 0; i < names.length; i++) {
    for (; ahead < Math.min(i + readAhead, names.length); ahead++) {
      const info = infos[ahead];
      if (info instanceof Stats && info.isFile() && info.size <= smallFile) {
        const read = readFile(paths[ahead] as string);
        read.catch(() => undefined); // awaited in turn
        contents.set(ahead, read);
      }
    }
    const name = names[i] as string;
    const hostPath = paths[i] as string;
    const info = infos[i];
    const tarName = `${d.tarDir}/${name}`;
    if (!(info instanceof Stats))
      throw kodataError(hostPath, `cannot be read: ${reason(info)}`, info);
    if (info.isDirectory()) {
      // Go lists a directory before writing its header; an unreadable one is an error.
      const children = await readdir(hostPath).catch((err: unknown) => {
        throw kodataError(hostPath, `cannot be listed: ${reason(err)}`, err);
      });
      await w.tw.writeEntry({ name: tarName, typeflag: TypeDir, mode, mtime: w.mtime });
      const realDir = join(d.realDir, name);
      await walkDir(w, {
        hostDir: hostPath,
        realDir,
        tarDir: tarName,
        names: children,
        stack: [...d.stack, realDir],
      });
    } else if (info.isSymbolicLink()) {
      if (w.windows) {
        // Windows images cannot carry the link, and ko does not follow it there.
        w.log(`skipping symlink in kodata for windows: ${name}`);
        continue;
      }
      await writeLinkTarget(w, hostPath, tarName, d.stack);
    } else if (info.isFile()) {
      // Inside a real directory that is itself inside the allowed root: no check needed.
      const read = contents.get(i);
      contents.delete(i);
      if (!read) {
        await writeFile(w, tarName, hostPath, info.size);
        continue;
      }
      const data = await read.catch((err: unknown) => {
        throw kodataError(hostPath, `cannot be read: ${reason(err)}`, err);
      });
      if (data.length !== info.size) {
        throw kodataError(
          hostPath,
          `changed size while being read (${info.size} → ${data.length} bytes)`,
        );
      }
      await w.tw.writeEntry(fileHeader(w, tarName, info.size), data);
    } else {
      throw kodataError(hostPath, 'is not a regular file, directory or symlink');
    }
  }
}

function fileHeader(w: Walk, tarName: string, size: number): TarHeader {
  return {
    name: tarName,
    typeflag: TypeReg,
    mode,
    mtime: w.mtime,
    size,
    ...(w.windows && { pax: { [windowsSecurityKey]: windowsSecurityDescriptor } }),
  };
}

function writeFile(w: Walk, tarName: string, path: string, size: number): Promise<void> {
  return w.tw.writeFile(fileHeader(w, tarName, size), path);
}

/** A symlink: follow it to its target, which must stay inside the allowed root. */
async function writeLinkTarget(
  w: Walk,
  hostPath: string,
  tarName: string,
  stack: readonly string[],
): Promise<void> {
  const target = await realpath(hostPath).catch((err: unknown) => {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ELOOP'
        ? 'is a symlink loop (too many levels of symbolic links)'
        : code === 'ENOENT'
          ? 'is a symlink whose target does not exist'
          : `cannot be resolved: ${reason(err)}`;
    throw kodataError(hostPath, why, err);
  });
  if (!within(target, w.allowedRoot)) {
    throw kodataError(
      hostPath,
      `is a symlink to ${JSON.stringify(target)}, outside the allowed root ${JSON.stringify(w.allowedRoot)}`,
      undefined,
      'Point the link inside the repository, or set KO_DATA_PATH_ALLOWED_ROOT to a directory containing its target.',
    );
  }
  const info = await stat(target);
  if (info.isDirectory()) {
    // Walking a directory that contains one being walked would reach this link again, forever.
    const cycle = stack.find((dir) => within(dir, target));
    if (cycle !== undefined) {
      throw kodataError(
        hostPath,
        `is a symlink loop: it points to ${JSON.stringify(target)}, which contains ${JSON.stringify(cycle)}, already being walked`,
      );
    }
    await w.tw.writeEntry({ name: tarName, typeflag: TypeDir, mode, mtime: w.mtime });
    // filepath.Walk on the target: an unreadable target directory is silently empty.
    const names = await readdir(target).catch(() => []);
    await walkDir(w, {
      hostDir: target,
      realDir: target,
      tarDir: tarName,
      names,
      stack: [...stack, target],
    });
    return;
  }
  if (!info.isFile())
    throw kodataError(
      hostPath,
      'is a symlink to something that is not a regular file or directory',
    );
  await writeFile(w, tarName, target, info.size);
}

function reason(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function kodataError(
  hostPath: string,
  message: string,
  cause?: unknown,
  hint = 'Fix or remove this entry in the kodata directory.',
): KoActionError {
  return new KoActionError('CONFIG', `kodata path ${JSON.stringify(hostPath)} ${message}`, {
    where: hostPath,
    hint,
    ...(cause !== undefined && { cause }),
  });
}
