import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { fixturesDir } from '../support/tools.js';
import { readFileSync } from 'node:fs';
import { sha256 } from '../../src/oci/digest.js';
import { GoDecodeError, decodeGo } from '../../src/oci/go-decode.js';
import {
  compareGoStrings,
  encodeConfigFile,
  encodeGo,
  encodeIndexManifest,
  goJsonBytes,
  goQuote,
} from '../../src/oci/go-json.js';
import { formatGoTime, normaliseGoTime, ZERO_GO_TIME } from '../../src/oci/go-time.js';
import { ConfigFileType, IndexManifestType, ManifestType } from '../../src/oci/go-schema.js';
import { parseConfigFile } from '../../src/oci/config.js';
import { emptyIndex } from '../../src/oci/manifest.js';
import { KoActionError } from '../../src/util/errors.js';

interface GoldenJson {
  json: {
    empty_index: { bytes: string; size: number; digest: string };
    empty_image_config: { bytes: string; size: number; digest: string };
    go_escaping: { input: string; output_json_string: string };
  };
}
const golden = JSON.parse(readFileSync(join(fixturesDir, 'golden.json'), 'utf8')) as GoldenJson;

const types = { config: ConfigFileType, manifest: ManifestType, index: IndexManifestType };
type Kind = keyof typeof types;

/** decode (json.Unmarshal into ggcr's struct) then encode (json.Marshal). */
function roundTrip(kind: string, input: string): string {
  const hex = kind.endsWith('-hex');
  const type = types[(hex ? kind.slice(0, -4) : kind) as Kind];
  const raw = hex ? Uint8Array.from(Buffer.from(input, 'hex')) : input;
  return encodeGo(decodeGo(raw, type), type);
}

