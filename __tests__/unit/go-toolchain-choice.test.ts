// Which Go builds when go.mod asks for a newer one than the Go found: go's version order, the
// go.mod lines, the decision and its log line, and the error that names go.mod:line.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { pruneModuleCache } from '../../src/cache/module-cache.js';
import { compareGoVersions, isRelease, newerRelease } from '../../src/go/gover.js';
import { parseGoModRequest } from '../../src/go/go-mod-request.js';
import {
  chooseToolchain,
  unavailableError,
  type ChoiceInput,
} from '../../src/go/toolchain-choice.js';

describe('Go version order (cmd/go/internal/gover)', () => {
  it.each([
    ['1.27', '1.27rc1'],
    ['1.27rc1', '1.27rc2'],
    ['1.27beta2', '1.27rc1'],
    ['1.27rc2', '1.27.0'],
    ['1.27.0', '1.27.3'],
    ['1.26.8', '1.27'],
    ['1.9.7', '1.10'],
    ['go1.26.8', '1.27.3'],
  ])('%s < %s', (a, b) => {
    expect(compareGoVersions(a, b)).toBeLessThan(0);
    expect(compareGoVersions(b, a)).toBeGreaterThan(0);
  });

  it('equal versions compare equal, with or without go', () => {
    expect(compareGoVersions('go1.27.3', '1.27.3')).toBe(0);
  });

  it('a language version is not a release since Go 1.21; older names were', () => {
    expect(isRelease('1.27')).toBe(false);
    expect(isRelease('1.27.3')).toBe(true);
    expect(isRelease('1.27rc1')).toBe(true);
    expect(isRelease('1.20')).toBe(true);
  });

  it('newerRelease picks what GOTOOLCHAIN=auto picks (go/toolchain/switch_test.go cases)', () => {
    const list = ['1.20.3', '1.20.4', '1.21rc1', '1.21rc2', '1.21.0', '1.21.1', '1.22rc1'];
    expect(newerRelease('1.21', list)).toBe('1.21.1');
    expect(newerRelease('1.20.3', list)).toBe('1.20.4');
    expect(newerRelease('1.21rc1', list)).toBe('1.21.1');
    expect(newerRelease('1.22', list)).toBe('1.22rc1');
    expect(newerRelease('1.23', list)).toBeUndefined();
    // A newest family out: the newest patch of the one before it.
    expect(newerRelease('1.27', ['1.27.0', '1.27.3', '1.28.0'])).toBe('1.27.3');
  });
});

describe('parseGoModRequest', () => {
  it('finds the go and toolchain lines with their line numbers', () => {
    const mod = 'module example.com/app\n\ngo 1.26.0 // needs range funcs\n\ntoolchain go1.27.3\n';
    expect(parseGoModRequest('/w/go.mod', mod)).toEqual({
      go: { file: '/w/go.mod', line: 3, directive: 'go', version: '1.26.0' },
      toolchain: { file: '/w/go.mod', line: 5, directive: 'toolchain', version: '1.27.3' },
    });
  });

  it('`toolchain default` asks for nothing; a go.mod without a go line asks for nothing', () => {
    expect(parseGoModRequest('go.mod', 'module m\ngo 1.27\ntoolchain default\n')).toEqual({
      go: { file: 'go.mod', line: 2, directive: 'go', version: '1.27' },
    });
    expect(parseGoModRequest('go.mod', 'module m\n')).toEqual({});
  });

  it('reads CRLF files and ignores a `go` inside a require block', () => {
    const mod = 'module m\r\n\r\nrequire (\r\n\tgo.uber.org/zap v1.27.0\r\n)\r\ngo 1.27.3\r\n';
    expect(parseGoModRequest('go.mod', mod).go).toMatchObject({ line: 6, version: '1.27.3' });
  });
});

