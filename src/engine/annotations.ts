// What a failed run shows as annotations: the error, attached to the file and line it names
// (`.ko.yaml`, a resolve file, a template in .ko.yaml: their errors carry `where` as
// file:line:column), and each Go compile error at its own place. Pure: the action prints them
// with core.error (https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions#setting-an-error-message).
import { isAbsolute, relative, resolve } from 'node:path';
import { GoBuildError } from '../go/build.js';
import { errorMessage, KoActionError } from '../util/errors.js';

export interface Annotation {
  readonly message: string;
  readonly title?: string;
  /** Relative to the workspace, so that GitHub attaches it to the file. */
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

export interface AnnotationContext {
  /** GITHUB_WORKSPACE: annotation paths are relative to it. */
  readonly workspace: string;
  /** What relative paths in errors are relative to (the step's directory). */
  readonly cwd: string;
}

/**
 * The annotations for a run that failed with `error`, in the order to print them: Go's compile
 * errors each at its place, then the failure itself (exactly one, the line the step fails with).
 */
export function failureAnnotations(error: unknown, ctx: AnnotationContext): Annotation[] {
  const message = errorMessage(error);
  if (error instanceof GoBuildError) {
    return [
      ...error.diagnostics.map((d) => ({
        message: d.message,
        title: 'go build',
        file: d.file,
        line: d.line,
        ...(d.column ? { column: d.column } : {}),
      })),
      { message },
    ];
  }
  if (!(error instanceof KoActionError) || !error.where) return [{ message }];
  const at = parseLocation(error.where);
  // An input or variable name already starts the message: a plain error line, as setFailed's.
  const file = at && workspacePath(at.file, ctx);
  // GitHub attaches an annotation only to a file of the repository.
  if (!at || !file) return [{ message }];
  return [{ message, file, line: at.line, ...(at.column ? { column: at.column } : {}) }];
}

/**
 * `file:line[:column]` as errors write it (yaml-reader.ts, find-refs.ts, templates.ts); undefined
 * for an input or variable name (`platforms`, `KO_DEFAULTBASEIMAGE`). The file part is the
 * shortest prefix that leaves only numbers, so `a.yaml:3:5` is line 3, column 5.
 */
export function parseLocation(
  where: string,
): { file: string; line: number; column?: number } | undefined {
  const m = /^(.+?):(\d+)(?::(\d+))?$/.exec(where);
  if (!m?.[1] || !m[2]) return undefined;
  return { file: m[1], line: Number(m[2]), ...(m[3] ? { column: Number(m[3]) } : {}) };
}

/** The path relative to the workspace; undefined when it lies outside it. */
function workspacePath(file: string, ctx: AnnotationContext): string | undefined {
  const rel = relative(ctx.workspace, resolve(ctx.cwd, file));
  return !rel || rel.startsWith('..') || isAbsolute(rel) ? undefined : rel;
}
