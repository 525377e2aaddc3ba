export const id = 645;
export const ids = [645];
export const modules = {

/***/ 244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ runBuild)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/image/layout-source.ts
var layout_source = __webpack_require__(485);
// EXTERNAL MODULE: ./src/image/platform.ts
var image_platform = __webpack_require__(2554);
// EXTERNAL MODULE: ./src/naming/namer.ts
var namer = __webpack_require__(1347);
// EXTERNAL MODULE: ./src/publish/daemon.ts
var daemon = __webpack_require__(9119);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/util/open-write-stream.ts
var open_write_stream = __webpack_require__(5797);
// EXTERNAL MODULE: ./src/image/digest.ts
var image_digest = __webpack_require__(8033);
// EXTERNAL MODULE: ./src/image/media-types.ts
var media_types = __webpack_require__(5897);
;// CONCATENATED MODULE: ./src/util/once.ts
// Memoise a lazy computation (ggcr computes every accessor once).
function once(fn) {
    let done = false;
    let value;
    return () => {
        if (!done) {
            value = fn();
            done = true;
        }
        return value;
    };
}
/** A map of shared promises: the first caller for a key starts the work, later ones await it. */
class KeyedOnce {
    entries = new Map();
    get(key, make) {
        let p = this.entries.get(key);
        if (!p) {
            p = make();
            this.entries.set(key, p);
            // A failure is not cached: a later caller may try again.
            p.catch(() => this.entries.delete(key));
        }
        return p;
    }
}

// EXTERNAL MODULE: ./src/util/limit.ts
var limit = __webpack_require__(415);
;// CONCATENATED MODULE: ./src/publish/layout.ts
// Write an image or index to an OCI image layout (`push: false`). Blobs first, then manifests,
// then index.json, each via temp file + rename: an interrupted run leaves at worst an unreferenced
// blob or a stray temp file, never a truncated blob or index.json.











const layoutMarker = '{"imageLayoutVersion":"1.0.0"}';
/** Local disk: a few streams at once keep it busy without opening every layer together. */
const blobConcurrency = 4;
/** Writes every blob and manifest of `artifact`, then records it in index.json; returns that entry. */
async function writeToLayout(dir, artifact, opts = {}) {
    if (opts.refName !== undefined && opts.refName.trim() === '') {
        throw new errors/* KoActionError */.jV('LAYOUT', 'empty ref name for the OCI layout entry', { where: dir });
    }
    await (0,promises_.mkdir)((0,external_node_path_.join)(dir, 'blobs', 'sha256'), { recursive: true });
    await ensureMarker(dir);
    const images = artifact.kind === 'index' ? artifact.children : [artifact];
    const once = new KeyedOnce();
    const run = (0,limit/* limit */.A)(blobConcurrency);
    // Let every write finish (and clean up its temp file) before reporting the first failure.
    const writes = await Promise.allSettled(images
        .flatMap((img) => img.blobs)
        .map((b) => once.get(b.descriptor.digest, () => run(() => putBlob(dir, b)))));
    const failed = writes.find((w) => w.status === 'rejected');
    if (failed)
        throw failed.reason;
    // Children before the index that names them, so every reference resolves at every moment.
    for (const img of images)
        await putManifest(dir, img);
    if (artifact.kind === 'index')
        await putManifest(dir, artifact);
    const entry = {
        mediaType: artifact.mediaType,
        size: artifact.rawManifest.length,
        digest: artifact.digest,
        ...(opts.refName === undefined ? {} : { annotations: { [layout_source/* RefNameAnnotation */.Uf]: opts.refName } }),
    };
    await serializedPerDir(dir, () => recordInIndex(dir, entry, opts.refName));
    return entry;
}
async function ensureMarker(dir) {
    const path = (0,external_node_path_.join)(dir, 'oci-layout');
    const existing = await (0,promises_.readFile)(path, 'utf8').catch(() => undefined);
    if (existing === undefined) {
        await writeAtomically(dir, path, layoutMarker);
        return;
    }
    let version;
    try {
        version = JSON.parse(existing).imageLayoutVersion;
    }
    catch {
        version = undefined;
    }
    if (typeof version !== 'string' || !version.startsWith('1.')) {
        throw new errors/* KoActionError */.jV('LAYOUT', `${path} is not an OCI layout version 1 marker`, {
            where: dir,
            hint: 'Choose an empty directory or an existing OCI image layout for oci-layout-path.',
        });
    }
}
/** Streams a blob into place, hashing as it goes; skipped when a file of the right size exists. */
async function putBlob(dir, blob) {
    const { digest, size } = blob.descriptor;
    const path = (0,layout_source/* blobPath */.nD)(dir, digest);
    if (await hasSize(path, size))
        return;
    const tmp = tempPath(dir);
    const file = await (0,open_write_stream/* openWriteStream */.o)(tmp, { flags: 'wx' });
    try {
        const counter = new image_digest/* DigestCounter */.VR();
        const source = await blob.open();
        await (0,external_node_stream_promises_.pipeline)(source, async function* (chunks) {
            for await (const chunk of chunks) {
                const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
                counter.update(bytes);
                yield bytes;
            }
        }, file);
        const actual = counter.digest();
        if (actual !== digest || counter.size !== size) {
            throw new errors/* KoActionError */.jV('DIGEST_MISMATCH', `blob ${digest} (${size} bytes) read back as ${actual} (${counter.size} bytes)`, { where: dir, hint: 'A layer changed on disk while it was being written; run again.' });
        }
        await (0,promises_.rename)(tmp, path);
    }
    catch (e) {
        file.destroy();
        await (0,promises_.rm)(tmp, { force: true });
        throw e;
    }
}
async function putManifest(dir, m) {
    const actual = (0,image_digest/* sha256 */.sc)(m.rawManifest);
    if (actual !== m.digest) {
        throw new errors/* KoActionError */.jV('DIGEST_MISMATCH', `manifest bytes hash to ${actual}, not ${m.digest}`, {
            where: dir,
        });
    }
    const path = (0,layout_source/* blobPath */.nD)(dir, m.digest);
    if (await hasSize(path, m.rawManifest.length))
        return;
    await writeAtomically(dir, path, m.rawManifest);
}
/** Adds `entry` to index.json: replacing an entry of the same ref name, else appending. */
async function recordInIndex(dir, entry, refName) {
    const path = (0,external_node_path_.join)(dir, 'index.json');
    const text = await (0,promises_.readFile)(path, 'utf8').catch((e) => {
        if (e.code === 'ENOENT')
            return undefined;
        throw e;
    });
    const index = text === undefined ? emptyIndex() : parseIndex(text, path);
    const named = (d) => refName !== undefined &&
        d?.annotations?.[layout_source/* RefNameAnnotation */.Uf] ===
            refName;
    const at = index.manifests.findIndex(named);
    if (at < 0) {
        index.manifests.push(entry);
    }
    else {
        // Keep the entry's position; drop any later duplicates of the same name.
        index.manifests = index.manifests.flatMap((d, i) => (i === at ? [entry] : named(d) ? [] : [d]));
    }
    await writeAtomically(dir, path, JSON.stringify(index));
}
function emptyIndex() {
    return { schemaVersion: 2, mediaType: media_types/* MediaType */.zu.OciIndex, manifests: [] };
}
/** Parses index.json keeping every field it has, so foreign entries survive a rewrite. */
function parseIndex(text, path) {
    let v;
    try {
        v = JSON.parse(text);
    }
    catch {
        v = undefined;
    }
    if (typeof v !== 'object' || v === null || !Array.isArray(v.manifests)) {
        throw new errors/* KoActionError */.jV('LAYOUT', `${path} is not a valid OCI index`, {
            where: path,
            hint: 'Fix or remove it, or choose another oci-layout-path.',
        });
    }
    return v;
}
async function hasSize(path, size) {
    const info = await (0,promises_.stat)(path).catch(() => undefined);
    return info?.isFile() === true && info.size === size;
}
/** Temp files live in the layout root (as skopeo's do): same filesystem, so rename is atomic. */
function tempPath(dir) {
    return (0,external_node_path_.join)(dir, `.ko-action-${(0,external_node_crypto_.randomBytes)(8).toString('hex')}.tmp`);
}
async function writeAtomically(dir, path, data) {
    const tmp = tempPath(dir);
    try {
        await (0,promises_.writeFile)(tmp, data, { flag: 'wx' });
        await (0,promises_.rename)(tmp, path);
    }
    catch (e) {
        await (0,promises_.rm)(tmp, { force: true });
        throw e;
    }
}
const indexQueues = new Map();
/** index.json is read-modify-write: writes to one layout from this process take turns. */
function serializedPerDir(dir, task) {
    const key = (0,external_node_path_.resolve)(dir);
    const result = (indexQueues.get(key) ?? Promise.resolve()).then(task, task);
    const tail = result.catch(() => undefined);
    indexQueues.set(key, tail);
    void tail.then(() => {
        if (indexQueues.get(key) === tail)
            indexQueues.delete(key);
    });
    return result;
}

// EXTERNAL MODULE: ./src/registry/errors.ts
var registry_errors = __webpack_require__(6764);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(9310);
;// CONCATENATED MODULE: ./src/registry/push.ts





