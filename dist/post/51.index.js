export const id = 51;
export const ids = [51];
export const modules = {

/***/ 5051:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pruneKocache: () => (/* binding */ pruneKocache)
});

// UNUSED EXPORTS: binaryLayerFromCache, buildIdFile, descriptorFile, goBuildId, kocacheBinDir, kocacheLayerPath, pruneKocacheLayers

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/oci/digest.ts

const digestPattern = /^sha256:[0-9a-f]{64}$/;
function digest_isDigest(s) {
    return digestPattern.test(s);
}
function digest_sha256(data) {
    return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}
/** A streaming sha256 that also counts bytes. */
class digest_DigestCounter {
    hash = createHash('sha256');
    size = 0;
    update(chunk) {
        this.hash.update(chunk);
        this.size += chunk.length;
    }
    digest() {
        return `sha256:${this.hash.digest('hex')}`;
    }
}
/** The hex part of a digest (`sha256:abc` → `abc`). */
function digest_digestHex(d) {
    return d.slice('sha256:'.length);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
;// CONCATENATED MODULE: ./src/util/open-write-stream.ts
// A file write stream that is open before anything is written to it. A stream destroyed while its
// open() is still pending emits 'close' first and creates the file afterwards, so a failed write
// could leave its file behind however long the caller waited; once open, removal is reliable.


async function open_write_stream_openWriteStream(path, opts = {}) {
    const stream = createWriteStream(path, opts);
    await once(stream, 'ready');
    return stream;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/oci/go-flate/gzip-writer.ts
// Go's compress/gzip framing around a RawDeflater, as go-containerregistry's internal/gzip uses
// it (gzip.NewWriterLevel(w, gzip.BestSpeed), no name, no mtime): the 10-byte header
// 1f 8b 08 00 00000000 04 ff (XFL 4 = fastest, OS 255 = unknown), the deflate stream, then
// CRC-32 and size mod 2^32, little-endian (docs/spec/ko-compat.md#32-compression-ggcr-tarballlayerfromopener-internalgzip).



const header = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x04, 0xff]);
function deflater(version) {
    switch (version) {
        case 'go1.26':
            return new BestSpeedGo126();
    }
}
/** Push-style gzip: write() and close() hand finished bytes to `emit`, in order. */
class GoGzipWriter {
    emit;
    flate;
    crc = 0;
    size = 0;
    started = false;
    constructor(emit, version = 'go1.26') {
        this.emit = emit;
        this.flate = deflater(version);
    }
    write(data) {
        this.start();
        this.crc = crc32(data, this.crc);
        this.size = (this.size + data.length) % 2 ** 32;
        this.flate.write(data, this.emit);
    }
    close() {
        this.start();
        this.flate.close(this.emit);
        const trailer = Buffer.alloc(8);
        trailer.writeUInt32LE(this.crc >>> 0, 0);
        trailer.writeUInt32LE(this.size, 4);
        this.emit(trailer);
    }
    start() {
        if (this.started)
            return;
        this.started = true;
        this.emit(Buffer.from(header));
    }
}
/**
 * A Transform making Go's gzip bytes; holds at most one 64 KiB block of input. Layers go through
 * createGoGzipWorker; the oracle tests also drive this in-thread path.
 * @internal
 */
