export const id = 222;
export const ids = [222];
export const modules = {

/***/ 6222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseKoConfig: () => (/* binding */ parseKoConfig)
});

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/oci/capabilities.ts
var capabilities = __webpack_require__(4319);
// EXTERNAL MODULE: ./src/ko/fields.ts
var fields = __webpack_require__(1569);
;// CONCATENATED MODULE: ./src/ko/ko-builds.ts



const buildKeys = ['id', 'dir', 'main', 'env', 'flags', 'ldflags', 'linux_capabilities'];
// GoReleaser build keys that ko ignores: a warning, not an error, so GoReleaser-style configs
// that work with ko keep working. The value says what to do instead.
const goreleaserKeys = {
    goos: 'use defaultPlatforms or the platforms input',
    goarch: 'use defaultPlatforms or the platforms input',
    goarm: 'use a platform variant such as linux/arm/v7',
    goamd64: 'use a platform variant such as linux/amd64/v3',
    goarm64: 'ko ignores it',
    gomips: 'ko ignores it',
    go386: 'ko ignores it',
    goppc64: 'ko ignores it',
    goriscv64: 'ko ignores it',
    targets: 'use defaultPlatforms or the platforms input',
    ignore: 'use defaultPlatforms or the platforms input',
    binary: 'ko names the binary after the import path',
    gcflags: 'put -gcflags=… in flags',
    asmflags: 'put -asmflags=… in flags',
    tags: 'put -tags=… in flags',
    mod_timestamp: 'ko uses SOURCE_DATE_EPOCH',
    gobinary: 'ko uses KO_GO_PATH or the go-version input',
    tool: 'ko uses KO_GO_PATH or the go-version input',
    command: 'ko always runs go build',
    buildmode: 'put -buildmode=… in flags',
    hooks: 'run the commands in an earlier step',
    skip: 'remove the entry instead',
    no_unique_dist_dir: 'ko ignores it',
    no_main_check: 'ko ignores it',
    builder: 'ko ignores it',
    overrides: 'ko ignores it',
    lang: 'ko ignores it',
};
function parseBuilds(yaml, node, key, warnings) {
    return yaml.items(node, key).map((entry, index) => {
        const what = `${key}[${index}]`;
        const out = {
            index,
            id: `#${index}`,
            dir: '.',
            main: '.',
            env: [],
            flags: [],
            ldflags: [],
            linuxCapabilities: [],
            where: yaml.where(entry),
            dirWhere: yaml.where(entry),
            mainWhere: yaml.where(entry),
        };
        for (const e of yaml.entries(entry, what)) {
            const v = e.value;
            const field = `${what}.${e.key}`;
            if (!v)
                continue; // null: unset, so the default applies
            switch (e.name) {
                case 'id':
                    out.id = yaml.string(v, field).text || out.id;
                    break;
                case 'dir': {
                    const s = yaml.string(v, field);
                    out.dir = s.text || '.';
                    out.dirWhere = s.where;
                    break;
                }
                case 'main': {
                    const s = yaml.string(v, field);
                    out.main = s.text || '.';
                    out.mainWhere = s.where;
                    break;
                }
                case 'env':
                    // ko's Env is a plain []string: a lone string is one entry, not split.
                    out.env = (0,fields/* envList */.sl)(yaml.stringList(v, field, 'single'), field);
                    break;
                case 'flags':
                    out.flags = yaml.stringList(v, field, 'fields');
                    break;
                case 'ldflags':
                    out.ldflags = yaml.stringList(v, field, 'single');
                    break;
                case 'linux_capabilities':
                    out.linuxCapabilities = yaml.stringList(v, field, 'fields').map((c) => {
                        checkCapability(c, field);
                        return c.text;
                    });
                    break;
                default: {
                    const instead = goreleaserKeys[e.name];
                    if (instead === undefined) {
                        warnings.push(yaml.warning(e.keyNode, (0,fields/* unknownKeyMessage */.VP)(e.key, what, buildKeys)));
                        break;
                    }
                    warnings.push(yaml.warning(e.keyNode, `${what}.${e.key} is a GoReleaser setting that ko ignores (${instead})`));
                }
            }
        }
        return out;
    });
}
function checkCapability(c, field) {
    try {
        (0,capabilities/* capabilityXattr */.i)([c.text]);
    }
    catch (err) {
        const e = err;
        throw new errors/* KoActionError */.jV('CONFIG', `${field}: ${e.message}`, e.hint ? { where: c.where, hint: e.hint } : { where: c.where });
    }
}

