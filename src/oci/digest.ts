import { createHash, type Hash } from 'node:crypto';

export type Digest = `sha256:${string}`;

const digestPattern = /^sha256:[0-9a-f]{64}$/;

export function isDigest(s: string): s is Digest {
  return digestPattern.test(s);
}

export function sha256(data: Uint8Array | string): Digest {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

/** A streaming sha256 that also counts bytes. */
export class DigestCounter {
  private readonly hash: Hash = createHash('sha256');
  size = 0;

  update(chunk: Uint8Array): void {
    this.hash.update(chunk);
    this.size += chunk.length;
  }

  digest(): Digest {
    return `sha256:${this.hash.digest('hex')}`;
  }
}

/** The hex part of a digest (`sha256:abc` → `abc`). */
export function digestHex(d: Digest): string {
  return d.slice('sha256:'.length);
}
