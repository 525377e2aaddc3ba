// text/template/funcs.go, ported: the predefined functions with Go's signatures (which decide how
// arguments are evaluated) and error texts. `and`, `or` and `call` are evaluated in exec.ts; they
// are listed here for their signatures.
import { sprint, sprintf, sprintln, typeString } from './fmt.js';
import { fromUtf8, isPrint, utf8Bytes } from './strconv.js';
import {
  bool,
  compareStrings,
  indirect,
  indirectInterface,
  int,
  isTrue,
  kindOf,
  mapIndex,
  mapZero,
  str,
  type Value,
} from './value.js';

/** How a parameter is evaluated: reflect.Value, interface {} (`any`), or string. */
export type ParamType = 'value' | 'any' | 'string';

export interface Builtin {
  readonly params: readonly ParamType[];
  readonly variadic?: ParamType;
  readonly fn: (args: Value[], callee: string) => Value;
}

/** A function's error: exec reports it as `error calling <name>: <message>`. */
export class CallError extends Error {}

function fail(message: string): never {
  throw new CallError(message);
}

export const truth = (v: Value): boolean => isTrue(indirectInterface(v));

type BasicKind = 'bool' | 'int' | 'uint' | 'float' | 'string' | 'invalid';
const basicKind = (v: Value): BasicKind => {
  const k = kindOf(v);
  return k === 'map' || k === 'interface' ? 'invalid' : k;
};
const scalar = (v: Value): bigint | number | string | boolean =>
  'v' in v && typeof v.v !== 'object' ? v.v : 0;

function eq(arg1: Value, ...rest: Value[]): boolean {
  arg1 = indirectInterface(arg1);
  if (rest.length === 0) fail('missing argument for comparison');
  const k1 = basicKind(arg1);
  for (let arg of rest) {
    arg = indirectInterface(arg);
    const k2 = basicKind(arg);
    let same: boolean;
    if (k1 !== k2) {
      if ((k1 === 'int' && k2 === 'uint') || (k1 === 'uint' && k2 === 'int')) {
        same = scalar(arg1) === scalar(arg);
      } else {
        if (arg1.type !== 'invalid' && arg.type !== 'invalid') {
          fail(`incompatible types for comparison: ${arg1.type} and ${arg.type}`);
        }
        same = false;
      }
    } else if (k1 !== 'invalid') {
      same = scalar(arg1) === scalar(arg);
    } else if (arg1.type === 'invalid' || arg.type === 'invalid') {
      same = arg1.type === arg.type;
    } else {
      same = fail(`non-comparable type ${sprintf('%s', [arg])}: ${arg.type}`);
    }
    if (same) return true;
  }
  return false;
}

function lt(arg1: Value, arg2: Value): boolean {
  arg1 = indirectInterface(arg1);
  arg2 = indirectInterface(arg2);
  const k1 = basicKind(arg1);
  const k2 = basicKind(arg2);
  if (k1 === 'invalid' || k2 === 'invalid') fail('invalid type for comparison');
  const a = scalar(arg1);
  const b = scalar(arg2);
  if (k1 !== k2 && !((k1 === 'int' && k2 === 'uint') || (k1 === 'uint' && k2 === 'int'))) {
    fail(`incompatible types for comparison: ${arg1.type} and ${arg2.type}`);
  }
  if (k1 === 'bool') fail('invalid type for comparison');
  if (k1 === 'string') return compareStrings(a as string, b as string) < 0;
  return a < b;
}

function indexArg(index: Value, cap: number): number {
  if (index.type === 'invalid') fail('cannot index slice/array with nil');
  const k = kindOf(index);
  if (k !== 'int' && k !== 'uint') fail(`cannot index slice/array with type ${index.type}`);
  const x = scalar(index) as bigint;
  if (x < 0n || x > BigInt(cap)) fail(`index out of range: ${x}`);
  return Number(x);
}

function index(item: Value, ...indexes: Value[]): Value {
  item = indirectInterface(item);
  if (item.type === 'invalid') fail('index of untyped nil');
  for (let ix of indexes) {
    ix = indirectInterface(ix);
    const [it, isNil] = indirect(item);
    if (isNil) fail('index of nil pointer');
    if (it.type === 'string') {
      const bytes = utf8Bytes(it.v);
      const x = indexArg(ix, bytes.length);
      if (x === bytes.length) fail('reflect: string index out of range');
      item = int(bytes[x]!, 'uint8');
    } else if (it.type === 'map[string]string' || it.type === 'map[string]interface {}') {
      if (ix.type === 'invalid') fail('value is nil; should be of type string');
      if (ix.type !== 'string') fail(`value has type ${ix.type}; should be string`);
      item = mapIndex(it, ix.v) ?? mapZero(it);
    } else {
      fail(`can't index item of type ${it.type}`);
    }
  }
  return item;
}

