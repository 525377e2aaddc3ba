// Installs the pinned peer tools (scripts/tool-versions.json) that the tests run against, with
// `go install`, into <repo>/.cache/tools/bin. `npm test` runs it first; a tool is reinstalled only
// when its stamp (.cache/tools/<name>.version) does not record the pinned module@version.
//
// Usage: node scripts/provision-tools.mjs [--dir <tools dir>] [tool ...]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pins = JSON.parse(readFileSync(join(repoRoot, 'scripts', 'tool-versions.json'), 'utf8'));
const PARALLEL = 2;

function parseArgs(argv) {
  let dir = join(repoRoot, '.cache', 'tools');
  const names = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dir') {
      const value = argv[++i];
      if (!value) fail('--dir needs a path');
      dir = resolve(value);
    } else {
      names.push(argv[i]);
    }
  }
  for (const name of names) {
    if (!pins[name]) fail(`unknown tool "${name}"; known: ${Object.keys(pins).join(', ')}`);
  }
  return { dir, names: names.length > 0 ? names : Object.keys(pins) };
}

function fail(message) {
  console.error(`provision-tools: ${message}`);
  process.exit(1);
}

function checkGo() {
  const probe = spawnSync('go', ['version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    fail(
      'Go is required to install the test tools, but `go version` failed' +
        (probe.error ? ` (${probe.error.message})` : `: ${probe.stderr.trim()}`) +
        '. Install Go (https://go.dev/doc/install) and put it on PATH.',
    );
  }
}

const stampPath = (dir, name) => join(dir, `${name}.version`);
const binPath = (dir, name) => join(dir, 'bin', name);
const wanted = (name) => `${pins[name].module}@${pins[name].version}`;
// A pinned `toolchain` (e.g. ko: the Go its releases are built with, which decides its gzip bytes
// and so the digests the fidelity tests compare) is part of the stamp: changing it reinstalls.
// A pinned build environment (e.g. containerd and ctr: CGO_ENABLED=0, static binaries that run in a
// bare container rootfs) is part of it too.
const stampText = (name) =>
  [
    wanted(name),
    ...(pins[name].toolchain ? [pins[name].toolchain] : []),
    ...Object.entries(pins[name].env ?? {}).map(([k, v]) => `${k}=${v}`),
  ].join(' ');

function isCached(dir, name) {
  const stamp = stampPath(dir, name);
  return (
    existsSync(binPath(dir, name)) &&
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8').trim() === stampText(name)
  );
}

function install(dir, name) {
  const started = Date.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn('go', ['install', wanted(name)], {
      // GOFLAGS from the caller (e.g. -mod=vendor) would break a module@version install.
      env: {
        ...process.env,
        GOBIN: join(dir, 'bin'),
        GOFLAGS: '',
        ...(pins[name].toolchain ? { GOTOOLCHAIN: pins[name].toolchain } : {}),
        ...pins[name].env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk) => {
      output = (output + chunk.toString()).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code !== 0) {
        reject(
          new Error(
            `go install ${wanted(name)} failed (${signal ?? `exit ${code}`}):\n${output.trim()}`,
          ),
        );
        return;
      }
      writeFileSync(stampPath(dir, name), `${stampText(name)}\n`);
      resolvePromise(Math.round((Date.now() - started) / 1000));
    });
  });
}

async function main() {
  const { dir, names } = parseArgs(process.argv.slice(2));
  mkdirSync(join(dir, 'bin'), { recursive: true });
  const todo = [];
  for (const name of names) {
    if (isCached(dir, name)) console.log(`${name} ${pins[name].version}: cached`);
    else todo.push(name);
  }
  if (todo.length === 0) return;
  checkGo();

  const failures = [];
  const worker = async () => {
    for (let name = todo.shift(); name; name = todo.shift()) {
      try {
        const seconds = await install(dir, name);
        console.log(`${name} ${pins[name].version}: installed in ${seconds}s`);
      } catch (err) {
        failures.push(name);
        console.error(`${name} ${pins[name].version}: FAILED\n${err.message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  if (failures.length > 0) {
    fail(
      `could not install ${failures.join(', ')} (see above). ` +
        'Check network access to the Go module proxy (GOPROXY).',
    );
  }
}

await main();
