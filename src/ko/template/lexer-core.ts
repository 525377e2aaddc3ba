// text/template/parse/lex.go's lexer state and cursor: reading runes, emitting items, errors.
// Positions are offsets into the JS string (UTF-16); lines count '\n' as Go's lexer does. The
// state functions are in lexer.ts.
import type { Item, ItemType } from './items.js';

export const EOF = -1;
export const LEFT = '{{';
export const RIGHT = '}}';
export const isSpace = (r: number): boolean => r === 32 || r === 9 || r === 13 || r === 10;
const alnum = /^[\p{L}\p{Nd}_]$/u;
export const isAlphaNumeric = (r: number): boolean => r >= 0 && alnum.test(String.fromCodePoint(r));
export const hasLeftTrimMarker = (s: string): boolean => s[0] === '-' && isSpace(s.charCodeAt(1));
export const hasRightTrimMarker = (s: string): boolean => isSpace(s.charCodeAt(0)) && s[1] === '-';
export const spaceRun = /[ \t\r\n]*$/;
export const leadingSpace = /^[ \t\r\n]*/;
export const countNewlines = (s: string): number => s.split('\n').length - 1;

export abstract class LexerCore {
  protected pos = 0;
  protected start = 0;
  protected atEOF = false;
  protected parenDepth = 0;
  protected line = 1;
  protected startLine = 1;
  protected item: Item = { typ: 'EOF', pos: 0, val: 'EOF', line: 1 };
  protected insideAction = false;
  /** Where the current action (or comment) began: its left delimiter. */
  protected actionStart = 0;

  constructor(protected input: string) {}

  protected next(): number {
    if (this.pos >= this.input.length) {
      this.atEOF = true;
      return EOF;
    }
    const r = this.input.codePointAt(this.pos)!;
    this.pos += r > 0xffff ? 2 : 1;
    if (r === 10) this.line++;
    return r;
  }

  protected peek(): number {
    const r = this.next();
    this.backup();
    return r;
  }

  protected backup(): void {
    if (this.atEOF || this.pos === 0) return;
    const low = this.input.charCodeAt(this.pos - 1);
    const pair = low >= 0xdc00 && low <= 0xdfff && this.pos >= 2;
    const high = this.input.charCodeAt(this.pos - 2);
    this.pos -= pair && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
    if (low === 10) this.line--;
  }

  protected thisItem(typ: ItemType): Item {
    const i = {
      typ,
      pos: this.start,
      val: this.input.slice(this.start, this.pos),
      line: this.startLine,
    };
    this.start = this.pos;
    this.startLine = this.line;
    return i;
  }

  protected emit(typ: ItemType): null {
    return this.emitItem(this.thisItem(typ));
  }

  protected emitItem(i: Item): null {
    this.item = i;
    return null;
  }

  protected ignore(): void {
    this.line += countNewlines(this.input.slice(this.start, this.pos));
    this.start = this.pos;
    this.startLine = this.line;
  }

  protected accept(valid: string): boolean {
    const r = this.next();
    if (r !== EOF && valid.includes(String.fromCodePoint(r))) return true;
    this.backup();
    return false;
  }

  protected acceptRun(valid: string): void {
    while (this.accept(valid));
  }

  protected errorf(message: string): null {
    this.item = {
      typ: 'error',
      pos: this.start,
      val: message,
      line: this.startLine,
      at: this.actionStart,
    };
    this.start = 0;
    this.pos = 0;
    this.input = '';
    return null;
  }

  protected atRightDelim(): [delim: boolean, trim: boolean] {
    const rest = this.input.slice(this.pos);
    if (hasRightTrimMarker(rest) && rest.startsWith(RIGHT, 2)) return [true, true];
    return [rest.startsWith(RIGHT), false];
  }

  protected atTerminator(): boolean {
    const r = this.peek();
    if (isSpace(r) || r === EOF) return true;
    if ('.,|:)('.includes(String.fromCodePoint(r))) return true;
    return this.input.startsWith(RIGHT, this.pos);
  }
}
