// Step outputs and the job summary.
import * as core from '@actions/core';
import type { BuiltImage } from '../engine/result.js';
import { partContents, type CacheReport } from '../cache/report.js';
import { formatBytes } from '../cache/tree.js';
import {
  describeFailure,
  escapeHtml,
  phaseTimes,
  renderFailure,
  renderPhaseTimes,
} from '../engine/run-summary.js';
import { errorMessage } from '../util/errors.js';
import { redact } from '../util/secrets.js';
import type { Timeline } from '../util/timeline.js';

export interface RunResult {
  readonly images: readonly BuiltImage[];
  readonly ociLayoutPath?: string;
  readonly resolvedYaml?: string;
  readonly resolvedFile?: string;
  /** resolve: each ko:// reference and the pinned reference that replaced it. */
  readonly replaced?: ReadonlyMap<string, string>;
  readonly cacheHit?: boolean;
  /** What the cache step restored, for the job summary. */
  readonly caches?: CacheReport;
  /** Phases as they ran: the summary's wall-clock times. */
  readonly timeline: Timeline;
}

export async function reportOutputs(result: RunResult): Promise<void> {
  const first = result.images[0];
  await core.group('Outputs', () => {
    if (first) {
      set('image', first.ref);
      set('image-name', first.name);
      set('digest', first.digest);
    }
    set('images', result.images.map((i) => i.ref).join('\n'));
    set('metadata', metadataJson(result.images));
    if (result.ociLayoutPath) set('oci-layout-path', result.ociLayoutPath);
    if (result.resolvedYaml !== undefined) set('resolved-yaml', result.resolvedYaml);
    if (result.resolvedFile) set('resolved-file', result.resolvedFile);
    if (result.cacheHit !== undefined) set('cache-hit', String(result.cacheHit));
    return Promise.resolve();
  });
  if (process.env.GITHUB_STEP_SUMMARY) await writeSummary(result);
}

function set(name: string, value: string): void {
  core.info(`${name}: ${value}`);
  core.setOutput(name, value);
}

async function writeSummary(result: RunResult): Promise<void> {
  const s = core.summary.addHeading('ko-action', 2);
  const rows: Parameters<typeof core.summary.addTable>[0] = [
    [
      { data: 'Image', header: true },
      { data: 'Platform', header: true },
      { data: 'Digest', header: true },
      { data: 'Tags', header: true },
    ],
  ];
  for (const img of result.images) {
    rows.push([
      { data: `<code>${escapeHtml(img.name)}</code>` },
      { data: img.platforms.length > 1 ? 'index' : (img.platforms[0]?.platform ?? '') },
      { data: `<code>${img.digest}</code>` },
      { data: img.tags.map(escapeHtml).join(', ') },
    ]);
    if (img.platforms.length > 1) {
      for (const p of img.platforms) {
        rows.push([
          { data: '' },
          { data: p.platform },
          { data: `<code>${p.digest}</code>` },
          { data: '' },
        ]);
      }
    }
  }
  s.addTable(rows);
  const now = result.timeline.now();
  s.addHeading('Timings', 3).addRaw(renderPhaseTimes(phaseTimes(result.timeline.spans(), now)));
  if (result.caches) addCacheSummary(s, result.caches);
  if (result.replaced?.size) {
    s.addHeading('Resolved references', 3).addTable([
      [
        { data: 'Reference', header: true },
        { data: 'Replaced with', header: true },
      ],
      ...[...result.replaced].map(([from, to]) => [
        { data: `<code>${escapeHtml(from)}</code>` },
        { data: `<code>${escapeHtml(to)}</code>` },
      ]),
    ]);
  }
  if (result.resolvedYaml !== undefined) {
    s.addDetails('Resolved YAML', `<pre>${escapeHtml(result.resolvedYaml)}</pre>`);
  }
  await s.write();
}

/** Caches: one row per entry restored, and the directories left to setup-go. */
function addCacheSummary(s: typeof core.summary, caches: CacheReport): void {
  s.addHeading('Caches restored', 3).addTable([
    [
      { data: 'Cache', header: true },
      { data: 'Paths', header: true },
      { data: 'Restore', header: true },
      { data: 'Key', header: true },
      { data: 'Restored (on disk)', header: true },
    ],
    ...caches.parts.map((p) => [
      { data: partContents[p.name] },
      { data: p.paths.map((x) => `<code>${escapeHtml(x)}</code>`).join('<br>') },
      { data: p.outcome },
      { data: p.key ? `<code>${escapeHtml(p.key)}</code>` : '' },
      { data: p.files ? `${p.files} files, ${formatBytes(p.bytes)}` : '' },
    ]),
  ]);
  for (const l of caches.leftAlone) {
    s.addRaw(
      `<p>${l.name} <code>${escapeHtml(l.path)}</code> was filled before this step (setup-go's cache?): left to that cache.</p>`,
      true,
    );
  }
}

/**
 * The job summary of a failed run: what failed (the platform whose build failed first) and the
 * first error, then the phases as far as they ran.
 */
export async function reportFailure(error: unknown, timeline: Timeline): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const spans = timeline.spans();
  const s = core.summary
    .addHeading('ko-action: failed', 2)
    .addRaw(redact(renderFailure(describeFailure(error, spans))), true);
  if (spans.length) {
    s.addHeading('Timings', 3).addRaw(renderPhaseTimes(phaseTimes(spans, timeline.now())));
  }
  // A summary that cannot be written must not hide the error the step fails with.
  await s.write().catch((e: unknown) => core.warning(`job summary: ${errorMessage(e)}`));
}

/** The `metadata` output: keyed by import path as requested. */
export function metadataJson(images: readonly BuiltImage[]): string {
  const out: Record<string, unknown> = {};
  for (const img of images) {
    out[img.requested] = {
      image: img.ref,
      digest: img.digest,
      tags: img.tags,
      platforms: Object.fromEntries(img.platforms.map((p) => [p.platform, p.digest])),
      ...(img.sbom ? { sbom: img.sbom } : {}),
    };
  }
  return JSON.stringify(out, null, 2);
}
