// Imitates actions/upload-artifact v7 against the v4 artifact service (the protocol act's
// pkg/artifacts/artifacts_v4.go documents): the files matched by `path` (a file, a directory or a
// `*` glob in the last segment), relative to their common parent, in a zip (stored entries).
import { createHash, randomUUID } from 'node:crypto';
import { appendFileSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { crc32 } from 'node:zlib';

const input = (name) => process.env[`INPUT_${name.toUpperCase()}`] ?? '';
function setOutput(name, value) {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  appendFileSync(process.env.GITHUB_OUTPUT, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
}

/** [absolute file, name in the zip] for one `path` line. */
function match(pattern) {
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
    );
  if (pattern.includes('*')) {
    const dir = dirname(pattern);
    const re = new RegExp(
      `^${basename(pattern)
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')}$`,
    );
    let names = [];
    try {
      names = readdirSync(dir).filter((n) => re.test(n));
    } catch {
      return [];
    }
    return names.flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? walk(p).map((f) => [f, relative(dir, f)]) : [[p, n]];
    });
  }
  try {
    const st = statSync(pattern);
    return st.isDirectory()
      ? walk(pattern).map((f) => [f, relative(pattern, f)])
      : [[pattern, basename(pattern)]];
  } catch {
    return [];
  }
}

/** A zip of stored (uncompressed) entries: local headers, data, central directory, end record. */
function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const n = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    centrals.push(central, n);
    offset += local.length + n.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** Run and job backend ids from ACTIONS_RUNTIME_TOKEN's scp claim, as @actions/artifact reads them. */
function backendIds() {
  const payload = (process.env.ACTIONS_RUNTIME_TOKEN ?? '').split('.')[1] ?? '';
  const scp = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8') || '{}').scp ?? '';
  const m = /Actions\.Results:([^:\s]+):([^:\s]+)/.exec(scp);
  if (!m) throw new Error('ACTIONS_RUNTIME_TOKEN has no Actions.Results scope');
  return { workflowRunBackendId: m[1], workflowJobRunBackendId: m[2] };
}

async function twirp(method, body) {
  const base = process.env.ACTIONS_RESULTS_URL;
  if (!base) throw new Error('ACTIONS_RESULTS_URL is not set: the runner has no artifact service');
  const url = new URL(`twirp/github.actions.results.api.v1.ArtifactService/${method}`, base);
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

const name = input('name') || 'artifact';
const files = input('path')
  .split('\n')
  .map((s) => s.trim())
  .filter(Boolean)
  .flatMap(match);
if (files.length === 0) {
  const how = input('if-no-files-found') || 'warn';
  const message = `No files were found with the provided path: ${input('path')}. No artifacts will be uploaded.`;
  if (how === 'error') {
    console.log(`::error::${message}`);
    process.exit(1);
  }
  console.log(how === 'warn' ? `::warning::${message}` : message);
  process.exit(0);
}
const body = zip(files.map(([file, entry]) => [entry, readFileSync(file)]));
const ids = backendIds();
const created = await twirp('CreateArtifact', { ...ids, name, version: 4 });
const put = await fetch(`${created.signedUploadUrl}&comp=block`, { method: 'PUT', body });
if (!put.ok) throw new Error(`upload: HTTP ${put.status}`);
const digest = createHash('sha256').update(body).digest('hex');
const finalized = await twirp('FinalizeArtifact', {
  ...ids,
  name,
  size: String(body.length),
  hash: `sha256:${digest}`,
});
console.log(
  `Artifact ${name} (${files.length} files, ${body.length} bytes) uploaded, id ${finalized.artifactId}`,
);
setOutput('artifact-id', String(finalized.artifactId));
setOutput('artifact-digest', digest);