function createGoGzip(version = 'go1.26') {
    const t = new Transform({
        highWaterMark: 1 << 20,
        transform(chunk, _enc, cb) {
            try {
                gz.write(chunk);
                cb();
            }
            catch (err) {
                cb(err);
            }
        },
        flush(cb) {
            try {
                gz.close();
                cb();
            }
            catch (err) {
                cb(err);
            }
        },
    });
    const gz = new GoGzipWriter((out) => t.push(out), version);
    return t;
}
/** Go's gzip of bytes already in memory, as parts to concatenate. */
function gzip_writer_goGzipBuffer(data, version = 'go1.26') {
    const parts = [];
    const gz = new GoGzipWriter((out) => parts.push(out), version);
    gz.write(data);
    gz.close();
    return parts;
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/oci/go-flate/gzip-worker.ts
// Go's gzip of a large layer on a worker thread: the same WebAssembly encoder and framing as
// gzip-writer.ts, off Node's main thread, so compressing overlaps with the tar, the two sha256
// hashes and the file write of oci/layer.ts (as ko's goroutines overlap them), and the main
// thread stays free for uploads. The worker is plain JavaScript evaluated from a string (no file
// to bundle); the compiled WebAssembly module is posted to it.



/**
 * The worker's code, stringified: it must close over nothing. Messages: { module } once, then
 * { data } per chunk and { close: true } at the end; each is answered, in order, with { out }
 * (the gzip bytes it completed, and `back`, the chunk's buffer) or { error }. It allocates only
 * the exact-size `out` it transfers, so it leaves no garbage buffers for its own GC to find.
 */
function workerMain() {
    // process.getBuiltinModule, not require: a bundler would rewrite require() in this source.
    const { parentPort } = process.getBuiltinModule('node:worker_threads');
    const { crc32 } = process.getBuiltinModule('node:zlib');
    const block = 65535;
    let x;
    let end = 0;
    let crc = 0;
    let size = 0;
    let scratch = new Uint8Array(1 << 21);
    let used = 0;
    const put = (bytes) => {
        if (used + bytes.length > scratch.length) {
            const bigger = new Uint8Array(Math.max(scratch.length * 2, used + bytes.length));
            bigger.set(scratch.subarray(0, used));
            scratch = bigger;
        }
        scratch.set(bytes, used);
        used += bytes.length;
    };
    const port = parentPort;
    port.on('message', (m) => {
        try {
            const take = (ex) => {
                const n = ex.out_len();
                if (n === 0)
                    return;
                put(new Uint8Array(ex.memory.buffer, ex.out_ptr(), n));
                ex.out_reset();
            };
            if (m.module) {
                const wa = globalThis.WebAssembly;
                x = new wa.Instance(m.module, {}).exports;
                x.init();
                // Go's header: no name, MTIME 0, XFL 4 (BestSpeed), OS 255.
                put(Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 4, 0xff]));
            }
            else if (x && m.data) {
                const data = m.data;
                crc = crc32(data, crc);
                size = (size + data.length) % 2 ** 32;
                for (let at = 0; at < data.length;) {
                    if (end === block) {
                        x.set_window_end(end);
                        x.enc_speed(0);
                        end = 0;
                        take(x);
                    }
                    const n = Math.min(block - end, data.length - at);
                    new Uint8Array(x.memory.buffer).set(data.subarray(at, at + n), x.window_ptr() + end);
                    end += n;
                    at += n;
                }
            }
            else if (x && m.close) {
                x.set_window_end(end);
                x.close_stream();
                take(x);
                const trailer = new Uint8Array(8);
                const view = new DataView(trailer.buffer);
                view.setUint32(0, crc >>> 0, true);
                view.setUint32(4, size, true);
                put(trailer);
            }
            const out = scratch.slice(0, used);
            used = 0;
            const back = m.data;
            port.postMessage({ out, back }, [
                out.buffer,
                ...(back ? [back.buffer] : []),
            ]);
        }
        catch (err) {
            port.postMessage({ error: String(err instanceof Error ? err.stack : err) });
        }
    });
}
/** Chunks sent to the worker and not yet answered, at most. */
const inFlight = 2;
/** A Transform making Go 1.26's gzip bytes on a worker thread (for large layers). */
function gzip_worker_createGoGzipWorker() {
    const worker = new Worker(`(${workerMain.toString()})()`, { eval: true });
    const waiting = [];
    /** Chunk buffers the worker handed back, to copy the next chunks into. */
    const free = [];
    let failed;
    const replies = [];
    const fail = (err) => {
        failed ??= err;
        for (const w of waiting.splice(0))
            w({ error: err.message });
    };
    worker.on('message', (r) => waiting.shift()?.(r));
    worker.on('error', fail);
    worker.on('exit', (code) => {
        if (waiting.length)
            fail(new Error(`gzip worker exited with code ${code}`));
    });
    const send = (msg, transfer = []) => {
        replies.push(new Promise((resolve) => waiting.push(resolve)));
        worker.postMessage(msg, transfer);
    };
    const receive = async (t) => {
        const r = await replies.shift();
        if (r.error !== undefined)
            throw failed ?? new Error(`gzip worker: ${r.error}`);
        if (r.back)
            free.push(r.back.buffer);
        if (r.out && r.out.length)
            t.push(Buffer.from(r.out.buffer, r.out.byteOffset, r.out.length));
    };
    send({ module: compiledBestSpeedGo126() });
    const t = new Transform({
        highWaterMark: 1 << 20,
        transform(chunk, _enc, cb) {
            // A copy the worker owns (the chunk may be a view of a pooled or reused buffer), in a
            // buffer it handed back before when one is large enough.
            let buf = free.pop();
            if (!buf || buf.byteLength < chunk.length)
                buf = new ArrayBuffer(Math.max(chunk.length, 1 << 20));
            const data = new Uint8Array(buf, 0, chunk.length);
            data.set(chunk);
            send({ data }, [buf]);
            const drain = async () => {
                while (replies.length > inFlight)
                    await receive(t);
            };
            drain().then(() => cb(), cb);
        },
        flush(cb) {
            send({ close: true });
            const drain = async () => {
                while (replies.length)
                    await receive(t);
            };
            drain()
                .finally(() => worker.terminate())
                .then(() => cb(), cb);
        },
        destroy(err, cb) {
            void worker.terminate();
            cb(err);
        },
    });
    return t;
}

