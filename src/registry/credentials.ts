// Who we are to a registry, looked up the way ko does (ggcr authn.DefaultKeychain, then the
// GitHub keychain): explicit inputs, Docker config (credHelpers → credsStore → auths),
// podman's auth.json, then the workflow token for ghcr.io. Every secret found is registered
// with addSecret() before anything else sees it. The environment is a parameter: no globals.
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Env } from '../util/env.js';
import { KoActionError } from '../util/errors.js';
import { addSecret } from '../util/secrets.js';
import { runCredentialHelper } from './credential-helper.js';
import { dockerHubAuthKey, dockerHubRegistry, type Repository } from './reference.js';

export interface Credentials {
  readonly username: string;
  readonly password: string;
  /** An OAuth2 refresh token (`identitytoken`, or a helper's `<token>` user): used instead of the password. */
  readonly identityToken?: string;
  /** A bearer token to send as it is (a docker config `registrytoken`), no token exchange. */
  readonly registryToken?: string;
  /** Where they came from, for debug output (never the secret). */
  readonly source: string;
}

export interface CredentialOptions {
  readonly env: Env;
  /** Explicit `username`/`password` inputs; they apply to `registry` only. */
  readonly explicit?: {
    readonly registry: string;
    readonly username: string;
    readonly password: string;
  };
  /** The `github-token` input, used for ghcr.io when nothing else matches. */
  readonly githubToken?: string;
}

/** Find credentials for a repository; undefined means anonymous. */
export async function resolveCredentials(
  target: Repository,
  opts: CredentialOptions,
): Promise<Credentials | undefined> {
  const { env } = opts;
  const ex = opts.explicit;
  if (ex && ex.registry === target.registry && ex.username && ex.password) {
    addSecret(ex.password);
    return { username: ex.username, password: ex.password, source: 'username/password inputs' };
  }
  const keys = lookupKeys(target);
  for (const file of authFiles(env)) {
    const config = await readAuthFile(file);
    if (!config) continue;
    for (const key of keys) {
      const found = await lookupKey(config, key, file, env);
      if (found) return found;
    }
  }
  if (opts.githubToken && target.registry === 'ghcr.io') {
    addSecret(opts.githubToken);
    return {
      username: env.GITHUB_ACTOR || 'unset',
      password: opts.githubToken,
      source: 'github-token',
    };
  }
  return undefined;
}

/** The full repository first, then the registry (Docker Hub under its legacy URL key). */
export function lookupKeys(target: Repository): string[] {
  const host = target.registry === dockerHubRegistry ? dockerHubAuthKey : target.registry;
  return [`${target.registry}/${target.repository}`, host];
}

/** Docker's config first ($DOCKER_CONFIG, else ~/.docker), then podman's auth files. */
export function authFiles(env: Env): string[] {
  const home = env.HOME || homedir();
  const docker = env.DOCKER_CONFIG
    ? join(env.DOCKER_CONFIG, 'config.json')
    : join(home, '.docker', 'config.json');
  const files = [docker];
  if (env.REGISTRY_AUTH_FILE) files.push(env.REGISTRY_AUTH_FILE);
  if (env.XDG_RUNTIME_DIR) files.push(join(env.XDG_RUNTIME_DIR, 'containers', 'auth.json'));
  files.push(join(env.XDG_CONFIG_HOME || join(home, '.config'), 'containers', 'auth.json'));
  return [...new Set(files)];
}

interface AuthEntry {
  auth?: string;
  username?: string;
  password?: string;
  identitytoken?: string;
  registrytoken?: string;
}

interface AuthFile {
  auths?: Record<string, AuthEntry>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

async function readAuthFile(file: string): Promise<AuthFile | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new KoActionError('REGISTRY_AUTH', `cannot read ${file}: ${(e as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Never echo the content: it holds credentials.
    throw new KoActionError('REGISTRY_AUTH', `${file} is not valid JSON`, {
      hint: 'fix or remove the file (docker login rewrites it)',
    });
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const file_ = parsed as AuthFile;
  // Register every secret in the file now, whichever entry ends up used.
  for (const entry of Object.values(file_.auths ?? {})) {
    addSecret(entry?.auth);
    addSecret(entry?.password);
    addSecret(entry?.identitytoken);
    addSecret(entry?.registrytoken);
  }
  return file_;
}

/** One key, the way docker's config.GetAuthConfig does it: a helper, else the store, else auths. */
async function lookupKey(
  config: AuthFile,
  key: string,
  file: string,
  env: Env,
): Promise<Credentials | undefined> {
  const helper = config.credHelpers?.[key] || config.credsStore;
  if (helper) {
    const got = await runCredentialHelper(helper, key, env);
    if (!got) return undefined;
    const source = `docker-credential-${helper} (${file})`;
    // A `<token>` user means the secret is an identity (refresh) token.
    if (got.username === '<token>') {
      return { username: '', password: '', identityToken: got.secret, source };
    }
    return { username: got.username, password: got.secret, source };
  }
  const auths = config.auths ?? {};
  const entry = auths[key] ?? Object.entries(auths).find(([k]) => hostnameOf(k) === key)?.[1];
  return entry ? fromEntry(entry, `${file} auths`) : undefined;
}

function fromEntry(entry: AuthEntry, source: string): Credentials | undefined {
  let { username = '', password = '' } = entry;
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) {
      throw new KoActionError(
        'REGISTRY_AUTH',
        `an "auth" entry in ${source} is not base64 user:password`,
      );
    }
    username = decoded.slice(0, colon);
    password = decoded.slice(colon + 1);
    addSecret(password);
  }
  if (entry.registrytoken) {
    return { username, password, registryToken: entry.registrytoken, source };
  }
  if (entry.identitytoken) {
    return { username, password, identityToken: entry.identitytoken, source };
  }
  if (!username && !password) return undefined;
  return { username, password, source };
}

/** docker's ConvertToHostname: drop a scheme and any path. */
function hostnameOf(key: string): string {
  const noScheme = key.replace(/^https?:\/\//, '');
  return noScheme.split('/')[0] ?? noScheme;
}
