// Times as ggcr's v1.Time (an embedded Go time.Time) reads and writes them. Re-serialising a base
// config must reproduce Go exactly: time.Time.UnmarshalJSON parses with the RFC 3339 layout
// (Go's lenient `time.Parse`, since strict checks are disabled upstream) and MarshalJSON prints
// RFC3339Nano in the parsed offset.

/** Go's zero time.Time, as MarshalJSON prints it. */
export const ZERO_GO_TIME = '0001-01-01T00:00:00Z';

export class GoTimeError extends Error {
  override readonly name = 'GoTimeError';
}

interface ParsedTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Fraction digits as Go keeps them: at most nine, not yet trimmed. */
  fraction: string;
  /** Offset east of UTC in minutes; 0 prints as `Z`. */
  offsetMinutes: number;
}

const isDigit = (s: string, i: number): boolean => i < s.length && s[i]! >= '0' && s[i]! <= '9';

function daysIn(month: number, year: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Go's getnum: one or two digits, two when `fixed`. */
function getnum(s: string, at: number, fixed: boolean): [number, number] | undefined {
  if (!isDigit(s, at)) return undefined;
  if (!isDigit(s, at + 1)) return fixed ? undefined : [Number(s[at]), at + 1];
  return [Number(s.slice(at, at + 2)), at + 2];
}

function parseRfc3339(value: string): ParsedTime {
  const bad = (what = ''): GoTimeError =>
    new GoTimeError(`parsing time ${JSON.stringify(value)}${what || ' as RFC 3339'}`);
  let at = 0;
  const literal = (c: string): void => {
    if (value[at] !== c) throw bad();
    at++;
  };
  const num = (fixed: boolean): number => {
    const r = getnum(value, at, fixed);
    if (!r) throw bad();
    at = r[1];
    return r[0];
  };
  // "2006": exactly four characters, the first a digit, all digits (atoi).
  if (value.length < 4 || !/^[0-9]{4}$/.test(value.slice(0, 4))) throw bad();
  const year = Number(value.slice(0, 4));
  at = 4;
  literal('-');
  const month = num(true);
  literal('-');
  const day = num(true);
  literal('T');
  const hour = num(false);
  literal(':');
  const minute = num(true);
  literal(':');
  const second = num(true);
  let fraction = '';
  if ((value[at] === '.' || value[at] === ',') && isDigit(value, at + 1)) {
    let end = at + 1;
    while (isDigit(value, end)) end++;
    fraction = value.slice(at + 1, Math.min(end, at + 10)); // Go truncates past nanoseconds
    at = end;
  }
  let offsetMinutes = 0;
  if (value[at] === 'Z') {
    at++;
  } else {
    if (value.length - at < 6 || value[at + 3] !== ':') throw bad();
    const sign = value[at];
    const hh = getnum(value.slice(at + 1, at + 3), 0, true);
    const mm = getnum(value.slice(at + 4, at + 6), 0, true);
    if (!hh || !mm || (sign !== '+' && sign !== '-')) throw bad();
    if (hh[0] > 24) throw bad(': time zone offset hour out of range');
    if (mm[0] > 60) throw bad(': time zone offset minute out of range');
    offsetMinutes = (sign === '-' ? -1 : 1) * (hh[0] * 60 + mm[0]);
    at += 6;
  }
  if (at !== value.length) throw bad(`: extra text: ${JSON.stringify(value.slice(at))}`);
  if (month < 1 || month > 12) throw bad(': month out of range');
  if (hour > 23) throw bad(': hour out of range');
  if (minute > 59) throw bad(': minute out of range');
  if (second > 59) throw bad(': second out of range');
  if (day < 1 || day > daysIn(month, year)) throw bad(': day out of range');
  return { year, month, day, hour, minute, second, fraction, offsetMinutes };
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** time.Time.MarshalJSON: RFC3339Nano, trailing fraction zeros trimmed, `Z` for a zero offset. */
function formatTime(t: ParsedTime): string {
  const fraction = t.fraction.replace(/0+$/, '');
  let zone = 'Z';
  if (t.offsetMinutes !== 0) {
    const abs = Math.abs(t.offsetMinutes);
    if (abs >= 24 * 60)
      throw new GoTimeError('Time.MarshalJSON: timezone hour outside of range [0,23]');
    zone = `${t.offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
  }
  return (
    `${pad(t.year, 4)}-${pad(t.month, 2)}-${pad(t.day, 2)}` +
    `T${pad(t.hour, 2)}:${pad(t.minute, 2)}:${pad(t.second, 2)}` +
    (fraction ? `.${fraction}` : '') +
    zone
  );
}

/**
 * What Go prints after parsing `rfc3339` into a time.Time and marshalling it again
 * (`.120000000` → `.12`, `+00:00` → `Z`, `+05:60` → `+06:00`). Throws GoTimeError where Go fails.
 */
export function normaliseGoTime(rfc3339: string): string {
  return formatTime(parseRfc3339(rfc3339));
}

/**
 * An epoch in seconds as ko records SOURCE_DATE_EPOCH / KO_DATA_DATE_EPOCH. ko uses the host's
 * local zone; we always print UTC (`Z`), which equals ko on UTC hosts such as CI runners.
 */
export function formatGoTime(epochSeconds: number): string {
  if (!Number.isSafeInteger(epochSeconds)) {
    throw new GoTimeError(`epoch ${epochSeconds} is not a whole number of seconds`);
  }
  const ms = epochSeconds * 1000;
  const d = new Date(ms);
  const year = Math.abs(ms) <= 8.64e15 ? d.getUTCFullYear() : NaN;
  if (!(year >= 0 && year <= 9999)) {
    throw new GoTimeError('Time.MarshalJSON: year outside of range [0,9999]');
  }
  return formatTime({
    year,
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    fraction: '',
    offsetMinutes: 0,
  });
}
