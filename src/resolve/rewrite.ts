// Rewrites ko:// references in place: only the source range of each matching scalar changes,
// in the scalar's own style, so comments, key order, quoting and document markers stay
// byte-identical. (ko re-encodes whole documents instead — docs/spec/ko-compat.md#93-replacement-and-output; we deliberately don't.)
import { isScalar, parseDocument, type CST } from 'yaml';
import { KoActionError } from '../util/errors.js';
import { parseStream, scanReferences, type ReferenceSite } from './find-refs.js';

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Replaces every reference whose trimmed value is a key of `replacements` with the mapped value
 * (the printed image reference). References without an entry are left as they are.
 */
export function rewriteReferences(
  text: string,
  replacements: ReadonlyMap<string, string>,
  file = '<yaml>',
): string {
  const edits: Edit[] = [];
  for (const site of scanReferences(text, file)) {
    const value = replacements.get(site.ref);
    if (value !== undefined) edits.push(...editsFor(text, site, value));
  }
  if (edits.length === 0) return text;
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  out += text.slice(at);
  // A quoting mistake here would hand broken YAML to kubectl; fail loudly instead.
  try {
    parseStream(out, file);
  } catch (e) {
    throw new KoActionError(
      'INPUT',
      `rewriting references broke the YAML: ${(e as Error).message}`,
      {
        where: file,
        hint: 'This is a ko-action bug; please report it with the input file.',
        cause: e,
      },
    );
  }
  return out;
}

function editsFor(text: string, site: ReferenceSite, value: string): Edit[] {
  const { token } = site;
  if (token.type === 'block-scalar') return blockEdits(text, token, value);
  const start = token.offset;
  const end = start + token.source.length;
  switch (token.type) {
    case 'scalar':
      return [{ start, end, text: isPlainSafe(value) ? value : doubleQuoted(value) }];
    case 'single-quoted-scalar': {
      const quoted = isPrintableLine(value) ? singleQuoted(value) : doubleQuoted(value);
      return [{ start, end, text: quoted }];
    }
    default:
      return [{ start, end, text: doubleQuoted(value) }];
  }
}

// Keeps the header's style, indentation indicator and comment, and the content indentation;
// replaces the content lines, leaving trailing blank lines alone. The value must become exactly
// the new reference (ko sets the node's value; Kubernetes rejects an image ending in "\n"), so
// clip or keep chomping turns into strip: `|` → `|-`, `>+` → `>-`, `|2` → `|-2`.
function blockEdits(text: string, token: CST.BlockScalar, value: string): Edit[] {
  const last = token.props[token.props.length - 1];
  const bodyStart = last && 'source' in last ? last.offset + last.source.length : token.offset;
  const body = token.source;
  if (text.slice(bodyStart, bodyStart + body.length) !== body) {
    throw new Error(`block scalar at offset ${token.offset} does not match its source`);
  }
  const indent = /^ */.exec(body)?.[0].length ?? 0;
  const contentEnd = endOfLastContentLine(body);
  if (isPrintableLine(value) && /^\S/.test(value)) {
    const edits = [{ start: bodyStart + indent, end: bodyStart + contentEnd, text: value }];
    const header = token.props.find((p) => p.type === 'block-scalar-header');
    if (header && 'source' in header && !header.source.includes('-')) {
      const style = header.source.charAt(0);
      const indicator = header.source.slice(1).replace('+', '');
      const end = header.offset + header.source.length;
      edits.push({ start: header.offset, end, text: `${style}-${indicator}` });
    }
    return edits;
  }
  // Not expressible as one content line: the header goes too, the scalar becomes a quoted one.
  return [{ start: token.offset, end: bodyStart + contentEnd, text: doubleQuoted(value) }];
}

/** Offset of the line break ending the last line that holds more than whitespace. */
function endOfLastContentLine(body: string): number {
  let i = body.length;
  while (i > 0 && ' \t\r\n'.includes(body.charAt(i - 1))) i--;
  while (i < body.length && !'\r\n'.includes(body.charAt(i))) i++;
  return i;
}

// Characters YAML will not take literally (c-printable) or that JSON/YAML readers treat as line
// breaks; a value holding any of them is written double-quoted with \u escapes.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|\p{Cs}/u;

function isPrintableLine(value: string): boolean {
  return !UNPRINTABLE.test(value);
}

// Conservative: image references (`ghcr.io/o/r@sha256:…`, `ko.local/x:hex`) pass; anything
// with spaces, flow indicators, comment starts or a leading indicator gets quoted.
const PLAIN_CHARS = /^[A-Za-z0-9_./][A-Za-z0-9_./:@+~=%-]*$/;

/** True when `value` reads back as the same string in plain style, in any context. */
export function isPlainSafe(value: string): boolean {
  if (!PLAIN_CHARS.test(value) || value.endsWith(':')) return false;
  // It must also stay a string: `1.5`, `true`, YAML 1.1 `1:20` or timestamps would not.
  return (['1.1', '1.2'] as const).every((version) => {
    const doc = parseDocument(value, { version, logLevel: 'silent' });
    const node = doc.contents;
    return (
      doc.errors.length === 0 &&
      isScalar(node) &&
      node.type === 'PLAIN' &&
      node.value === value &&
      node.tag === undefined
    );
  });
}

function singleQuoted(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** JSON's string syntax plus \u escapes for what YAML forbids: valid YAML and valid JSON. */
export function doubleQuoted(value: string): string {
  return JSON.stringify(value).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
