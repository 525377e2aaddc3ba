// Settings as strings that remember where they came from (a file position or a variable name),
// and the checks shared by .ko.yaml and its environment overrides. No YAML here: a run without a
// .ko.yaml never loads the parser.
import { KoActionError } from '../util/errors.js';
import { editDistance } from '../util/edit-distance.js';
import type { TemplateSource } from './templates.js';

/** A string read from YAML (or the environment) with where it came from. */
export type Located = TemplateSource;

/** Whitespace-separated tokens (Go's strings.Fields), each keeping its exact column if known. */
export function splitFields(whole: Located): Located[] {
  const out: Located[] = [];
  for (const m of whole.text.matchAll(/[^\s]+/gu)) {
    const at = whole.at && { ...whole.at, column: whole.at.column + m.index };
    out.push(
      at
        ? { text: m[0], where: `${at.file}:${at.line}:${at.column}`, at }
        : { text: m[0], where: whole.where },
    );
  }
  return out;
}

/** KEY=VALUE entries; anything else is an error at the entry. */
export function envList(entries: readonly Located[], key: string): string[] {
  for (const e of entries) {
    if (!/^[^=]+=/.test(e.text)) {
      throw new KoActionError('CONFIG', `${key}: "${e.text}" is not NAME=VALUE`, {
        where: e.where,
        hint: 'write each environment entry as NAME=VALUE, e.g. CGO_ENABLED=1',
      });
    }
  }
  return entries.map((e) => e.text);
}

/** "did you mean" for an unknown key, and the list of known ones. */
export function suggest(key: string, known: readonly string[]): string {
  const dist = editDistance;
  const lower = key.toLowerCase();
  const best = [...known].sort(
    (x, y) => dist(lower, x.toLowerCase()) - dist(lower, y.toLowerCase()),
  )[0];
  const near = best !== undefined && dist(lower, best.toLowerCase()) <= 3;
  return (near ? `did you mean "${best}"? ` : '') + `The keys are: ${known.join(', ')}.`;
}
