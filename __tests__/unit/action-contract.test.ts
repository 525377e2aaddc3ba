// action.yml keeps the public interface of docs/spec/action-interface.md (embedded below,
// so that the test holds even if that page is edited): every input and output exists with a
// description and the documented default, the README tables agree with it, every input is read by
// readInputs and used by the code, and every output is set. Inputs and outputs whose feature has
// not landed are listed in NOT_YET_* below; those lists fail as soon as the code starts using them,
// so they stay honest.
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../support/tools.js';

/** The inputs of the interface spec and their defaults; undefined = no static default (the
 * fallback is an environment variable, .ko.yaml or the runner, which a default would hide). */
const SPEC_INPUTS: Record<string, string | undefined> = {
  'import-paths': '.',
  repo: undefined,
  naming: 'md5',
  tags: 'latest',
  platforms: undefined,
  'base-image': undefined,
  config: undefined,
  'working-directory': '.',
  push: 'true',
  'oci-layout-path': undefined,
  labels: undefined,
  annotations: undefined,
  user: undefined,
  sbom: 'spdx',
  'push-by-digest': 'false',
  merge: undefined,
  resolve: undefined,
  'resolve-recursive': 'false',
  'resolved-file': undefined,
  'go-version': undefined,
  'go-version-file': undefined,
  'go-download-base-url': 'https://go.dev/dl',
  cache: 'true',
  'cache-dependency-path': 'go.sum',
  'github-token': '${{ github.token }}',
  username: undefined,
  password: undefined,
  'insecure-registry': 'false',
  jobs: undefined,
  debug: 'false',
};

const SPEC_OUTPUTS = [
  'image',
  'digest',
  'images',
  'metadata',
  'resolved-yaml',
  'resolved-file',
  'oci-layout-path',
  'cache-hit',
];

/**
 * Not yet implemented: read by readInputs, but nothing acts on them yet (src/action/run.ts's
 * rejectUnimplemented refuses, warns about or ignores them). Remove an entry when it lands.
 */
// Empty now that every input is implemented; add an entry (with why) for a future input.
const NOT_YET_USED_INPUTS: Record<string, string> = {};

/** Not yet implemented: outputs.ts can set it, but no run produces its value. */
const NOT_YET_PRODUCED_OUTPUTS: Record<string, string> = {};

/** The RunResult field each output is set from (image, digest, … come from `images`). */
const OUTPUT_SOURCE: Record<string, string> = {
  image: 'images',
  'image-name': 'images',
  digest: 'images',
  images: 'images',
  metadata: 'images',
  'resolved-yaml': 'resolvedYaml',
  'resolved-file': 'resolvedFile',
  'oci-layout-path': 'ociLayoutPath',
  'cache-hit': 'cacheHit',
};

interface ActionYml {
  name?: string;
  description?: string;
  inputs: Record<
    string,
    { description?: string; default?: string | number | boolean; required?: boolean }
  >;
  outputs: Record<string, { description?: string }>;
  runs: { using: string; main: string };
}

const read = (path: string): string => readFileSync(join(repoRoot, path), 'utf8');
const action = parse(read('action.yml')) as ActionYml;
const inputNames = Object.keys(action.inputs);
const outputNames = Object.keys(action.outputs);
const camel = (name: string): string =>
  name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function sourceFiles(dir = join(repoRoot, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [relative(repoRoot, join(dir, e.name))]
        : [],
  );
}

/** Source text with the body of rejectUnimplemented cut out: refusing an input is not using it. */
function withoutRefusals(text: string): string {
  const start = text.indexOf('function rejectUnimplemented(');
  if (start < 0) return text;
  const end = text.indexOf('\n}\n', start);
  return text.slice(0, start) + (end < 0 ? '' : text.slice(end + 3));
}

