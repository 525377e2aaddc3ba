// Writes the inputs/outputs tables of README.md from action.yml (between the marker comments).
// `--check` fails instead of writing when the README is out of date (CI runs it).
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const action = parse(readFileSync('action.yml', 'utf8'));
const cell = (s) =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ')
    .trim();
const inputs = [
  '| input | default | description |',
  '|---|---|---|',
  ...Object.entries(action.inputs).map(
    ([name, i]) =>
      `| \`${name}\` | ${i.default === undefined ? '' : `\`${cell(i.default)}\``} | ${cell(i.description)} |`,
  ),
].join('\n');
const outputs = [
  '| output | description |',
  '|---|---|',
  ...Object.entries(action.outputs).map(([name, o]) => `| \`${name}\` | ${cell(o.description)} |`),
].join('\n');

const readme = readFileSync('README.md', 'utf8');
const replace = (text, tag, body) => {
  const re = new RegExp(`(<!-- ${tag}:start -->)[\\s\\S]*?(<!-- ${tag}:end -->)`);
  if (!re.test(text)) throw new Error(`README.md has no <!-- ${tag}:start/end --> markers`);
  return text.replace(re, (_, start, end) => `${start}\n${body}\n${end}`);
};
const next = replace(replace(readme, 'inputs', inputs), 'outputs', outputs);
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md tables differ from action.yml: run `node scripts/readme-tables.mjs`.');
    process.exit(1);
  }
} else {
  writeFileSync('README.md', next);
}