function slice(item: Value, ...indexes: Value[]): Value {
  item = indirectInterface(item);
  if (item.type === 'invalid') fail('slice of untyped nil');
  const [it, isNil] = indirect(item);
  if (isNil) fail('slice of nil pointer');
  if (indexes.length > 3) fail(`too many slice indexes: ${indexes.length}`);
  if (it.type !== 'string') return fail(`can't slice item of type ${it.type}`);
  if (indexes.length === 3) fail('cannot 3-index slice a string');
  const bytes = utf8Bytes(it.v);
  const idx = [0, bytes.length];
  indexes.forEach((ix, i) => (idx[i] = indexArg(ix, bytes.length)));
  if (idx[0]! > idx[1]!) fail(`invalid slice index: ${idx[0]} > ${idx[1]}`);
  return str(fromUtf8(bytes.slice(idx[0], idx[1])));
}

function length(item: Value): Value {
  const [it, isNil] = indirect(item);
  if (isNil) fail('len of nil pointer');
  if (it.type === 'string') return int(utf8Bytes(it.v).length);
  if (it.type === 'map[string]string' || it.type === 'map[string]interface {}')
    return int(it.v.size);
  if (it.type === 'invalid') fail('reflect: call of reflect.Value.Type on zero Value');
  return fail(`len of type ${it.type}`);
}

/** The string html, js and urlquery escape: a lone string argument, else fmt.Sprint of them all. */
function evalArgs(args: Value[]): string {
  if (args.length === 1 && args[0]!.type === 'string') return args[0]!.v;
  return sprint(args.map((a) => (a.type === 'invalid' ? str('<no value>') : a)));
}

const htmlEscapes: Record<string, string> = {
  '\0': '\ufffd',
  '"': '&#34;',
  "'": '&#39;',
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
};
const jsEscapes: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '"': '\\"',
  '<': '\\u003C',
  '>': '\\u003E',
  '&': '\\u0026',
  '=': '\\u003D',
};
const hex4 = (r: number): string => r.toString(16).toUpperCase().padStart(4, '0');

function jsEscape(s: string): string {
  let out = '';
  for (const c of s) {
    const r = c.codePointAt(0)!;
    if (jsEscapes[c]) out += jsEscapes[c];
    else if (r < 0x20) out += `\\u${hex4(r)}`;
    else if (r >= 0x80 && !isPrint(r)) out += `\\u${hex4(r)}`;
    else out += c;
  }
  return out;
}

function queryEscape(s: string): string {
  let out = '';
  for (const b of utf8Bytes(s)) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

const V: ParamType = 'value';
const args2 = (f: (a: Value, b: Value) => boolean): Builtin => ({
  params: [V, V],
  fn: ([a, b]) => bool(f(a!, b!)),
});
const anyArgs = (f: (args: Value[]) => string): Builtin => ({
  params: [],
  variadic: 'any',
  fn: (args) => str(f(args)),
});

export const builtins: Readonly<Record<string, Builtin>> = {
  and: { params: [V], variadic: V, fn: () => fail('unreachable') },
  or: { params: [V], variadic: V, fn: () => fail('unreachable') },
  call: {
    params: [V],
    variadic: V,
    fn: ([f], callee) => {
      const fn = indirectInterface(f!);
      if (fn.type === 'invalid') return fail('call of nil');
      return fail(`non-function ${callee} of type ${typeString(fn)}`);
    },
  },
  not: { params: [V], fn: ([a]) => bool(!truth(a!)) },
  eq: { params: [V], variadic: V, fn: ([a, ...rest]) => bool(eq(a!, ...rest)) },
  ne: args2((a, b) => !eq(a, b)),
  lt: args2(lt),
  le: args2((a, b) => lt(a, b) || eq(a, b)),
  gt: args2((a, b) => !(lt(a, b) || eq(a, b))),
  ge: args2((a, b) => !lt(a, b)),
  index: { params: [V], variadic: V, fn: ([a, ...rest]) => index(a!, ...rest) },
  slice: { params: [V], variadic: V, fn: ([a, ...rest]) => slice(a!, ...rest) },
  len: { params: [V], fn: ([a]) => length(a!) },
  print: anyArgs(sprint),
  println: anyArgs(sprintln),
  printf: {
    params: ['string'],
    variadic: 'any',
    fn: ([f, ...rest]) => str(sprintf(scalar(f!) as string, rest)),
  },
  html: anyArgs((a) => evalArgs(a).replace(/[\0"'&<>]/g, (c) => htmlEscapes[c]!)),
  js: anyArgs((a) => jsEscape(evalArgs(a))),
  urlquery: anyArgs((a) => queryEscape(evalArgs(a))),
};