async function pushArtifact(client, target, artifact, opts) {
    const repo = target.context();
    const tagRefs = opts.tags.map((t) => (0,reference/* withTag */.Rd)(repo, t)); // validates every tag before any I/O
    const pusher = new Pusher(client, repo, opts.jobs);
    await client.addScopes([
        (0,reference/* repositoryScope */.F7)(repo.repository, 'push,pull'),
        ...pusher.mountScopes(artifact),
    ]);
    const [first, ...more] = tagRefs.length ? tagRefs : [(0,reference/* withDigest */.hQ)(repo, artifact.digest)];
    if (first) {
        if (artifact.kind === 'image')
            await pusher.image(artifact, first);
        else
            await pusher.index(artifact, first);
    }
    for (const ref of more)
        await pusher.manifest(artifact, ref);
    return {
        digest: artifact.digest,
        byDigest: `${repo.name}@${artifact.digest}`,
        tagged: tagRefs.map((r) => r.name),
        stats: pusher.stats,
    };
}
class Pusher {
    client;
    repo;
    stats = {
        uploaded: { count: 0, bytes: 0 },
        mounted: { count: 0, bytes: 0 },
        skipped: { count: 0, bytes: 0 },
        manifestsPut: 0,
        manifestsSkipped: 0,
    };
    blobsDone = new KeyedOnce();
    /** Digests already accounted for in the stats. */
    counted = new Set();
    run;
    constructor(client, repo, jobs) {
        this.client = client;
        this.repo = repo;
        this.run = (0,limit/* limit */.A)(jobs);
    }
    /** Pull scopes for every same-registry repository we may mount from. */
    mountScopes(artifact) {
        const images = artifact.kind === 'image' ? [artifact] : artifact.children;
        const repos = new Set();
        for (const img of images) {
            for (const b of img.blobs) {
                if (this.mountable(b) && b.mountFrom)
                    repos.add(b.mountFrom.repository);
            }
        }
        return [...repos].map((r) => (0,reference/* repositoryScope */.F7)(r, 'pull'));
    }
    async image(img, ref) {
        if (await this.present(ref, img.digest)) {
            this.countSkippedImage(img);
            return;
        }
        await Promise.all(img.blobs.map((b) => this.blob(b)));
        await this.put(img, ref);
    }
    async index(artifact, ref) {
        if (await this.present(ref, artifact.digest)) {
            artifact.children.forEach((c) => this.countSkippedImage(c));
            return;
        }
        // Children go by digest, concurrently; their blobs share the limiter and the dedup map.
        await Promise.all(artifact.children.map((c) => this.image(c, (0,reference/* withDigest */.hQ)(this.repo, c.digest))));
        await this.put(artifact, ref);
    }
    /** An extra tag: HEAD, then PUT the same bytes if the tag points elsewhere. */
    async manifest(artifact, ref) {
        if (await this.present(ref, artifact.digest))
            return;
        await this.put(artifact, ref);
    }
    async put(artifact, ref) {
        await this.client.putManifest(this.repo.repository, ref.identifier, artifact.rawManifest, artifact.mediaType);
        this.stats.manifestsPut++;
    }
    /** Does the registry already hold these exact manifest bytes under `ref`? */
    async present(ref, digest) {
        let head;
        try {
            head = await this.client.headManifest(ref);
        }
        catch (e) {
            // Some registries answer 403 for a tag that does not exist yet (ggcr treats it as absent).
            if (e instanceof registry_errors/* RegistryError */.gl && e.status === 403)
                return false;
            throw e;
        }
        if (head?.digest !== digest)
            return false;
        this.stats.manifestsSkipped++;
        return true;
    }
    blob(blob) {
        const d = blob.descriptor;
        // Foreign (non-distributable) layers are never pushed, as in ggcr.
        if (d.mediaType === media_types/* MediaType */.zu.DockerForeignLayer)
            return Promise.resolve();
        return this.blobsDone.get(d.digest, () => this.run(() => this.client.limit(() => this.transfer(blob))));
    }
    async transfer(blob) {
        const d = blob.descriptor;
        const repo = this.repo.repository;
        const uploadable = { digest: d.digest, size: d.size, open: () => blob.open() };
        // Already known present (named by a manifest the registry had).
        if (this.counted.has(d.digest))
            return;
        this.counted.add(d.digest);
        if (await this.client.blobExists(repo, d.digest)) {
            tally(this.stats.skipped, d.size);
            return;
        }
        if (this.mountable(blob) && blob.mountFrom) {
            const how = await this.client.mountBlob(repo, uploadable, blob.mountFrom.repository);
            tally(how === 'mounted' ? this.stats.mounted : this.stats.uploaded, d.size);
            return;
        }
        await this.client.uploadBlob(repo, uploadable);
        tally(this.stats.uploaded, d.size);
    }
    mountable(blob) {
        const from = blob.mountFrom;
        return (!!from && from.registry === this.repo.registry && from.repository !== this.repo.repository);
    }
    countSkippedImage(img) {
        for (const b of img.blobs) {
            if (this.counted.has(b.descriptor.digest))
                continue;
            this.counted.add(b.descriptor.digest);
            tally(this.stats.skipped, b.descriptor.size);
        }
    }
}
function tally(t, bytes) {
    t.count++;
    t.bytes += bytes;
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/image/go-json.ts
var go_json = __webpack_require__(6038);
// EXTERNAL MODULE: ./src/image/go-time.ts
var go_time = __webpack_require__(9801);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./src/image/go-decode.ts + 1 modules
var go_decode = __webpack_require__(9527);
// EXTERNAL MODULE: ./src/image/go-schema.ts
var go_schema = __webpack_require__(3467);
;// CONCATENATED MODULE: ./src/image/manifest.ts
// Image manifests and indexes as ko produces them through ggcr's mutate package (spec §5): the
// base manifest re-encoded with the new config and layers appended, base annotations added, and
// multi-platform indexes built from ggcr's empty index in base order.







const ANNOTATION_BASE_DIGEST = 'org.opencontainers.image.base.digest';
const ANNOTATION_BASE_NAME = 'org.opencontainers.image.base.name';
function encoded(value, json) {
    const bytes = (0,go_json/* goJsonBytes */.If)(json);
    return { value, bytes, digest: (0,image_digest/* sha256 */.sc)(bytes), size: bytes.length };
}
function parse(raw, type, what, where) {
    try {
        return decodeGo(raw, type);
    }
    catch (e) {
        if (!(e instanceof GoDecodeError))
            throw e;
        throw new KoActionError('REGISTRY', `cannot parse the ${what}: ${e.message}`, {
            ...(where ? { where } : {}),
            cause: e,
        });
    }
}
/** v1.ParseManifest: unknown fields dropped. A missing `layers` reads as an empty list. */
function parseManifest(raw, where) {
    const m = parse(raw, ManifestType, 'image manifest', where);
    return { ...m, layers: m.layers ?? [] };
}
/** v1.ParseIndexManifest: unknown fields dropped. A missing `manifests` reads as an empty list. */
function parseIndexManifest(raw, where) {
    const m = parse(raw, IndexManifestType, 'image index', where);
    return { ...m, manifests: m.manifests ?? [] };
}
/** §3.3: new layers follow the base manifest's type, so no image mixes layer types. */
function layerMediaTypeFor(manifestMediaType) {
    if (manifestMediaType === media_types/* MediaType */.zu.OciManifest)
        return media_types/* MediaType */.zu.OciLayer;
    if (manifestMediaType === media_types/* MediaType */.zu.DockerManifest)
        return media_types/* MediaType */.zu.DockerLayer;
    throw new errors/* KoActionError */.jV('REGISTRY', `base image media type ${JSON.stringify(manifestMediaType ?? '')} is not an image manifest`, {
        hint: 'use a base image that is an OCI or Docker v2 image or index',
    });
}
const isImageConfig = (mt) => mt === media_types/* MediaType */.zu.OciConfig || mt === media_types/* MediaType */.zu.DockerConfig;
const nonEmpty = (v) => v !== undefined && Object.keys(v).length > 0;
/** Annotations on a fresh null-prototype map, later sources winning. */
function mergeAnnotations(...sources) {
    const out = Object.create(null);
    for (const s of sources)
        for (const [k, v] of Object.entries(s ?? {}))
            out[k] = v;
    return out;
}
/** The base.digest / base.name annotations; a base without a reference (scratch) gets none. */
function baseAnnotations(digest, name) {
    return {
        ...(digest !== undefined ? { [ANNOTATION_BASE_DIGEST]: digest } : {}),
        ...(name !== undefined ? { [ANNOTATION_BASE_NAME]: name } : {}),
    };
}
/** ko's image manifest: base manifest + new config + appended layers + annotations (§5.1). */
function buildImageManifest(opts) {
    const { base } = opts;
    if (!isImageConfig(base.config.mediaType)) {
        throw new errors/* KoActionError */.jV('REGISTRY', `base image config media type ${JSON.stringify(base.config.mediaType)} is not an image config`, {
            hint: 'use a base image whose config is application/vnd.oci.image.config.v1+json or application/vnd.docker.container.image.v1+json',
        });
    }
    const config = {
        ...base.config,
        size: opts.config.length,
        digest: (0,image_digest/* sha256 */.sc)(opts.config),
        // ggcr refreshes embedded config data only when the base embedded it.
        ...(base.config.data !== undefined
            ? { data: external_node_buffer_.Buffer.from(opts.config).toString('base64') }
            : {}),
    };
    const manifest = {
        schemaVersion: base.schemaVersion,
        ...(base.mediaType !== undefined ? { mediaType: base.mediaType } : {}),
        config,
        layers: [...base.layers, ...opts.layers.map((l) => ({ ...l }))],
        annotations: mergeAnnotations(base.annotations, opts.annotations, baseAnnotations(opts.baseDigest, opts.baseName)),
        // mutate drops the base's subject; its artifactType stays.
        ...(base.artifactType !== undefined ? { artifactType: base.artifactType } : {}),
    };
    return encoded(manifest, (0,go_json/* encodeManifest */.Gb)(manifest));
}
/** ggcr's empty.Index: `{"schemaVersion":2,"mediaType":"…index.v1+json","manifests":[]}`. */
function manifest_emptyIndex() {
    return { schemaVersion: 2, mediaType: media_types/* MediaType */.zu.OciIndex, manifests: [] };
}
/** An index built from ggcr's empty index: manifests in the order given. */
function buildIndex(opts) {
    const index = {
        ...manifest_emptyIndex(),
        mediaType: opts.mediaType ?? media_types/* MediaType */.zu.OciIndex,
        manifests: opts.manifests.map((d) => ({ ...d })),
    };
    if (opts.annotations !== undefined)
        index.annotations = mergeAnnotations(opts.annotations);
    return encoded(index, (0,go_json/* encodeIndexManifest */.oX)(index));
}
/**
 * The descriptor of a built image inside ko's index (ggcr partial.Descriptor + IndexAddendum):
 * size and digest of the new image, mediaType/urls/annotations/platform from the base entry,
 * artifactType = the image's artifactType, else its config media type.
 */
function childDescriptor(baseEntry, image) {
    const d = {
        mediaType: baseEntry.mediaType || (image.value.mediaType ?? ''),
        size: image.size,
        digest: image.digest,
    };
    if (nonEmpty(baseEntry.urls))
        d.urls = [...baseEntry.urls];
    if (nonEmpty(baseEntry.annotations))
        d.annotations = mergeAnnotations(baseEntry.annotations);
    if (baseEntry.platform)
        d.platform = structuredClone(baseEntry.platform);
    const artifactType = image.value.artifactType || image.value.config.mediaType;
    if (artifactType)
        d.artifactType = artifactType;
    return d;
}
/** ko's multi-platform result (§5.2 step 4). */
function buildKoIndex(opts) {
    return buildIndex({
        mediaType: opts.mediaType,
        manifests: opts.children.map((c) => childDescriptor(c.baseEntry, c.image)),
        annotations: mergeAnnotations(opts.annotations, baseAnnotations(opts.baseDigest, opts.baseName)),
    });
}
/**
 * The `base.digest` ko writes on an index. ko annotates an OCI base index (user annotations +
 * base.digest + base.name, subject dropped) before reading its digest, so for OCI indexes the
 * recorded value is the digest of that re-encoded index, not of the base as fetched. Docker
 * manifest lists are not annotated and keep their own digest.
 */
function koBaseIndexDigest(opts) {
    if (opts.mediaType === media_types/* MediaType */.zu.DockerManifestList)
        return opts.digest;
    const annotated = {
        ...opts.index,
        annotations: mergeAnnotations(opts.index.annotations, opts.annotations, {
            [ANNOTATION_BASE_DIGEST]: opts.digest,
            [ANNOTATION_BASE_NAME]: opts.baseName,
        }),
    };
    delete annotated.subject;
    return (0,image_digest/* sha256 */.sc)((0,go_json/* goJsonBytes */.If)((0,go_json/* encodeIndexManifest */.oX)(annotated)));
}

;// CONCATENATED MODULE: ./src/build/build-info.ts
// Go's build info as ko reads it for an SBOM: `go version -m` output massaged the way ko's
// massageGoVersionM does (first line dropped, leading space trimmed), then parsed like
// runtime/debug.ParseBuildInfo. Only what the SBOM uses is kept.

const goSpace = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;
function bad(line, why) {
    return new errors/* KoActionError */.jV('GO_BUILD', `could not parse Go build info: line ${line}: ${why}`, {
        hint: 'the binary has no readable module information; set `sbom: none` to skip the SBOM',
    });
}
function moduleOf(cols, line) {
    if (cols.length !== 2 && cols.length !== 3) {
        throw bad(line, `expected 2 or 3 columns; got ${cols.length}`);
    }
    return { path: cols[0], version: cols[1], sum: cols[2] ?? '' };
}
/** Parses `go version -m` output as ko does; empty input gives empty build info. */
function parseGoVersionM(text) {
    // bufio.Scanner lines: split on \n, a trailing \r dropped, no empty last token.
    const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
    if (text.endsWith('\n'))
        lines.pop();
    const goVersion = /: (go\S*)\s*$/.exec(lines[0] ?? '')?.[1] ?? '';
    let path = '';
    let main = { path: '', version: '', sum: '' };
    const deps = [];
    // Which module a `=>` line replaces: main (-1), a dep index, or none.
    let last;
    lines.slice(1).forEach((raw, i) => {
        const line = raw.replace(goSpace, '');
        const n = i + 1;
        const [key, ...rest] = line.split('\t');
        const tail = line.slice((key ?? '').length + 1);
        switch (line.includes('\t') ? key : undefined) {
            case 'path':
                path = tail;
                break;
            case 'mod':
                main = moduleOf(rest, n);
                last = -1;
                break;
            case 'dep':
                deps.push(moduleOf(rest, n));
                last = deps.length - 1;
                break;
            case '=>': {
                if (rest.length !== 3)
                    throw bad(n, `expected 3 columns for replacement; got ${rest.length}`);
                if (last === undefined)
                    throw bad(n, 'replacement with no module on previous line');
                const replace = { path: rest[0], version: rest[1], sum: rest[2] };
                if (last === -1)
                    main = { ...main, replace };
                else
                    deps[last] = { ...deps[last], replace };
                last = undefined;
                break;
            }
            default:
                // build settings and unknown lines do not reach the SBOM.
                break;
        }
    });
    return { goVersion, path, main, deps };
}

;// CONCATENATED MODULE: ./src/build/spdx.ts
// ko's SPDX 2.3 documents (internal/sbom/spdx.go): one per image (image → main module → deps,
// plus the base image) and one per index (index → each platform image). Bytes are Go's
// json.Encoder with two-space indent: struct field order, omitempty, HTML-safe escaping, and a
// trailing newline.








/** What ko reports as its version (`Tool: ko <version>`) when none is given. */
const DEFAULT_KO_VERSION = 'v0.19.1';
const NOASSERTION = 'NOASSERTION';
/** json.MarshalIndent(v, "", "  "); undefined members are left out (omitempty). */
function encodeIndented(v, indent = '') {
    if (typeof v === 'string')
        return (0,go_json/* goQuote */.dg)(v);
    if (typeof v === 'boolean')
        return v ? 'true' : 'false';
    const inner = `${indent}  `;
    if (Array.isArray(v)) {
        const items = v;
        if (items.length === 0)
            return '[]';
        return `[\n${items.map((e) => inner + encodeIndented(e, inner)).join(',\n')}\n${indent}]`;
    }
    const entries = Object.entries(v).filter((e) => e[1] !== undefined);
    if (entries.length === 0)
        return '{}';
    const body = entries.map(([k, e]) => `${inner}${(0,go_json/* goQuote */.dg)(k)}: ${encodeIndented(e, inner)}`);
    return `{\n${body.join(',\n')}\n${indent}}`;
}
/** Go's url.QueryEscape: unreserved bytes kept, space as +, the rest %XX. */
function queryEscape(s) {
    return encodeURIComponent(s)
        .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
        .replace(/%20/g, '+');
}
/** ko's ociRef: a purl whose qualifiers are url.Values.Encode()d (sorted by key). */
function ociPurl(kind, digest, quals) {
    const purl = `pkg:oci/${kind}@${digest}`;
    if (quals.length === 0)
        return purl;
    const keys = [...new Set(quals.map(([k]) => k))].sort(go_json/* compareGoStrings */.mA);
    const parts = keys.flatMap((k) => quals.filter(([q]) => q === k).map(([, v]) => `${queryEscape(k)}=${queryEscape(v)}`));
    return `${purl}?${parts.join('&')}`;
}
function spdxPackage(p) {
    return {
        SPDXID: p.id,
        name: p.name,
        versionInfo: p.version || undefined,
        filesAnalyzed: false,
        licenseDeclared: NOASSERTION,
        licenseConcluded: NOASSERTION,
        downloadLocation: p.downloadLocation,
        copyrightText: NOASSERTION,
        primaryPackagePurpose: p.primaryPurpose,
        checksums: p.checksum === undefined ? undefined : [{ algorithm: 'SHA256', checksumValue: p.checksum }],
        externalRefs: [
            { referenceCategory: 'PACKAGE-MANAGER', referenceLocator: p.purl, referenceType: 'purl' },
        ],
    };
}
const relationship = (element, type, related) => ({
    spdxElementId: element,
    relationshipType: type,
    relatedSpdxElement: related,
});
const ociPackageId = (d) => `SPDXRef-Package-sha256-${(0,image_digest/* digestHex */.sU)(d)}`;
const modulePackageId = (m) => `SPDXRef-Package-${m.path.replaceAll('/', '.')}-${m.version}`;
/** purl-spec golang: the first two path elements lowercased. */
function goPurl(m) {
    const parts = m.path.split('/');
    const path = parts.length > 2
        ? [parts[0].toLowerCase(), parts[1].toLowerCase(), ...parts.slice(2)].join('/')
        : m.path;
    return `pkg:golang/${path}@${m.version}?type=module`;
}
/** ko's h1ToSHA256: the hex of an `h1:` go.sum hash, else "". */
function h1ToSha256(sum) {
    if (!sum.startsWith('h1:'))
        return '';
    try {
        return Buffer.from((0,go_json/* decodeGoBase64 */.UW)(sum.slice(3))).toString('hex');
    }
    catch {
        return '';
    }
}
/** Go's `2006-01-02T15:04:05Z` layout: the config time's wall clock, fraction and zone dropped. */
function spdxDate(created) {
    return `${(0,go_time/* normaliseGoTime */.mv)(created).slice(0, 19)}Z`;
}
function spdx_document(digest, created, koVersion, g) {
    const doc = {
        SPDXID: 'SPDXRef-DOCUMENT',
        name: `sbom-${digest}`,
        spdxVersion: 'SPDX-2.3',
        creationInfo: { created: spdxDate(created), creators: [`Tool: ko ${koVersion}`] },
        dataLicense: 'CC0-1.0',
        documentNamespace: `http://spdx.org/spdxdocs/ko/${digest}`,
        documentDescribes: [ociPackageId(digest)],
        packages: g.packages.length ? g.packages : undefined,
        relationships: g.relationships.length ? g.relationships : undefined,
    };
    return (0,go_json/* goJsonBytes */.If)(`${encodeIndented(doc)}\n`);
}
/** ko's addBaseImage: the base named by the base.name/base.digest annotations, if both exist. */
function addBaseImage(g, annotations, of) {
    const name = annotations[ANNOTATION_BASE_NAME];
    const raw = annotations[ANNOTATION_BASE_DIGEST];
    if (name === undefined || raw === undefined)
        return;
    const ref = (0,reference/* parseReference */.F2)(name);
    if (!(0,image_digest/* isDigest */.Bc)(raw)) {
        throw new errors/* KoActionError */.jV('REGISTRY', `base image digest ${JSON.stringify(raw)} is not sha256`, {
            hint: 'the base.digest annotation must be sha256:<64 hex>',
        });
    }
    const repo = ref.context();
    g.relationships.push(relationship(ociPackageId(of), 'DESCENDANT_OF', ociPackageId(raw)));
    // A reference with a digest is a ggcr name.Digest: no tag qualifier.
    const quals = [['repository_url', repo.name]];
    if (ref.digest === undefined && ref.tag !== undefined)
        quals.push(['tag', ref.tag]);
    g.packages.push(spdxPackage({
        id: ociPackageId(raw),
        name: `${repo.name}@${raw}`,
        version: ref.original,
        downloadLocation: NOASSERTION,
        checksum: (0,image_digest/* digestHex */.sU)(raw),
        purl: ociPurl('image', raw, quals),
    }));
}
/** ko's GenerateImageSPDX from `go version -m` output. */
function spdxFromBuildInfo(goVersionM, opts) {
    const bi = parseGoVersionM(goVersionM);
    const image = ociPackageId(opts.imageDigest);
    const g = {
        packages: [
            spdxPackage({
                id: image,
                name: opts.imageDigest,
                downloadLocation: NOASSERTION,
                primaryPurpose: 'CONTAINER',
                purl: ociPurl('image', opts.imageDigest, [['mediaType', opts.manifestMediaType]]),
            }),
        ],
        relationships: [relationship('SPDXRef-DOCUMENT', 'DESCRIBES', image)],
    };
    addBaseImage(g, opts.annotations ?? {}, opts.imageDigest);
    const main = modulePackageId(bi.main);
    g.relationships.push(relationship(image, 'CONTAINS', main));
    g.packages.push(spdxPackage({
        id: main,
        name: bi.main.path,
        downloadLocation: `https://${bi.main.path}`,
        purl: goPurl(bi.main),
    }));
    for (const dep of bi.deps) {
        const id = modulePackageId(dep);
        g.relationships.push(relationship(main, 'DEPENDS_ON', id));
        g.packages.push(spdxPackage({
            id,
            name: dep.path,
            version: dep.version,
            downloadLocation: `https://proxy.golang.org/${dep.path}/@v/${dep.version}.zip`,
            checksum: dep.sum ? h1ToSha256(dep.sum) : undefined,
            purl: goPurl(dep),
        }));
    }
    return spdx_document(opts.imageDigest, opts.created, opts.koVersion ?? DEFAULT_KO_VERSION, g);
}
/** ko's GenerateIndexSPDX: the index and a VARIANT_OF package per platform image. */
function spdxForIndex(opts) {
    const index = ociPackageId(opts.indexDigest);
    const g = {
        packages: [
            spdxPackage({
                id: index,
                name: opts.indexDigest,
                downloadLocation: NOASSERTION,
                primaryPurpose: 'CONTAINER',
                checksum: (0,image_digest/* digestHex */.sU)(opts.indexDigest),
                purl: ociPurl('index', opts.indexDigest, [['mediaType', opts.indexMediaType]]),
            }),
        ],
        relationships: [],
    };
    addBaseImage(g, opts.annotations ?? {}, opts.indexDigest);
    for (const c of opts.children) {
        const p = c.platform;
        const quals = [
            ['mediaType', c.mediaType],
            ['arch', p.architecture],
            ['os', p.os],
        ];
        if (p.variant)
            quals.push(['variant', p.variant]);
        if (p['os.version'])
            quals.push(['os-version', p['os.version']]);
        for (const f of p['os.features'] ?? [])
            quals.push(['os-feature', f]);
        g.relationships.push(relationship(index, 'VARIANT_OF', ociPackageId(c.digest)));
        g.packages.push(spdxPackage({
            id: ociPackageId(c.digest),
            name: c.digest,
            version: (0,image_platform/* formatPlatform */.Bq)(p),
            downloadLocation: NOASSERTION,
            primaryPurpose: 'CONTAINER',
            checksum: (0,image_digest/* digestHex */.sU)(c.digest),
            purl: ociPurl('image', c.digest, quals),
        }));
    }
    return spdx_document(opts.indexDigest, opts.created, opts.koVersion ?? DEFAULT_KO_VERSION, g);
}

;// CONCATENATED MODULE: ./src/build/sbom.ts
// ko's SBOM attachment (cosign's static.NewFile + the `.sbom` tag scheme): an OCI image made of
// ggcr's empty image, one uncompressed `text/spdx+json` layer holding the SBOM, and the config
// that mutate.Append gives it (one diffID, one empty history entry).





/** cosign's tag for the SBOM of `digest`: `sha256-<hex>.sbom`. */
function sbomTag(digest) {
    return `sha256-${(0,image_digest/* digestHex */.sU)(digest)}.sbom`;
}
function memoryBlob(mediaType, bytes) {
    const descriptor = { mediaType, size: bytes.length, digest: (0,image_digest/* sha256 */.sc)(bytes) };
    return { descriptor, open: () => Promise.resolve(external_node_stream_.Readable.from([Buffer.from(bytes)])) };
}
/** The SBOM as an image to push under sbomTag(imageDigest). */
function sbomArtifact(sbom, mediaType = media_types/* MediaType */.zu.SpdxJson) {
    const layer = memoryBlob(mediaType, sbom);
    const config = {
        architecture: '',
        created: go_json/* ZERO_GO_TIME */.Iq,
        history: [{}],
        os: '',
        rootfs: { type: 'layers', diff_ids: [layer.descriptor.digest] },
        config: {},
    };
    const configBlob = memoryBlob(media_types/* MediaType */.zu.OciConfig, (0,go_json/* goJsonBytes */.If)((0,go_json/* encodeConfigFile */.dP)(config)));
    const manifest = {
        schemaVersion: 2,
        mediaType: media_types/* MediaType */.zu.OciManifest,
        config: configBlob.descriptor,
        layers: [layer.descriptor],
    };
    const rawManifest = (0,go_json/* goJsonBytes */.If)((0,go_json/* encodeManifest */.Gb)(manifest));
    return {
        kind: 'image',
        mediaType: media_types/* MediaType */.zu.OciManifest,
        digest: (0,image_digest/* sha256 */.sc)(rawManifest),
        rawManifest,
        blobs: [configBlob, layer],
    };
}

// EXTERNAL MODULE: ./src/util/read-all.ts
var read_all = __webpack_require__(3868);
;// CONCATENATED MODULE: ./src/build/base-image.ts




async function loadBase(name, reader) {
    const root = await reader.root();
    const mediaType = root.mediaType || sniffMediaType(root.bytes);
    if ((0,media_types/* isIndexMediaType */.$$)(mediaType)) {
        const index = JSON.parse(Buffer.from(root.bytes).toString('utf8'));
        const images = new KeyedOnce();
        return {
            kind: 'index',
            name,
            digest: root.digest,
            mediaType,
            index,
            image: (entry) => {
                if (!(0,media_types/* isImageManifestMediaType */.d6)(entry.mediaType)) {
                    throw new errors/* KoActionError */.jV('REGISTRY', `base image ${name ?? ''} holds a nested index (${entry.digest})`, {
                        hint: 'ko needs each entry of a base index to be an image manifest',
                    });
                }
                return images.get(entry.digest, async () => loadImage(name, await reader.manifest(entry), reader, entry.platform));
            },
        };
    }
    if (!(0,media_types/* isImageManifestMediaType */.d6)(mediaType)) {
        throw new errors/* KoActionError */.jV('REGISTRY', `base image ${name ?? ''} has unsupported media type ${mediaType}`, {
            hint: 'use an OCI or Docker v2 image or index as the base',
        });
    }
    return loadImage(name, { ...root, mediaType }, reader, undefined);
}
async function loadImage(name, raw, reader, platform) {
    const manifest = JSON.parse(Buffer.from(raw.bytes).toString('utf8'));
    const configBytes = await (0,read_all/* readAll */.y)(await reader.blob(manifest.config));
    const config = JSON.parse(Buffer.from(configBytes).toString('utf8'));
    const layers = manifest.layers.map((descriptor) => ({
        descriptor,
        open: () => reader.blob(descriptor),
        ...(reader.mountFrom ? { mountFrom: reader.mountFrom } : {}),
    }));
    return {
        kind: 'image',
        name,
        digest: raw.digest,
        manifest,
        manifestMediaType: manifest.mediaType ?? raw.mediaType,
        config,
        configBytes,
        layers,
        platform,
    };
}
function sniffMediaType(bytes) {
    const doc = JSON.parse(Buffer.from(bytes).toString('utf8'));
    if (doc.mediaType)
        return doc.mediaType;
    return doc.manifests ? media_types/* MediaType */.zu.OciIndex : media_types/* MediaType */.zu.OciManifest;
}

;// CONCATENATED MODULE: ./src/config/build-config.ts
// Which .ko.yaml build (and base image) applies to an import path. ko keys each `builds[]` entry
// by the import path `go list` reports for `./<main>` run in `<working-directory>/<dir>`; this
// module says what to list and then picks the build, with ko's defaults (ko-compat §7.2). Pure:
// the caller runs `go list` and answers file-system questions through `PathKind`.


const stripScheme = (ip) => ip.trim().replace(/^ko:\/\//, '');
/**
 * For each build, what to `go list` to learn its import path. `main` naming a file means its
 * directory (as GoReleaser does); a `dir` or `main` that does not exist is an error at its
 * position in .ko.yaml (ko#483). Run one `go list` per distinct `cwd` with all its patterns.
 */
function buildMatchKeys(config, workingDirectory, pathKind) {
    return config.builds.map((b) => {
        const cwd = (0,external_node_path_.join)(workingDirectory, b.dir);
        if (pathKind(cwd) !== 'directory') {
            throw new errors/* KoActionError */.jV('CONFIG', `builds[${b.index}].dir: ${b.dir} is not a directory in ${workingDirectory}`, { where: b.dirWhere, hint: 'dir is relative to working-directory' });
        }
        // Leading slashes are dropped: ko joins main onto dir even when it is absolute.
        let main = external_node_path_.posix.normalize(b.main.replaceAll('\\', '/')).replace(/^\/+/, '') || '.';
        const kind = pathKind((0,external_node_path_.join)(cwd, main));
        if (kind === 'file')
            main = external_node_path_.posix.dirname(main);
        else if (kind === 'missing') {
            throw new errors/* KoActionError */.jV('CONFIG', `builds[${b.index}].main: ${b.main} does not exist in ${cwd}`, {
                where: b.mainWhere,
                hint: 'main is a package directory (or a .go file in it) relative to the build’s dir',
            });
        }
        return { buildIndex: b.index, cwd, pattern: localPattern(main) };
    });
}
function localPattern(rel) {
    if (rel === '.' || rel === '..' || rel.startsWith('../'))
        return rel;
    return `./${rel}`;
}
/**
 * Two builds for the same package: ko silently keeps the later one; we stop, because one of the
 * two entries is certainly not doing what its author meant.
 */
function checkBuildImportPaths(config, resolved) {
    const first = new Map();
    for (const b of config.builds) {
        const ip = resolved.get(b.index);
        if (ip === undefined)
            continue;
        const before = first.get(ip);
        if (before) {
            throw new errors/* KoActionError */.jV('CONFIG', `builds[${b.index}] (${b.id}) and builds[${before.index}] (${before.id}) both build ${ip}`, { where: b.where, hint: 'keep one builds entry per package' });
        }
        first.set(ip, b);
    }
}
/**
 * The build for `importPath` (exact import path match, as ko's map lookup), with defaults for
 * what it leaves unset; the defaults alone when no build matches. `resolved` maps build index to
 * the import path `go list` gave for its BuildMatchKey.
 */
function selectBuild(config, importPath, resolved, options = {}) {
    const ip = stripScheme(importPath);
    // Later entries win, as when ko fills its map.
    const build = [...config.builds].reverse().find((b) => resolved.get(b.index) === ip);
    const cli = (options.cliLdflags ?? []).map((text) => ({ text, where: '--ldflags' }));
    const pick = (own, fallback) => own && own.length > 0 ? own : fallback;
    return {
        build,
        dir: build?.dir,
        env: pick(build?.env, config.defaultEnv),
        flags: pick(build?.flags, config.defaultFlags),
        ldflags: pick(cli, pick(build?.ldflags, config.defaultLdflags)),
        linuxCapabilities: build?.linuxCapabilities ?? [],
    };
}
/**
 * For a local import path (`./app/cmd/foo`), the build directories that contain it, most specific
 * first, with the path relative to each: list the package there so a nested module under a
 * build's `dir` resolves (ko's gobuilds.builder second step, which tries its builds in random
 * map order). Empty for a full import path or when no build's dir contains it.
 */
function localBuildCandidates(config, localPath) {
    const p = stripScheme(localPath);
    if (!(p === '.' || p === '..' || p.startsWith('./') || p.startsWith('../')))
        return [];
    const seen = new Set();
    const out = [];
    for (const b of config.builds) {
        const dir = posix.normalize(b.dir.replaceAll('\\', '/'));
        if (dir === '.' || seen.has(dir))
            continue;
        const rel = posix.relative(dir, p);
        if (rel === '..' || rel.startsWith('../') || posix.isAbsolute(rel))
            continue;
        seen.add(dir);
        out.push({ dir, pattern: localPattern(rel || '.'), depth: dir.split('/').length });
    }
    return out.sort((a, b) => b.depth - a.depth).map(({ dir, pattern }) => ({ dir, pattern }));
}
/**
 * The base image for `importPath`: its baseImageOverrides entry (looked up lowercased, as ko
 * does), else `override` (the base-image input, which replaces only the default), else the
 * configured default.
 */
function baseImageFor(config, importPath, override) {
    const own = config.baseImageOverrides.get(stripScheme(importPath).toLowerCase());
    if (own)
        return own.value;
    return override?.trim() || config.defaultBaseImage.value;
}

// EXTERNAL MODULE: ./src/image/config.ts
var image_config = __webpack_require__(6575);
// EXTERNAL MODULE: ./src/image/ko-config.ts
var ko_config = __webpack_require__(7846);
// EXTERNAL MODULE: ./src/build/binary-layer.ts
var binary_layer = __webpack_require__(2375);
// EXTERNAL MODULE: ./src/build/go-build.ts
var go_build = __webpack_require__(1577);
// EXTERNAL MODULE: ./src/build/kodata-layer.ts
var kodata_layer = __webpack_require__(1648);
// EXTERNAL MODULE: ./src/build/go-packages.ts
var go_packages = __webpack_require__(360);
;// CONCATENATED MODULE: ./src/build/go-version-m.ts
// `go version -m <binary>`, the input of ko's SBOM. The random build path in its first line is
// replaced by the path inside the image, as ko does, so the text is the same on every build.


/**
 * Runs `go version -m binary` and returns its output with the binary's path (first occurrence)
 * replaced by `appPath` (ko's `/ko-app/<name>`) when given.
 */
async function readBuildInfo(goPath, binary, opts = {}) {
    const res = await (0,go_packages/* run */.eF)(goPath, ['version', '-m', binary], opts.cwd ?? process.cwd(), {
        ...(opts.env ?? process.env),
    });
    if (res.code !== 0) {
        throw new errors/* KoActionError */.jV('GO_BUILD', `go version -m ${binary} failed: ${res.stderr.trim()}`, {
            hint: 'the SBOM is made from the build info Go embeds in the binary; set `sbom: none` to skip it',
        });
    }
    return opts.appPath === undefined ? res.stdout : res.stdout.replace(binary, () => opts.appPath);
}

// EXTERNAL MODULE: ./src/image/layer.ts + 1 modules
var image_layer = __webpack_require__(5577);
;// CONCATENATED MODULE: ./src/build/build-id.ts
// A Go binary's build ID, read in process the way `go tool buildid` reads it (Go's
// cmd/internal/buildid): an ELF binary carries it in a PT_NOTE named "Go\0\0" of type 4; other
// formats (PE, Mach-O) carry the raw `\xff Go build ID: "…"\n \xff` marker near the start.
// KOCACHE looks a binary up by this ID on every build; asking `go tool buildid` costs ~55 ms.

// Go reads this much and looks for notes and the raw marker within it.
const headSize = 32 * 1024;
const elfMagic = Buffer.from([0x7f, 0x45, 0x4c, 0x46]);
const rawPrefix = Buffer.from('\xff Go build ID: "', 'latin1');
const rawEnd = Buffer.from('"\n \xff', 'latin1');
const ptNote = 4;
const goNoteName = Buffer.from('Go\0\0', 'latin1');
const goBuildIdTag = 4;
/** The build ID, or undefined when the file has none this reader knows (the caller asks go). */
async function readBuildId(file) {
    const fh = await (0,promises_.open)(file, 'r');
    try {
        const head = Buffer.alloc(headSize);
        const { bytesRead } = await fh.read(head, 0, headSize, 0);
        const data = head.subarray(0, bytesRead);
        if (data.subarray(0, 4).equals(elfMagic))
            return await elfBuildId(fh, data);
        return rawBuildId(data);
    }
    finally {
        await fh.close();
    }
}
async function elfBuildId(fh, head) {
    const is64 = head[4] === 2;
    const le = head[5] === 1;
    const u16 = (b, o) => (le ? b.readUInt16LE(o) : b.readUInt16BE(o));
    const u32 = (b, o) => (le ? b.readUInt32LE(o) : b.readUInt32BE(o));
    const word = (b, o) => is64 ? Number(le ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o)) : u32(b, o);
    if (head.length < (is64 ? 64 : 52))
        return undefined;
    const phoff = word(head, is64 ? 0x20 : 0x1c);
    const phentsize = u16(head, is64 ? 0x36 : 0x2a);
    const phnum = u16(head, is64 ? 0x38 : 0x2c);
    for (let i = 0; i < phnum; i++) {
        const ph = phoff + i * phentsize;
        if (ph + phentsize > head.length)
            return undefined;
        if (u32(head, ph) !== ptNote)
            continue;
        const offset = word(head, ph + (is64 ? 8 : 4));
        const size = word(head, ph + (is64 ? 32 : 16));
        if (size < 16 || size > 1 << 20)
            continue;
        const notes = Buffer.alloc(size);
        await fh.read(notes, 0, size, offset);
        for (let at = 0; at + 12 <= size;) {
            const nameSize = u32(notes, at);
            const descSize = u32(notes, at + 4);
            const tag = u32(notes, at + 8);
            const nameAt = at + 12;
            const descAt = nameAt + align4(nameSize);
            if (descAt + descSize > size)
                break;
            const name = notes.subarray(nameAt, nameAt + nameSize);
            if (tag === goBuildIdTag && name.equals(goNoteName))
                return notes.subarray(descAt, descAt + descSize).toString('latin1');
            at = descAt + align4(descSize);
        }
    }
    return undefined;
}
function rawBuildId(data) {
    const start = data.indexOf(rawPrefix);
    if (start < 0)
        return undefined;
    const from = start + rawPrefix.length;
    const end = data.indexOf(rawEnd, from);
    if (end < 0)
        return undefined;
    const id = data.subarray(from, end).toString('latin1');
    // The linker writes it as a Go quoted string; build IDs never need escapes.
    return /^[\x21-\x7e]+$/.test(id) && !id.includes('\\') ? id : undefined;
}
function align4(n) {
    return (n + 3) & ~3;
}

;// CONCATENATED MODULE: ./src/build/layer-cache.ts
// KOCACHE for binary layers (ko pkg/build/cache.go, spec §8). The key is `go tool buildid` of the
// built binary; `buildid-to-diffid` and `diffid-to-descriptor` sit next to the binary as in ko.
// Unlike ko, the compressed layer itself is kept at `$KOCACHE/layers/sha256/<hex>`, so a hit needs
// neither tar nor gzip, and the maps are written truncating (ko leaves stale tail bytes).
// A cache problem is never an error: it is logged at debug level and the layer is made afresh.









const buildIdFile = 'buildid-to-diffid';
const descriptorFile = 'diffid-to-descriptor';
/** Where ko puts a binary's directory: `$KOCACHE/bin/<importpath>/<platform>` (`out` inside). */
function kocacheBinDir(kocache, importPath, platform) {
    return (0,external_node_path_.join)(kocache, 'bin', importPath, (0,image_platform/* formatPlatform */.Bq)(platform));
}
/** Where the compressed bytes of a cached layer live. */
function kocacheLayerPath(kocache, digest) {
    return (0,external_node_path_.join)(kocache, 'layers', 'sha256', (0,image_digest/* digestHex */.sU)(digest));
}
/**
 * The binary layer for `binaryPath`, from KOCACHE when its build ID was seen before, else from
 * `make()` (then recorded). Callers skip this when capabilities are set, as ko does.
 */
async function binaryLayerFromCache(kocache, importPath, platform, binaryPath, goPath, make, opts) {
    const debug = opts.debug ?? (() => undefined);
    const metaDir = (0,external_node_path_.dirname)(binaryPath);
    let buildId;
    try {
        buildId = (await readBuildId(binaryPath)) ?? (await goBuildId(goPath, binaryPath, opts.env));
        const hit = await lookup(kocache, metaDir, buildId, opts.mediaType);
        if (hit)
            return hit;
        debug(`KOCACHE miss for ${importPath} ${(0,image_platform/* formatPlatform */.Bq)(platform)} (build ID ${buildId})`);
    }
    catch (err) {
        debug(`KOCACHE unusable for ${binaryPath}: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    const layer = await make();
    if (buildId === undefined)
        return layer;
    try {
        await record(kocache, metaDir, buildId, layer);
    }
    catch (err) {
        debug(`KOCACHE: cannot record ${binaryPath}: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    return layer;
}
/** `go tool buildid <file>`, trimmed, as ko reads it. */
async function goBuildId(goPath, file, env = process.env) {
    // Run outside any module so a go.mod `toolchain` line cannot trigger a download.
    const res = await (0,go_packages/* run */.eF)(goPath, ['tool', 'buildid', file], (0,external_node_path_.dirname)(file), {
        ...env,
        GOTOOLCHAIN: 'local',
    });
    const out = (res.stdout + res.stderr).trim();
    if (res.code !== 0)
        throw new Error(`go tool buildid ${file}: ${out}`);
    if (!out)
        throw new Error(`no build ID in ${file}`);
    return out;
}
async function lookup(kocache, metaDir, buildId, mediaType) {
    const diffIds = await readMap((0,external_node_path_.join)(metaDir, buildIdFile));
    const descs = await readMap((0,external_node_path_.join)(metaDir, descriptorFile));
    if (!diffIds || !descs)
        return undefined;
    const diffId = diffIds[buildId];
    if (diffId === undefined)
        return undefined;
    if (!(0,image_digest/* isDigest */.Bc)(diffId))
        throw new Error(`${buildIdFile}: bad diffID ${diffId}`);
    const desc = descs[diffId];
    if (!desc || !(0,image_digest/* isDigest */.Bc)(desc.digest) || !Number.isSafeInteger(desc.size)) {
        throw new Error(`${descriptorFile}: no valid descriptor for ${diffId}`);
    }
    const path = kocacheLayerPath(kocache, desc.digest);
    const { size } = await (0,promises_.stat)(path);
    if (size !== desc.size)
        throw new Error(`${path} has ${size} bytes, not ${desc.size}`);
    // The media type follows today's base, not the one recorded: the bytes are the same.
    return (0,image_layer/* layerFromFile */._)(path, { mediaType, diffId, digest: desc.digest });
}
/** A map file, or undefined when absent; anything unparsable throws (and so becomes a miss). */
async function readMap(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw err;
    }
    const value = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new Error(`${path}: not a JSON object`);
    }
    return value;
}
/**
 * Copies the layer file into KOCACHE and rewrites both maps with this one entry: a binary
 * directory only ever needs its latest build, and older layers are left for pruneKocacheLayers.
 */
async function record(kocache, metaDir, buildId, layer) {
    const { diffId, descriptor } = layer;
    const path = kocacheLayerPath(kocache, descriptor.digest);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const staged = `${path}.${(0,external_node_crypto_.randomUUID)()}.tmp`;
    // A copy, not a move: the caller's layer keeps its file, and a reader never sees a partial one.
    await (0,promises_.copyFile)(layer.path, staged);
    await (0,promises_.rename)(staged, path);
    const desc = {
        mediaType: descriptor.mediaType,
        size: descriptor.size,
        digest: descriptor.digest,
    };
    await writeJson((0,external_node_path_.join)(metaDir, descriptorFile), { [diffId]: desc });
    await writeJson((0,external_node_path_.join)(metaDir, buildIdFile), { [buildId]: diffId });
}
/** Go's json.Encoder with SetIndent("", "  "): 2-space indent and a trailing newline. */
async function writeJson(path, value) {
    const tmp = `${path}.${(0,external_node_crypto_.randomUUID)()}.tmp`;
    await (0,promises_.writeFile)(tmp, JSON.stringify(value, null, 2) + '\n');
    await (0,promises_.rename)(tmp, path);
}
/**
 * Removes layer files no `diffid-to-descriptor` under `$KOCACHE/bin` refers to, so a cache saved
 * run after run does not grow without bound. Run it when no build is in progress (post step).
 */
async function pruneKocacheLayers(kocache) {
    const layersDir = join(kocache, 'layers', 'sha256');
    let files;
    try {
        files = await readdir(layersDir);
    }
    catch {
        return 0;
    }
    const used = new Set();
    for (const file of await findFiles(join(kocache, 'bin'), descriptorFile)) {
        try {
            const descs = await readMap(file);
            for (const d of Object.values(descs ?? {})) {
                if (typeof d.digest === 'string' && isDigest(d.digest))
                    used.add(digestHex(d.digest));
            }
        }
        catch {
            // A corrupt map protects nothing; its layers go.
        }
    }
    let removed = 0;
    for (const name of files) {
        if (used.has(name))
            continue;
        await rm(join(layersDir, name), { force: true });
        removed++;
    }
    return removed;
}
async function findFiles(dir, name) {
    let entries;
    try {
        entries = await readdir(dir, { withFileTypes: true });
    }
    catch {
        return [];
    }
    const found = [];
    for (const e of entries) {
        const p = join(dir, e.name);
        if (e.isDirectory())
            found.push(...(await findFiles(p, name)));
        else if (e.name === name)
            found.push(p);
    }
    return found;
}

;// CONCATENATED MODULE: ./src/build/builder.ts
// Turns one Go main package into an image (or an index, one image per platform) the way ko does:
// base layers + kodata layer + binary layer, ko's config, ko's manifest and index (§3–§5).














async function buildArtifact(req) {
    const { base } = req;
    if (base.kind === 'image') {
        const platform = (0,image_platform/* platformOfConfig */.Dr)(base.config);
        if (!(0,image_platform/* platformMatches */.J5)(req.platforms, platform)) {
            throw new errors/* KoActionError */.jV('INPUT', `base image platform "${(0,image_platform/* formatPlatform */.Bq)(platform)}" does not match desired platforms ${describe(req.platforms)}`, {
                where: 'platforms',
                hint: 'use a multi-platform base image, or build for the base image platform',
            });
        }
        return (await buildImage(req, Promise.resolve(base), platform)).artifact;
    }
    const entries = base.index.manifests.filter((d) => (0,image_platform/* platformMatches */.J5)(req.platforms, d.platform));
    if (entries.length === 0) {
        throw new errors/* KoActionError */.jV('INPUT', `no matching platforms in base image index ${base.name ?? ''} for ${describe(req.platforms)}`, {
            where: 'platforms',
            hint: `the base image has ${base.index.manifests.map((d) => (d.platform ? (0,image_platform/* formatPlatform */.Bq)(d.platform) : '?')).join(', ')}`,
        });
    }
    const built = await Promise.all(entries.map(async (entry) => {
        const image = base.image(entry);
        // An index entry names its platform: compile while its manifest and config download.
        const platform = entry.platform ?? (0,image_platform/* platformOfConfig */.Dr)((await image).config);
        return { entry, ...(await buildImage(req, image, platform)) };
    }));
    if (built.length === 1)
        return built[0].artifact;
    return makeIndex(req, base, built);
}
function makeIndex(req, base, built) {
    const children = built.map(({ entry, manifest }) => ({ baseEntry: entry, image: manifest }));
    const baseInfo = base.name && base.digest
        ? {
            baseName: base.name,
            baseDigest: koBaseIndexDigest({
                index: base.index,
                mediaType: base.mediaType,
                digest: base.digest,
                baseName: base.name,
                annotations: req.indexAnnotations,
            }),
        }
        : undefined;
    const index = buildKoIndex({
        mediaType: base.mediaType,
        children,
        annotations: req.indexAnnotations,
        ...baseInfo,
    });
    const sbom = req.sbom && built[0]
        ? spdxForIndex({
            indexDigest: index.digest,
            indexMediaType: base.mediaType,
            ...(index.value.annotations ? { annotations: index.value.annotations } : {}),
            created: built[0].created,
            children: index.value.manifests.flatMap((d) => d.platform ? [{ mediaType: d.mediaType, digest: d.digest, platform: d.platform }] : []),
        })
        : undefined;
    return {
        kind: 'index',
        mediaType: base.mediaType,
        digest: index.digest,
        rawManifest: index.bytes,
        children: built.map((b) => b.artifact),
        ...(sbom ? { sbom } : {}),
    };
}
async function buildImage(req, baseImage, platform) {
    const started = Date.now();
    const p = (0,image_platform/* formatPlatform */.Bq)(platform);
    const compiling = req.compileLimit(async () => {
        const compileReq = {
            goPath: req.goPath,
            importPath: req.pkg.importPath,
            cwd: req.cwd,
            platform,
            outDir: req.kocache
                ? kocacheBinDir(req.kocache, req.pkg.importPath, platform)
                : (0,external_node_path_.join)(req.binDir, req.pkg.importPath, p.replace(/\//g, '-')),
            flags: req.flags,
            ldflags: req.ldflags,
            buildEnv: req.buildEnv,
            debug: req.debug,
            processEnv: req.processEnv,
        };
        const rendered = req.render ? await req.render(platform, (0,go_build/* goBuildEnv */.SE)(compileReq)) : undefined;
        const final = rendered ? { ...compileReq, ...rendered } : compileReq;
        return (await req.takeBuild?.(final, req.pkg.requested)) ?? (0,go_build/* compile */.wE)(final);
    });
    // Both settle before either error is reported (ko's order: the base's first), so no go build
    // outlives a failed run.
    const [baseResult, compileResult] = await Promise.allSettled([baseImage, compiling]);
    if (baseResult.status === 'rejected')
        throw baseResult.reason;
    if (compileResult.status === 'rejected')
        throw compileResult.reason;
    const base = baseResult.value;
    const binary = compileResult.value;
    const compiled = Date.now();
    req.onTiming?.('compile', compiled - started);
    const mediaType = layerMediaTypeFor(base.manifestMediaType);
    const [kodata, bin] = await Promise.all([
        (0,kodata_layer/* createKodataLayer */.aW)({
            kodataDir: (0,external_node_path_.join)(req.pkg.dir, 'kodata'),
            os: platform.os,
            epochSeconds: req.kodataDateEpoch ?? 0,
            mediaType,
            tmpDir: req.tmpDir,
            ...(req.log ? { log: req.log } : {}),
        }),
        binaryLayer(req, binary, platform, mediaType),
    ]);
    const config = (0,ko_config/* koConfigFile */.xV)((0,image_config/* parseConfigFile */.m)(base.configBytes), {
        appName: (0,ko_config/* appFileName */.v1)(req.pkg.importPath),
        importRef: req.importRef,
        os: platform.os,
        kodataDiffId: kodata.diffId,
        binaryDiffId: bin.diffId,
        ...(req.sourceDateEpoch !== undefined ? { sourceDateEpoch: req.sourceDateEpoch } : {}),
        ...(req.kodataDateEpoch !== undefined ? { kodataDateEpoch: req.kodataDateEpoch } : {}),
        labels: req.labels,
        ...(req.user ? { user: req.user } : {}),
    });
    const configBytes = (0,go_json/* marshalConfigFile */.xk)(config);
    const manifest = buildImageManifest({
        base: base.manifest,
        config: configBytes,
        layers: [kodata.descriptor, bin.descriptor],
        annotations: req.manifestAnnotations,
        ...(base.name && base.digest ? { baseName: base.name, baseDigest: base.digest } : {}),
    });
    req.onTiming?.('layering', Date.now() - compiled);
    const configBlob = {
        descriptor: manifest.value.config,
        open: () => Promise.resolve(external_node_stream_.Readable.from([Buffer.from(configBytes)])),
    };
    const layers = [...base.layers, kodata, bin];
    const mediaTypeOut = manifest.value.mediaType ?? base.manifestMediaType;
    const sbom = req.sbom
        ? spdxFromBuildInfo(await readBuildInfo(req.goPath, binary, {
            appPath: (0,binary_layer/* appPath */.X4)(req.pkg.importPath),
            env: { ...req.processEnv },
        }), {
            imageDigest: manifest.digest,
            manifestMediaType: mediaTypeOut,
            ...(manifest.value.annotations ? { annotations: manifest.value.annotations } : {}),
            created: config.created,
        })
        : undefined;
    const artifact = {
        kind: 'image',
        mediaType: mediaTypeOut,
        digest: manifest.digest,
        rawManifest: manifest.bytes,
        blobs: [configBlob, ...layers],
        platform,
        ...(sbom ? { sbom } : {}),
    };
    return { artifact, manifest, created: config.created };
}
/** ko skips KOCACHE when capabilities are set: the layer then depends on more than the binary. */
function binaryLayer(req, binary, platform, mediaType) {
    const make = () => (0,binary_layer/* createBinaryLayer */.Rm)({
        binaryPath: binary,
        importPath: req.pkg.importPath,
        os: platform.os,
        ...(req.capabilities ? { capabilities: req.capabilities } : {}),
        mediaType,
        tmpDir: req.tmpDir,
    });
    if (!req.kocache || req.capabilities?.length)
        return make();
    return binaryLayerFromCache(req.kocache, req.pkg.importPath, platform, binary, req.goPath, make, {
        mediaType,
        env: { ...req.processEnv },
        ...(req.log ? { debug: req.log } : {}),
    });
}
function describe(spec) {
    return spec.all ? '[all]' : `[${spec.platforms.map(image_platform/* formatPlatform */.Bq).join(' ')}]`;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/config/template-data.ts
// The data ko's templates see (pkg/build/gobuild.go createTemplateData, pkg/internal/git). Pure:
// the caller runs `go env` and the git commands below and passes their output in.
//
// What the caller collects, per build (ko runs both in the build's directory, working-directory
// plus the build's `dir`):
//   - `go env` stdout (with the build environment) → parseGoEnv
//   - each of gitInfoCommands as `git -c log.showSignature=false <args>`: stdout when the command
//     exits 0, undefined when it fails or git is missing → gitInfoFromOutputs
//   - the build's final environment (the env `go build` gets, ko-compat §7.6)
//   - SOURCE_DATE_EPOCH seconds if set, else the current time

/** What ko reports outside a git repository, or when git is missing or fails. */
const zeroGitInfo = {
    branch: '',
    tag: '',
    shortCommit: '',
    fullCommit: '',
    commitSeconds: undefined,
    dirty: false,
};
/** The git commands ko runs (pkg/internal/git/info.go), each as `git -c log.showSignature=false …`. */
const gitInfoCommands = {
    isRepo: ['rev-parse', '--is-inside-work-tree'],
    branch: ['rev-parse', '--abbrev-ref', 'HEAD', '--quiet'],
    shortCommit: ['show', '--format=%h', 'HEAD', '--quiet'],
    fullCommit: ['show', '--format=%H', 'HEAD', '--quiet'],
    commitSeconds: ['show', "--format='%ct'", 'HEAD', '--quiet'],
    status: ['status', '--porcelain'],
    tag: ['describe', '--tags', '--abbrev=0', 'HEAD'],
};
// ko's clean(): first line, single quotes removed.
const clean = (s) => (s.split('\n')[0] ?? '').replaceAll("'", '');
/** ko's git.GetInfo, from the commands' outputs. */
function gitInfoFromOutputs(o) {
    if (o.isRepo?.trim() !== 'true')
        return zeroGitInfo;
    if (o.branch === undefined || o.shortCommit === undefined || o.fullCommit === undefined) {
        return zeroGitInfo;
    }
    if (o.commitSeconds === undefined)
        return zeroGitInfo;
    const ct = clean(o.commitSeconds);
    if (ct !== '' && !/^[+-]?\d+$/.test(ct))
        return zeroGitInfo;
    // ko: a failed `git describe` (no tags) is v0.0.0; an empty answer is "".
    const tag = o.tag === undefined
        ? 'v0.0.0'
        : (clean(o.tag)
            .split('\n')
            .map((l) => l.trim())
            .find((l) => l !== '') ?? '');
    return {
        branch: clean(o.branch),
        tag,
        shortCommit: clean(o.shortCommit),
        fullCommit: clean(o.fullCommit),
        commitSeconds: ct === '' ? undefined : Number(ct),
        dirty: o.status === undefined || o.status.trim() !== '',
    };
}
/** ko's goenv(): `KEY=VALUE` lines, trimmed, one level of matching quotes removed. */
function parseGoEnv(stdout) {
    const env = {};
    const lines = stdout.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    lines.forEach((line, i) => {
        const eq = line.indexOf('=');
        if (eq < 0) {
            throw new errors/* KoActionError */.jV('GO_BUILD', `go env: failed parsing line ${i + 1}: ${line}`);
        }
        const key = line.slice(0, eq).trim();
        let value = line.slice(eq + 1).trim();
        if (value.length > 1 && /^(['"]).*\1$/s.test(value))
            value = value.slice(1, -1);
        env[key] = value;
    });
    return env;
}
const GO_ZERO_SECONDS = -62135596800; // 0001-01-01T00:00:00Z
/**
 * Go's time.Format(time.RFC3339) of `seconds` at a UTC offset (minutes east of UTC): "Z" for
 * offset 0, else ±hh:mm.
 */
function formatRfc3339(seconds, offsetMinutes = 0) {
    const shifted = new Date((seconds + offsetMinutes * 60) * 1000);
    const year = shifted.getUTCFullYear();
    const pad = (n, w = 2) => String(n).padStart(w, '0');
    const stamp = `${pad(year, 4)}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}` +
        `T${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())}`;
    if (offsetMinutes === 0)
        return `${stamp}Z`;
    const abs = Math.abs(offsetMinutes);
    return `${stamp}${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
/** ko's Info.TemplateValue(). */
function gitTemplateValue(info) {
    const seconds = info.commitSeconds ?? GO_ZERO_SECONDS;
    return {
        Branch: info.branch,
        Tag: info.tag,
        ShortCommit: info.shortCommit,
        FullCommit: info.fullCommit,
        CommitDate: formatRfc3339(seconds),
        CommitTimestamp: seconds,
        IsDirty: info.dirty,
        IsClean: !info.dirty,
        TreeState: info.dirty ? 'dirty' : 'clean',
    };
}
function makeTemplateData(input) {
    const env = { LDFLAGS: '', ...input.buildEnv };
    const goEnv = { ...input.goEnv };
    // ko overrides only the go env names that exist.
    for (const [k, v] of Object.entries(env))
        if (Object.hasOwn(goEnv, k))
            goEnv[k] = v;
    const offset = input.utcOffsetMinutes ?? -new Date(input.seconds * 1000).getTimezoneOffset();
    return {
        Env: env,
        GoEnv: goEnv,
        Date: formatRfc3339(input.seconds, offset),
        Timestamp: input.seconds,
        Git: gitTemplateValue(input.git),
    };
}

;// CONCATENATED MODULE: ./src/config/templates.ts
// ko's flag and ldflag templates (pkg/build/gobuild.go applyTemplating: Go text/template with
// missingkey=error). We evaluate the part of text/template that ko users write: field chains
// such as {{.Env.VERSION}} or {{ .Git.ShortCommit }}, comments, and {{- -}} trim markers, with
// Go's lexing and printing rules. Anything else (pipes, functions, if/range) is a clear error
// rather than a silently different result.

const topFields = ['Env', 'GoEnv', 'Date', 'Timestamp', 'Git'];
const gitFields = [
    'Branch',
    'Tag',
    'ShortCommit',
    'FullCommit',
    'CommitDate',
    'CommitTimestamp',
    'IsDirty',
    'IsClean',
    'TreeState',
];
const supported = 'ko-action evaluates field references only: {{.Env.NAME}}, {{.GoEnv.NAME}}, {{.Date}}, ' +
    '{{.Timestamp}} and {{.Git.<field>}}, with optional {{- -}} trim markers and {{/* comments */}}';
// text/template's isSpace: space, tab, CR, LF (not Unicode spaces).
const isSpace = (c) => c === ' ' || c === '\t' || c === '\r' || c === '\n';
const identChar = /[\p{L}\p{Nd}_]/u;
/** Renders every entry, in order (ko's applyTemplating). */
function renderTemplates(list, data, options = {}) {
    return list.map((source) => renderTemplate(source, data, options));
}
function renderTemplate(source, data, options = {}) {
    const text = source.text;
    let out = '';
    let i = 0;
    for (;;) {
        const open = text.indexOf('{{', i);
        if (open < 0)
            return out + text.slice(i);
        let chunk = text.slice(i, open);
        let p = open + 2;
        if (text[p] === '-' && isSpace(text[p + 1])) {
            chunk = chunk.replace(/[ \t\r\n]+$/, '');
            p += 2;
        }
        out += chunk;
        const action = readAction(source, open, p);
        if (action.chain)
            out += evaluate(source, open, action.chain, data, options);
        i = action.end;
        if (action.trimAfter)
            while (isSpace(text[i]))
                i++;
    }
}
/** Lexes one action starting after `{{` (and a left trim marker), as text/template's lexer does. */
function readAction(source, open, start) {
    const text = source.text;
    const close = (at, sawSpace) => {
        if (sawSpace && text.startsWith('-}}', at))
            return { chain: [], end: at + 3, trimAfter: true };
        if (text.startsWith('}}', at))
            return { chain: [], end: at + 2, trimAfter: false };
        return undefined;
    };
    if (text.startsWith('/*', start)) {
        const endComment = text.indexOf('*/', start + 2);
        if (endComment < 0)
            throw templateError(source, open, 'unclosed comment');
        const after = endComment + 2;
        const done = close(after + (isSpace(text[after]) ? 1 : 0), isSpace(text[after]));
        if (!done || (isSpace(text[after]) && !done.trimAfter)) {
            throw templateError(source, open, 'comment ends before closing delimiter');
        }
        return { ...done, chain: undefined };
    }
    const chain = [];
    let p = start;
    for (;;) {
        const spaceStart = p;
        while (isSpace(text[p]))
            p++;
        // ` -}}` closes with a trim marker only after a space, as in text/template's lexSpace.
        const sawSpace = p > spaceStart;
        if (p >= text.length) {
            throw templateError(source, open, 'unclosed action', 'a space-separated flags string is split at spaces before templating: write {{.Env.X}} without spaces, or use a YAML list');
        }
        const done = close(p, sawSpace);
        if (done) {
            if (chain.length === 0)
                throw templateError(source, open, 'empty action: missing value');
            return { ...done, chain };
        }
        if (chain.length > 0 && sawSpace)
            break; // a second operand: a function call or pipeline
        if (text[p] !== '.' || !identChar.test(text[p + 1] ?? ''))
            break;
        let q = p + 1;
        while (q < text.length && identChar.test(text[q]))
            q++;
        chain.push(text.slice(p + 1, q));
        p = q;
        if (p < text.length && text[p] !== '.' && !isSpace(text[p]) && !text.startsWith('}}', p)) {
            break;
        }
    }
    const closing = text.indexOf('}}', p);
    const shown = closing < 0 ? text.slice(open) : text.slice(open, closing + 2);
    throw templateError(source, open, `unsupported template action ${JSON.stringify(shown)}`, supported);
}
function evaluate(source, offset, chain, data, options) {
    let value = data;
    const path = [];
    for (const name of chain) {
        const holder = path.length ? `.${path.join('.')}` : 'the template data';
        if (typeof value !== 'object' || value === null) {
            throw templateError(source, offset, `can't evaluate field ${name} of .${path.join('.')}: it is a ${typeof value}`);
        }
        if (!Object.hasOwn(value, name)) {
            if (path.length === 1 && path[0] === 'Env' && options.missingEnv !== 'error') {
                options.onWarning?.(`environment variable ${name} is not set; {{.Env.${name}}} renders as ""`, positionOf(source, offset));
                return '';
            }
            throw templateError(source, offset, `${holder} has no entry "${name}"`, missingHint(path));
        }
        value = value[name];
        path.push(name);
    }
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    throw templateError(source, offset, `{{.${path.join('.')}}} is a map; name one of its entries`, missingHint(path));
}
function missingHint(path) {
    if (path.length === 0)
        return `the fields are ${topFields.map((f) => `.${f}`).join(', ')}`;
    if (path[0] === 'Git')
        return `.Git has ${gitFields.map((f) => `.${f}`).join(', ')}`;
    if (path[0] === 'GoEnv')
        return 'run `go env` to see the names .GoEnv has';
    if (path[0] === 'Env') {
        return "set the variable in the step's env, or in the build's env (or defaultEnv) in .ko.yaml";
    }
    return supported;
}
function positionOf(source, offset) {
    if (!source.at)
        return source.where;
    return `${source.at.file}:${source.at.line}:${source.at.column + offset}`;
}
function templateError(source, offset, message, hint) {
    const where = positionOf(source, offset);
    const full = `template ${JSON.stringify(source.text)}: ${message}`;
    return new errors/* KoActionError */.jV('CONFIG', full, hint ? { where, hint } : { where });
}

;// CONCATENATED MODULE: ./src/build/build-settings.ts
// .ko.yaml `builds` at build time: which import path each entry builds (one `go list` per
// directory), and the per-platform flags and ldflags ko renders from templates (ko-compat §7.2,
// pkg/build/gobuild.go createTemplateData). The pure parts live in src/config.










const pathKind = (p) => {
    try {
        return (0,external_node_fs_.statSync)(p).isDirectory() ? 'directory' : 'file';
    }
    catch {
        return 'missing';
    }
};
/**
 * Build index → the import path its `main` lists as (ko's createBuildConfigMap), one `go list`
 * per distinct directory. Two entries for one package are an error (checkBuildImportPaths).
 */
async function resolveBuilds(config, workingDirectory, goPath, env) {
    const resolved = new Map();
    if (config.builds.length === 0)
        return resolved;
    const byCwd = new Map();
    for (const key of buildMatchKeys(config, workingDirectory, pathKind)) {
        byCwd.set(key.cwd, [...(byCwd.get(key.cwd) ?? []), key]);
    }
    await Promise.all([...byCwd].map(async ([cwd, keys]) => {
        const pkgs = await listKeys(config, cwd, keys, goPath, env);
        keys.forEach((k, i) => {
            const pkg = pkgs[i];
            if (pkg)
                resolved.set(k.buildIndex, pkg);
        });
    }));
    checkBuildImportPaths(config, resolved);
    return resolved;
}
async function listKeys(config, cwd, keys, goPath, env) {
    const list = (patterns) => (0,go_packages/* listPackages */.Ad)(goPath, patterns, cwd, env);
    // go list answers a repeated pattern once.
    const patterns = [...new Set(keys.map((k) => k.pattern))];
    try {
        const listed = await list(patterns);
        return keys.map((k) => listed[patterns.indexOf(k.pattern)]?.importPath ?? '');
    }
    catch (err) {
        if (!(err instanceof errors/* KoActionError */.jV))
            throw err;
        // Which entry failed: list them one by one (only on this error path) and point at its `main`.
        for (const k of keys) {
            const failed = await list([k.pattern]).then(() => undefined, (e) => e);
            if (!(failed instanceof errors/* KoActionError */.jV))
                continue;
            const b = config.builds.find((x) => x.index === k.buildIndex);
            throw new errors/* KoActionError */.jV('CONFIG', `builds[${k.buildIndex}].main: ${failed.message}`, {
                where: b?.mainWhere ?? failed.where ?? 'config',
                hint: 'main must name a main package (a directory or a .go file in it) under the build’s dir',
            });
        }
        throw err;
    }
}
/** Template inputs shared by every package of one run: git info per directory, `go env` per env. */
class TemplateContext {
    goPath;
    env;
    seconds;
    warn;
    git = new KeyedOnce();
    goEnvs = new KeyedOnce();
    constructor(goPath, env, 
    /** SOURCE_DATE_EPOCH, else the time of the run. */
    seconds, warn) {
        this.goPath = goPath;
        this.env = env;
        this.seconds = seconds;
        this.warn = warn;
    }
    /** The settings for one package and how to render its flags per platform. */
    packageBuild(config, importPath, resolved, workingDirectory) {
        const settings = selectBuild(config, importPath, resolved);
        const cwd = settings.dir ? (0,external_node_path_.join)(workingDirectory, settings.dir) : workingDirectory;
        const templated = [...settings.flags, ...settings.ldflags].some((s) => s.text.includes('{{'));
        const plain = (l) => l.map((s) => s.text);
        return {
            settings,
            cwd,
            flags: plain(settings.flags),
            ldflags: plain(settings.ldflags),
            render: templated
                ? async (platform, buildEnv) => {
                    const [git, goEnv] = await Promise.all([
                        this.git.get(cwd, () => gitInfo(cwd, this.env)),
                        this.goEnvs.get(`${cwd}\0${(0,image_platform/* formatPlatform */.Bq)(platform)}\0${envKey(buildEnv)}`, () => goEnvOf(this.goPath, cwd, buildEnv)),
                    ]);
                    const data = makeTemplateData({ buildEnv, goEnv, git, seconds: this.seconds });
                    const options = {
                        onWarning: (message, where) => this.warn(`${where}: ${message}`),
                    };
                    return {
                        flags: renderTemplates(settings.flags, data, options),
                        ldflags: renderTemplates(settings.ldflags, data, options),
                    };
                }
                : undefined,
        };
    }
}
const envKey = (env) => Object.entries(env)
    .map(([k, v]) => `${k}=${v}`)
    .sort()
    .join('\0');
async function goEnvOf(goPath, cwd, env) {
    const { stdout, stderr, code } = await (0,go_packages/* run */.eF)(goPath, ['env'], cwd, env);
    if (code !== 0) {
        throw new errors/* KoActionError */.jV('GO_BUILD', `go env failed: ${stderr.trim().split('\n')[0] ?? ''}`, {
            hint: 'templates need `go env`; check the build env in .ko.yaml',
        });
    }
    return parseGoEnv(stdout);
}
/** ko's git.GetInfo: every command in the build directory; a failure or no git is "unknown". */
async function gitInfo(cwd, env) {
    const entries = await Promise.all(Object.keys(gitInfoCommands).map(async (q) => {
        const out = await runGit([...gitInfoCommands[q]], cwd, env);
        return [q, out];
    }));
    const outputs = {};
    for (const [q, out] of entries)
        if (out !== undefined)
            outputs[q] = out;
    return gitInfoFromOutputs(outputs);
}
function runGit(args, cwd, env) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)('git', ['-c', 'log.showSignature=false', ...args], {
            cwd,
            env,
            stdio: ['ignore', 'pipe', 'ignore'],
        });
        const out = [];
        child.stdout.on('data', (b) => out.push(b));
        child.on('error', () => resolve(undefined));
        child.on('close', (code) => resolve(code === 0 ? Buffer.concat(out).toString('utf8') : undefined));
    });
}

;// CONCATENATED MODULE: ./src/build/layout-base.ts
// A base image read from a local OCI image layout (`oci-layout:<dir>[:<tag>]`).

function layoutReader(dir, tag) {
    return {
        root: async () => (0,layout_source/* readManifest */.WI)(dir, await (0,layout_source/* resolveLayoutRef */.q3)(dir, tag)),
        manifest: (d) => (0,layout_source/* readManifest */.WI)(dir, d),
        blob: (d) => (0,layout_source/* openBlob */.Ym)(dir, d),
    };
}

;// CONCATENATED MODULE: ./src/build/registry-base.ts

function registryReader(client, ref) {
    const repo = ref.context();
    return {
        root: () => client.getManifest(ref),
        manifest: (d) => client.getManifest((0,reference/* withDigest */.hQ)(repo, d.digest)),
        blob: (d) => client.openBlob(repo.repository, d.digest, d.size),
        mountFrom: { registry: repo.registry, repository: repo.repository },
    };
}

;// CONCATENATED MODULE: ./src/build/scratch-base.ts
// `scratch`: an empty base, as ggcr's empty.Image, but with os/architecture set (ko would leave
// them empty, which runtimes reject). For several platforms it is an index of such images, so
// `scratch` builds multi-platform images like any other base. It names no base annotation.




const scratchName = 'scratch';
function scratchReader(platforms) {
    const blobs = new Map();
    const put = (mediaType, doc) => {
        const bytes = Buffer.from(JSON.stringify(doc));
        const digest = (0,image_digest/* sha256 */.sc)(bytes);
        blobs.set(digest, { bytes, mediaType, digest });
        return { mediaType, size: bytes.length, digest };
    };
    const entries = platforms.map((platform) => {
        const config = put(media_types/* MediaType */.zu.OciConfig, {
            architecture: platform.architecture,
            created: '0001-01-01T00:00:00Z',
            os: platform.os,
            rootfs: { type: 'layers', diff_ids: null },
            config: {},
            ...(platform['os.version'] ? { 'os.version': platform['os.version'] } : {}),
            ...(platform.variant ? { variant: platform.variant } : {}),
        });
        const manifest = put(media_types/* MediaType */.zu.OciManifest, {
            schemaVersion: 2,
            mediaType: media_types/* MediaType */.zu.OciManifest,
            config,
            layers: [],
        });
        return { ...manifest, platform };
    });
    const root = entries.length === 1
        ? entries[0]
        : put(media_types/* MediaType */.zu.OciIndex, {
            schemaVersion: 2,
            mediaType: media_types/* MediaType */.zu.OciIndex,
            manifests: entries,
        });
    const get = (d) => {
        const raw = blobs.get(d.digest);
        if (!raw)
            throw new errors/* KoActionError */.jV('REGISTRY', `scratch has no blob ${d.digest}`);
        return raw;
    };
    return {
        root: () => Promise.resolve(get(root)),
        manifest: (d) => Promise.resolve(get(d)),
        blob: (d) => Promise.resolve(external_node_stream_.Readable.from([Buffer.from(get(d).bytes)])),
    };
}

;// CONCATENATED MODULE: ./src/build/engine.ts
// The build engine shared by the action and the CLI: packages → images → registry or layout.





















async function runBuild(plan, deps, targets = plan.importPaths.map((p) => ({
    requested: p,
    naming: 'qualified',
}))) {
    const tmp = await (0,promises_.mkdtemp)((0,external_node_path_.join)(deps.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'ko-action-'));
    try {
        // .ko.yaml builds first: a wrong `dir` or `main` is a config error, whatever is requested.
        const config = plan.koConfig;
        const resolved = await resolveBuilds(config, plan.workingDirectory, deps.goPath, deps.env);
        const templates = new TemplateContext(deps.goPath, deps.env, plan.sourceDateEpoch ?? Math.floor(Date.now() / 1000), (message) => deps.log(`warning: ${message}`));
        const requested = targets.map((t) => (0,go_packages/* stripKoScheme */.ug)(t.requested));
        const bases = new KeyedOnce();
        if (config.baseImageOverrides.size === 0) {
            // Every package gets the same base: fetch it while go list runs.
            const only = baseImageFor(config, '', plan.baseImage);
            bases.get(only, () => fetchBase(only, plan.platforms, deps)).catch(() => undefined);
        }
        const listed = await (0,go_packages/* listPackages */.Ad)(deps.goPath, requested, plan.workingDirectory, deps.env);
        const pkgs = listed.map((pkg, i) => {
            const asWritten = targets[i]?.naming === 'as-written';
            return { pkg, namingPath: asWritten ? pkg.requested : pkg.importPath };
        });
        const compileLimit = (0,limit/* limit */.A)(plan.jobs);
        const timing = (phase, ms) => {
            deps.timings[phase] += ms;
        };
        return await Promise.all(pkgs.map(async ({ pkg, namingPath }) => {
            const baseRef = baseImageFor(config, pkg.importPath, plan.baseImage);
            const base = await bases.get(baseRef, () => fetchBase(baseRef, plan.platforms, deps));
            const build = templates.packageBuild(config, pkg.importPath, resolved, plan.workingDirectory);
            const artifact = await buildArtifact({
                goPath: deps.goPath,
                pkg,
                importRef: `ko://${namingPath}`,
                base,
                platforms: plan.platforms,
                cwd: build.cwd,
                flags: build.flags,
                ldflags: build.ldflags,
                ...(build.render ? { render: build.render } : {}),
                buildEnv: build.settings.env,
                ...(build.settings.linuxCapabilities.length
                    ? { capabilities: build.settings.linuxCapabilities }
                    : {}),
                debug: plan.debug,
                sbom: plan.sbom && plan.push && !(0,daemon/* isDaemonRepo */.nF)(plan.repo ?? ''),
                ...(deps.kocache ? { kocache: deps.kocache } : {}),
                labels: plan.labels,
                manifestAnnotations: plan.manifestAnnotations,
                indexAnnotations: plan.indexAnnotations,
                user: plan.user,
                sourceDateEpoch: plan.sourceDateEpoch,
                kodataDateEpoch: plan.kodataDateEpoch,
                processEnv: deps.env,
                tmpDir: tmp,
                binDir: (0,external_node_path_.join)(tmp, 'bin'),
                compileLimit,
                ...(deps.takeBuild ? { takeBuild: deps.takeBuild } : {}),
                onTiming: timing,
                log: deps.log,
            });
            const started = Date.now();
            const built = await publish(plan, pkg, namingPath, artifact, deps, pkgs.length);
            deps.timings.upload += Date.now() - started;
            return built;
        }));
    }
    finally {
        await (0,promises_.rm)(tmp, { recursive: true, force: true });
    }
}
async function fetchBase(ref, platforms, deps) {
    if (ref === scratchName) {
        const wanted = platforms.all
            ? [{ os: 'linux', architecture: 'amd64' }]
            : [...platforms.platforms];
        return loadBase(undefined, scratchReader(wanted));
    }
    const layout = (0,layout_source/* parseLayoutReference */.ZR)(ref);
    if (layout)
        return loadBase(ref, layoutReader(layout.dir, layout.tag));
    const parsed = (0,reference/* parseReference */.F2)(ref);
    deps.log(`Using base ${parsed.name}`);
    const client = await deps.clients.client(parsed.context());
    return loadBase(parsed.name, registryReader(client, parsed));
}
async function publish(plan, pkg, namingPath, artifact, deps, count) {
    const name = (0,namer/* imageName */.tO)(plan.repo ?? 'ko.local', (0,namer/* namingImportPath */.pL)(namingPath), plan.naming);
    const platforms = (artifact.kind === 'index' ? artifact.children : [artifact]).map((img) => ({
        platform: img.platform ? (0,image_platform/* formatPlatform */.Bq)(img.platform) : 'unknown',
        digest: img.digest,
    }));
    const common = {
        requested: pkg.requested,
        importPath: pkg.importPath,
        name,
        digest: artifact.digest,
        platforms,
    };
    if (!plan.push) {
        // One import path: the layout entry is named by the tag, as `skopeo copy oci:<dir>:<tag>` expects.
        const tag = plan.tags[0] ?? [...plan.tagRefs.values()][0]?.[0] ?? 'latest';
        const refName = count === 1 ? tag : `${name.split('/').pop() ?? 'image'}-${tag}`;
        await writeToLayout(plan.ociLayoutPath, artifact, { refName });
        deps.log(`Wrote ${name} (${artifact.digest}) to ${plan.ociLayoutPath} as ${refName}`);
        return {
            ...common,
            ref: (0,namer/* printedReference */.aZ)({
                publisher: 'layout',
                layoutPath: plan.ociLayoutPath,
                digest: artifact.digest,
            }),
            tags: [refName],
        };
    }
    if ((0,daemon/* isDaemonRepo */.nF)(plan.repo)) {
        // ko.local…: loaded into the local engine; ko names it by the loaded image's digest.
        const loaded = await (0,daemon/* loadIntoDaemon */.bQ)(artifact, name, plan.tags, deps.env);
        deps.log(`Loaded ${loaded.ref} into the daemon`);
        return { ...common, digest: loaded.digest, ref: loaded.ref, tags: plan.tags };
    }
    // Plain tags (or none at all) go to the ko-named image; full references in `tags` as given.
    const destinations = [
        ...(plan.tags.length > 0 || plan.tagRefs.size === 0
            ? [[name, plan.tags]]
            : []),
        ...plan.tagRefs,
    ];
    for (const [repo, tags] of destinations) {
        const client = await deps.clients.client((0,reference/* parseRepository */.SU)(repo));
        const result = await pushArtifact(client, (0,reference/* parseReference */.F2)(repo), artifact, {
            tags,
            jobs: plan.uploadJobs,
        });
        const s = result.stats;
        deps.log(`Pushed ${result.byDigest}: ${s.uploaded.count} blobs uploaded (${s.uploaded.bytes} bytes), ` +
            `${s.mounted.count} mounted, ${s.skipped.count} already present`);
    }
    const [first, firstTags] = destinations[0] ?? [name, plan.tags];
    const sbom = await attachSboms(first, artifact, deps, plan.uploadJobs);
    return {
        ...common,
        ...(sbom ? { sbom } : {}),
        name: first,
        ref: (0,namer/* printedReference */.aZ)({
            publisher: 'registry',
            name: first,
            tags: firstTags,
            digest: artifact.digest,
        }),
        tags: [...plan.tags, ...[...plan.tagRefs].flatMap(([r, ts]) => ts.map((t) => `${r}:${t}`))],
    };
}
/**
 * ko attaches SBOMs with cosign's tag scheme: `<repo>:sha256-<hex>.sbom` for the index and for
 * every image ($COSIGN_REPOSITORY overrides the repository). Returns the index's (or image's).
 */
async function attachSboms(repo, artifact, deps, jobs) {
    if (!artifact.sbom)
        return undefined;
    const target = (0,reference/* parseRepository */.SU)(deps.env.COSIGN_REPOSITORY || repo);
    const client = await deps.clients.client(target);
    const images = artifact.kind === 'index' ? [artifact, ...artifact.children] : [artifact];
    for (const img of images) {
        if (!img.sbom)
            continue;
        const tag = sbomTag(img.digest);
        await pushArtifact(client, (0,reference/* withTag */.Rd)(target, tag), sbomArtifact(img.sbom), { tags: [tag], jobs });
    }
    return `${target.name}:${sbomTag(artifact.digest)}`;
}


/***/ }),

