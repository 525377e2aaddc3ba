// The error a call fails with, for tests that check its code, place, message and hint: a
// KoActionError is returned, any other error is rethrown as it is, and no error at all fails.
import { KoActionError } from '../../src/util/errors.js';

/** The KoActionError `fn` throws. */
export function thrown(fn: () => unknown): KoActionError {
  try {
    fn();
  } catch (e) {
    if (e instanceof KoActionError) return e;
    throw e;
  }
  throw new Error('expected a KoActionError, but nothing was thrown');
}

/** The KoActionError `p` rejects with. */
export async function thrownAsync(p: Promise<unknown>): Promise<KoActionError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof KoActionError) return e;
    throw e;
  }
  throw new Error('expected a KoActionError, but the promise resolved');
}