// EXTERNAL MODULE: ./src/ko/ko-yaml.ts
var ko_yaml = __webpack_require__(8168);
// EXTERNAL MODULE: ./src/ko/ko-reference.ts
var ko_reference = __webpack_require__(5550);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/ko/yaml-reader.ts
// Reads a YAML document node by node, keeping each node's source position, so that every
// .ko.yaml problem is reported at `file:line:column`. Keys are matched case-insensitively
// because viper lowercases every key it reads.



const listHint = 'write one item per line as "- item", or [a, b]';
const syntaxHint = 'Fix the YAML syntax: check indentation, quotes and that lists use "- ".';
class YamlReader {
    file;
    text;
    lineStarts = [0];
    doc;
    root;
    constructor(file, text) {
        this.file = file;
        this.text = text;
        for (let i = 0; i < text.length; i++)
            if (text[i] === '\n')
                this.lineStarts.push(i + 1);
        const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: false, uniqueKeys: true });
        this.doc = doc;
        const first = doc.errors[0];
        if (first) {
            // An unclosed [, { or quote is reported where the file ends; point at where it opens.
            const opened = unclosedAt(text, first.pos[0]);
            const message = `invalid YAML: ${first.message.split('\n')[0] ?? ''}`;
            throw this.error(opened ?? first.pos[0], message, syntaxHint);
        }
        const contents = doc.contents;
        this.root = contents === null || isNull(contents) ? undefined : this.deref(contents);
    }
    position(offset) {
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.lineStarts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { file: this.file, line: lo + 1, column: offset - this.lineStarts[lo] + 1 };
    }
    where(at) {
        const p = this.position(typeof at === 'number' ? at : (at.range?.[0] ?? 0));
        return `${p.file}:${p.line}:${p.column}`;
    }
    warning(at, message) {
        return { message, at: this.position(at.range?.[0] ?? 0) };
    }
    error(at, message, hint) {
        const where = this.where(at);
        return new errors/* KoActionError */.jV('CONFIG', message, hint ? { where, hint } : { where });
    }
    /** Follows an alias (`*name`) to the node it names. */
    deref(node) {
        if (!(0,dist/* isAlias */.Vj)(node))
            return node;
        // An unknown anchor is already a YAML error; this guards the types.
        const target = node.resolve(this.doc);
        if (!target)
            throw this.error(node, `unknown alias *${node.source}`, syntaxHint);
        return target;
    }
    /**
     * The entries of a map, in order, with `<<: *anchor` merge keys expanded (explicit keys win, as
     * in go-yaml). Two keys that differ only in case are an error: viper would keep either one.
     */
    entries(node, what) {
        if (!(0,dist/* isMap */.jh)(node)) {
            throw this.error(node, `${what} must be a map (key: value), not ${describe(node)}`, 'see https://ko.build/configuration/ for the layout of .ko.yaml');
        }
        const merged = [];
        const own = [];
        for (const pair of node.items) {
            const keyNode = pair.key;
            if (!keyNode || !(0,dist/* isScalar */.jn)(keyNode) || typeof keyNode.value !== 'string') {
                throw this.error(keyNode ?? node, `${what} has a key that is not a string`);
            }
            const value = pair.value === null || isNull(pair.value) ? undefined : pair.value;
            if (keyNode.value === '<<' && keyNode.type === 'PLAIN') {
                const target = value && this.deref(value);
                const sources = !target ? [] : (0,dist/* isSeq */.oP)(target) ? target.items : [target];
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
        const seen = new Map();
        for (const e of own) {
            const before = seen.get(e.name);
            if (before) {
                throw this.error(e.keyNode, `duplicate key "${e.key}" in ${what} (keys are case-insensitive; "${before.key}" is at ${this.where(before.keyNode)})`, 'keep one of the two');
            }
            seen.set(e.name, e);
        }
        // Among merged maps the first to name a key wins, as in YAML's merge-key spec.
        const inherited = merged.filter((m, i) => !seen.has(m.name) && merged.findIndex((x) => x.name === m.name) === i);
        return [...inherited, ...own];
    }
    /** The items of a list (aliases followed). */
    items(node, what) {
        if (!(0,dist/* isSeq */.oP)(node)) {
            throw this.error(node, `${what} must be a list, not ${describe(node)}`, listHint);
        }
        return node.items.map((n) => this.deref(n));
    }
    /**
     * A string value. Numbers are accepted as their decimal text (viper decodes weakly: `id: 1`);
     * booleans, lists and maps are errors.
     */
    string(node, what) {
        if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string')
            return this.located(node, node.value);
        if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'number') {
            return { text: String(node.value), where: this.where(node) };
        }
        throw this.error(node, `${what} must be a string, not ${describe(node)}`, 'quote the value if YAML reads it as something else: "true"');
    }
    /**
     * A list of strings, or one string that is split as `split` says: `fields` (whitespace, as
     * viper's GetStringSlice and ko's FlagArray do) or `single` (ko's StringArray: one element).
     */
    stringList(node, what, split) {
        if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string') {
            const whole = this.located(node, node.value);
            return split === 'single' ? [whole] : (0,fields/* splitFields */.Kp)(whole);
        }
        if (!(0,dist/* isSeq */.oP)(node)) {
            throw this.error(node, `${what} must be a list${split === 'fields' ? ' or a space-separated string' : ' or a string'}, not ${describe(node)}`, listHint);
        }
        return this.items(node, what).map((item, i) => {
            if (isNull(item))
                throw this.error(item, `${what}[${i}] is empty`);
            return this.string(item, `${what}[${i}]`);
        });
    }
    /** A scalar's text, with an exact start position when its characters sit verbatim on one line. */
    located(node, value) {
        const where = this.where(node);
        const [start, end] = node.range ?? [0, 0];
        const raw = this.text.slice(start, end);
        const quote = node.type === 'QUOTE_SINGLE' ? "'" : node.type === 'QUOTE_DOUBLE' ? '"' : '';
        const verbatim = !raw.includes('\n') &&
            (node.type === 'PLAIN' || quote !== '') &&
            raw === `${quote}${value}${quote}`;
        return verbatim
            ? { text: value, where, at: this.position(start + quote.length) }
            : { text: value, where };
    }
}
function isNull(node) {
    return (0,dist/* isScalar */.jn)(node) && node.value === null;
}
function describe(node) {
    if ((0,dist/* isMap */.jh)(node))
        return 'a map';
    if ((0,dist/* isSeq */.oP)(node))
        return 'a list';
    if ((0,dist/* isScalar */.jn)(node)) {
        const v = node.value;
        if (v === null)
            return 'empty';
        if (typeof v === 'number' || typeof v === 'bigint')
            return `a number (${node.source ?? String(v)})`;
        if (typeof v === 'boolean')
            return `a boolean (${String(v)})`;
        return `a ${typeof v}`;
    }
    return 'an unsupported value';
}
/**
 * The offset of the `[`, `{` or quote still open at `offset`, if any: where an unterminated flow
 * collection or string starts (a plain scan; comments and block scalars are rare there).
 */
