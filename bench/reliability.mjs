#!/usr/bin/env node
// ko-action's registry client and crane (go-containerregistry, the library inside ko) side by
// side through the same faults (issue #21): each run pushes the same N small two-platform indexes
// with both clients, through one fault proxy (__tests__/support/fault-proxy.ts) in front of a real
// distribution registry, and checks every tag afterwards with an unfaulted client.
//
// The two clients send different request sequences, so faults are not drawn in arrival order:
// whether a request is faulted, and how, is a hash of (run seed, push number, method, kind of
// path, the blob digest or tag it names, its attempt number). The same upload of the same blob in
// the same push meets the same fault in both clients, on its first try and on each retry.
//
// Usage: node bench/reliability.mjs [--pushes 100] [--runs 5] [--rates 0.1,0.2] [--parallel 8]
//        [--write]   (--write regenerates docs/reliability.md)
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const opts = parseArgs(process.argv.slice(2));
const started = Date.now();
const log = (msg) =>
  process.stderr.write(`[reliability +${((Date.now() - started) / 1000).toFixed(0)}s] ${msg}\n`);

/** What a flaky network or an overloaded registry does (stalls excluded: see the doc). */
const BENCH_KINDS = [
  'status500',
  'status502',
  'status503',
  'status429',
  'resetUpload',
  'resetDownload',
  'truncate',
  'corrupt',
  'lostResponse',
];

function parseArgs(argv) {
  const o = { pushes: 100, runs: 5, rates: [0.1, 0.2], parallel: 8, write: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--pushes') o.pushes = Math.max(1, Number.parseInt(value(), 10) || 1);
    else if (flag === '--runs') o.runs = Math.max(1, Number.parseInt(value(), 10) || 1);
    else if (flag === '--parallel') o.parallel = Math.max(1, Number.parseInt(value(), 10) || 1);
    else if (flag === '--rates') o.rates = value().split(',').map(Number);
    else if (flag === '--write') o.write = true;
    else
      throw new Error(
        `unknown flag ${argv[i]} (known: --pushes N, --runs N, --rates 0.1,0.2, --parallel N, --write)`,
      );
  }
  return o;
}

