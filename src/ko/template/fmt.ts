// fmt/print.go, ported for the values a template holds: Sprint, Sprintln and Sprintf with Go's
// verbs, flags, argument indexes and error forms (%!d(string=x), %!(EXTRA ...), %!s(MISSING)).
// An argument is a Value; the invalid value is a nil interface. Not supported: %p, and %b %x %X
// of floats (they print as a bad verb).
import { Fmt } from './fmt-format.js';
import { indirectInterface, kindOf, mapIndex, sortedKeys, str, type Value } from './value.js';

/** reflect.TypeOf(x).String() of an argument. */
export const typeString = (v: Value): string => indirectInterface(v).type;

class Printer {
  readonly f = new Fmt();
  private arg: Value = { type: 'invalid' };
  private value: Value = { type: 'invalid' };
  private reordered = false;
  private goodArgNum = true;

  get out(): string {
    return this.f.buf;
  }

  private write(s: string): void {
    this.f.buf += s;
  }

  private badVerb(verb: string): void {
    this.write(`%!${verb}(`);
    if (this.arg.type !== 'invalid') {
      this.write(`${typeString(this.arg)}=`);
      this.printArg(this.arg, 'v');
    } else if (this.value.type !== 'invalid') {
      this.write(`${this.value.type}=`);
      this.printValue(this.value, 'v', 0);
    } else {
      this.write('<nil>');
    }
    this.write(')');
  }

  private fmtInteger(v: bigint, isSigned: boolean, verb: string): void {
    const f = this.f;
    switch (verb) {
      case 'v':
        if (f.sharpV && !isSigned) {
          const sharp = f.sharp;
          f.sharp = true;
          f.fmtInteger(v, 16, false, 'v', false);
          f.sharp = sharp;
        } else {
          f.fmtInteger(v, 10, isSigned, verb, false);
        }
        return;
      case 'd':
      case 'b':
      case 'o':
      case 'O':
      case 'x':
      case 'X': {
        const base = { d: 10, b: 2, o: 8, O: 8, x: 16, X: 16 }[verb];
        f.fmtInteger(v, base, isSigned, verb, verb === 'X');
        return;
      }
      case 'c':
        return f.fmtC(v);
      case 'q':
        return f.fmtQc(v);
      case 'U':
        return f.fmtUnicode(v);
    }
    this.badVerb(verb);
  }

  private fmtFloat(v: number, verb: string): void {
    if (verb === 'v') this.f.fmtFloat(v, 'g', -1);
    else if (verb === 'g' || verb === 'G') this.f.fmtFloat(v, verb, -1);
    else if (verb === 'f' || verb === 'e' || verb === 'E') this.f.fmtFloat(v, verb, 6);
    else if (verb === 'F') this.f.fmtFloat(v, 'f', 6);
    else this.badVerb(verb);
  }

  private fmtString(v: string, verb: string): void {
    if (verb === 'v') {
      if (this.f.sharpV) this.f.fmtQ(v);
      else this.f.fmtS(v);
    } else if (verb === 's') this.f.fmtS(v);
    else if (verb === 'x' || verb === 'X') this.f.fmtSx(v, verb === 'X');
    else if (verb === 'q') this.f.fmtQ(v);
    else this.badVerb(verb);
  }

  printArg(arg: Value, verb: string): void {
    this.arg = arg;
    this.value = { type: 'invalid' };
    if (arg.type === 'invalid') {
      if (verb === 'T' || verb === 'v') this.f.pad('<nil>');
      else this.badVerb(verb);
      return;
    }
    if (verb === 'T') {
      this.f.fmtS(typeString(arg));
      return;
    }
    this.printValue(arg, verb, 0);
  }

  printValue(value: Value, verb: string, depth: number): void {
    this.arg = { type: 'invalid' };
    this.value = value;
    const f = this.f;
    switch (value.type) {
      case 'invalid':
        if (depth === 0) this.write('<invalid reflect.Value>');
        else if (verb === 'v') this.write('<nil>');
        else this.badVerb(verb);
        return;
      case 'bool':
        if (verb === 't' || verb === 'v') f.fmtBoolean(value.v);
        else this.badVerb(verb);
        return;
      case 'int':
      case 'int64':
      case 'uint8':
        return this.fmtInteger(value.v, kindOf(value) === 'int', verb);
      case 'float64':
        return this.fmtFloat(value.v, verb);
      case 'string':
        return this.fmtString(value.v, verb);
      case 'interface {}':
        if (value.v.type !== 'invalid') this.printValue(value.v, verb, depth + 1);
        else this.write(f.sharpV ? 'interface {}(nil)' : '<nil>');
        return;
      default: {
        this.write(f.sharpV ? `${value.type}{` : 'map[');
        sortedKeys(value).forEach((k, i) => {
          if (i > 0) this.write(f.sharpV ? ', ' : ' ');
          this.printValue(str(k), verb, depth + 1);
          this.write(':');
          this.printValue(mapIndex(value, k)!, verb, depth + 1);
        });
        this.write(f.sharpV ? '}' : ']');
      }
    }
  }

  doPrint(a: readonly Value[], ln: boolean): void {
    let prevString = false;
    a.forEach((arg, i) => {
      const isString = arg.type === 'string';
      if (i > 0 && (ln || (!isString && !prevString))) this.write(' ');
      this.printArg(arg, 'v');
      prevString = isString;
    });
    if (ln) this.write('\n');
  }

