// One view of the two inputs (a file on disk for the CLI, an uploaded buffer for the HTTP import), so the
// readers stream a path and a buffer the same way.
import { open, readFile, stat } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { ReadError } from './types.ts';

export type Input = { path: string } | { buffer: Buffer; name: string };

export interface Source {
  /** The name as the person gave it (no folders). */
  name: string;
  size: number;
  /** The first `n` bytes (fewer when the file is shorter). */
  head(n: number): Promise<Buffer>;
  /** The bytes from `start` to the end, in chunks. */
  stream(start?: number): Readable;
  /** Every byte (zip archives and workbooks need random access). */
  readAll(): Promise<Buffer>;
}

/** Buffers are streamed in pieces like a file would be, so nothing downstream depends on one huge chunk. */
const CHUNK = 64 * 1024;

function* chunks(buffer: Buffer, start: number): Generator<Buffer> {
  for (let i = start; i < buffer.length; i += CHUNK) yield buffer.subarray(i, Math.min(i + CHUNK, buffer.length));
}

export async function openInput(input: Input): Promise<Source> {
  if ('buffer' in input) {
    const { buffer } = input;
    return {
      name: basename(input.name),
      size: buffer.length,
      head: async (n) => buffer.subarray(0, n),
      stream: (start = 0) => Readable.from(chunks(buffer, start), { objectMode: false }),
      readAll: async () => buffer,
    };
  }
  const { path } = input;
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new ReadError('file_not_found', { name: basename(path) });
    size = info.size;
  } catch (err) {
    if (err instanceof ReadError) throw err;
    throw new ReadError('file_not_found', { name: basename(path) });
  }
  return {
    name: basename(path),
    size,
    head: async (n) => {
      const handle = await open(path, 'r');
      try {
        const buffer = Buffer.alloc(Math.min(n, size));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        return buffer.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    },
    stream: (start = 0) => createReadStream(path, { start, highWaterMark: CHUNK }),
    readAll: () => readFile(path),
  };
}