function unclosedAt(text, offset) {
    const open = [];
    let quote;
    for (let i = 0; i < Math.min(offset, text.length); i++) {
        const c = text[i];
        if (quote) {
            if (quote.char === '"' && c === '\\')
                i++;
            else if (c === quote.char) {
                if (quote.char === "'" && text[i + 1] === "'")
                    i++;
                else
                    quote = undefined;
            }
        }
        else if (c === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ''))) {
            while (i < text.length && text[i] !== '\n')
                i++;
        }
        else if (c === '"' || (c === "'" && (i === 0 || /[\s[{,:]/.test(text[i - 1] ?? '')))) {
            quote = { char: c, at: i };
        }
        else if (c === '[' || c === '{')
            open.push(i);
        else if ((c === ']' || c === '}') && open.length)
            open.pop();
    }
    return quote?.at ?? open.at(-1);
}

;// CONCATENATED MODULE: ./src/ko/ko-yaml-file.ts
// Reading a .ko.yaml file (docs/spec/ko-compat.md#72-keys) with positions, so that every mistake is reported at
// file:line:column. Loaded only when there is a file: see loadKoConfig.





const topKeys = [
    'defaultBaseImage',
    'baseImageOverrides',
    'defaultPlatforms',
    'defaultEnv',
    'defaultFlags',
    'defaultLdflags',
    'builds',
];
/** Reads and checks a .ko.yaml; `file` names it in errors. Environment overrides apply on top. */
function parseKoConfig(text, file, env) {
    const yaml = new YamlReader(file, text);
    const warnings = [];
    let base = { value: ko_yaml/* defaultBaseImage */.qS, where: 'default' };
    const overrides = new Map();
    let platforms;
    let defaultEnv = [];
    let defaultFlags = [];
    let defaultLdflags = [];
    let builds = [];
    for (const e of yaml.root ? yaml.entries(yaml.root, 'the top level of .ko.yaml') : []) {
        const v = e.value;
        if (!v)
            continue; // `key:` with no value: unset, as in viper
        switch (e.name) {
            case 'defaultbaseimage':
                base = (0,ko_yaml/* baseImage */.fF)(yaml.string(v, e.key), e.key);
                break;
            case 'baseimageoverrides':
                for (const o of yaml.entries(v, e.key)) {
                    // Lowercased like viper; `ko://` dropped so it matches the import path it names.
                    const path = (0,ko_reference/* stripKoScheme */.ug)(o.key).toLowerCase();
                    if (!o.value)
                        throw yaml.error(o.keyNode, `${e.key}: "${o.key}" has no base image`);
                    const ref = (0,ko_yaml/* baseImage */.fF)(yaml.string(o.value, `${e.key}."${o.key}"`), `${e.key}."${o.key}"`);
                    if (overrides.has(path)) {
                        throw yaml.error(o.keyNode, `${e.key}: "${path}" is overridden twice`);
                    }
                    overrides.set(path, ref);
                }
                break;
            case 'defaultplatforms':
                platforms = (0,ko_yaml/* platformList */._P)(yaml.stringList(v, e.key, 'fields'), e.key, yaml.where(v));
                break;
            case 'defaultenv':
                defaultEnv = (0,fields/* envList */.sl)(yaml.stringList(v, e.key, 'fields'), e.key);
                break;
            case 'defaultflags':
                defaultFlags = yaml.stringList(v, e.key, 'fields');
                break;
            case 'defaultldflags':
                defaultLdflags = yaml.stringList(v, e.key, 'fields');
                break;
            case 'builds':
                builds = parseBuilds(yaml, v, e.key, warnings);
                break;
            default:
                // `x-…` and `.…` keys hold YAML anchors for reuse, as in Compose files.
                if (e.name.startsWith('x-') || e.name.startsWith('.'))
                    break;
                warnings.push(yaml.warning(e.keyNode, (0,fields/* unknownKeyMessage */.VP)(e.key, '.ko.yaml', topKeys)));
        }
    }
    return (0,ko_yaml/* withEnvOverrides */.Fw)({
        file,
        defaultBaseImage: base,
        baseImageOverrides: overrides,
        defaultPlatforms: platforms,
        defaultEnv,
        defaultFlags,
        defaultLdflags,
        builds,
        warnings,
    }, env);
}


/***/ })

};
