// Acceptance of the Build issue, fidelity: the real ko (v0.19.1, built with Go 1.26) and
// ko-action build the same package on the same base with the same SOURCE_DATE_EPOCH, and the
// results must be the same bytes: every layer diffID, every config byte, and, since our layers
// are gzipped exactly as Go 1.26's compress/gzip does (src/oci/go-flate, issue #22), every
// compressed layer digest, every manifest digest and the index digest; for every platform, with
// and without kodata/, with an SBOM and without (docs/spec/ko-compat.md#32-compression-ggcr-tarballlayerfromopener-internalgzip).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  cleanupActionRuns,
  describeRun,
  fixtureApp,
  goTestEnv,
  runAction,
} from '../support/action.js';
import { basePlatforms, pushBaseImage, type PushedBaseImage } from '../support/base-image.js';
import { crane } from '../support/crane.js';
import { sbomTag } from '../../src/ko/sbom.js';
import type { Digest } from '../../src/oci/digest.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { toolPath } from '../support/tools.js';
import { buildTimeout } from '../support/timeouts.js';

const EPOCH = '1700000000';
const BASE_NAME = 'org.opencontainers.image.base.name';
const BASE_DIGEST = 'org.opencontainers.image.base.digest';

interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: { os: string; architecture: string; variant?: string };
  artifactType?: string;
  annotations?: Record<string, string>;
}
interface Index {
  mediaType?: string;
  manifests: Descriptor[];
  annotations?: Record<string, string>;
}
interface Manifest {
  mediaType?: string;
  config: Descriptor;
  layers: Descriptor[];
  annotations?: Record<string, string>;
}

let registry: TestRegistry;
let base: PushedBaseImage;
let home: string;
/** A copy of the fixture module without cmd/hello/kodata. */
let noKodataApp: string;

beforeAll(async () => {
  registry = await startRegistry('anonymous');
  base = await pushBaseImage(registry);
  home = await mkdtemp(join(tmpdir(), 'ko-action-fidelity-'));
  noKodataApp = join(home, 'app');
  await cp(fixtureApp, noKodataApp, { recursive: true });
  await rm(join(noKodataApp, 'cmd', 'hello', 'kodata'), { recursive: true });
});

afterAll(async () => {
  await registry?.stop();
  await cleanupActionRuns();
  if (home) await rm(home, { recursive: true, force: true });
});

function runKo(args: string[], env: Record<string, string>, cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      toolPath('ko'),
      args,
      { cwd, env, maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => {
        if (err) reject(new Error(`ko ${args.join(' ')} failed: ${err.message}\n${stderr}`));
        else resolve(stdout.trim());
      },
    );
  });
}

const json = async <T>(args: string[]): Promise<{ raw: string; value: T }> => {
  const raw = (await crane(args, { registry })).toString('utf8');
  return { raw, value: JSON.parse(raw) as T };
};

const pretty = (raw: string): string[] =>
  JSON.stringify(JSON.parse(raw) as unknown, null, 2).split('\n');

/** A line diff of two JSON documents (pretty-printed), LCS based: `-` ko only, `+` ours only. */
function jsonDiff(koRaw: string, oursRaw: string): string {
  const a = pretty(koRaw);
  const b = pretty(oursRaw);
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = lcs[i] as number[];
      const next = lcs[i + 1] as number[];
      row[j] = a[i] === b[j] ? (next[j + 1] ?? 0) + 1 : Math.max(next[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push(`  ${a[i++]}`);
      j++;
    } else if (
      i < a.length &&
      (j >= b.length || (lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0))
    ) {
      out.push(`- ${a[i++]}`);
    } else {
      out.push(`+ ${b[j++]}`);
    }
  }
  return out.join('\n');
}

/** Fails with a readable diff (ko = `-`, ko-action = `+`) when the two documents differ. */
function expectSameBytes(what: string, koRaw: string, oursRaw: string): void {
  if (koRaw === oursRaw) return;
  const same = JSON.stringify(JSON.parse(koRaw)) === JSON.stringify(JSON.parse(oursRaw));
  throw new Error(
    `${what} differs from ko's${same ? ' (same JSON, different bytes)' : ''}:\n` +
      `--- ko ${koRaw.length} bytes\n+++ ko-action ${oursRaw.length} bytes\n` +
      jsonDiff(koRaw, oursRaw),
  );
}

const platformOf = (d: Descriptor): string =>
  [d.platform?.os, d.platform?.architecture, d.platform?.variant].filter(Boolean).join('/');

