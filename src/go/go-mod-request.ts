// The Go a go.mod asks for, with the line that asks: its `go` line (the least Go that builds the
// module, since Go 1.21) and its `toolchain` line (the Go it prefers under GOTOOLCHAIN=auto).
// https://go.dev/ref/mod#go-mod-file-go, https://go.dev/ref/mod#go-mod-file-toolchain
import { isGoVersion } from './gover.js';

export interface GoModLine {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  readonly directive: 'go' | 'toolchain';
  /** Without `go`: `1.27.3`, `1.27`, `1.27rc1`. */
  readonly version: string;
}

export interface GoModRequest {
  readonly go?: GoModLine;
  /** Absent for `toolchain default` (no preference) and when there is no toolchain line. */
  readonly toolchain?: GoModLine;
}

// One directive per line; a trailing `// comment` is allowed, as in any go.mod line.
const directive = /^(go|toolchain)\s+(\S+)\s*(?:\/\/.*)?$/;

export function parseGoModRequest(file: string, contents: string): GoModRequest {
  let go: GoModLine | undefined;
  let toolchain: GoModLine | undefined;
  contents.split(/\r?\n/).forEach((text, i) => {
    const m = directive.exec(text.trim());
    if (!m?.[2]) return;
    const name = m[1] === 'go' ? 'go' : 'toolchain';
    // A toolchain is named `go1.27.3`; `default` (or anything else) asks for nothing.
    const version = name === 'go' ? m[2] : /^go(.+)$/.exec(m[2])?.[1];
    if (!version || !isGoVersion(version)) return;
    const line = { file, line: i + 1, directive: name, version } as const;
    if (name === 'go') go ??= line;
    else toolchain ??= line;
  });
  return { ...(go ? { go } : {}), ...(toolchain ? { toolchain } : {}) };
}

/** `go.mod:3 (go 1.27.3)`, `go.mod:5 (toolchain go1.27.3)`: where a request comes from. */
export function describeLine(l: GoModLine, relativeFile: string): string {
  const text = l.directive === 'go' ? `go ${l.version}` : `toolchain go${l.version}`;
  return `${relativeFile}:${l.line} (${text})`;
}
