// The layering of src/, checked on every `npm run lint` (and by __tests__/unit/lint-layers.test.ts).
// Layers, bottom to top: a folder may import its own folder and any folder below it, never one
// above. Subfolders (src/engine/base) belong to their parent's layer. src/action and src/cli are
// the entry points on top: nothing else imports them, and they do not import each other.
// Type-only imports count: a cycle or an upward import through types is still one.

/** @type {readonly string[]} */
const layers = ['util', 'oci', 'registry', 'go', 'ko', 'inputs', 'cache', 'engine', 'resolve'];
const entryPoints = ['action', 'cli'];
const anyOf = (/** @type {readonly string[]} */ names) => `^src/(${names.join('|')})/`;
const inALayer = anyOf([...layers, ...entryPoints]);
const notInALayer = `Every file in src belongs to a layer: src/{${[...layers, ...entryPoints].join(',')}}/.`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...layers.map((layer, i) => ({
      name: 'layer-upward-import',
      comment: `src/${layer} may import only src/{${layers.slice(0, i + 1).join(',')}}: it sits below ${layers.slice(i + 1).join(', ')}.`,
      severity: 'error',
      from: { path: `^src/${layer}/` },
      to: { path: anyOf(layers.slice(i + 1)) },
    })),
    {
      name: 'entry-point-import',
      comment: 'src/action and src/cli are entry points: nothing else in src imports them.',
      severity: 'error',
      from: { path: '^src/', pathNot: anyOf(entryPoints) },
      to: { path: anyOf(entryPoints) },
    },
    {
      name: 'entry-points-apart',
      comment: 'src/action and src/cli do not import each other: what they share goes lower.',
      severity: 'error',
      from: { path: anyOf(entryPoints) },
      to: { path: anyOf(entryPoints), pathNot: '^src/$1/' },
    },
    {
      name: 'not-in-a-layer',
      comment: notInALayer,
      severity: 'error',
      from: { path: '^src/', pathNot: inALayer },
      to: {},
    },
    {
      name: 'not-in-a-layer',
      comment: notInALayer,
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^src/', pathNot: inALayer },
    },
    {
      name: 'no-circular',
      comment:
        'An import cycle, type-only or not: move what both sides need into a module both import.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Keep type-only imports (`import type`) in the graph: layering is about design, not emit.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
