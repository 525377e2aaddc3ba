// `--help` for each command, laid out as cobra lays out ko's (Usage, Aliases, Examples, Flags,
// Global Flags), with ko's wording where ko has it.
import { flagsOf, type CommandName, type FlagSpec } from './flags.js';

interface CommandDoc {
  readonly use: string;
  readonly short: string;
  readonly aliases?: readonly string[];
  readonly examples?: string;
}

const docs: Record<Exclude<CommandName, 'help'>, CommandDoc> = {
  build: {
    use: 'build IMPORTPATH...',
    short: 'Build and publish container images from the given importpaths.',
    aliases: ['build', 'publish'],
    examples: `  # Build and publish import path references to a Docker Registry as:
  #   \${KO_DOCKER_REPO}/<package name>-<hash of import path>
  # If the import path is not provided, the current working directory is the default.
  ko-action build ./cmd/blah

  # Build into an OCI layout, pushing nothing:
  ko-action build ./cmd/blah --push=false --oci-layout-path ./out

  # Build a docker load-able tarball of a single-platform image:
  ko-action build ./cmd/blah --push=false --tarball app.tar`,
  },
  resolve: {
    use: 'resolve -f FILENAME',
    short: 'Print the input files with image references resolved to built/pushed image digests.',
    examples: `  # Build and publish import path references (ko://...) found in config/, and print the YAML:
  ko-action resolve -f config/

  # Recursively, only the documents labelled app=web:
  ko-action resolve -R -f config/ -l app=web`,
  },
  apply: {
    use: 'apply -f FILENAME',
    short: 'Apply the input files with image references resolved to built/pushed image digests.',
    examples: `  # Resolve config/, then feed the YAML into "kubectl apply -f -":
  ko-action apply -f config/

  # Any flags passed after '--' are passed to 'kubectl apply' directly:
  ko-action apply -f config -- --namespace=foo --kubeconfig=cfg.yaml`,
  },
  create: {
    use: 'create -f FILENAME',
    short: 'Create the input files with image references resolved to built/pushed image digests.',
    examples: `  # Resolve config/, then feed the YAML into "kubectl create -f -":
  ko-action create -f config/

  # Any flags passed after '--' are passed to 'kubectl create' directly:
  ko-action create -f config -- --namespace=foo`,
  },
  delete: {
    use: 'delete',
    short: 'See "kubectl help delete" for detailed usage.',
    examples: `  # Every argument goes to "kubectl delete":
  ko-action delete -f config/`,
  },
  run: {
    use: 'run IMPORTPATH',
    short: 'A variant of `kubectl run` that containerizes IMPORTPATH first.',
    examples: `  # Publish the image and run it on Kubernetes:
  ko-action run ./cmd/baz

  # You can also supply args and flags to the command.
  ko-action run ./cmd/baz -- -v arg1 arg2 --yes`,
  },
  login: {
    use: 'login [OPTIONS] [SERVER]',
    short: 'Log in to a registry',
    examples: `  # Log in to reg.example.com
  ko-action login reg.example.com -u AzureDiamond -p hunter2`,
  },
  version: { use: 'version', short: 'Print ko-action version.' },
};

const rootText = `Rapidly iterate with Go, Containers, and Kubernetes: ko, rebuilt natively in TypeScript.

Usage:
  ko-action [flags]
  ko-action [command]

Available Commands:
${(Object.keys(docs) as (keyof typeof docs)[])
  .map((c) => `  ${c.padEnd(10)} ${docs[c].short}`)
  .join('\n')}
  help       Help about any command

Flags:
  -h, --help      help for ko-action
  -v, --verbose   Enable debug logs

Environment: KO_DOCKER_REPO, KO_DEFAULTBASEIMAGE, KO_DEFAULTPLATFORMS, KO_CONFIG_PATH, KOCACHE,
KO_DATA_DATE_EPOCH, SOURCE_DATE_EPOCH, KO_GO_PATH, GOFLAGS, as ko reads them.
Tip: alias ko=ko-action

Use "ko-action [command] --help" for more information about a command.
`;

/** The help for `command` ('help': the overview). */
export function helpText(command: CommandName): string {
  if (command === 'help') return rootText;
  const doc = docs[command];
  const flags = flagsOf(command);
  const own = flags.filter((f) => f.long !== 'help' && f.long !== 'verbose');
  const parts = [
    `${doc.short}\n`,
    `Usage:\n  ko-action ${doc.use}${own.length ? ' [flags]' : ''}\n`,
  ];
  if (doc.aliases) parts.push(`Aliases:\n  ${doc.aliases.join(', ')}\n`);
  if (doc.examples) parts.push(`Examples:\n${doc.examples}\n`);
  parts.push(`Flags:\n${flagTable([...own, ...flags.filter((f) => f.long === 'help')])}\n`);
  parts.push(`Global Flags:\n${flagTable(flags.filter((f) => f.long === 'verbose'))}\n`);
  return parts.join('\n');
}

/** pflag's FlagUsages: `  -t, --tags strings   help`, names padded to one column. */
function flagTable(flags: readonly FlagSpec[]): string {
  const typeName = { bool: '', string: ' string', slice: ' strings', int: ' int' } as const;
  const names = flags.map(
    (f) => `${f.short ? `-${f.short}, ` : '    '}--${f.long}${typeName[f.kind]}`,
  );
  const width = Math.max(...names.map((n) => n.length));
  return flags.map((f, i) => `  ${(names[i] ?? '').padEnd(width)}   ${f.help}`).join('\n');
}