;// CONCATENATED MODULE: ./src/oci/gzip.ts
// The two layer compressors. `go` (the default) makes Go 1.26 compress/gzip BestSpeed bytes, as
// ko does (src/oci/go-flate), so digests equal ko's. `parallel` is the gzip below, quicker on
// large layers with several cores but with bytes of its own.
//
// Gzip that compresses blocks in parallel on libuv's thread pool, as pigz does: each block is an
// independent raw deflate stream primed with the previous 32 KiB as its dictionary and ended with
// a sync flush (so blocks concatenate into one valid deflate stream), the last one with BFINAL.
// The result is one ordinary gzip member, and deterministic for a given input and block size.
// Compression is the slowest step of making a layer, and one zlib stream uses only one core.





/** Whether an input value names a LayerCompression. */
function isLayerCompression(s) {
    return s === 'go' || s === 'parallel';
}
/**
 * Which encoder made a layer, for cache keys: a KOCACHE entry is reused only with the same
 * encoder (and so the same bytes).
 */
function gzip_compressionId(c) {
    return c === 'go' ? 'go1.26-bestspeed' : 'zlib-parallel-1m';
}
/** A Transform gzipping a (large) layer's tar with the chosen encoder, off the main thread. */
function gzip_createLayerGzip(c) {
    return c === 'go' ? createGoGzipWorker() : createParallelGzip({ level: 1 });
}
/** Gzip of a whole in-memory tar with the chosen encoder, as parts to concatenate. */
async function gzip_gzipLayerBuffer(data, c) {
    return c === 'go' ? goGzipBuffer(data, 'go1.26') : gzipBuffer(data, { level: 1 });
}
// Go's compress/gzip header at BestSpeed: no name, mtime 0, XFL 4 (fastest), OS 255 (unknown).
const gzip_header = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x04, 0xff]);
const gzip_window = (/* unused pure expression or super */ null && (32 * 1024));
function compress(data, opts) {
    return new Promise((resolve, reject) => {
        deflateRaw(data, opts, (err, out) => (err ? reject(err) : resolve(out)));
    });
}
const defaultBlockSize = (/* unused pure expression or super */ null && (1 << 20));
/** Options for one block: the previous block primes it, and only the last one ends the stream. */
function blockOptions(level, blockSize, previous, last) {
    return {
        level,
        // Room for the whole output in one go: fewer thread-pool round trips per block.
        chunkSize: Math.max(64 * 1024, Math.ceil(blockSize / 2)),
        finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH,
        ...(previous && { dictionary: previous.subarray(Math.max(0, previous.length - gzip_window)) }),
    };
}
function trailer(crc, length) {
    const t = Buffer.alloc(8);
    t.writeUInt32LE(crc >>> 0, 0);
    t.writeUInt32LE(length % 2 ** 32, 4);
    return t;
}
/**
 * Gzip for data already in memory: every block starts at once instead of as a stream arrives.
 * With the same block size it makes the same bytes as createParallelGzip.
 */
