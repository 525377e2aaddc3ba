// Imitates docker/metadata-action v6.2.0's outputs (src/meta.ts, src/main.ts at that tag): tags are
// full references `<image>:<tag>` (image lowercased), main version first, then partials, then
// `latest` (flavor latest=auto: for a non-prerelease semver tag); labels and annotations are the
// eight org.opencontainers.image.* keys plus the inputs', sorted, empty values kept. The repository
// fields come from the GitHub context (the real action reads them from the REST API).
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';

const input = (name) => process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
// Newline-separated, as the real action reads every list input (getInputList with ignoreComma).
const list = (text) =>
  text
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith('#'));

function setOutput(name, value) {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  appendFileSync(process.env.GITHUB_OUTPUT, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
}
function exportEnv(name, value) {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  appendFileSync(process.env.GITHUB_ENV, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
}

/** A semver x.y.z[-pre], loosely (a leading v allowed), or undefined. */
function parseSemver(raw) {
  const m = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(raw);
  if (!m) return undefined;
  const [, major, minor, patch, prerelease] = m;
  const version = `${major}.${minor}.${patch}${prerelease ? `-${prerelease}` : ''}`;
  return { major, minor, patch, prerelease, version };
}

function attrs(spec) {
  const out = {};
  for (const part of spec.split(',')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = part.slice(i + 1).trim();
  }
  return out;
}

const ref = process.env.GITHUB_REF ?? '';
const sha = process.env.GITHUB_SHA ?? '';
const repository = process.env.GITHUB_REPOSITORY ?? '';
const serverUrl = process.env.GITHUB_SERVER_URL || 'https://github.com';
const flavor = attrs(list(input('flavor')).join(','));
const latestFlavor = flavor.latest ?? 'auto';

let main;
const partial = [];
let latest = false;
const add = (value) => {
  if (main === undefined) main = value;
  else if (value !== main && !partial.includes(value)) partial.push(value);
};
for (const spec of list(input('tags'))) {
  const a = attrs(spec);
  if (a.enable === 'false') continue;
  if (a.type === 'semver') {
    if (!ref.startsWith('refs/tags/') && !a.value) continue;
    const v = parseSemver((a.value || ref.replace(/^refs\/tags\//, '')).replace(/\//g, '-'));
    if (!v) {
      console.log(`::warning::${ref} is not a valid semver. More info: https://semver.org/`);
      continue;
    }
    const pattern = v.prerelease ? '{{version}}' : (a.pattern ?? '{{version}}');
    add(pattern.replace(/{{\s*(version|major|minor|patch)\s*}}/g, (_, k) => v[k]));
    if (!v.prerelease) latest = true;
  } else if (a.type === 'raw') {
    add(a.value ?? '');
  } else if (a.type === 'ref') {
    if (a.event === 'tag' && ref.startsWith('refs/tags/')) {
      add(ref.slice('refs/tags/'.length));
      latest = true;
    } else if (a.event === 'branch' && ref.startsWith('refs/heads/')) {
      add(ref.slice('refs/heads/'.length).replace(/[^a-zA-Z0-9._-]+/g, '-'));
    }
  } else if (a.type === 'sha') {
    add(`${a.prefix ?? 'sha-'}${sha.slice(0, 7)}`);
  } else {
    throw new Error(`metadata-action stand-in: tag type in "${spec}" is not imitated`);
  }
}
if (latestFlavor === 'true') latest = true;
if (latestFlavor === 'false') latest = false;

const names = main === undefined ? [] : [main, ...partial, ...(latest ? ['latest'] : [])];
const images = list(input('images')).map((i) => i.replace(/^name=/, '').toLowerCase());
const tags = images.length > 0 ? images.flatMap((i) => names.map((n) => `${i}:${n}`)) : names;

function withCustoms(extra) {
  const base = [
    `org.opencontainers.image.title=${repository.split('/')[1] ?? ''}`,
    'org.opencontainers.image.description=',
    `org.opencontainers.image.url=${serverUrl}/${repository}`,
    `org.opencontainers.image.source=${serverUrl}/${repository}`,
    `org.opencontainers.image.version=${main ?? ''}`,
    `org.opencontainers.image.created=${new Date().toISOString()}`,
    `org.opencontainers.image.revision=${sha}`,
    'org.opencontainers.image.licenses=',
  ];
  const map = new Map();
  for (const label of [...base, ...extra]) {
    const [key, ...values] = label.split('=');
    if (values.length > 0) map.set(key, values.join('='));
  }
  return [...map].sort((a, b) => a[0].localeCompare(b[0])).map(([k, v]) => `${k}=${v}`);
}
const labels = withCustoms(list(input('labels')));
const levels = (process.env.DOCKER_METADATA_ANNOTATIONS_LEVELS || 'manifest').split(',');
const annotations = levels.flatMap((level) =>
  withCustoms(list(input('annotations'))).map((a) => `${level}:${a}`),
);
const json = {
  tags,
  'tag-names': names,
  labels: Object.fromEntries(
    labels.map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  ),
  annotations,
};

const outputs = {
  version: main ?? '',
  tags: tags.join(input('sep-tags') || '\n'),
  'tag-names': names.join(input('sep-tags') || '\n'),
  labels: labels.join(input('sep-labels') || '\n'),
  annotations: annotations.join(input('sep-annotations') || '\n'),
  json: JSON.stringify(json),
};
console.log(`::group::Docker tags\n${tags.join('\n')}\n::endgroup::`);
for (const [name, value] of Object.entries(outputs)) {
  setOutput(name, value);
  if (process.env.DOCKER_METADATA_SET_OUTPUT_ENV !== 'false') {
    exportEnv(`DOCKER_METADATA_OUTPUT_${name.replace(/-/g, '_').toUpperCase()}`, value);
  }
}
