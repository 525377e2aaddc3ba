// text/template/exec.go, the evaluating half: pipelines, commands, fields (missingkey=error),
// function calls with Go's argument checks, and constants. The same s.at() calls as Go, so that
// errors name the same node.
import { builtins, CallError, truth, type Builtin, type ParamType } from './builtins.js';
import { State } from './exec.js';
import {
  nodeString,
  type ArgNode,
  type ChainNode,
  type CommandNode,
  type FieldNode,
  type IdentifierNode,
  type NumberNode,
  type PipeNode,
  type VariableNode,
} from './nodes.js';
import { quote } from './strconv.js';
import { indirect, invalid, isMap, mapIndex, str, type Value } from './value.js';

/** Go's missingVal: "no final argument from a previous pipeline stage". */
const MISSING = Symbol('missing');
type Final = Value | typeof MISSING;

export class Executor extends State {
  evalPipeline(dot: Value, pipe: PipeNode | undefined): Value {
    if (!pipe) return invalid;
    this.at(pipe);
    let value: Final = MISSING;
    for (const cmd of pipe.cmds) {
      value = this.evalCommand(dot, cmd, value);
      if (value.type === 'interface {}') value = value.v;
    }
    const v = value === MISSING ? invalid : value;
    for (const d of pipe.decl) {
      if (pipe.isAssign) this.setVar(d.ident[0]!, v);
      else this.push(d.ident[0]!, v);
    }
    return v;
  }

  private notAFunction(args: readonly ArgNode[], final: Final): void {
    if (args.length > 1 || final !== MISSING) {
      this.errorf(`can't give argument to non-function ${nodeString(args[0]!)}`);
    }
  }

  private evalCommand(dot: Value, cmd: CommandNode, final: Final): Value {
    const first = cmd.args[0]!;
    switch (first.type) {
      case 'field':
        return this.evalFieldNode(dot, first, cmd.args, final);
      case 'chain':
        return this.evalChainNode(dot, first, cmd.args, final);
      case 'identifier':
        return this.evalFunction(dot, first, cmd, cmd.args, final);
      case 'pipe':
        this.notAFunction(cmd.args, final);
        return this.evalPipeline(dot, first);
      case 'variable':
        return this.evalVariableNode(dot, first, cmd.args, final);
    }
    this.at(first);
    this.notAFunction(cmd.args, final);
    switch (first.type) {
      case 'bool':
        return { type: 'bool', v: first.value };
      case 'dot':
        return dot;
      case 'nil':
        return this.errorf('nil is not a command');
      case 'number':
        return this.idealConstant(first);
      case 'string':
        return str(first.text);
    }
  }

  private idealConstant(n: NumberNode): Value {
    this.at(n);
    const hexInt = /^0[xX]/.test(n.text) && !/[pP]/.test(n.text);
    if (n.isFloat && !hexInt && n.text[0] !== "'" && /[.eEpP]/.test(n.text)) {
      return { type: 'float64', v: n.float };
    }
    if (n.isInt) return { type: 'int', v: n.int };
    if (n.isUint) this.errorf(`${n.text} overflows int`);
    return invalid;
  }

  private evalFieldNode(
    dot: Value,
    field: FieldNode,
    args: readonly ArgNode[],
    final: Final,
  ): Value {
    this.at(field);
    return this.evalFieldChain(dot, field, field.ident, args, final);
  }

  private evalChainNode(
    dot: Value,
    chain: ChainNode,
    args: readonly ArgNode[],
    final: Final,
  ): Value {
    this.at(chain);
    const receiver = this.evalArg(dot, null, chain.node);
    return this.evalFieldChain(receiver, chain, chain.field, args, final);
  }

  private evalVariableNode(
    dot: Value,
    v: VariableNode,
    args: readonly ArgNode[],
    final: Final,
  ): Value {
    this.at(v);
    const value = this.varValue(v.ident[0]!);
    if (v.ident.length === 1) {
      this.notAFunction(args, final);
      return value;
    }
    return this.evalFieldChain(value, v, v.ident.slice(1), args, final);
  }

  private evalFieldChain(
    receiver: Value,
    node: FieldNode | ChainNode | VariableNode,
    ident: readonly string[],
    args: readonly ArgNode[],
    final: Final,
  ): Value {
    for (const name of ident.slice(0, -1)) receiver = this.evalField(name, [], MISSING, receiver);
    return this.evalField(ident[ident.length - 1]!, args, final, receiver);
  }

