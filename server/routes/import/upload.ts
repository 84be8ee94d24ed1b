// The uploaded file of POST /api/import/:dataset, streamed to a temporary folder so a 50 MB upload never sits in
// memory (the import core then reads it as a stream too). The file keeps the name it was sent with: the core
// detects the format from it and the report and the audit name it.
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import type { MultipartFile } from '@fastify/multipart';

/** A problem with the upload itself (not its content), answered with this status. */
export class UploadError extends Error {
  override readonly name = 'UploadError';
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

export interface SavedUpload {
  path: string;
  /** The name it was sent with, made safe as a file name. */
  name: string;
  bytes: number;
  remove(): Promise<void>;
}

export interface UploadLimits {
  maxBytes: number;
}

const megabytes = (bytes: number): string => `${Math.round((bytes / 1_048_576) * 10) / 10} MB`;

const HOW =
  'Send the file as multipart/form-data with one part named "file" (e.g. curl -F "file=@sales.csv"); ' +
  'options such as dryRun go in the query string.';

/**
 * The base name of an uploaded file, without folders, control characters or characters file systems refuse, and
 * short enough for any of them (255 bytes; Cyrillic takes two each), its extension kept.
 */
export function safeFileName(sent: string | undefined): string {
  const base = (sent ?? '').replace(/\\/g, '/').split('/').pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_').replace(/^[.\s]+/, '').trim();
  if (!clean) return 'upload';
  const ext = path.extname(clean).slice(0, 12);
  const stem = clean.slice(0, clean.length - path.extname(clean).length);
  return Buffer.byteLength(clean) <= 120 ? clean : `${[...stem].slice(0, 50).join('')}${ext}`;
}

/** Counts the bytes as the upload passes (the row limit is the import core's: ImportFileOptions.maxRows). */
class Counter extends Transform {
  bytes = 0;
  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    done(null, chunk);
  }
}

function uploadError(error: unknown, maxBytes: number): UploadError | null {
  if (error instanceof UploadError) return error;
  const code = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  switch (code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return tooLarge(maxBytes);
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new UploadError(415, `The request is not multipart/form-data. ${HOW}`);
    case 'FST_FILES_LIMIT':
      return new UploadError(400, `Send one file at a time. ${HOW}`);
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return new UploadError(400, `The form has too many parts. ${HOW}`);
    default:
      // busboy's own: "Unexpected end of form", "Malformed part header", "Part terminated early", …
      if (error instanceof Error && /form|part|boundary|multipart/i.test(error.message)) {
        return new UploadError(400, `The upload is incomplete or not well-formed (${error.message}). ${HOW}`);
      }
      return null;
  }
}

const tooLarge = (maxBytes: number) =>
  new UploadError(
    413,
    `The file is larger than the ${megabytes(maxBytes)} this server accepts (IMPORT_MAX_BYTES). Split it into smaller files ` +
      '(for sales, one per year or quarter), zip a Shapefile, or import it from the command line with npm run import.',
  );

/**
 * Streams the one `file` part of a multipart request into a new temporary folder. Throws UploadError for a request
 * that is not multipart, has no file, has other parts, or a file above the limit; the folder is then gone already.
 */
export async function saveUpload(request: FastifyRequest, { maxBytes }: UploadLimits): Promise<SavedUpload> {
  if (!request.isMultipart()) throw new UploadError(415, `The request is not multipart/form-data. ${HOW}`);
  const dir = await mkdtemp(path.join(tmpdir(), 'atlas-upload-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  let saved: SavedUpload | null = null;
  let refused: UploadError | null = null;
  try {
    for await (const part of request.parts({ limits: { fileSize: maxBytes, files: 1, fields: 20 } })) {
      if (part.type === 'field') {
        // An option sent as a form field would be silently ignored: a dry run meant as one would then write.
        refused ??= new UploadError(400, `The form field "${part.fieldname}" is not read. ${HOW}`);
        continue;
      }
      if (part.fieldname !== 'file') {
        refused ??= new UploadError(400, `The file part is named "${part.fieldname}"; name it "file". ${HOW}`);
        part.file.resume();
        continue;
      }
      saved = await writePart(part, dir, maxBytes, remove);
    }
  } catch (error) {
    await remove();
    throw uploadError(error, maxBytes) ?? error;
  }
  if (refused || !saved) {
    await remove();
    throw refused ?? new UploadError(400, `The request has no file. ${HOW}`);
  }
  return saved;
}

async function writePart(part: MultipartFile, dir: string, maxBytes: number, remove: () => Promise<void>): Promise<SavedUpload> {
  const name = safeFileName(part.filename);
  const target = path.join(dir, name);
  const counter = new Counter();
  await pipeline(part.file, counter, createWriteStream(target));
  // busboy stops at the limit and marks the stream truncated; the rest of the body is discarded.
  if (part.file.truncated) throw tooLarge(maxBytes);
  return { path: target, name, bytes: counter.bytes, remove };
}