describe('chooseToolchain', () => {
  const goMod = (text: string) => parseGoModRequest('/w/app/go.mod', text);
  const base = (over: Partial<ChoiceInput>): ChoiceInput => ({
    found: '1.26.8',
    foundFrom: 'on PATH',
    request: goMod('module m\n\ngo 1.27.3\n'),
    goModName: 'app/go.mod',
    goToolchainEnv: undefined,
    ...over,
  });

  it('go line newer than the Go on PATH: switch, and say so', () => {
    const choice = chooseToolchain(base({}));
    expect(choice).toEqual({
      kind: 'switch',
      need: { file: '/w/app/go.mod', line: 3, directive: 'go', version: '1.27.3' },
      log: 'app/go.mod:3 (go 1.27.3) asks for a newer Go than Go 1.26.8 on PATH: getting Go 1.27.3',
    });
  });

  it('GOTOOLCHAIN=local (setup-go exports it) still switches for the go line: go build would refuse', () => {
    const choice = chooseToolchain(base({ goToolchainEnv: 'local' }));
    expect(choice.kind).toBe('switch');
    expect(choice.kind === 'switch' && choice.log).toBe(
      'app/go.mod:3 (go 1.27.3) asks for a newer Go than Go 1.26.8 on PATH (GOTOOLCHAIN=local would refuse the module): getting Go 1.27.3',
    );
  });

  it('toolchain line newer: switch to it unless GOTOOLCHAIN=local, under which go ignores it', () => {
    const request = goMod('module m\n\ngo 1.25.0\n\ntoolchain go1.27.3\n');
    expect(chooseToolchain(base({ request }))).toMatchObject({
      kind: 'switch',
      need: { line: 5, directive: 'toolchain', version: '1.27.3' },
      log: 'app/go.mod:5 (toolchain go1.27.3) asks for a newer Go than Go 1.26.8 on PATH: getting Go 1.27.3',
    });
    expect(chooseToolchain(base({ request, goToolchainEnv: 'local' }))).toEqual({
      kind: 'found',
      log: 'GOTOOLCHAIN=local: app/go.mod:5 (toolchain go1.27.3) is a preference go ignores under it; building with Go 1.26.8',
    });
  });

  it('the higher of the go and toolchain lines wins', () => {
    const request = goMod('module m\ngo 1.27.3\ntoolchain go1.27.1\n');
    expect(chooseToolchain(base({ request }))).toMatchObject({ need: { directive: 'go' } });
    const lang = goMod('module m\ngo 1.27\ntoolchain go1.27.1\n');
    expect(chooseToolchain(base({ request: lang }))).toMatchObject({
      need: { directive: 'toolchain', version: '1.27.1' },
    });
  });

  it('a Go at least as new as go.mod asks: the Go found, nothing said', () => {
    expect(chooseToolchain(base({ found: '1.27.3' }))).toEqual({ kind: 'found' });
    expect(chooseToolchain(base({ found: '1.28.0' }))).toEqual({ kind: 'found' });
    expect(chooseToolchain(base({ request: {} }))).toEqual({ kind: 'found' });
    // A development build is not compared.
    expect(chooseToolchain(base({ found: '1.27-abcdef0123 Mon Jan 1' }))).toEqual({
      kind: 'found',
    });
  });

  it('a GOTOOLCHAIN the user set (not local) is theirs: the go command picks', () => {
    for (const setting of ['auto', 'path', 'go1.27.3', 'go1.27.3+auto', 'local+auto']) {
      expect(chooseToolchain(base({ goToolchainEnv: setting, found: '1.27.3' }))).toEqual({
        kind: 'user',
        goToolchain: setting,
        log: `GOTOOLCHAIN=${setting} is set: the go command picks the Go that builds (Go 1.27.3), as in the job's other steps`,
      });
    }
  });

  it('an explicit go-version wins; one older than the go line is one clear error', () => {
    const toolchainOnly = goMod('module m\ngo 1.25.0\ntoolchain go1.27.3\n');
    expect(
      chooseToolchain(
        base({ request: toolchainOnly, explicit: 'go-version', foundFrom: 'from go-version' }),
      ),
    ).toEqual({
      kind: 'found',
      log: 'go-version wins over app/go.mod:3 (toolchain go1.27.3): building with Go 1.26.8',
    });
    expect(
      chooseToolchain(base({ request: {}, explicit: 'go-version', goToolchainEnv: 'auto' })),
    ).toEqual({
      kind: 'found',
      log: 'go-version wins over GOTOOLCHAIN=auto: building with Go 1.26.8',
    });

    const refused = chooseToolchain(base({ explicit: 'go-version', foundFrom: 'from go-version' }));
    expect(refused.kind).toBe('refuse');
    const error = refused.kind === 'refuse' ? refused.error : undefined;
    expect(error?.format()).toBe(
      'app/go.mod:3: Go 1.26.8 (from go-version) is older than app/go.mod:3 (go 1.27.3) requires, so go build would refuse this module. ' +
        'Set go-version to Go 1.27.3 or newer, or remove it to let ko-action get the Go app/go.mod asks for',
    );
  });
});

describe('unavailableError', () => {
  it('names go.mod:line, the Go found, the reason and the input that fixes it', () => {
    const need = parseGoModRequest('/w/go.mod', 'module m\n\ngo 1.99.0\n').go;
    if (!need) throw new Error('no go line');
    const e = unavailableError(need, 'go.mod', '1.26.8', 'on PATH', 'toolchain not available');
    expect(e.where).toBe('go.mod:3');
    expect(e.format()).toBe(
      'go.mod:3: cannot get Go 1.99.0, which go.mod:3 (go 1.99.0) asks for (Go 1.26.8 on PATH is older): toolchain not available. ' +
        'Set go-version to a Go release this runner has or can download (1.99.0 or newer), or let the go command reach the module proxy (GOPROXY) and the checksum database (GOSUMDB) that checks the toolchains it fetches',
    );
  });
});

describe('the module cache keeps a fetched toolchain', () => {
  it('pruning to the go.sum modules leaves golang.org/toolchain, which no go.sum names', async () => {
    const mod = await mkdtemp(join(tmpdir(), 'gomodcache-'));
    try {
      const toolchain = 'golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64';
      const files = [
        join(mod, 'cache/download/golang.org/toolchain/@v/v0.0.1-go1.27.3.linux-amd64.ziphash'),
        join(mod, toolchain, 'bin', 'go'),
        join(mod, 'cache/download/example.com/old/@v/v1.0.0.ziphash'),
        join(mod, 'example.com/old@v1.0.0/old.go'),
      ];
      for (const f of files) {
        await mkdir(dirname(f), { recursive: true });
        await writeFile(f, 'x');
      }
      expect(await pruneModuleCache(mod, new Set())).toBe(1);
      expect(files.map((f) => existsSync(f))).toEqual([true, true, false, false]);
    } finally {
      await rm(mod, { recursive: true, force: true });
    }
  });
});
