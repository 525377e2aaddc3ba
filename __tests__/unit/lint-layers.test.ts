// The layering rules of `npm run lint` (.dependency-cruiser.cjs), run through dependency-cruiser's
// API on small trees under fixtures/lint: each breach fails with its rule's name, and a tree whose
// imports only go down the layers passes. No process, no network, no Go.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { cruise, type ICruiseOptions, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = fileURLToPath(new URL('../fixtures/lint/', import.meta.url));

let options: ICruiseOptions;
beforeAll(async () => {
  options = await extractDepcruiseOptions(`${root}.dependency-cruiser.cjs`);
});

/** The violations in `fixtures/lint/<tree>/src`, as `rule: from → to`. */
async function violations(tree: string): Promise<string[]> {
  const result = await cruise(['src'], { ...options, baseDir: `${fixtures}${tree}` });
  const { summary } = result.output as ICruiseResult;
  return summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
}

describe('layering lint (.dependency-cruiser.cjs)', () => {
  it('the configuration carries the rules and keeps type-only imports', () => {
    const names = new Set(options.ruleSet?.forbidden?.map((r) => r.name));
    expect([...names].sort()).toEqual([
      'entry-point-import',
      'entry-points-apart',
      'layer-upward-import',
      'no-circular',
      'not-in-a-layer',
    ]);
    expect(options.tsPreCompilationDeps).toBe(true);
  });

  it('passes a tree whose imports only go down the layers', async () => {
    expect(await violations('clean')).toEqual([]);
  });

  it('fails an upward import: oci importing engine', async () => {
    expect(await violations('upward')).toEqual([
      'layer-upward-import: src/oci/digest.ts → src/engine/engine.ts',
    ]);
  });

  it('fails an import cycle, even when one side imports only types', async () => {
    // b.ts → a.ts is `import type`: were type-only imports dropped, there would be no cycle.
    expect(await violations('cycle')).toEqual(['no-circular: src/ko/a.ts → src/ko/b.ts']);
  });

  it('fails an import of src/action from below, and action and cli importing each other', async () => {
    expect(await violations('entry')).toEqual([
      'entry-point-import: src/engine/engine.ts → src/action/main.ts',
      'entry-points-apart: src/action/main.ts → src/cli/main.ts',
    ]);
  });

  it('fails a folder of src that is in no layer', async () => {
    expect(await violations('outside')).toEqual([
      'not-in-a-layer: src/misc/helper.ts → src/util/text.ts',
    ]);
  });
});