/***/ 645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/action/result.ts
function emptyTimings() {
    return { goInstall: 0, compile: 0, layering: 0, upload: 0 };
}
/** The `metadata` output: keyed by import path as requested. */
function metadataJson(images) {
    const out = {};
    for (const img of images) {
        out[img.requested] = {
            image: img.ref,
            digest: img.digest,
            tags: img.tags,
            platforms: Object.fromEntries(img.platforms.map((p) => [p.platform, p.digest])),
            ...(img.sbom ? { sbom: img.sbom } : {}),
        };
    }
    return JSON.stringify(out, null, 2);
}

// EXTERNAL MODULE: ./src/build/engine.ts + 19 modules
var engine = __webpack_require__(244);
// EXTERNAL MODULE: ./src/build/plan.ts + 1 modules
var build_plan = __webpack_require__(3123);
// EXTERNAL MODULE: ./src/config/ko-yaml.ts
var ko_yaml = __webpack_require__(6328);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/image/digest.ts
var image_digest = __webpack_require__(8033);
// EXTERNAL MODULE: ./src/image/media-types.ts
var media_types = __webpack_require__(5897);
// EXTERNAL MODULE: ./src/util/limit.ts
var limit = __webpack_require__(415);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(4537);
;// CONCATENATED MODULE: ./src/registry/challenge.ts
const tokenChar = /[!#$%&'*+.^_`|~0-9A-Za-z-]/;
function parseChallenges(headers) {
    const out = [];
    for (const header of typeof headers === 'string' ? [headers] : headers)
        parseOne(header, out);
    return out;
}
function parseOne(s, out) {
    let i = 0;
    const skip = (chars) => {
        while (i < s.length && chars.test(s[i] ?? ''))
            i++;
    };
    const token = () => {
        const start = i;
        while (i < s.length && tokenChar.test(s[i] ?? ''))
            i++;
        return s.slice(start, i);
    };
    let current;
    while (i < s.length) {
        skip(/[\s,]/);
        const start = i;
        const name = token();
        if (!name) {
            i++; // not a token character: skip it rather than loop forever
            continue;
        }
        skip(/[ \t]/);
        if (s[i] === '=' && current) {
            i++;
            skip(/[ \t]/);
            current.params[name.toLowerCase()] = s[i] === '"' ? quoted() : token();
            continue;
        }
        // A token not followed by `=` starts a new challenge (or is token68, which we ignore).
        if (s[i] === '=' && !current) {
            i = start + name.length + 1;
            continue;
        }
        current = { scheme: name.toLowerCase(), params: {} };
        out.push(current);
    }
    function quoted() {
        let v = '';
        i++; // opening quote
        while (i < s.length && s[i] !== '"') {
            if (s[i] === '\\' && i + 1 < s.length)
                i++;
            v += s[i];
            i++;
        }
        i++; // closing quote
        return v;
    }
}
/** The challenge to answer: Bearer if offered, else Basic. */
function pickChallenge(challenges) {
    return (challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'basic'));
}

