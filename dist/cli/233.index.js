export const id = 233;
export const ids = [233];
export const modules = {

/***/ 1233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  resolveFiles: () => (/* binding */ resolveFiles)
});

// UNUSED EXPORTS: writeResolvedFile

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/go/packages.ts
var go_packages = __webpack_require__(6033);
// EXTERNAL MODULE: ./src/ko/ko-reference.ts
var ko_reference = __webpack_require__(5550);
// EXTERNAL MODULE: ./src/engine/engine.ts + 66 modules
var engine = __webpack_require__(928);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/resolve/find-refs.ts
// Finds ko:// references in a YAML stream the way ko's resolve does (docs/spec/ko-compat.md#92-matching): every scalar
// that resolves to a string and starts with `ko://` — mapping keys included — keyed by its
// trimmed value. Nodes behind aliases are not followed (ko's walker skips them too): the
// anchored node is the one reference site, and rewriting it changes every alias.



/** Deeper YAML is refused before composing: yaml's composer recurses once per level. */
const MAX_NESTING_DEPTH = 500;
/** Nodes that aliases may add when expanded (a "billion laughs" file adds ~10^9). */
const MAX_ALIAS_EXPANSION = 1_000_000;
const STR_TAG = 'tag:yaml.org,2002:str';
const INVALID_HINT = 'Fix the YAML; every input must be a valid stream of YAML documents.';
const HOSTILE_HINT = 'Kubernetes manifests never need this; check that the file is the one you meant to resolve.';
/** ko's strict-reference test: the unquoted value starts with ko:// (no leading whitespace). */
function isReference(value) {
    return (0,ko_reference/* isKoReference */._4)(value);
}
function findReferences(text, file) {
    const refs = new Map();
    for (const site of scanReferences(text, file)) {
        const list = refs.get(site.ref);
        if (list)
            list.push(site.position);
        else
            refs.set(site.ref, [site.position]);
    }
    return { refs };
}
/** Every reference site in `text`, in document order; throws on invalid or hostile YAML. */
function scanReferences(text, file) {
    const stream = parseStream(text, file);
    const sites = [];
    for (const doc of stream.docs) {
        const walk = { anchors: new Map(), open: new Set(), sizes: new Map(), sites, stream };
        measure(doc.contents, walk);
    }
    return sites;
}
/** Parses every document keeping source tokens; the first syntax error is thrown with its place. */
function parseStream(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const position = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { file, line, column: col };
    };
    const where = (offset) => {
        const p = position(offset);
        return `${p.file}:${p.line}:${p.column}`;
    };
    const tokens = Array.from(new dist/* Parser */.iX(lineCounter.addNewLine).parse(text));
    checkNesting(tokens, where);
    const composer = new dist/* Composer */.Dk({ keepSourceTokens: true, uniqueKeys: false });
    const docs = Array.from(composer.compose(tokens));
    for (const doc of docs) {
        const first = doc.errors.reduce((a, e) => (a === undefined || e.pos[0] < a.pos[0] ? e : a), undefined);
        if (first) {
            throw new errors/* KoActionError */.jV('INPUT', `invalid YAML: ${first.message}`, {
                where: where(first.pos[0]),
                hint: INVALID_HINT,
            });
        }
    }
    return { docs, where, position };
}
/** Iterative walk of the concrete syntax tree, so hostile depth cannot overflow the stack. */
function checkNesting(tokens, where) {
    const stack = tokens.map((t) => [t, 0]);
    for (let top = stack.pop(); top; top = stack.pop()) {
        const [token, depth] = top;
        if (token.type === 'document') {
            if (token.value)
                stack.push([token.value, depth]);
        }
        else if (token.type === 'block-map' ||
            token.type === 'block-seq' ||
            token.type === 'flow-collection') {
            if (depth + 1 > MAX_NESTING_DEPTH) {
                throw new errors/* KoActionError */.jV('INPUT', `YAML nests deeper than ${MAX_NESTING_DEPTH} levels`, {
                    where: where(token.offset),
                    hint: HOSTILE_HINT,
                });
            }
            for (const item of token.items) {
                if (item.key)
                    stack.push([item.key, depth + 1]);
                if (item.value)
                    stack.push([item.value, depth + 1]);
            }
        }
    }
}
const NONE = { expanded: 0, literal: 0 };
const ONE = { expanded: 1, literal: 1 };
// Collects reference sites and, in the same pass, sizes every subtree as if aliases were
// expanded. Anchors always precede their aliases, so memoised sizes make this linear and its
// recursion is bounded by the nesting depth already checked.
function measure(node, walk) {
    if (node === null || node === undefined)
        return NONE;
    if ((0,dist/* isAlias */.Vj)(node)) {
        const target = walk.anchors.get(node.source);
        const at = walk.stream.where(node.range?.[0] ?? 0);
        if (!target) {
            throw new errors/* KoActionError */.jV('INPUT', `alias *${node.source} refers to no anchor`, {
                where: at,
                hint: INVALID_HINT,
            });
        }
        const size = walk.sizes.get(target);
        if (walk.open.has(target) || !size) {
            throw new errors/* KoActionError */.jV('INPUT', `alias *${node.source} is inside its own anchor`, {
                where: at,
                hint: INVALID_HINT,
            });
        }
        return { expanded: size.expanded, literal: 1 };
    }
    if ((0,dist/* isScalar */.jn)(node)) {
        if (node.anchor)
            walk.anchors.set(node.anchor, node);
        if (typeof node.value === 'string' && isStringTag(node.tag) && isReference(node.value)) {
            const token = node.srcToken;
            if (!isScalarToken(token))
                throw new Error(`scalar ${node.value} has no source token`);
            const position = walk.stream.position(token.offset);
            walk.sites.push({ ref: node.value.trim(), token, position });
        }
        if (node.anchor)
            walk.sizes.set(node, ONE);
        return ONE;
    }
    if (!(0,dist/* isCollection */.P3)(node))
        return NONE;
    if (node.anchor) {
        walk.anchors.set(node.anchor, node);
        walk.open.add(node);
    }
    let expanded = 1;
    let literal = 1;
    const add = (s) => {
        expanded += s.expanded;
        literal += s.literal;
    };
    for (const item of node.items) {
        if ((0,dist/* isPair */.tO)(item)) {
            add(measure(item.key, walk));
            add(measure(item.value, walk));
        }
        else {
            add(measure(item, walk));
        }
    }
    if (expanded - literal > MAX_ALIAS_EXPANSION) {
        throw new errors/* KoActionError */.jV('INPUT', `aliases expand this YAML by more than ${MAX_ALIAS_EXPANSION} nodes (an alias bomb?)`, { where: walk.stream.where(node.range?.[0] ?? 0), hint: HOSTILE_HINT });
    }
    const size = { expanded, literal };
    if (node.anchor) {
        walk.open.delete(node);
        walk.sizes.set(node, size);
    }
    return size;
}
/** `!!str`, the non-specific `!`, or no tag: the value is a plain string (go-yaml's `!!str`). */
function isStringTag(tag) {
    return tag === undefined || tag === '!' || tag === STR_TAG;
}
function isScalarToken(token) {
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

;// CONCATENATED MODULE: ./src/util/glob.ts
// The glob subset users write for manifests (`config/*.yaml`, `deploy/**/*.yml`, `k8s/app-?.yaml`,
// `[a-c]*.json`), on Node 20's fs (fs.glob is Node 22+). `*`, `?` and `[...]` stay within one
// path segment and skip dot-names unless the segment starts with a literal `.`; `**` matches zero
// or more directories, never dot-directories. `\` escapes the next character (POSIX only:
// on Windows it is a path separator).


/** True when `pattern` has glob syntax (an existing path of that name still wins: see inputs). */
function hasGlobMagic(pattern) {
    return /[*?[]/.test(pattern);
}
/** Paths (files and directories) matching `pattern`, relative if it is, in walk order. */
async function expandGlob(pattern, cwd) {
    const normalised = external_node_path_.sep === '\\' ? pattern.replaceAll('\\', '/') : pattern;
    const absolute = normalised.startsWith('/');
    const segments = normalised.split('/').filter((s) => s !== '' && s !== '.');
    const found = new Set();
    await walk(absolute ? '/' : '', segments, cwd, found);
    return [...found].sort(comparePaths);
}
async function walk(base, segments, cwd, found) {
    const [segment, ...rest] = segments;
    if (segment === undefined) {
        found.add(base === '' ? '.' : base);
        return;
    }
    if (segment === '**') {
        await walk(base, rest, cwd, found);
        // Symlinked directories are not followed here: a link cycle would never end.
        for (const dir of await entries(base, cwd, 'real-dirs')) {
            if (!dir.startsWith('.'))
                await walk((0,external_node_path_.join)(base, dir), segments, cwd, found);
        }
        return;
    }
    if (!/[*?[\\]/.test(segment)) {
        const path = (0,external_node_path_.join)(base, segment);
        if (await kind((0,external_node_path_.resolve)(cwd, path), rest.length > 0))
            await walk(path, rest, cwd, found);
        return;
    }
    const matcher = segmentRegExp(segment);
    const dotOk = segment.startsWith('.');
    for (const name of await entries(base, cwd, rest.length > 0 ? 'dirs' : 'all')) {
        if ((dotOk || !name.startsWith('.')) && matcher.test(name)) {
            await walk((0,external_node_path_.join)(base, name), rest, cwd, found);
        }
    }
}
/** Names in `base`, sorted: all, directories (links followed), or real directories only. */
async function entries(base, cwd, which) {
    const dir = (0,external_node_path_.resolve)(cwd, base === '' ? '.' : base);
    let dirents;
    try {
        dirents = await (0,promises_.readdir)(dir, { withFileTypes: true });
    }
    catch {
        return []; // unreadable or not a directory: no matches below it
    }
    const names = [];
    for (const d of dirents) {
        if (which === 'all' || d.isDirectory())
            names.push(d.name);
        else if (which === 'dirs' && d.isSymbolicLink() && (await kind((0,external_node_path_.join)(dir, d.name), true))) {
            names.push(d.name);
        }
    }
    return names.sort(compareNames);
}
/** Whether `path` exists (and, if `dirOnly`, is a directory), following symlinks. */
async function kind(path, dirOnly) {
    try {
        const s = await (0,promises_.stat)(path);
        return dirOnly ? s.isDirectory() : true;
    }
    catch {
        return false;
    }
}
/** Translates one path segment of a glob into an anchored RegExp. */
function segmentRegExp(segment) {
    let re = '';
    for (let i = 0; i < segment.length; i++) {
        const c = segment.charAt(i);
        if (c === '*') {
            while (segment.charAt(i + 1) === '*')
                i++;
            re += '[^/]*';
        }
        else if (c === '?') {
            re += '[^/]';
        }
        else if (c === '\\' && i + 1 < segment.length) {
            re += escapeRegExp(segment.charAt(++i));
        }
        else if (c === '[') {
            const cls = bracketClass(segment, i);
            if (cls) {
                re += cls.re;
                i = cls.end;
            }
            else {
                re += '\\[';
            }
        }
        else {
            re += escapeRegExp(c);
        }
    }
    return new RegExp(`^${re}$`);
}
// `[abc]`, `[a-z]`, `[!x]`/`[^x]`; a `]` right after the opening (or the negation) is literal.
function bracketClass(segment, open) {
    let i = open + 1;
    const negate = segment.charAt(i) === '!' || segment.charAt(i) === '^';
    if (negate)
        i++;
    let body = '';
    for (let first = true; i < segment.length; i++, first = false) {
        const c = segment.charAt(i);
        if (c === ']' && !first)
            return { re: `[${negate ? '^/' : ''}${body}]`, end: i };
        if (c === '\\' && i + 1 < segment.length)
            body += `\\${segment.charAt(++i)}`;
        else if (c === '-')
            body += '-';
        else
            body += /[\]\\^[]/.test(c) ? `\\${c}` : c;
    }
    return undefined;
}
function escapeRegExp(c) {
    return /[.*+?^${}()|[\]\\/-]/.test(c) ? `\\${c}` : c;
}
/** Byte order of UTF-8, as Go's sort.Strings (ko's walk order). */
function compareNames(a, b) {
    return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
/** Walk order: segment by segment, a directory before everything inside it. */
function comparePaths(a, b) {
    const as = a.split(/[\\/]/);
    const bs = b.split(/[\\/]/);
    for (let i = 0; i < Math.min(as.length, bs.length); i++) {
        const c = compareNames(as[i] ?? '', bs[i] ?? '');
        if (c !== 0)
            return c;
    }
    return as.length - bs.length;
}

;// CONCATENATED MODULE: ./src/resolve/inputs.ts
// Turns `resolve` arguments (files, directories, globs) into the list of files to read, as ko's
// `-f` does (docs/spec/ko-compat.md#91-inputs): a named file is taken whatever its extension; a
// directory gives its `.json`, `.yaml` and — unlike ko — `.yml` files in lexical order: its top
// level only, or every level below it with `recursive` (ko's -R).
// `-` (stdin) is passed through in place for the caller to read.




const STDIN = '-';
/** Extensions taken from directories; explicitly named files may have any. */
const MANIFEST_EXTENSIONS = ['.json', '.yaml', '.yml'];
/**
 * Expands every argument in order; each argument's files are in walk order. A file reached
 * twice is kept at its first place. Paths keep the argument's form (relative stays relative).
 */
async function expandInputs(args, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const where = options.where ?? 'resolve';
    const walk = {
        cwd,
        where,
        recursive: options.recursive ?? false,
        extensions: options.extensions ?? MANIFEST_EXTENSIONS,
    };
    const out = [];
    const seen = new Set();
    const keep = (path) => {
        const key = path === STDIN ? STDIN : (0,external_node_path_.resolve)(cwd, path);
        if (seen.has(key))
            return;
        seen.add(key);
        out.push(path);
    };
    for (const raw of args) {
        const arg = raw.trim();
        if (arg === '')
            continue;
        if (arg === STDIN) {
            keep(STDIN);
            continue;
        }
        for (const path of await expandOne(arg, walk))
            keep(path);
    }
    return out;
}
async function expandOne(arg, walk) {
    const { cwd, where } = walk;
    const isDir = await pathKind(arg, cwd, where);
    if (isDir !== undefined)
        return isDir ? walkDirectory(arg, walk) : [arg];
    if (!hasGlobMagic(arg)) {
        throw new errors/* KoActionError */.jV('INPUT', `${arg}: no such file or directory`, {
            where,
            hint: `Paths are relative to ${cwd}; check the spelling or add the file to the checkout.`,
        });
    }
    let matches;
    try {
        matches = await expandGlob(arg, cwd);
    }
    catch (e) {
        throw new errors/* KoActionError */.jV('INPUT', `invalid glob ${arg}: ${e.message}`, {
            where,
            hint: 'Supported: *, ** (any directories), ? and [...] classes such as [a-z] or [!x].',
            cause: e,
        });
    }
    if (matches.length === 0) {
        throw new errors/* KoActionError */.jV('INPUT', `no files match ${arg}`, {
            where,
            hint: `Globs are relative to ${cwd}; * and ? do not match names starting with a dot.`,
        });
    }
    const files = [];
    for (const m of matches) {
        // A directory the glob matched counts as if it had been named.
        const dir = await pathKind(m, cwd, where);
        files.push(...(dir ? await walkDirectory(m, walk) : [m]));
    }
    // Directories the glob matched at several depths (`sub/**`): files in walk order, once each.
    return [...new Set(files)].sort(comparePaths);
}
/** true: directory, false: something else, undefined: nothing there. Symlinks are followed. */
async function pathKind(path, cwd, where) {
    try {
        return (await (0,promises_.stat)((0,external_node_path_.resolve)(cwd, path))).isDirectory();
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        throw new errors/* KoActionError */.jV('INPUT', `${path}: cannot read (${code ?? String(e)})`, {
            where,
            hint: 'Check the permissions of the file or directory.',
            cause: e,
        });
    }
}
/**
 * Manifest files in `dir` (and below it when `recursive`), in Go filepath.Walk order (lexical per
 * directory, a directory's contents where its name sorts). Like Walk, symlinked directories
 * inside are not followed.
 */
async function walkDirectory(dir, walk) {
    const { cwd, recursive, extensions } = walk;
    const files = [];
    const dirents = await (0,promises_.readdir)((0,external_node_path_.resolve)(cwd, dir), { withFileTypes: true });
    dirents.sort((a, b) => compareNames(a.name, b.name));
    for (const d of dirents) {
        const path = (0,external_node_path_.join)(dir, d.name);
        if (d.isDirectory()) {
            if (recursive)
                files.push(...(await walkDirectory(path, walk)));
        }
        else if (extensions.includes((0,external_node_path_.extname)(d.name)) && (await isFile(path, cwd, d))) {
            files.push(path);
        }
    }
    return files;
}
async function isFile(path, cwd, d) {
    if (d.isFile())
        return true;
    if (!d.isSymbolicLink())
        return false;
    try {
        return (await (0,promises_.stat)((0,external_node_path_.resolve)(cwd, path))).isFile();
    }
    catch {
        return false; // a dangling link
    }
}

;// CONCATENATED MODULE: ./src/resolve/rewrite.ts
// Rewrites ko:// references in place: only the source range of each matching scalar changes,
// in the scalar's own style, so comments, key order, quoting and document markers stay
// byte-identical. (ko re-encodes whole documents instead — docs/spec/ko-compat.md#93-replacement-and-output; we deliberately don't.)



/**
 * Replaces every reference whose trimmed value is a key of `replacements` with the mapped value
 * (the printed image reference). References without an entry are left as they are.
 */
function rewriteReferences(text, replacements, file = '<yaml>') {
    const edits = [];
    for (const site of scanReferences(text, file)) {
        const value = replacements.get(site.ref);
        if (value !== undefined)
            edits.push(...editsFor(text, site, value));
    }
    if (edits.length === 0)
        return text;
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
    }
    catch (e) {
        throw new errors/* KoActionError */.jV('INPUT', `rewriting references broke the YAML: ${e.message}`, {
            where: file,
            hint: 'This is a ko-action bug; please report it with the input file.',
            cause: e,
        });
    }
    return out;
}
function editsFor(text, site, value) {
    const { token } = site;
    if (token.type === 'block-scalar')
        return blockEdits(text, token, value);
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
function blockEdits(text, token, value) {
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
function endOfLastContentLine(body) {
    let i = body.length;
    while (i > 0 && ' \t\r\n'.includes(body.charAt(i - 1)))
        i--;
    while (i < body.length && !'\r\n'.includes(body.charAt(i)))
        i++;
    return i;
}
// Characters YAML will not take literally (c-printable) or that JSON/YAML readers treat as line
// breaks; a value holding any of them is written double-quoted with \u escapes.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|\p{Cs}/u;
function isPrintableLine(value) {
    return !UNPRINTABLE.test(value);
}
// Conservative: image references (`ghcr.io/o/r@sha256:…`, `ko.local/x:hex`) pass; anything
// with spaces, flow indicators, comment starts or a leading indicator gets quoted.
const PLAIN_CHARS = /^[A-Za-z0-9_./][A-Za-z0-9_./:@+~=%-]*$/;
/** True when `value` reads back as the same string in plain style, in any context. */
function isPlainSafe(value) {
    if (!PLAIN_CHARS.test(value) || value.endsWith(':'))
        return false;
    // It must also stay a string: `1.5`, `true`, YAML 1.1 `1:20` or timestamps would not.
    return ['1.1', '1.2'].every((version) => {
        const doc = (0,dist/* parseDocument */.Tp)(value, { version, logLevel: 'silent' });
        const node = doc.contents;
        return (doc.errors.length === 0 &&
            (0,dist/* isScalar */.jn)(node) &&
            node.type === 'PLAIN' &&
            node.value === value &&
            node.tag === undefined);
    });
}
function singleQuoted(value) {
    return `'${value.replaceAll("'", "''")}'`;
}
/** JSON's string syntax plus \u escapes for what YAML forbids: valid YAML and valid JSON. */
function doubleQuoted(value) {
    return JSON.stringify(value).replace(/[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

;// CONCATENATED MODULE: ./src/resolve/selector.ts
// ko's -l/--selector (pkg/resolve/selector.go with k8s.io/apimachinery labels.Parse): only the
// documents whose metadata.labels match are resolved and printed. A null document never matches;
// a document that is not a Kubernetes object (no apiVersion and kind) is an error; a `List` keeps
// the items that match and is dropped when none does. Documents are kept as written: only a List
// whose items were filtered is written anew.


const keyPattern = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const valuePattern = /^(([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9])?$/;
/** labels.Parse: requirements joined by commas (commas inside `( )` belong to a set). */
function parseSelector(text) {
    const bad = (why) => new errors/* KoActionError */.jV('INPUT', `unable to parse selector "${text}": ${why}`, {
        where: '--selector',
        hint: "write key=value, key!=value, key in (a,b), key notin (a,b), key or !key, joined by ','",
    });
    const parts = [];
    let depth = 0;
    let cur = '';
    for (const c of text) {
        if (c === '(')
            depth++;
        if (c === ')')
            depth--;
        if (c === ',' && depth === 0) {
            parts.push(cur);
            cur = '';
        }
        else
            cur += c;
    }
    parts.push(cur);
    if (text.trim() === '')
        return [];
    return parts.map((raw) => {
        const p = raw.trim();
        let m;
        let req;
        if ((m = /^!\s*(\S+)$/.exec(p)))
            req = { key: m[1] ?? '', op: '!exists' };
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
        else if ((m = /^(\S+)$/.exec(p)))
            req = { key: m[1] ?? '', op: 'exists' };
        else
            throw bad(`"${p}" is not a requirement`);
        if (!keyPattern.test(req.key))
            throw bad(`"${req.key}" is not a valid label key`);
        if ('values' in req) {
            for (const v of req.values)
                if (!valuePattern.test(v))
                    throw bad(`"${v}" is not a valid label value`);
        }
        return req;
    });
}
function matches(selector, labels) {
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
                if (v === undefined || !/^-?\d+$/.test(v))
                    return false;
                return r.op === '>' ? Number(v) > r.n : Number(v) < r.n;
        }
    });
}
/** The documents of `text` that match, as text; `file` names errors. */
function selectDocuments(text, selector, file) {
    const docs = (0,dist/* parseAllDocuments */.hR)(text);
    if (!Array.isArray(docs))
        return ''; // an empty stream
    const kept = [];
    docs.forEach((doc, i) => {
        const start = i === 0 ? 0 : doc.range[0];
        const end = docs[i + 1]?.range[0] ?? text.length;
        const chunk = text.slice(start, end);
        const verdict = documentVerdict(doc, selector, file);
        if (verdict === 'keep')
            kept.push(chunk);
        else if (verdict !== 'drop')
            kept.push(`${i > 0 ? '---\n' : ''}${verdict.text}`);
    });
    return kept.join('');
}
/** keep, drop, or the List's new text with only its matching items. */
function documentVerdict(doc, selector, file) {
    const root = doc.contents;
    if (root === null || ((0,dist/* isScalar */.jn)(root) && root.value === null))
        return 'drop';
    const kind = (0,dist/* isMap */.jh)(root) && (0,dist/* isScalar */.jn)(root.get('apiVersion', true)) ? root.get('kind') : undefined;
    if (typeof kind !== 'string') {
        throw new errors/* KoActionError */.jV('INPUT', "error evaluating selector: yaml doesn't represent a k8s object", {
            where: file,
            hint: 'every document must have apiVersion and kind when -l/--selector is given',
        });
    }
    if (kind !== 'List')
        return matches(selector, labelsOf(root)) ? 'keep' : 'drop';
    const items = (0,dist/* isMap */.jh)(root) ? root.get('items', true) : undefined;
    if (!(0,dist/* isSeq */.oP)(items)) {
        throw new errors/* KoActionError */.jV('INPUT', 'error evaluating selector: yaml is not a valid k8s list', {
            where: file,
        });
    }
    const before = items.items.length;
    items.items = items.items.filter((item) => matches(selector, labelsOf(item)));
    if (items.items.length === 0)
        return 'drop';
    return items.items.length === before ? 'keep' : { text: doc.toString() };
}
function labelsOf(node) {
    const out = new Map();
    if (!(0,dist/* isMap */.jh)(node))
        return out;
    const metadata = node.get('metadata', true);
    const labels = (0,dist/* isMap */.jh)(metadata) ? metadata.get('labels', true) : undefined;
    if (!(0,dist/* isMap */.jh)(labels))
        return out;
    for (const pair of labels.items) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : undefined;
        const raw = (0,dist/* isScalar */.jn)(pair.value) ? pair.value.value : '';
        const value = typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean'
            ? String(raw)
            : '';
        if (key !== undefined)
            out.set(key, value);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/resolve/resolve-files.ts
// resolve: find ko:// references in YAML, build each distinct package once, and rewrite every
// occurrence with the pinned reference ko would print, keeping the rest of each file as it was.










async function resolveFiles(request, plan, deps, readStdin = noStdin) {
    const cwd = plan.workingDirectory;
    const files = await expandInputs(request.patterns, {
        cwd,
        where: 'resolve',
        recursive: request.recursive,
        ...(request.extensions ? { extensions: request.extensions } : {}),
    });
    const selector = request.selector !== undefined ? parseSelector(request.selector) : undefined;
    const docs = await Promise.all(files.map(async (file) => {
        // Paths stay as written (errors name them so); they are relative to working-directory.
        const read = file === STDIN ? await readStdin() : await (0,promises_.readFile)((0,external_node_path_.resolve)(cwd, file), 'utf8');
        const text = selector ? selectDocuments(read, selector, file) : read;
        return { file, text, refs: findReferences(text, file).refs };
    }));
    // Each distinct reference once, in first-seen order; where it was first seen, for errors.
    const firstSeen = new Map();
    for (const d of docs) {
        for (const [ref, positions] of d.refs)
            if (!firstSeen.has(ref) && positions[0])
                firstSeen.set(ref, positions[0]);
    }
    const refs = [...firstSeen.keys()];
    let images = [];
    if (refs.length) {
        try {
            images = await (0,engine/* runBuild */.c)(plan, deps, refs.map((r) => ({ requested: r, naming: 'as-written' })));
        }
        catch (e) {
            throw atReference(e, refs, firstSeen);
        }
    }
    const replaced = new Map(refs.map((r, i) => [r, images[i]?.ref ?? r]));
    const outputs = docs.map((d) => rewriteReferences(d.text, replaced, d.file));
    return { yaml: joinDocuments(outputs), images, replaced };
}
/** The action has no stdin to read: `-` is for the CLI. */
function noStdin() {
    return Promise.reject(new errors/* KoActionError */.jV('INPUT', '"-" (stdin) cannot be read in an action step', {
        where: 'resolve',
        hint: 'name files, directories or globs; `-` works with the ko-action CLI',
    }));
}
/** A package error points at the YAML that named it, as `file:line:column`. */
function atReference(e, refs, seen) {
    if (!(e instanceof go_packages/* PackageLoadError */.Zb))
        return e;
    const ref = refs.find((r) => (0,ko_reference/* stripKoScheme */.ug)(r.trim()) === e.requested);
    const pos = ref ? seen.get(ref) : undefined;
    if (!pos)
        return e;
    return new errors/* KoActionError */.jV('GO_BUILD', e.message, {
        where: `${pos.file}:${pos.line}:${pos.column}`,
        hint: 'a ko:// reference must name a main package in this module',
        cause: e,
    });
}
/** Files are kept whole; between two files a document separator is added, as ko separates them. */
function joinDocuments(texts) {
    return texts
        .map((t, i) => (i < texts.length - 1 && !t.endsWith('\n') ? `${t}\n` : t))
        .join('---\n');
}
async function writeResolvedFile(path, yaml) {
    const abs = resolvePath(path);
    await mkdir(dirname(abs), { recursive: true });
    await writeFile(abs, yaml);
    return abs;
}


/***/ })

};
