// ko's command-line flags mapped onto the action's inputs, so the CLI runs the same engine.
import { inputError } from '../util/errors.js';

export interface CliCommand {
  readonly command: 'build' | 'resolve';
  /** Action input name → value, as INPUT_* would carry them. */
  readonly inputs: Readonly<Record<string, string>>;
}

// ko flag → action input. Boolean flags take no value; `--push=false` style is accepted.
const valueFlags: Record<string, string> = {
  '--repo': 'repo',
  '--platform': 'platforms',
  '--tags': 'tags',
  '-t': 'tags',
  '--base-image': 'base-image',
  '--image-label': 'labels',
  '--image-annotation': 'annotations',
  '--image-user': 'user',
  '--oci-layout-path': 'oci-layout-path',
  '--sbom': 'sbom',
  '--jobs': 'jobs',
  '-j': 'jobs',
  '--working-directory': 'working-directory',
  '-C': 'working-directory',
  '--config': 'config',
  '--filename': 'resolve',
  '-f': 'resolve',
};
const boolFlags: Record<string, readonly [string, string]> = {
  '--push': ['push', 'true'],
  '--insecure-registry': ['insecure-registry', 'true'],
  '--debug': ['debug', 'true'],
  '--bare': ['naming', 'bare'],
  '--base-import-paths': ['naming', 'base-import-paths'],
  '-B': ['naming', 'base-import-paths'],
  '--preserve-import-paths': ['naming', 'preserve-import-paths'],
  '-P': ['naming', 'preserve-import-paths'],
  '--recursive': ['resolve-recursive', 'true'],
  '-R': ['resolve-recursive', 'true'],
};
// Several values join with newlines, as a multi-line input would.
const repeatable = new Set(['platforms', 'tags', 'labels', 'annotations', 'resolve']);

export function parseCliArgs(argv: readonly string[]): CliCommand {
  const [command, ...rest] = argv;
  if (command !== 'build' && command !== 'resolve') {
    throw inputError(
      'command',
      `unknown command "${command ?? ''}"`,
      'use: ko-action build <import-path>... | ko-action resolve -f <file>',
    );
  }
  // As ko: an SPDX SBOM unless --sbom=none; the Actions cache has no place outside a workflow.
  const inputs: Record<string, string> = { cache: 'false' };
  const positional: string[] = [];
  const set = (name: string, value: string): void => {
    inputs[name] = repeatable.has(name) && inputs[name] ? `${inputs[name]}\n${value}` : value;
  };
  // -B and --bare both given: ko lets -B win.
  let naming: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('-') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('-') && eq > 0 ? arg.slice(eq + 1) : undefined;
    const bool = boolFlags[flag];
    const valueInput = valueFlags[flag];
    if (bool) {
      const [name, on] = bool;
      if (inline !== undefined && !['true', 'false'].includes(inline)) {
        throw inputError(flag, `"${inline}" is not true or false`);
      }
      const value = inline === 'false' ? (name === 'naming' ? undefined : 'false') : on;
      if (name === 'naming') {
        if (value && (naming === undefined || value !== 'bare')) naming = value;
      } else if (value) set(name, value);
    } else if (valueInput) {
      const value = inline ?? rest[++i];
      if (value === undefined) throw inputError(flag, 'needs a value');
      set(valueInput, value);
    } else if (arg.startsWith('-') && arg !== '-') {
      throw inputError(arg, `unknown flag ${arg}`, 'run ko-action --help for the flags it knows');
    } else {
      positional.push(arg);
    }
  }
  if (naming) inputs.naming = naming;
  if (command === 'build' && positional.length) inputs['import-paths'] = positional.join('\n');
  if (command === 'resolve' && positional.length) {
    throw inputError(positional[0] ?? '', 'resolve takes files with -f, not arguments');
  }
  return { command, inputs };
}
