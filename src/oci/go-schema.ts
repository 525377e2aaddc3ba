// ggcr's structs (pkg/v1/config.go, manifest.go, platform.go) as data: field order, JSON names and
// omitempty, exactly as declared in Go. The encoder and decoder both walk these tables, so field
// order never depends on how a JavaScript object happened to be built.

export type GoType =
  | { readonly t: 'string' }
  | { readonly t: 'bool' }
  /** int / int64 / time.Duration; `big` values beyond 2^53 are kept as bigint */
  | { readonly t: 'int'; readonly big?: boolean }
  /** v1.Time: an RFC 3339 string, normalised as Go prints it */
  | { readonly t: 'time' }
  /** v1.Hash: `algorithm:hex`; Go's zero Hash prints as ":" */
  | { readonly t: 'hash' }
  /** []byte: base64 (std, padded) in JSON and in our objects */
  | { readonly t: 'bytes' }
  | { readonly t: 'slice'; readonly elem: GoType }
  /** map[string]elem */
  | { readonly t: 'map'; readonly elem: GoType }
  | { readonly t: 'struct'; readonly name: string; readonly fields: readonly GoField[] }
  | { readonly t: 'ptr'; readonly elem: GoType };

export interface GoField {
  /** The JSON name, which is also the property name in src/image/types.ts. */
  readonly name: string;
  readonly type: GoType;
  readonly omitempty: boolean;
}

const str: GoType = { t: 'string' };
const bool: GoType = { t: 'bool' };
const int: GoType = { t: 'int' };
const time: GoType = { t: 'time' };
const hash: GoType = { t: 'hash' };
const strings: GoType = { t: 'slice', elem: str };
const stringMap: GoType = { t: 'map', elem: str };
/** map[string]struct{}: values encode as `{}`. */
const stringSet: GoType = { t: 'map', elem: { t: 'struct', name: 'struct {}', fields: [] } };

const f = (name: string, type: GoType, omitempty = true): GoField => ({ name, type, omitempty });
const struct = (name: string, fields: GoField[]): GoType & { t: 'struct' } => ({
  t: 'struct',
  name,
  fields,
});

export const PlatformType = struct('Platform', [
  f('architecture', str, false),
  f('os', str, false),
  f('os.version', str),
  f('os.features', strings),
  f('variant', str),
  f('features', strings),
]);

const descriptorFields: GoField[] = [
  f('mediaType', str, false),
  f('size', int, false),
  f('digest', hash, false),
  f('data', { t: 'bytes' }),
  f('urls', strings),
  f('annotations', stringMap),
  f('platform', { t: 'ptr', elem: PlatformType }),
  f('artifactType', str),
];
export const DescriptorType = struct('Descriptor', descriptorFields);

export const ManifestType = struct('Manifest', [
  f('schemaVersion', int, false),
  f('mediaType', str),
  f('config', DescriptorType, false),
  f('layers', { t: 'slice', elem: DescriptorType }, false),
  f('annotations', stringMap),
  f('subject', { t: 'ptr', elem: DescriptorType }),
  f('artifactType', str),
]);

export const IndexManifestType = struct('IndexManifest', [
  f('schemaVersion', int, false),
  f('mediaType', str),
  f('manifests', { t: 'slice', elem: DescriptorType }, false),
  f('annotations', stringMap),
  f('subject', { t: 'ptr', elem: DescriptorType }),
  f('artifactType', str),
]);

export const HistoryType = struct('History', [
  f('author', str),
  f('created', time),
  f('created_by', str),
  f('comment', str),
  f('empty_layer', bool),
]);

const duration: GoType = { t: 'int', big: true };
export const HealthConfigType = struct('HealthConfig', [
  f('Test', strings),
  f('Interval', duration),
  f('Timeout', duration),
  f('StartPeriod', duration),
  f('Retries', duration),
]);

export const ContainerConfigType = struct('Config', [
  f('AttachStderr', bool),
  f('AttachStdin', bool),
  f('AttachStdout', bool),
  f('Cmd', strings),
  f('Healthcheck', { t: 'ptr', elem: HealthConfigType }),
  f('Domainname', str),
  f('Entrypoint', strings),
  f('Env', strings),
  f('Hostname', str),
  f('Image', str),
  f('Labels', stringMap),
  f('OnBuild', strings),
  f('OpenStdin', bool),
  f('StdinOnce', bool),
  f('Tty', bool),
  f('User', str),
  f('Volumes', stringSet),
  f('WorkingDir', str),
  f('ExposedPorts', stringSet),
  f('ArgsEscaped', bool),
  f('NetworkDisabled', bool),
  f('MacAddress', str),
  f('StopSignal', str),
  f('Shell', strings),
]);

export const RootFSType = struct('RootFS', [
  f('type', str, false),
  f('diff_ids', { t: 'slice', elem: hash }, false),
]);

export const ConfigFileType = struct('ConfigFile', [
  f('architecture', str, false),
  f('author', str),
  f('container', str),
  f('created', time),
  f('docker_version', str),
  f('history', { t: 'slice', elem: HistoryType }),
  f('os', str, false),
  f('rootfs', RootFSType, false),
  f('config', ContainerConfigType, false),
  f('os.version', str),
  f('variant', str),
  f('os.features', strings),
]);
