import { describe, expect, it } from '@jest/globals';
import { limit } from '../../src/util/limit.js';
import { KeyedOnce } from '../../src/util/once.js';

describe('limit', () => {
  it('never runs more than the limit at once, and runs everything', async () => {
    const run = limit(2);
    let active = 0;
    let peak = 0;
    const results = await Promise.all(
      [1, 2, 3, 4, 5].map((n) =>
        run(async () => {
          active++;
          peak = Math.max(peak, active);
          await new Promise((r) => setTimeout(r, 5));
          active--;
          return n * 2;
        }),
      ),
    );
    expect(results).toEqual([2, 4, 6, 8, 10]);
    expect(peak).toBe(2);
  });
});

describe('KeyedOnce', () => {
  it('shares one promise per key and forgets failures', async () => {
    const cache = new KeyedOnce<string, number>();
    let calls = 0;
    const make = () => Promise.resolve(++calls);
    expect(await Promise.all([cache.get('a', make), cache.get('a', make)])).toEqual([1, 1]);
    await expect(cache.get('b', () => Promise.reject(new Error('x')))).rejects.toThrow('x');
    expect(await cache.get('b', make)).toBe(2);
  });
});
