// `ko-action login SERVER -u USER -p PASS|--password-stdin`: ko's `ko login`, which is crane's
// `auth login` (go-containerregistry cmd/crane/cmd/auth.go) writing through the docker CLI's config
// package (cli/config/configfile/file.go): `$DOCKER_CONFIG/config.json` (else ~/.docker) gets
// `auths[SERVER] = { "auth": base64(user:password) }`, written as Go's json.MarshalIndent with
// tabs, through a temp file renamed into place. A credential helper configured for the server
// (credHelpers, else credsStore) gets the secret instead, and the file keeps an empty entry.
import { spawn } from 'node:child_process';
import { chmod, mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { dockerHubAuthKey, dockerHubRegistry } from '../registry/reference.js';
import { KoActionError } from '../util/errors.js';
import type { Env } from '../util/env.js';

export interface LoginRequest {
  readonly server: string;
  readonly username: string;
  readonly password: string;
}

interface AuthEntry {
  username?: string;
  password?: string;
  auth?: string;
  serveraddress?: string;
  [key: string]: unknown;
}

type ConfigFile = { auths?: Record<string, AuthEntry>; [key: string]: unknown };

/** Stores the credentials; returns the config file written. */
export async function login(req: LoginRequest, env: Env): Promise<string> {
  if (req.username === '' && req.password === '') {
    throw new KoActionError('INPUT', 'username and password required', {
      where: 'login',
      hint: 'give -u USER and -p PASSWORD (or --password-stdin)',
    });
  }
  const host = registryName(req.server);
  const file = join(env.DOCKER_CONFIG || join(env.HOME || homedir(), '.docker'), 'config.json');
  const config = await readConfig(file);
  const key = host === dockerHubRegistry ? dockerHubAuthKey : host;
  const auths = { ...(config.auths ?? {}) };
  const helper = credentialHelper(config, key);
  if (helper) {
    await storeWithHelper(helper, key, req, env);
    auths[key] = {};
  } else {
    auths[key] = { username: req.username, password: req.password };
  }
  await saveConfig(file, { ...config, auths });
  return file;
}

/** ggcr's name.NewRegistry(...).Name(): a host[:port]; docker.io is index.docker.io. */
function registryName(server: string): string {
  const host = server.trim();
  if (!/^[A-Za-z0-9.-]+(:[0-9]+)?$|^\[[0-9A-Fa-f:.]+\](:[0-9]+)?$/.test(host)) {
    throw new KoActionError(
      'INPUT',
      `registries must be valid RFC 3986 URI authorities: ${server}`,
      {
        where: 'login',
        hint: 'give the registry host, e.g. ghcr.io or localhost:5000, without a scheme or path',
      },
    );
  }
  return host === 'docker.io' ? dockerHubRegistry : host;
}

async function readConfig(file: string): Promise<ConfigFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw e;
  }
  try {
    const parsed = JSON.parse(text) as unknown;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as ConfigFile;
  } catch {
    // reported below
  }
  throw new KoActionError('INPUT', `parsing config file (${file}): not a JSON object`, {
    where: file,
    hint: 'fix or remove the file, then log in again',
  });
}

/** The docker CLI's getConfiguredCredentialStore. */
function credentialHelper(config: ConfigFile, key: string): string | undefined {
  const helpers = config.credHelpers as Record<string, string> | undefined;
  const own = helpers?.[key === dockerHubAuthKey ? dockerHubAuthKey : key];
  const store = typeof config.credsStore === 'string' ? config.credsStore : undefined;
  return own || store || undefined;
}

/** `docker-credential-<helper> store` with the credentials as JSON on stdin. */
function storeWithHelper(
  helper: string,
  server: string,
  req: LoginRequest,
  env: Env,
): Promise<void> {
  const program = `docker-credential-${helper}`;
  const input = JSON.stringify({ ServerURL: server, Username: req.username, Secret: req.password });
  return new Promise((resolve, reject) => {
    const child = spawn(program, ['store'], { env, stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
    child.on('error', (e) =>
      reject(
        new KoActionError('INPUT', `${program} could not be run: ${e.message}`, {
          where: 'credsStore',
          hint: `install ${program}, or remove the helper from the docker config`,
        }),
      ),
    );
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new KoActionError('INPUT', `${program} store failed: ${stderr.trim()}`));
    });
    child.stdin.end(input);
  });
}

/** configfile.SaveToWriter: each entry's user and password folded into `auth`. */
async function saveConfig(file: string, config: ConfigFile): Promise<void> {
  const auths: Record<string, AuthEntry> = {};
  for (const key of Object.keys(config.auths ?? {}).sort()) {
    const { username, password, ...rest } = config.auths?.[key] ?? {};
    delete rest.serveraddress;
    const auth = username || password ? base64(`${username ?? ''}:${password ?? ''}`) : rest.auth;
    auths[key] = { ...rest, ...(auth ? { auth } : {}) };
    if (!auth) delete auths[key].auth;
  }
  // auths first, as the docker CLI's ConfigFile struct has it.
  const out: ConfigFile = { auths };
  for (const [k, v] of Object.entries(config)) if (k !== 'auths') out[k] = v;
  const text = goJson(JSON.stringify(out, null, '\t'));
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  const mode = await stat(file).then(
    (s) => s.mode & 0o777,
    () => 0o600,
  );
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, text, { mode });
  await chmod(temp, mode);
  await rename(temp, file);
}

function base64(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64');
}

/** Go's encoding/json escapes <, > and & in strings. */
function goJson(text: string): string {
  return text.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