// Differential vectors: each input was decoded with ggcr v0.21.9's v1.ParseConfigFile /
// ParseManifest / ParseIndexManifest and re-encoded with json.Marshal by a throwaway Go 1.26.8
// program (TZ=UTC and TZ=Europe/Berlin gave identical output). null = Go returned an error.
// `-hex` inputs are raw bytes (invalid UTF-8 cannot travel in a JSON test file).
const goVectors: [kind: string, input: string, output: string | null][] = [
  [
    'config',
    '{}',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  [
    'config',
    '{"created":"2024-01-01T00:00:00+00:00"}',
    '{"architecture":"","created":"2024-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  [
    'config',
    '{"created":"2024-01-01T00:00:00-00:00"}',
    '{"architecture":"","created":"2024-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  [
    'config',
    '{"created":"2024-01-01T00:00:00.120000000Z"}',
    '{"architecture":"","created":"2024-01-01T00:00:00.12Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  [
    'config',
    '{"created":"2024-01-01T00:00:00.000000000Z"}',
    '{"architecture":"","created":"2024-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  [
    'config',
    '{"created":"2024-01-01T00:00:00.1234567891Z"}',
    '{"architecture":"","created":"2024-01-01T00:00:00.123456789Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  [
    'config',
    '{"created":"2024-01-01T00:00:00,5Z"}',
    '{"architecture":"","created":"2024-01-01T00:00:00.5Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  ['config', '{"created":"2024-01-01t00:00:00z"}', null],
  ['config', '{"created":"2024-01-01 00:00:00Z"}', null],
  [
    'config',
    '{"created":"2024-01-01T00:00:00+02:00"}',
    '{"architecture":"","created":"2024-01-01T00:00:00+02:00","os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  ['config', '{"created":"2024-01-01T00:00:00+0200"}', null],
  ['config', '{"created":"2024-01-01T00:00:00+24:00"}', null],
  [
    'config',
    '{"created":"2024-01-01T00:00:00+23:59"}',
    '{"architecture":"","created":"2024-01-01T00:00:00+23:59","os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  [
    'config',
    '{"created":"2024-01-01T00:00:00+05:60"}',
    '{"architecture":"","created":"2024-01-01T00:00:00+06:00","os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  ['config', '{"created":"2024-01-01T24:00:00Z"}', null],
  ['config', '{"created":"2024-02-30T00:00:00Z"}', null],
  ['config', '{"created":"2024-02-29T23:59:60Z"}', null],
  [
    'config',
    '{"created":"0000-01-01T00:00:00Z"}',
    '{"architecture":"","created":"0000-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  [
    'config',
    '{"created":"0000-01-01T00:00:00+01:00"}',
    '{"architecture":"","created":"0000-01-01T00:00:00+01:00","os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  [
    'config',
    '{"created":"9999-12-31T23:59:59-01:00"}',
    '{"architecture":"","created":"9999-12-31T23:59:59-01:00","os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  ['config', '{"created":"2024-1-01T00:00:00Z"}', null],
  ['config', '{"created":"2024-01-01T00:00:00"}', null],
  ['config', '{"created":"2024-01-01T00:00:00.Z"}', null],
  ['config', '{"created":""}', null],
  [
    'config',
    '{"created":null}',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  ['config', '{"created":12}', null],
  ['config', '{"created":"2024-01-01T00:00:00\\u005a"}', null],
  [
    'config',
    '{"created":"2024-01-01T00:00:00.999999999999Z"}',
    '{"architecture":"","created":"2024-01-01T00:00:00.999999999Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  [
    'config',
    '{"created":"2024-01-01T00:00:00+00:30"}',
    '{"architecture":"","created":"2024-01-01T00:00:00+00:30","os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  ['config', '{"created":"+2024-01-01T00:00:00Z"}', null],
  [
    'config',
    '{"created":"2024-01-01T00:00:00.5+14:00"}',
    '{"architecture":"","created":"2024-01-01T00:00:00.5+14:00","os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  [
    'config',
    '{"created":"2024-01-01T1:00:00Z"}',
    '{"architecture":"","created":"2024-01-01T01:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  ['config', '{"created":"2024-13-01T00:00:00Z"}', null],
  ['config', '{"created":"2024-00-01T00:00:00Z"}', null],
  ['config', '{"created":"2024-01-00T00:00:00Z"}', null],
  ['config', '{"created":"2024-01-01T00:60:00Z"}', null],
  ['config', '{"created":"2024-01-01T00:00:61Z"}', null],
  ['config', '{"created":"2023-02-29T00:00:00Z"}', null],
  ['config', '{"created":"1900-02-29T00:00:00Z"}', null],
  [
    'config',
    '{"created":"2000-02-29T00:00:00Z"}',
    '{"architecture":"","created":"2000-02-29T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  ['config', '{"created":"2024-01-01T00:00:00Z "}', null],
  [
    'config',
    '{"history":[{}],"rootfs":{},"config":{"Healthcheck":{}}}',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","history":[{"created":"0001-01-01T00:00:00Z"}],"os":"","rootfs":{"type":"","diff_ids":null},"config":{"Healthcheck":{}}}',
  ],
  [
    'config',
    '{"history":[],"rootfs":{"diff_ids":[]},"config":{"Labels":{},"Env":[],"Volumes":{}}}',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":[]},"config":{}}',
  ],
  [
    'config',
    '{"Architecture":"amd64","OS":"linux","ROOTFS":{"TYPE":"layers"},"config":{"user":"x","entrypoint":["a"]}}',
    '{"architecture":"amd64","created":"0001-01-01T00:00:00Z","os":"linux","rootfs":{"type":"layers","diff_ids":null},"config":{"Entrypoint":["a"],"User":"x"}}',
  ],
  [
    'config',
    '{"os":"linux","OS":"windows"}',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"windows","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  [
    'config',
    '{"OS":"windows","os":"linux"}',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"linux","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  [
    'config',
    '{"config":{"User":"a"},"config":{"Env":["X=1"]}}',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{"Env":["X=1"],"User":"a"}}',
  ],
  [
    'config',
    '{"config":{"Labels":{"a":"1","c":"3"}},"config":{"Labels":{"b":"2","a":"9"}}}',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{"Labels":{"a":"9","b":"2","c":"3"}}}',
  ],
  [
    'config',
    '{"config":{"Env":["A","B"]},"config":{"Env":["C"]}}',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{"Env":["C"]}}',
  ],
  [
    'config',
    '{"config":{"Healthcheck":{"Test":["x"]}},"config":{"Healthcheck":{"Retries":3}}}',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{"Healthcheck":{"Test":["x"],"Retries":3}}}',
  ],
  [
    'config',
    '{"config":{"Healthcheck":{"Test":["x"]}},"config":{"Healthcheck":null}}',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  [
    'config',
    '{"config":{"Volumes":{"/b":null,"/a":{"x":1}},"ExposedPorts":{"80/tcp":{}}}}',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{"Volumes":{"/a":{},"/b":{}},"ExposedPorts":{"80/tcp":{}}}}',
  ],
  [
    'config',
    '{"config":{"Labels":{"a":null}}}',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{"Labels":{"a":""}}}',
  ],
  [
    'config',
    '{"config":{"Env":["A",null,"B"]}}',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{"Env":["A","","B"]}}',
  ],
  [
    'config',
    '{"config":{"Env":null,"User":null,"Tty":null}}',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  [
    'config',
    '{"architecture":null,"config":null,"rootfs":null,"history":null}',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  [
    'config',
    '{"config":{"Tty":true,"ArgsEscaped":true,"AttachStdin":false}}',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{"Tty":true,"ArgsEscaped":true}}',
  ],
  ['config', '{"config":{"Healthcheck":{"Interval":30000000000,"Timeout":1e9}}}', null],
  ['config', '{"config":{"Healthcheck":{"Interval":1.0}}}', null],
  [
    'config',
    '{"config":{"Healthcheck":{"Interval":-5,"Retries":-1}}}',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{"Healthcheck":{"Interval":-5,"Retries":-1}}}',
  ],
  [
    'config',
    '{"config":{"Healthcheck":{"Interval":9223372036854775807}}}',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{"Healthcheck":{"Interval":9223372036854775807}}}',
  ],
  ['config', '{"config":{"Healthcheck":{"Interval":9223372036854775808}}}', null],
  ['config', '{"config":{"Tty":"true"}}', null],
  ['config', '{"config":{"User":5}}', null],
  ['config', '{"rootfs":{"type":"layers","diff_ids":["sha256:abc"]}}', null],
  [
    'config',
    '{"rootfs":{"type":"layers","diff_ids":["sha256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"]}}',
    null,
  ],
  [
    'config',
    '{"rootfs":{"type":"layers","diff_ids":["sha512:00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"]}}',
    null,
  ],
  ['config', '{"rootfs":{"type":"layers","diff_ids":[null]}}', null],
  [
    'config',
    '{"history":[{"empty_layer":true,"created":"2024-01-01T00:00:00Z","comment":"c","created_by":"b","author":"a"}]}',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","history":[{"author":"a","created":"2024-01-01T00:00:00Z","created_by":"b","comment":"c","empty_layer":true}],"os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  [
    'config',
    '{"history":[null,{"author":"x"}]}',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","history":[{"created":"0001-01-01T00:00:00Z"},{"author":"x","created":"0001-01-01T00:00:00Z"}],"os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  [
    'config',
    '{"os.version":"10.0","variant":"v8","os.features":["win32k"],"container":"abc","docker_version":"20","author":"me"}',
    '{"architecture":"","author":"me","container":"abc","created":"0001-01-01T00:00:00Z","docker_version":"20","os":"","rootfs":{"type":"","diff_ids":null},"config":{},"os.version":"10.0","variant":"v8","os.features":["win32k"]}',
  ],
  [
    'config',
    '{"OS.VERSION":"10.0","Os.Features":[]}',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{},"os.version":"10.0"}',
  ],
  [
    'config',
    '{"config":{"Labels":{"<a>":"&\\u2028\\u2029\\u0001\\u007f\\u0080","b":"\\ud800","c":"\\ud800\\udc00","d":"\\udc00\\ud800","e":"\\ud800\\u0041","f":"\\t\\n\\r\\b\\f\\\\\\"/"}}}',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{"Labels":{"\\u003ca\\u003e":"\\u0026\\u2028\\u2029\\u0001\u007f\u0080","b":"\ufffd","c":"\ud800\udc00","d":"\ufffd\ufffd","e":"\ufffdA","f":"\\t\\n\\r\\b\\f\\\\\\"/"}}}',
  ],
  [
    'config',
    '{"config":{"Labels":{"z":"1","Z":"2","a":"3","\u00e9":"4","~":"5","":"6"}}}',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{"Labels":{"":"6","Z":"2","a":"3","z":"1","~":"5","\u00e9":"4"}}}',
  ],
  [
    'config',
    '{"unknown":{"deep":[1,2,{"x":null}]},"container_config":{"Cmd":["x"]},"architecture":"arm64"}',
    '{"architecture":"arm64","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  [
    'config',
    '{"architecture":"arm64"} trailing',
    '{"architecture":"arm64","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  [
    'config',
    '  {"architecture":"arm64"}{}',
    '{"architecture":"arm64","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  ['config', '{"architecture":"arm64",}', null],
  ['config', '[]', null],
  [
    'config',
    'null',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  ['config', '"x"', null],
  ['config', '', null],
  ['config', '{"architecture":"arm64"', null],
  [
    'config',
    '{"\u017ftop\u017fignal":"x","config":{"\u212aey":1,"StopSignal":"SIGTERM","\u017ftopSignal":"SIGKILL"}}',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{"StopSignal":"SIGKILL"}}',
  ],
  [
    'manifest',
    '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","size":7023,"digest":"sha256:b5b2b2c507a0944348e0303114d8d93aaaa081732b86451d9bce1f432a537bc7","data":"aGVsbG8="},"layers":[{"mediaType":"application/vnd.oci.image.layer.v1.tar+gzip","size":32654,"digest":"sha256:9834876dcfb05cb167a5c24953eba58c4ac89b1adf57f28f2f9d09af107ee8f0","urls":["https://x/<y>"],"annotations":{"b":"1","a":"2"},"extra":1}],"subject":{"mediaType":"x","size":1,"digest":"sha256:9834876dcfb05cb167a5c24953eba58c4ac89b1adf57f28f2f9d09af107ee8f0"},"artifactType":"t","annotations":{"k":"v"}}',
    '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","size":7023,"digest":"sha256:b5b2b2c507a0944348e0303114d8d93aaaa081732b86451d9bce1f432a537bc7","data":"aGVsbG8="},"layers":[{"mediaType":"application/vnd.oci.image.layer.v1.tar+gzip","size":32654,"digest":"sha256:9834876dcfb05cb167a5c24953eba58c4ac89b1adf57f28f2f9d09af107ee8f0","urls":["https://x/\\u003cy\\u003e"],"annotations":{"a":"2","b":"1"}}],"annotations":{"k":"v"},"subject":{"mediaType":"x","size":1,"digest":"sha256:9834876dcfb05cb167a5c24953eba58c4ac89b1adf57f28f2f9d09af107ee8f0"},"artifactType":"t"}',
  ],
  [
    'manifest',
    '{"schemaVersion":2,"config":{"mediaType":"x","size":1,"digest":"sha256:9834876dcfb05cb167a5c24953eba58c4ac89b1adf57f28f2f9d09af107ee8f0","data":"aGVsbG8"},"layers":null}',
    null,
  ],
  [
    'manifest',
    '{"schemaVersion":2,"config":{"mediaType":"x","size":1,"digest":"sha256:9834876dcfb05cb167a5c24953eba58c4ac89b1adf57f28f2f9d09af107ee8f0","data":"aGVs\\nbG8="}}',
    '{"schemaVersion":2,"config":{"mediaType":"x","size":1,"digest":"sha256:9834876dcfb05cb167a5c24953eba58c4ac89b1adf57f28f2f9d09af107ee8f0","data":"aGVsbG8="},"layers":null}',
  ],
  [
    'manifest',
    '{"schemaVersion":2,"config":{"mediaType":"x","size":1,"digest":"sha256:9834876dcfb05cb167a5c24953eba58c4ac89b1adf57f28f2f9d09af107ee8f0","data":""},"layers":[]}',
    '{"schemaVersion":2,"config":{"mediaType":"x","size":1,"digest":"sha256:9834876dcfb05cb167a5c24953eba58c4ac89b1adf57f28f2f9d09af107ee8f0"},"layers":[]}',
  ],
  [
    'manifest',
    '{"schemaVersion":2,"config":{"mediaType":"x","size":1,"digest":"sha256:9834876dcfb05cb167a5c24953eba58c4ac89b1adf57f28f2f9d09af107ee8f0","data":"aGVsbG8-"},"layers":[]}',
    null,
  ],
  [
    'manifest',
    '{"schemaVersion":2,"config":{"mediaType":"x","size":1,"digest":"sha256:9834876dcfb05cb167a5c24953eba58c4ac89b1adf57f28f2f9d09af107ee8f0","data":null,"urls":[],"annotations":{},"platform":null},"layers":[]}',
    '{"schemaVersion":2,"config":{"mediaType":"x","size":1,"digest":"sha256:9834876dcfb05cb167a5c24953eba58c4ac89b1adf57f28f2f9d09af107ee8f0"},"layers":[]}',
  ],
  ['manifest', '{"schemaVersion":2.0,"config":{}}', null],
  [
    'manifest',
    '{"config":{"size":-1}}',
    '{"schemaVersion":0,"config":{"mediaType":"","size":-1,"digest":":"},"layers":null}',
  ],
  [
    'index',
    '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json","size":1,"digest":"sha256:9834876dcfb05cb167a5c24953eba58c4ac89b1adf57f28f2f9d09af107ee8f0","platform":{"os":"linux","architecture":"arm64","variant":"v8","features":["f"],"os.features":["g"],"os.version":"1"}},{"mediaType":"application/vnd.oci.image.manifest.v1+json","size":1,"digest":"sha256:9834876dcfb05cb167a5c24953eba58c4ac89b1adf57f28f2f9d09af107ee8f0","platform":{}}],"annotations":{}}',
    '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json","size":1,"digest":"sha256:9834876dcfb05cb167a5c24953eba58c4ac89b1adf57f28f2f9d09af107ee8f0","platform":{"architecture":"arm64","os":"linux","os.version":"1","os.features":["g"],"variant":"v8","features":["f"]}},{"mediaType":"application/vnd.oci.image.manifest.v1+json","size":1,"digest":"sha256:9834876dcfb05cb167a5c24953eba58c4ac89b1adf57f28f2f9d09af107ee8f0","platform":{"architecture":"","os":""}}]}',
  ],
  ['index', '{}', '{"schemaVersion":0,"manifests":null}'],
  [
    'config-hex',
    '7b22636f6e666967223a7b224c6162656c73223a7b226b223a22e28241227d7d7d',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{"Labels":{"k":"\ufffd\ufffdA"}}}',
  ],
  [
    'config-hex',
    '7b22636f6e666967223a7b224c6162656c73223a7b226b223a22c080227d7d7d',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{"Labels":{"k":"\ufffd\ufffd"}}}',
  ],
  [
    'config-hex',
    '7b22636f6e666967223a7b224c6162656c73223a7b226b223a22eda080227d7d7d',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{"Labels":{"k":"\ufffd\ufffd\ufffd"}}}',
  ],
  [
    'config-hex',
    '7b22636f6e666967223a7b224c6162656c73223a7b226b223a22f4908080227d7d7d',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{"Labels":{"k":"\ufffd\ufffd\ufffd\ufffd"}}}',
  ],
  [
    'config-hex',
    '7b22636f6e666967223a7b224c6162656c73223a7b226b223a22ff227d7d7d',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{"Labels":{"k":"\ufffd"}}}',
  ],
  [
    'config-hex',
    '7b22636f6e666967223a7b224c6162656c73223a7b226b223a22f09f9880227d7d7d',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{"Labels":{"k":"\ud83d\ude00"}}}',
  ],
  [
    'config-hex',
    '7b22636f6e666967223a7b224c6162656c73223a7b226b223a22e280a8227d7d7d',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{"Labels":{"k":"\\u2028"}}}',
  ],
  [
    'config-hex',
    '7b22636f6e666967223a7b224c6162656c73223a7b226b223a22c3227d7d7d',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{"Labels":{"k":"\ufffd"}}}',
  ],
  [
    'config-hex',
    '7b22636f6e666967223a7b224c6162656c73223a7b226b223a2261e962227d7d7d',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{"Labels":{"k":"a\ufffdb"}}}',
  ],
  [
    'config-hex',
    '7b22636f6e666967223a7b224c6162656c73223a7b226b223a22efbbbf227d7d7d',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{"Labels":{"k":"\ufeff"}}}',
  ],
  [
    'config-hex',
    '7b22636f6e666967223a7b224c6162656c73223a7b226b223a227f227d7d7d',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{"Labels":{"k":"\u007f"}}}',
  ],
  [
    'config-hex',
    '7b22636f6e666967223a7b224c6162656c73223a7b226b223a22e282ace2227d7d7d',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{"Labels":{"k":"\u20ac\ufffd"}}}',
  ],
  ['config-hex', 'efbbbf7b7d', null],
  ['config-hex', '7b22636f6e666967223a7b224c6162656c73223a7b226b223a22610962227d7d7d', null],
  [
    'config-hex',
    '7b22636f6e666967223a7b224c6162656c73223a7b22ff223a2278222c226be282223a2279227d7d7d',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{"Labels":{"k\ufffd\ufffd":"y","\ufffd":"x"}}}',
  ],
  [
    'config-hex',
    '7b226f73ff223a226c696e7578227d',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  ['config', '{"config":{"Labels":{"k":"\\x"}}}', null],
  [
    'config',
    '{"config":{"Labels":{"k":"\\u00E9\\u00e9\\uD83D\\uDE00\\uDE00"}}}',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{"Labels":{"k":"\u00e9\u00e9\ud83d\ude00\ufffd"}}}',
  ],
  [
    'config',
    '{"config":{"Labels":{"k":"\\ud800\\ud800\\udc00"}}}',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{"Labels":{"k":"\ufffd\ud800\udc00"}}}',
  ],
  ['config', '{"config":{"Labels":{"k":"\\u12"}}}', null],
  ['config', '{"rootfs":{"diff_ids":[1]}}', null],
  [
    'config',
    '{"history":[{"author":"a","comment":"c"}],"history":[{"author":"b"}]}',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","history":[{"author":"b","created":"0001-01-01T00:00:00Z","comment":"c"}],"os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  [
    'config',
    '{"history":[{"author":"a"},{"author":"x"}],"history":[{"comment":"b"}]}',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","history":[{"author":"a","created":"0001-01-01T00:00:00Z","comment":"b"}],"os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  [
    'config',
    '{"history":[{"author":"a"}],"history":[]}',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  ['config', '{"history":{}}', null],
  ['config', '{"config":{"Labels":[]}}', null],
  ['config', '{"config":{"Volumes":{"/a":1}}}', null],
  [
    'config',
    '{"config":{"Healthcheck":{"Interval":-9223372036854775808}}}',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{"Healthcheck":{"Interval":-9223372036854775808}}}',
  ],
  ['config', '{"config":{"Healthcheck":{"Interval":-9223372036854775809}}}', null],
  [
    'config',
    '{"config":{"Healthcheck":{"Retries":-0}}}',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{"Healthcheck":{}}}',
  ],
  [
    'config',
    '{"config":{"Healthcheck":{"Retries":0}}}',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{"Healthcheck":{}}}',
  ],
  [
    'config',
    '{"architecture":"a","architecture":"b"}',
    '{"architecture":"b","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  [
    'config',
    '{"config":{"Labels":{"a":"1"}},"config":{"Labels":null},"config":{"Labels":{"b":"2"}}}',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{"Labels":{"b":"2"}}}',
  ],
  [
    'config',
    '{"config":{"Labels":{"a":"1","a":"2"}}}',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{"Labels":{"a":"2"}}}',
  ],
  ['config', '{"x":[1,2,]}', null],
  ['config', '{"x":01}', null],
  ['config', '{"x":-}', null],
  ['config', '{"x":1.}', null],
  ['config', '{"x":1e}', null],
  ['config', '{"x":tru}', null],
  ['config', '{"x":"\u0001"}', null],
  [
    'config',
    '{"x" :  [ 1 , { } , [ ] , "s" , true , false , null , -0.5e+3 ] , "os" : "l" }',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"l","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  ['config', '{,}', null],
  ['config', '{"a"}', null],
  ['config', '{"a":1 "b":2}', null],
  ['config', '{"os":"linux"]', null],
  [
    'config',
    '  \t\r\n null',
    '{"architecture":"","created":"0001-01-01T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  [
    'config',
    '{"created":"2024-01-01T00:00:00.000000001Z","history":[{"created":"1999-12-31T23:59:59.9-07:30"}]}',
    '{"architecture":"","created":"2024-01-01T00:00:00.000000001Z","history":[{"created":"1999-12-31T23:59:59.9-07:30"}],"os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  [
    'manifest',
    '{"schemaVersion":2,"config":{"mediaType":"x","size":1,"digest":"sha256:9834876dcfb05cb167a5c24953eba58c4ac89b1adf57f28f2f9d09af107ee8f0","data":[104,105]},"layers":[]}',
    '{"schemaVersion":2,"config":{"mediaType":"x","size":1,"digest":"sha256:9834876dcfb05cb167a5c24953eba58c4ac89b1adf57f28f2f9d09af107ee8f0","data":"aGk="},"layers":[]}',
  ],
  [
    'manifest',
    '{"schemaVersion":2,"config":{"mediaType":"x","size":1,"digest":"sha256:9834876dcfb05cb167a5c24953eba58c4ac89b1adf57f28f2f9d09af107ee8f0","data":[256]},"layers":[]}',
    null,
  ],
  [
    'manifest',
    '{"schemaVersion":2,"config":{"mediaType":"x","size":1,"digest":"sha256:9834876dcfb05cb167a5c24953eba58c4ac89b1adf57f28f2f9d09af107ee8f0","data":"aGk="},"layers":[]}',
    '{"schemaVersion":2,"config":{"mediaType":"x","size":1,"digest":"sha256:9834876dcfb05cb167a5c24953eba58c4ac89b1adf57f28f2f9d09af107ee8f0","data":"aGk="},"layers":[]}',
  ],
  [
    'manifest',
    '{"schemaVersion":2,"config":{"mediaType":"x","size":1,"digest":"sha256:9834876dcfb05cb167a5c24953eba58c4ac89b1adf57f28f2f9d09af107ee8f0","data":"aGl="},"layers":[]}',
    '{"schemaVersion":2,"config":{"mediaType":"x","size":1,"digest":"sha256:9834876dcfb05cb167a5c24953eba58c4ac89b1adf57f28f2f9d09af107ee8f0","data":"aGk="},"layers":[]}',
  ],
  [
    'manifest',
    '{"schemaVersion":2,"config":{"mediaType":"x","size":1,"digest":"sha256:9834876dcfb05cb167a5c24953eba58c4ac89b1adf57f28f2f9d09af107ee8f0","data":"aG=="},"layers":[]}',
    '{"schemaVersion":2,"config":{"mediaType":"x","size":1,"digest":"sha256:9834876dcfb05cb167a5c24953eba58c4ac89b1adf57f28f2f9d09af107ee8f0","data":"aA=="},"layers":[]}',
  ],
  [
    'manifest',
    '{"schemaVersion":2,"config":{"mediaType":"x","size":1,"digest":"sha256:9834876dcfb05cb167a5c24953eba58c4ac89b1adf57f28f2f9d09af107ee8f0","data":"a\\r\\nG\\nk="},"layers":[]}',
    '{"schemaVersion":2,"config":{"mediaType":"x","size":1,"digest":"sha256:9834876dcfb05cb167a5c24953eba58c4ac89b1adf57f28f2f9d09af107ee8f0","data":"aGk="},"layers":[]}',
  ],
  [
    'manifest',
    '{"schemaVersion":2,"config":{"mediaType":"x","size":1,"digest":"sha256:9834876dcfb05cb167a5c24953eba58c4ac89b1adf57f28f2f9d09af107ee8f0","data":"aGk=aGk="},"layers":[]}',
    null,
  ],
  [
    'manifest',
    '{"schemaVersion":2,"config":{"mediaType":"x","size":1,"digest":"sha256:9834876dcfb05cb167a5c24953eba58c4ac89b1adf57f28f2f9d09af107ee8f0","data":"aGk"},"layers":[]}',
    null,
  ],
  [
    'manifest',
    '{"schemaVersion":2,"config":{"mediaType":"x","size":1,"digest":"sha256:9834876dcfb05cb167a5c24953eba58c4ac89b1adf57f28f2f9d09af107ee8f0","data":"a Gk="},"layers":[]}',
    null,
  ],
  [
    'manifest',
    '{"schemaVersion":2,"config":{"mediaType":"x","size":1,"digest":"sha256:9834876dcfb05cb167a5c24953eba58c4ac89b1adf57f28f2f9d09af107ee8f0"},"layers":[],"subject":null,"mediaType":null}',
    '{"schemaVersion":2,"config":{"mediaType":"x","size":1,"digest":"sha256:9834876dcfb05cb167a5c24953eba58c4ac89b1adf57f28f2f9d09af107ee8f0"},"layers":[]}',
  ],
  [
    'manifest',
    '{"schemaVersion":2,"config":{"mediaType":"x","size":1,"digest":"sha256:9834876dcfb05cb167a5c24953eba58c4ac89b1adf57f28f2f9d09af107ee8f0"},"layers":[{"mediaType":"m","size":2,"digest":"sha256:9834876dcfb05cb167a5c24953eba58c4ac89b1adf57f28f2f9d09af107ee8f0","platform":{"os":"linux"}}]}',
    '{"schemaVersion":2,"config":{"mediaType":"x","size":1,"digest":"sha256:9834876dcfb05cb167a5c24953eba58c4ac89b1adf57f28f2f9d09af107ee8f0"},"layers":[{"mediaType":"m","size":2,"digest":"sha256:9834876dcfb05cb167a5c24953eba58c4ac89b1adf57f28f2f9d09af107ee8f0","platform":{"architecture":"","os":"linux"}}]}',
  ],
  ['manifest', '{"config":{"digest":null}}', null],
  ['manifest', '{"config":{"size":1.5}}', null],
  ['manifest', '{"config":{"size":"1"}}', null],
  [
    'config',
    '{"created": "2024-01-01T00:00:00+00:60"}',
    '{"architecture":"","created":"2024-01-01T00:00:00+01:00","os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  [
    'config',
    '{"created": "2024-01-01T00:00:00-23:59"}',
    '{"architecture":"","created":"2024-01-01T00:00:00-23:59","os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  ['config', '{"created": "2024-01-01T00:00:00-24:00"}', null],
  ['config', '{"created": "2024-01-01T00:00:00+1:00"}', null],
  ['config', '{"created": "2024-01-01T00:00:00 +01:00"}', null],
  ['config', '{"created": "2024-01-01T00:00:00Zx"}', null],
  ['config', '{"created": "20240101T000000Z"}', null],
  [
    'config',
    '{"created": "2024-01-01T00:00:00.123456789123+01:00"}',
    '{"architecture":"","created":"2024-01-01T00:00:00.123456789+01:00","os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  ['config', '{"created": "2024-01-01T9:5:00Z"}', null],
  [
    'config',
    '{"created": "2024-01-01T09:00:00.0000000001Z"}',
    '{"architecture":"","created":"2024-01-01T09:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  [
    'config',
    '{"created": "2024-01-01T09:00:00.100Z"}',
    '{"architecture":"","created":"2024-01-01T09:00:00.1Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  [
    'config',
    '{"created": "2024-02-29T00:00:00+00:00"}',
    '{"architecture":"","created":"2024-02-29T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  ['config', '{"created": "2100-02-29T00:00:00Z"}', null],
  [
    'config',
    '{"created": "2024-12-31T23:59:59.999999999-00:00"}',
    '{"architecture":"","created":"2024-12-31T23:59:59.999999999Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  ['config', '{"created": "2024-01-01T00:00:00+00:00:00"}', null],
  ['config', '{"created": "2024-01-01T00:00:00+0a:00"}', null],
  ['config', '{"created": "2024-01-01T00:00:00*01:00"}', null],
  ['config', '{"created": "2024-01-01T00:00:00.1.2Z"}', null],
  ['config', '{"created": "2024-01-01T00:00Z"}', null],
  [
    'config',
    '{"created": "9999-12-31T23:59:59.999999999+23:59"}',
    '{"architecture":"","created":"9999-12-31T23:59:59.999999999+23:59","os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  [
    'config',
    '{"created": "0000-02-29T00:00:00Z"}',
    '{"architecture":"","created":"0000-02-29T00:00:00Z","os":"","rootfs":{"type":"","diff_ids":null},"config":{}}',
  ],
  ['config', '{"created": "2024-04-31T00:00:00Z"}', null],
  ['config', '{"created": "2024-01-01T0a:00:00Z"}', null],
  ['config', '{"created": "2024-01-01T00:00:00,Z"}', null],
  ['config', '{"created": "2024-01-01T00:00:00.,5Z"}', null],
];

describe('Go encoding/json parity (ggcr structs)', () => {
  it.each(goVectors)('%s %s', (kind, input, output) => {
    if (output === null) expect(() => roundTrip(kind, input)).toThrow();
    else expect(roundTrip(kind, input)).toBe(output);
  });

  it('accepts nesting up to depth 10000 in unknown fields and rejects deeper, as Go does', () => {
    const nest = (n: number): string => `{"x":${'['.repeat(n)}${']'.repeat(n)},"os":"l"}`;
    expect(roundTrip('config', nest(9999))).toContain('"os":"l"');
    expect(() => roundTrip('config', nest(10001))).toThrow(GoDecodeError);
  });
});

describe('golden json vectors', () => {
  it('encodes ggcr empty.Index byte for byte', () => {
    const bytes = goJsonBytes(encodeIndexManifest(emptyIndex()));
    expect(new TextDecoder().decode(bytes)).toBe(golden.json.empty_index.bytes);
    expect(bytes.length).toBe(golden.json.empty_index.size);
    expect(sha256(bytes)).toBe(golden.json.empty_index.digest);
  });

  it('encodes ggcr empty.Image config (diff_ids null, config {}) byte for byte', () => {
    const json = encodeConfigFile({
      architecture: '',
      os: '',
      created: ZERO_GO_TIME,
      rootfs: { type: 'layers', diff_ids: null },
      config: {},
    });
    expect(json).toBe(golden.json.empty_image_config.bytes);
    expect(sha256(goJsonBytes(json))).toBe(golden.json.empty_image_config.digest);
    expect(goJsonBytes(json).length).toBe(golden.json.empty_image_config.size);
  });

  it('escapes strings as Go does', () => {
    expect(goQuote(golden.json.go_escaping.input)).toBe(golden.json.go_escaping.output_json_string);
  });
});

describe('goQuote', () => {
  it('matches Go for control characters, HTML characters and separators', () => {
    // Go: json.Marshal("\x00\x1f\x7fé\u2028\ufffd<>&'") (Go 1.26.8)
    expect(goQuote("\u0000\u001f\u007fé\u2028\ufffd<>&'")).toBe(
      '"\\u0000\\u001f\u007fé\\u2028\ufffd\\u003c\\u003e\\u0026\'"',
    );
    expect(goQuote('\t\n\r\b\f\\"/')).toBe('"\\t\\n\\r\\b\\f\\\\\\"/"');
    expect(goQuote('\u2029\u000b')).toBe('"\\u2029\\u000b"');
  });

  it('writes a lone surrogate (invalid UTF-16) as \\ufffd and keeps valid pairs raw', () => {
    expect(goQuote('a\ud800b')).toBe('"a\\ufffdb"');
    expect(goQuote('\udc00\ud800')).toBe('"\\ufffd\\ufffd"');
    expect(goQuote('😀')).toBe('"😀"');
  });

  it('sorts map keys by UTF-8 bytes, not UTF-16 code units', () => {
    // Go: json.Marshal(map[string]string{"😀":"a","\uffff":"b","é":"c","z":"d"})
    const labels = { '😀': 'a', '\uffff': 'b', é: 'c', z: 'd' };
    expect(encodeGo(labels, { t: 'map', elem: { t: 'string' } })).toBe(
      '{"z":"d","é":"c","\uffff":"b","😀":"a"}',
    );
    expect(compareGoStrings('\uffff', '😀')).toBeLessThan(0);
  });

  it('keeps a __proto__ label as data', () => {
    const cf = parseConfigFile('{"config":{"Labels":{"__proto__":"x"}}}');
    expect(encodeConfigFile(cf)).toContain('"Labels":{"__proto__":"x"}');
  });
});

describe('Go time formatting', () => {
  it.each([
    // Go: json.Marshal(time.Unix(s, 0).UTC()) (Go 1.26.8)
    [0, '1970-01-01T00:00:00Z'],
    [1700000000, '2023-11-14T22:13:20Z'],
    [-1, '1969-12-31T23:59:59Z'],
    [-62135596800, '0001-01-01T00:00:00Z'],
    [-62167219200, '0000-01-01T00:00:00Z'],
    [253402300799, '9999-12-31T23:59:59Z'],
    [1e11, '5138-11-16T09:46:40Z'],
  ])('formatGoTime(%d) = %s', (epoch, expected) => {
    expect(formatGoTime(epoch)).toBe(expected);
  });

  it('fails where Go cannot marshal the year', () => {
    expect(() => formatGoTime(-62167219201)).toThrow('year outside of range [0,9999]');
    expect(() => formatGoTime(253402300800)).toThrow('year outside of range [0,9999]');
    expect(() => formatGoTime(1.5)).toThrow();
  });

  it('normalises like a Go parse + marshal', () => {
    expect(ZERO_GO_TIME).toBe('0001-01-01T00:00:00Z');
    expect(normaliseGoTime('2024-01-01T00:00:00.120000000Z')).toBe('2024-01-01T00:00:00.12Z');
    expect(normaliseGoTime('2024-01-01T00:00:00+00:00')).toBe('2024-01-01T00:00:00Z');
    expect(normaliseGoTime('2024-01-01T00:00:00+02:00')).toBe('2024-01-01T00:00:00+02:00');
    expect(normaliseGoTime('2024-01-01T00:00:00,5-00:30')).toBe('2024-01-01T00:00:00.5-00:30');
    expect(() => normaliseGoTime('2024-01-01')).toThrow('parsing time');
  });
});

describe('parseConfigFile', () => {
  it('throws a REGISTRY KoActionError naming the image', () => {
    let err: unknown;
    try {
      parseConfigFile('{"rootfs":{"diff_ids":["sha256:abc"]}}', 'cgr.dev/chainguard/static:latest');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(KoActionError);
    const e = err as KoActionError;
    expect(e.code).toBe('REGISTRY');
    expect(e.where).toBe('cgr.dev/chainguard/static:latest');
    expect(e.message).toBe(
      'cannot parse the image config: wrong number of hex digits for sha256: abc',
    );
  });

  it('keeps durations beyond 2^53 exactly (as bigint)', () => {
    const cf = parseConfigFile('{"config":{"Healthcheck":{"Interval":9223372036854775807}}}');
    expect(cf.config.Healthcheck?.Interval).toBe(9223372036854775807n);
    expect(encodeConfigFile(cf)).toContain('"Healthcheck":{"Interval":9223372036854775807}');
  });
});