async function gzipBuffer(data, opts = {}) {
    const level = opts.level ?? 1;
    const blockSize = opts.blockSize ?? defaultBlockSize;
    const blocks = [];
    for (let at = 0; at === 0 || at < data.length; at += blockSize) {
        const last = at + blockSize >= data.length;
        const previous = at > 0 ? data.subarray(Math.max(0, at - gzip_window), at) : undefined;
        const block = data.subarray(at, at + blockSize);
        blocks.push(compress(block, blockOptions(level, blockSize, previous, last)));
    }
    const out = await Promise.all(blocks);
    return [gzip_header, ...out, trailer(crc32(data), data.length)];
}
function createParallelGzip(opts = {}) {
    const level = opts.level ?? 1;
    const blockSize = opts.blockSize ?? defaultBlockSize;
    const concurrency = opts.concurrency ?? Math.max(1, Math.min(4, availableParallelism()));
    let pending = [];
    let pendingBytes = 0;
    let previous;
    let crc = 0;
    let length = 0;
    const inFlight = [];
    let started = false;
    const start = (block, last) => {
        crc = crc32(block, crc);
        length += block.length;
        const out = compress(block, blockOptions(level, blockSize, previous, last));
        // Awaited in order later; until then a failure must not count as unhandled.
        out.catch(() => undefined);
        inFlight.push(out);
        previous = block;
    };
    const takeBlock = () => {
        // Usually the first piece alone is a whole block (the tar writer sends 1 MiB chunks).
        const first = pending[0];
        const all = first.length >= blockSize ? first : Buffer.concat(pending);
        const rest = all.subarray(blockSize);
        pending = all === first ? pending.slice(1) : [];
        if (rest.length > 0)
            pending.unshift(rest);
        pendingBytes -= Math.min(blockSize, all.length);
        return all.subarray(0, blockSize);
    };
    const gzip = new Transform({
        highWaterMark: blockSize,
        transform(chunk, _enc, cb) {
            pending.push(chunk);
            pendingBytes += chunk.length;
            void (async () => {
                // Keep the last block back: only flush() knows whether it is the final one.
                while (pendingBytes > blockSize) {
                    start(takeBlock(), false);
                    while (inFlight.length >= concurrency)
                        emit(await inFlight.shift());
                }
            })().then(() => cb(), cb);
        },
        flush(cb) {
            void (async () => {
                while (pendingBytes > blockSize)
                    start(takeBlock(), false);
                start(pending.length > 0 ? takeBlock() : Buffer.alloc(0), true);
                for (const p of inFlight.splice(0))
                    emit(await p);
                emit(trailer(crc, length));
            })().then(() => cb(), cb);
        },
    });
    const emit = (data) => {
        if (!started)
            gzip.push(gzip_header);
        started = true;
        gzip.push(data);
    };
    return gzip;
}

;// CONCATENATED MODULE: ./src/oci/layer.ts
// A layer is made in one streamed pass: tar bytes → sha256 (diffID) → gzip level 1 → sha256 and
// byte count (digest, size) → a temp file. Nothing holds a large layer in memory, and every
// descriptor is known before anything is pushed. By default the gzip is byte-identical to ko's
// (Go 1.26 compress/gzip at BestSpeed, src/oci/go-flate), so layer, manifest and index digests
// equal ko's; `parallel` trades that for zlib in parallel blocks (docs/spec/ko-compat.md#32-compression-ggcr-tarballlayerfromopener-internalgzip).











// Large chunks keep per-chunk costs (thread-pool hops, hash calls) negligible.
const chunk = (/* unused pure expression or super */ null && (1 << 20));
/**
 * Up to this, a layer's tar and gzip are held in memory: every gzip block then starts at once and
 * the tar is hashed meanwhile, where the stream waits for each block to fill. Larger layers
 * stream, so memory stays flat whatever the binary's size.
 */
