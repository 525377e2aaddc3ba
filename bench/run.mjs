#!/usr/bin/env node
// Benchmarks ko-action's CLI twin (dist/cli/index.js) against the pinned ko binary on a loopback
// registry and writes bench/RESULTS.md. Usage: node bench/run.mjs [--reps N] [--rows 1,2,…] [--dist]
// [--profile] [--out FILE]. By default src/cli/main.ts is bundled afresh (ncc, as
// scripts/package.mjs does) into .cache/bench-cli, leaving the committed dist/ alone; --dist
// measures dist/cli/index.js as it is. Both tools run alternately (AB, BA, ...) after one untimed
// warm-up each, so the Go build cache is warm for both and the rows measure tool overhead, not
// compiling. The registry and the base image are the test suite's own (__tests__/support,
// bundled into .cache/bench-harness), so the benchmark and the tests cannot drift apart.
import { spawn, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { summarizeProfile } from './profile.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = (name) => join(root, '.cache', 'tools', 'bin', name);
let cli = join(root, 'dist', 'cli', 'index.js');
const app = join(root, '__tests__', 'fixtures', 'app');
const PLATFORMS4 = ['linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/ppc64le'];

const opts = parseArgs(process.argv.slice(2));
const started = Date.now();
const loadAtStart = os
  .loadavg()
  .map((x) => x.toFixed(2))
  .join(', ');
const log = (msg) =>
  process.stderr.write(`[bench +${((Date.now() - started) / 1000).toFixed(0)}s] ${msg}\n`);

function parseArgs(argv) {
  const o = {
    reps: 7,
    rows: undefined,
    package: true,
    profile: false,
    out: join(root, 'bench', 'RESULTS.md'),
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--reps') o.reps = Math.max(1, Number.parseInt(value(), 10) || 1);
    else if (flag === '--rows')
      o.rows = new Set(
        value()
          .split(',')
          .map((r) => r.trim()),
      );
    else if (flag === '--dist' || flag === '--no-package') o.package = false;
    else if (flag === '--profile') o.profile = true;
    else if (flag === '--out') o.out = value();
    else
      throw new Error(
        `unknown flag ${argv[i]} (known: --reps N, --rows 1,1b,…, --dist, --profile, --out FILE)`,
      );
  }
  return o;
}

/**
 * Runs a command; resolves with exit code, output, wall ms and the process's own peak RSS (KiB):
 * VmHWM, the kernel's high-water mark of that process alone (children excluded), polled from
 * /proc the same way for both tools, so neither carries a measuring hook.
 */
function run(cmd, args, { cwd = app, env = process.env } = {}) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, args, { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b) => (stdout += b));
    child.stderr.on('data', (b) => (stderr += b));
    let hwm = 0;
    const sample = () => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) hwm = Math.max(hwm, Number(m[1]));
      } catch {
        /* exited between polls */
      }
    };
    const poll = setInterval(sample, 10);
    child.on('error', reject);
    child.on('exit', sample); // a zombie until reaped, but its status may still be there
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      clearInterval(poll);
      resolve({ code, stdout, stderr, ms, rssKiB: hwm });
    });
  });
}

