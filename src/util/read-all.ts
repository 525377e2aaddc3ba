import type { Readable } from 'node:stream';

/** Every byte of a stream (small bodies: manifests, configs, stdin). */
export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
