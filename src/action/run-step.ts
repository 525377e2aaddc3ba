// Runs an entry point: a failure becomes exactly one redacted error line (an annotation at the
// file and line it names, engine/annotations.ts), after Go's compile errors each at its place.
import * as core from '@actions/core';
import { failureAnnotations } from '../engine/annotations.js';
import { GoBuildError } from '../go/build.js';
import { redact, setSecretSink } from '../util/secrets.js';

export async function runStep(fn: () => Promise<void>): Promise<void> {
  setSecretSink((s) => core.setSecret(s));
  try {
    await fn();
  } catch (e) {
    // The compiler's whole output goes to the log; its errors become annotations below.
    if (e instanceof GoBuildError) core.info(redact(e.output));
    const annotations = failureAnnotations(e, {
      workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
      cwd: process.cwd(),
    });
    // As core.setFailed does, with the annotation's properties.
    process.exitCode = core.ExitCode.Failure;
    for (const a of annotations) {
      core.error(redact(a.message), {
        ...(a.title ? { title: a.title } : {}),
        ...(a.file ? { file: a.file } : {}),
        ...(a.line ? { startLine: a.line } : {}),
        ...(a.column ? { startColumn: a.column } : {}),
      });
    }
    if (core.isDebug() && e instanceof Error && e.stack) core.debug(redact(e.stack));
  }
}
