// What the job summary says about caches: what was restored in the main step, what the post
// step saved. Plain data, rendered by action/outputs.ts and action/post.ts.
import type { CachePartName } from './state.js';

export interface CachePartReport {
  readonly name: CachePartName;
  readonly paths: readonly string[];
  /** The key restored from, or the key saved under. */
  readonly key?: string;
  /** Main: restored / nearest / missed. Post: saved / unchanged / exists / failed / empty. */
  readonly outcome: string;
  readonly files: number;
  readonly bytes: number;
}

export interface CacheReport {
  readonly parts: readonly CachePartReport[];
  /** Directories ko-action found filled and left alone (setup-go caches them). */
  readonly leftAlone: readonly { readonly name: string; readonly path: string }[];
}

/** What each part holds, for logs and the summary. */
export const partContents: Readonly<Record<CachePartName, string>> = {
  modules: 'Go module cache (GOMODCACHE)',
  build: 'build cache (KOCACHE, GOCACHE)',
};
