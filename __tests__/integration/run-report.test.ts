// What the step shows a user in a real workflow, through the real bundle: log groups with
// content, progress lines during a long compile, the job summary on success and on a compile
// failure, annotations at the file and line of a bad .ko.yaml, template or resolve file,
// warnings for inputs that would otherwise act quietly, and (issue 21 point 4) a platform that
// fails early: the user sees its compile error, the other platform's go build is stopped (go and
// its children, as a process group), and no temporary folder is left behind.
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { cleanupActionRuns, describeRun, fixtureApp, runAction } from '../support/action.js';
import { pushBaseImage, type PushedBaseImage } from '../support/base-image.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { describeUnless } from '../support/require-tool.js';
import { buildTimeout } from '../support/timeouts.js';
import { findExecutable, missingTools, systemToolPath } from '../support/tools.js';

const run = promisify(execFile);
const noTools = missingTools('git');
const realGo = findExecutable('go');

let registry: TestRegistry;
let base: PushedBaseImage;
let scratch: string;
/** The fixture app in a git root, plus cmd/split: fine on amd64, a compile error on arm64. */
let workspace: string;
/**
 * KO_GO_PATH: runs the real go; `go build` first sleeps $KO_TEST_SLOW_BUILD seconds (a long
 * compile), for every platform or only for GOARCH=$KO_TEST_SLOW_ARCH when that is set.
 */
let goWrapper: string;

const splitMain = 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println(message) }\n';
const splitAmd64 = '//go:build !arm64\n\npackage main\n\nconst message = "hello"\n';
// Line 5, column 17: the first error go reports.
const splitArm64 = '//go:build arm64\n\npackage main\n\nvar message = undefinedOnArm64\n';

async function appCopy(name: string): Promise<string> {
  const dir = join(scratch, name);
  await cp(fixtureApp, dir, { recursive: true });
  await run(systemToolPath('git'), ['init', '-q', dir]);
  return dir;
}

beforeAll(async () => {
  if (noTools || !realGo) return;
  registry = await startRegistry('anonymous');
  base = await pushBaseImage(registry);
  scratch = await mkdtemp(join(tmpdir(), 'ko-action-run-report-'));
  workspace = await appCopy('ws');
  await mkdir(join(workspace, 'cmd', 'split'));
  await writeFile(join(workspace, 'cmd', 'split', 'main.go'), splitMain);
  await writeFile(join(workspace, 'cmd', 'split', 'message_other.go'), splitAmd64);
  await writeFile(join(workspace, 'cmd', 'split', 'message_arm64.go'), splitArm64);
  goWrapper = join(scratch, 'go');
  await writeFile(
    goWrapper,
    [
      '#!/bin/sh',
      'if [ "$1" = build ] && [ -n "$KO_TEST_SLOW_BUILD" ]; then',
      '  if [ -z "$KO_TEST_SLOW_ARCH" ] || [ "$GOARCH" = "$KO_TEST_SLOW_ARCH" ]; then',
      '    sleep "$KO_TEST_SLOW_BUILD"',
      '  fi',
      'fi',
      `exec ${realGo ?? 'go'} "$@"`,
      '',
    ].join('\n'),
  );
  await chmod(goWrapper, 0o755);
}, buildTimeout(1));