// EXTERNAL MODULE: ./src/registry/errors.ts
var registry_errors = __webpack_require__(6764);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(9310);
;// CONCATENATED MODULE: ./src/registry/auth.ts
// Registry authentication (ggcr transport/ping.go, bearer.go, basic.go): ping `/v2/`, answer
// the Basic or Bearer challenge, exchange credentials for a scoped token, and refresh it when
// it expires or a 401 asks for more scope. Authorization only ever goes to the registry's
// own origin (and Basic credentials to the token realm's).






const oauthClientId = 'ko-action';
const defaultExpirySeconds = 60;
/** Refresh a little early so a token does not expire in flight. */
const expirySlackMs = 10_000;
/**
 * Find the registry's scheme and challenge. Loopback/private hosts (and `insecure`) try HTTPS
 * first and fall back to plain HTTP, as ggcr does, so a TLS registry on 127.0.0.1 works too.
 */
async function ping(transport, registry, insecure) {
    const schemes = insecure || (0,reference/* defaultScheme */.j5)(registry) === 'http' ? ['https', 'http'] : ['https'];
    // Like ggcr, try both schemes at once and prefer HTTPS: a plain-HTTP registry on loopback then
    // costs no serial failed TLS handshake. Every attempt reads its own body to the end.
    const attempts = schemes.map((scheme) => pingScheme(transport, registry, scheme));
    const failures = [];
    for (const attempt of attempts) {
        const outcome = await attempt;
        if (outcome.ok)
            return outcome.result;
        if (outcome.final)
            throw outcome.failure;
        failures.push(outcome.failure);
    }
    // The HTTPS failure explains more (a certificate problem) than "plain HTTP got 400".
    const tls = failures.find((e) => e instanceof errors/* KoActionError */.jV && /certificate|TLS|SSL/i.test(e.message + (e.hint ?? '')));
    throw tls ?? failures[failures.length - 1];
}
async function pingScheme(transport, registry, scheme) {
    const url = new URL(`${scheme}://${registry}/v2/`);
    let res;
    try {
        res = await transport.request({ method: 'GET', url });
    }
    catch (e) {
        return { ok: false, failure: e };
    }
    const base = new URL(`${scheme}://${registry}`);
    if (res.status === 200) {
        await res.dump();
        return { ok: true, result: { base, challenge: undefined } };
    }
    if (res.status === 401) {
        const challenge = pickChallenge(parseChallenges(res.headerAll('www-authenticate')));
        await res.dump();
        if (!challenge) {
            const failure = new errors/* KoActionError */.jV('REGISTRY_AUTH', `${registry} answered 401 to /v2/ without a Basic or Bearer challenge`, { where: registry });
            return { ok: false, failure, final: true };
        }
        return { ok: true, result: { base, challenge } };
    }
    const body = await res.text();
    return {
        ok: false,
        failure: (0,registry_errors/* registryError */.eo)({ registry, method: 'GET', url, status: res.status, body }),
    };
}
class Authenticator {
    transport;
    registry;
    pinged;
    creds;
    scopes = [];
    token;
    refreshing;
    identityToken;
    basicHeader;
    constructor(transport, registry, pinged, creds) {
        this.transport = transport;
        this.registry = registry;
        this.pinged = pinged;
        this.creds = creds;
        this.identityToken = creds?.identityToken;
        if (creds && (creds.username || creds.password) && !creds.identityToken) {
            (0,secrets/* addSecret */.Ck)(creds.password);
            const encoded = Buffer.from(`${creds.username}:${creds.password}`).toString('base64');
            (0,secrets/* addSecret */.Ck)(encoded);
            this.basicHeader = `Basic ${encoded}`;
        }
    }
    /** Bearer tokens can be refreshed after a 401; Basic credentials cannot. */
    get bearer() {
        return this.pinged.challenge?.scheme === 'bearer';
    }
    get base() {
        return this.pinged.base;
    }
    /** Ask for more scopes; the next request fetches a token that covers them. */
    addScopes(scopes) {
        const merged = mergeScopes(this.scopes, scopes);
        if (merged.join(' ') === this.scopes.join(' '))
            return;
        this.scopes.splice(0, this.scopes.length, ...merged);
        this.token = undefined;
    }
    /** Make sure a valid token is at hand (Bearer only). */
    async ready() {
        if (this.pinged.challenge?.scheme !== 'bearer')
            return;
        if (this.token && this.token.expiresAt - expirySlackMs > Date.now())
            return;
        await this.refresh();
    }
    /** The Authorization header for a URL: only for the registry's own origin. */
    authorize = (url) => {
        if (url.origin !== this.pinged.base.origin)
            return undefined;
        const scheme = this.pinged.challenge?.scheme;
        if (scheme === 'bearer')
            return this.token ? `Bearer ${this.token.value}` : undefined;
        if (scheme === 'basic')
            return this.basicHeader;
        return undefined;
    };
    /**
     * After a 401 to a Bearer registry: merge any scope its challenge asks for (the token may
     * also just be stale) and refresh; the caller retries once.
     */
    async handleUnauthorized(wwwAuthenticate) {
        const wanted = parseChallenges(wwwAuthenticate)
            .filter((c) => c.scheme === 'bearer')
            .flatMap((c) => (c.params.scope ? c.params.scope.split(' ') : []));
        // Some registries only read the first scope, so the asked-for ones go first (as ggcr does).
        const merged = mergeScopes(wanted, this.scopes);
        this.scopes.splice(0, this.scopes.length, ...merged);
        this.token = undefined;
        await this.refresh();
    }
    refresh() {
        this.refreshing ??= this.fetchToken().finally(() => (this.refreshing = undefined));
        return this.refreshing;
    }
    async fetchToken() {
        const challenge = this.pinged.challenge;
        const realm = challenge?.params.realm;
        if (!realm) {
            throw new errors/* KoActionError */.jV('REGISTRY_AUTH', `${this.registry} sent a Bearer challenge without a realm`, {
                where: this.registry,
            });
        }
        let url;
        try {
            url = new URL(realm);
        }
        catch {
            throw new errors/* KoActionError */.jV('REGISTRY_AUTH', `${this.registry} sent an invalid token realm "${realm}"`, {
                where: this.registry,
            });
        }
        const service = challenge.params.service;
        let res = this.identityToken ? await this.postOauth(url, service) : undefined;
        if (!res || res.status === 404) {
            // Not every token server speaks OAuth2; the GET form works everywhere.
            await res?.dump();
            res = await this.getToken(url, service);
        }
        const body = await res.text();
        if (res.status !== 200) {
            throw (0,registry_errors/* registryError */.eo)({
                registry: this.registry,
                method: this.identityToken ? 'POST' : 'GET',
                url,
                status: res.status,
                body,
                action: 'getting a registry token',
            });
        }
        let parsed;
        try {
            parsed = JSON.parse(body);
        }
        catch {
            throw new errors/* KoActionError */.jV('REGISTRY_AUTH', `the token endpoint ${(0,registry_errors/* displayUrl */.Qy)(url)} did not answer JSON`, {
                where: this.registry,
            });
        }
        const value = typeof parsed.token === 'string' && parsed.token ? parsed.token : parsed.access_token;
        if (typeof value !== 'string' || !value) {
            throw new errors/* KoActionError */.jV('REGISTRY_AUTH', `the token endpoint ${(0,registry_errors/* displayUrl */.Qy)(url)} returned no token`, {
                where: this.registry,
            });
        }
        (0,secrets/* addSecret */.Ck)(value);
        if (typeof parsed.refresh_token === 'string' && parsed.refresh_token) {
            (0,secrets/* addSecret */.Ck)(parsed.refresh_token);
            this.identityToken = parsed.refresh_token;
        }
        const seconds = typeof parsed.expires_in === 'number' && parsed.expires_in > 0
            ? parsed.expires_in
            : defaultExpirySeconds;
        this.token = { value, expiresAt: Date.now() + seconds * 1000 };
    }
    getToken(realm, service) {
        const url = new URL(realm);
        if (service)
            url.searchParams.set('service', service);
        for (const s of this.scopes)
            url.searchParams.append('scope', s);
        const basic = this.basicHeader;
        return this.transport.request({
            method: 'GET',
            url,
            // Credentials go to the realm's origin only, never to where it might redirect.
            authorize: (u) => (u.origin === realm.origin ? basic : undefined),
        });
    }
    postOauth(realm, service) {
        const form = new URLSearchParams({
            grant_type: 'refresh_token',
            refresh_token: this.identityToken ?? '',
            client_id: oauthClientId,
            scope: this.scopes.join(' '),
        });
        if (service)
            form.set('service', service);
        return this.transport.request({
            method: 'POST',
            url: realm,
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: form.toString(),
            retry: true,
        });
    }
    /** For debug output. */
    describe() {
        const how = this.pinged.challenge?.scheme ?? 'none';
        return (0,secrets/* redact */.E$)(`${this.registry} via ${this.pinged.base.protocol}// auth=${how} creds=${this.creds?.source ?? 'anonymous'}`);
    }
}
/**
 * Union of token scopes, one entry per resource with the actions merged, in first-seen order:
 * `repository:a:pull` + `repository:a:push,pull` → `repository:a:pull,push`.
 */