  private evalField(name: string, args: readonly ArgNode[], final: Final, receiver: Value): Value {
    if (receiver.type === 'invalid') this.errorf(`nil data; no entry for key ${quote(name)}`);
    const typ = receiver.type;
    const [r, isNil] = indirect(receiver);
    if (isNil) this.errorf(`nil pointer evaluating ${typ}.${name}`);
    if (isMap(r)) {
      if (args.length > 1 || final !== MISSING)
        this.errorf(`${name} is not a method but has arguments`);
      const result = mapIndex(r, name);
      if (!result) this.errorf(`map has no entry for key ${quote(name)}`, { map: r, key: name });
      return result;
    }
    return this.errorf(`can't evaluate field ${name} in type ${typ}`);
  }

  private evalFunction(
    dot: Value,
    node: IdentifierNode,
    cmd: CommandNode | IdentifierNode,
    args: readonly ArgNode[] | undefined,
    final: Final,
  ): Value {
    this.at(node);
    const fn = Object.hasOwn(builtins, node.ident) ? builtins[node.ident] : undefined;
    if (!fn) this.errorf(`${quote(node.ident)} is not a defined function`);
    return this.evalCall(dot, fn, cmd, node.ident, args?.slice(1) ?? [], final);
  }

  private evalCall(
    dot: Value,
    fn: Builtin,
    node: CommandNode | IdentifierNode,
    name: string,
    args: readonly ArgNode[],
    final: Final,
  ): Value {
    const { params, variadic } = fn;
    const numIn = args.length + (final === MISSING ? 0 : 1);
    let numFixed = args.length;
    if (variadic) {
      numFixed = params.length;
      if (numIn < numFixed) {
        this.errorf(
          `wrong number of args for ${name}: want at least ${params.length} got ${args.length}`,
        );
      }
    } else if (numIn !== params.length) {
      this.errorf(`wrong number of args for ${name}: want ${params.length} got ${numIn}`);
    }
    if (name === 'and' || name === 'or') {
      let v: Value = invalid;
      for (const arg of args) {
        v = this.evalArg(dot, 'value', arg);
        if (truth(v) === (name === 'or')) return v;
      }
      return final === MISSING ? v : final;
    }
    const argv: Value[] = [];
    args.forEach((arg, i) => {
      argv.push(this.evalArg(dot, i < numFixed ? params[i]! : variadic!, arg));
    });
    if (final !== MISSING) {
      const t = !variadic
        ? params[params.length - 1]!
        : numIn - 1 < numFixed
          ? params[numIn - 1]!
          : variadic;
      argv.push(this.validateType(final, t));
    }
    const callee = args[0]
      ? nodeString(args[0])
      : final !== MISSING && final.type === 'string'
        ? final.v
        : '';
    try {
      return fn.fn(argv, callee);
    } catch (e) {
      if (!(e instanceof CallError)) throw e;
      this.at(node);
      return this.errorf(`error calling ${name}: ${e.message}`);
    }
  }

  private validateType(value: Value, typ: ParamType | null): Value {
    if (typ === 'any') return value.type === 'interface {}' ? value.v : value;
    if (typ !== 'string') return value;
    if (value.type === 'invalid') this.errorf('invalid value; expected string');
    if (value.type === 'string') return value;
    const inner = value.type === 'interface {}' && value.v.type !== 'invalid' ? value.v : value;
    if (inner.type === 'string') return inner;
    return this.errorf(`wrong type for value; expected string; got ${inner.type}`);
  }

  private evalArg(dot: Value, typ: ParamType | null, n: ArgNode): Value {
    this.at(n);
    switch (n.type) {
      case 'dot':
        return this.validateType(dot, typ);
      case 'nil':
        if (typ === 'string') this.errorf('cannot assign nil to string');
        return invalid;
      case 'field':
        return this.validateType(this.evalFieldNode(dot, n, [n], MISSING), typ);
      case 'variable':
        return this.validateType(this.evalVariableNode(dot, n, [], MISSING), typ);
      case 'pipe':
        return this.validateType(this.evalPipeline(dot, n), typ);
      case 'identifier':
        return this.validateType(this.evalFunction(dot, n, n, undefined, MISSING), typ);
      case 'chain':
        return this.validateType(this.evalChainNode(dot, n, [], MISSING), typ);
    }
    if (typ === 'string') {
      if (n.type === 'string') return str(n.text);
      return this.errorf(`expected string; found ${nodeString(n)}`);
    }
    // evalEmptyInterface, for a literal.
    switch (n.type) {
      case 'bool':
        return { type: 'bool', v: n.value };
      case 'number':
        return this.idealConstant(n);
      case 'string':
        return str(n.text);
    }
  }
}
