// A file write stream that is open before anything is written to it. A stream destroyed while its
// open() is still pending emits 'close' first and creates the file afterwards, so a failed write
// could leave its file behind however long the caller waited; once open, removal is reliable.
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';

export async function openWriteStream(
  path: string,
  opts: { flags?: string; highWaterMark?: number } = {},
): Promise<WriteStream> {
  const stream = createWriteStream(path, opts);
  await once(stream, 'ready');
  return stream;
}