describe('ko-action builds what ko v0.19.1 builds', () => {
  it.each([
    { kodata: true, sbom: 'spdx' },
    { kodata: false, sbom: 'none' },
  ])(
    'same digests (index, manifests, layers), configs and structure for 3 platforms: kodata/ $kodata, SBOM $sbom',
    async ({ kodata, sbom }) => {
      const platforms = basePlatforms.join(',');
      const cwd = kodata ? fixtureApp : noKodataApp;
      // A repository per case, so no blob of one case can stand in for the other's.
      const ka = `${registry.host}/ka-${sbom}`;
      const ko = `${registry.host}/ko-${sbom}`;
      const ours = await runAction({
        inputs: {
          'import-paths': './cmd/hello',
          repo: ka,
          naming: 'bare',
          platforms,
          'base-image': base.ref,
          sbom,
          cache: 'false',
        },
        env: { ...registry.env, SOURCE_DATE_EPOCH: EPOCH },
        cwd,
      });
      if (ours.code !== 0) throw new Error(`ko-action failed: ${describeRun(ours)}`);
      const oursDigest = ours.outputs.digest ?? '';

      const koRef = await runKo(
        ['build', '--bare', `--sbom=${sbom}`, `--platform=${platforms}`, './cmd/hello'],
        {
          ...goTestEnv(home),
          ...registry.env,
          KO_DOCKER_REPO: ko,
          KO_DEFAULTBASEIMAGE: base.ref,
          SOURCE_DATE_EPOCH: EPOCH,
        },
        cwd,
      );
      expect(koRef).toMatch(new RegExp(`^${ko}@sha256:[0-9a-f]{64}$`));

      const koIndex = await json<Index>(['manifest', koRef]);
      const ourIndex = await json<Index>(['manifest', `${ka}@${oursDigest}`]);

      // Index structure: media type, platforms in base order, descriptor fields, annotations.
      const shape = (idx: Index) => ({
        mediaType: idx.mediaType,
        manifests: idx.manifests.map((d) => ({
          mediaType: d.mediaType,
          platform: d.platform,
          artifactType: d.artifactType,
          annotations: d.annotations,
          fields: Object.keys(d),
        })),
        annotationKeys: Object.keys(idx.annotations ?? {}),
        fields: Object.keys(idx),
      });
      expect(shape(ourIndex.value)).toEqual(shape(koIndex.value));
      expect(ourIndex.value.manifests.map(platformOf)).toEqual([
        'linux/amd64',
        'linux/arm64/v8',
        'linux/arm/v7',
      ]);
      expect(ourIndex.value.annotations?.[BASE_NAME]).toBe(koIndex.value.annotations?.[BASE_NAME]);
      expect(ourIndex.value.annotations?.[BASE_DIGEST]).toBe(
        koIndex.value.annotations?.[BASE_DIGEST],
      );
      expect(ourIndex.value.annotations?.[BASE_NAME]).toBe(base.ref);
      // Not the digest of the base index as pushed: ko v0.19.1's Build() annotates an OCI base
      // index (base.digest, base.name) before buildAll reads its digest (see koBaseIndexDigest).
      expect(ourIndex.value.annotations?.[BASE_DIGEST]).not.toBe(base.indexDigest);

      for (const [n, koChild] of koIndex.value.manifests.entries()) {
        const ourChild = ourIndex.value.manifests[n] as Descriptor;
        const platform = platformOf(koChild);
        const koManifest = await json<Manifest>(['manifest', `${ko}@${koChild.digest}`]);
        const ourManifest = await json<Manifest>(['manifest', `${ka}@${ourChild.digest}`]);
        const koConfig = await json<{ rootfs: { diff_ids: string[] } }>([
          'config',
          koRef,
          '--platform',
          platform,
        ]);
        const ourConfig = await json<{ rootfs: { diff_ids: string[] } }>([
          'config',
          `${ka}@${oursDigest}`,
          '--platform',
          platform,
        ]);

        // Layers: the base layer (copied) and kodata + binary (ours, recompressed) by diffID.
        expect({ platform, diffIds: ourConfig.value.rootfs.diff_ids }).toEqual({
          platform,
          diffIds: koConfig.value.rootfs.diff_ids,
        });
        expectSameBytes(`config of ${platform}`, koConfig.raw, ourConfig.raw);
        expect(ourManifest.value.config.digest).toBe(koManifest.value.config.digest);

        // Manifest structure: media types, layer count, base layer verbatim, annotations.
        const mshape = (m: Manifest) => ({
          mediaType: m.mediaType,
          config: { mediaType: m.config.mediaType, digest: m.config.digest, size: m.config.size },
          layerTypes: m.layers.map((l) => l.mediaType),
          baseLayer: m.layers[0],
          annotations: m.annotations,
          fields: Object.keys(m),
        });
        expect({ platform, ...mshape(ourManifest.value) }).toEqual({
          platform,
          ...mshape(koManifest.value),
        });
        expect(ourManifest.value.annotations?.[BASE_DIGEST]).toBe(
          base.images.find((i) => i.platform === platform)?.manifestDigest,
        );

        // Go-identical gzip: the compressed layers are ko's bytes (checked first, as the cause of
        // any manifest difference), then the manifest is ko's, byte for byte.
        const layers = (m: Manifest) =>
          m.layers.map((l, i) => ({
            diffId: koConfig.value.rootfs.diff_ids[i],
            digest: l.digest,
            size: l.size,
          }));
        expect({ platform, layers: layers(ourManifest.value) }).toEqual({
          platform,
          layers: layers(koManifest.value),
        });
        expectSameBytes(`manifest of ${platform}`, koManifest.raw, ourManifest.raw);
        expect({ platform, digest: ourChild.digest }).toEqual({ platform, digest: koChild.digest });
      }
      // And so the index: ko's bytes, ko's digest.
      expectSameBytes('index', koIndex.raw, ourIndex.raw);
      expect(oursDigest).toBe(koRef.slice(koRef.indexOf('@') + 1));

      // With an SBOM, the attachments ko pushes next to the index and each image (tag
      // sha256-<hex>.sbom) are the same manifests too.
      if (sbom === 'spdx') {
        for (const d of [oursDigest, ...ourIndex.value.manifests.map((m) => m.digest)]) {
          const tag = sbomTag(d as Digest);
          const [koSbom, ourSbom] = await Promise.all([
            crane(['digest', `${ko}:${tag}`], { registry }),
            crane(['digest', `${ka}:${tag}`], { registry }),
          ]);
          expect({ tag, digest: ourSbom.toString().trim() }).toEqual({
            tag,
            digest: koSbom.toString().trim(),
          });
        }
      }
    },
    buildTimeout(2 * basePlatforms.length),
  ); // each platform by ko and by the action
});
