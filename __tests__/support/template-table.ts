// The template table (fixtures/templates/table.json) shared by unit/templates.test.ts (our
// evaluator against the recorded answers) and integration/templates.oracle.test.ts (the same cases
// through Go's text/template, which must still give the recorded answers). Each case is one flag
// as ko templates it; its data is the table's, with the top-level fields it names replaced.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TemplateData, TemplateSource } from '../../src/ko/templates.js';
import { fixturesDir } from './tools.js';

/** What Go's text/template gives: the output, or the error's text. */
export type Expected = { readonly out: string } | { readonly error: string };

export interface TemplateCase {
  readonly name: string;
  readonly template: string;
  /** Replaces these top-level fields of the table's data. */
  readonly data?: Partial<TemplateData>;
  readonly expect: Expected;
}

export interface TemplateTable {
  readonly data: TemplateData;
  readonly cases: readonly TemplateCase[];
}

export const templateTablePath = join(fixturesDir, 'templates', 'table.json');
export const templateOracleDir = join(fixturesDir, 'templates', 'oracle');

export const templateTable = JSON.parse(readFileSync(templateTablePath, 'utf8')) as TemplateTable;

/** A case's data as ko's createTemplateData has it: `.Env` always has LDFLAGS. */
export function caseData(c: Pick<TemplateCase, 'data'>): TemplateData {
  const d = { ...templateTable.data, ...c.data };
  return { ...d, Env: { LDFLAGS: '', ...d.Env } };
}

/** A template as read from f.yaml line 3, column 7. */
export const src = (text: string): TemplateSource => ({
  text,
  where: 'f.yaml:3:7',
  at: { file: 'f.yaml', line: 3, column: 7 },
});
