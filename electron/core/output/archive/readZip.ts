import { createCipheriv, createHmac, pbkdf2Sync, timingSafeEqual } from 'node:crypto';
import { crc32, inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** The entry's bytes; for a stored (uncompressed) entry a view into the zip buffer it was read from. */
  data: Buffer;
}

export class ZipReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipReadError';
  }
}

/** WinZip AES (AE-1/AE-2) decryption: PBKDF2-SHA1 keys, AES-CTR with a little-endian counter from 1, HMAC-SHA1 check. */
function decryptAes(name: string, raw: Buffer, strength: number, password: string): Buffer {
  const keyLength = strength === 3 ? 32 : strength === 2 ? 24 : 16;
  const saltLength = keyLength / 2;
  const salt = raw.subarray(0, saltLength);
  const verifier = raw.subarray(saltLength, saltLength + 2);
  const encrypted = raw.subarray(saltLength + 2, raw.length - 10);
  const mac = raw.subarray(raw.length - 10);
  const keys = pbkdf2Sync(Buffer.from(password, 'utf8'), salt, 1000, 2 * keyLength + 2, 'sha1');
  if (!keys.subarray(2 * keyLength).equals(verifier)) throw new ZipReadError(`${name}: wrong passphrase`);
  const expectedMac = createHmac('sha1', keys.subarray(keyLength, 2 * keyLength))
    .update(encrypted)
    .digest()
    .subarray(0, 10);
  if (!timingSafeEqual(expectedMac, mac))
    throw new ZipReadError(`${name}: authentication code does not match (the encrypted data were changed)`);
  const blocks = Math.ceil(encrypted.length / 16);
  const counters = Buffer.alloc(blocks * 16);
  for (let block = 0; block < blocks; block++) counters.writeUInt32LE((block + 1) >>> 0, block * 16);
  const cipher = createCipheriv(`aes-${keyLength * 8}-ecb`, keys.subarray(0, keyLength), null).setAutoPadding(false);
  const stream = Buffer.concat([cipher.update(counters), cipher.final()]);
  const plain = Buffer.alloc(encrypted.length);
  for (let index = 0; index < encrypted.length; index++) plain[index] = encrypted[index]! ^ stream[index]!;
  return plain;
}

/** One file in a zip as its central directory and local header describe it. */
export interface ZipDirectoryEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  extra: Buffer;
  /** The entry's stored (compressed, possibly encrypted) bytes: a view into the zip. */
  raw: Buffer;
}

/**
 * Parses a zip's end-of-central-directory record, central directory and every local header, without
 * touching the entries' data: a damaged or truncated structure is a ZipReadError.
 */
export function readZipDirectory(zip: Buffer): ZipDirectoryEntry[] {
  const searchFrom = Math.max(0, zip.length - 65_557);
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < searchFrom || eocd < 0) throw new ZipReadError('not a zip file: no end-of-central-directory record');
  const count = zip.readUInt16LE(eocd + 10);
  const cdSize = zip.readUInt32LE(eocd + 12);
  const cdOffset = zip.readUInt32LE(eocd + 16);
  if (cdOffset + cdSize > eocd) throw new ZipReadError('the central directory lies outside the file (truncated or changed)');
  const entries: ZipDirectoryEntry[] = [];
  let at = cdOffset;
  for (let index = 0; index < count; index++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new ZipReadError(`central directory entry ${index + 1} is damaged`);
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString(flags & 0x800 ? 'utf8' : 'latin1');
    const extra = zip.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue;
    if (localOffset + 30 > zip.length || zip.readUInt32LE(localOffset) !== 0x04034b50)
      throw new ZipReadError(`${name}: local header missing or damaged`);
    const dataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const raw = zip.subarray(dataStart, dataStart + compressedSize);
    if (raw.length !== compressedSize) throw new ZipReadError(`${name}: data truncated`);
    entries.push({ name, flags, method, crc, compressedSize, size, extra, raw });
  }
  return entries;
}

/**
 * Reads a whole zip from memory through its central directory and checks every entry: local header
 * present, data inflates, CRC-32 matches (AES entries: the authentication code). Used by `inzage verify`
 * and the tests.
 */
export function readZip(zip: Buffer, password?: string): ZipEntry[] {
  const entries: ZipEntry[] = [];
  for (const { name, flags, method, crc, size, extra, raw: stored } of readZipDirectory(zip)) {
    let raw = stored;
    let actualMethod = method;
    let aes = false;
    if (method === 99) {
      let strength = 0;
      for (let offset = 0; offset + 4 <= extra.length; offset += 4 + extra.readUInt16LE(offset + 2)) {
        if (extra.readUInt16LE(offset) === 0x9901) {
          strength = extra.readUInt8(offset + 8);
          actualMethod = extra.readUInt16LE(offset + 9);
        }
      }
      if (!password) throw new ZipReadError(`${name}: the archive is encrypted; give the passphrase`);
      raw = decryptAes(name, raw, strength, password);
      aes = true;
    } else if (flags & 1) throw new ZipReadError(`${name}: encrypted with an unsupported method`);
    let data: Buffer;
    try {
      // A stored entry is a view into `zip`, not a copy: copying the multi-MB PDF cost more than checking its CRC.
      data =
        actualMethod === 0
          ? raw
          : actualMethod === 8
            ? inflateRawSync(raw)
            : (() => {
                throw new ZipReadError(`${name}: unsupported compression method ${actualMethod}`);
              })();
    } catch (error) {
      if (error instanceof ZipReadError) throw error;
      throw new ZipReadError(`${name}: compressed data are damaged (${(error as Error).message})`);
    }
    if (data.length !== size) throw new ZipReadError(`${name}: size ${data.length} differs from the directory's ${size}`);
    // AE-2 stores no CRC (the HMAC protects the data); otherwise the CRC must match.
    if (!(aes && crc === 0) && crc32(data) !== crc) throw new ZipReadError(`${name}: CRC-32 does not match (the data were changed)`);
    entries.push({ name, data });
  }
  return entries;
}
