// json.Unmarshal (Go encoding/json v1) into ggcr's structs, driven by the tables in go-schema.ts.
// What ko re-serialises is what Go decoded, so we follow Go's rules rather than JSON.parse's:
// unknown fields dropped; keys matched exactly, else case-insensitively; a repeated key decodes
// into the value already there (structs and maps merge, slices reuse their elements); null is a
// no-op except for slices, maps and pointers (set to nil); any type mismatch is an error.
// Not reproduced: a slice's spare capacity re-appearing when a repeated key grows it again.
import { Buffer } from 'node:buffer';
import { decodeGoBase64, isEmptyGoValue } from './go-json.js';
import type { GoField, GoType } from './go-schema.js';
import { GoTimeError, normaliseGoTime, ZERO_GO_TIME } from './go-time.js';
import { JsonSyntaxError, scanJson, type JsonValue } from './json-scan.js';

export class GoDecodeError extends Error {
  override readonly name = 'GoDecodeError';
}

/** Go's foldName, enough to compare against ASCII field names (K and ſ fold to K and S). */
const fold = (key: string): string =>
  key.replace(/[a-z\u017f\u212a]/g, (ch) =>
    ch === '\u017f' ? 'S' : ch === '\u212a' ? 'K' : ch.toUpperCase(),
  );

const kindName = (n: JsonValue): string =>
  n.kind === 'bool' ? 'bool' : n.kind === 'number' ? `number ${n.text}` : n.kind;

const goTypeName = (t: GoType): string => {
  switch (t.t) {
    case 'int':
      return 'int64';
    case 'time':
      return 'v1.Time';
    case 'hash':
      return 'v1.Hash';
    case 'bytes':
      return '[]uint8';
    case 'slice':
      return `[]${goTypeName(t.elem)}`;
    case 'map':
      return `map[string]${goTypeName(t.elem)}`;
    case 'ptr':
      return `*${goTypeName(t.elem)}`;
    case 'struct':
      return t.name;
    default:
      return t.t;
  }
};

const typeError = (n: JsonValue, t: GoType, path: string): GoDecodeError =>
  new GoDecodeError(
    `cannot unmarshal ${kindName(n)} into Go value ${path} of type ${goTypeName(t)}`,
  );

function parseInteger(
  n: JsonValue,
  t: GoType,
  path: string,
  min: bigint,
  max: bigint,
): number | bigint {
  if (n.kind !== 'number' || !/^-?\d+$/.test(n.text)) throw typeError(n, t, path);
  const big = BigInt(n.text);
  if (big < min || big > max) throw typeError(n, t, path);
  const v = Number(big);
  if (Number.isSafeInteger(v)) return v === 0 ? 0 : v;
  if (t.t === 'int' && t.big) return big;
  throw new GoDecodeError(`number ${n.text} at ${path} is too large to handle exactly`);
}

/** ggcr Hash.parse: `sha256:` and 64 lowercase hex digits (other algorithms are unsupported). */
function parseHash(s: string): string {
  const colon = s.indexOf(':');
  const algo = colon < 0 ? '' : s.slice(0, colon);
  const body = colon < 0 ? '' : s.slice(colon + 1);
  if (!algo || !body) throw new GoDecodeError(`cannot parse hash: ${JSON.stringify(s)}`);
  const bad = /[^0-9a-f]/.exec(body);
  if (bad) throw new GoDecodeError(`found non-hex character in hash: ${bad[0]}`);
  if (algo !== 'sha256') throw new GoDecodeError(`unsupported hash: ${JSON.stringify(algo)}`);
  if (body.length !== 64) throw new GoDecodeError(`wrong number of hex digits for sha256: ${body}`);
  return s;
}

const INT64 = [-(2n ** 63n), 2n ** 63n - 1n] as const;

