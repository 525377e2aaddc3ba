// Every command and flag of the CLI: ko v0.19's (pkg/commands/*.go, pkg/commands/options/*.go),
// with ko's names, shorthands, kinds and help, and a few of ko-action's own (marked). Each flag
// says what it sets: an action input (the same engine reads it) or a ko-only field.
import { KoActionError } from '../util/errors.js';

/** ko flags with no action input: publishing (engine/publish/ko-publishing.ts) and resolve. */
export interface KoFlags {
  readonly ociLayoutPath?: string;
  readonly tarball?: string;
  readonly imageRefs?: string;
  readonly tagOnly: boolean;
  readonly local: boolean;
  readonly sbomDir?: string;
  /** --ldflags, each value split on commas (a pflag string slice). */
  readonly ldflags?: readonly string[];
  /** -l/--selector: a Kubernetes label selector for resolve, apply and create. */
  readonly selector?: string;
}

/** What parsing collects; each flag's `apply` write into it. */
export interface ParseState {
  readonly inputs: Record<string, string>;
  readonly ko: { -readonly [K in keyof KoFlags]: KoFlags[K] };
  readonly lists: Map<string, string[]>;
  readonly warnings: string[];
  /** -P, -B, --bare as given: ko's precedence is applied once all are read. */
  readonly naming: Record<'P' | 'B' | 'bare', boolean>;
  verbose: boolean;
  help: boolean;
}

export const commandNames = [
  'build',
  'resolve',
  'apply',
  'create',
  'delete',
  'run',
  'login',
  'version',
  'help',
] as const;
export type CommandName = (typeof commandNames)[number];

export interface FlagSpec {
  readonly long: string;
  readonly short?: string;
  readonly kind: 'bool' | 'string' | 'slice' | 'int';
  /** As `--help` shows it. */
  readonly help: string;
  /** Records one value (a slice flag: one item). Booleans get 'true' or 'false'. */
  readonly apply: (state: ParseState, value: string, written: string) => void;
}

const on = (v: string): boolean => v === 'true';

/** A repeatable input: the first value replaces the default, later ones add (pflag slices). */
function addTo(input: string, opts: { unique?: boolean } = {}) {
  return (state: ParseState, value: string): void => {
    const list = state.lists.get(input) ?? [];
    if (!(opts.unique && list.includes(value))) list.push(value);
    state.lists.set(input, list);
  };
}

function naming(mode: 'P' | 'B' | 'bare') {
  return (state: ParseState, value: string): void => {
    state.naming[mode] = on(value);
  };
}

const verbose: FlagSpec = {
  long: 'verbose',
  short: 'v',
  kind: 'bool',
  help: 'Enable debug logs',
  apply: (s, v) => void (s.verbose = on(v)),
};
const help: FlagSpec = {
  long: 'help',
  short: 'h',
  kind: 'bool',
  help: 'help for this command',
  apply: (s, v) => void (s.help = on(v)),
};

