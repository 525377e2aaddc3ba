// text/template/parse/node.go: the parse tree, and each node's String() (Go prints it in errors:
// `executing "argsTmpl" at <.Env.X>`).
import { parseFloat64, parseInt64, parseUint, quote, unquoteChar } from './strconv.js';

interface At {
  /** Offset of the node in the template text. */
  readonly pos: number;
}

export interface TextNode extends At {
  readonly type: 'text';
  readonly text: string;
}
export interface ListNode extends At {
  readonly type: 'list';
  readonly nodes: Node[];
}
export interface ActionNode extends At {
  readonly type: 'action';
  readonly pipe: PipeNode;
}
export interface BranchNode extends At {
  readonly type: 'if' | 'range' | 'with';
  readonly pipe: PipeNode;
  readonly list: ListNode;
  readonly elseList: ListNode | undefined;
}
export interface TemplateNode extends At {
  readonly type: 'template';
  readonly name: string;
  readonly pipe: PipeNode | undefined;
}
export interface LoopNode extends At {
  readonly type: 'break' | 'continue';
}
/** `{{end}}` and `{{else}}`: returned by the parser, never put in a tree. */
export interface DelimNode extends At {
  readonly type: 'end' | 'else';
}
export type Node = TextNode | ListNode | ActionNode | BranchNode | TemplateNode | LoopNode;

export interface PipeNode extends At {
  readonly type: 'pipe';
  isAssign: boolean;
  readonly decl: VariableNode[];
  readonly cmds: CommandNode[];
}
export interface CommandNode extends At {
  readonly type: 'command';
  readonly args: ArgNode[];
}
export interface IdentifierNode extends At {
  readonly type: 'identifier';
  readonly ident: string;
}
export interface FieldNode extends At {
  readonly type: 'field';
  readonly ident: string[];
}
export interface VariableNode extends At {
  readonly type: 'variable';
  readonly ident: string[];
}
export interface ChainNode extends At {
  readonly type: 'chain';
  readonly node: ArgNode;
  readonly field: string[];
}
export interface BoolNode extends At {
  readonly type: 'bool';
  readonly value: boolean;
}
export interface StringNode extends At {
  readonly type: 'string';
  readonly quoted: string;
  readonly text: string;
}
export interface SimpleNode extends At {
  readonly type: 'dot' | 'nil';
}
export interface NumberNode extends At {
  readonly type: 'number';
  readonly text: string;
  readonly isInt: boolean;
  readonly isUint: boolean;
  readonly isFloat: boolean;
  readonly int: bigint;
  readonly float: number;
}
export type ArgNode =
  | IdentifierNode
  | FieldNode
  | VariableNode
  | ChainNode
  | BoolNode
  | StringNode
  | SimpleNode
  | NumberNode
  | PipeNode;
export type AnyNode = Node | DelimNode | ArgNode | CommandNode;

/** Go's Node.String(). */
export function nodeString(n: AnyNode): string {
  switch (n.type) {
    case 'text':
      return n.text;
    case 'list':
      return n.nodes.map(nodeString).join('');
    case 'action':
      return `{{${nodeString(n.pipe)}}}`;
    case 'if':
    case 'range':
    case 'with': {
      const elseList = n.elseList ? `{{else}}${nodeString(n.elseList)}` : '';
      return `{{${n.type} ${nodeString(n.pipe)}}}${nodeString(n.list)}${elseList}{{end}}`;
    }
    case 'template':
      return `{{template ${quote(n.name)}${n.pipe ? ` ${nodeString(n.pipe)}` : ''}}}`;
    case 'break':
    case 'continue':
    case 'end':
    case 'else':
      return `{{${n.type}}}`;
    case 'pipe': {
      const decl = n.decl.length
        ? `${n.decl.map(nodeString).join(', ')} ${n.isAssign ? '=' : ':='} `
        : '';
      return decl + n.cmds.map(nodeString).join(' | ');
    }
    case 'command':
      return n.args
        .map((a) => (a.type === 'pipe' ? `(${nodeString(a)})` : nodeString(a)))
        .join(' ');
    case 'identifier':
      return n.ident;
    case 'field':
      return n.ident.map((f) => `.${f}`).join('');
    case 'variable':
      return n.ident.join('.');
    case 'chain': {
      const head = n.node.type === 'pipe' ? `(${nodeString(n.node)})` : nodeString(n.node);
      return head + n.field.map((f) => `.${f}`).join('');
    }
    case 'bool':
      return String(n.value);
    case 'string':
      return n.quoted;
    case 'dot':
      return '.';
    case 'nil':
      return 'nil';
    case 'number':
      return n.text;
  }
}

/**
 * parse.newNumber for a number or character constant; a string is Go's error. Complex constants
 * are not supported (nothing ko gives a template can use one).
 */
export function newNumber(
  pos: number,
  text: string,
  typ: 'number' | 'charConstant' | 'complex',
): NumberNode | string {
  const node = (
    int: bigint | undefined,
    uint: bigint | undefined,
    float: number | undefined,
  ): NumberNode => ({
    type: 'number',
    pos,
    text,
    isInt: int !== undefined,
    isUint: uint !== undefined,
    isFloat: float !== undefined,
    int: int ?? uint ?? 0n,
    float: float ?? 0,
  });
  if (typ === 'charConstant') {
    let r: [number, boolean, string];
    try {
      r = unquoteChar(text.slice(1), "'");
    } catch {
      return 'invalid syntax';
    }
    if (r[2] !== "'") return `malformed character constant: ${text}`;
    return node(BigInt(r[0]), BigInt(r[0]), r[0]);
  }
  if (typ === 'complex' || (text.endsWith('i') && parseFloat64(text.slice(0, -1)) !== undefined)) {
    return `complex constant ${text} is not supported`;
  }
  let uint = parseUint(text);
  const int = parseInt64(text);
  if (int === 0n) uint = 0n; // -0
  if (int !== undefined || uint !== undefined) {
    return node(int, uint, Number(int ?? uint));
  }
  const f = parseFloat64(text);
  if (f === undefined) return `illegal number syntax: ${quote(text)}`;
  if (!/[.eEpP]/.test(text)) return `integer overflow: ${quote(text)}`;
  // Go: float64(int64(f)) == f, float64(uint64(f)) == f.
  const integral = Number.isInteger(f);
  const asInt = integral && f >= -(2 ** 63) && f < 2 ** 63 ? BigInt(f) : undefined;
  const asUint = integral && f >= 0 && f < 2 ** 64 ? BigInt(f) : undefined;
  return node(asInt, asUint, f);
}