async function must(cmd, args, o) {
  const r = await run(cmd, args, o);
  if (r.code !== 0)
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.code}:\n${tail(r.stderr)}`);
  return r;
}
const tail = (s, n = 1500) => (s.length > n ? `…${s.slice(-n)}` : s);
const firstLine = (s) => (s.trim().split('\n').filter(Boolean).at(-1) ?? '').slice(0, 160);

// ---------------------------------------------------------------- the test harness

/** ncc's command as scripts/package.mjs runs it, transpile-only (types are tsc's job). */
function nccBuild(entry, out) {
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      entry,
      '-o',
      out,
      '--target',
      'es2022',
      '--transpile-only',
      '--quiet',
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] },
  );
}

/**
 * The tests' registry harness (__tests__/support/harness.ts: startRegistry, pushBaseImage),
 * bundled into .cache/bench-harness. The bundle must sit two levels below the repository, as
 * __tests__/support does: it finds the repository (and .cache/tools) from its own location.
 */
async function loadHarness() {
  const out = join(root, '.cache', 'bench-harness');
  await rm(out, { recursive: true, force: true });
  nccBuild('__tests__/support/harness.ts', out);
  await writeFile(join(out, 'package.json'), '{ "type": "module" }\n');
  const harness = await import(pathToFileURL(join(out, 'index.js')).href);
  if (resolve(harness.repoRoot) !== resolve(root))
    throw new Error(`the bench harness places the repository at ${harness.repoRoot}, not ${root}`);
  return harness;
}

// ---------------------------------------------------------------- generated Go modules

async function writeBigModule(dir, mib) {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'go.mod'), 'module example.com/big\n\ngo 1.22\n');
  await writeFile(
    join(dir, 'main.go'),
    [
      'package main',
      '',
      'import (',
      '\t_ "embed"',
      '\t"fmt"',
      ')',
      '',
      '//go:embed data.bin',
      'var data []byte',
      '',
      'func main() { fmt.Println(len(data)) }',
      '',
    ].join('\n'),
  );
  // Random bytes: gzip cannot shrink them, so the layer really is ~100 MB on the wire.
  const chunks = [];
  for (let i = 0; i < mib; i++) chunks.push(randomBytes(1 << 20));
  await writeFile(join(dir, 'data.bin'), Buffer.concat(chunks));
}

async function writeManyModule(dir, services, files) {
  await writeFile(join(dir, 'go.mod'), 'module example.com/many\n\ngo 1.22\n');
  for (let s = 0; s < services; s++) {
    const pkg = join(dir, 'cmd', `svc${String(s).padStart(2, '0')}`);
    await mkdir(pkg, { recursive: true });
    await writeFile(
      join(pkg, 'main.go'),
      `package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("svc ${s}") }\n`,
    );
  }
  const yamlDir = join(dir, 'deploy');
  await mkdir(yamlDir, { recursive: true });
  const ref = (s) => `ko://example.com/many/cmd/svc${String(s % services).padStart(2, '0')}`;
  for (let f = 0; f < files; f++) {
    // Two containers per file: every service is referenced (20 distinct), most several times.
    await writeFile(
      join(yamlDir, `app${String(f).padStart(2, '0')}.yaml`),
      [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        `  name: app${f}`,
        'spec:',
        '  template:',
        '    spec:',
        '      containers:',
        `        - name: main`,
        `          image: ${ref(f)}`,
        `        - name: sidecar`,
        `          image: ${ref(f + 7)}`,
        '',
      ].join('\n'),
    );
  }
  return yamlDir;
}

// ---------------------------------------------------------------- measurement

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const stats = (samples) =>
  samples.length
    ? {
        min: Math.min(...samples.map((s) => s.ms)),
        median: median(samples.map((s) => s.ms)),
        rssMedianKiB: median(samples.map((s) => s.rssKiB)),
        rssMaxKiB: Math.max(...samples.map((s) => s.rssKiB)),
        n: samples.length,
      }
    : undefined;
const digestOf = (stdout) => /@(sha256:[0-9a-f]{64})/.exec(stdout)?.[1];
const refOf = (stdout) => /\S+@sha256:[0-9a-f]{64}/.exec(stdout)?.[0];

/**
 * The config digests of an image or index, platform order. Compressed layers (and so manifest
 * digests) differ from ko's by design (Go's gzip vs zlib, docs/spec/ko-compat.md#32-compression-ggcr-tarballlayerfromopener-internalgzip); configs should not.
 */
function configDigests(ref, env) {
  const crane = (args) => JSON.parse(execFileSync(bin('crane'), args, { encoding: 'utf8', env }));
  const m = crane(['manifest', ref]);
  if (!m.manifests) return [m.config.digest];
  const repo = ref.slice(0, ref.indexOf('@'));
  return m.manifests.map((d) => crane(['manifest', `${repo}@${d.digest}`]).config.digest);
}

