// text/template/exec.go with Option("missingkey=error"), ported: walking the tree, control flow,
// variables and errors ("template: argsTmpl:1:6: executing "argsTmpl" at <.Env.X>: ...").
// Evaluating pipelines, commands and calls is in eval.ts.
import { sprintf } from './fmt.js';
import {
  nodeString,
  type AnyNode,
  type BranchNode,
  type ListNode,
  type Node,
  type PipeNode,
  type TemplateNode,
} from './nodes.js';
import { byteLength, quote } from './strconv.js';
import {
  indirect,
  indirectInterface,
  isTrue,
  invalid,
  mapIndex,
  sortedKeys,
  str,
  type MapValue,
  type Value,
} from './value.js';

/** An execution error, with Go's text and the offset of the node it happened at. */
export class ExecError extends Error {
  constructor(
    message: string,
    readonly pos: number | undefined,
    /** Set for `map has no entry for key`: which map and key. */
    readonly missing?: { readonly map: MapValue; readonly key: string },
  ) {
    super(message);
  }
}

/** {{break}} and {{continue}} unwind to their {{range}} as these (Go panics with walkBreak). */
class LoopControl extends Error {}
const BREAK = new LoopControl('break');
const CONTINUE = new LoopControl('continue');
/** Go allows 100000 nested {{template}} calls; a JS stack allows fewer. */
const MAX_DEPTH = 1000;
/** Not in Go: a bound on the work one flag may do, so that `range .Timestamp` fails, not hangs. */
const MAX_STEPS = 1_000_000;

interface Variable {
  readonly name: string;
  value: Value;
}

export abstract class State {
  private readonly out: string[] = [];
  node: AnyNode | undefined;
  vars: Variable[];
  private depth = 0;
  private steps = 0;

  constructor(
    /** The name of the template executing (changes inside {{template}}). */
    protected name: string,
    /** The name the whole text was parsed as: error locations use it. */
    protected readonly parseName: string,
    protected readonly text: string,
    protected readonly trees: ReadonlyMap<string, ListNode>,
    data: Value,
  ) {
    this.vars = [{ name: '$', value: data }];
  }

  output(): string {
    return this.out.join('');
  }

  at(node: AnyNode): void {
    this.node = node;
  }

  errorf(message: string, missing?: ExecError['missing']): never {
    const n = this.node;
    if (!n) throw new ExecError(`template: ${this.name}: ${message}`, undefined, missing);
    const before = this.text.slice(0, n.pos);
    const nl = before.lastIndexOf('\n');
    const line = before.split('\n').length;
    const col = byteLength(nl < 0 ? before : before.slice(nl + 1));
    const where = `${this.parseName}:${line}:${col}`;
    throw new ExecError(
      `template: ${where}: executing ${quote(this.name)} at <${nodeString(n)}>: ${message}`,
      n.pos,
      missing,
    );
  }

  push(name: string, value: Value): void {
    this.vars.push({ name, value });
  }

  private variable(name: string): Variable {
    for (let i = this.vars.length - 1; i >= 0; i--)
      if (this.vars[i]!.name === name) return this.vars[i]!;
    return this.errorf(`undefined variable: ${name}`);
  }

  setVar(name: string, value: Value): void {
    this.variable(name).value = value;
  }

  varValue(name: string): Value {
    return this.variable(name).value;
  }

  /** Evaluates a pipeline (eval.ts). */
  abstract evalPipeline(dot: Value, pipe: PipeNode | undefined): Value;

  walk(dot: Value, node: Node): void {
    this.at(node);
    if (++this.steps > MAX_STEPS) this.errorf(`template does more than ${MAX_STEPS} steps`);
    switch (node.type) {
      case 'action': {
        const val = this.evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) this.printValue(node, val);
        return;
      }
      case 'break':
        throw BREAK;
      case 'continue':
        throw CONTINUE;
      case 'if':
      case 'with':
        return this.walkIfOrWith(node, dot);
      case 'list':
        for (const n of node.nodes) this.walk(dot, n);
        return;
      case 'range':
        return this.walkRange(dot, node);
      case 'template':
        return this.walkTemplate(dot, node);
      case 'text':
        this.out.push(node.text);
    }
  }

  private printValue(node: Node, v: Value): void {
    this.at(node);
    this.out.push(v.type === 'invalid' ? '<no value>' : sprintf('%v', [v]));
  }

  private walkIfOrWith(node: BranchNode, dot: Value): void {
    const mark = this.vars.length;
    try {
      const val = this.evalPipeline(dot, node.pipe);
      if (isTrue(indirectInterface(val))) this.walk(node.type === 'with' ? val : dot, node.list);
      else if (node.elseList) this.walk(dot, node.elseList);
    } finally {
      this.vars.length = mark;
    }
  }

  private walkRange(dot: Value, r: BranchNode): void {
    this.at(r);
    const outer = this.vars.length;
    try {
      const [val] = indirect(this.evalPipeline(dot, r.pipe));
      const mark = this.vars.length;
      const { decl, isAssign } = r.pipe;
      const iteration = (index: Value, elem: Value): void => {
        if (decl.length > 0) {
          if (!isAssign) this.vars[this.vars.length - 1]!.value = elem;
          else this.setVar(decl[0]!.ident[0]!, decl.length > 1 ? index : elem);
        }
        if (decl.length > 1) {
          if (isAssign) this.setVar(decl[1]!.ident[0]!, elem);
          else this.vars[this.vars.length - 2]!.value = index;
        }
        try {
          this.walk(elem, r.list);
        } catch (e) {
          if (e !== CONTINUE) throw e;
        } finally {
          this.vars.length = mark;
        }
      };
      let ran = false;
      if (val.type === 'int' || val.type === 'int64' || val.type === 'uint8') {
        if (decl.length > 1) {
          this.errorf(`can't use ${sprintf('%v', [val])} to iterate over more than one variable`);
        }
        for (let i = 0n; i < val.v; i++) {
          ran = true;
          iteration(invalid, { type: val.type, v: i });
        }
      } else if (val.type === 'map[string]string' || val.type === 'map[string]interface {}') {
        for (const k of sortedKeys(val)) {
          ran = true;
          iteration(str(k), mapIndex(val, k)!);
        }
      } else if (val.type !== 'invalid') {
        this.errorf(`range can't iterate over ${sprintf('%v', [val])}`);
      }
      if (!ran && r.elseList) this.walk(dot, r.elseList);
    } catch (e) {
      if (e !== BREAK) throw e;
    } finally {
      this.vars.length = outer;
    }
  }

  private walkTemplate(dot: Value, t: TemplateNode): void {
    this.at(t);
    const tree = this.trees.get(t.name);
    if (!tree) this.errorf(`template ${quote(t.name)} not defined`);
    if (this.depth === MAX_DEPTH) this.errorf(`exceeded maximum template depth (${MAX_DEPTH})`);
    const value = this.evalPipeline(dot, t.pipe);
    const saved = { name: this.name, vars: this.vars, depth: this.depth };
    this.name = t.name;
    this.vars = [{ name: '$', value }];
    this.depth++;
    try {
      this.walk(value, tree);
    } finally {
      ({ name: this.name, vars: this.vars, depth: this.depth } = saved);
    }
  }
}
