// kubectl, as ko's apply, create, delete and run call it (pkg/commands/{apply,create,delete,run}.go):
// the user's environment, our stdout and stderr, and either the resolved YAML or our own stdin.
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { KoActionError } from '../util/errors.js';
import type { Env } from '../util/env.js';

/** ko's isKubectlAvailable (exec.LookPath): an executable `kubectl` on PATH. */
export function requireKubectl(command: string, env: Env): void {
  const found = (env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir || '.', 'kubectl'), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
  if (!found) {
    throw new KoActionError(
      'INPUT',
      `kubectl is not available. kubectl must be installed to use ko-action ${command}`,
      { hint: 'install kubectl (https://kubernetes.io/docs/tasks/tools/) and put it on PATH' },
    );
  }
}

/**
 * Runs `kubectl args…`; `stdin.text` is written to it (then closed), or with `inherit` it reads ours.
 * Fails (as ko does, exit 1) when kubectl exits non-zero.
 */
export function runKubectl(
  args: readonly string[],
  stdin: { readonly text: string } | 'inherit',
  env: Env,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('kubectl', args, {
      env,
      stdio: [stdin === 'inherit' ? 'inherit' : 'pipe', 'inherit', 'inherit'],
    });
    child.on('error', (e) =>
      reject(
        new KoActionError('INPUT', `error executing 'kubectl ${args[0] ?? ''}': ${e.message}`),
      ),
    );
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else {
        const how = signal ? `killed by ${signal}` : `exit status ${code ?? '?'}`;
        reject(new KoActionError('INPUT', `error executing 'kubectl ${args[0] ?? ''}': ${how}`));
      }
    });
    if (stdin !== 'inherit') {
      // kubectl may exit before reading everything (a bad flag): that is its error, not ours.
      child.stdin?.on('error', () => undefined);
      child.stdin?.end(stdin.text);
    }
  });
}
