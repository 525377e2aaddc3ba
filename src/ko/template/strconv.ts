// The parts of Go's strconv that text/template and fmt use: quoting (Quote, QuoteRune,
// CanBackquote), unquoting string and character literals, parsing integer and float literals, and
// formatting floats. Go strings are bytes; ours are JS strings, so escapes that make bytes (\xff,
// \377) are decoded as UTF-8, with U+FFFD for bytes that are not.

const utf8 = new TextEncoder();
const utf8Lenient = new TextDecoder('utf-8');

export const utf8Bytes = (s: string): Uint8Array => utf8.encode(s);
export const fromUtf8 = (b: Uint8Array): string => utf8Lenient.decode(b);
export const byteLength = (s: string): number => utf8.encode(s).length;
/** Go's utf8.RuneCountInString. */
/** Go's utf8.RuneCountInString. */
export const runeCount = (s: string): number => Array.from(s).length;

const printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;
/** Go's strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
export const isPrint = (r: number): boolean =>
  r === 0x20 || (r <= 0x10ffff && printable.test(String.fromCodePoint(r)));

const hex = '0123456789abcdef';
const hexOf = (r: number, width: number): string => r.toString(16).padStart(width, '0');

function escapedRune(r: number, quote: string, asciiOnly: boolean): string {
  const c = String.fromCodePoint(r);
  if (c === quote || c === '\\') return `\\${c}`;
  if (asciiOnly ? r < 0x80 && isPrint(r) : isPrint(r)) return c;
  const named: Record<number, string> = {
    7: 'a',
    8: 'b',
    12: 'f',
    10: 'n',
    13: 'r',
    9: 't',
    11: 'v',
  };
  if (named[r]) return `\\${named[r]}`;
  if (r < 0x20 || r === 0x7f) return `\\x${hex[r >> 4]}${hex[r & 15]}`;
  if (r >= 0xd800 && r <= 0xdfff) r = 0xfffd; // not a valid rune
  return r < 0x10000 ? `\\u${hexOf(r, 4)}` : `\\U${hexOf(r, 8)}`;
}

function quoteWith(s: string, quote: string, asciiOnly: boolean): string {
  let out = quote;
  for (const c of s) out += escapedRune(c.codePointAt(0)!, quote, asciiOnly);
  return out + quote;
}

/** strconv.Quote / QuoteToASCII. */
export const quote = (s: string, asciiOnly = false): string => quoteWith(s, '"', asciiOnly);
/** strconv.QuoteRune / QuoteRuneToASCII (an invalid rune is U+FFFD). */
export function quoteRune(r: number, asciiOnly = false): string {
  const valid = r >= 0 && r <= 0x10ffff && !(r >= 0xd800 && r <= 0xdfff);
  return quoteWith(String.fromCodePoint(valid ? r : 0xfffd), "'", asciiOnly);
}

/** strconv.CanBackquote. */
export const canBackquote = (s: string): boolean =>
  // eslint-disable-next-line no-control-regex
  !/[`\u0000-\u0008\u000a-\u001f\u007f\ufeff\ufffd]/.test(s);

/** strconv.ErrSyntax. */
class InvalidSyntax extends Error {
  constructor() {
    super('invalid syntax');
  }
}

/** strconv.UnquoteChar over code points: the value, whether it is a rune (not a byte), the rest. */
export function unquoteChar(
  s: string,
  q: string,
): [value: number, multibyte: boolean, tail: string] {
  if (s === '') throw new InvalidSyntax();
  const c = s[0]!;
  if (c === q && (q === "'" || q === '"')) throw new InvalidSyntax();
  const cp = s.codePointAt(0)!;
  if (cp >= 0x80) return [cp, true, s.slice(cp > 0xffff ? 2 : 1)];
  if (c !== '\\') return [cp, false, s.slice(1)];
  if (s.length <= 1) throw new InvalidSyntax();
  const e = s[1]!;
  let rest = s.slice(2);
  const simple: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 };
  if (simple[e] !== undefined) return [simple[e], false, rest];
  if (e === 'x' || e === 'u' || e === 'U') {
    const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
    const digits = rest.slice(0, n);
    if (digits.length < n || !/^[0-9a-fA-F]+$/.test(digits)) throw new InvalidSyntax();
    const v = parseInt(digits, 16);
    rest = rest.slice(n);
    if (e === 'x') return [v, false, rest];
    if (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) throw new InvalidSyntax();
    return [v, true, rest];
  }
  if (e >= '0' && e <= '7') {
    const digits = rest.slice(0, 2);
    if (!/^[0-7]{2}$/.test(digits)) throw new InvalidSyntax();
    const v = parseInt(e + digits, 8);
    if (v > 255) throw new InvalidSyntax();
    return [v, false, rest.slice(2)];
  }
  if ((e === "'" || e === '"') && e === q) return [e.charCodeAt(0), false, rest];
  throw new InvalidSyntax();
}

/** strconv.Unquote of a "..." or `...` literal, as the template lexer delimits them. */
export function unquote(literal: string): string {
  const q = literal[0];
  if (literal.length < 2 || literal[literal.length - 1] !== q) throw new InvalidSyntax();
  const body = literal.slice(1, -1);
  if (q === '`') {
    if (body.includes('`')) throw new InvalidSyntax();
    return body.replaceAll('\r', '');
  }
  if (q !== '"') throw new InvalidSyntax();
  const bytes: number[] = [];
  let rest = body;
  while (rest !== '') {
    if (rest[0] === '\n') throw new InvalidSyntax();
    const [v, multibyte, tail] = unquoteChar(rest, '"');
    if (v < 0x80 || !multibyte) bytes.push(v);
    else bytes.push(...utf8.encode(String.fromCodePoint(v)));
    rest = tail;
  }
  return fromUtf8(Uint8Array.from(bytes));
}