function decodeValue(n: JsonValue, t: GoType, cur: unknown, path: string): unknown {
  if (n.kind === 'null') {
    if (t.t === 'slice' || t.t === 'map' || t.t === 'ptr' || t.t === 'bytes') return undefined;
    if (t.t === 'hash') return parseHash(''); // Hash.UnmarshalJSON is called with null
    return cur;
  }
  switch (t.t) {
    case 'string':
      if (n.kind !== 'string') throw typeError(n, t, path);
      return n.value;
    case 'bool':
      if (n.kind !== 'bool') throw typeError(n, t, path);
      return n.value;
    case 'int':
      return parseInteger(n, t, path, INT64[0], INT64[1]);
    case 'time':
      if (n.kind !== 'string')
        throw new GoDecodeError('Time.UnmarshalJSON: input is not a JSON string');
      try {
        return normaliseGoTime(n.raw); // Go parses the quoted bytes without unescaping them
      } catch (e) {
        if (e instanceof GoTimeError) throw new GoDecodeError(e.message);
        throw e;
      }
    case 'hash':
      if (n.kind !== 'string') throw typeError(n, { t: 'string' }, path);
      return parseHash(n.value);
    case 'bytes': {
      let bytes: Uint8Array;
      if (n.kind === 'string') {
        try {
          bytes = decodeGoBase64(n.value);
        } catch {
          throw new GoDecodeError(`illegal base64 data at ${path}`);
        }
      } else if (n.kind === 'array') {
        const byte: GoType = { t: 'int' };
        bytes = Uint8Array.from(n.items, (it) =>
          it.kind === 'null' ? 0 : Number(parseInteger(it, byte, path, 0n, 255n)),
        );
      } else throw typeError(n, t, path);
      return Buffer.from(bytes).toString('base64');
    }
    case 'slice': {
      if (n.kind !== 'array') throw typeError(n, t, path);
      const old = Array.isArray(cur) ? (cur as unknown[]) : [];
      return n.items.map((it, i) => decodeValue(it, t.elem, old[i], path));
    }
    case 'map': {
      if (n.kind !== 'object') throw typeError(n, t, path);
      const m = (cur ?? Object.create(null)) as Record<string, unknown>;
      for (const [k, v] of n.entries) m[k] = decodeValue(v, t.elem, undefined, path);
      return m;
    }
    case 'ptr':
      return decodeValue(n, t.elem, cur, path);
    case 'struct': {
      if (n.kind !== 'object') throw typeError(n, t, path);
      const obj = (cur ?? {}) as Record<string, unknown>;
      for (const [k, v] of n.entries) {
        const field: GoField | undefined =
          t.fields.find((fl) => fl.name === k) ?? t.fields.find((fl) => fold(fl.name) === fold(k));
        if (!field) continue;
        obj[field.name] = decodeValue(v, field.type, obj[field.name], `${path}.${field.name}`);
      }
      return obj;
    }
  }
}

/** Go's zero value for a field that is always written. */
function zero(t: GoType): unknown {
  switch (t.t) {
    case 'string':
      return '';
    case 'bool':
      return false;
    case 'int':
      return 0;
    case 'time':
      return ZERO_GO_TIME;
    case 'hash':
      return ':';
    case 'struct':
      return finish(undefined, t);
    default:
      return null; // nil slice, map or pointer
  }
}

/**
 * Shapes a decoded value like src/image/types.ts: always-written fields hold their zero values,
 * omitempty fields that Go would omit are left out. A `data: ''` is kept: Go decodes it to a
 * non-nil empty []byte, which ggcr treats as "refresh the embedded config".
 */
function finish(v: unknown, t: GoType): unknown {
  switch (t.t) {
    case 'struct': {
      const src = (v ?? {}) as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const field of t.fields) {
        const fv = finish(src[field.name], field.type);
        if (field.type.t === 'time' || field.type.t === 'struct') {
          out[field.name] = fv ?? zero(field.type); // never omitted by Go
        } else if (field.omitempty) {
          if (fv === undefined || fv === null) continue;
          if (field.type.t !== 'bytes' && isEmptyGoValue(fv, field.type)) continue;
          out[field.name] = fv;
        } else {
          out[field.name] = fv ?? zero(field.type);
        }
      }
      return out;
    }
    case 'slice':
      return Array.isArray(v)
        ? v.map((e: unknown) => finish(e, t.elem) ?? zero(t.elem))
        : undefined;
    case 'map': {
      if (v === undefined || v === null) return undefined;
      const out = Object.create(null) as Record<string, unknown>;
      for (const [k, e] of Object.entries(v)) out[k] = finish(e, t.elem) ?? zero(t.elem);
      return out;
    }
    case 'ptr':
      return v === undefined || v === null ? undefined : finish(v, t.elem);
    default:
      return v;
  }
}

/** Decodes the first JSON value in `input` into Go type `t` (normally a struct). */
export function decodeGo(input: Uint8Array | string, t: GoType): unknown {
  let node: JsonValue;
  try {
    node = scanJson(input);
  } catch (e) {
    if (e instanceof JsonSyntaxError) throw new GoDecodeError(e.message);
    throw e;
  }
  const name = t.t === 'struct' ? t.name : goTypeName(t);
  return finish(decodeValue(node, t, undefined, name), t);
}