const inMemoryLayerLimit = (/* unused pure expression or super */ null && (16 << 20));
async function createLayer(writeTar, opts) {
    await mkdir(opts.tmpDir, { recursive: true });
    if (opts.expectedSize !== undefined && opts.expectedSize <= inMemoryLayerLimit) {
        return createSmallLayer(writeTar, opts);
    }
    const path = join(opts.tmpDir, `layer-${randomUUID()}.tar.gz`);
    const tar = new DigestCounter();
    const gz = new DigestCounter();
    const head = hashing(tar, chunk);
    const file = await openWriteStream(path, { flags: 'wx', highWaterMark: chunk });
    const compressor = createLayerGzip(opts.compression ?? 'go');
    const done = pipeline(head, compressor, hashing(gz, chunk), file);
    const produce = (async () => {
        await writeTar(head);
        head.end();
    })();
    try {
        await Promise.all([produce, done]);
    }
    catch (err) {
        head.destroy(err instanceof Error ? err : new Error(String(err)));
        await Promise.allSettled([produce, done]);
        await rm(path, { force: true });
        throw err;
    }
    return fileLayer(path, tar.digest(), {
        mediaType: opts.mediaType,
        size: gz.size,
        digest: gz.digest(),
    });
}
async function createSmallLayer(writeTar, opts) {
    const parts = [];
    await writeTar(new Writable({
        highWaterMark: chunk,
        write(data, _enc, cb) {
            parts.push(data);
            cb();
        },
    }));
    const tar = parts.length === 1 ? parts[0] : Buffer.concat(parts);
    const compressing = gzipLayerBuffer(tar, opts.compression ?? 'go');
    compressing.catch(() => undefined); // awaited below, after hashing
    const diffId = sha256(tar);
    const gz = await compressing;
    const counter = new DigestCounter();
    for (const part of gz)
        counter.update(part);
    const path = join(opts.tmpDir, `layer-${randomUUID()}.tar.gz`);
    try {
        await writeFile(path, gz, { flag: 'wx' });
    }
    catch (err) {
        await rm(path, { force: true });
        throw err;
    }
    return fileLayer(path, diffId, {
        mediaType: opts.mediaType,
        size: counter.size,
        digest: counter.digest(),
    });
}
/** A layer for an existing gzip file. Reads it once unless both digests are already known. */
async function layer_layerFromFile(path, opts) {
    if (opts.diffId && opts.digest) {
        const { size } = await stat(path);
        return fileLayer(path, opts.diffId, { mediaType: opts.mediaType, size, digest: opts.digest });
    }
    const tar = new DigestCounter();
    const gz = new DigestCounter();
    await pipeline(createReadStream(path, { highWaterMark: chunk }), hashing(gz, chunk), createGunzip({ chunkSize: 256 * 1024 }), new Writable({
        highWaterMark: chunk,
        write(data, _enc, cb) {
            tar.update(data);
            cb();
        },
    }));
    const digest = gz.digest();
    if (opts.digest && opts.digest !== digest) {
        throw new KoActionError('DIGEST_MISMATCH', `${path} has digest ${digest}, not ${opts.digest}`, {
            hint: 'The cached layer is corrupt; clear the cache and build again.',
        });
    }
    return fileLayer(path, opts.diffId ?? tar.digest(), {
        mediaType: opts.mediaType,
        size: gz.size,
        digest,
    });
}
function fileLayer(path, diffId, descriptor) {
    return {
        diffId,
        descriptor,
        path,
        async open() {
            // Opening first makes a missing file fail here rather than as a later stream error.
            const fh = await open(path, 'r');
            return fh.createReadStream({ highWaterMark: chunk });
        },
    };
}
/** A pass-through that feeds every byte to a digest. */
function hashing(counter, highWaterMark) {
    return new Transform({
        highWaterMark,
        transform(data, _enc, cb) {
            counter.update(data);
            cb(null, data);
        },
    });
}

;// CONCATENATED MODULE: ./src/go/build-id.ts
// A Go binary's build ID, read in process the way `go tool buildid` reads it (Go's
// cmd/internal/buildid): an ELF binary carries it in a PT_NOTE named "Go\0\0" of type 4; other
// formats (PE, Mach-O) carry the raw `\xff Go build ID: "…"\n \xff` marker near the start.
// KOCACHE looks a binary up by this ID on every build; asking `go tool buildid` costs ~55 ms.