afterAll(async () => {
  await registry?.stop();
  await cleanupActionRuns();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

const common = (): Record<string, string> => ({
  'base-image': base.ref,
  sbom: 'none',
  cache: 'false',
});

/** The lines between `::group::<title>` and the next `::endgroup::`, or undefined. */
function groupLines(stdout: string, title: RegExp): string[] | undefined {
  const lines = stdout.split('\n');
  const start = lines.findIndex((l) => l.startsWith('::group::') && title.test(l.slice(9)));
  if (start < 0) return undefined;
  const end = lines.indexOf('::endgroup::', start);
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

const why = noTools ?? (realGo ? undefined : 'go is not on PATH');

describeUnless(why)('the step in a workflow', () => {
  it(
    'a long compile: groups with content, progress lines, warnings, a summary with wall-clock phases',
    async () => {
      const r = await runAction({
        inputs: {
          ...common(),
          'import-paths': './cmd/hello',
          platforms: 'linux/amd64,linux/arm64',
          // Capitals in repo are lowercased, with a word; empty tags push latest, with a word.
          repo: `${registry.host}/Run-Report`,
          tags: '',
        },
        env: { KO_GO_PATH: goWrapper, KO_TEST_SLOW_BUILD: '35', SOURCE_DATE_EPOCH: '1700000000' },
        cwd: workspace,
      });
      const context = describeRun(r);
      expect({ code: r.code, context }).toEqual({ code: 0, context });

      // Each phase is a group, and none is empty.
      for (const title of [
        /^Set up Go$/,
        /^Restore caches$/,
        /^Build \.\/cmd\/hello for linux\/amd64, linux\/arm64$/,
        /^Push$/,
        /^Outputs$/,
      ]) {
        const lines = groupLines(r.stdout, title);
        expect({
          title: String(title),
          lines: lines?.filter((l) => l.trim()).length ?? -1,
          context,
        }).toEqual({
          title: String(title),
          lines: expect.any(Number),
          context,
        });
        expect({
          title: String(title),
          empty: !lines?.some((l) => l.trim() && !l.startsWith('::')),
        }).toEqual({
          title: String(title),
          empty: false,
        });
      }
      expect(groupLines(r.stdout, /^Set up Go$/)?.join('\n')).toMatch(/^Go \d+\.\d+/m);

      // 35 s in go build: progress lines come while it runs (a count, not a timing).
      // The base's arm64 entry says linux/arm64/v8: platforms are named as the index names them.
      for (const platform of ['linux/amd64', 'linux/arm64/v8']) {
        const progress = r.stdout
          .split('\n')
          .filter((l) => new RegExp(`^${platform}: compiling ./cmd/hello, \\d+ s$`).test(l));
        expect({ platform, progress: progress.length >= 2, context }).toEqual({
          platform,
          progress: true,
          context,
        });
      }
      const build = groupLines(r.stdout, /^Build /)?.join('\n') ?? '';
      expect(build).toMatch(/^linux\/arm64\/v8: compiled \.\/cmd\/hello in \d+\.\d s$/m);

      // The quiet cases are warnings (annotations), each naming its input.
      expect(r.stdout).toMatch(/^::warning title=repo::.*Run-Report is used as .*run-report/m);
      expect(r.stdout).toMatch(/^::warning title=tags::tags is empty/m);

      // The summary: images, and the compile time the user waited, with each platform's own.
      expect(r.summary).toContain(r.outputs.digest ?? 'no digest output');
      const row =
        /<td>Compile<\/td><td>([\d.]+) s<\/td><td>linux\/amd64 ([\d.]+) s<br>linux\/arm64\/v8 ([\d.]+) s<\/td>/.exec(
          r.summary,
        );
      expect({ row: row?.[0], summary: r.summary }).toEqual({
        row: expect.any(String),
        summary: r.summary,
      });
      const [wall, amd, arm] = [row?.[1], row?.[2], row?.[3]].map(Number) as [
        number,
        number,
        number,
      ];
      // Side by side: the wall clock is the longer of the two (rounding aside), not their sum.
      expect(wall).toBeGreaterThanOrEqual(Math.max(amd, arm) - 0.1);
      expect(wall).toBeLessThan(amd + arm);
      for (const phase of ['Set up Go', 'Restore caches', 'Layers', 'Push']) {
        expect(r.summary).toContain(`<td>${phase}</td>`);
      }
    },
    buildTimeout(3),
  );

  it(
    'one platform fails early: its compile error is what the user sees, with a summary; the other build is stopped and no temp folder is left',
    async () => {
      const tmpRoot = await mkdtemp(join(scratch, 'tmp-'));
      const r = await runAction({
        inputs: {
          ...common(),
          'import-paths': './cmd/split',
          platforms: 'linux/amd64,linux/arm64',
          repo: `${registry.host}/split`,
          // Tags are not pushed by digest: said as a warning, not dropped quietly.
          'push-by-digest': 'true',
          tags: 'v1',
        },
        env: {
          KO_GO_PATH: goWrapper,
          // amd64 is still "building" when arm64 fails: far longer than the test's timeout, so
          // the run ends only if that build is stopped.
          KO_TEST_SLOW_ARCH: 'amd64',
          KO_TEST_SLOW_BUILD: '3600',
          TMPDIR: tmpRoot,
        },
        cwd: workspace,
      });
      const context = describeRun(r);
      expect({ code: r.code, context }).toEqual({ code: 1, context });
      expect(r.stdout).toMatch(
        /^::warning title=tags::tags \(v1\) are not pushed with push-by-digest/m,
      );

      // The compile error, at its file and line; the step's one failure line names the platform.
      expect(r.errors).toContainEqual(
        expect.stringMatching(
          /^::error title=go build,file=cmd\/split\/message_arm64\.go,line=5,col=\d+::undefined: undefinedOnArm64$/,
        ),
      );
      const failure = r.errors.at(-1) ?? '';
      expect(failure).toMatch(
        /go build example\.com\/koapp\/cmd\/split for linux\/arm64 failed: cmd\/split\/message_arm64\.go:5:\d+: undefined: undefinedOnArm64/,
      );
      expect(r.stdout + r.stderr).not.toMatch(/ENOTEMPTY|EBUSY/);
      // The failure is said as it happens; then the other platform's build is stopped.
      const lines = r.stdout.split('\n');
      const failedAt = lines.findIndex((l) =>
        /^linux\/arm64\/v8: go build \.\/cmd\/split failed after [\d.]+ s: .*undefinedOnArm64/.test(
          l,
        ),
      );
      const stoppedAt = lines.findIndex((l) =>
        /^linux\/amd64: go build \.\/cmd\/split stopped after [\d.]+ s: another build failed$/.test(
          l,
        ),
      );
      expect({ failedAt: failedAt >= 0, stopped: stoppedAt > failedAt, context }).toEqual({
        failedAt: true,
        stopped: true,
        context,
      });
      expect(r.stdout).not.toContain('linux/amd64: compiled ./cmd/split');
      expect(r.summary).toContain('linux/amd64 ');
      expect(r.summary).toMatch(/linux\/amd64 [\d.]+ s \(stopped: another build failed\)/);

      // The summary names the failing platform and the first error with file:line.
      expect(r.summary).toContain('ko-action: failed');
      expect(r.summary).toContain('for <b>linux/arm64/v8</b>');
      expect(r.summary).toMatch(
        /<pre>cmd\/split\/message_arm64\.go:5:\d+: undefined: undefinedOnArm64<\/pre>/,
      );
      expect(r.summary).toContain('<td>Compile</td>');

      // Nothing left behind: neither ko-action's work folder nor go's (go-build*) in TMPDIR.
      const leftInRunnerTemp = (await readdir(r.runnerTemp)).filter((f) =>
        f.startsWith('ko-action-'),
      );
      expect({ leftInRunnerTemp, context }).toEqual({ leftInRunnerTemp: [], context });
      expect({ leftInTmp: await readdir(tmpRoot), context }).toEqual({ leftInTmp: [], context });
    },
    buildTimeout(3),
  );
});

describeUnless(noTools)('errors at their file and line', () => {
  let configDir: string;
  let templateDir: string;

  beforeAll(async () => {
    if (noTools) return;
    configDir = await appCopy('bad-config');
    await writeFile(join(configDir, '.ko.yaml'), 'defaultPlatforms:\n  - linux/amd65\n');
    templateDir = await appCopy('bad-template');
    await writeFile(
      join(templateDir, '.ko.yaml'),
      'builds:\n  - id: hello\n    main: ./cmd/hello\n    ldflags:\n      - -X main.version={{ .Env.HOME\n',
    );
    await mkdir(join(workspace, 'deploy'), { recursive: true });
    await writeFile(
      join(workspace, 'deploy', 'bad.yaml'),
      'image: ko://x\nlist: [unclosed\n  - : :\n',
    );
  });

  const rows = [
    { name: 'a bad .ko.yaml', dir: () => configDir, inputs: {}, file: '.ko.yaml', line: 2 },
    {
      name: 'a bad template in .ko.yaml',
      dir: () => templateDir,
      inputs: {},
      file: '.ko.yaml',
      line: 5,
    },
    {
      name: 'a bad resolve file',
      dir: () => workspace,
      inputs: { resolve: 'deploy/bad.yaml', 'import-paths': '' },
      file: 'deploy/bad.yaml',
      line: 2,
    },
  ];

  it.each(rows.map((r) => [r.name, r] as const))(
    '%s: one ::error with file= and line=',
    async (_n, row) => {
      const r = await runAction({
        inputs: {
          ...common(),
          'import-paths': './cmd/hello',
          repo: `${registry.host}/bad`,
          ...row.inputs,
        },
        cwd: row.dir(),
      });
      const context = describeRun(r);
      expect({ code: r.code, errors: r.errors.length, context }).toEqual({
        code: 1,
        errors: 1,
        context,
      });
      const escaped = row.file.replace(/\./g, '\\.');
      expect(r.errors[0]).toMatch(
        new RegExp(`^::error file=${escaped},line=${row.line}(,col=\\d+)?::${escaped}:${row.line}`),
      );
      // The summary says so too.
      expect(r.summary).toContain(`${row.file}:${row.line}`);
    },
    buildTimeout(1),
  );
});
