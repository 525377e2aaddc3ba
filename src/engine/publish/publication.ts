// What a publisher is: the seam between the engine and the places images go. Types only, so
// that the publishers and choosePublisher (publisher.ts) can all import it.
import type { Artifact } from '../../oci/artifact.js';
import type { ClientPool } from '../../registry/client-pool.js';
import type { Env } from '../../util/env.js';
import type { EarlyPush } from '../build-request.js';
import type { ProvenanceBuild } from '../provenance.js';
import type { BuiltImage } from '../result.js';

/** The package an image was built from, as the outputs name it. */
export interface PublishedPackage {
  /** As the user wrote it (the metadata output's key). */
  readonly requested: string;
  /** The full import path go list reported. */
  readonly importPath: string;
  /** Set when provenance is wanted: what shaped the images besides their platform. */
  readonly provenance?: ProvenanceSource;
}

/** What provenance needs beyond the package and the image (its import path is the package's). */
export type ProvenanceSource = Omit<
  ProvenanceBuild,
  'imageName' | 'digest' | 'platform' | 'importPath'
>;

export interface Publisher {
  /** Called for each image name before its build starts. */
  start(name: string): Promise<Publication>;
}

export interface Publication {
  /** Takes blobs as soon as they are made, where the sink can use them early. */
  readonly early?: EarlyPush;
  /** Publishes the finished artifact and says where it went. */
  publish(pkg: PublishedPackage, artifact: Artifact): Promise<BuiltImage>;
  /** Waits for anything started early (call it whether or not publish ran). */
  settle(): Promise<void>;
}

export interface PublisherDeps {
  readonly env: Env;
  readonly clients: ClientPool;
  readonly log: (line: string) => void;
}