// Go reads this much and looks for notes and the raw marker within it.
const headSize = (/* unused pure expression or super */ null && (32 * 1024));
const elfMagic = Buffer.from([0x7f, 0x45, 0x4c, 0x46]);
const rawPrefix = Buffer.from('\xff Go build ID: "', 'latin1');
const rawEnd = Buffer.from('"\n \xff', 'latin1');
const ptNote = 4;
const goNoteName = Buffer.from('Go\0\0', 'latin1');
const goBuildIdTag = 4;
/** The build ID, or undefined when the file has none this reader knows (the caller asks go). */
async function build_id_readBuildId(file) {
    const fh = await open(file, 'r');
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

// EXTERNAL MODULE: ./src/oci/platform.ts
var platform = __webpack_require__(1890);
// EXTERNAL MODULE: ./src/go/packages.ts + 2 modules
var go_packages = __webpack_require__(7440);
;// CONCATENATED MODULE: ./src/engine/layer-cache.ts
// KOCACHE for binary layers (ko pkg/build/cache.go, docs/spec/ko-compat.md#8-kocache-pkgbuildcachego-pkgcommandscachego). The key is `go tool buildid` of the
// built binary; `buildid-to-diffid` and `diffid-to-descriptor` sit next to the binary as in ko.
// Unlike ko, the compressed layer itself is kept at `$KOCACHE/layers/sha256/<hex>`, so a hit needs
// neither tar nor gzip, and the maps are written truncating (ko leaves stale tail bytes).
// The `buildid-to-diffid` key is the build ID plus the gzip encoder (`<buildid> gzip=<id>`): a
// layer compressed by another encoder has other bytes, so it is never reused for this one (ko's
// own entries, keyed by the bare build ID, are misses too).
// A cache problem is never an error: it is logged at debug level and the layer is made afresh.










const buildIdFile = 'buildid-to-diffid';
const descriptorFile = 'diffid-to-descriptor';
/** Where ko puts a binary's directory: `$KOCACHE/bin/<importpath>/<platform>` (`out` inside). */
function kocacheBinDir(kocache, importPath, platform) {
    return join(kocache, 'bin', importPath, formatPlatform(platform));
}
/** Where the compressed bytes of a cached layer live. */
function kocacheLayerPath(kocache, digest) {
    return join(kocache, 'layers', 'sha256', digestHex(digest));
}
/**
 * The binary layer for `binaryPath`, from KOCACHE when its build ID was seen before, else from
 * `make()` (then recorded). Callers skip this when capabilities are set, as ko does.
 */
async function binaryLayerFromCache(kocache, importPath, platform, binaryPath, goPath, make, opts) {
    const debug = opts.debug ?? (() => undefined);
    const metaDir = dirname(binaryPath);
    let buildId;
    try {
        const id = (await readBuildId(binaryPath)) ?? (await goBuildId(goPath, binaryPath, opts.env));
        buildId = `${id} gzip=${compressionId(opts.compression ?? 'go')}`;
        const hit = await lookup(kocache, metaDir, buildId, opts.mediaType);
        if (hit) {
            await markUsed(metaDir);
            return hit;
        }
        debug(`KOCACHE miss for ${importPath} ${formatPlatform(platform)} (key ${buildId})`);
    }
    catch (err) {
        debug(`KOCACHE unusable for ${binaryPath}: ${errorMessage(err)}`);
    }
    const layer = await make();
    if (buildId === undefined)
        return layer;
    try {
        await record(kocache, metaDir, buildId, layer);
    }
    catch (err) {
        debug(`KOCACHE: cannot record ${binaryPath}: ${errorMessage(err)}`);
    }
    return layer;
}
/**
 * Sets the mtime of a binary's `buildid-to-diffid` to now, as Go marks a GOCACHE entry used: the
 * post step keeps the binaries this run used (pruneKocache). Best effort.
 */
async function markUsed(metaDir) {
    const now = new Date();
    await utimes(join(metaDir, buildIdFile), now, now).catch(() => undefined);
}
/** `go tool buildid <file>`, trimmed, as ko reads it. */
async function goBuildId(goPath, file, env = process.env) {
    // Run outside any module so a go.mod `toolchain` line cannot trigger a download.
    const res = await run(goPath, ['tool', 'buildid', file], dirname(file), {
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
    const diffIds = await readMap(join(metaDir, buildIdFile));
    const descs = await readMap(join(metaDir, descriptorFile));
    if (!diffIds || !descs)
        return undefined;
    const diffId = diffIds[buildId];
    if (diffId === undefined)
        return undefined;
    if (!isDigest(diffId))
        throw new Error(`${buildIdFile}: bad diffID ${diffId}`);
    const desc = descs[diffId];
    if (!desc || !isDigest(desc.digest) || !Number.isSafeInteger(desc.size)) {
        throw new Error(`${descriptorFile}: no valid descriptor for ${diffId}`);
    }
    const path = kocacheLayerPath(kocache, desc.digest);
    const { size } = await stat(path);
    if (size !== desc.size)
        throw new Error(`${path} has ${size} bytes, not ${desc.size}`);
    // The media type follows today's base, not the one recorded: the bytes are the same.
    return layerFromFile(path, { mediaType, diffId, digest: desc.digest });
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
    await mkdir(dirname(path), { recursive: true });
    const staged = `${path}.${randomUUID()}.tmp`;
    // A copy, not a move: the caller's layer keeps its file, and a reader never sees a partial one.
    await copyFile(layer.path, staged);
    await rename(staged, path);
    const desc = {
        mediaType: descriptor.mediaType,
        size: descriptor.size,
        digest: descriptor.digest,
    };
    await writeJson(join(metaDir, descriptorFile), { [diffId]: desc });
    await writeJson(join(metaDir, buildIdFile), { [buildId]: diffId });
}
/** Go's json.Encoder with SetIndent("", "  "): 2-space indent and a trailing newline. */
async function writeJson(path, value) {
    const tmp = `${path}.${randomUUID()}.tmp`;
    await writeFile(tmp, JSON.stringify(value, null, 2) + '\n');
    await rename(tmp, path);
}
/**
 * Removes layer files no `diffid-to-descriptor` under `$KOCACHE/bin` refers to, so a cache saved
 * run after run does not grow without bound. Run it when no build is in progress (post step).
 */
async function pruneKocacheLayers(kocache) {
    const layersDir = (0,external_node_path_.join)(kocache, 'layers', 'sha256');
    let files;
    try {
        files = await (0,promises_.readdir)(layersDir);
    }
    catch {
        return 0;
    }
    const used = new Set();
    for (const file of await findFiles((0,external_node_path_.join)(kocache, 'bin'), descriptorFile)) {
        try {
            const descs = await readMap(file);
            for (const d of Object.values(descs ?? {})) {
                if (typeof d.digest === 'string' && digest_isDigest(d.digest))
                    used.add(digest_digestHex(d.digest));
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
        await (0,promises_.rm)((0,external_node_path_.join)(layersDir, name), { force: true });
        removed++;
    }
    return removed;
}
/** The files ko-action keeps per binary in `$KOCACHE/bin/<importpath>/<platform>/`. */
const binFiles = new Set(['out', buildIdFile, descriptorFile]);
/**
 * Keeps what this run used: removes each binary (`out` and its maps) whose files are all older
 * than `usedSince` (a restored KOCACHE is back-dated; a build rewrites `out` and the maps, a hit
 * marks the maps used), then the layers nothing refers to any more. Post step only.
 */
async function pruneKocache(kocache, usedSince) {
    let binaries = 0;
    const visit = async (dir) => {
        let entries;
        try {
            entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        const files = entries.filter((e) => e.isFile() && binFiles.has(e.name)).map((e) => e.name);
        if (files.length) {
            const times = await Promise.all(files.map((f) => (0,promises_.stat)((0,external_node_path_.join)(dir, f)).then((st) => st.mtimeMs, () => 0)));
            if (Math.max(...times) < usedSince) {
                await Promise.all(files.map((f) => (0,promises_.rm)((0,external_node_path_.join)(dir, f), { force: true })));
                binaries++;
            }
        }
        for (const e of entries)
            if (e.isDirectory())
                await visit((0,external_node_path_.join)(dir, e.name));
    };
    await visit((0,external_node_path_.join)(kocache, 'bin'));
    return { binaries, layers: await pruneKocacheLayers(kocache) };
}
async function findFiles(dir, name) {
    let entries;
    try {
        entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    }
    catch {
        return [];
    }
    const found = [];
    for (const e of entries) {
        const p = (0,external_node_path_.join)(dir, e.name);
        if (e.isDirectory())
            found.push(...(await findFiles(p, name)));
        else if (e.name === name)
            found.push(p);
    }
    return found;
}


/***/ })

};
