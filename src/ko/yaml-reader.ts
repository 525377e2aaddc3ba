// Reads a YAML document node by node, keeping each node's source position, so that every
// .ko.yaml problem is reported at `file:line:column`. Keys are matched case-insensitively
// because viper lowercases every key it reads.
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type Node,
  type Scalar,
} from 'yaml';
import { KoActionError } from '../util/errors.js';
import { splitFields, type Located } from './fields.js';
import type { SourcePosition } from './templates.js';

export interface YamlEntry {
  /** The key as written. */
  readonly key: string;
  /** The key lowercased, as viper sees it. */
  readonly name: string;
  readonly keyNode: Node;
  /** Undefined for `key:` with no value (null), which ko treats as unset. */
  readonly value: Node | undefined;
}

const listHint = 'write one item per line as "- item", or [a, b]';
const syntaxHint = 'Fix the YAML syntax: check indentation, quotes and that lists use "- ".';

/** A `.ko.yaml` finding that does not stop the build. */
export interface ConfigWarning {
  readonly message: string;
  readonly at: SourcePosition;
}

export class YamlReader {
  private readonly lineStarts: number[] = [0];
  private readonly doc: Document.Parsed;
  readonly root: Node | undefined;

  constructor(
    readonly file: string,
    readonly text: string,
  ) {
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.lineStarts.push(i + 1);
    const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
    this.doc = doc;
    const first = doc.errors[0];
    if (first) {
      // An unclosed [, { or quote is reported where the file ends; point at where it opens.
      const opened = unclosedAt(text, first.pos[0]);
      const message = `invalid YAML: ${first.message.split('\n')[0] ?? ''}`;
      throw this.error(opened ?? first.pos[0], message, syntaxHint);
    }
    const contents = doc.contents as Node | null;
    this.root = contents === null || isNull(contents) ? undefined : this.deref(contents);
  }

  position(offset: number): SourcePosition {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { file: this.file, line: lo + 1, column: offset - this.lineStarts[lo]! + 1 };
  }

  where(at: Node | number): string {
    const p = this.position(typeof at === 'number' ? at : (at.range?.[0] ?? 0));
    return `${p.file}:${p.line}:${p.column}`;
  }

  warning(at: Node, message: string): ConfigWarning {
    return { message, at: this.position(at.range?.[0] ?? 0) };
  }

  error(at: Node | number, message: string, hint?: string): KoActionError {
    const where = this.where(at);
    return new KoActionError('CONFIG', message, hint ? { where, hint } : { where });
  }

  /** Follows an alias (`*name`) to the node it names. */
  deref(node: Node): Node {
    if (!isAlias(node)) return node;
    // An unknown anchor is already a YAML error; this guards the types.
    const target = node.resolve(this.doc) as Node | undefined;
    if (!target) throw this.error(node, `unknown alias *${node.source}`, syntaxHint);
    return target;
  }

  /**
   * The entries of a map, in order, with `<<: *anchor` merge keys expanded (explicit keys win, as
   * in go-yaml). Two keys that differ only in case are an error: viper would keep either one.
   */
  entries(node: Node, what: string): YamlEntry[] {
    if (!isMap(node)) {
      throw this.error(
        node,
        `${what} must be a map (key: value), not ${describe(node)}`,
        'see https://ko.build/configuration/ for the layout of .ko.yaml',
      );
    }
    const merged: YamlEntry[] = [];
    const own: YamlEntry[] = [];
    for (const pair of node.items) {
      const keyNode = pair.key as Node | null;
      if (!keyNode || !isScalar(keyNode) || typeof keyNode.value !== 'string') {
        throw this.error(keyNode ?? node, `${what} has a key that is not a string`);
      }
      const value =
        pair.value === null || isNull(pair.value as Node) ? undefined : (pair.value as Node);
      if (keyNode.value === '<<' && keyNode.type === 'PLAIN') {
        const target = value && this.deref(value);
        const sources = !target ? [] : isSeq(target) ? (target.items as Node[]) : [target];
        for (const source of sources) {
          merged.push(...this.entries(this.deref(source), `the merge key "<<" in ${what}`));
        }
        continue;
      }
      own.push({
        key: keyNode.value,
        name: keyNode.value.toLowerCase(),
        keyNode,
        value: value && this.deref(value),
      });
    }
    const seen = new Map<string, YamlEntry>();
    for (const e of own) {
      const before = seen.get(e.name);
      if (before) {
        throw this.error(
          e.keyNode,
          `duplicate key "${e.key}" in ${what} (keys are case-insensitive; "${before.key}" is at ${this.where(before.keyNode)})`,
          'keep one of the two',
        );
      }
      seen.set(e.name, e);
    }
    // Among merged maps the first to name a key wins, as in YAML's merge-key spec.
    const inherited = merged.filter(
      (m, i) => !seen.has(m.name) && merged.findIndex((x) => x.name === m.name) === i,
    );
    return [...inherited, ...own];
  }

