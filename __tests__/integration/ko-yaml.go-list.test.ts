// .ko.yaml builds matched to import paths with the real `go list`, as ko resolves them: each
// build's ./<main> in its <dir>, nested modules included.
import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { listPackages } from '../../src/go/packages.js';
import { buildMatchKeys, checkBuildImportPaths, selectBuild } from '../../src/ko/build-config.js';
import { loadKoConfig } from '../../src/ko/ko-yaml-lookup.js';
import { koYamlModule as moduleDir, pathKind, texts } from '../support/ko-yaml.js';

describe('matching builds to import paths with the real go list', () => {
  it('keys each build by the import path of ./<main> in <dir>, and selects by it', async () => {
    const config = await loadKoConfig({ env: {}, workingDirectory: moduleDir });
    const keys = buildMatchKeys(config, moduleDir, pathKind);
    expect(keys).toEqual([
      { buildIndex: 0, cwd: moduleDir, pattern: './cmd/app' },
      { buildIndex: 1, cwd: moduleDir, pattern: './cmd/other' }, // main named a file
      { buildIndex: 2, cwd: join(moduleDir, 'nested'), pattern: './cmd/svc' },
    ]);
    const env = { ...process.env, GOFLAGS: '', GOWORK: 'off' };
    const resolved = new Map<number, string>();
    for (const k of keys) {
      const [pkg] = await listPackages('go', [k.pattern], k.cwd, env);
      resolved.set(k.buildIndex, pkg!.importPath);
    }
    expect([...resolved.values()]).toEqual([
      'example.com/KoFix/cmd/app',
      'example.com/KoFix/cmd/other',
      'example.com/nested/cmd/svc',
    ]);
    checkBuildImportPaths(config, resolved);

    const app = selectBuild(config, 'ko://example.com/KoFix/cmd/app', resolved);
    expect([app.build?.id, app.dir, texts(app.flags)]).toEqual(['app', '.', ['-v', '-a']]);
    const other = selectBuild(config, 'example.com/KoFix/cmd/other', resolved);
    expect([other.build?.id, other.env, texts(other.flags)]).toEqual([
      'other-by-file',
      ['CGO_ENABLED=1'],
      ['-tags=netgo'],
    ]);
    const svc = selectBuild(config, 'example.com/nested/cmd/svc', resolved);
    expect([svc.build?.id, svc.dir, texts(svc.ldflags)]).toEqual(['svc', 'nested', ['-s -w']]);
    // Import paths match exactly (ko's map lookup), so case matters here, unlike overrides.
    expect(selectBuild(config, 'example.com/kofix/cmd/app', resolved).build).toBeUndefined();
  });
});
