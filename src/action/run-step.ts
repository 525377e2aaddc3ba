// Runs an entry point: any failure becomes exactly one redacted error line via setFailed.
import * as core from '@actions/core';
import { errorMessage } from '../util/errors.js';
import { redact, setSecretSink } from '../util/secrets.js';

export async function runStep(fn: () => Promise<void>): Promise<void> {
  setSecretSink((s) => core.setSecret(s));
  try {
    await fn();
  } catch (e) {
    core.setFailed(redact(errorMessage(e)));
    if (core.isDebug() && e instanceof Error && e.stack) core.debug(redact(e.stack));
  }
}
