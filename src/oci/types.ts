// OCI / Docker v2 structures as ggcr models them (pkg/v1/manifest.go, config.go, platform.go).
// Field order here is documentation only; bytes are produced by go-json.ts in ggcr's order.
import type { Digest } from './digest.js';

export interface Platform {
  architecture: string;
  os: string;
  'os.version'?: string;
  'os.features'?: string[];
  variant?: string;
  features?: string[];
}

export interface Descriptor {
  mediaType: string;
  size: number;
  digest: Digest;
  /** base64 of the embedded bytes */
  data?: string;
  urls?: string[];
  annotations?: Record<string, string>;
  platform?: Platform;
  artifactType?: string;
}

export interface Manifest {
  schemaVersion: number;
  mediaType?: string;
  config: Descriptor;
  layers: Descriptor[];
  annotations?: Record<string, string>;
  subject?: Descriptor;
  artifactType?: string;
}

export interface IndexManifest {
  schemaVersion: number;
  mediaType?: string;
  manifests: Descriptor[];
  annotations?: Record<string, string>;
  subject?: Descriptor;
  artifactType?: string;
}

export interface History {
  author?: string;
  created?: string;
  created_by?: string;
  comment?: string;
  empty_layer?: boolean;
}

/** Durations are integer nanoseconds; values beyond 2^53 are read as bigint. */
export interface HealthConfig {
  Test?: string[];
  Interval?: number | bigint;
  Timeout?: number | bigint;
  StartPeriod?: number | bigint;
  Retries?: number | bigint;
}

/** ggcr v1.Config (the "config" object inside an image config). */
export interface ContainerConfig {
  AttachStderr?: boolean;
  AttachStdin?: boolean;
  AttachStdout?: boolean;
  Cmd?: string[];
  Healthcheck?: HealthConfig;
  Domainname?: string;
  Entrypoint?: string[];
  Env?: string[];
  Hostname?: string;
  Image?: string;
  Labels?: Record<string, string>;
  OnBuild?: string[];
  OpenStdin?: boolean;
  StdinOnce?: boolean;
  Tty?: boolean;
  User?: string;
  Volumes?: Record<string, Record<string, never>>;
  WorkingDir?: string;
  ExposedPorts?: Record<string, Record<string, never>>;
  ArgsEscaped?: boolean;
  NetworkDisabled?: boolean;
  MacAddress?: string;
  StopSignal?: string;
  Shell?: string[];
}

/** ggcr v1.ConfigFile. Times are kept as the RFC 3339 strings Go would print. */
export interface ConfigFile {
  architecture: string;
  author?: string;
  container?: string;
  created: string;
  docker_version?: string;
  history?: History[];
  os: string;
  rootfs: { type: string; diff_ids: Digest[] | null };
  config: ContainerConfig;
  'os.version'?: string;
  variant?: string;
  'os.features'?: string[];
}
