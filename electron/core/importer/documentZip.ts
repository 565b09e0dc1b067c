import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { crc32, inflateRawSync } from 'node:zlib';

/** A zip that cannot be read as the import's documents; the message names what is wrong, never a file's content. */
export class DocumentZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DocumentZipError';
  }
}

interface Entry {
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/**
 * The documents' files in a zip beside the import file (docs/import-format.md § Documents), read
 * entry by entry from the file descriptor: only the central directory is held in memory, never the
 * whole zip (an export's documents can be gigabytes), and each entry is inflated with a bound on its
 * output (a zip bomb stops at the size limit, not at the end of memory). Synchronous, for the parser
 * worker that reads the JSONL line by line (importParserWorker.ts). The checks are those of
 * output/archive/readZip.ts (local header, size, CRC-32); encrypted entries and Zip64 are refused by name.
 */
export function openDocumentZip(path: string): {
  entry(name: string, maxBytes: number): Buffer | 'missing' | 'too-large';
  size(name: string): number | null;
  close(): void;
} {
  const fd = openSync(path, 'r');
  try {
    const entries = readDirectory(fd);
    return {
      size: (name) => entries.get(name)?.size ?? null,
      entry(name, maxBytes) {
        const entry = entries.get(name);
        if (!entry) return 'missing';
        if (entry.size > maxBytes) return 'too-large';
        return readEntry(fd, entry, maxBytes);
      },
      close: () => closeSync(fd),
    };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

function read(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const got = readSync(fd, buffer, done, length - done, position + done);
    if (got === 0) throw new DocumentZipError('the zip file is truncated');
    done += got;
  }
  return buffer;
}

function readDirectory(fd: number): Map<string, Entry> {
  const fileSize = fstatSync(fd).size;
  // The end-of-central-directory record: 22 bytes plus a comment of at most 65,535.
  const tailLength = Math.min(fileSize, 65_557);
  const tail = read(fd, fileSize - tailLength, tailLength);
  const eocd = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new DocumentZipError('not a zip file: no end-of-central-directory record');
  const count = tail.readUInt16LE(eocd + 10);
  const cdSize = tail.readUInt32LE(eocd + 12);
  const cdOffset = tail.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff)
    throw new DocumentZipError('a Zip64 archive (over 4 GB or 65,535 files) is not supported: give the documents in a folder instead');
  if (cdOffset + cdSize > fileSize - tailLength + eocd)
    throw new DocumentZipError('the central directory lies outside the file (truncated or changed)');
  const directory = read(fd, cdOffset, cdSize);
  const entries = new Map<string, Entry>();
  let at = 0;
  for (let index = 0; index < count; index++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== 0x02014b50)
      throw new DocumentZipError(`central directory entry ${index + 1} is damaged`);
    const flags = directory.readUInt16LE(at + 8);
    const nameLength = directory.readUInt16LE(at + 28);
    const name = directory.subarray(at + 46, at + 46 + nameLength).toString(flags & 0x800 ? 'utf8' : 'latin1');
    const entry: Entry = {
      flags,
      method: directory.readUInt16LE(at + 10),
      crc: directory.readUInt32LE(at + 16),
      compressedSize: directory.readUInt32LE(at + 20),
      size: directory.readUInt32LE(at + 24),
      localOffset: directory.readUInt32LE(at + 42),
    };
    at += 46 + nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
    if (name.endsWith('/')) continue;
    // Two entries of one name: which one a document means would be a guess.
    if (entries.has(name)) throw new DocumentZipError(`the zip holds two entries with one name (entry ${index + 1})`);
    entries.set(name, entry);
  }
  return entries;
}

function readEntry(fd: number, entry: Entry, maxBytes: number): Buffer {
  if (entry.flags & 1)
    throw new DocumentZipError('an entry of the zip is encrypted: give the documents unencrypted (the database encrypts them)');
  const header = read(fd, entry.localOffset, 30);
  if (header.readUInt32LE(0) !== 0x04034b50) throw new DocumentZipError('a local header of the zip is missing or damaged');
  const dataStart = entry.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  const raw = read(fd, dataStart, entry.compressedSize);
  let data: Buffer;
  if (entry.method === 0) data = raw;
  else if (entry.method === 8) {
    try {
      // One byte over the limit is enough to know it is too large, whatever the directory claims.
      data = inflateRawSync(raw, { maxOutputLength: maxBytes + 1 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
        throw new DocumentZipError('an entry of the zip inflates beyond its size');
      throw new DocumentZipError('the compressed data of an entry are damaged');
    }
  } else
    throw new DocumentZipError(`an entry of the zip uses compression method ${entry.method}; only stored and deflated entries are read`);
  if (data.length !== entry.size) throw new DocumentZipError("an entry's size differs from the zip's directory");
  if (crc32(data) !== entry.crc) throw new DocumentZipError("an entry's CRC-32 does not match (the data were changed)");
  return data;
}
