#!/usr/bin/env node
// Layer gzip speed: our Go-identical encoder (src/oci/go-flate, WebAssembly) against Go 1.26's
// compress/gzip at BestSpeed itself (`__tests__/fixtures/gzip-oracle -bench`), on ~100 MB inputs,
// in the same run, alternating, each in a fresh process compressing from memory. Also checks
// that both made the same bytes (sha256). Writes its section of bench/RESULTS.md (between the
// gzip-bench markers; bench/run.mjs keeps it).
// Usage: node bench/gzip.mjs [--reps N] [--out FILE]. Needs Go (GOTOOLCHAIN=go1.26.8).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const startMarker = '<!-- gzip-bench:start -->';
const endMarker = '<!-- gzip-bench:end -->';
const opts = { reps: 3, out: join(root, 'bench', 'RESULTS.md') };
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  if (a === '--reps') opts.reps = Math.max(1, Number.parseInt(process.argv[++i], 10) || 1);
  else if (a === '--out') opts.out = process.argv[++i];
  else throw new Error(`unknown flag ${a} (known: --reps N, --out FILE)`);
}
const log = (m) => process.stderr.write(`[gzip-bench] ${m}\n`);
const goEnv = { ...process.env, GOTOOLCHAIN: 'go1.26.8', CGO_ENABLED: '0', GOFLAGS: '' };

