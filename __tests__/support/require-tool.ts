// Tests that need a system tool (skopeo, podman, runc, qemu-user-static, git…) run only where it
// is installed. Elsewhere they are skipped, and each skip is printed with its reason: the missing
// tool and the Debian package to install. They are never run to fail with `spawn … ENOENT`.
//
// In CI (CI set) a skip is not acceptable: skip-reporter.cjs fails the run when any test skipped,
// and .ci/run installs the packages first.
import { describe, it } from '@jest/globals';
import { missingTools, type SystemTool } from './tools.js';

type ItBase = typeof it.skip;
type DescribeBase = typeof describe.skip;

/**
 * Straight to stderr, not console.warn: jest shows no console output of a file whose tests are
 * all skipped, and this way each skip is one line.
 */
function announce(kind: string, name: unknown, reason: string): void {
  process.stderr.write(`SKIPPED ${kind} "${String(name)}": ${reason}\n`);
}

/** `it` when `reason` is undefined; else `it.skip`, printing the reason for every test it skips. */
export function itUnless(reason: string | undefined): ItBase {
  if (reason === undefined) return it;
  const skip = ((name: Parameters<ItBase>[0], fn: Parameters<ItBase>[1], timeout?: number) => {
    announce('test', name, reason);
    it.skip(name, fn, timeout);
  }) as unknown as ItBase;
  skip.each = ((...table: Parameters<ItBase['each']>) => {
    const each = (it.skip.each as unknown as (...t: unknown[]) => ItBase)(...table);
    return (name: string, fn: Parameters<ItBase>[1], timeout?: number) => {
      announce('tests', name, reason);
      each(name, fn, timeout);
    };
  }) as ItBase['each'];
  skip.failing = it.skip.failing;
  return skip;
}

/** `describe` when `reason` is undefined; else `describe.skip` (no hooks run), printing why. */
export function describeUnless(reason: string | undefined): DescribeBase {
  if (reason === undefined) return describe;
  const skip = ((name: Parameters<DescribeBase>[0], fn: Parameters<DescribeBase>[1]) => {
    announce('block', name, reason);
    describe.skip(name, fn);
  }) as unknown as DescribeBase;
  skip.each = describe.skip.each;
  return skip;
}

/** `it` when every tool is installed, else a printed skip naming each missing tool's package. */
export function itWithTools(...tools: SystemTool[]): ItBase {
  return itUnless(missingTools(...tools));
}

/** `describe` when every tool is installed, else a printed skip of the whole block. */
export function describeWithTools(...tools: SystemTool[]): DescribeBase {
  return describeUnless(missingTools(...tools));
}
