// ko's -l/--selector (pkg/resolve/selector.go with k8s.io/apimachinery labels.Parse): only the
// documents whose metadata.labels match are resolved and printed. A null document never matches;
// a document that is not a Kubernetes object (no apiVersion and kind) is an error; a `List` keeps
// the items that match and is dropped when none does. Documents are kept as written: only a List
// whose items were filtered is written anew.
import { isMap, isScalar, isSeq, parseAllDocuments, type Document } from 'yaml';
import { KoActionError } from '../util/errors.js';

type Requirement =
  | { readonly key: string; readonly op: 'exists' | '!exists' }
  | {
      readonly key: string;
      readonly op: '=' | '!=' | 'in' | 'notin';
      readonly values: readonly string[];
    }
  | { readonly key: string; readonly op: '>' | '<'; readonly n: number };

export type Selector = readonly Requirement[];

const keyPattern =
  /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const valuePattern = /^(([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9])?$/;

/** labels.Parse: requirements joined by commas (commas inside `( )` belong to a set). */
export function parseSelector(text: string): Selector {
  const bad = (why: string): KoActionError =>
    new KoActionError('INPUT', `unable to parse selector "${text}": ${why}`, {
      where: '--selector',
      hint: "write key=value, key!=value, key in (a,b), key notin (a,b), key or !key, joined by ','",
    });
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of text) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (c === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += c;
  }
  parts.push(cur);
  if (text.trim() === '') return [];
  return parts.map((raw) => {
    const p = raw.trim();
    let m: RegExpExecArray | null;
    let req: Requirement;
    if ((m = /^!\s*(\S+)$/.exec(p))) req = { key: m[1] ?? '', op: '!exists' };
    else if ((m = /^(\S+?)\s*(==|=|!=)\s*(\S*)$/.exec(p)))
      req = { key: m[1] ?? '', op: m[2] === '!=' ? '!=' : '=', values: [m[3] ?? ''] };
    else if ((m = /^(\S+)\s+(in|notin)\s*\(([^()]*)\)$/.exec(p)))
      req = {
        key: m[1] ?? '',
        op: m[2] === 'in' ? 'in' : 'notin',
        values: (m[3] ?? '').split(',').map((v) => v.trim()),
      };
    else if ((m = /^(\S+?)\s*([<>])\s*(-?\d+)$/.exec(p)))
      req = { key: m[1] ?? '', op: m[2] === '<' ? '<' : '>', n: Number(m[3]) };
    else if ((m = /^(\S+)$/.exec(p))) req = { key: m[1] ?? '', op: 'exists' };
    else throw bad(`"${p}" is not a requirement`);
    if (!keyPattern.test(req.key)) throw bad(`"${req.key}" is not a valid label key`);
    if ('values' in req) {
      for (const v of req.values)
        if (!valuePattern.test(v)) throw bad(`"${v}" is not a valid label value`);
    }
    return req;
  });
}

function matches(selector: Selector, labels: ReadonlyMap<string, string>): boolean {
  return selector.every((r) => {
    const v = labels.get(r.key);
    switch (r.op) {
      case 'exists':
        return v !== undefined;
      case '!exists':
        return v === undefined;
      case '=':
      case 'in':
        return v !== undefined && r.values.includes(v);
      case '!=':
      case 'notin':
        return v === undefined || !r.values.includes(v);
      case '>':
      case '<':
        if (v === undefined || !/^-?\d+$/.test(v)) return false;
        return r.op === '>' ? Number(v) > r.n : Number(v) < r.n;
    }
  });
}

/** The documents of `text` that match, as text; `file` names errors. */
export function selectDocuments(text: string, selector: Selector, file: string): string {
  const docs = parseAllDocuments(text);
  if (!Array.isArray(docs)) return ''; // an empty stream
  const kept: string[] = [];
  docs.forEach((doc, i) => {
    const start = i === 0 ? 0 : doc.range[0];
    const end = docs[i + 1]?.range[0] ?? text.length;
    const chunk = text.slice(start, end);
    const verdict = documentVerdict(doc, selector, file);
    if (verdict === 'keep') kept.push(chunk);
    else if (verdict !== 'drop') kept.push(`${i > 0 ? '---\n' : ''}${verdict.text}`);
  });
  return kept.join('');
}

type Verdict = 'keep' | 'drop' | { readonly text: string };

/** keep, drop, or the List's new text with only its matching items. */
function documentVerdict(doc: Document, selector: Selector, file: string): Verdict {
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return 'drop';
  const kind = isMap(root) && isScalar(root.get('apiVersion', true)) ? root.get('kind') : undefined;
  if (typeof kind !== 'string') {
    throw new KoActionError(
      'INPUT',
      "error evaluating selector: yaml doesn't represent a k8s object",
      {
        where: file,
        hint: 'every document must have apiVersion and kind when -l/--selector is given',
      },
    );
  }
  if (kind !== 'List') return matches(selector, labelsOf(root)) ? 'keep' : 'drop';
  const items = isMap(root) ? root.get('items', true) : undefined;
  if (!isSeq(items)) {
    throw new KoActionError('INPUT', 'error evaluating selector: yaml is not a valid k8s list', {
      where: file,
    });
  }
  const before = items.items.length;
  items.items = items.items.filter((item) => matches(selector, labelsOf(item)));
  if (items.items.length === 0) return 'drop';
  return items.items.length === before ? 'keep' : { text: doc.toString() };
}

function labelsOf(node: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (!isMap(node)) return out;
  const metadata = node.get('metadata', true);
  const labels = isMap(metadata) ? metadata.get('labels', true) : undefined;
  if (!isMap(labels)) return out;
  for (const pair of labels.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    const raw: unknown = isScalar(pair.value) ? pair.value.value : '';
    const value =
      typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean'
        ? String(raw)
        : '';
    if (key !== undefined) out.set(key, value);
  }
  return out;
}
