// Whether the Go found builds the module, or go.mod asks for a newer one that ko-action must get
// first (docs/spec/action-interface.md#go). Go's own rules (https://go.dev/doc/toolchain): the
// `go` line is the least Go that builds the module (GOTOOLCHAIN=local refuses to build with an
// older one, so the build would fail anyway); the `toolchain` line is a preference that only
// GOTOOLCHAIN=auto follows. ko-action gets the Go that `auto` would use, but says which and pins
// it by name, because setup-go exports GOTOOLCHAIN=local and some Go installs set it in
// $GOROOT/go.env, where `auto` would not switch at all.
import { KoActionError } from '../util/errors.js';
import { describeLine, type GoModLine, type GoModRequest } from './go-mod-request.js';
import { compareGoVersions, isGoVersion } from './gover.js';

export interface ChoiceInput {
  /** What `go version` says of the Go found: `1.26.8`; `devel …` counts as the newest. */
  readonly found: string;
  /** Where that Go came from, for messages: `on PATH`, `at $KO_GO_PATH`, `from go-version`. */
  readonly foundFrom: string;
  /** The go.mod of the module built (nothing when there is none). */
  readonly request: GoModRequest;
  /** go.mod's path as messages show it: relative to the workspace. */
  readonly goModName: string;
  /** GOTOOLCHAIN as the step got it (unset, `local`, `auto`, `go1.27.3+auto`, …). */
  readonly goToolchainEnv: string | undefined;
  /** The input that chose the Go found, when one did: it wins over go.mod. */
  readonly explicit?: 'go-version' | 'go-version-file';
}

export type ToolchainChoice =
  /** Build with the Go found, pinned with GOTOOLCHAIN=local. */
  | { readonly kind: 'found'; readonly log?: string }
  /** The user's GOTOOLCHAIN decides; every go command gets it unchanged. */
  | { readonly kind: 'user'; readonly goToolchain: string; readonly log: string }
  /** Get the Go `need` asks for and build with it. */
  | { readonly kind: 'switch'; readonly need: GoModLine; readonly log: string }
  /** An explicit input gives a Go the module cannot be built with. */
  | { readonly kind: 'refuse'; readonly error: KoActionError };

const newerThan = (v: string, found: string): boolean =>
  isGoVersion(found) && compareGoVersions(v, found) > 0;

export function chooseToolchain(input: ChoiceInput): ToolchainChoice {
  const { found, foundFrom, request, goModName } = input;
  const setting = (input.goToolchainEnv ?? '').trim();
  const asks = (l: GoModLine): string => describeLine(l, goModName);
  const goLine = request.go && newerThan(request.go.version, found) ? request.go : undefined;
  const preferred =
    request.toolchain && newerThan(request.toolchain.version, found)
      ? request.toolchain
      : undefined;

  if (input.explicit) {
    if (goLine) {
      return {
        kind: 'refuse',
        error: new KoActionError(
          'GO_INSTALL',
          `Go ${found} (${foundFrom}) is older than ${asks(goLine)} requires, so go build would refuse this module`,
          {
            where: `${goModName}:${goLine.line}`,
            hint: `set ${input.explicit} to Go ${goLine.version} or newer, or remove it to let ko-action get the Go ${goModName} asks for`,
          },
        ),
      };
    }
    const over = [
      ...(preferred ? [asks(preferred)] : []),
      ...(setting !== '' && setting !== 'local' ? [`GOTOOLCHAIN=${setting}`] : []),
    ];
    return over.length
      ? {
          kind: 'found',
          log: `${input.explicit} wins over ${over.join(' and ')}: building with Go ${found}`,
        }
      : { kind: 'found' };
  }

  // `auto`, `path`, `go1.27.3`, `go1.27.3+auto`, `local+auto`: the user chose how go picks; an
  // empty value or `local` is what setup-go exports (and what the action set itself until now).
  if (setting !== '' && setting !== 'local') {
    return {
      kind: 'user',
      goToolchain: setting,
      log: `GOTOOLCHAIN=${setting} is set: the go command picks the Go that builds (Go ${found}), as in the job's other steps`,
    };
  }

  // GOTOOLCHAIN=local makes go ignore the toolchain line.
  const wanted = setting === 'local' ? undefined : preferred;
  const need =
    goLine && wanted
      ? compareGoVersions(goLine.version, wanted.version) > 0
        ? goLine
        : wanted
      : (goLine ?? wanted);
  if (!need) {
    return preferred && setting === 'local'
      ? {
          kind: 'found',
          log: `GOTOOLCHAIN=local: ${asks(preferred)} is a preference go ignores under it; building with Go ${found}`,
        }
      : { kind: 'found' };
  }
  const refused = setting === 'local' ? ' (GOTOOLCHAIN=local would refuse the module)' : '';
  return {
    kind: 'switch',
    need,
    log: `${asks(need)} asks for a newer Go than Go ${found} ${foundFrom}${refused}: getting Go ${need.version}`,
  };
}

/** The error when the Go go.mod asks for cannot be had: the line that asks, and what fixes it. */
export function unavailableError(
  need: GoModLine,
  goModName: string,
  found: string,
  foundFrom: string,
  reason: string,
): KoActionError {
  return new KoActionError(
    'GO_INSTALL',
    `cannot get Go ${need.version}, which ${describeLine(need, goModName)} asks for (Go ${found} ${foundFrom} is older): ${reason}`,
    {
      where: `${goModName}:${need.line}`,
      hint: `set go-version to a Go release this runner has or can download (${need.version} or newer), or let the go command reach the module proxy (GOPROXY) and the checksum database (GOSUMDB) that checks the toolchains it fetches`,
    },
  );
}
