// text/template/parse/parse.go's pipelines: declarations, commands, operands, field chains and
// terms (constants, functions, variables, fields, parenthesised pipelines).
import { builtins } from './builtins.js';
import type { ItemType } from './items.js';
import {
  newNumber,
  nodeString,
  type ArgNode,
  type CommandNode,
  type PipeNode,
  type VariableNode,
} from './nodes.js';
import { TokenReader } from './parse-tokens.js';
import { quote } from './strconv.js';

const operandStart = new Set<ItemType>([
  'bool', 'charConstant', 'complex', 'dot', 'field', 'identifier', 'number', 'nil', 'rawString',
  'string', 'variable', 'leftParen',
]); // prettier-ignore

/** Parses `text` as template `name`: every tree it defines, by name (parse.Parse). */
/** Nested parentheses: Go allows 10000; a JS stack (the parser's and the executor's) fewer. */
const MAX_STACK_DEPTH = 100;

export abstract class PipelineParser extends TokenReader {
  /** The variables declared so far (popped at the end of each control). */
  protected readonly vars: string[] = ['$'];
  private stackDepth = 0;

  protected pipeline(context: string, end: ItemType): PipeNode {
    const pipe: PipeNode = {
      type: 'pipe',
      pos: this.peekNonSpace().pos,
      isAssign: false,
      decl: [],
      cmds: [],
    };
    for (let more = true; more;) {
      more = false;
      const v = this.peekNonSpace();
      if (v.typ !== 'variable') break;
      this.next();
      const tokenAfterVariable = this.peek();
      const next = this.peekNonSpace();
      const declare = (): void => {
        this.nextNonSpace();
        pipe.decl.push(newVariable(v.pos, v.val));
        this.vars.push(v.val);
      };
      if (next.typ === 'assign' || next.typ === 'declare') {
        pipe.isAssign = next.typ === 'assign';
        declare();
      } else if (next.typ === 'char' && next.val === ',') {
        declare();
        if (context === 'range' && pipe.decl.length < 2) {
          const after = this.peekNonSpace().typ;
          if (after !== 'variable' && after !== 'rightDelim' && after !== 'rightParen') {
            this.errorf('range can only initialize variables');
          }
          more = true;
          continue;
        }
        this.errorf(`too many declarations in ${context}`);
      } else if (tokenAfterVariable.typ === 'space') {
        this.backup3(v, tokenAfterVariable);
      } else {
        this.backup2(v);
      }
    }
    for (;;) {
      const token = this.nextNonSpace();
      if (token.typ === end) {
        this.checkPipeline(pipe, context);
        return pipe;
      }
      if (!operandStart.has(token.typ)) this.unexpected(token, context);
      this.backup();
      pipe.cmds.push(this.command());
    }
  }

  private checkPipeline(pipe: PipeNode, context: string): void {
    if (pipe.cmds.length === 0) this.errorf(`missing value for ${context}`);
    pipe.cmds.slice(1).forEach((c, i) => {
      if (['bool', 'dot', 'nil', 'number', 'string'].includes(c.args[0]!.type)) {
        this.errorf(`non executable command in pipeline stage ${i + 2}`);
      }
    });
  }

  private command(): CommandNode {
    const cmd: CommandNode = { type: 'command', pos: this.peekNonSpace().pos, args: [] };
    for (;;) {
      this.peekNonSpace();
      const operand = this.operand();
      if (operand) cmd.args.push(operand);
      const token = this.next();
      if (token.typ === 'space') continue;
      if (token.typ === 'rightDelim' || token.typ === 'rightParen') this.backup();
      else if (token.typ !== 'pipe') this.unexpected(token, 'operand');
      break;
    }
    if (cmd.args.length === 0) this.errorf('empty command');
    return cmd;
  }

  private operand(): ArgNode | undefined {
    const node = this.term();
    if (!node || this.peek().typ !== 'field') return node;
    const pos = this.peek().pos;
    const field: string[] = [];
    while (this.peek().typ === 'field') field.push(this.next().val.slice(1));
    const chain = nodeString({ type: 'chain', pos, node, field });
    switch (node.type) {
      case 'field':
        return { type: 'field', pos, ident: chain.slice(1).split('.') };
      case 'variable':
        return newVariable(pos, chain);
      case 'bool':
      case 'string':
      case 'number':
      case 'nil':
      case 'dot':
        this.errorf(`unexpected . after term ${quote(nodeString(node))}`);
    }
    return { type: 'chain', pos, node, field };
  }

  private term(): ArgNode | undefined {
    const token = this.nextNonSpace();
    const pos = token.pos;
    switch (token.typ) {
      case 'identifier':
        if (!Object.hasOwn(builtins, token.val))
          this.errorf(`function ${quote(token.val)} not defined`, pos);
        return { type: 'identifier', pos, ident: token.val };
      case 'dot':
      case 'nil':
        return { type: token.typ, pos };
      case 'variable': {
        const v = newVariable(pos, token.val);
        if (!this.vars.includes(v.ident[0]!))
          this.errorf(`undefined variable ${quote(v.ident[0]!)}`, pos);
        return v;
      }
      case 'field':
        return { type: 'field', pos, ident: token.val.slice(1).split('.') };
      case 'bool':
        return { type: 'bool', pos, value: token.val === 'true' };
      case 'charConstant':
      case 'complex':
      case 'number': {
        const n = newNumber(pos, token.val, token.typ);
        if (typeof n === 'string') this.errorf(n, pos);
        return n;
      }
      case 'leftParen':
        if (this.stackDepth >= MAX_STACK_DEPTH) this.errorf('max expression depth exceeded');
        this.stackDepth++;
        try {
          return this.pipeline('parenthesized pipeline', 'rightParen');
        } finally {
          this.stackDepth--;
        }
      case 'string':
      case 'rawString':
        return { type: 'string', pos, quoted: token.val, text: this.unquote(token) };
    }
    this.backup();
    return undefined;
  }
}

export const newVariable = (pos: number, ident: string): VariableNode => ({
  type: 'variable',
  pos,
  ident: ident.split('.'),
});
