// Moves modules and rewrites every relative import that names them (static, dynamic, typeof
// import, and jest.unstable_mockModule paths) across src/, __tests__/, bench/ and scripts/.
// Usage: node scripts/move-modules.mjs MAPFILE   (lines: "old/path.ts new/path.ts")
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = process.cwd();
const pairs = readFileSync(process.argv[2], 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => l.split(/\s+/).map((p) => resolve(root, p)));
const moved = new Map(pairs);

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'fixtures' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.(ts|mts|mjs|cjs|js)$/.test(name)) out.push(p);
  }
  return out;
}
const files = ['src', '__tests__', 'bench', 'scripts'].flatMap((d) =>
  existsSync(join(root, d)) ? walk(join(root, d)) : [],
);

const spec = /((?:from|import\(|mockModule\(|require\()\s*)(['"])(\.{1,2}\/[^'"]+)\2/g;
function target(fromFile, s) {
  const abs = resolve(dirname(fromFile), s);
  for (const cand of [abs, abs.replace(/\.js$/, '.ts'), abs.replace(/\.mjs$/, '.mts')]) {
    if (moved.has(cand) || existsSync(cand)) return { abs: cand, ext: cand !== abs };
  }
  return undefined;
}
const edits = new Map();
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const newFile = moved.get(file) ?? file;
  const out = text.replace(spec, (m, pre, q, s) => {
    const t = target(file, s);
    if (!t) return m;
    let dest = moved.get(t.abs) ?? t.abs;
    if (t.ext) dest = dest.replace(/\.ts$/, '.js');
    let rel = relative(dirname(newFile), dest);
    if (!rel.startsWith('.')) rel = `./${rel}`;
    return `${pre}${q}${rel}${q}`;
  });
  if (out !== text || moved.has(file)) edits.set(file, out);
}
for (const [from, to] of moved) {
  mkdirSync(dirname(to), { recursive: true });
  execFileSync('git', ['mv', relative(root, from), relative(root, to)]);
}
for (const [file, text] of edits) writeFileSync(moved.get(file) ?? file, text);
console.log(`moved ${moved.size} files, rewrote ${edits.size}`);