/**
 * One row: an untimed warm-up per tool, then reps alternating the order. `ko(i)` / `ours(i)` give
 * [cmd, args, env] for run i ('w' = warm-up). A failing ko-action makes the row n/a, not the bench.
 */
async function compare(name, ko, ours, check = (r) => Boolean(digestOf(r.stdout))) {
  const row = { name, ko: [], ours: [], oursError: undefined, digests: {} };
  const once = async (tool, i) => {
    const [cmd, args, env, cwd = app] = (tool === 'ko' ? ko : ours)(i);
    const r = await run(cmd, args, { env, cwd });
    if (r.code !== 0 || !check(r)) {
      const why = r.code !== 0 ? `exit ${r.code}` : 'unexpected output';
      throw Object.assign(
        new Error(`${tool} ${why}: ${firstLine(r.stderr) || firstLine(r.stdout)}`),
        {
          stderr: r.stderr,
          tool,
        },
      );
    }
    return r;
  };
  log(`${name}: warm-up`);
  const wk = await once('ko', 'w');
  const configsOf = (r) => {
    const ref = refOf(r.stdout);
    return ref && r.stdout.trim().split('\n').length === 1
      ? configDigests(ref, ko('w')[2]).join(',')
      : undefined;
  };
  row.digests.ko = configsOf(wk);
  try {
    const wo = await once('ours', 'w');
    row.digests.ours = configsOf(wo);
  } catch (e) {
    row.oursError = e.message;
    log(`${name}: ko-action failed, row marked n/a\n${tail(e.stderr ?? '', 800)}`);
  }
  for (let i = 0; i < opts.reps; i++) {
    const order = i % 2 === 0 ? ['ko', 'ours'] : ['ours', 'ko'];
    for (const tool of order) {
      if (tool === 'ours' && row.oursError) continue;
      const r = await once(tool, i);
      row[tool].push(r);
    }
    log(
      `${name}: rep ${i + 1}/${opts.reps} ko ${ms(row.ko.at(-1)?.ms)} ko-action ${ms(row.ours.at(-1)?.ms)}`,
    );
  }
  row.koStats = stats(row.ko);
  row.oursStats = stats(row.ours);
  return row;
}

