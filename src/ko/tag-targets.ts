// The `tags` input holds plain tags (`v1`, applied to the ko-named image) and, from
// docker/metadata-action's `tags` output, full references (`ghcr.io/o/app:1.2.3`) that are pushed
// exactly as given. Only plain tags given: ko's behaviour. Only full references: the image goes
// only there (the ko-named repository is not pushed to). Both: both.
import { KoActionError } from '../util/errors.js';
import { normaliseTags } from './naming.js';
import { parseReference } from '../registry/reference.js';

export interface TagTargets {
  /** Plain tags for the ko-named image (validated, repeats dropped). */
  readonly tags: readonly string[];
  /** Full references, `registry/repository` → its tags, in first-seen order. */
  readonly tagRefs: ReadonlyMap<string, readonly string[]>;
}

const isPlainTag = (s: string): boolean => !s.includes('/') && !s.includes(':');
/** `feature/login-page`: a git ref where a tag was meant (no registry, no tag). */
const looksLikeBranch = (s: string): boolean => !s.includes(':') && !s.split('/')[0]?.includes('.');
const branchHint =
  'a tag cannot hold "/": for a branch name use docker/metadata-action (type=ref,event=branch turns / into -), or replace it yourself';

export function splitTags(entries: readonly string[], importPathCount: number): TagTargets {
  const plain = entries.filter(isPlainTag);
  const tagRefs = new Map<string, string[]>();
  for (const entry of entries.filter((e) => !isPlainTag(e))) {
    const ref = parseTagReference(entry);
    const lastSlash = entry.lastIndexOf('/');
    if (ref.digest || !entry.slice(lastSlash + 1).includes(':') || !ref.tag) {
      throw new KoActionError('INPUT', `tags: "${entry}" is a reference without a tag`, {
        where: 'tags',
        hint: looksLikeBranch(entry)
          ? branchHint
          : 'a full reference in tags must end in :<tag> (as docker/metadata-action writes them); digests cannot be pushed to',
      });
    }
    const list = tagRefs.get(ref.context().name) ?? [];
    if (!list.includes(ref.tag)) list.push(ref.tag);
    tagRefs.set(ref.context().name, list);
  }
  if (tagRefs.size > 0 && importPathCount > 1) {
    throw new KoActionError(
      'INPUT',
      `tags holds full references (${[...tagRefs.keys()].join(', ')}) but ${importPathCount} import paths are built`,
      {
        where: 'tags',
        hint: 'every image would overwrite the same tags: build one import path per step, or use plain tags',
      },
    );
  }
  return { tags: plain.length || tagRefs.size === 0 ? normaliseTags(plain) : [], tagRefs };
}

/** A full reference in `tags`; a bad one (capitals, a branch name) names the input. */
function parseTagReference(entry: string): ReturnType<typeof parseReference> {
  try {
    return parseReference(entry);
  } catch (e) {
    throw new KoActionError('INPUT', `tags: "${entry}" is neither a tag nor an image reference`, {
      where: 'tags',
      hint: looksLikeBranch(entry)
        ? branchHint
        : `${(e as Error).message}; a full reference is registry/repository:tag, lowercase`,
      cause: e,
    });
  }
}
