// The Go values a ko template can reach, as reflect sees them: ko's data is a
// map[string]interface {} holding map[string]string (Env, GoEnv), a map[string]interface {} (Git),
// string, int64 and bool; constants add int and float64, and indexing a string gives a uint8.
// A value read from a map[string]interface {} keeps the static type `interface {}` until
// text/template unwraps it, which Go's error texts show ("in type interface {}").

export type IntType = 'int' | 'int64' | 'uint8';
export type Value =
  | { readonly type: 'invalid' }
  | { readonly type: 'bool'; readonly v: boolean }
  | { readonly type: 'string'; readonly v: string }
  | { readonly type: IntType; readonly v: bigint }
  | { readonly type: 'float64'; readonly v: number }
  | { readonly type: 'map[string]string'; readonly v: ReadonlyMap<string, string> }
  | { readonly type: 'map[string]interface {}'; readonly v: ReadonlyMap<string, Value> }
  /** An `interface {}` holding `v`; invalid `v` is the nil interface. */
  | { readonly type: 'interface {}'; readonly v: Value };

export type Kind = 'invalid' | 'bool' | 'string' | 'int' | 'uint' | 'float' | 'map' | 'interface';
export type MapValue = Extract<Value, { type: `map${string}` }>;

export const invalid: Value = { type: 'invalid' };
export const str = (v: string): Value => ({ type: 'string', v });
export const bool = (v: boolean): Value => ({ type: 'bool', v });
export const int = (v: bigint | number, type: IntType = 'int'): Value => ({ type, v: BigInt(v) });

export function kindOf(v: Value): Kind {
  switch (v.type) {
    case 'int':
    case 'int64':
      return 'int';
    case 'uint8':
      return 'uint';
    case 'float64':
      return 'float';
    case 'map[string]string':
    case 'map[string]interface {}':
      return 'map';
    case 'interface {}':
      return 'interface';
    default:
      return v.type;
  }
}

export const isMap = (v: Value): v is MapValue => kindOf(v) === 'map';

/** Go's string order: bytewise, which for UTF-8 is code point order (not UTF-16's). */
export function compareStrings(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0)!);
  const y = Array.from(b, (c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

/** A map's keys in fmtsort order, as fmt prints them and range visits them. */
export const sortedKeys = (m: MapValue): string[] => [...m.v.keys()].sort(compareStrings);

/** reflect's MapIndex: undefined for a missing key. */
export function mapIndex(m: MapValue, key: string): Value | undefined {
  if (m.type === 'map[string]string') {
    const s = m.v.get(key);
    return s === undefined ? undefined : str(s);
  }
  const e = m.v.get(key);
  return e === undefined ? undefined : { type: 'interface {}', v: e };
}

/** reflect.Zero of the map's element type. */
export const mapZero = (m: MapValue): Value =>
  m.type === 'map[string]string' ? str('') : { type: 'interface {}', v: invalid };

/** text/template's indirect: through interfaces; isNil for a nil one. */
export function indirect(v: Value): [Value, boolean] {
  while (v.type === 'interface {}') {
    if (v.v.type === 'invalid') return [v, true];
    v = v.v;
  }
  return [v, false];
}

/** text/template's indirectInterface: one interface level, nil is the invalid value. */
export const indirectInterface = (v: Value): Value => (v.type === 'interface {}' ? v.v : v);

/** text/template's isTrue: the zero value, empty maps and strings, and nil are false. */
export function isTrue(v: Value): boolean {
  switch (v.type) {
    case 'invalid':
      return false;
    case 'bool':
      return v.v;
    case 'string':
      return v.v.length > 0;
    case 'float64':
      return v.v !== 0;
    case 'map[string]string':
    case 'map[string]interface {}':
      return v.v.size > 0;
    case 'interface {}':
      return v.v.type !== 'invalid';
    default:
      return v.v !== 0n;
  }
}
