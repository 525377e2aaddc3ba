// text/template/parse/lex.go's state functions, ported: the same tokens, trim markers, comments
// and error texts. Each state scans one item and returns the next state, or null once an item is
// ready (lex.go's stateFn).
import type { Item, ItemType } from './items.js';
import { keywords } from './items.js';
import {
  EOF,
  LEFT,
  LexerCore,
  RIGHT,
  countNewlines,
  hasLeftTrimMarker,
  hasRightTrimMarker,
  isAlphaNumeric,
  isSpace,
  leadingSpace,
  spaceRun,
} from './lexer-core.js';
import { quote } from './strconv.js';

type State = (l: Lexer) => State | null;

export class Lexer extends LexerCore {
  nextItem(): Item {
    this.item = { typ: 'EOF', pos: this.pos, val: 'EOF', line: this.startLine };
    let state: State | null = this.insideAction ? lexInsideAction : lexText;
    while (state) state = state(this);
    return this.item;
  }

  // The state functions, as in lex.go.

  static text(l: Lexer): State | null {
    const x = l.input.indexOf(LEFT, l.pos);
    if (x >= 0) {
      if (x > l.pos) {
        l.pos = x;
        let trim = 0;
        if (hasLeftTrimMarker(l.input.slice(x + LEFT.length))) {
          trim = spaceRun.exec(l.input.slice(l.start, l.pos))![0].length;
        }
        l.pos -= trim;
        l.line += countNewlines(l.input.slice(l.start, l.pos));
        const i = l.thisItem('text');
        l.pos += trim;
        l.ignore();
        if (i.val.length > 0) return l.emitItem(i);
      }
      return lexLeftDelim;
    }
    l.pos = l.input.length;
    if (l.pos > l.start) {
      l.line += countNewlines(l.input.slice(l.start, l.pos));
      return l.emit('text');
    }
    return l.emit('EOF');
  }

  static leftDelim(l: Lexer): State | null {
    l.actionStart = l.pos;
    l.pos += LEFT.length;
    const trim = hasLeftTrimMarker(l.input.slice(l.pos));
    const afterMarker = trim ? 2 : 0;
    if (l.input.startsWith('/*', l.pos + afterMarker)) {
      l.pos += afterMarker;
      l.ignore();
      return lexComment;
    }
    const i = l.thisItem('leftDelim');
    l.insideAction = true;
    l.pos += afterMarker;
    l.ignore();
    l.parenDepth = 0;
    return l.emitItem(i);
  }

  static comment(l: Lexer): State | null {
    l.pos += 2;
    const x = l.input.indexOf('*/', l.pos);
    if (x < 0) return l.errorf('unclosed comment');
    l.pos = x + 2;
    const [delim, trim] = l.atRightDelim();
    if (!delim) return l.errorf('comment ends before closing delimiter');
    l.line += countNewlines(l.input.slice(l.start, l.pos));
    l.thisItem('text'); // the comment itself: text/template drops it
    if (trim) l.pos += 2;
    l.pos += RIGHT.length;
    if (trim) l.pos += leadingSpace.exec(l.input.slice(l.pos))![0].length;
    l.ignore();
    return lexText;
  }

  static rightDelim(l: Lexer): State | null {
    const [, trim] = l.atRightDelim();
    if (trim) {
      l.pos += 2;
      l.ignore();
    }
    l.pos += RIGHT.length;
    const i = l.thisItem('rightDelim');
    if (trim) {
      l.pos += leadingSpace.exec(l.input.slice(l.pos))![0].length;
      l.ignore();
    }
    l.insideAction = false;
    return l.emitItem(i);
  }

  static insideAction(l: Lexer): State | null {
    const [delim] = l.atRightDelim();
    if (delim) return l.parenDepth === 0 ? lexRightDelim : l.errorf('unclosed left paren');
    const r = l.next();
    const c = r === EOF ? '' : String.fromCodePoint(r);
    if (r === EOF) return l.errorf('unclosed action');
    if (isSpace(r)) {
      l.backup(); // in case of " -}}"
      return lexSpace;
    }
    if (c === '=') return l.emit('assign');
    if (c === ':') return l.next() === 61 ? l.emit('declare') : l.errorf('expected :=');
    if (c === '|') return l.emit('pipe');
    if (c === '"') return lexQuote;
    if (c === '`') return lexRawQuote;
    if (c === '$') return lexVariable;
    if (c === "'") return lexChar;
    if (c === '.') {
      const n = l.input[l.pos];
      if (n !== undefined && !(n >= '0' && n <= '9')) return lexField;
    }
    if (c === '.' || c === '+' || c === '-' || (c >= '0' && c <= '9')) {
      l.backup();
      return lexNumber;
    }
    if (isAlphaNumeric(r)) {
      l.backup();
      return lexIdentifier;
    }
    if (c === '(') {
      l.parenDepth++;
      return l.emit('leftParen');
    }
    if (c === ')') {
      l.parenDepth--;
      return l.parenDepth < 0 ? l.errorf('unexpected right paren') : l.emit('rightParen');
    }
    if (r < 0x80 && r >= 0x20 && r !== 0x7f) return l.emit('char');
    const hex = r.toString(16).toUpperCase().padStart(4, '0');
    return l.errorf(`unrecognized character in action: U+${hex}${printableRune(r)}`);
  }

