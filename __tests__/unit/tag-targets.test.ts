// The `tags` input: plain tags for the ko-named image, and docker/metadata-action's full
// references pushed as given; a bad entry names the input and says what would fix it.
import { describe, expect, it } from '@jest/globals';
import { splitTags } from '../../src/ko/tag-targets.js';
import { thrown } from '../support/errors.js';

describe('splitTags', () => {
  it('splits plain tags from full references, repeats dropped', () => {
    const t = splitTags(['v1', 'ghcr.io/o/app:1.2.3', 'ghcr.io/o/app:1.2', 'v1'], 1);
    expect(t.tags).toEqual(['v1']);
    expect([...t.tagRefs]).toEqual([['ghcr.io/o/app', ['1.2.3', '1.2']]]);
  });

  it('a branch name is not a tag: the hint says how to make one', () => {
    const e = thrown(() => splitTags(['feature/login-page'], 1));
    expect([e.where, e.message]).toEqual([
      'tags',
      'tags: "feature/login-page" is a reference without a tag',
    ]);
    expect(e.hint).toMatch(/type=ref,event=branch/);
  });

  it('a reference with capitals names the input', () => {
    const e = thrown(() => splitTags(['ghcr.io/Owner/App:v1'], 1));
    expect(e.where).toBe('tags');
    expect(e.hint).toMatch(/lowercase/);
  });
});
