// A byte-level JSON reader with Go's encoding/json semantics, for what JSON.parse cannot tell us:
// duplicate keys (Go merges them into the same struct), invalid UTF-8 (Go replaces each bad byte
// with U+FFFD), lone surrogate escapes (U+FFFD), and the raw text of strings (time.Time parses
// the quoted bytes without unescaping). Like json.Decoder.Decode, it reads the first value and
// ignores whatever follows it.

export type JsonValue =
  | { readonly kind: 'null' }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'number'; readonly text: string }
  | { readonly kind: 'string'; readonly value: string; readonly raw: string }
  | { readonly kind: 'array'; readonly items: JsonValue[] }
  | { readonly kind: 'object'; readonly entries: [string, JsonValue][] };

export class JsonSyntaxError extends Error {
  override readonly name = 'JsonSyntaxError';
}

/** Go's scanner limit (encoding/json maxNestingDepth). */
const MAX_DEPTH = 10000;

type Frame =
  | { kind: 'array'; value: { kind: 'array'; items: JsonValue[] } }
  | { kind: 'object'; value: { kind: 'object'; entries: [string, JsonValue][] }; key: string };

const isSpace = (c: number | undefined): boolean =>
  c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** Length of the valid UTF-8 sequence at `i` (Go's utf8.DecodeRune rules), or 0 if invalid. */
function utf8Length(b: Uint8Array, i: number): number {
  const c = b[i]!;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const x = b[i + k];
    return x !== undefined && x >= lo && x <= hi;
  };
  if (c < 0x80) return 1;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((c >= 0xe1 && c <= 0xec) || c === 0xee || c === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (c === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (c === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 0xf1 && c <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (c === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const latin1 = new TextDecoder('latin1');

/** Parses the first JSON value in `input` as Go's json.Decoder would. */
export function scanJson(input: Uint8Array | string): JsonValue {
  const b = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  let i = 0;
  const fail = (what: string): never => {
    if (i >= b.length) throw new JsonSyntaxError('unexpected EOF');
    const c = b[i]!;
    const shown =
      c >= 0x20 && c < 0x7f ? `'${String.fromCharCode(c)}'` : `byte 0x${c.toString(16)}`;
    throw new JsonSyntaxError(`invalid character ${shown} ${what} (offset ${i})`);
  };
  const skipSpace = (): void => {
    while (isSpace(b[i])) i++;
  };
  const hex4 = (at: number): number => {
    if (at + 4 > b.length) return -1;
    const s = latin1.decode(b.subarray(at, at + 4));
    return /^[0-9a-fA-F]{4}$/.test(s) ? parseInt(s, 16) : -1;
  };

  const readString = (): { kind: 'string'; value: string; raw: string } => {
    i++; // opening quote
    const start = i;
    let out = '';
    let run = i; // start of bytes copied verbatim
    const flush = (end: number): void => {
      if (end > run) out += decoder.decode(b.subarray(run, end));
    };
    for (;;) {
      const c = b[i];
      if (c === undefined) return fail('in string literal');
      if (c === 0x22) break;
      if (c < 0x20) return fail('in string literal');
      if (c === 0x5c) {
        flush(i);
        const e = b[i + 1];
        const simple: Record<number, string> = {
          0x22: '"',
          0x5c: '\\',
          0x2f: '/',
          0x62: '\b',
          0x66: '\f',
          0x6e: '\n',
          0x72: '\r',
          0x74: '\t',
        };
        if (e !== undefined && simple[e] !== undefined) {
          out += simple[e];
          i += 2;
        } else if (e === 0x75) {
          const u = hex4(i + 2);
          if (u < 0) {
            i += 2;
            return fail('in \\u hexadecimal character escape');
          }
          i += 6;
          if (u >= 0xd800 && u <= 0xdfff) {
            // Go pairs a high surrogate with a following \u low surrogate, else writes U+FFFD.
            const lo = b[i] === 0x5c && b[i + 1] === 0x75 ? hex4(i + 2) : -1;
            if (u <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff) {
              out += String.fromCharCode(u, lo);
              i += 6;
            } else {
              out += '\ufffd';
            }
          } else {
            out += String.fromCharCode(u);
          }
        } else {
          i++;
          return fail('in string escape code');
        }
        run = i;
        continue;
      }
      if (c < 0x80) {
        i++;
        continue;
      }
      const n = utf8Length(b, i);
      if (n === 0) {
        flush(i);
        out += '\ufffd';
        i++;
        run = i;
      } else {
        i += n;
      }
    }
    flush(i);
    const raw = latin1.decode(b.subarray(start, i));
    i++; // closing quote
    return { kind: 'string', value: out, raw };
  };

  const readNumber = (): JsonValue => {
    const start = i;
    const digits = (): number => {
      const s = i;
      while (b[i] !== undefined && b[i]! >= 0x30 && b[i]! <= 0x39) i++;
      return i - s;
    };
    if (b[i] === 0x2d) i++;
    if (b[i] === 0x30) i++;
    else if (digits() === 0) return fail('in numeric literal');
    if (b[i] === 0x2e) {
      i++;
      if (digits() === 0) return fail('after decimal point in numeric literal');
    }
    if (b[i] === 0x65 || b[i] === 0x45) {
      i++;
      if (b[i] === 0x2b || b[i] === 0x2d) i++;
      if (digits() === 0) return fail('in exponent of numeric literal');
    }
    return { kind: 'number', text: latin1.decode(b.subarray(start, i)) };
  };

  const readLiteral = (word: string, value: JsonValue): JsonValue => {
    for (let k = 0; k < word.length; k++, i++) {
      if (b[i] !== word.charCodeAt(k)) return fail(`in literal ${word} (expecting '${word[k]}')`);
    }
    return value;
  };

  const readKey = (): string => {
    skipSpace();
    if (b[i] !== 0x22) return fail('looking for beginning of object key string');
    const key = readString().value;
    skipSpace();
    if (b[i] !== 0x3a) return fail('after object key');
    i++;
    return key;
  };

  skipSpace();
  if (i >= b.length) throw new JsonSyntaxError('EOF');
  const stack: Frame[] = [];
  for (;;) {
    skipSpace();
    let value: JsonValue;
    const c = b[i];
    if (c === 0x7b || c === 0x5b) {
      if (stack.length >= MAX_DEPTH) throw new JsonSyntaxError('exceeded max depth');
      i++;
      skipSpace();
      if (c === 0x7b && b[i] === 0x7d) {
        i++;
        value = { kind: 'object', entries: [] };
      } else if (c === 0x5b && b[i] === 0x5d) {
        i++;
        value = { kind: 'array', items: [] };
      } else {
        if (c === 0x7b) {
          stack.push({ kind: 'object', value: { kind: 'object', entries: [] }, key: readKey() });
        } else {
          stack.push({ kind: 'array', value: { kind: 'array', items: [] } });
        }
        continue;
      }
    } else if (c === 0x22) value = readString();
    else if (c === 0x74) value = readLiteral('true', { kind: 'bool', value: true });
    else if (c === 0x66) value = readLiteral('false', { kind: 'bool', value: false });
    else if (c === 0x6e) value = readLiteral('null', { kind: 'null' });
    else if (c === 0x2d || (c !== undefined && c >= 0x30 && c <= 0x39)) value = readNumber();
    else return fail('looking for beginning of value');

    // Attach the finished value to its parents, closing every container that ends here.
    for (;;) {
      const top = stack[stack.length - 1];
      if (!top) return value;
      if (top.kind === 'array') top.value.items.push(value);
      else top.value.entries.push([top.key, value]);
      skipSpace();
      if (b[i] === 0x2c) {
        i++;
        if (top.kind === 'object') top.key = readKey();
        break;
      }
      const close = top.kind === 'array' ? 0x5d : 0x7d;
      if (b[i] !== close) {
        return fail(top.kind === 'array' ? 'after array element' : 'after object key:value pair');
      }
      i++;
      stack.pop();
      value = top.value;
    }
  }
}