  private argNumber(
    argNum: number,
    format: string,
    i: number,
    numArgs: number,
  ): [number, number, boolean] {
    if (format[i] !== '[') return [argNum, i, false];
    this.reordered = true;
    const close = format.indexOf(']', i + 1);
    if (format.length - i < 3 || close < 0) {
      this.goodArgNum = false;
      return [argNum, i + 1, false];
    }
    const [n, ok, end] = parsenum(format, i + 1, close);
    if (!ok || end !== close) {
      this.goodArgNum = false;
      return [argNum, close + 1, false];
    }
    if (n - 1 >= 0 && n - 1 < numArgs) return [n - 1, close + 1, true];
    this.goodArgNum = false;
    return [argNum, close + 1, true];
  }

  doPrintf(format: string, a: readonly Value[]): void {
    const f = this.f;
    const end = format.length;
    let argNum = 0;
    let afterIndex = false;
    this.reordered = false;
    for (let i = 0; i < end;) {
      this.goodArgNum = true;
      const percent = format.indexOf('%', i);
      this.write(format.slice(i, percent < 0 ? end : percent));
      if (percent < 0) break;
      i = percent + 1;
      f.clearflags();
      for (; i < end; i++) {
        const c = format[i];
        if (c === '#') f.sharp = true;
        else if (c === '0') f.zero = true;
        else if (c === '+') f.plus = true;
        else if (c === '-') f.minus = true;
        else if (c === ' ') f.space = true;
        else break;
      }
      [argNum, i, afterIndex] = this.argNumber(argNum, format, i, a.length);
      if (format[i] === '*') {
        i++;
        [f.wid, f.widPresent, argNum] = intFromArg(a, argNum);
        if (!f.widPresent) this.write('%!(BADWIDTH)');
        if (f.wid < 0) {
          f.wid = -f.wid;
          f.minus = true;
          f.zero = false;
        }
        afterIndex = false;
      } else {
        [f.wid, f.widPresent, i] = parsenum(format, i, end);
        if (afterIndex && f.widPresent) this.goodArgNum = false;
      }
      if (i + 1 < end && format[i] === '.') {
        i++;
        if (afterIndex) this.goodArgNum = false;
        [argNum, i, afterIndex] = this.argNumber(argNum, format, i, a.length);
        if (format[i] === '*') {
          i++;
          [f.prec, f.precPresent, argNum] = intFromArg(a, argNum);
          if (f.prec < 0) {
            f.prec = 0;
            f.precPresent = false;
          }
          if (!f.precPresent) this.write('%!(BADPREC)');
          afterIndex = false;
        } else {
          [f.prec, f.precPresent, i] = parsenum(format, i, end);
          if (!f.precPresent) [f.prec, f.precPresent] = [0, true];
        }
      }
      if (!afterIndex) [argNum, i, afterIndex] = this.argNumber(argNum, format, i, a.length);
      if (i >= end) {
        this.write('%!(NOVERB)');
        break;
      }
      const verb = String.fromCodePoint(format.codePointAt(i)!);
      i += verb.length;
      if (verb === '%') this.write('%');
      else if (!this.goodArgNum) this.write(`%!${verb}(BADINDEX)`);
      else if (argNum >= a.length) this.write(`%!${verb}(MISSING)`);
      else {
        if (verb === 'v') {
          [f.sharpV, f.sharp, f.plusV, f.plus] = [f.sharp, false, f.plus, false];
        }
        this.printArg(a[argNum]!, verb);
        argNum++;
      }
    }
    if (!this.reordered && argNum < a.length) {
      f.clearflags();
      this.write('%!(EXTRA ');
      a.slice(argNum).forEach((arg, i) => {
        if (i > 0) this.write(', ');
        if (arg.type === 'invalid') {
          this.write('<nil>');
        } else {
          this.write(`${typeString(arg)}=`);
          this.printArg(arg, 'v');
        }
      });
      this.write(')');
    }
  }
}

const tooLarge = (x: number): boolean => x > 1e6 || x < -1e6;

function parsenum(s: string, start: number, end: number): [number, boolean, number] {
  if (start >= end) return [0, false, end];
  let num = 0;
  let isnum = false;
  let i = start;
  for (; i < end && s[i]! >= '0' && s[i]! <= '9'; i++) {
    if (tooLarge(num)) return [0, false, end];
    num = num * 10 + Number(s[i]);
    isnum = true;
  }
  return [num, isnum, i];
}

function intFromArg(a: readonly Value[], argNum: number): [number, boolean, number] {
  if (argNum >= a.length) return [0, false, argNum];
  const v = indirectInterface(a[argNum]!);
  let num = 0;
  let isInt = false;
  if (v.type === 'int' || v.type === 'int64' || v.type === 'uint8') {
    num = Number(v.v);
    isInt = true;
  }
  if (tooLarge(num)) return [0, false, argNum + 1];
  return [num, isInt, argNum + 1];
}

export function sprint(a: readonly Value[]): string {
  const p = new Printer();
  p.doPrint(a, false);
  return p.out;
}

export function sprintln(a: readonly Value[]): string {
  const p = new Printer();
  p.doPrint(a, true);
  return p.out;
}

export function sprintf(format: string, a: readonly Value[]): string {
  const p = new Printer();
  p.doPrintf(format, a);
  return p.out;
}
