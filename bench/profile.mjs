// Summarizes a V8 .cpuprofile (from `node --cpu-prof`): self time per function, biggest first.
// CLI: node bench/profile.mjs <file.cpuprofile> [N]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function summarizeProfile(profile, n = 15) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const dt = profile.timeDeltas ?? [];
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0) / 1000);
  }
  const agg = new Map();
  let idleMs = 0;
  let totalMs = 0;
  for (const [id, t] of self) {
    const cf = byId.get(id)?.callFrame ?? {};
    totalMs += t;
    if (cf.functionName === '(idle)') idleMs += t;
    const url = (cf.url ?? '').replace(/^file:\/\/.*\/(dist|node_modules)\//, '$1/');
    const key = `${cf.functionName || '(anonymous)'}\u0000${url}:${(cf.lineNumber ?? 0) + 1}`;
    agg.set(key, (agg.get(key) ?? 0) + t);
  }
  const top = [...agg]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([key, selfMs]) => {
      const [name, url] = key.split('\u0000');
      return { name, url, selfMs };
    });
  // CPU spent before the first child process is spawned: start-up (bundle compile and module
  // evaluation, config), which a Go binary like ko does not pay.
  const parent = new Map();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const inSpawn = (id) => {
    for (let x = id; x !== undefined; x = parent.get(x)) {
      if (byId.get(x)?.callFrame.functionName === 'spawn') return true;
    }
    return false;
  };
  let startupBusyMs = 0;
  let firstSpawnMs;
  let t = 0;
  for (let i = 0; i < profile.samples.length && firstSpawnMs === undefined; i++) {
    const id = profile.samples[i];
    t += (dt[i] ?? 0) / 1000;
    if (inSpawn(id)) firstSpawnMs = t;
    else if (byId.get(id)?.callFrame.functionName !== '(idle)')
      startupBusyMs += (dt[i] ?? 0) / 1000;
  }
  return { totalMs, idleMs, startupBusyMs, firstSpawnMs, top };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file, n] = process.argv.slice(2);
  const s = summarizeProfile(JSON.parse(readFileSync(file, 'utf8')), Number(n ?? 25));
  console.log(
    `total ${s.totalMs.toFixed(0)} ms, idle ${s.idleMs.toFixed(0)} ms, first spawn at ${s.firstSpawnMs?.toFixed(0)} ms after ${s.startupBusyMs.toFixed(0)} ms of CPU`,
  );
  for (const f of s.top) console.log(`${f.selfMs.toFixed(1).padStart(8)}  ${f.name}  ${f.url}`);
}
