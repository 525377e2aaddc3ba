// Byte-exact Go encoding/json (json.Marshal) output for ggcr's structs: compact, struct fields in
// declaration order with omitempty, map keys sorted by UTF-8 bytes, HTML-safe string escaping.
// Config, manifest and index digests depend on every byte, so nothing here goes through
// JSON.stringify's handling of objects.
import { Buffer } from 'node:buffer';
import { normaliseGoTime, ZERO_GO_TIME } from './go-time.js';
import { ConfigFileType, IndexManifestType, ManifestType, type GoType } from './go-schema.js';
import type { ConfigFile, IndexManifest, Manifest } from './types.js';

export { ZERO_GO_TIME } from './go-time.js';

const hex = '0123456789abcdef';
const shortEscapes: Record<number, string> = {
  0x22: '\\"',
  0x5c: '\\\\',
  0x08: '\\b',
  0x0c: '\\f',
  0x0a: '\\n',
  0x0d: '\\r',
  0x09: '\\t',
};
const plain = /^[\x20-\x21\x23-\x25\x27-\x3b\x3d\x3f-\x5b\x5d-\x7f]*$/;

/**
 * A JSON string literal as Go writes it: `<` `>` `&` U+2028 U+2029 and control characters as
 * \u00xx (lowercase), short escapes for \b \f \n \r \t, everything else raw. A lone surrogate
 * (JavaScript's invalid UTF-16, Go's invalid UTF-8) becomes the six characters `\ufffd`.
 */
export function goQuote(s: string): string {
  if (plain.test(s)) return `"${s}"`;
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      const short = shortEscapes[c];
      if (short !== undefined) out += short;
      else if (c < 0x20 || c === 0x3c || c === 0x3e || c === 0x26) {
        out += `\\u00${hex[c >> 4]}${hex[c & 15]}`;
      } else out += s[i];
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += s[i]! + s[i + 1]!;
        i++;
      } else out += '\\ufffd';
    } else if (c >= 0xd800 && c <= 0xdfff) out += '\\ufffd';
    else if (c === 0x2028 || c === 0x2029) out += `\\u${c.toString(16)}`;
    else out += s[i];
  }
  return out + '"';
}

const utf8 = new TextEncoder();

/** Go sorts map keys with strings.Compare, i.e. by UTF-8 bytes (= code point order). */
export function compareGoStrings(a: string, b: string): number {
  return Buffer.compare(utf8.encode(a), utf8.encode(b));
}

/** base64.StdEncoding.DecodeString: padding required, CR/LF ignored. Throws on bad input. */
export function decodeGoBase64(s: string): Uint8Array {
  const t = s.replace(/[\r\n]/g, '');
  if (t.length % 4 !== 0 || !/^[A-Za-z0-9+/]*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(t)) {
    throw new TypeError('illegal base64 data');
  }
  return Uint8Array.from(Buffer.from(t, 'base64'));
}

/** Go's omitempty test: false, 0, "", nil pointer, and empty slice/map/[]byte. Structs never. */
export function isEmptyGoValue(v: unknown, type: GoType): boolean {
  if (v === undefined || v === null) return type.t !== 'struct' && type.t !== 'time';
  switch (type.t) {
    case 'string':
    case 'bytes':
      return v === '';
    case 'bool':
      return v === false;
    case 'int':
      return v === 0 || v === 0n;
    case 'slice':
      return Array.isArray(v) && v.length === 0;
    case 'map':
      return typeof v === 'object' && Object.keys(v).length === 0;
    default:
      return false;
  }
}

const mismatch = (type: GoType, v: unknown): TypeError =>
  new TypeError(`cannot encode ${typeof v} ${JSON.stringify(v)} as Go ${type.t}`);

/** json.Marshal of `value` read as Go type `type`; undefined/null are Go's zero values. */
export function encodeGo(value: unknown, type: GoType): string {
  const v = value ?? undefined;
  switch (type.t) {
    case 'string':
      if (v !== undefined && typeof v !== 'string') throw mismatch(type, v);
      return goQuote(v ?? '');
    case 'bool':
      if (v !== undefined && typeof v !== 'boolean') throw mismatch(type, v);
      return v ? 'true' : 'false';
    case 'int':
      if (typeof v === 'bigint' && type.big) return String(v);
      if (v !== undefined && !Number.isSafeInteger(v)) throw mismatch(type, v);
      return String((v as number | undefined) ?? 0).replace(/^-0$/, '0');
    case 'time':
      if (v !== undefined && typeof v !== 'string') throw mismatch(type, v);
      return `"${v === undefined ? ZERO_GO_TIME : normaliseGoTime(v)}"`;
    case 'hash':
      if (v !== undefined && typeof v !== 'string') throw mismatch(type, v);
      return goQuote(v ?? ':');
    case 'bytes':
      if (v === undefined) return 'null';
      if (typeof v !== 'string') throw mismatch(type, v);
      return `"${Buffer.from(decodeGoBase64(v)).toString('base64')}"`;
    case 'slice':
      if (v === undefined) return 'null';
      if (!Array.isArray(v)) throw mismatch(type, v);
      return `[${v.map((e: unknown) => encodeGo(e, type.elem)).join(',')}]`;
    case 'map': {
      if (v === undefined) return 'null';
      if (typeof v !== 'object' || Array.isArray(v)) throw mismatch(type, v);
      const entries = Object.entries(v as Record<string, unknown>);
      entries.sort(([a], [b]) => compareGoStrings(a, b));
      return `{${entries.map(([k, e]) => `${goQuote(k)}:${encodeGo(e, type.elem)}`).join(',')}}`;
    }
    case 'ptr':
      return v === undefined ? 'null' : encodeGo(v, type.elem);
    case 'struct': {
      if (v !== undefined && (typeof v !== 'object' || Array.isArray(v))) throw mismatch(type, v);
      const obj = (v ?? {}) as Record<string, unknown>;
      const parts: string[] = [];
      for (const field of type.fields) {
        const fv = obj[field.name];
        if (field.omitempty && isEmptyGoValue(fv, field.type)) continue;
        parts.push(`${goQuote(field.name)}:${encodeGo(fv, field.type)}`);
      }
      return `{${parts.join(',')}}`;
    }
  }
}

/** The UTF-8 bytes of an encoding (lone surrogates were already escaped, so this is exact). */
export function goJsonBytes(json: string): Uint8Array {
  return utf8.encode(json);
}

export const encodeConfigFile = (cf: ConfigFile): string => encodeGo(cf, ConfigFileType);
export const encodeManifest = (m: Manifest): string => encodeGo(m, ManifestType);
export const encodeIndexManifest = (m: IndexManifest): string => encodeGo(m, IndexManifestType);

export const marshalConfigFile = (cf: ConfigFile): Uint8Array => goJsonBytes(encodeConfigFile(cf));
