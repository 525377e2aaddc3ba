// text/template/parse/parse.go, ported: the same grammar, lookahead and error texts. This file
// has the template structure (text, actions, if/range/with/else/end, define, block, template);
// parse-pipeline.ts has pipelines, parse-tokens.ts the lookahead and errors.
import { Lexer } from './lexer.js';
import type { Item } from './items.js';
import {
  nodeString,
  type BranchNode,
  type DelimNode,
  type ListNode,
  type Node,
  type PipeNode,
} from './nodes.js';
import { PipelineParser } from './parse-pipeline.js';
import { quote } from './strconv.js';

export { ParseError } from './parse-tokens.js';

export function parseTemplate(name: string, text: string): Map<string, ListNode> {
  const trees = new Map<string, ListNode>();
  const t = new Tree(name, name, new Lexer(text), trees);
  t.parse();
  t.add(0);
  return trees;
}

const isEmptyTree = (n: Node): boolean =>
  n.type === 'list' ? n.nodes.every(isEmptyTree) : n.type === 'text' && n.text.trim() === '';

const isDelim = (n: Node | DelimNode): n is DelimNode => n.type === 'end' || n.type === 'else';

class Tree extends PipelineParser {
  root: ListNode = { type: 'list', pos: 0, nodes: [] };
  private rangeDepth = 0;

  constructor(
    private name: string,
    parseName: string,
    lex: Lexer,
    private readonly trees: Map<string, ListNode>,
  ) {
    super(parseName, lex);
  }

  add(pos: number): void {
    const tree = this.trees.get(this.name);
    if (!tree || isEmptyTree(tree)) {
      this.trees.set(this.name, this.root);
    } else if (!isEmptyTree(this.root)) {
      this.errorf(`template: multiple definition of template ${quote(this.name)}`, pos);
    }
  }

  parse(): void {
    this.root = { type: 'list', pos: this.peek().pos, nodes: [] };
    while (this.peek().typ !== 'EOF') {
      if (this.peek().typ === 'leftDelim') {
        const delim = this.next();
        if (this.nextNonSpace().typ === 'define') {
          const def = new Tree('definition', this.parseName, this.lex, this.trees);
          def.at.push(delim.pos);
          def.parseDefinition(delim.pos);
          continue;
        }
        this.backup2(delim);
      }
      const n = this.textOrAction();
      if (isDelim(n)) this.errorf(`unexpected ${nodeString(n)}`, n.pos);
      else this.root.nodes.push(n);
    }
  }

  private parseDefinition(pos: number): void {
    const context = 'define clause';
    const name = this.expect('string', context, 'rawString');
    this.name = this.unquote(name);
    this.expect('rightDelim', context);
    const [list, end] = this.itemList();
    this.root = list;
    if (end.type !== 'end') this.errorf(`unexpected ${nodeString(end)} in ${context}`, end.pos);
    this.add(pos);
  }

  private itemList(): [ListNode, DelimNode] {
    const list: ListNode = { type: 'list', pos: this.peekNonSpace().pos, nodes: [] };
    while (this.peekNonSpace().typ !== 'EOF') {
      const n = this.textOrAction();
      if (isDelim(n)) return [list, n];
      list.nodes.push(n);
    }
    this.errorf('unexpected EOF');
  }

  private textOrAction(): Node | DelimNode {
    const token = this.nextNonSpace();
    if (token.typ === 'text') return { type: 'text', pos: token.pos, text: token.val };
    if (token.typ !== 'leftDelim') this.unexpected(token, 'input');
    this.actionLine = token.line;
    this.at.push(token.pos);
    try {
      return this.action();
    } finally {
      this.actionLine = 0;
      this.at.pop();
    }
  }

  private action(): Node | DelimNode {
    const token = this.nextNonSpace();
    const pos = this.at[this.at.length - 1]!;
    switch (token.typ) {
      case 'block':
        return this.blockControl();
      case 'break':
      case 'continue': {
        const close = this.nextNonSpace();
        if (close.typ !== 'rightDelim') this.unexpected(close, `{{${token.typ}}}`);
        if (this.rangeDepth === 0) this.errorf(`{{${token.typ}}} outside {{range}}`);
        return { type: token.typ, pos: token.pos };
      }
      case 'else': {
        const peek = this.peekNonSpace();
        if (peek.typ !== 'if' && peek.typ !== 'with') this.expect('rightDelim', 'else');
        return { type: 'else', pos };
      }
      case 'end':
        this.expect('rightDelim', 'end');
        return { type: 'end', pos };
      case 'if':
      case 'range':
      case 'with':
        return this.control(token.typ);
      case 'template':
        return this.templateControl();
    }
    this.backup();
    const start = this.peek();
    return { type: 'action', pos: start.pos, pipe: this.pipeline('command', 'rightDelim') };
  }

  private control(context: 'if' | 'range' | 'with'): BranchNode {
    const vars = this.vars.length;
    try {
      const pipe = this.pipeline(context, 'rightDelim');
      if (context === 'range') this.rangeDepth++;
      const [list, end] = this.itemList();
      let next = end;
      if (context === 'range') this.rangeDepth--;
      let elseList: ListNode | undefined;
      if (next.type === 'else') {
        if (context !== 'range' && this.peek().typ === context) {
          // {{else if x}} is {{else}}{{if x}}...{{end}}{{end}}, sharing the last {{end}}.
          this.next();
          this.at.push(next.pos);
          elseList = { type: 'list', pos: next.pos, nodes: [this.control(context)] };
          this.at.pop();
        } else {
          [elseList, next] = this.itemList();
          if (next.type !== 'end') this.errorf(`expected end; found ${nodeString(next)}`, next.pos);
        }
      }
      return { type: context, pos: pipe.pos, pipe, list, elseList };
    } finally {
      this.vars.length = vars;
    }
  }

  private blockControl(): Node {
    const context = 'block clause';
    const token = this.nextNonSpace();
    const name = this.templateName(token, context);
    const pipe = this.pipeline(context, 'rightDelim');
    const block = new Tree(name, this.parseName, this.lex, this.trees);
    block.at.push(this.at[this.at.length - 1]!);
    const [list, end] = block.itemList();
    block.root = list;
    if (end.type !== 'end') this.errorf(`unexpected ${nodeString(end)} in ${context}`, end.pos);
    block.add(token.pos);
    return { type: 'template', pos: token.pos, name, pipe };
  }

  private templateControl(): Node {
    const context = 'template clause';
    const token = this.nextNonSpace();
    const name = this.templateName(token, context);
    let pipe: PipeNode | undefined;
    if (this.nextNonSpace().typ !== 'rightDelim') {
      this.backup();
      pipe = this.pipeline(context, 'rightDelim');
    }
    return { type: 'template', pos: token.pos, name, pipe };
  }

  private templateName(token: Item, context: string): string {
    if (token.typ !== 'string' && token.typ !== 'rawString') this.unexpected(token, context);
    return this.unquote(token);
  }
}