/** The harness (registry, fault proxy, fixtures, our client), bundled as bench/run.mjs does. */
async function loadHarness() {
  const out = join(root, '.cache', 'bench-reliability');
  await rm(out, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      '__tests__/support/reliability-harness.ts',
      '-o',
      out,
      '--target',
      'es2022',
      '--transpile-only',
      '--quiet',
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  await writeFile(join(out, 'package.json'), '{ "type": "module" }\n');
  const h = await import(pathToFileURL(join(out, 'index.js')).href);
  if (resolve(h.repoRoot) !== resolve(root))
    throw new Error(`the harness places the repository at ${h.repoRoot}, not ${root}`);
  return h;
}

/** A number in [0, 1) from the parts of a request's identity. */
function unit(...parts) {
  const h = createHash('sha256').update(parts.join('\0')).digest();
  return h.readUInt32BE(0) / 2 ** 32;
}

function pathKind(path) {
  if (/\/blobs\/uploads\//.test(path)) return 'upload';
  if (/\/blobs\//.test(path)) return 'blob';
  if (/\/manifests\//.test(path)) return 'manifest';
  if (/\/tags\//.test(path)) return 'tags';
  return 'other';
}

/** `/v2/<client>/p<i>/…` → { client, push }. */
function pushOf(path) {
  const m = /^\/v2\/(ko|crane)\/p(\d+)\//.exec(path);
  return m ? { client: m[1], push: Number(m[2]) } : undefined;
}

/** The fault for a request: a function of the request, never of arrival order. */
function makeRule(h, seed, rate, tally) {
  return (r) => {
    const owner = pushOf(r.path);
    if (!owner) return 'none'; // the ping: not part of any push
    const params = new URLSearchParams(r.query);
    // The object the request is about: a blob digest, a manifest tag or digest.
    const object = params.get('digest') ?? r.path.split('/').pop() ?? '';
    const kind = pathKind(r.path);
    const key = [seed, owner.push, r.method, kind, object, r.attempt];
    const t = tally[owner.client];
    // A retry: the previous request with this identity was faulted.
    const id = `${owner.push} ${r.method} ${kind} ${object}`;
    if (t.faultedIds.delete(id)) t.retries++;
    if (unit('hit', ...key) >= rate) return 'none';
    const hasBody = r.method === 'PUT' || r.method === 'PATCH';
    const fits = h.applicable(r.method, hasBody, r.path).filter((k) => BENCH_KINDS.includes(k));
    const fault = fits[Math.floor(unit('kind', ...key) * fits.length)];
    if (!fault) return 'none';
    t.faults++;
    t.faultedIds.add(id);
    if (process.env.RELIABILITY_DEBUG)
      log(`${owner.client} ${r.method} ${r.path} #${r.attempt}: ${fault}`);
    return fault;
  };
}

/** An OCI layout holding one index, for `crane push <dir>`. */
async function writeLayout(dir, index) {
  const blobs = join(dir, 'blobs', 'sha256');
  await mkdir(blobs, { recursive: true });
  const put = (digest, bytes) => writeFile(join(blobs, digest.slice('sha256:'.length)), bytes);
  await put(index.digest, index.rawManifest);
  for (const child of index.children) {
    await put(child.digest, child.rawManifest);
    for (const b of child.blobs) await put(b.descriptor.digest, b.bytes);
  }
  await writeFile(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  await writeFile(
    join(dir, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [
        { mediaType: index.mediaType, digest: index.digest, size: index.rawManifest.length },
      ],
    }),
  );
}

function runCrane(h, args, env) {
  return new Promise((resolve) => {
    execFile(h.toolPath('crane'), args, { env, maxBuffer: 64 * 1024 * 1024 }, (err, _o, stderr) =>
      resolve({ ok: !err, stderr: String(stderr) }),
    );
  });
}

async function inParallel(n, count, fn) {
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < count) await fn(next++);
    }),
  );
}

/** Every tag of the run's pushes, checked with an unfaulted client: complete, right, intact. */
async function audit(h, direct, registryHost, client, images, pushed) {
  let incomplete = 0;
  let corrupt = 0;
  let succeeded = 0;
  for (let i = 0; i < images.length; i++) {
    const repo = `${client}/p${i}`;
    const head = await direct.headManifest(h.parseReference(`${registryHost}/${repo}:v1`));
    if (!head) continue; // no tag: the push failed before tagging, as it must
    let complete = true;
    const index = JSON.parse(
      (await direct.getManifest(h.parseReference(`${registryHost}/${repo}:v1`))).bytes,
    );
    for (const child of index.manifests) {
      const ref = h.parseReference(`${registryHost}/${repo}@${child.digest}`);
      if (!(await direct.headManifest(ref))) {
        complete = false;
        continue;
      }
      const m = JSON.parse((await direct.getManifest(ref)).bytes);
      for (const d of [m.config, ...m.layers]) {
        if (!(await direct.blobExists(repo, d.digest))) {
          complete = false;
          continue;
        }
        try {
          await direct.fetchBlob(repo, d.digest, d.size);
        } catch {
          corrupt++;
        }
      }
    }
    if (!complete) incomplete++;
    if (complete && head.digest === images[i].digest && pushed[i]) succeeded++;
  }
  return { incomplete, corrupt, succeeded };
}

/** A failed push's last error, without what differs from push to push (ports, names, ids). */
function cause(message) {
  return message
    .replace(/^Error:\s*/, '')
    .replace(/https?:\/\/127\.0\.0\.1:\d+/g, '')
    .replace(/127\.0\.0\.1:\d+/g, '<registry>')
    .replace(/\/v2\/(ko|crane)\/p\d+/g, '/v2/<repo>')
    .replace(/(ko|crane)\/p\d+/g, '<repo>')
    .replace(/sha256:[0-9a-f]{64}/g, '<digest>')
    .replace(/\/uploads\/[0-9a-f-]{20,}/g, '/uploads/<id>')
    .replace(/\?[^\s"]*/g, '')
    .replace(/\(attempt \d+\)|retrying in \d+ ms/g, '')
    .replace(/\|/g, '/')
    .slice(0, 140);
}

async function runClient(h, name, ctx) {
  const { images, proxy, layouts, parallel, craneEnv } = ctx;
  const pushed = new Array(images.length).fill(false);
  let clean = 0;
  let unclean = 0;
  let reported = 0;
  const causes = [];
  const t0 = Date.now();
  await inParallel(parallel, images.length, async (i) => {
    const repo = `${name}/p${i}`;
    if (name === 'ko') {
      const client = new h.RegistryClient(proxy.host, { jobs: 4, onRetry: () => reported++ });
      try {
        const res = await h.pushArtifact(
          client,
          h.parseReference(`${proxy.host}/${repo}`),
          images[i],
          {
            tags: ['v1'],
            jobs: 4,
          },
        );
        pushed[i] = res.digest === images[i].digest;
      } catch (e) {
        if (e instanceof h.KoActionError) clean++;
        else unclean++;
        causes.push(cause(e instanceof Error ? e.message : String(e)));
      } finally {
        await client.close();
      }
    } else {
      const res = await runCrane(h, ['push', layouts[i], `${proxy.host}/${repo}:v1`], craneEnv);
      if (!res.ok && process.env.RELIABILITY_DEBUG)
        log(`crane p${i}: ${res.stderr.trim().split('\n').pop()}`);
      if (res.ok) pushed[i] = true;
      else if (/Error:|error/i.test(res.stderr)) clean++;
      else unclean++;
      if (!res.ok) causes.push(cause(res.stderr.trim().split('\n').pop() ?? ''));
    }
  });
  return { pushed, clean, unclean, reported, causes, wallMs: Date.now() - t0 };
}

async function oneRun(h, rate, run, layoutsRoot) {
  const registry = await h.startRegistry('anonymous');
  const tally = {
    ko: { faults: 0, retries: 0, faultedIds: new Set() },
    crane: { faults: 0, retries: 0, faultedIds: new Set() },
  };
  const seed = `${rate}-${run}`;
  const proxy = await h.startFaultProxy({
    targetPort: Number(registry.address.split(':')[1]),
    rule: makeRule(h, seed, rate, tally),
  });
  const direct = new h.RegistryClient(registry.host, {});
  try {
    const images = Array.from({ length: opts.pushes }, (_, i) =>
      h.makeIndex(`-bench-${seed}-${i}`),
    );
    const layouts = [];
    for (let i = 0; i < images.length; i++) {
      const dir = join(layoutsRoot, `${seed}-${i}`);
      await writeLayout(dir, images[i]);
      layouts.push(dir);
    }
    const ctx = {
      images,
      proxy,
      layouts,
      parallel: opts.parallel,
      craneEnv: { ...process.env, ...registry.env },
    };
    // Alternate which client goes first, so neither always meets a fresher registry.
    const order = run % 2 === 0 ? ['ko', 'crane'] : ['crane', 'ko'];
    const rows = {};
    for (const name of order) {
      const res = await runClient(h, name, ctx);
      const a = await audit(h, direct, registry.host, name, images, res.pushed);
      rows[name] = {
        client: name === 'ko' ? 'ko-action' : `crane ${craneVersion}`,
        rate,
        run,
        pushes: images.length,
        succeeded: a.succeeded,
        failedCleanly: images.length - a.succeeded - res.unclean,
        unclean: res.unclean,
        incomplete: a.incomplete,
        corrupt: a.corrupt,
        faults: tally[name].faults,
        retries: tally[name].retries,
        reported: name === 'ko' ? res.reported : undefined,
        causes: res.causes,
        wallMs: res.wallMs,
      };
      log(
        `rate ${rate} run ${run} ${rows[name].client}: ${a.succeeded}/${images.length} ok, ` +
          `${a.incomplete} incomplete, ${a.corrupt} corrupt, ${tally[name].faults} faults, ` +
          `${tally[name].retries} retries, ${(res.wallMs / 1000).toFixed(1)} s`,
      );
    }
    return [rows.ko, rows.crane];
  } finally {
    await direct.close();
    await proxy.stop();
    await registry.stop();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function report(rows, craneVersion) {
  const byKey = new Map();
  for (const r of rows) {
    const k = `${r.rate} ${r.client}`;
    byKey.set(k, [...(byKey.get(k) ?? []), r]);
  }
  const summary = [...byKey.values()].map((rs) => {
    const r0 = rs[0];
    const med = (f) => median(rs.map(f));
    return `| ${r0.rate * 100} % | ${r0.client} | ${rs.length} | ${med((r) => r.succeeded)} | ${rs.map((r) => r.succeeded).join(', ')} | ${med((r) => r.failedCleanly)} | ${Math.max(...rs.map((r) => r.incomplete))} | ${Math.max(...rs.map((r) => r.corrupt))} | ${med((r) => r.retries)} | ${(med((r) => r.wallMs) / 1000).toFixed(1)} s |`;
  });
  const causeRows = [];
  for (const client of [...new Set(rows.map((r) => r.client))]) {
    const counts = new Map();
    for (const r of rows.filter((x) => x.client === client))
      for (const c of r.causes)
        counts.set(`${r.rate * 100} % ${c}`, (counts.get(`${r.rate * 100} % ${c}`) ?? 0) + 1);
    for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
      const [rate, ...rest] = k.split(' % ');
      causeRows.push(`| ${client} | ${rate} % | ${rest.join(' % ')} | ${n} |`);
    }
  }
  const perRun = rows.map(
    (r) =>
      `| ${r.rate * 100} % | ${r.run} | ${r.client} | ${r.succeeded} | ${r.failedCleanly} | ${r.unclean} | ${r.incomplete} | ${r.corrupt} | ${r.faults} | ${r.retries} | ${r.reported ?? '–'} | ${(r.wallMs / 1000).toFixed(1)} s |`,
  );
  return `# Registry client reliability

Written by \`npm run bench:reliability -- --write\` (bench/reliability.mjs) on ${new Date().toISOString().slice(0, 10)}:
${opts.pushes} pushes per client per run of small two-platform indexes (\`makeIndex\`: an index, two
image manifests, two configs, three layers), ${opts.parallel} pushes in flight, each client's pushes
through the same fault proxy (\`__tests__/support/fault-proxy.ts\`) in front of a real distribution
registry (v3, in memory), on ${os.cpus().length} CPU cores. ko-action is our client
(\`src/registry\`, production defaults, \`jobs: 4\`); crane is go-containerregistry's CLI
(${craneVersion}, \`crane push <oci-layout>\`), the library inside ko.

## How the faults are chosen

Whether a request is faulted, and how, is a hash of the run's seed, the push number, the method,
the kind of path (blob, upload, manifest), the blob digest or tag it names and its attempt number
(the proxy counts earlier requests with the same identity). Both clients push the same images, so
the same request of the same push meets the same fault in both, on every attempt; requests that
only one client sends (crane's PATCH, our HEAD after a lost PUT) draw their own. Kinds:
${BENCH_KINDS.map((k) => `\`${k}\``).join(', ')} (429s carry \`Retry-After: 1\`). Stalls are left out of this
comparison: crane has no body timeout and waits minutes on each; ours are covered by
\`__tests__/integration/registry-faults.test.ts\`.

## Medians over runs

| fault rate | client | runs | succeeded (median) | succeeded per run | failed cleanly (median) | incomplete tags (max) | corrupt blobs (max) | retries seen by the proxy (median) | wall time (median) |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${summary.join('\n')}

"Succeeded": the tag names the expected index digest and every manifest and blob it references is
in the registry and hashes right. "Failed cleanly": the push reported an error and left no tag
naming a partial image. "Incomplete tags" must be 0: a tag whose index, child or blob is missing.

## Every run

| fault rate | run | client | succeeded | failed cleanly | failed otherwise | incomplete tags | corrupt blobs | faults injected | retries seen by the proxy | retries reported (onRetry) | wall time |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${perRun.join('\n')}

## What ended the failed pushes (all runs, most frequent first)

| client | fault rate | last error | pushes |
| --- | --- | --- | --- |
${causeRows.join('\n') || '| – | – | none | 0 |'}

## What the client does (src/registry)

- Every request that may be sent twice (GET, HEAD, upload POST, manifest PUT, token requests) is
  retried up to 5 attempts on 408/429/5xx and connection failures, with 200 ms × 3ⁿ backoff (cap
  5 s, ±20 % jitter); a \`Retry-After\` (up to 60 s) is waited for, and holds every new request to
  that registry until then. A blob upload (POST + PUT) is retried as a whole, the same way, and
  after a failed PUT the blob is checked with HEAD first: a PUT the registry committed but whose
  answer was lost is not sent again (its session is closed).
- Bodies read whole (manifests, capped at 100 MiB as ggcr does; tokens; errors) are read inside the
  attempt, so a body that breaks off or stalls is retried as a request; blob downloads are verified
  (size, sha256) and fetched again when damaged. A stalled response is abandoned after 30 s of
  silence in its body (60 s waiting for headers).
- Every retry is reported through \`onRetry\` (the action shows it as a warning, without
  credentials).
- A 401 with a challenge on any request is answered (a token for a Bearer challenge, the
  credentials for a Basic one) and retried once, so a registry that pings \`/v2/\` anonymously and
  wants credentials on the repository works.
- Redirects, upload Locations and token realms are followed only without an HTTPS → HTTP downgrade
  and, from a public registry, never to a loopback/private/link-local address; Authorization goes
  only to the registry's origin (and Basic credentials to the realm's).

Rerun (rewrites this file): \`npm run bench:reliability -- --write\` (options: \`--runs N\`,
\`--pushes N\`, \`--rates 0.1,0.2\`, \`--parallel N\`).
`;
}

const h = await loadHarness();
const craneVersion = readFileSync(join(root, '.cache', 'tools', 'crane.version'), 'utf8')
  .trim()
  .split('@')
  .pop();
const layoutsRoot = await mkdtemp(join(os.tmpdir(), 'ko-reliability-'));
const rows = [];
try {
  for (let run = 1; run <= opts.runs; run++) {
    for (const rate of opts.rates) rows.push(...(await oneRun(h, rate, run, layoutsRoot)));
    const text = report(rows, craneVersion);
    if (opts.write) await writeFile(join(root, 'docs', 'reliability.md'), text);
    if (run === opts.runs) process.stdout.write(text);
  }
} finally {
  await rm(layoutsRoot, { recursive: true, force: true });
}