/** options.AddPublishArg */
const publishFlags: readonly FlagSpec[] = [
  {
    long: 'tags',
    short: 't',
    kind: 'slice',
    help: "Which tags to use for the produced image instead of the default 'latest' tag (may not work properly with --base-import-paths or --bare). (default [latest])",
    apply: addTo('tags', { unique: true }),
  },
  {
    long: 'tag-only',
    kind: 'bool',
    help: 'Include tags but not digests in resolved image references. Useful when digests are not preserved when images are repopulated.',
    apply: (s, v) => void (s.ko.tagOnly = on(v)),
  },
  {
    long: 'push',
    kind: 'bool',
    help: 'Push images to KO_DOCKER_REPO (default true)',
    apply: (s, v) => void (s.inputs.push = v),
  },
  {
    long: 'local',
    short: 'L',
    kind: 'bool',
    help: 'Load into images to local docker daemon.',
    apply: (s, v) => void (s.ko.local = on(v)),
  },
  {
    long: 'insecure-registry',
    kind: 'bool',
    help: 'Whether to skip TLS verification on the registry',
    apply: (s, v) => void (s.inputs['insecure-registry'] = v),
  },
  {
    long: 'oci-layout-path',
    kind: 'string',
    help: 'Path to save the OCI image layout of the built images',
    apply: (s, v) => {
      if (v) s.ko.ociLayoutPath = v;
      else delete s.ko.ociLayoutPath;
    },
  },
  {
    long: 'tarball',
    kind: 'string',
    help: 'File to save images tarballs',
    apply: (s, v) => {
      if (v) s.ko.tarball = v;
      else delete s.ko.tarball;
    },
  },
  {
    long: 'image-refs',
    kind: 'string',
    help: 'Path to file where a list of the published image references will be written.',
    apply: (s, v) => {
      if (v) s.ko.imageRefs = v;
      else delete s.ko.imageRefs;
    },
  },
  {
    long: 'preserve-import-paths',
    short: 'P',
    kind: 'bool',
    help: 'Whether to preserve the full import path after KO_DOCKER_REPO.',
    apply: naming('P'),
  },
  {
    long: 'base-import-paths',
    short: 'B',
    kind: 'bool',
    help: 'Whether to use the base path without MD5 hash after KO_DOCKER_REPO (may not work properly with --tags).',
    apply: naming('B'),
  },
  {
    long: 'bare',
    kind: 'bool',
    help: 'Whether to just use KO_DOCKER_REPO without additional context (may not work properly with --tags).',
    apply: naming('bare'),
  },
];

/** options.AddBuildOptions */
const buildFlags: readonly FlagSpec[] = [
  {
    long: 'jobs',
    short: 'j',
    kind: 'int',
    help: 'The maximum number of concurrent builds (default GOMAXPROCS)',
    apply: (s, v) => {
      if (Number(v) < 0) {
        throw new KoActionError('INPUT', `--jobs ${v} is negative`, { where: '--jobs' });
      }
      // ko's 0 means "the default".
      if (Number(v) === 0) delete s.inputs.jobs;
      else s.inputs.jobs = String(Number(v));
    },
  },
  {
    long: 'disable-optimizations',
    kind: 'bool',
    help: 'Disable optimizations when building Go code. Useful when you want to interactively debug the created container.',
    apply: (s, v) => void (s.inputs.debug = v),
  },
  {
    long: 'ldflags',
    kind: 'slice',
    help: 'ldflags to pass to go build (may be repeated)',
    apply: (s, v) => void (s.ko.ldflags = [...(s.ko.ldflags ?? []), v]),
  },
  {
    long: 'sbom',
    kind: 'string',
    help: 'The SBOM media type to use (none will disable SBOM synthesis and upload). (default "spdx")',
    apply: (s, v) => {
      if (v !== 'spdx' && v !== 'none') {
        // ko v0.19 makes an SPDX SBOM for every value but none (gobuildOptions); say so.
        s.warnings.push(`--sbom=${v}: ko makes an SPDX SBOM for any value but none; using spdx`);
      }
      s.inputs.sbom = v === 'none' ? 'none' : 'spdx';
    },
  },
  {
    long: 'compression',
    kind: 'string',
    help: 'Layer gzip: go (ko\'s exact bytes and digests) or parallel (zlib on every core; digests differ from ko\'s). (default "go")',
    apply: (s, v) => void (s.inputs.compression = v),
  },
  {
    long: 'provenance',
    kind: 'bool',
    help: 'Attach a SLSA v1 provenance statement to each pushed platform image, as an OCI 1.1 referrer (ko-action only).',
    apply: (s, v) => void (s.inputs.provenance = v),
  },
  {
    long: 'sbom-dir',
    kind: 'string',
    help: 'Path to directory where the SBOM will be written.',
    apply: (s, v) => {
      if (v) s.ko.sbomDir = v;
      else delete s.ko.sbomDir;
    },
  },
  {
    long: 'platform',
    kind: 'slice',
    help: 'Which platform to use when pulling a multi-platform base. Format: all | <os>[/<arch>[/<variant>]][,platform]*',
    apply: addTo('platforms'),
  },
  {
    long: 'image-label',
    kind: 'slice',
    help: 'Which labels (key=value[,key=value]) to add to the image.',
    apply: (s, v, written) => {
      if (!v.includes('=')) {
        throw new KoActionError('INPUT', `invalid label flag: ${v}`, {
          where: written,
          hint: 'write --image-label key=value',
        });
      }
      addTo('labels')(s, v);
    },
  },
  {
    long: 'image-annotation',
    kind: 'slice',
    help: 'Which annotations (key=value[,key=value]) to add to the OCI manifest.',
    apply: (s, v, written) => {
      if (!v.includes('=')) {
        throw new KoActionError('INPUT', `missing '=' in annotation: ${v}`, {
          where: written,
          hint: 'write --image-annotation key=value',
        });
      }
      addTo('annotations')(s, v);
    },
  },
  {
    long: 'image-user',
    kind: 'string',
    help: 'The default user the image should be run as.',
    apply: (s, v) => void (s.inputs.user = v),
  },
  {
    long: 'debug',
    kind: 'bool',
    help: 'Include Delve debugger into image and wrap around ko-app. This debugger will listen to port 40000. (not supported by ko-action)',
    apply: (_s, v, written) => {
      if (!on(v)) return;
      // ko downloads and builds delve from GitHub for this, and sets a delve entrypoint.
      throw new KoActionError(
        'INPUT',
        `${written} (an image with the Delve debugger) is not supported by ko-action`,
        {
          where: written,
          hint: 'use --disable-optimizations and attach a debugger yourself, or run ko itself for --debug',
        },
      );
    },
  },
];