function mergeScopes(first, second) {
    const order = [];
    const actions = new Map();
    for (const scope of [...first, ...second]) {
        const colon = scope.lastIndexOf(':');
        // `repository:host:5000/x:pull` has colons in the name: the actions follow the last one.
        const resource = colon > 0 ? scope.slice(0, colon) : scope;
        const acts = colon > 0
            ? scope
                .slice(colon + 1)
                .split(',')
                .filter(Boolean)
            : [];
        let have = actions.get(resource);
        if (!have) {
            have = [];
            actions.set(resource, have);
            order.push(resource);
        }
        for (const a of acts)
            if (!have.includes(a))
                have.push(a);
    }
    return order.map((r) => {
        const acts = actions.get(r) ?? [];
        return acts.length ? `${r}:${acts.join(',')}` : r;
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/util/read-all.ts
var read_all = __webpack_require__(3868);
;// CONCATENATED MODULE: ./src/registry/transport.ts
// HTTP for one registry: keep-alive node:http/https agents (custom CA or unverified TLS when
// asked), timeouts, retries with capped jittered backoff, and redirects followed by hand so the
// Authorization header never leaves the origin it was meant for.
//
// node:http rather than undici: it is already in Node's start-up snapshot, where loading undici
// costs ~50 ms of every run, a fifth of a small build.









const retryStatuses = new Set([408, 429, 499, 500, 502, 503, 504, 522]);
const retryCodes = new Set([
    'ECONNRESET',
    'EPIPE',
    'ETIMEDOUT',
    'ECONNABORTED',
    'EAI_AGAIN',
    'ECONNREFUSED',
]);
const tlsCodes = new Set([
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'CERT_HAS_EXPIRED',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    'ERR_SSL_WRONG_VERSION_NUMBER',
]);
const maxRedirects = 10;
const maxRetryAfterMs = 60_000;
class Transport {
    opts;
    httpAgent;
    httpsAgent;
    timeouts;
    attempts;
    baseDelayMs;
    maxDelayMs;
    constructor(opts) {
        this.opts = opts;
        this.httpAgent = new external_node_http_.Agent({ keepAlive: true });
        this.httpsAgent = new external_node_https_.Agent({
            keepAlive: true,
            ...(opts.insecure ? { rejectUnauthorized: false } : {}),
            ...(opts.ca ? { ca: trustedCAs(opts.ca) } : {}),
        });
        this.timeouts = {
            connectMs: opts.connectTimeoutMs ?? 30_000,
            headersMs: opts.headersTimeoutMs ?? 300_000,
            bodyMs: opts.bodyTimeoutMs ?? 300_000,
        };
        this.attempts = Math.max(1, opts.retry?.attempts ?? 3);
        this.baseDelayMs = opts.retry?.baseDelayMs ?? 200;
        this.maxDelayMs = opts.retry?.maxDelayMs ?? 5_000;
    }
    async request(req) {
        const retry = req.retry ?? (req.method === 'GET' || req.method === 'HEAD');
        for (let attempt = 1;; attempt++) {
            const last = !retry || attempt >= this.attempts;
            let res;
            try {
                res = await this.follow(req);
            }
            catch (e) {
                const code = errorCode(e);
                if (last || !retryCodes.has(code))
                    throw this.networkError(req, e);
                await this.wait(attempt, undefined, `${req.method} ${(0,registry_errors/* displayUrl */.Qy)(req.url)}: ${code}`);
                continue;
            }
            if (last || !retryStatuses.has(res.status))
                return res;
            const retryAfter = res.header('retry-after');
            await res.dump();
            await this.wait(attempt, retryAfter, `${req.method} ${(0,registry_errors/* displayUrl */.Qy)(req.url)}: ${res.status}`);
        }
    }
    close() {
        this.httpAgent.destroy();
        this.httpsAgent.destroy();
        return Promise.resolve();
    }
    /** One attempt, following redirects; Authorization is recomputed for every hop's origin. */
    async follow(req) {
        let url = new URL(req.url);
        let method = req.method;
        let body = req.body;
        for (let hop = 0;; hop++) {
            const headers = {
                'user-agent': this.opts.userAgent ?? 'ko-action',
                ...req.headers,
            };
            const auth = req.authorize?.(url);
            if (auth)
                headers.authorization = auth;
            if (body === undefined)
                delete headers['content-length'];
            const res = await this.send(url, method, headers, body);
            const location = res.headers.location;
            if (!isRedirect(res.statusCode ?? 0) || typeof location !== 'string')
                return wrap(res, url);
            await drain(res);
            if (hop >= maxRedirects) {
                throw new errors/* KoActionError */.jV('REGISTRY', `too many redirects from ${(0,registry_errors/* displayUrl */.Qy)(req.url)}`, {
                    where: this.opts.registry,
                });
            }
            const next = new URL(location, url);
            if (url.protocol === 'https:' && next.protocol === 'http:' && !this.opts.insecure) {
                throw new errors/* KoActionError */.jV('REGISTRY', `${(0,registry_errors/* displayUrl */.Qy)(url)} redirected to plain HTTP (${(0,registry_errors/* displayUrl */.Qy)(next)})`, {
                    where: this.opts.registry,
                    hint: 'set insecure-registry: true only if this is expected',
                });
            }
            // 303 (and 301/302 after POST, as browsers do) turn into a GET without a body.
            if (res.statusCode === 303 ||
                ((res.statusCode === 301 || res.statusCode === 302) && method === 'POST')) {
                method = 'GET';
                body = undefined;
            }
            this.opts.log?.((0,secrets/* redact */.E$)(`redirect ${(0,registry_errors/* displayUrl */.Qy)(url)} -> ${(0,registry_errors/* displayUrl */.Qy)(next)}`));
            url = next;
        }
    }
    /** One request; a kept-alive connection that the server closed just as we reused it is retried. */
    async send(url, method, headers, body) {
        try {
            return await this.sendOnce(url, method, headers, body);
        }
        catch (e) {
            if (!(e instanceof StaleConnectionError))
                throw e;
            return this.sendOnce(url, method, headers, body);
        }
    }
    async sendOnce(url, method, headers, body) {
        const payload = typeof body === 'function' ? await body() : body;
        const whole = typeof payload === 'string' || payload instanceof Uint8Array;
        if (whole && headers['content-length'] === undefined)
            headers['content-length'] = String(Buffer.byteLength(payload));
        const isHttps = url.protocol === 'https:';
        const { connectMs, headersMs, bodyMs } = this.timeouts;
        return new Promise((resolve, reject) => {
            const req = (isHttps ? external_node_https_ : external_node_http_).request(url, {
                method,
                headers,
                agent: isHttps ? this.httpsAgent : this.httpAgent,
            });
            let response;
            const fail = (e) => {
                response?.destroy(e);
                req.destroy(e);
            };
            // The socket's idle timer: no response headers in time, then no body bytes in time.
            req.setTimeout(headersMs);
            req.on('timeout', () => fail(response ? timeoutError('body', bodyMs) : timeoutError('headers', headersMs)));
            req.once('socket', (socket) => {
                if (!socket.connecting)
                    return;
                const timer = setTimeout(() => fail(timeoutError('connect', connectMs)), connectMs);
                socket.once('connect', () => clearTimeout(timer));
                socket.once('close', () => clearTimeout(timer));
            });
            req.on('error', (e) => {
                if (response)
                    return; // the response stream reports it
                if (payload && !whole)
                    payload.destroy();
                // Node's advice for keep-alive: a reset on a reused socket is safe to send again.
                reject(req.reusedSocket && e.code === 'ECONNRESET' ? new StaleConnectionError(e) : e);
            });
            req.once('response', (res) => {
                response = res;
                req.setTimeout(bodyMs);
                resolve(res);
            });
            if (payload === undefined)
                req.end();
            else if (whole)
                req.end(payload);
            else
                (0,external_node_stream_.pipeline)(payload, req, () => undefined); // errors surface on req
        });
    }
    async wait(attempt, retryAfter, why) {
        let ms = Math.min(this.maxDelayMs, this.baseDelayMs * 3 ** (attempt - 1));
        ms *= 0.8 + Math.random() * 0.4;
        const after = parseRetryAfter(retryAfter);
        if (after !== undefined) {
            ms = Math.min(this.opts.retry?.maxRetryAfterMs ?? maxRetryAfterMs, Math.max(ms, after));
        }
        this.opts.log?.((0,secrets/* redact */.E$)(`retrying after ${Math.round(ms)} ms (${why})`));
        await new Promise((r) => setTimeout(r, ms));
    }
    networkError(req, e) {
        if (e instanceof errors/* KoActionError */.jV)
            return e;
        const code = errorCode(e);
        const msg = e instanceof Error ? e.message : String(e);
        const tls = tlsCodes.has(code) || /certificate|SSL|TLS/i.test(msg);
        return new errors/* KoActionError */.jV('REGISTRY', (0,secrets/* redact */.E$)(`${req.method} ${(0,registry_errors/* displayUrl */.Qy)(req.url)} failed: ${code ? `${code} ` : ''}${msg}`), {
            where: this.opts.registry,
            cause: e,
            hint: tls
                ? `trust the registry's CA (NODE_EXTRA_CA_CERTS=<ca.pem>) or set insecure-registry: true for ${this.opts.registry}`
                : `check that ${this.opts.registry} is reachable from this runner`,
        });
    }
}
/** Retry-After as milliseconds: delta-seconds or an HTTP date. */
function parseRetryAfter(value) {
    if (!value)
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const at = Date.parse(value);
    return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
function errorCode(e) {
    let cur = e;
    // Wrapped errors keep the socket's error in `cause`.
    for (let i = 0; i < 5 && typeof cur === 'object' && cur !== null; i++) {
        if (cur instanceof errors/* KoActionError */.jV) {
            cur = cur.cause; // its `code` is ours (REGISTRY), not the socket's
            continue;
        }
        const code = cur.code;
        if (typeof code === 'string')
            return code;
        cur = cur.cause;
    }
    return '';
}
function isRedirect(status) {
    return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}
function trustedCAs(extra) {
    // Passing `ca` replaces Node's defaults, so keep the bundled roots and NODE_EXTRA_CA_CERTS.
    const cas = [...external_node_tls_.rootCertificates, extra.toString()];
    const extraFile = process.env.NODE_EXTRA_CA_CERTS;
    if (extraFile) {
        try {
            cas.push((0,external_node_fs_.readFileSync)(extraFile, 'utf8'));
        }
        catch {
            // Node itself only warns about an unreadable NODE_EXTRA_CA_CERTS.
        }
    }
    return cas;
}
function wrap(res, url) {
    const all = (name) => res.headersDistinct[name.toLowerCase()] ?? [];
    return {
        status: res.statusCode ?? 0,
        url,
        body: res,
        header: (name) => all(name)[0],
        headerAll: all,
        text: async () => (await (0,read_all/* readAll */.y)(res)).toString('utf8'),
        bytes: () => (0,read_all/* readAll */.y)(res),
        dump: () => drain(res),
    };
}
/** Reads a body to its end (or failure) so its connection can serve the next request. */
function drain(res) {
    if (res.readableEnded || res.destroyed)
        return Promise.resolve();
    return new Promise((resolve) => {
        res.once('end', resolve);
        res.once('close', resolve);
        res.once('error', () => resolve());
        res.resume();
    });
}
function timeoutError(phase, ms) {
    const what = {
        connect: 'no connection',
        headers: 'no response',
        body: 'the response body stalled',
    }[phase];
    return Object.assign(new Error(`${what} within ${ms} ms`), { code: 'ETIMEDOUT' });
}
/** A reset on a kept-alive connection before any response: the request never reached the server. */
class StaleConnectionError extends Error {
    code = 'ECONNRESET';
    constructor(cause) {
        super(cause.message, { cause });
    }
}

;// CONCATENATED MODULE: ./src/registry/listing.ts
// Paginated listings: tags (`/tags/list`) and OCI 1.1 referrers, following
// `Link: <…>; rel="next"` until the registry stops sending one.



async function listTags(client, repo, pageSize) {
    await client.addScopes([(0,reference/* repositoryScope */.F7)(repo, 'pull')]);
    const tags = [];
    const first = `/v2/${repo}/tags/list?n=${pageSize}`;
    for await (const page of pages(client, first, 'listing tags')) {
        const list = page.tags;
        if (Array.isArray(list))
            tags.push(...list.filter((t) => typeof t === 'string'));
    }
    return tags;
}
async function listReferrers(client, repo, digest, artifactType) {
    await client.addScopes([(0,reference/* repositoryScope */.F7)(repo, 'pull')]);
    const q = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : '';
    const index = { schemaVersion: 2, mediaType: media_types/* MediaType */.zu.OciIndex, manifests: [] };
    const first = `/v2/${repo}/referrers/${digest}${q}`;
    for await (const page of pages(client, first, 'listing referrers', media_types/* MediaType */.zu.OciIndex)) {
        const list = page.manifests;
        if (Array.isArray(list))
            index.manifests.push(...list);
    }
    return index;
}
/** JSON pages; a 404 on any page ends the listing (a missing repository, or no referrers API). */
async function* pages(client, first, action, accept) {
    let next = first;
    for (let n = 0; next && n < 10_000; n++) {
        const res = await client.send({
            method: 'GET',
            url: next,
            ...(accept ? { headers: { accept } } : {}),
        });
        if (res.status === 404) {
            await res.dump();
            return;
        }
        await client.expect(res, [200], 'GET', `${action} on ${client.registry}`);
        const body = await res.text();
        let parsed;
        try {
            parsed = JSON.parse(body);
        }
        catch {
            throw new errors/* KoActionError */.jV('REGISTRY', `${action}: ${client.registry} did not answer JSON`, {
                where: client.registry,
            });
        }
        yield parsed;
        next = nextLink(res.headerAll('link'), res.url);
    }
}
/** The `rel="next"` target of Link headers, resolved against the request URL. */
function nextLink(links, base) {
    for (const header of links) {
        for (const part of header.split(/,(?=\s*<)/)) {
            const m = /^\s*<([^>]*)>(.*)$/.exec(part);
            if (m?.[1] !== undefined && /;\s*rel="?next"?/i.test(m[2] ?? ''))
                return new URL(m[1], base);
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/registry/upload.ts





const octetStream = 'application/octet-stream';
const defaultChunkSize = 8 * 1024 * 1024;
// A stalled request (timeout) is as temporary as a reset one: a retry starts a new session.
const temporaryNetworkCodes = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'ETIMEDOUT']);
async function uploadBlob(client, repo, blob, location) {
    await client.addScopes([(0,reference/* repositoryScope */.F7)(repo, 'push,pull')]);
    let session = location;
    await retryOperation(client.operationDelaysMs, async () => {
        // A session is single-use: a retry starts a new one.
        const loc = session ?? (await startUpload(client, repo));
        session = undefined;
        if (loc === 'mounted')
            return;
        await putBlob(client, loc, blob);
    });
}
async function mountBlob(client, repo, blob, fromRepo) {
    await client.addScopes([(0,reference/* repositoryScope */.F7)(repo, 'push,pull'), (0,reference/* repositoryScope */.F7)(fromRepo, 'pull')]);
    let started;
    try {
        started = await startUpload(client, repo, { mount: blob.digest, from: fromRepo });
    }
    catch {
        // A failed mount is retried once as a plain upload (ggcr does the same).
        started = undefined;
    }
    if (started === 'mounted')
        return 'mounted';
    await uploadBlob(client, repo, blob, started);
    return 'uploaded';
}
async function uploadStream(client, repo, stream, chunkSize = defaultChunkSize) {
    await client.addScopes([(0,reference/* repositoryScope */.F7)(repo, 'push,pull')]);
    const started = await startUpload(client, repo);
    if (started === 'mounted')
        throw new errors/* KoActionError */.jV('REGISTRY', 'registry mounted a blob it was not asked to mount');
    let location = started;
    const counter = new image_digest/* DigestCounter */.VR();
    let pending = [];
    let pendingSize = 0;
    const flush = async () => {
        if (pendingSize === 0)
            return;
        const chunk = Buffer.concat(pending, pendingSize);
        const start = counter.size - pendingSize;
        pending = [];
        pendingSize = 0;
        const res = await client.send({
            method: 'PATCH',
            url: location,
            headers: {
                'content-type': octetStream,
                'content-length': String(chunk.length),
                'content-range': `${start}-${start + chunk.length - 1}`,
            },
            body: chunk,
            retry: false,
        });
        await client.expect(res, [202, 204], 'PATCH', `uploading a chunk to ${repo}`);
        await res.dump();
        location = nextLocation(res.header('location'), res.url, location);
    };
    for await (const data of stream) {
        const chunk = Buffer.isBuffer(data) ? data : Buffer.from(data);
        counter.update(chunk);
        pending.push(chunk);
        pendingSize += chunk.length;
        if (pendingSize >= chunkSize)
            await flush();
    }
    await flush();
    const digest = counter.digest();
    const res = await client.send({
        method: 'PUT',
        url: withDigest(location, digest),
        headers: { 'content-type': octetStream, 'content-length': '0' },
        retry: false,
    });
    await client.expect(res, [201], 'PUT', `committing blob ${digest} to ${repo}`);
    await res.dump();
    return { digest, size: counter.size };
}
/** POST a session (or a mount). */
async function startUpload(client, repo, mount) {
    const query = mount
        ? `?${new URLSearchParams({ from: mount.from, mount: mount.mount }).toString()}`
        : '';
    const res = await client.send({
        method: 'POST',
        url: `/v2/${repo}/blobs/uploads/${query}`,
        headers: { 'content-type': 'application/json', 'content-length': '0' },
        retry: false,
    });
    if (res.status === 201 && mount) {
        await res.dump();
        return 'mounted';
    }
    await client.expect(res, [202], 'POST', `starting an upload to ${repo}`);
    await res.dump();
    const location = res.header('location');
    if (!location) {
        throw new errors/* KoActionError */.jV('REGISTRY', `${client.registry} started an upload without a Location`, {
            where: client.registry,
        });
    }
    return new URL(location, res.url);
}
async function putBlob(client, location, blob) {
    const res = await client.send({
        method: 'PUT',
        url: withDigest(location, blob.digest),
        // application/octet-stream: with a form type the registry parses the body and rejects it.
        headers: { 'content-type': octetStream, 'content-length': String(blob.size) },
        body: () => blob.open(),
        retry: false,
    });
    await client.expect(res, [201], 'PUT', `uploading blob ${blob.digest}`);
    await res.dump();
}
function withDigest(location, digest) {
    const url = new URL(location);
    url.searchParams.set('digest', digest);
    return url;
}
function nextLocation(header, base, current) {
    return header ? new URL(header, base) : current;
}
function isTemporary(e) {
    if (e instanceof registry_errors/* RegistryError */.gl)
        return e.temporary;
    return temporaryNetworkCodes.has(errorCode(e));
}
async function retryOperation(delaysMs, op) {
    for (let attempt = 0;; attempt++) {
        try {
            await op();
            return;
        }
        catch (e) {
            const delay = delaysMs[attempt];
            if (delay === undefined || !isTemporary(e))
                throw e;
            await new Promise((r) => setTimeout(r, delay * (0.9 + Math.random() * 0.2)));
        }
    }
}

;// CONCATENATED MODULE: ./src/registry/verify.ts
// A pass-through that hashes what flows and fails at the end if the bytes are not the ones the
// digest names (ggcr's verify.ReadCloser). Consumers must treat a stream error as "no data".



function verifiedStream(source, digest, size, where) {
    const counter = new image_digest/* DigestCounter */.VR();
    const check = new external_node_stream_.Transform({
        transform(chunk, _enc, done) {
            counter.update(chunk);
            if (size !== undefined && counter.size > size) {
                done(mismatch(where, digest, `more than the expected ${size} bytes`));
                return;
            }
            done(null, chunk);
        },
        flush(done) {
            if (size !== undefined && counter.size !== size) {
                done(mismatch(where, digest, `${counter.size} bytes instead of ${size}`));
                return;
            }
            const got = counter.digest();
            done(got === digest ? null : mismatch(where, digest, `content hashes to ${got}`));
        },
    });
    // A broken download is an error too, and one a user can read (not a bare "aborted").
    source.on('error', (e) => check.destroy(e instanceof errors/* KoActionError */.jV ? e : broken(where, digest, e)));
    check.on('close', () => {
        if (!source.destroyed)
            source.destroy();
    });
    source.pipe(check);
    return check;
}
function mismatch(where, digest, why) {
    return new errors/* KoActionError */.jV('DIGEST_MISMATCH', `blob ${digest} from ${where} does not match its digest: ${why}`, {
        where,
        hint: 'the registry or a proxy returned corrupted data; retry, and check any caching proxy',
    });
}
function broken(where, digest, cause) {
    const why = cause instanceof Error ? cause.message : String(cause);
    return new errors/* KoActionError */.jV('REGISTRY', `download of blob ${digest} from ${where} broke off: ${why}`, {
        where,
        cause,
        hint: 'the connection to the registry was lost; retry the job',
    });
}

;// CONCATENATED MODULE: ./src/registry/client.ts











class RegistryClient {
    registry;
    limit;
    transport;
    /** Waits between whole-operation retries (an upload restarted from a new session). */
    operationDelaysMs;
    session;
    constructor(registry, opts = {}) {
        this.registry = registry;
        this.transport = new Transport({
            registry,
            ...(opts.insecure ? { insecure: true } : {}),
            ...(opts.ca ? { ca: opts.ca } : {}),
            ...(opts.retry ? { retry: opts.retry } : {}),
            ...(opts.timeouts?.connectMs ? { connectTimeoutMs: opts.timeouts.connectMs } : {}),
            ...(opts.timeouts?.headersMs ? { headersTimeoutMs: opts.timeouts.headersMs } : {}),
            ...(opts.timeouts?.bodyMs ? { bodyTimeoutMs: opts.timeouts.bodyMs } : {}),
            ...(opts.userAgent ? { userAgent: opts.userAgent } : {}),
            ...(opts.log ? { log: opts.log } : {}),
        });
        this.limit = (0,limit/* limit */.A)(opts.jobs ?? 4);
        // ggcr's ~1 s then ~3 s at the default 200 ms base delay.
        const base = opts.retry?.baseDelayMs ?? 200;
        this.operationDelaysMs = [base * 5, base * 15];
        const start = async () => {
            const pinged = await ping(this.transport, registry, opts.insecure ?? false);
            const auth = new Authenticator(this.transport, registry, pinged, opts.credentials);
            opts.log?.(auth.describe());
            return auth;
        };
        // One ping per client; a failed one is not remembered, so the next call pings again.
        let pending;
        this.session = () => {
            pending ??= start().catch((e) => {
                pending = undefined;
                throw e;
            });
            return pending;
        };
    }
    /** Ask for token scopes up front (push scopes, mount sources) so one token covers a push. */
    async addScopes(scopes) {
        (await this.session()).addScopes(scopes);
    }
    /** Send with auth; a 401 that more scope or a fresh token can fix is retried once. */
    async send(req) {
        const auth = await this.session();
        const url = typeof req.url === 'string' && req.url.startsWith('/')
            ? new URL(req.url, auth.base)
            : new URL(req.url);
        await auth.ready();
        const res = await this.transport.request({ ...req, url, authorize: auth.authorize });
        if (res.status !== 401 || !auth.bearer)
            return res;
        const challenges = res.headerAll('www-authenticate');
        await res.dump();
        await auth.handleUnauthorized(challenges);
        return this.transport.request({ ...req, url, authorize: auth.authorize });
    }
    /** Throw the registry's error unless the status is one of `ok`. */
    async expect(res, ok, method, action) {
        if (ok.includes(res.status))
            return;
        const body = method === 'HEAD' ? undefined : await res.text().catch(() => undefined);
        if (method === 'HEAD')
            await res.dump();
        throw (0,registry_errors/* registryError */.eo)({
            registry: this.registry,
            method,
            url: res.url,
            status: res.status,
            body,
            ...(action ? { action } : {}),
        });
    }
    async blobExists(repo, digest) {
        await this.addScopes([(0,reference/* repositoryScope */.F7)(repo, 'pull')]);
        const res = await this.send({ method: 'HEAD', url: `/v2/${repo}/blobs/${digest}` });
        if (res.status === 404) {
            await res.dump();
            return false;
        }
        await this.expect(res, [200], 'HEAD', `checking blob ${digest}`);
        await res.dump();
        return true;
    }
    /** Stream a blob; the stream errors if its bytes do not hash to `digest`. */
    async openBlob(repo, digest, size) {
        await this.addScopes([(0,reference/* repositoryScope */.F7)(repo, 'pull')]);
        const res = await this.send({ method: 'GET', url: `/v2/${repo}/blobs/${digest}` });
        await this.expect(res, [200], 'GET', `fetching blob ${digest} from ${repo}`);
        return verifiedStream(res.body, digest, size, `${this.registry}/${repo}`);
    }
    /** A whole blob in memory, verified. */
    async fetchBlob(repo, digest, size) {
        const chunks = [];
        for await (const chunk of await this.openBlob(repo, digest, size))
            chunks.push(chunk);
        return Buffer.concat(chunks);
    }
    /** POST then one PUT with the whole blob (retried as a whole on temporary errors). */
    uploadBlob(repo, blob) {
        return uploadBlob(this, repo, blob);
    }
    /** Chunked PATCH upload of a stream whose digest is learnt on the way. */
    uploadStream(repo, stream, chunkSize) {
        return uploadStream(this, repo, stream, chunkSize);
    }
    /** Cross-repository mount; if the registry declines (202), the blob is uploaded instead. */
    mountBlob(repo, blob, fromRepo) {
        return mountBlob(this, repo, blob, fromRepo);
    }
    async getManifest(ref) {
        await this.addScopes([(0,reference/* repositoryScope */.F7)(ref.repository, 'pull')]);
        const res = await this.send({
            method: 'GET',
            url: `/v2/${ref.repository}/manifests/${ref.identifier}`,
            headers: { accept: media_types/* manifestAccept */.K.join(', ') },
        });
        await this.expect(res, [200], 'GET', `fetching manifest ${ref.name}`);
        const bytes = await res.bytes();
        const digest = (0,image_digest/* sha256 */.sc)(bytes);
        if (ref.digest && digest !== ref.digest) {
            throw new errors/* KoActionError */.jV('DIGEST_MISMATCH', `manifest ${ref.name} has digest ${digest}, not the one asked for`, {
                where: this.registry,
                hint: 'the registry or a proxy altered the manifest; do not trust this registry path',
            });
        }
        // By tag there is nothing asked for to compare with, but the registry names what it sent.
        const named = res.header('docker-content-digest');
        if (!ref.digest && named && /^sha256:[0-9a-f]{64}$/.test(named) && named !== digest) {
            throw new errors/* KoActionError */.jV('DIGEST_MISMATCH', `manifest ${ref.name} has digest ${digest}, but the registry sent it as ${named}`, {
                where: this.registry,
                hint: 'the manifest was corrupted or cut short on the way; retry, and check any caching proxy',
            });
        }
        return { bytes, digest, mediaType: manifestMediaType(res.header('content-type'), bytes) };
    }
    /** HEAD a manifest: undefined when the registry has no such tag or digest (404). */
    async headManifest(ref) {
        await this.addScopes([(0,reference/* repositoryScope */.F7)(ref.repository, 'pull')]);
        const res = await this.send({
            method: 'HEAD',
            url: `/v2/${ref.repository}/manifests/${ref.identifier}`,
            headers: { accept: media_types/* manifestAccept */.K.join(', ') },
        });
        if (res.status === 404) {
            await res.dump();
            return undefined;
        }
        await this.expect(res, [200], 'HEAD', `checking manifest ${ref.name}`);
        await res.dump();
        const digest = res.header('docker-content-digest');
        const mediaType = res.header('content-type');
        const size = Number(res.header('content-length'));
        if (!digest || !/^sha256:[0-9a-f]{64}$/.test(digest) || !mediaType) {
            // Some registries omit the digest on HEAD: fall back to fetching the bytes.
            const got = await this.getManifest(ref);
            return { digest: got.digest, mediaType: got.mediaType, size: got.bytes.length };
        }
        return { digest: digest, mediaType: stripParams(mediaType), size };
    }
    /** PUT manifest bytes under a tag or digest; returns their digest. */
    async putManifest(repo, tagOrDigest, bytes, mediaType) {
        await this.addScopes([(0,reference/* repositoryScope */.F7)(repo, 'push,pull')]);
        const res = await this.send({
            method: 'PUT',
            url: `/v2/${repo}/manifests/${tagOrDigest}`,
            headers: { 'content-type': mediaType, 'content-length': String(bytes.length) },
            body: bytes,
            retry: true,
        });
        await this.expect(res, [200, 201, 202], 'PUT', `pushing manifest ${this.registry}/${repo}:${tagOrDigest}`);
        await res.dump();
        return (0,image_digest/* sha256 */.sc)(bytes);
    }
    /** Every tag, following `Link: <…>; rel="next"` pages. A missing repository has none. */
    listTags(repo, pageSize = 1000) {
        return listTags(this, repo, pageSize);
    }
    /** OCI 1.1 referrers of a digest; a registry without the API (404) has none. */
    listReferrers(repo, digest, artifactType) {
        return listReferrers(this, repo, digest, artifactType);
    }
    async close() {
        await this.transport.close();
    }
}
function stripParams(contentType) {
    return (contentType.split(';')[0] ?? contentType).trim();
}
/** Content-Type, unless it is generic; then the manifest's own mediaType field. */
function manifestMediaType(contentType, bytes) {
    const ct = contentType ? stripParams(contentType) : '';
    if (ct && ct !== 'application/json' && ct !== 'text/plain' && ct !== 'application/octet-stream')
        return ct;
    try {
        const mt = JSON.parse(bytes.toString('utf8')).mediaType;
        if (typeof mt === 'string')
            return mt;
    }
    catch {
        // fall through
    }
    return ct || media_types/* MediaType */.zu.OciManifest;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/registry/credential-helper.ts
// Docker credential helpers: `docker-credential-<name> get`, the server URL on stdin,
// `{"ServerURL","Username","Secret"}` on stdout. "credentials not found" means anonymous.



const notFound = /credentials not found/i;
const timeoutMs = 60_000;
/** Run a helper; undefined when it has nothing for this server. */
async function runCredentialHelper(name, serverUrl, env) {
    const program = `docker-credential-${name}`;
    const { code, stdout, stderr, error } = await run(program, serverUrl, env);
    if (error) {
        const missing = error.code === 'ENOENT';
        throw new errors/* KoActionError */.jV('REGISTRY_AUTH', missing
            ? `credential helper ${program} is not on PATH`
            : `credential helper ${program} failed: ${error.message}`, { hint: 'install the helper, or remove it from credHelpers/credsStore in the Docker config' });
    }
    if (code !== 0) {
        if (notFound.test(stdout) || notFound.test(stderr))
            return undefined;
        // The output might hold a secret: show only a redacted first line of stderr.
        const why = (0,secrets/* redact */.E$)(stderr.trim().split('\n')[0] ?? '') || `exit code ${code}`;
        throw new errors/* KoActionError */.jV('REGISTRY_AUTH', `credential helper ${program} failed for ${serverUrl}: ${why}`, {
            hint: 'run `echo <server> | ' + program + ' get` to check it',
        });
    }
    let parsed;
    try {
        parsed = JSON.parse(stdout);
    }
    catch {
        throw new errors/* KoActionError */.jV('REGISTRY_AUTH', `credential helper ${program} printed something that is not JSON`);
    }
    const { Username, Secret } = (parsed ?? {});
    if (typeof Secret !== 'string' || Secret === '')
        return undefined;
    (0,secrets/* addSecret */.Ck)(Secret);
    return { username: typeof Username === 'string' ? Username : '', secret: Secret };
}
function run(program, input, env) {
    return new Promise((resolve) => {
        // PATH comes from the given env, so tests can put a helper on it without touching process.env.
        const child = (0,external_node_child_process_.spawn)(program, ['get'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        // Our own timer: spawn's `timeout` leaves one behind when the program does not exist.
        const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
        timer.unref();
        const finish = (r) => {
            clearTimeout(timer);
            resolve({ ...r, stdout, stderr });
        };
        child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
        child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
        child.on('error', (error) => finish({ code: null, error }));
        child.on('close', (code) => finish({ code }));
        child.stdin.on('error', () => undefined);
        child.stdin.end(input);
    });
}

;// CONCATENATED MODULE: ./src/registry/credentials.ts
// Who we are to a registry, looked up the way ko does (ggcr authn.DefaultKeychain, then the
// GitHub keychain): explicit inputs, Docker config (credHelpers → credsStore → auths),
// podman's auth.json, then the workflow token for ghcr.io. Every secret found is registered
// with addSecret() before anything else sees it. The environment is a parameter: no globals.







/** Find credentials for a repository; undefined means anonymous. */
async function resolveCredentials(target, opts) {
    const { env } = opts;
    const ex = opts.explicit;
    if (ex && ex.registry === target.registry && ex.username && ex.password) {
        (0,secrets/* addSecret */.Ck)(ex.password);
        return { username: ex.username, password: ex.password, source: 'username/password inputs' };
    }
    const keys = lookupKeys(target);
    for (const file of authFiles(env)) {
        const config = await readAuthFile(file);
        if (!config)
            continue;
        for (const key of keys) {
            const found = await lookupKey(config, key, file, env);
            if (found)
                return found;
        }
    }
    if (opts.githubToken && target.registry === 'ghcr.io') {
        (0,secrets/* addSecret */.Ck)(opts.githubToken);
        return {
            username: env.GITHUB_ACTOR || 'unset',
            password: opts.githubToken,
            source: 'github-token',
        };
    }
    return undefined;
}
/** The full repository first, then the registry (Docker Hub under its legacy URL key). */
function lookupKeys(target) {
    const host = target.registry === reference/* dockerHubRegistry */.F$ ? reference/* dockerHubAuthKey */.PZ : target.registry;
    return [`${target.registry}/${target.repository}`, host];
}
/** Docker's config first ($DOCKER_CONFIG, else ~/.docker), then podman's auth files. */
function authFiles(env) {
    const home = env.HOME || (0,external_node_os_.homedir)();
    const docker = env.DOCKER_CONFIG
        ? (0,external_node_path_.join)(env.DOCKER_CONFIG, 'config.json')
        : (0,external_node_path_.join)(home, '.docker', 'config.json');
    const files = [docker];
    if (env.REGISTRY_AUTH_FILE)
        files.push(env.REGISTRY_AUTH_FILE);
    if (env.XDG_RUNTIME_DIR)
        files.push((0,external_node_path_.join)(env.XDG_RUNTIME_DIR, 'containers', 'auth.json'));
    files.push((0,external_node_path_.join)(env.XDG_CONFIG_HOME || (0,external_node_path_.join)(home, '.config'), 'containers', 'auth.json'));
    return [...new Set(files)];
}
async function readAuthFile(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw new errors/* KoActionError */.jV('REGISTRY_AUTH', `cannot read ${file}: ${e.message}`);
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        // Never echo the content: it holds credentials.
        throw new errors/* KoActionError */.jV('REGISTRY_AUTH', `${file} is not valid JSON`, {
            hint: 'fix or remove the file (docker login rewrites it)',
        });
    }
    if (typeof parsed !== 'object' || parsed === null)
        return undefined;
    const file_ = parsed;
    // Register every secret in the file now, whichever entry ends up used.
    for (const entry of Object.values(file_.auths ?? {})) {
        (0,secrets/* addSecret */.Ck)(entry?.auth);
        (0,secrets/* addSecret */.Ck)(entry?.password);
        (0,secrets/* addSecret */.Ck)(entry?.identitytoken);
    }
    return file_;
}
/** One key, the way docker's config.GetAuthConfig does it: a helper, else the store, else auths. */
async function lookupKey(config, key, file, env) {
    const helper = config.credHelpers?.[key] || config.credsStore;
    if (helper) {
        const got = await runCredentialHelper(helper, key, env);
        if (!got)
            return undefined;
        const source = `docker-credential-${helper} (${file})`;
        // A `<token>` user means the secret is an identity (refresh) token.
        if (got.username === '<token>') {
            return { username: '', password: '', identityToken: got.secret, source };
        }
        return { username: got.username, password: got.secret, source };
    }
    const auths = config.auths ?? {};
    const entry = auths[key] ?? Object.entries(auths).find(([k]) => hostnameOf(k) === key)?.[1];
    return entry ? fromEntry(entry, `${file} auths`) : undefined;
}
function fromEntry(entry, source) {
    let { username = '', password = '' } = entry;
    if (entry.auth) {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon < 0) {
            throw new errors/* KoActionError */.jV('REGISTRY_AUTH', `an "auth" entry in ${source} is not base64 user:password`);
        }
        username = decoded.slice(0, colon);
        password = decoded.slice(colon + 1);
        (0,secrets/* addSecret */.Ck)(password);
    }
    if (entry.identitytoken) {
        return { username, password, identityToken: entry.identitytoken, source };
    }
    if (!username && !password)
        return undefined;
    return { username, password, source };
}
/** docker's ConvertToHostname: drop a scheme and any path. */
function hostnameOf(key) {
    const noScheme = key.replace(/^https?:\/\//, '');
    return noScheme.split('/')[0] ?? noScheme;
}

;// CONCATENATED MODULE: ./src/publish/clients.ts
// One registry client per registry host for the whole run, with its credentials resolved once.


class ClientPool {
    opts;
    clients = new Map();
    constructor(opts) {
        this.opts = opts;
    }
    /** The client for a repository's registry. Credentials are looked up for the first repo asked. */
    client(repo) {
        let c = this.clients.get(repo.registry);
        if (!c) {
            c = this.make(repo);
            this.clients.set(repo.registry, c);
        }
        return c;
    }
    async make(repo) {
        const o = this.opts;
        const isTarget = repo.registry === o.targetRegistry;
        const explicit = isTarget && o.username && o.password
            ? { explicit: { registry: repo.registry, username: o.username, password: o.password } }
            : {};
        const credentials = await resolveCredentials(repo, {
            env: o.env,
            ...explicit,
            ...(o.githubToken ? { githubToken: o.githubToken } : {}),
        });
        return new RegistryClient(repo.registry, {
            credentials,
            insecure: isTarget && o.insecure,
            jobs: o.jobs,
            ...(o.log ? { log: o.log } : {}),
        });
    }
    async close() {
        const all = await Promise.allSettled([...this.clients.values()]);
        const open = all.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
        await Promise.all(open.map((c) => c.close()));
    }
}

;// CONCATENATED MODULE: ./src/cli-run.ts
// The CLI twin's work once its arguments are read: config, plan, then build or resolve.







async function runCli(cmd, inputs, goSetup, takeBuild) {
    const log = (line) => void process.stderr.write(`${line}\n`);
    (0,build_plan/* checkWorkingDirectory */.dQ)((0,external_node_path_.resolve)(inputs.workingDirectory));
    const koConfig = await (0,ko_yaml/* loadKoConfig */.$r)({
        configInput: inputs.config,
        env: process.env,
        workingDirectory: inputs.workingDirectory,
    });
    for (const w of koConfig.warnings)
        log(`warning: ${w}`);
    const plan = (0,build_plan/* planBuild */.C7)(inputs, process.env, koConfig);
    const go = await goSetup;
    const clients = new ClientPool({
        env: process.env,
        targetRegistry: (0,build_plan/* pushRegistry */.at)(plan),
        insecure: inputs.insecureRegistry,
        jobs: plan.uploadJobs,
    });
    // Like ko: KOCACHE is used only when set.
    const kocache = process.env.KOCACHE?.trim();
    const deps = {
        goPath: go.goPath,
        env: process.env,
        clients,
        timings: emptyTimings(),
        log,
        ...(kocache ? { kocache: (0,external_node_path_.resolve)(kocache) } : {}),
        ...(takeBuild ? { takeBuild } : {}),
    };
    try {
        if (cmd.command === 'resolve') {
            // Like `ko resolve`: the YAML to stdout, what was replaced to stderr.
            const { resolveFiles } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(609)]).then(__webpack_require__.bind(__webpack_require__, 4609));
            const resolved = await resolveFiles(inputs.resolve, plan, deps, readStdin);
            for (const [from, to] of resolved.replaced)
                log(`${from} -> ${to}`);
            process.stdout.write(resolved.yaml);
        }
        else {
            const images = await (0,engine/* runBuild */.c)(plan, deps);
            for (const img of images)
                process.stdout.write(`${img.ref}\n`);
        }
    }
    finally {
        await clients.close();
    }
    return 0;
}
/** All of stdin, for `-f -`. */
async function readStdin() {
    return (await (0,read_all/* readAll */.y)(process.stdin)).toString('utf8');
}


/***/ }),

/***/ 6764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qy: () => (/* binding */ displayUrl),
/* harmony export */   eo: () => (/* binding */ registryError),
/* harmony export */   gl: () => (/* binding */ RegistryError)
/* harmony export */ });
/* unused harmony exports parseErrorBody, hintFor */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _util_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4537);
// Distribution-spec error bodies and HTTP statuses turned into KoActionErrors a user can act on.
// Like ggcr's transport.Error: parse the `errors` array, keep the status, strip the URL's query
// (upload `_state` and tokens), and know which failures are worth retrying.


