// $KOCACHE: ko keeps binaries and layer metadata there only when it is set
// (docs/spec/ko-compat.md#8-kocache-pkgbuildcachego-pkgcommandscachego).
import type { Env } from '../util/env.js';

export function kocacheFromEnv(env: Env): string | undefined {
  return env.KOCACHE?.trim() || undefined;
}
