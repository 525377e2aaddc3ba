// The registry harness as one module, for what runs outside jest: bench/run.mjs bundles this file
// with ncc (into .cache/bench-harness) so the benchmark starts its registry and pushes its base
// image exactly as the tests do. Plain Node: nothing here may import jest.
export { pushBaseImage, type PushedBaseImage } from './base-image.js';
export { startRegistry, type RegistryOptions, type TestRegistry } from './registry.js';
export { repoRoot, toolPath } from './tools.js';
