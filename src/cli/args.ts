// ko's command line (ko v0.19: pkg/commands, pkg/commands/options) read the way cobra and pflag
// read it, mapped onto the action's inputs so that the CLI runs the same engine, plus the ko
// flags that only a command line has (where images go, what is recorded; `KoFlags`).
import { inputError, KoActionError } from '../util/errors.js';
import {
  commandNames,
  flagsOf,
  type CommandName,
  type FlagSpec,
  type KoFlags,
  type ParseState,
} from './flags.js';

export type { CommandName } from './flags.js';

export interface CliCommand {
  readonly command: CommandName;
  /** Action input name → value, as INPUT_* would carry them. */
  readonly inputs: Readonly<Record<string, string>>;
  readonly ko: KoFlags;
  /** Arguments that are not flags, before `--`. */
  readonly args: readonly string[];
  /** Arguments after `--` (kubectl's, for apply, create and run). */
  readonly afterDash: readonly string[];
  readonly verbose: boolean;
  /** -h/--help: print the command's help and do nothing else. */
  readonly help: boolean;
  /** Warnings to print before anything runs. */
  readonly warnings: readonly string[];
}

const globalAliases: Record<string, CommandName> = { publish: 'build' };

export function parseCliArgs(argv: readonly string[]): CliCommand {
  const state: ParseState = {
    inputs: { cache: 'false' },
    ko: { tagOnly: false, local: false },
    lists: new Map(),
    warnings: [],
    naming: { P: false, B: false, bare: false },
    verbose: false,
    help: false,
  };
  // Global flags may come before the command, as cobra allows.
  let i = 0;
  const leading: string[] = [];
  while (i < argv.length && argv[i]?.startsWith('-') && argv[i] !== '--') leading.push(argv[i++]!);
  const word = argv[i];
  const command = word === undefined ? 'help' : (globalAliases[word] ?? word);
  if (!isCommand(command)) {
    throw inputError(
      'command',
      `unknown command "${word ?? ''}" for "ko-action"`,
      `run ko-action --help for the commands (${commandNames.join(', ')})`,
    );
  }
  const rest = [...leading, ...argv.slice(i + 1)];
  if (command === 'delete') return passThrough(command, rest, state);
  const { args, afterDash } = parseFlags(command, rest, state);
  finish(state);
  return {
    command,
    inputs: state.inputs,
    ko: state.ko,
    args,
    afterDash,
    verbose: state.verbose,
    help: state.help,
    warnings: state.warnings,
  };
}

/** What ko's options.Validate and MakeNamer decide once every flag is read. */
function finish(state: ParseState): void {
  for (const [name, values] of state.lists) state.inputs[name] = values.join('\n');
  const platforms = state.lists.get('platforms') ?? [];
  if (platforms.length > 1 && platforms.includes('all')) {
    throw new KoActionError('INPUT', 'all or specific platforms should be used', {
      where: '--platform',
      hint: 'give either all or a list of platforms',
    });
  }
  const { P, B, bare } = state.naming;
  if (B && bare) {
    state.warnings.push('both --base-import-paths and --bare were set: --base-import-paths wins');
  }
  const mode = P ? 'preserve-import-paths' : B ? 'base-import-paths' : bare ? 'bare' : undefined;
  if (mode) state.inputs.naming = mode;
}

function isCommand(c: string): c is CommandName {
  return (commandNames as readonly string[]).includes(c);
}

/**
 * `delete` hands every argument to `kubectl delete` (ko's passthru ignores its own flags); only
 * -h/--help stays ours.
 */
function passThrough(command: CommandName, rest: readonly string[], state: ParseState): CliCommand {
  const help = rest.some((a) => a === '-h' || a === '--help');
  return {
    command,
    inputs: state.inputs,
    ko: state.ko,
    args: rest,
    afterDash: [],
    verbose: false,
    help,
    warnings: [],
  };
}

