// Jest timeouts for integration tests, scaled by the work a test does instead of one fixed limit
// for all. What takes long is compiling Go: a test that builds three platforms with the action and
// again with ko does six `go build`s, which on a loaded 2-core machine can take minutes even with
// the build cache warm (global-setup.mjs warms it for the fixture app before any test starts).
// The step runner (support/action.ts) has no time limit of its own: jest's timeout is the one
// bound, and afterAll kills a step still running when its test gave up.
//
// KO_ACTION_TEST_TIMEOUT_SCALE multiplies every timeout (e.g. 3 on a slow or very busy machine).

const scale = ((): number => {
  const raw = Number(process.env.KO_ACTION_TEST_TIMEOUT_SCALE ?? '1');
  return Number.isFinite(raw) && raw > 0 ? raw : 1;
})();

/** A test's or hook's own work: registries, pushes, one small build (jest.config.js: 120 s). */
const BASE_MS = 120_000;
/** Each `go build` of one platform beyond the first: link, layer and push included. */
const PER_BUILD_MS = 60_000;

/**
 * The timeout for a test (or hook) that runs `goBuilds` go builds in all, e.g. 6 for one
 * three-platform action run plus one three-platform ko build.
 */
export function buildTimeout(goBuilds: number): number {
  return Math.round(scale * (BASE_MS + Math.max(0, goBuilds - 1) * PER_BUILD_MS));
}
