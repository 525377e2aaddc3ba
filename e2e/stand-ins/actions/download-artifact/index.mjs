// Imitates actions/download-artifact v8 against the v4 artifact service (act's
// pkg/artifacts/artifacts_v4.go): ListArtifacts, GetSignedArtifactURL, GET the zip, extract it.
import { randomUUID } from 'node:crypto';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';

const input = (name) => process.env[`INPUT_${name.toUpperCase()}`] ?? '';
function setOutput(name, value) {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  appendFileSync(process.env.GITHUB_OUTPUT, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
}

function backendIds() {
  const payload = (process.env.ACTIONS_RUNTIME_TOKEN ?? '').split('.')[1] ?? '';
  const scp = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8') || '{}').scp ?? '';
  const m = /Actions\.Results:([^:\s]+):([^:\s]+)/.exec(scp);
  if (!m) throw new Error('ACTIONS_RUNTIME_TOKEN has no Actions.Results scope');
  return { workflowRunBackendId: m[1], workflowJobRunBackendId: m[2] };
}

async function twirp(method, body) {
  const url = new URL(
    `twirp/github.actions.results.api.v1.ArtifactService/${method}`,
    process.env.ACTIONS_RESULTS_URL,
  );
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${process.env.ACTIONS_RUNTIME_TOKEN}`,
    },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method}: HTTP ${res.status} ${await res.text()}`);
  return res.json();
}

/** Entries of a zip (stored or deflated), read from its central directory. */
function unzip(buf) {
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip file');
  const count = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  const out = [];
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + size);
    out.push([name, method === 8 ? inflateRawSync(raw) : Buffer.from(raw)]);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

const ids = backendIds();
const name = input('name');
const glob = input('pattern');
const re = glob
  ? new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`)
  : undefined;
const { artifacts = [] } = await twirp('ListArtifacts', {
  ...ids,
  ...(name ? { nameFilter: name } : {}),
});
const chosen = artifacts.filter((a) => (name ? a.name === name : re ? re.test(a.name) : true));
if (name && chosen.length === 0) {
  console.log(`::error::Unable to download artifact(s): Artifact not found for name: ${name}`);
  process.exit(1);
}
const root = resolve(process.env.GITHUB_WORKSPACE ?? '.', input('path') || '.');
const merge = input('merge-multiple') === 'true' || Boolean(name);
for (const artifact of chosen) {
  const { signedUrl } = await twirp('GetSignedArtifactURL', { ...ids, name: artifact.name });
  const res = await fetch(signedUrl);
  if (!res.ok) throw new Error(`download ${artifact.name}: HTTP ${res.status}`);
  const dir = merge ? root : join(root, artifact.name);
  for (const [entry, data] of unzip(Buffer.from(await res.arrayBuffer()))) {
    const target = resolve(dir, entry);
    if (!target.startsWith(`${dir}/`)) throw new Error(`zip entry ${entry} leaves ${dir}`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, data);
  }
  console.log(`Artifact ${artifact.name} extracted to ${dir}`);
}
console.log(`Total of ${chosen.length} artifact(s) downloaded`);
setOutput('download-path', root);
