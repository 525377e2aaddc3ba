// What setting Go up gives the build: one go binary, the version that builds, and the
// GOTOOLCHAIN every go command of the build runs with.

export type GoSource =
  | 'path'
  | 'ko-go-path'
  | 'tool-cache'
  | 'download'
  /** The go command's own switch (GOTOOLCHAIN=go1.27.3): a toolchain in GOMODCACHE. */
  | 'toolchain-switch';

export interface GoSetup {
  /** The go binary. */
  readonly goPath: string;
  /** The Go that builds, as `go version` reports it without `go`: `1.26.8`. */
  readonly version: string;
  readonly source: GoSource;
  /** For every go command of the build: `local`, a pinned `go1.27.3`, or the user's setting. */
  readonly goToolchain: string;
  /**
   * Gets the toolchain (the go command's download into GOMODCACHE). Call it once the module
   * cache is restored, so that a toolchain the cache holds is not downloaded again.
   */
  readonly fetch?: () => Promise<void>;
}
