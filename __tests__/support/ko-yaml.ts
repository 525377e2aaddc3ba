// Helpers for the .ko.yaml tests (unit/ko-yaml.test.ts and integration/ko-yaml.go-list.test.ts).
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { PathKind } from '../../src/ko/build-config.js';
import { fixturesDir } from './tools.js';

/** fixtures/ko-yaml: configurations (valid/, bad/, discover/…) and a Go module using them. */
export const koYamlFixtures = join(fixturesDir, 'ko-yaml');
/** The fixture module whose .ko.yaml has builds for ./cmd/app, cmd/other and nested/cmd/svc. */
export const koYamlModule = join(koYamlFixtures, 'module');

/** The texts of templated values (flags, ldflags), without their positions. */
export const texts = (l: readonly { text: string }[]): string[] => l.map((x) => x.text);

/** What the file system holds at a path, as build-config asks it. */
export const pathKind: PathKind = (p) => {
  try {
    return statSync(p).isDirectory() ? 'directory' : 'file';
  } catch {
    return 'missing';
  }
};