const ghcrHint = 'grant `permissions: packages: write` to the job (and, for a package created elsewhere, give this repository write access in the package settings)';
/** Codes ggcr treats as temporary (remote/write.go). */
const temporaryCodes = new Set([
    'BLOB_UPLOAD_INVALID',
    'TOOMANYREQUESTS',
    'UNKNOWN',
    'UNAVAILABLE',
]);
const temporaryStatuses = new Set([408, 429, 500, 502, 503, 504]);
/** A registry answered with an unexpected status. */
class RegistryError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KoActionError */ .jV {
    status;
    errors;
    registry;
    constructor(message, status, errors, hint, registry) {
        super(status === 401 || status === 403 ? 'REGISTRY_AUTH' : 'REGISTRY', message, {
            where: registry,
            ...(hint ? { hint } : {}),
        });
        this.status = status;
        this.errors = errors;
        this.registry = registry;
    }
    /** Worth retrying the whole operation (ggcr `isTemporary`). */
    get temporary() {
        if (this.errors.length > 0)
            return this.errors.every((e) => temporaryCodes.has(e.code));
        return temporaryStatuses.has(this.status);
    }
}
/** Parse `{"errors":[{code,message,detail}]}`; anything else yields []. */
function parseErrorBody(body) {
    if (!body)
        return [];
    try {
        const parsed = JSON.parse(body);
        if (typeof parsed !== 'object' || parsed === null)
            return [];
        const errs = parsed.errors;
        if (!Array.isArray(errs))
            return [];
        return errs.flatMap((e) => {
            if (typeof e !== 'object' || e === null)
                return [];
            const { code, message, detail } = e;
            if (typeof code !== 'string')
                return [];
            return [
                {
                    code,
                    ...(typeof message === 'string' ? { message } : {}),
                    ...(detail !== undefined ? { detail } : {}),
                },
            ];
        });
    }
    catch {
        return [];
    }
}
/** Build the error for an unexpected registry response. */
function registryError(ctx) {
    const errors = parseErrorBody(ctx.body);
    const detail = errors.length
        ? errors.map((e) => (e.message ? `${e.code}: ${e.message}` : e.code)).join('; ')
        : statusText(ctx.status, ctx.body);
    const head = ctx.action ? `${ctx.action}: ` : '';
    // The URL names the host already, unless it is another origin (a token realm, a CDN).
    const url = displayUrl(ctx.url);
    const on = hostOf(ctx.url) === ctx.registry ? '' : ` for ${ctx.registry}`;
    const message = (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(`${head}${ctx.method} ${url}${on} answered ${ctx.status} (${detail})`);
    return new RegistryError(message, ctx.status, errors, hintFor(ctx.registry, ctx.status, errors), ctx.registry);
}
/** The URL without query or fragment: upload `_state` and token parameters stay out of logs. */
function displayUrl(url) {
    try {
        const u = new URL(url);
        return `${u.origin}${u.pathname}`;
    }
    catch {
        return String(url).replace(/[?#].*$/, '');
    }
}
function hostOf(url) {
    try {
        return new URL(url).host;
    }
    catch {
        return '';
    }
}
function hintFor(registry, status, errors) {
    const codes = new Set(errors.map((e) => e.code));
    const isGhcr = registry === 'ghcr.io' || registry.endsWith('.ghcr.io');
    if (status === 401 || status === 403 || codes.has('DENIED') || codes.has('UNAUTHORIZED')) {
        if (isGhcr)
            return ghcrHint;
        return `check the credentials for ${registry}: the username/password inputs, docker login ${registry}, or a credential helper`;
    }
    if (status === 429 || codes.has('TOOMANYREQUESTS')) {
        return `${registry} is rate limiting; authenticate to raise the limit, or retry later`;
    }
    if (codes.has('NAME_INVALID'))
        return 'repository names must be lowercase: a-z 0-9 _ . - /';
    if (codes.has('NAME_UNKNOWN'))
        return `the repository does not exist on ${registry} (or is not visible to these credentials)`;
    if (codes.has('MANIFEST_INVALID') || codes.has('MANIFEST_BLOB_UNKNOWN')) {
        return 'the registry rejected the manifest; it may not support this media type';
    }
    return undefined;
}
function statusText(status, body) {
    const known = {
        400: 'Bad Request',
        401: 'Unauthorized',
        403: 'Forbidden',
        404: 'Not Found',
        405: 'Method Not Allowed',
        408: 'Request Timeout',
        409: 'Conflict',
        413: 'Payload Too Large',
        416: 'Range Not Satisfiable',
        429: 'Too Many Requests',
        500: 'Internal Server Error',
        502: 'Bad Gateway',
        503: 'Service Unavailable',
        504: 'Gateway Timeout',
    };
    const text = known[status] ?? 'unexpected status';
    // A short non-JSON body (a proxy's message) helps; an HTML page does not.
    const snippet = body?.trim();
    if (snippet && snippet.length <= 200 && !snippet.startsWith('<'))
        return `${text}: ${snippet}`;
    return text;
}


/***/ }),

/***/ 3868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ readAll)
/* harmony export */ });
/** Every byte of a stream (small bodies: manifests, configs, stdin). */
async function readAll(stream) {
    const chunks = [];
    for await (const chunk of stream)
        chunks.push(chunk);
    return Buffer.concat(chunks);
}


/***/ })

};
