// Docker credential helpers: `docker-credential-<name> get`, the server URL on stdin,
// `{"ServerURL","Username","Secret"}` on stdout. "credentials not found" means anonymous.
import { spawn } from 'node:child_process';
import { KoActionError } from '../util/errors.js';
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
  env: Readonly<Record<string, string | undefined>>,
): Promise<HelperCredentials | undefined> {
  const program = `docker-credential-${name}`;
  const { code, stdout, stderr, error } = await run(program, serverUrl, env);
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

function run(
  program: string,
  input: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<{ code: number | null; stdout: string; stderr: string; error?: Error }> {
  return new Promise((resolve) => {
    // PATH comes from the given env, so tests can put a helper on it without touching process.env.
    const child = spawn(program, ['get'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    // Our own timer: spawn's `timeout` leaves one behind when the program does not exist.
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    timer.unref();
    const finish = (r: { code: number | null; error?: Error }): void => {
      clearTimeout(timer);
      resolve({ ...r, stdout, stderr });
    };
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', (error) => finish({ code: null, error }));
    child.on('close', (code) => finish({ code }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}
