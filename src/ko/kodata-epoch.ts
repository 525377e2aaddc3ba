// KO_DATA_DATE_EPOCH, read when the build is planned (a light module: planning loads no layer code).
import { KoActionError } from '../util/errors.js';

/** KO_DATA_DATE_EPOCH as ko parses it: unset or empty → 0; otherwise a decimal integer. */
export function kodataEpoch(value: string | undefined): number {
  if (value === undefined || value === '') return 0;
  const n = Number(value);
  if (!/^[+-]?[0-9]+$/.test(value) || !Number.isSafeInteger(n)) {
    throw new KoActionError(
      'INPUT',
      `KO_DATA_DATE_EPOCH should be the number of seconds since January 1st 1970, 00:00 UTC, got ${JSON.stringify(value)}`,
      { where: 'KO_DATA_DATE_EPOCH', hint: "Set it to e.g. $(git log -1 --format='%ct')." },
    );
  }
  return n;
}
