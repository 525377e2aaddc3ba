// The problem matcher that turns `file.go:line:col: message` compiler output into file
// annotations (setup-go's, under our own owner). ncc does not copy JSON files referenced by
// path into dist/, so the matcher lives here and is written to a temp file when registered.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const goMatcherOwner = 'ko-action-go';

export const goMatcher = {
  problemMatcher: [
    {
      owner: goMatcherOwner,
      pattern: [
        {
          regexp: '^\\s*(.+\\.go):(?:(\\d+):(\\d+):)? (.*)',
          file: 1,
          line: 2,
          column: 3,
          message: 4,
        },
      ],
    },
  ],
} as const;

/** Write the matcher file and print `::add-matcher::<path>`; returns the path. */
export function registerGoMatcher(
  dir: string = process.env['RUNNER_TEMP'] || tmpdir(),
  write: (line: string) => void = (line) => process.stdout.write(line),
): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${goMatcherOwner}-matcher.json`);
  writeFileSync(path, `${JSON.stringify(goMatcher, null, 2)}\n`);
  write(`::add-matcher::${path}\n`);
  return path;
}