const work = await mkdtemp(join(os.tmpdir(), 'gzip-bench-'));
try {
  // Our encoder, compiled from the working tree's TypeScript (tsc, no bundler).
  const ours = join(work, 'ours');
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/typescript/bin/tsc'),
      '--outDir',
      ours,
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--target',
      'es2022',
      '--skipLibCheck',
      '--types',
      'node',
      join(root, 'src/oci/go-flate/gzip-writer.ts'),
    ],
    { stdio: 'inherit' },
  );
  await writeFile(join(ours, 'package.json'), '{ "type": "module" }\n');
  const runner = join(work, 'ours.mjs');
  await writeFile(
    runner,
    [
      "import { createHash } from 'node:crypto';",
      "import { readFileSync } from 'node:fs';",
      `import { goGzipBuffer } from ${JSON.stringify(join(ours, 'gzip-writer.js'))};`,
      'const data = readFileSync(process.argv[2]);',
      'const t0 = performance.now();',
      'const c0 = process.cpuUsage();',
      'const parts = goGzipBuffer(data);',
      'const s = (performance.now() - t0) / 1000;',
      'const c = process.cpuUsage(c0);',
      "const h = createHash('sha256');",
      'let bytes = 0;',
      'for (const p of parts) { h.update(p); bytes += p.length; }',
      "console.log(JSON.stringify({ mbPerS: data.length / 1e6 / s, cpuMbPerS: data.length / (c.user + c.system), bytes, sha256: h.digest('hex') }));",
    ].join('\n'),
  );

  const oracle = join(work, 'gzip-oracle');
  execFileSync('go', ['build', '-o', oracle, '.'], {
    cwd: join(root, '__tests__/fixtures/gzip-oracle'),
    env: goEnv,
  });
  const goVersion = execFileSync(oracle, ['-version'], { encoding: 'utf8' }).trim();

  // Inputs: bench row 3's ~100 MB binary (embeds random data, as run.mjs builds it), and 100 MB
  // of real Go machine code (the toolchain's own binaries, one after another).
  log('building the ~100 MB binary');
  const big = join(work, 'big');
  await mkdir(big);
  await writeFile(join(big, 'go.mod'), 'module example.com/big\n\ngo 1.22\n');
  await writeFile(
    join(big, 'main.go'),
    'package main\n\nimport (\n\t_ "embed"\n\t"fmt"\n)\n\n//go:embed data.bin\nvar data []byte\n\nfunc main() { fmt.Println(len(data)) }\n',
  );
  await writeFile(join(big, 'data.bin'), randomBytes(100 << 20));
  execFileSync('go', ['build', '-trimpath', '-o', join(work, 'big.bin'), '.'], {
    cwd: big,
    env: goEnv,
  });
  const toolDir = execFileSync('go', ['env', 'GOTOOLDIR'], { encoding: 'utf8', env: goEnv }).trim();
  const goroot = execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8', env: goEnv }).trim();
  const code = [];
  let codeSize = 0;
  const files = [
    join(goroot, 'bin', 'go'),
    ...readdirSync(toolDir).map((n) => join(toolDir, n)),
  ].filter((f) => statSync(f).isFile());
  // One after another, again from the start if they add up to less than 100 MB.
  for (let i = 0; codeSize < 100e6; i++) {
    const b = await readFile(files[i % files.length]);
    code.push(b);
    codeSize += b.length;
  }
  await writeFile(join(work, 'code.bin'), Buffer.concat(code));
  code.length = 0;

  const inputs = [
    { name: '~100 MB Go binary embedding random data (bench row 3)', file: join(work, 'big.bin') },
    {
      name: `${(codeSize / 1e6).toFixed(0)} MB of Go toolchain binaries`,
      file: join(work, 'code.bin'),
    },
  ];
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const rows = [];
  for (const input of inputs) {
    const size = statSync(input.file).size;
    const go = [];
    const us = [];
    const goCpu = [];
    const usCpu = [];
    let same = true;
    for (let r = 0; r < opts.reps; r++) {
      // Alternate which runs first, so load drifts hit both alike.
      const runGo = () =>
        JSON.parse(
          execFileSync(oracle, ['-bench', input.file, '-runs', '1'], { encoding: 'utf8' }),
        );
      const runUs = () =>
        JSON.parse(
          execFileSync(process.execPath, [runner, input.file], {
            encoding: 'utf8',
            maxBuffer: 1 << 20,
          }),
        );
      const [g, u] = r % 2 === 0 ? [runGo(), runUs()] : [null, runUs()];
      const g2 = g ?? runGo();
      go.push(g2.mbPerS);
      us.push(u.mbPerS);
      goCpu.push(g2.cpuMbPerS);
      usCpu.push(u.cpuMbPerS);
      same &&= g2.sha256 === u.sha256 && g2.bytes === u.bytes;
      log(
        `${input.name}: Go ${g2.mbPerS.toFixed(1)} MB/s (CPU ${g2.cpuMbPerS.toFixed(1)}), ours ${u.mbPerS.toFixed(1)} MB/s (CPU ${u.cpuMbPerS.toFixed(1)})`,
      );
    }
    rows.push({
      ...input,
      size,
      go: median(go),
      ours: median(us),
      goCpu: median(goCpu),
      oursCpu: median(usCpu),
      same,
    });
  }

  const load = os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(', ');
  const L = [
    startMarker,
    '',
    '## Layer gzip: our Go-identical encoder vs Go 1.26 BestSpeed',
    '',
    `Generated by \`node bench/gzip.mjs\` on ${new Date().toISOString()}, ${opts.reps} runs each, alternating; load average at end ${load} on ${os.cpus().length} CPUs. Go: ${goVersion} \`compress/gzip\` at \`BestSpeed\` (\`__tests__/fixtures/gzip-oracle -bench\`); ours: \`src/oci/go-flate\` (WebAssembly), Node ${process.version}. Each run is a fresh process compressing the whole input from memory on one core. Wall MB/s = input size / elapsed time; CPU MB/s = input size / the process's CPU time (all threads: Go's garbage collector, V8's WebAssembly compiler), which other load on the machine disturbs far less.`,
    '',
    '| Input | Size | Go wall MB/s | ours wall MB/s | ours/Go wall | Go CPU MB/s | ours CPU MB/s | ours/Go CPU | same bytes |',
    '| ----- | ---- | ------------ | -------------- | ------------ | ----------- | ------------- | ----------- | ---------- |',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${(r.size / 1e6).toFixed(1)} MB | ${r.go.toFixed(1)} | ${r.ours.toFixed(1)} | ${(r.ours / r.go).toFixed(2)}× | ${r.goCpu.toFixed(1)} | ${r.oursCpu.toFixed(1)} | ${(r.oursCpu / r.goCpu).toFixed(2)}× | ${r.same ? 'yes' : 'NO'} |`,
    ),
    '',
    'Medians over the runs.',
    '',
    endMarker,
    '',
  ];
  const md = L.join('\n');
  const old = await readFile(opts.out, 'utf8').catch(() => '');
  const at = old.indexOf(startMarker);
  const end = old.indexOf(endMarker);
  const next =
    at >= 0 && end > at
      ? old.slice(0, at) + md.trimEnd() + old.slice(end + endMarker.length)
      : old.trimEnd() + '\n\n' + md;
  await writeFile(opts.out, next);
  process.stdout.write(md);
} finally {
  await rm(work, { recursive: true, force: true });
}