/** ko-action's own flags, beside ko's. */
const ownFlags: readonly FlagSpec[] = [
  {
    long: 'repo',
    kind: 'string',
    help: '(ko-action) The repository to push to, instead of $KO_DOCKER_REPO.',
    apply: (s, v) => void (s.inputs.repo = v),
  },
  {
    long: 'base-image',
    kind: 'string',
    help: '(ko-action) The default base image, instead of $KO_DEFAULTBASEIMAGE or .ko.yaml.',
    apply: (s, v) => void (s.inputs['base-image'] = v),
  },
  {
    long: 'working-directory',
    short: 'C',
    kind: 'string',
    help: '(ko-action) Where the Go module is (default: the current directory).',
    apply: (s, v) => void (s.inputs['working-directory'] = v),
  },
  {
    long: 'config',
    kind: 'string',
    help: '(ko-action) The .ko.yaml to use, instead of $KO_CONFIG_PATH.',
    apply: (s, v) => void (s.inputs.config = v),
  },
];

/** options.AddFileArg, options.AddSelectorArg */
const fileFlags: readonly FlagSpec[] = [
  {
    long: 'filename',
    short: 'f',
    kind: 'slice',
    help: 'Filename, directory, or URL to files to use to create the resource',
    apply: addTo('resolve'),
  },
  {
    long: 'recursive',
    short: 'R',
    kind: 'bool',
    help: 'Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.',
    apply: (s, v) => void (s.inputs['resolve-recursive'] = v),
  },
  {
    long: 'selector',
    short: 'l',
    kind: 'string',
    help: "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2)",
    apply: (s, v) => {
      if (v) s.ko.selector = v;
      else delete s.ko.selector;
    },
  },
];

/** crane's `auth login`, which ko adds as `ko login`. */
const loginFlags: readonly FlagSpec[] = [
  {
    long: 'username',
    short: 'u',
    kind: 'string',
    help: 'Username',
    apply: (s, v) => void (s.inputs.username = v),
  },
  {
    long: 'password',
    short: 'p',
    kind: 'string',
    help: 'Password',
    apply: (s, v) => void (s.inputs.password = v),
  },
  {
    long: 'password-stdin',
    kind: 'bool',
    help: 'Take the password from stdin',
    apply: (s, v) => void (s.inputs['password-stdin'] = v),
  },
];

const global = [verbose, help];
const building = [...publishFlags, ...buildFlags, ...ownFlags];

/** The flags `command` accepts, its own first. */
export function flagsOf(command: CommandName): readonly FlagSpec[] {
  switch (command) {
    case 'build':
    case 'run':
      return [...building, ...global];
    case 'resolve':
    case 'apply':
    case 'create':
      return [...fileFlags, ...building, ...global];
    case 'login':
      return [...loginFlags, ...global];
    default:
      return global;
  }
}
