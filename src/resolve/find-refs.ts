// Finds ko:// references in a YAML stream the way ko's resolve does (docs/spec/ko-compat.md#92-matching): every scalar
// that resolves to a string and starts with `ko://` — mapping keys included — keyed by its
// trimmed value. Nodes behind aliases are not followed (ko's walker skips them too): the
// anchored node is the one reference site, and rewriting it changes every alias.
import {
  Composer,
  isAlias,
  isCollection,
  isPair,
  isScalar,
  LineCounter,
  Parser,
  type CST,
  type Document,
  type Node,
} from 'yaml';
import { KoActionError } from '../util/errors.js';
import { isKoReference } from '../ko/ko-reference.js';

/** Deeper YAML is refused before composing: yaml's composer recurses once per level. */
export const MAX_NESTING_DEPTH = 500;
/** Nodes that aliases may add when expanded (a "billion laughs" file adds ~10^9). */
export const MAX_ALIAS_EXPANSION = 1_000_000;

const STR_TAG = 'tag:yaml.org,2002:str';
const INVALID_HINT = 'Fix the YAML; every input must be a valid stream of YAML documents.';
const HOSTILE_HINT =
  'Kubernetes manifests never need this; check that the file is the one you meant to resolve.';

/** 1-based line and column (UTF-16 code units) of a node's first character. */
export interface Position {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** One scalar holding a reference, with the source token a rewrite replaces. */
export interface ReferenceSite {
  /** The lookup key: the value with surrounding whitespace trimmed, `ko://` included. */
  readonly ref: string;
  readonly token: CST.FlowScalar | CST.BlockScalar;
  readonly position: Position;
}

export interface References {
  /** Trimmed reference → where it occurs, in document order. */
  readonly refs: Map<string, Position[]>;
}

/** ko's strict-reference test: the unquoted value starts with ko:// (no leading whitespace). */
export function isReference(value: string): boolean {
  return isKoReference(value);
}

export function findReferences(text: string, file: string): References {
  const refs = new Map<string, Position[]>();
  for (const site of scanReferences(text, file)) {
    const list = refs.get(site.ref);
    if (list) list.push(site.position);
    else refs.set(site.ref, [site.position]);
  }
  return { refs };
}

/** Every reference site in `text`, in document order; throws on invalid or hostile YAML. */
export function scanReferences(text: string, file: string): ReferenceSite[] {
  const stream = parseStream(text, file);
  const sites: ReferenceSite[] = [];
  for (const doc of stream.docs) {
    const walk: Walk = { anchors: new Map(), open: new Set(), sizes: new Map(), sites, stream };
    measure(doc.contents, walk);
  }
  return sites;
}

export interface YamlStream {
  readonly docs: Document.Parsed[];
  /** `file:line:col` of an offset in the text. */
  readonly where: (offset: number) => string;
  readonly position: (offset: number) => Position;
}

/** Parses every document keeping source tokens; the first syntax error is thrown with its place. */
export function parseStream(text: string, file: string): YamlStream {
  const lineCounter = new LineCounter();
  const position = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const where = (offset: number): string => {
    const p = position(offset);
    return `${p.file}:${p.line}:${p.column}`;
  };
  const tokens = Array.from(new Parser(lineCounter.addNewLine).parse(text));
  checkNesting(tokens, where);
  const composer = new Composer({ keepSourceTokens: true, uniqueKeys: false });
  const docs = Array.from(composer.compose(tokens));
  for (const doc of docs) {
    const first = doc.errors.reduce<(typeof doc.errors)[number] | undefined>(
      (a, e) => (a === undefined || e.pos[0] < a.pos[0] ? e : a),
      undefined,
    );
    if (first) {
      throw new KoActionError('INPUT', `invalid YAML: ${first.message}`, {
        where: where(first.pos[0]),
        hint: INVALID_HINT,
      });
    }
  }
  return { docs, where, position };
}

/** Iterative walk of the concrete syntax tree, so hostile depth cannot overflow the stack. */
function checkNesting(tokens: readonly CST.Token[], where: (offset: number) => string): void {
  const stack: [CST.Token, number][] = tokens.map((t) => [t, 0]);
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [token, depth] = top;
    if (token.type === 'document') {
      if (token.value) stack.push([token.value, depth]);
    } else if (
      token.type === 'block-map' ||
      token.type === 'block-seq' ||
      token.type === 'flow-collection'
    ) {
      if (depth + 1 > MAX_NESTING_DEPTH) {
        throw new KoActionError('INPUT', `YAML nests deeper than ${MAX_NESTING_DEPTH} levels`, {
          where: where(token.offset),
          hint: HOSTILE_HINT,
        });
      }
      for (const item of token.items) {
        if (item.key) stack.push([item.key, depth + 1]);
        if (item.value) stack.push([item.value, depth + 1]);
      }
    }
  }
}

