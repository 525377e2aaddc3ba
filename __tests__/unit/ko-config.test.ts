import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { fixturesDir } from '../support/tools.js';
import { readFileSync } from 'node:fs';
import { parseConfigFile } from '../../src/oci/config.js';
import { sha256, type Digest } from '../../src/oci/digest.js';
import { encodeConfigFile, marshalConfigFile } from '../../src/oci/go-json.js';
import { appFileName, koConfigFile, type KoConfigOptions } from '../../src/ko/image-config.js';

interface Golden {
  config_example: {
    import_path: string;
    base_config: { bytes: string; size: number; digest: string };
    output_no_epochs: { bytes: string; size: number; digest: string };
    output_SOURCE_DATE_EPOCH_1700000000: { bytes: string; size: number; digest: string };
  };
}
const golden = JSON.parse(readFileSync(join(fixturesDir, 'golden.json'), 'utf8')) as Golden;

interface KoBuild {
  baseConfig: string;
  koConfig: string;
  os: string;
  labels?: Record<string, string>;
  user?: string;
  sourceDateEpoch?: number;
  kodataDateEpoch?: number;
}
/** Real ko v0.19.1 outputs; see `_about` in the fixture for how they were recorded. */
const ko = JSON.parse(readFileSync(join(fixturesDir, 'ko-outputs.json'), 'utf8')) as {
  builds: Record<string, KoBuild & { children?: KoBuild[] }>;
};

const dec = new TextDecoder();
const KODATA_EMPTY: Digest =
  'sha256:ffe56a1c5f3878e9b5f803842adb9e2ce81584b6bd027e8599582aefe14a975b';
const HELLO_BINARY: Digest =
  'sha256:42b06c3e0b3b2fd5f944237e9753a1cc525845be9afefd2c69796d898b15f189';

const helloOptions = (extra: Partial<KoConfigOptions> = {}): KoConfigOptions => ({
  appName: 'hello',
  importRef: 'ko://example.com/hello',
  os: 'linux',
  kodataDiffId: KODATA_EMPTY,
  binaryDiffId: HELLO_BINARY,
  ...extra,
});

describe('golden config_example (docs/spec/ko-compat.md#44-example-computed)', () => {
  const ex = golden.config_example;
  const base = parseConfigFile(ex.base_config.bytes);

  it('reproduces the no-epoch config byte for byte', () => {
    const bytes = marshalConfigFile(koConfigFile(base, helloOptions()));
    expect(dec.decode(bytes)).toBe(ex.output_no_epochs.bytes);
    expect(bytes.length).toBe(ex.output_no_epochs.size);
    expect(sha256(bytes)).toBe(ex.output_no_epochs.digest);
  });

  it('reproduces the SOURCE_DATE_EPOCH=1700000000 config byte for byte', () => {
    const bytes = marshalConfigFile(
      koConfigFile(base, helloOptions({ sourceDateEpoch: 1700000000 })),
    );
    const want = ex.output_SOURCE_DATE_EPOCH_1700000000;
    expect(dec.decode(bytes)).toBe(want.bytes);
    expect(bytes.length).toBe(want.size);
    expect(sha256(bytes)).toBe(want.digest);
  });

  it('does not modify the base config it was given', () => {
    const before = encodeConfigFile(base);
    koConfigFile(base, helloOptions({ labels: { a: 'b' }, user: 'x' }));
    expect(encodeConfigFile(base)).toBe(before);
  });
});

describe('parity with real ko v0.19.1 configs', () => {
  const cases: [string, KoBuild][] = [];
  for (const [name, b] of Object.entries(ko.builds)) {
    if (b.children) b.children.forEach((c, i) => cases.push([`${name} #${i}`, { ...b, ...c }]));
    else cases.push([name, b]);
  }

  it.each(cases)('%s', (_name, b) => {
    const koCfg = JSON.parse(b.koConfig) as { rootfs: { diff_ids: Digest[] } };
    const ids = koCfg.rootfs.diff_ids;
    const cf = koConfigFile(parseConfigFile(b.baseConfig), {
      ...helloOptions({ os: b.os }),
      // diffIDs are inputs here (the tar layers are another module's job).
      kodataDiffId: ids[ids.length - 2]!,
      binaryDiffId: ids[ids.length - 1]!,
      ...(b.labels ? { labels: b.labels } : {}),
      ...(b.user ? { user: b.user } : {}),
      ...(b.sourceDateEpoch !== undefined ? { sourceDateEpoch: b.sourceDateEpoch } : {}),
      ...(b.kodataDateEpoch !== undefined ? { kodataDateEpoch: b.kodataDateEpoch } : {}),
    });
    expect(encodeConfigFile(cf)).toBe(b.koConfig);
  });
});

