// Where ko looks for `.ko.yaml` (viper, docs/spec/ko-compat.md#71-config-file-lookup-viper) and
// loading it: the defaults (with KO_* overrides) when there is no file. The parser (ko-yaml-file.ts)
// is imported only when there is a file to read.
import { stat, readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { KoActionError } from '../util/errors.js';
import type { Env } from '../util/env.js';
import { defaultKoConfig, type KoConfig } from './ko-yaml.js';

export interface FoundKoConfig {
  /** As the user wrote it (or joined to working-directory), for messages and annotations. */
  readonly path: string;
  readonly text: string;
}

// viper v1.21's SupportedExts, in the order it tries them in a directory.
const viperExtensions = [
  'json',
  'toml',
  'yaml',
  'yml',
  'properties',
  'props',
  'prop',
  'hcl',
  'tfvars',
  'dotenv',
  'env',
  'ini',
];
// YAML is a superset of JSON, so one parser reads both.
const readableExtensions = new Set(['json', 'yaml', 'yml']);

export interface FindOptions {
  /** The `config` input (a file, or a directory holding .ko.yaml). */
  readonly configInput?: string | undefined;
  readonly env: Env;
  readonly workingDirectory: string;
  /** What relative paths are relative to; default process.cwd(). */
  readonly cwd?: string;
}

/**
 * `config` input > KO_CONFIG_PATH > `.ko.<ext>` in working-directory (viper's order). A named
 * path must exist; a missing default file is fine (undefined).
 */
export async function findKoConfig(opts: FindOptions): Promise<FoundKoConfig | undefined> {
  const cwd = opts.cwd ?? process.cwd();
  const kind = async (p: string): Promise<'file' | 'directory' | 'missing'> => {
    const s = await stat(resolve(cwd, p)).catch(() => undefined);
    return !s ? 'missing' : s.isDirectory() ? 'directory' : 'file';
  };
  const named = opts.configInput?.trim()
    ? { path: opts.configInput.trim(), source: 'config' }
    : opts.env.KO_CONFIG_PATH
      ? { path: opts.env.KO_CONFIG_PATH, source: 'KO_CONFIG_PATH' }
      : undefined;

  if (named) {
    const what = named.source === 'config' ? 'the config input' : 'KO_CONFIG_PATH';
    const k = await kind(named.path);
    if (k === 'missing') {
      throw new KoActionError('CONFIG', `${what} names ${named.path}, which does not exist`, {
        where: named.source,
        hint: `paths are relative to ${cwd} (not to working-directory); point it at a .ko.yaml file or the directory holding one`,
      });
    }
    let path = named.path;
    if (k === 'directory') {
      const inDir = [join(path, '.ko.yaml'), join(path, '.ko.yml')];
      const found = [];
      for (const p of inDir) if ((await kind(p)) === 'file') found.push(p);
      if (!found[0]) {
        throw new KoActionError(
          'CONFIG',
          `${what} names the directory ${named.path}, which has no .ko.yaml`,
          {
            where: named.source,
            hint: 'add .ko.yaml there, or name the file itself',
          },
        );
      }
      path = found[0];
    }
    checkFormat(path, named.source);
    return { path, text: await readFile(resolve(cwd, path), 'utf8') };
  }

  for (const ext of viperExtensions) {
    const path = join(opts.workingDirectory, `.ko.${ext}`);
    if ((await kind(path)) !== 'file') continue;
    checkFormat(path, path);
    return { path, text: await readFile(resolve(cwd, path), 'utf8') };
  }
  return undefined;
}

/** ko would read TOML, dotenv or INI through viper; we read YAML and JSON only, and say so. */
function checkFormat(path: string, where: string): void {
  const ext = extname(path).slice(1).toLowerCase();
  if (readableExtensions.has(ext) || !viperExtensions.includes(ext)) return;
  throw new KoActionError(
    'CONFIG',
    `${path} is a .${ext} file; ko-action reads ko's configuration as YAML or JSON only`,
    {
      where,
      hint: 'convert it to .ko.yaml',
    },
  );
}

/** findKoConfig then parseKoConfig; the defaults (with environment overrides) when there is no file. */
export async function loadKoConfig(opts: FindOptions): Promise<KoConfig> {
  const found = await findKoConfig(opts);
  if (!found) return defaultKoConfig(opts.env);
  // The YAML parser loads only when there is a file to read (it is a tenth of a build's start-up).
  const { parseKoConfig } = await import('./ko-yaml-file.js');
  return parseKoConfig(found.text, found.path, opts.env);
}
