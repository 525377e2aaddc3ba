// A pass-through that hashes what flows and fails at the end if the bytes are not the ones the
// digest names (ggcr's verify.ReadCloser). Consumers must treat a stream error as "no data".
import { Transform, type Readable } from 'node:stream';
import { KoActionError } from '../util/errors.js';
import { DigestCounter, type Digest } from '../oci/digest.js';

export function verifiedStream(
  source: Readable,
  digest: Digest,
  size: number | undefined,
  where: string,
): Readable {
  const counter = new DigestCounter();
  const check = new Transform({
    transform(chunk: Buffer, _enc, done) {
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
  source.on('error', (e) =>
    check.destroy(e instanceof KoActionError ? e : broken(where, digest, e)),
  );
  check.on('close', () => {
    if (!source.destroyed) source.destroy();
  });
  source.pipe(check);
  return check;
}

function mismatch(where: string, digest: Digest, why: string): KoActionError {
  return new KoActionError(
    'DIGEST_MISMATCH',
    `blob ${digest} from ${where} does not match its digest: ${why}`,
    {
      where,
      hint: 'the registry or a proxy returned corrupted data; retry, and check any caching proxy',
    },
  );
}

function broken(where: string, digest: Digest, cause: unknown): KoActionError {
  const why = cause instanceof Error ? cause.message : String(cause);
  return new KoActionError(
    'REGISTRY',
    `download of blob ${digest} from ${where} broke off: ${why}`,
    {
      where,
      cause,
      hint: 'the connection to the registry was lost; retry the job',
    },
  );
}
