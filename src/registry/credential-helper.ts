// Docker credential helpers: `docker-credential-<name> get`, the server URL on stdin,
// `{"ServerURL","Username","Secret"}` on stdout. "credentials not found" means anonymous.
import type { Env } from '../util/env.js';
import { KoActionError } from '../util/errors.js';
import { runProcess } from '../util/process.js';
import { addSecret, redact } from '../util/secrets.js';

export interface HelperCredentials {
  readonly username: string;
  readonly secret: string;
}

const notFound = /credentials not found/i;
const timeoutMs = 60_000;

/** Run a helper; undefined when it has nothing for this server. */
export async function runCredentialHelper(
  name: string,
  serverUrl: string,
  env: Env,
): Promise<HelperCredentials | undefined> {
  const program = `docker-credential-${name}`;
  // PATH comes from the given env, so tests can put a helper on it without touching process.env.
  const { code, stdout, stderr, error } = await runProcess(program, ['get'], {
    env,
    input: serverUrl,
    timeoutMs,
  });
  if (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new KoActionError(
      'REGISTRY_AUTH',
      missing
        ? `credential helper ${program} is not on PATH`
        : `credential helper ${program} failed: ${error.message}`,
      { hint: 'install the helper, or remove it from credHelpers/credsStore in the Docker config' },
    );
  }
  if (code !== 0) {
    if (notFound.test(stdout) || notFound.test(stderr)) return undefined;
    // The output might hold a secret: show only a redacted first line of stderr.
    const why = redact(stderr.trim().split('\n')[0] ?? '') || `exit code ${code}`;
    throw new KoActionError(
      'REGISTRY_AUTH',
      `credential helper ${program} failed for ${serverUrl}: ${why}`,
      {
        hint: 'run `echo <server> | ' + program + ' get` to check it',
      },
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout);
  } catch {
    throw new KoActionError(
      'REGISTRY_AUTH',
      `credential helper ${program} printed something that is not JSON`,
    );
  }
  const { Username, Secret } = (parsed ?? {}) as { Username?: unknown; Secret?: unknown };
  if (typeof Secret !== 'string' || Secret === '') return undefined;
  addSecret(Secret);
  return { username: typeof Username === 'string' ? Username : '', secret: Secret };
}
