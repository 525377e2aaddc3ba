// Image names, tags and printed references as ko makes them (docs/spec/ko-compat.md#6-naming-tags-and-printed-references): the namers of
// pkg/commands/options/publish.go, tag handling of resolver.go, and the references each
// publisher returns.
import { createHash } from 'node:crypto';
import { KoActionError } from '../util/errors.js';
import type { Digest } from '../oci/digest.js';
import { stripKoScheme } from './ko-reference.js';

export type NamingMode = 'md5' | 'preserve-import-paths' | 'base-import-paths' | 'bare';
const NAMING_MODES: readonly NamingMode[] = [
  'md5',
  'preserve-import-paths',
  'base-import-paths',
  'bare',
];

export const LATEST_TAG = 'latest';
const TAG_CHARS = /^[A-Za-z0-9_.-]{1,128}$/;

/** Reads the `naming` input. */
export function parseNamingMode(value: string): NamingMode {
  const v = value.trim() || 'md5';
  if ((NAMING_MODES as readonly string[]).includes(v)) return v as NamingMode;
  throw new KoActionError('INPUT', `unknown naming mode "${value}"`, {
    where: 'naming',
    hint: `use one of ${NAMING_MODES.join(', ')}`,
  });
}

/** Go's path.Clean. */
export function cleanPath(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
    } else out.push(part);
  }
  const joined = out.join('/');
  return rooted ? `/${joined}` : joined || '.';
}

/** Go's path.Join: non-empty elements joined by "/", then cleaned; "" when all are empty. */
export function joinPath(...elems: string[]): string {
  const parts = elems.filter((e) => e !== '');
  return parts.length === 0 ? '' : cleanPath(parts.join('/'));
}

/** Go's path.Base. */
export function basePath(p: string): string {
  if (p === '') return '.';
  const trimmed = p.replace(/\/+$/, '');
  if (trimmed === '') return '/';
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/**
 * The import path the publishers name images after: `ko://` removed and lowercased (registry,
 * daemon and tarball publishers lowercase; ko's --push=false path does not, see docs/spec/ko-compat.md#63-printed-reference-stdout-of-ko-build-value-substituted-by-resolve).
 */
export function namingImportPath(ref: string, lowercase = true): string {
  const ip = stripKoScheme(ref);
  return lowercase ? ip.toLowerCase() : ip;
}

/** ko's namers: `repo` is KO_DOCKER_REPO, `importPath` as returned by namingImportPath. */
export function imageName(repo: string, importPath: string, mode: NamingMode): string {
  switch (mode) {
    case 'preserve-import-paths':
      return joinPath(repo, importPath);
    case 'base-import-paths':
      return joinPath(repo, basePath(importPath));
    case 'bare':
      return repo;
    case 'md5': {
      const md5 = createHash('md5').update(importPath, 'utf8').digest('hex');
      return joinPath(repo, `${basePath(importPath)}-${md5}`);
    }
  }
}

/** Validates tags (ggcr: 1–128 of `[A-Za-z0-9_.-]`) and drops repeats, keeping first positions. */
export function normaliseTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const tag of tags) {
    if (!TAG_CHARS.test(tag)) {
      throw new KoActionError('INPUT', `invalid tag "${tag}"`, {
        where: 'tags',
        hint: 'a tag is 1 to 128 characters of letters, digits, "_", "." and "-"',
      });
    }
    if (!out.includes(tag)) out.push(tag);
  }
  if (out.length === 0) {
    throw new KoActionError('INPUT', 'no tags given', {
      where: 'tags',
      hint: 'leave `tags` unset for "latest"',
    });
  }
  return out;
}

/** ko's --tag-only rule: exactly one tag, and not `latest`. */
export function checkTagOnly(tags: readonly string[]): void {
  if (tags.length !== 1) {
    throw new KoActionError(
      'INPUT',
      'must specify exactly one tag to resolve images into tag-only references',
      { where: 'tags' },
    );
  }
  if (tags[0] === LATEST_TAG) {
    throw new KoActionError('INPUT', 'latest tag cannot be used in tag-only references', {
      where: 'tags',
      hint: 'give one tag other than latest',
    });
  }
}

export type PrintedRefOptions =
  | {
      /** Registry push (ko's default publisher). */
      readonly publisher: 'registry';
      readonly name: string;
      readonly tags: readonly string[];
      readonly digest: Digest;
      readonly tagOnly?: boolean;
    }
  | {
      /** --push=false without a layout or tarball: ko's nopPublisher. */
      readonly publisher: 'none';
      readonly name: string;
      readonly tags: readonly string[];
      readonly digest: Digest;
      readonly tagOnly?: boolean;
    }
  | { readonly publisher: 'layout'; readonly layoutPath: string; readonly digest: Digest }
  | { readonly publisher: 'daemon'; readonly name: string; readonly digest: Digest };

/** The reference `ko build` prints (and `resolve` substitutes) for one image or index (docs/spec/ko-compat.md#63-printed-reference-stdout-of-ko-build-value-substituted-by-resolve). */
export function printedReference(opts: PrintedRefOptions): string {
  switch (opts.publisher) {
    case 'registry':
      if (opts.tagOnly) {
        checkTagOnly(opts.tags);
        return `${opts.name}:${opts.tags[0]!}`;
      }
      if (opts.tags.length === 1 && opts.tags[0] !== LATEST_TAG) {
        return `${opts.name}:${opts.tags[0]}@${opts.digest}`;
      }
      return `${opts.name}@${opts.digest}`;
    case 'none': {
      const tag = opts.tags[0];
      if (opts.tagOnly) {
        if (tag === undefined) {
          throw new KoActionError('INPUT', 'must specify tag if requesting tag only', {
            where: 'tags',
          });
        }
        return `${opts.name}:${tag}`;
      }
      return tag === undefined
        ? `${opts.name}@${opts.digest}`
        : `${opts.name}:${tag}@${opts.digest}`;
    }
    case 'layout':
      return `${opts.layoutPath}@${opts.digest}`;
    case 'daemon':
      return `${opts.name}:${opts.digest.slice('sha256:'.length)}`;
  }
}