/** pflag's rules: `--name=v`, `--name v`, `-n v`, `-nv`, `-n=v`, grouped booleans `-Rf x`. */
function parseFlags(
  command: CommandName,
  rest: readonly string[],
  state: ParseState,
): { args: string[]; afterDash: string[] } {
  const specs = flagsOf(command);
  const byLong = new Map(specs.map((s) => [s.long, s]));
  const byShort = new Map(specs.flatMap((s) => (s.short ? [[s.short, s] as const] : [])));
  const args: string[] = [];
  // ko run ignores flags it does not know (cobra FParseErrWhitelist); every other command refuses.
  const lenient = command === 'run';
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (arg === '--') return { args, afterDash: rest.slice(i + 1) };
    if (arg.startsWith('--') && arg.length > 2) {
      const eq = arg.indexOf('=');
      const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
      const spec = byLong.get(name);
      if (!spec) {
        if (lenient) continue;
        throw unknownFlag(command, `--${name}`);
      }
      if (spec.kind === 'bool') {
        setFlag(spec, eq > 0 ? arg.slice(eq + 1) : 'true', `--${name}`, state);
      } else {
        const value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
        if (value === undefined) throw needsValue(`--${name}`);
        setFlag(spec, value, `--${name}`, state);
      }
    } else if (arg.startsWith('-') && arg.length > 1) {
      // A group of shorthands: booleans, then at most one that takes the rest (or the next arg).
      for (let j = 1; j < arg.length; j++) {
        const c = arg[j] ?? '';
        const spec = byShort.get(c);
        if (!spec) {
          if (lenient) break;
          throw unknownFlag(command, `-${c}`, arg);
        }
        if (spec.kind === 'bool') {
          const inline = arg[j + 1] === '=' ? arg.slice(j + 2) : undefined;
          setFlag(spec, inline ?? 'true', `-${c}`, state);
          if (inline !== undefined) break;
          continue;
        }
        let value = arg.slice(j + 1);
        if (value.startsWith('=')) value = value.slice(1);
        else if (value === '') {
          const next = rest[++i];
          if (next === undefined) throw needsValue(`-${c}`);
          value = next;
        }
        setFlag(spec, value, `-${c}`, state);
        break;
      }
    } else {
      args.push(arg);
    }
  }
  return { args, afterDash: [] };
}

function setFlag(spec: FlagSpec, raw: string, written: string, state: ParseState): void {
  switch (spec.kind) {
    case 'bool': {
      const value = parseGoBool(raw);
      if (value === undefined) {
        throw new KoActionError('INPUT', `invalid argument "${raw}" for "${written}" flag`, {
          where: written,
          hint: 'a boolean flag takes true or false (--push=false)',
        });
      }
      spec.apply(state, value ? 'true' : 'false', written);
      return;
    }
    case 'int':
      if (!/^-?\d+$/.test(raw.trim())) {
        throw new KoActionError('INPUT', `invalid argument "${raw}" for "${written}" flag`, {
          where: written,
          hint: 'give a whole number',
        });
      }
      spec.apply(state, raw.trim(), written);
      return;
    case 'slice':
      // pflag reads a string slice value as one CSV record.
      for (const item of splitCsv(raw, written)) spec.apply(state, item, written);
      return;
    case 'string':
      spec.apply(state, raw, written);
  }
}

/** Go's strconv.ParseBool. */
function parseGoBool(s: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return false;
  return undefined;
}

/** One CSV record (encoding/csv), as pflag's StringSlice reads `a,b,"c,d"`. */
export function splitCsv(raw: string, written: string): string[] {
  if (raw === '') return [];
  const out: string[] = [];
  let field = '';
  let quoted = false;
  let start = true;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (start && c === '"') {
      quoted = true;
      start = false;
      continue;
    }
    start = false;
    if (quoted) {
      if (c === '"' && raw[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
        if (i + 1 < raw.length && raw[i + 1] !== ',') {
          throw new KoActionError('INPUT', `invalid argument "${raw}" for "${written}" flag`, {
            where: written,
            hint: 'a quoted value must end before the next comma',
          });
        }
      } else field += c;
    } else if (c === ',') {
      out.push(field);
      field = '';
      start = true;
    } else field += c;
  }
  if (quoted) {
    throw new KoActionError('INPUT', `invalid argument "${raw}" for "${written}" flag`, {
      where: written,
      hint: 'close the quote',
    });
  }
  out.push(field);
  return out;
}

function unknownFlag(command: CommandName, flag: string, group?: string): KoActionError {
  const inGroup = group && group !== flag ? ` in ${group}` : '';
  return new KoActionError('INPUT', `unknown flag: ${flag}${inGroup}`, {
    where: flag,
    hint: `run ko-action ${command} --help for the flags it knows`,
  });
}

function needsValue(flag: string): KoActionError {
  return new KoActionError('INPUT', `flag needs an argument: ${flag}`, { where: flag });
}