  static space(l: Lexer): State | null {
    let spaces = 0;
    while (isSpace(l.peek())) {
      l.next();
      spaces++;
    }
    const rest = l.input.slice(l.pos - 1);
    if (hasRightTrimMarker(rest) && rest.startsWith(RIGHT, 2)) {
      l.backup();
      if (spaces === 1) return lexRightDelim;
    }
    return l.emit('space');
  }

  static identifier(l: Lexer): State | null {
    for (;;) {
      const r = l.next();
      if (isAlphaNumeric(r)) continue;
      l.backup();
      const word = l.input.slice(l.start, l.pos);
      if (!l.atTerminator()) return l.errorf(`bad character ${runeName(r)}`);
      const kw = Object.hasOwn(keywords, word)
        ? keywords[word as keyof typeof keywords]
        : undefined;
      if (kw) return l.emit(kw);
      if (word[0] === '.') return l.emit('field');
      if (word === 'true' || word === 'false') return l.emit('bool');
      return l.emit('identifier');
    }
  }

  static fieldOrVariable(l: Lexer, typ: 'field' | 'variable'): State | null {
    if (l.atTerminator()) return l.emit(typ === 'variable' ? 'variable' : 'dot');
    let r: number;
    for (;;) {
      r = l.next();
      if (!isAlphaNumeric(r)) {
        l.backup();
        break;
      }
    }
    if (!l.atTerminator()) return l.errorf(`bad character ${runeName(r)}`);
    return l.emit(typ);
  }

  static char(l: Lexer): State | null {
    for (;;) {
      let r = l.next();
      if (r === 92) {
        r = l.next();
        if (r !== EOF && r !== 10) continue;
      }
      if (r === EOF || r === 10) return l.errorf('unterminated character constant');
      if (r === 39) return l.emit('charConstant');
    }
  }

  static number(l: Lexer): State | null {
    if (!l.scanNumber())
      return l.errorf(`bad number syntax: ${quote(l.input.slice(l.start, l.pos))}`);
    const sign = l.peek();
    if (sign === 43 || sign === 45) {
      if (!l.scanNumber() || l.input[l.pos - 1] !== 'i') {
        return l.errorf(`bad number syntax: ${quote(l.input.slice(l.start, l.pos))}`);
      }
      return l.emit('complex');
    }
    return l.emit('number');
  }

  private scanNumber(): boolean {
    this.accept('+-');
    let digits = '0123456789_';
    if (this.accept('0')) {
      if (this.accept('xX')) digits = '0123456789abcdefABCDEF_';
      else if (this.accept('oO')) digits = '01234567_';
      else if (this.accept('bB')) digits = '01_';
    }
    this.acceptRun(digits);
    if (this.accept('.')) this.acceptRun(digits);
    if (digits.length === 11 && this.accept('eE')) {
      this.accept('+-');
      this.acceptRun('0123456789_');
    }
    if (digits.length === 23 && this.accept('pP')) {
      this.accept('+-');
      this.acceptRun('0123456789_');
    }
    this.accept('i');
    if (isAlphaNumeric(this.peek())) {
      this.next();
      return false;
    }
    return true;
  }

  static quoted(l: Lexer, close: number, message: string, typ: ItemType): State | null {
    for (;;) {
      let r = l.next();
      if (r === 92 && close === 34) {
        r = l.next();
        if (r !== EOF && r !== 10) continue;
      }
      if (r === EOF || (r === 10 && close === 34)) return l.errorf(message);
      if (r === close) return l.emit(typ);
    }
  }
}

const printableRune = (r: number): string =>
  /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(String.fromCodePoint(r))
    ? ` '${String.fromCodePoint(r)}'`
    : '';
/** Go's %#U of a rune: U+0041 'A'. */
const runeName = (r: number): string =>
  r === EOF
    ? 'U+FFFFFFFFFFFFFFFF'
    : `U+${r.toString(16).toUpperCase().padStart(4, '0')}${printableRune(r)}`;

const lexText: State = (l) => Lexer.text(l);
const lexLeftDelim: State = (l) => Lexer.leftDelim(l);
const lexComment: State = (l) => Lexer.comment(l);
const lexRightDelim: State = (l) => Lexer.rightDelim(l);
const lexInsideAction: State = (l) => Lexer.insideAction(l);
const lexSpace: State = (l) => Lexer.space(l);
const lexIdentifier: State = (l) => Lexer.identifier(l);
const lexField: State = (l) => Lexer.fieldOrVariable(l, 'field');
const lexVariable: State = (l) => Lexer.fieldOrVariable(l, 'variable');
const lexChar: State = (l) => Lexer.char(l);
const lexNumber: State = (l) => Lexer.number(l);
const lexQuote: State = (l) => Lexer.quoted(l, 34, 'unterminated quoted string', 'string');
const lexRawQuote: State = (l) =>
  Lexer.quoted(l, 96, 'unterminated raw quoted string', 'rawString');