describe('koConfigFile rules (docs/spec/ko-compat.md#41-procedure-in-this-order)', () => {
  const base = parseConfigFile(
    '{"architecture":"arm64","os":"linux","config":{"Env":["NOEQ","PATHX=1","PATH=/a","PATH=/b"],"Cmd":["x"],"User":"u","Labels":{"k":"base"}}}',
  );

  it('appends to the first PATH only, removes Cmd, keeps the base user without --image-user', () => {
    const cf = koConfigFile(base, helloOptions());
    expect(cf.config.Env).toEqual([
      'NOEQ',
      'PATHX=1',
      'PATH=/a:/ko-app',
      'PATH=/b',
      'KO_DATA_PATH=/var/run/ko',
    ]);
    expect(cf.config.Cmd).toBeUndefined();
    expect(cf.config.User).toBe('u');
    expect(cf.config.Labels).toEqual({ k: 'base' });
    expect(cf.author).toBe('github.com/ko-build/ko');
  });

  it('adds PATH=/ko-app when the base has none, and labels override base labels', () => {
    const cf = koConfigFile(
      parseConfigFile('{}'),
      helloOptions({ labels: { k: 'mine' }, user: '65532' }),
    );
    expect(cf.config.Env).toEqual(['PATH=/ko-app', 'KO_DATA_PATH=/var/run/ko']);
    expect(cf.config.Labels).toEqual({ k: 'mine' });
    expect(cf.config.User).toBe('65532');
    expect(cf.architecture).toBe(''); // ko never writes the build platform into the config
    expect(cf.created).toBe('0001-01-01T00:00:00Z');
  });

  it('uses Windows paths, with ko\'s ":" separator', () => {
    const cf = koConfigFile(base, helloOptions({ os: 'windows' }));
    expect(cf.config.Entrypoint).toEqual(['C:\\ko-app\\hello']);
    expect(cf.config.Env).toContain('PATH=/a:C:\\ko-app');
    expect(cf.config.Env?.at(-1)).toBe('KO_DATA_PATH=C:\\var\\run\\ko');
    expect(cf.history?.at(-1)?.comment).toBe('go build output, at /ko-app/hello');
  });

  it('stamps each history entry with its own epoch', () => {
    const cf = koConfigFile(
      base,
      helloOptions({ sourceDateEpoch: 0, kodataDateEpoch: 1600000000 }),
    );
    expect(cf.created).toBe('1970-01-01T00:00:00Z');
    expect(cf.history?.map((h) => h.created)).toEqual([
      '2020-09-13T12:26:40Z',
      '1970-01-01T00:00:00Z',
    ]);
  });

  it('adds the Delve layer, history and entrypoint for debug builds', () => {
    const delve: Digest = `sha256:${'d'.repeat(64)}`;
    const cf = koConfigFile(
      base,
      helloOptions({ delveDiffId: delve, sourceDateEpoch: 1700000000 }),
    );
    expect(cf.config.Entrypoint).toEqual([
      '/ko-app/dlv',
      'exec',
      '--listen=:40000',
      '--headless',
      '--log',
      '--accept-multiclient',
      '--api-version=2',
      '--',
      '/ko-app/hello',
    ]);
    expect(cf.rootfs.diff_ids?.slice(-3)).toEqual([KODATA_EMPTY, HELLO_BINARY, delve]);
    expect(cf.history?.at(-1)).toEqual({
      author: 'ko',
      created: '2023-11-14T22:13:20Z',
      created_by: 'ko build ko://example.com/hello',
      comment: 'Delve debugger, at /ko-app/dlv',
    });
  });

  it('names the binary after the import path', () => {
    expect(appFileName('example.com/Hello/cmd/App')).toBe('App');
    expect(appFileName('ko://example.com/hello/')).toBe('hello');
    expect(appFileName('')).toBe('ko-app');
    expect(appFileName('/')).toBe('ko-app');
  });
});
