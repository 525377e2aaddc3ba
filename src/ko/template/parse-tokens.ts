// text/template/parse/parse.go's token handling: the three-token lookahead over the lexer, and
// parse errors ("template: <name>:<line>: ..."), each with the offset to point the user at.
import { itemString, type Item, type ItemType } from './items.js';
import type { Lexer } from './lexer.js';
import { unquote } from './strconv.js';

export class ParseError extends Error {
  constructor(
    message: string,
    /** Offset in the template text: the action's `{{`, or the offending token. */
    readonly pos: number,
  ) {
    super(message);
  }
}

/** The names text/template defines (ko adds none). */
const noItem: Item = { typ: 'EOF', pos: 0, val: '', line: 0 };

export abstract class TokenReader {
  private readonly token: Item[] = [noItem, noItem, noItem];
  private peekCount = 0;
  protected actionLine = 0;
  /** The `{{` of each action being parsed, innermost last: where errors point. */
  readonly at: number[] = [];

  constructor(
    protected readonly parseName: string,
    protected readonly lex: Lexer,
  ) {}

  protected next(): Item {
    if (this.peekCount > 0) this.peekCount--;
    else this.token[0] = this.lex.nextItem();
    return this.token[this.peekCount]!;
  }
  protected backup(): void {
    this.peekCount++;
  }
  protected backup2(t1: Item): void {
    this.token[1] = t1;
    this.peekCount = 2;
  }
  protected backup3(t2: Item, t1: Item): void {
    this.token[1] = t1;
    this.token[2] = t2;
    this.peekCount = 3;
  }
  protected peek(): Item {
    if (this.peekCount > 0) return this.token[this.peekCount - 1]!;
    this.peekCount = 1;
    this.token[0] = this.lex.nextItem();
    return this.token[0];
  }
  protected nextNonSpace(): Item {
    let token: Item;
    do token = this.next();
    while (token.typ === 'space');
    return token;
  }
  protected peekNonSpace(): Item {
    const token = this.nextNonSpace();
    this.backup();
    return token;
  }

  protected errorf(message: string, pos = this.at[this.at.length - 1] ?? 0): never {
    throw new ParseError(`template: ${this.parseName}:${this.token[0]!.line}: ${message}`, pos);
  }
  protected expect(expected: ItemType, context: string, also?: ItemType): Item {
    const token = this.nextNonSpace();
    if (token.typ !== expected && token.typ !== also) this.unexpected(token, context);
    return token;
  }
  protected unexpected(token: Item, context: string): never {
    if (token.typ === 'error') {
      let extra = '';
      if (this.actionLine !== 0 && this.actionLine !== token.line) {
        extra = ` in action started at ${this.parseName}:${this.actionLine}`;
        if (token.val.endsWith(' action')) extra = extra.slice(' in action'.length);
      }
      this.errorf(`${itemString(token)}${extra}`, token.at ?? token.pos);
    }
    this.errorf(`unexpected ${itemString(token)} in ${context}`, token.pos);
  }

  /** Installs this tree under its name (Tree.add). */
  protected unquote(token: Item): string {
    try {
      return unquote(token.val);
    } catch (e) {
      this.errorf((e as Error).message, token.pos);
    }
  }
}