// strconv's underscoreOK: underscores only between digits (or after a base prefix).
function underscoreOK(s: string): boolean {
  let saw = '^';
  let i = 0;
  if (s[0] === '+' || s[0] === '-') s = s.slice(1);
  let isHex = false;
  if (s.length >= 2 && s[0] === '0' && 'bBoOxX'.includes(s[1]!)) {
    i = 2;
    saw = '0';
    isHex = s[1] === 'x' || s[1] === 'X';
  }
  for (; i < s.length; i++) {
    const c = s[i]!;
    if ((c >= '0' && c <= '9') || (isHex && /[a-fA-F]/.test(c))) saw = '0';
    else if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
    } else {
      if (saw === '_') return false;
      saw = '!';
    }
  }
  return saw !== '_';
}

const MAX_UINT64 = (1n << 64n) - 1n;

/** strconv.ParseUint(s, 0, 64); undefined on any error. */
export function parseUint(s0: string): bigint | undefined {
  let s = s0;
  if (s === '') return undefined;
  let base = 10;
  if (s[0] === '0') {
    const p = s[1]?.toLowerCase();
    if (s.length >= 3 && (p === 'b' || p === 'o' || p === 'x')) {
      base = p === 'b' ? 2 : p === 'o' ? 8 : 16;
      s = s.slice(2);
    } else {
      base = 8;
      s = s.slice(1);
    }
  }
  let n = 0n;
  let underscores = false;
  for (const c of s) {
    if (c === '_') {
      underscores = true;
      continue;
    }
    const d = parseInt(c, 36);
    if (Number.isNaN(d) || d >= base) return undefined;
    n = n * BigInt(base) + BigInt(d);
    if (n > MAX_UINT64) return undefined;
  }
  if (underscores && !underscoreOK(s0)) return undefined;
  return n;
}

/** strconv.ParseInt(s, 0, 64); undefined on any error. */
export function parseInt64(s: string): bigint | undefined {
  const neg = s[0] === '-';
  const u = parseUint(s[0] === '+' || s[0] === '-' ? s.slice(1) : s);
  if (u === undefined || u > (neg ? 1n << 63n : (1n << 63n) - 1n)) return undefined;
  return neg ? -u : u;
}

/** strconv.ParseFloat(s, 64) for the literals the lexer produces; undefined on error or overflow. */
export function parseFloat64(s: string): number | undefined {
  if (s.includes('_') && !underscoreOK(s)) return undefined;
  const t = s.replaceAll('_', '');
  let v: number;
  const hexFloat = /^([+-]?)0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?\d+)$/.exec(t);
  if (hexFloat) {
    const [, sign, int = '', frac = '', exp = '0'] = hexFloat;
    if (int === '' && frac === '') return undefined;
    v = parseInt(int + frac || '0', 16) * 2 ** (Number(exp) - 4 * frac.length);
    if (sign === '-') v = -v;
  } else if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) {
    v = Number(t);
  } else {
    return undefined;
  }
  return Number.isFinite(v) ? v : undefined;
}
