// Reading zip archives (a zipped Shapefile, an .xlsx workbook) with yauzl, which checks the archive's end
// record and each entry's size: that is how a cut-off download is told apart from a file that is no zip.
import yauzl from 'yauzl';
import { ReadError } from './types.ts';

const LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04] as const;

const looksLikeZipStart = (bytes: Buffer): boolean => LOCAL_HEADER.every((b, i) => bytes[i] === b);

export const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/**
 * The entries whose name `want` accepts, read into `into` (name in the archive → bytes).
 * ReadError not_a_zip (0 bytes, or no zip signature), truncated_zip (starts like a zip, but its end record
 * or an entry's data is missing or damaged).
 */
export async function readZipEntries(buffer: Buffer, want: (name: string) => boolean, into: Map<string, Buffer>): Promise<void> {
  if (buffer.length === 0) throw new ReadError('not_a_zip', { detail: 'empty' });
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true, validateEntrySizes: true });
  } catch (err) {
    // No end-of-archive record: a zip whose start is intact was cut off (an interrupted download or copy).
    throw new ReadError(looksLikeZipStart(buffer) ? 'truncated_zip' : 'not_a_zip', { detail: errorText(err) });
  }
  try {
    for (;;) {
      const entry = await nextEntry(zip);
      if (!entry) break;
      if (want(entry.fileName)) into.set(entry.fileName, await readEntry(zip, entry));
    }
  } catch (err) {
    throw new ReadError('truncated_zip', { detail: errorText(err) });
  } finally {
    zip.close();
  }
}

// With lazyEntries, yauzl emits one 'entry' per readEntry() call, then 'end'.
function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | undefined> {
  return new Promise((resolve, reject) => {
    const cleanup = (): void => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (entry: yauzl.Entry): void => {
      cleanup();
      resolve(entry);
    };
    const onEnd = (): void => {
      cleanup();
      resolve(undefined);
    };
    const onError = (err: Error): void => {
      cleanup();
      reject(err);
    };
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

async function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  const stream = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}
