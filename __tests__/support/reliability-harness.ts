// What bench/reliability.mjs needs, as one module it bundles with ncc (into
// .cache/bench-reliability), so the benchmark pushes through the same registry, fault proxy,
// fixtures and client code as the tests. Plain Node: nothing here may import jest.
export { startRegistry } from './registry.js';
export { applicable, startFaultProxy } from './fault-proxy.js';
export { makeIndex } from './oci-fixture.js';
export { repoRoot, toolPath } from './tools.js';
export { RegistryClient } from '../../src/registry/client.js';
export { pushArtifact } from '../../src/registry/push.js';
export { parseReference } from '../../src/registry/reference.js';
export { KoActionError } from '../../src/util/errors.js';