  /** The items of a list (aliases followed). */
  items(node: Node, what: string): Node[] {
    if (!isSeq(node)) {
      throw this.error(node, `${what} must be a list, not ${describe(node)}`, listHint);
    }
    return (node.items as Node[]).map((n) => this.deref(n));
  }

  /**
   * A string value. Numbers are accepted as their decimal text (viper decodes weakly: `id: 1`);
   * booleans, lists and maps are errors.
   */
  string(node: Node, what: string): Located {
    if (isScalar(node) && typeof node.value === 'string') return this.located(node, node.value);
    if (isScalar(node) && typeof node.value === 'number') {
      return { text: String(node.value), where: this.where(node) };
    }
    throw this.error(
      node,
      `${what} must be a string, not ${describe(node)}`,
      'quote the value if YAML reads it as something else: "true"',
    );
  }

  /**
   * A list of strings, or one string that is split as `split` says: `fields` (whitespace, as
   * viper's GetStringSlice and ko's FlagArray do) or `single` (ko's StringArray: one element).
   */
  stringList(node: Node, what: string, split: 'fields' | 'single'): Located[] {
    if (isScalar(node) && typeof node.value === 'string') {
      const whole = this.located(node, node.value);
      return split === 'single' ? [whole] : splitFields(whole);
    }
    if (!isSeq(node)) {
      throw this.error(
        node,
        `${what} must be a list${split === 'fields' ? ' or a space-separated string' : ' or a string'}, not ${describe(node)}`,
        listHint,
      );
    }
    return this.items(node, what).map((item, i) => {
      if (isNull(item)) throw this.error(item, `${what}[${i}] is empty`);
      return this.string(item, `${what}[${i}]`);
    });
  }

  /** A scalar's text, with an exact start position when its characters sit verbatim on one line. */
  private located(node: Scalar, value: string): Located {
    const where = this.where(node);
    const [start, end] = node.range ?? [0, 0];
    const raw = this.text.slice(start, end);
    const quote = node.type === 'QUOTE_SINGLE' ? "'" : node.type === 'QUOTE_DOUBLE' ? '"' : '';
    const verbatim =
      !raw.includes('\n') &&
      (node.type === 'PLAIN' || quote !== '') &&
      raw === `${quote}${value}${quote}`;
    return verbatim
      ? { text: value, where, at: this.position(start + quote.length) }
      : { text: value, where };
  }
}

export function isNull(node: Node): boolean {
  return isScalar(node) && node.value === null;
}

export function describe(node: Node): string {
  if (isMap(node)) return 'a map';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return 'empty';
    if (typeof v === 'number' || typeof v === 'bigint')
      return `a number (${node.source ?? String(v)})`;
    if (typeof v === 'boolean') return `a boolean (${String(v)})`;
    return `a ${typeof v}`;
  }
  return 'an unsupported value';
}

/**
 * The offset of the `[`, `{` or quote still open at `offset`, if any: where an unterminated flow
 * collection or string starts (a plain scan; comments and block scalars are rare there).
 */
function unclosedAt(text: string, offset: number): number | undefined {
  const open: number[] = [];
  let quote: { char: string; at: number } | undefined;
  for (let i = 0; i < Math.min(offset, text.length); i++) {
    const c = text[i];
    if (quote) {
      if (quote.char === '"' && c === '\\') i++;
      else if (c === quote.char) {
        if (quote.char === "'" && text[i + 1] === "'") i++;
        else quote = undefined;
      }
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ''))) {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '"' || (c === "'" && (i === 0 || /[\s[{,:]/.test(text[i - 1] ?? '')))) {
      quote = { char: c, at: i };
    } else if (c === '[' || c === '{') open.push(i);
    else if ((c === ']' || c === '}') && open.length) open.pop();
  }
  return quote?.at ?? open.at(-1);
}
