// `ko-action version`: the version of the installed package, read from its package.json at run
// time (the bundle sits in dist/cli/, whose own package.json only says "type": "module").
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function cliVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === 'ko-action' && pkg.version) return pkg.version;
    } catch {
      // not here: look further up
    }
    dir = dirname(dir);
  }
  return 'could not determine build information';
}
