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

/** The known key an unknown one most likely meant (a typo: at most 3 edits away), if any. */
export function nearMiss(key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  const dist = (k: string): number => editDistance(lower, k.toLowerCase());
  const best = [...known].sort((x, y) => dist(x) - dist(y))[0];
  return best !== undefined && dist(best) <= 3 ? best : undefined;
}

/** ko ignores keys it does not know; we accept them too, and say so where they are. */
export function unknownKeyMessage(key: string, where: string, known: readonly string[]): string {
  const near = nearMiss(key, known);
  return (
    `unknown key "${key}" in ${where}: ko ignores it, and so does ko-action` +
    (near ? `; did you mean "${near}"?` : '')
  );
}