/** `go build -trimpath` of `pkg` for each platform, `jobs` at a time, as the tools run it. */
async function goBuildAll(goBin, pkg, platforms, outDir, jobs) {
  const t0 = process.hrtime.bigint();
  const queue = [...platforms];
  const worker = async () => {
    for (let p = queue.shift(); p; p = queue.shift()) {
      const [goos, goarch, variant] = p.split('/');
      const env = { ...process.env, CGO_ENABLED: '0', GOOS: goos, GOARCH: goarch };
      if (variant && goarch === 'arm') env.GOARM = variant.replace(/^v/, '');
      await must(goBin, ['build', '-trimpath', '-o', join(outDir, p.replaceAll('/', '-')), pkg], {
        env,
      });
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, rssKiB: 0 };
}

const ms = (v) =>
  v === undefined ? '—' : v >= 10000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`;
const mib = (kib) => (kib ? `${(kib / 1024).toFixed(0)} MiB` : '—');

// ---------------------------------------------------------------- main

async function main() {
  for (const t of ['ko', 'registry', 'crane']) {
    if (!existsSync(bin(t))) {
      log(`provisioning pinned tools (missing ${t})`);
      execFileSync(process.execPath, [join(root, 'scripts', 'provision-tools.mjs')], {
        stdio: 'inherit',
        cwd: root,
      });
      break;
    }
  }
  let packageNote;
  if (opts.package) {
    log('bundling src/cli/main.ts with ncc into .cache/bench-cli');
    const out = join(root, '.cache', 'bench-cli');
    try {
      await rm(out, { recursive: true, force: true });
      nccBuild('src/cli/main.ts', out);
      await writeFile(join(out, 'package.json'), '{ "type": "module" }\n');
      cli = join(out, 'index.js');
      packageNote =
        "CLI bundled from the working tree's src/cli/main.ts (ncc, as scripts/package.mjs) into .cache/bench-cli";
    } catch (e) {
      packageNote = `bundling src/ FAILED (mid-edit?), measured the committed dist/cli instead: ${firstLine(String(e.stderr ?? e.message))}`;
      log(packageNote);
    }
  } else packageNote = 'dist/cli/index.js measured as found (--dist)';
  packageNote += `; bundle ${(statSync(cli).size / 1e6).toFixed(1)} MB, built ${statSync(cli).mtime.toISOString()}`;

  log('bundling the test harness (__tests__/support/harness.ts) into .cache/bench-harness');
  const harness = await loadHarness();
  const goBin = execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim() + '/bin/go';
  const work = await mkdtemp(join(os.tmpdir(), 'ko-action-bench-'));
  // Filesystem storage, as a real registry keeps blobs; no recording proxy in the measured path.
  const registry = await harness.startRegistry('anonymous', {
    direct: true,
    storageDir: join(work, 'storage'),
  });
  const cleanup = async () => {
    await registry.stop();
    await rm(work, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));
  try {
    log(`registry on ${registry.host} (pid ${registry.pid})`);
    const base = await harness.pushBaseImage(registry, { platforms: PLATFORMS4 });
    const baseRef = base.ref;
    log(`base image ${baseRef}@${base.indexDigest} (${PLATFORMS4.length} platforms, crane push)`);
    // The registry's own empty credential store: nothing from ~/.docker leaks in.
    const dockerConfig = registry.env.DOCKER_CONFIG;

    const env = { ...process.env };
    for (const k of Object.keys(env)) if (/^(KO_|KOCACHE$|GOFLAGS$|INPUT_)/.test(k)) delete env[k];
    // As on GitHub-hosted runners. Node reads this bundle at every start (Go does not look at
    // it); row 1b measures it as the machine has it.
    const extraCaCerts = env.NODE_EXTRA_CA_CERTS;
    delete env.NODE_EXTRA_CA_CERTS;
    Object.assign(env, {
      DOCKER_CONFIG: dockerConfig,
      KO_DEFAULTBASEIMAGE: baseRef,
      SOURCE_DATE_EPOCH: '1700000000',
    });
    const repo = (tag) => `${registry.host}/bench/${tag}`;
    // Both default to an SPDX SBOM; the rows measure the image, so both run without.
    const koBuild =
      (pkg, platforms, extra = {}) =>
      (i) => [
        bin('ko'),
        ['build', pkg, '--bare', '--sbom=none', `--platform=${platforms.join(',')}`],
        { ...env, KO_DOCKER_REPO: repo(`${extra.repo ?? 'ko'}-${i}`), ...(extra.env ?? {}) },
      ];
    const oursBuild =
      (pkg, platforms, extra = {}) =>
      (i) => [
        process.execPath,
        [cli, 'build', pkg, '--bare', '--sbom=none', `--platform=${platforms.join(',')}`],
        { ...env, KO_DOCKER_REPO: repo(`${extra.repo ?? 'ours'}-${i}`), ...(extra.env ?? {}) },
      ];

    const rows = [];
    // --rows 1,2: only those rows (ids as in the table: 1, 1b, 2, 3, 4, 5, 6).
    const wanted = (id) => !opts.rows || opts.rows.has(id);
    const row = async (fn) => {
      if (!wanted(/^(\w+)\./.exec(fn.label)?.[1])) return;
      try {
        rows.push(await fn());
      } catch (e) {
        log(`row failed: ${e.message}`);
        rows.push({ name: fn.label, error: e.message });
      }
    };
    const label = (l, fn) => Object.assign(fn, { label: l });

    // (1) cold, small app, amd64.
    await row(
      label('1. cold build+push, ./cmd/hello, linux/amd64', () =>
        compare(
          '1. cold build+push, ./cmd/hello, linux/amd64',
          koBuild('./cmd/hello', ['linux/amd64'], { repo: 'r1-ko' }),
          oursBuild('./cmd/hello', ['linux/amd64'], { repo: 'r1-ours' }),
        ),
      ),
    );
    if (extraCaCerts) {
      const withCa = { env: { NODE_EXTRA_CA_CERTS: extraCaCerts } };
      await row(
        label('1b. as row 1, with NODE_EXTRA_CA_CERTS as this machine sets it', () =>
          compare(
            '1b. as row 1, with NODE_EXTRA_CA_CERTS as this machine sets it',
            koBuild('./cmd/hello', ['linux/amd64'], { repo: 'r1b-ko', ...withCa }),
            oursBuild('./cmd/hello', ['linux/amd64'], { repo: 'r1b-ours', ...withCa }),
          ),
        ),
      );
    }
    // (2) cold, 4 platforms.
    await row(
      label('2. cold build+push, ./cmd/hello, 4 platforms', () =>
        compare(
          '2. cold build+push, ./cmd/hello, 4 platforms',
          koBuild('./cmd/hello', PLATFORMS4, { repo: 'r2-ko' }),
          oursBuild('./cmd/hello', PLATFORMS4, { repo: 'r2-ours' }),
        ),
      ),
    );
    // (3) ~100 MB binary (cold push: the big layer is uploaded every run).
    const big = join(work, 'big');
    if (wanted('3')) {
      log('writing the ~100 MB embed module');
      await writeBigModule(big, 100);
    }
    await row(
      label('3. cold build+push, ~100 MB binary, linux/amd64', async () => {
        const inBig = (f) => (i) => {
          const [c, a, e] = f(i);
          return [c, a, e, big];
        };
        return compare(
          '3. cold build+push, ~100 MB binary, linux/amd64',
          inBig(koBuild('.', ['linux/amd64'], { repo: 'r3-ko' })),
          inBig(oursBuild('.', ['linux/amd64'], { repo: 'r3-ours' })),
        );
      }),
    );
    // (4) warm rebuild: same repo and tag every run; ko with KOCACHE.
    const kocache = join(work, 'kocache-ko');
    const kocacheOurs = join(work, 'kocache-ours');
    await row(
      label('4. warm rebuild, nothing changed, linux/amd64', () =>
        compare(
          '4. warm rebuild, nothing changed, linux/amd64',
          () =>
            koBuild('./cmd/hello', ['linux/amd64'], { repo: 'r4-ko', env: { KOCACHE: kocache } })(
              'same',
            ),
          () =>
            oursBuild('./cmd/hello', ['linux/amd64'], {
              repo: 'r4-ours',
              env: { KOCACHE: kocacheOurs },
            })('same'),
        ),
      ),
    );
    // (5) bare go build for rows 1 and 2.
    const goRows = [];
    for (const [n, platforms] of wanted('5')
      ? [
          [1, ['linux/amd64']],
          [2, PLATFORMS4],
        ]
      : []) {
      // A fresh output path every run: go build leaves an up-to-date binary alone without
      // linking, and the cold rows link every time, for both tools.
      const out = (i) => join(work, `gobuild-${n}-${i}`);
      const jobs = Math.min(platforms.length, os.availableParallelism());
      await goBuildAll(goBin, './cmd/hello', platforms, out('warm-up'), jobs);
      const samples = [];
      for (let i = 0; i < opts.reps; i++)
        samples.push(await goBuildAll(goBin, './cmd/hello', platforms, out(i), jobs));
      goRows.push({ n, platforms, jobs, stats: stats(samples) });
      log(`5. go build row ${n}: median ${ms(stats(samples).median)}`);
    }
    // (6) resolve: 50 YAML files, 20 distinct ko:// references.
    const many = join(work, 'many');
    await mkdir(many, { recursive: true });
    const yamlDir = wanted('6') ? await writeManyModule(many, 20, 50) : '';
    await row(
      label('6. resolve -f dir: 50 YAML files, 20 distinct ko://, linux/amd64', () =>
        compare(
          '6. resolve -f dir: 50 YAML files, 20 distinct ko://, linux/amd64',
          (i) => [
            bin('ko'),
            ['resolve', '-f', yamlDir, '--sbom=none', '--platform=linux/amd64'],
            { ...env, KO_DOCKER_REPO: repo(`r6-ko-${i}`) },
            many,
          ],
          (i) => [
            process.execPath,
            [cli, 'resolve', '-f', yamlDir, '--sbom=none', '--platform=linux/amd64'],
            { ...env, KO_DOCKER_REPO: repo(`r6-ours-${i}`) },
            many,
          ],
          (r) =>
            (r.stdout.match(/@sha256:[0-9a-f]{64}/g) ?? []).length === 100 &&
            !r.stdout.includes('ko://'),
        ),
      ),
    );

    let profile;
    if (opts.profile) {
      log('profiling one ko-action run of row 1 (node --cpu-prof)');
      const dir = join(root, '.cache', 'bench-profiles');
      await rm(dir, { recursive: true, force: true });
      const [, args, e] = oursBuild('./cmd/hello', ['linux/amd64'], { repo: 'prof' })('x');
      await must(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, ...args], { env: e });
      const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
      profile = summarizeProfile(JSON.parse(await readFile(join(dir, file), 'utf8')), 15);
      profile.file = `.cache/bench-profiles/${file}`;
    }

    const facts = machineFacts(goBin);
    const md = renderResults({
      rows,
      goRows,
      facts,
      packageNote,
      profile,
      elapsed: Date.now() - started,
    });
    // bench/gzip.mjs and bench/cache.mjs write sections of their own (between markers): keep them.
    await writeFile(opts.out, md + (await cacheSection(opts.out)));
    // `npm run lint` runs prettier --check over the tree: write the file the way it wants it.
    try {
      execFileSync(
        process.execPath,
        [join(root, 'node_modules/prettier/bin/prettier.cjs'), '--write', opts.out],
        {
          stdio: 'ignore',
        },
      );
    } catch {
      log('prettier not available; RESULTS.md left unformatted');
    }
    process.stdout.write(md);
    log(`wrote ${opts.out}`);
  } finally {
    await cleanup();
  }
}

/** Median wall time of `node -e 0`, without and (when this machine sets it) with NODE_EXTRA_CA_CERTS. */
function nodeStartMs() {
  const time = (env) => {
    const t = [];
    for (let i = 0; i < 7; i++) {
      const t0 = process.hrtime.bigint();
      execFileSync(process.execPath, ['-e', '0'], { env });
      t.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    return median(t);
  };
  const { NODE_EXTRA_CA_CERTS: extra, ...bare } = process.env;
  return { bare: time(bare), withExtra: extra ? time(process.env) : undefined };
}

function machineFacts(goBin) {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const sh = (c, a) => {
    try {
      return execFileSync(c, a, { encoding: 'utf8', cwd: root }).trim();
    } catch {
      return '?';
    }
  };
  return {
    date: new Date().toISOString(),
    nproc: os.availableParallelism(),
    memGiB: (os.totalmem() / 2 ** 30).toFixed(1),
    cpu: /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1] ?? '?',
    node: process.version,
    go: sh(goBin, ['version']),
    gocache: sh(goBin, ['env', 'GOCACHE']),
    ko: sh(bin('ko'), ['version']),
    nodeStart: nodeStartMs(),
    load: os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(', '),
    commit: `${sh('git', ['rev-parse', '--short', 'HEAD'])}${sh('git', ['status', '--porcelain', 'src']) ? ' (src/ has uncommitted edits)' : ''}`,
  };
}

/**
 * The sections bench/gzip.mjs and bench/cache.mjs wrote into `file`, to keep when rewriting it;
 * '' when none.
 */
async function cacheSection(file) {
  const text = await readFile(file, 'utf8').catch(() => '');
  return ['gzip-bench', 'cache-bench']
    .map((name) =>
      new RegExp(`\\n<!-- ${name}:start -->[\\s\\S]*<!-- ${name}:end -->\\n?`).exec(text),
    )
    .map((m) => (m ? m[0] : ''))
    .join('');
}

function renderResults({ rows, goRows, facts, packageNote, profile, elapsed }) {
  const L = [];
  L.push('# ko-action vs ko: benchmark results', '');
  L.push(
    `Generated by \`node bench/run.mjs\` on ${facts.date} in ${(elapsed / 1000).toFixed(0)} s, ${opts.reps} timed repetitions per tool and row.`,
    '',
  );
  L.push('## Machine', '');
  L.push(
    `- CPU: ${facts.cpu}, ${facts.nproc} cores (nproc); memory ${facts.memGiB} GiB; load average at start ${loadAtStart}, at end ${facts.load} (other work on the machine inflates and scatters times)`,
  );
  L.push(`- Node ${facts.node}; ${facts.go}; ko ${facts.ko} (pinned, .cache/tools/bin/ko)`);
  L.push(
    `- Node start-up (\`node -e 0\`, median): ${ms(facts.nodeStart.bare)}` +
      (facts.nodeStart.withExtra !== undefined
        ? `; ${ms(facts.nodeStart.withExtra)} with NODE_EXTRA_CA_CERTS as this machine sets it (Node loads that bundle at every start)`
        : ''),
  );
  L.push(`- ko-action: commit ${facts.commit}; ${packageNote}`);
  L.push(
    `- Registry: distribution v3 (pinned), filesystem storage, 127.0.0.1, plain HTTP, started and seeded by the test suite's harness (__tests__/support, clients connect directly). Base image: the tests' offline 4-platform OCI index, pushed with crane.`,
  );
  L.push('');
  L.push('## Method', '');
  L.push(
    '- Each row: one untimed warm-up per tool, then the tools alternate (ko, ko-action, then ko-action, ko, …). Wall time is spawn to exit.',
  );
  L.push(
    `- Go build cache warm for both (the warm-up builds every package/platform; GOCACHE=${facts.gocache}), so rows 1–3 and 6 measure each tool's own overhead plus linking, layering and pushing — not compiling.`,
  );
  L.push(
    '- "Cold" = a fresh target repository per run (`--bare`, KO_DOCKER_REPO=…/rN-tool-i): no blob, manifest or tag of the result is in the registry (base layers are cross-repo mounted/exist-checked by both).',
  );
  L.push(
    '- both run with `--sbom=none`; both get the same KO_DEFAULTBASEIMAGE and SOURCE_DATE_EPOCH.',
  );
  L.push(
    '- Both tools run without NODE_EXTRA_CA_CERTS, as on GitHub-hosted runners; where the machine sets it, row 1b repeats row 1 with it (only Node reads it).',
  );
  L.push(
    "- Peak RSS is each tool's own process: VmHWM polled from /proc every 10 ms, the same way for both (no hook inside either tool); the `go` children are not counted.",
  );
  L.push('');
  L.push('## Results', '');
  L.push(
    '| Row | ko min | ko median | ko-action min | ko-action median | ratio (median ko-action/ko) | peak RSS ko / ko-action (max) | same config digest(s) |',
  );
  L.push('|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    if (r.error) {
      L.push(
        `| ${r.name} | error: ${r.error.replaceAll('|', '\\|').split('\n')[0]} |  |  |  |  |  |  |`,
      );
      continue;
    }
    const k = r.koStats;
    const o = r.oursStats;
    const ratio = o ? `${(o.median / k.median).toFixed(2)}×` : 'n/a';
    const oursCells = o
      ? [ms(o.min), ms(o.median)]
      : [`n/a (${r.oursError.replaceAll('|', '\\|')})`, 'n/a'];
    const same =
      r.digests.ours && r.digests.ko ? (r.digests.ko === r.digests.ours ? 'yes' : 'no') : '—';
    L.push(
      `| ${r.name} | ${ms(k.min)} | ${ms(k.median)} | ${oursCells.join(' | ')} | ${ratio} | ${mib(k.rssMaxKiB)} / ${o ? mib(o.rssMaxKiB) : '—'} | ${same} |`,
    );
  }
  L.push('');
  L.push(
    '"same config digest(s)": config blobs of the warm-up images (every platform) are compared; manifest and index digests equal ko\'s too since layers are gzipped as Go 1.26 does (checked by `__tests__/integration/build-fidelity.test.ts`, not here).',
    '',
  );
  const r3 = rows.find((r) => r.name?.startsWith('3.') && !r.error);
  if (r3?.oursStats) {
    const peak = r3.oursStats.rssMaxKiB / 1024;
    L.push(
      `Row 3 peak RSS: ko-action ${peak.toFixed(0)} MiB (goal ≤ 150 MB: ${peak * 1.048576 <= 150 ? 'met' : 'NOT met'}), ko ${mib(r3.koStats.rssMaxKiB)}.`,
      '',
    );
  }
  L.push(
    'Row 4 note: both tools run with KOCACHE set to their own temp dir (warm after the warm-up): an unchanged binary reuses its recorded layer (no tar, no gzip), and the registry already holds every blob.',
    '',
  );
  L.push(
    '### 5. Overhead over bare `go build -trimpath` (same package and platforms, warm cache)',
    '',
  );
  L.push(
    '| Platforms | go build median (jobs) | ko median | ko overhead | ko-action median | ko-action overhead |',
  );
  L.push('|---|---|---|---|---|---|');
  for (const g of goRows) {
    const r = rows.find((x) => x.name?.startsWith(`${g.n}.`));
    const gm = g.stats.median;
    const cell = (s) =>
      s
        ? [ms(s.median), `+${ms(s.median - gm)} (+${(((s.median - gm) / gm) * 100).toFixed(0)}%)`]
        : ['n/a', 'n/a'];
    L.push(
      `| row ${g.n}: ${g.platforms.join(', ')} | ${ms(gm)} (${g.jobs}) | ${cell(r?.koStats).join(' | ')} | ${cell(r?.oursStats).join(' | ')} |`,
    );
  }
  L.push('');
  L.push(
    'go build runs `CGO_ENABLED=0 GOOS/GOARCH[/GOARM] go build -trimpath -o <fresh tmp path> ./cmd/hello`, platforms in parallel up to nproc (as both tools do by default); a fresh output path makes it link every run, as the cold rows do.',
    '',
  );
  if (profile) {
    L.push('## CPU profile (one ko-action run of row 1, `node --cpu-prof`)', '');
    L.push(
      `Total sampled ${ms(profile.totalMs)}; idle (waiting on go build / network) ${ms(profile.idleMs)}; first child process (\`go list\`) spawned ${ms(profile.firstSpawnMs)} after profiling began, after ${ms(profile.startupBusyMs)} of CPU (bundle compile + module evaluation + config; ko spawns its first \`go list\` ~35 ms after exec). Top self time:`,
      '',
    );
    L.push('| self ms | function | location |', '|---|---|---|');
    for (const f of profile.top)
      L.push(
        `| ${f.selfMs.toFixed(1)} | \`${f.name}\` | ${f.url.replace(/^file:\/\/.*\/\.cache\//, '.cache/')} |`,
      );
    L.push('');
  }
  L.push('## How to rerun', '');
  L.push('```sh');
  L.push('node scripts/provision-tools.mjs   # pinned ko, registry, crane in .cache/tools/bin');
  L.push(
    'npm run bench                      # = node bench/run.mjs; bundles src/cli/main.ts to .cache/bench-cli first',
  );
  L.push(
    'node bench/run.mjs --reps 5 --dist --profile   # more reps, the committed dist/cli, plus a CPU profile',
  );
  L.push(
    'node bench/run.mjs --reps 1 --rows 1 --out /tmp/r.md   # a quick check: one rep of row 1',
  );
  L.push('```', '');
  L.push(
    'Needs Go on PATH and a warm-able GOCACHE; runs in a temp dir and leaves no processes behind. Output: this file (or `--out FILE`).',
    '',
  );
  return L.join('\n');
}

main().catch((e) => {
  log(`FAILED: ${e.stack ?? e}`);
  process.exit(1);
});