interface Size {
  /** Nodes when every alias is replaced by its target. */
  readonly expanded: number;
  /** Nodes as written (an alias counts once). */
  readonly literal: number;
}

interface Walk {
  /** Anchor name → the latest node that defined it, in document order (YAML's rule). */
  readonly anchors: Map<string, Node>;
  /** Anchored nodes still being walked: an alias to one of them is recursive. */
  readonly open: Set<Node>;
  readonly sizes: Map<Node, Size>;
  readonly sites: ReferenceSite[];
  readonly stream: YamlStream;
}

const NONE: Size = { expanded: 0, literal: 0 };
const ONE: Size = { expanded: 1, literal: 1 };

// Collects reference sites and, in the same pass, sizes every subtree as if aliases were
// expanded. Anchors always precede their aliases, so memoised sizes make this linear and its
// recursion is bounded by the nesting depth already checked.
function measure(node: unknown, walk: Walk): Size {
  if (node === null || node === undefined) return NONE;
  if (isAlias(node)) {
    const target = walk.anchors.get(node.source);
    const at = walk.stream.where(node.range?.[0] ?? 0);
    if (!target) {
      throw new KoActionError('INPUT', `alias *${node.source} refers to no anchor`, {
        where: at,
        hint: INVALID_HINT,
      });
    }
    const size = walk.sizes.get(target);
    if (walk.open.has(target) || !size) {
      throw new KoActionError('INPUT', `alias *${node.source} is inside its own anchor`, {
        where: at,
        hint: INVALID_HINT,
      });
    }
    return { expanded: size.expanded, literal: 1 };
  }
  if (isScalar(node)) {
    if (node.anchor) walk.anchors.set(node.anchor, node);
    if (typeof node.value === 'string' && isStringTag(node.tag) && isReference(node.value)) {
      const token = node.srcToken;
      if (!isScalarToken(token)) throw new Error(`scalar ${node.value} has no source token`);
      const position = walk.stream.position(token.offset);
      walk.sites.push({ ref: node.value.trim(), token, position });
    }
    if (node.anchor) walk.sizes.set(node, ONE);
    return ONE;
  }
  if (!isCollection(node)) return NONE;
  if (node.anchor) {
    walk.anchors.set(node.anchor, node);
    walk.open.add(node);
  }
  let expanded = 1;
  let literal = 1;
  const add = (s: Size): void => {
    expanded += s.expanded;
    literal += s.literal;
  };
  for (const item of node.items) {
    if (isPair(item)) {
      add(measure(item.key, walk));
      add(measure(item.value, walk));
    } else {
      add(measure(item, walk));
    }
  }
  if (expanded - literal > MAX_ALIAS_EXPANSION) {
    throw new KoActionError(
      'INPUT',
      `aliases expand this YAML by more than ${MAX_ALIAS_EXPANSION} nodes (an alias bomb?)`,
      { where: walk.stream.where(node.range?.[0] ?? 0), hint: HOSTILE_HINT },
    );
  }
  const size = { expanded, literal };
  if (node.anchor) {
    walk.open.delete(node);
    walk.sizes.set(node, size);
  }
  return size;
}

/** `!!str`, the non-specific `!`, or no tag: the value is a plain string (go-yaml's `!!str`). */
function isStringTag(tag: string | undefined): boolean {
  return tag === undefined || tag === '!' || tag === STR_TAG;
}

function isScalarToken(token: CST.Token | undefined): token is CST.FlowScalar | CST.BlockScalar {
  switch (token?.type) {
    case 'scalar':
    case 'single-quoted-scalar':
    case 'double-quoted-scalar':
    case 'block-scalar':
      return true;
    default:
      return false;
  }
}
