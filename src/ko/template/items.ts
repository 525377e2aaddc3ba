// text/template/parse/lex.go's items: the tokens the lexer hands the parser, and how Go prints
// one in a parse error ("unexpected <end> in command", "unexpected \"}\" in operand").
import { byteLength, quote } from './strconv.js';

export type ItemType =
  | 'error'
  | 'bool'
  | 'char'
  | 'charConstant'
  | 'complex'
  | 'assign'
  | 'declare'
  | 'EOF'
  | 'field'
  | 'identifier'
  | 'leftDelim'
  | 'leftParen'
  | 'number'
  | 'pipe'
  | 'rawString'
  | 'rightDelim'
  | 'rightParen'
  | 'space'
  | 'string'
  | 'text'
  | 'variable'
  | Keyword;

export const keywords = {
  '.': 'dot',
  block: 'block',
  break: 'break',
  continue: 'continue',
  define: 'define',
  else: 'else',
  end: 'end',
  if: 'if',
  range: 'range',
  nil: 'nil',
  template: 'template',
  with: 'with',
} as const;
type Keyword = (typeof keywords)[keyof typeof keywords];
const keywordTypes = new Set<string>(Object.values(keywords));

export interface Item {
  readonly typ: ItemType;
  readonly pos: number;
  readonly val: string;
  readonly line: number;
  /** For an error: where to point the user (the `{{` of the action or comment). */
  readonly at?: number;
}

/** Go's item.String(), used in "unexpected ..." errors. */
export function itemString(i: Item): string {
  if (i.typ === 'EOF') return 'EOF';
  if (i.typ === 'error') return i.val;
  if (keywordTypes.has(i.typ)) return `<${i.val}>`;
  const runes = [...i.val];
  if (byteLength(i.val) > 10) return `${quote(runes.slice(0, 10).join(''))}...`;
  return quote(i.val);
}