/** The `| name | default | … |` rows of a README table between its marker comments. */
function readmeRows(tag: string): Map<string, string[]> {
  const readme = read('README.md');
  const m = new RegExp(`<!-- ${tag}:start -->([\\s\\S]*?)<!-- ${tag}:end -->`).exec(readme);
  if (!m?.[1]) throw new Error(`README.md has no <!-- ${tag}:start/end --> section`);
  const rows = new Map<string, string[]>();
  for (const line of m[1].split('\n')) {
    const cells = /^\|\s*`([^`]+)`\s*\|(.*)\|\s*$/.exec(line);
    if (cells?.[1] && cells[2] !== undefined) {
      rows.set(
        cells[1],
        cells[2].split(/(?<!\\)\|/).map((c) => c.trim()),
      );
    }
  }
  return rows;
}

describe('action.yml', () => {
  it('runs the committed node24 bundle', () => {
    expect(action.runs.using).toBe('node24');
    expect(action.runs.main).toBe('dist/index.js');
    expect(action.name).toBeTruthy();
    expect(action.description).toBeTruthy();
  });

  it('declares every input of the interface spec, with its default', () => {
    expect(inputNames).toEqual(expect.arrayContaining(Object.keys(SPEC_INPUTS)));
    for (const [name, dflt] of Object.entries(SPEC_INPUTS)) {
      const declared = action.inputs[name]?.default;
      expect({ name, default: declared === undefined ? undefined : String(declared) }).toEqual({
        name,
        default: dflt,
      });
    }
  });

  it('declares every output of the interface spec', () => {
    expect(outputNames).toEqual(expect.arrayContaining(SPEC_OUTPUTS));
  });

  it('describes every input and output', () => {
    const missing = [
      ...inputNames.filter((n) => !action.inputs[n]?.description?.trim()).map((n) => `input ${n}`),
      ...outputNames
        .filter((n) => !action.outputs[n]?.description?.trim())
        .map((n) => `output ${n}`),
    ];
    expect(missing).toEqual([]);
  });
});

describe('README.md tables', () => {
  it('list every input with the default action.yml gives it', () => {
    const rows = readmeRows('inputs');
    expect([...rows.keys()]).toEqual(inputNames);
    for (const name of inputNames) {
      const dflt = action.inputs[name]?.default;
      const want = dflt === undefined ? '' : `\`${String(dflt)}\``;
      expect({ name, default: rows.get(name)?.[0] }).toEqual({ name, default: want });
    }
  });

  it('list every output', () => {
    expect([...readmeRows('outputs').keys()]).toEqual(outputNames);
  });
});

describe('the code behind the interface', () => {
  const inputsTs = read('src/inputs/inputs.ts');
  const outputsTs = read('src/action/outputs.ts');
  const others = sourceFiles()
    .filter((f) => f !== 'src/inputs/inputs.ts')
    .map((f) => ({ file: f, text: withoutRefusals(read(f)) }));
  const usedBy = (field: string): string[] =>
    others.filter((o) => new RegExp(`\\binputs\\??\\.${field}\\b`).test(o.text)).map((o) => o.file);

  it.each(inputNames)('readInputs reads the %s input', (name) => {
    expect(inputsTs).toMatch(new RegExp(`\\b(get|str|bool|pairs)\\('${escape(name)}'`));
    // …into the Inputs field the next test looks for.
    expect(inputsTs).toMatch(new RegExp(`\\breadonly ${camel(name)}\\??:`));
  });

  it.each(inputNames.filter((n) => !(n in NOT_YET_USED_INPUTS)))(
    'the %s input is used beyond being read',
    (name) => {
      expect(usedBy(camel(name))).not.toEqual([]);
    },
  );

  it.each(outputNames)('outputs.ts sets the %s output', (name) => {
    expect(outputsTs).toMatch(new RegExp(`\\bset\\('${escape(name)}'`));
  });

  // Files that hand a RunResult to reportOutputs are where output values come from.
  const reporters = others.filter(
    (o) => o.file !== 'src/action/outputs.ts' && /\breportOutputs\(/.test(o.text),
  );
  it.each(outputNames.filter((n) => !(n in NOT_YET_PRODUCED_OUTPUTS)))(
    'a run produces the value of the %s output',
    (name) => {
      const field = OUTPUT_SOURCE[name];
      if (!field) throw new Error(`add ${name} to OUTPUT_SOURCE: which RunResult field sets it?`);
      expect(reporters.length).toBeGreaterThan(0);
      const hits = reporters.filter((o) => new RegExp(`\\b${field}\\s*[:,}]`).test(o.text));
      expect(hits.map((o) => o.file)).not.toEqual([]);
    },
  );
});
