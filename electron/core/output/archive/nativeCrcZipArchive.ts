import { crc32, createDeflateRaw } from 'node:zlib';
import { ZipArchive } from 'archiver';

/** The parts of compress-commons 7's ZipArchiveOutputStream (zip-stream's base) that appending a buffer uses. */
interface ZipEntry {
  getMethod(): number;
  setMethod(method: number): void;
  setSize(bytes: number): void;
  setCompressedSize(bytes: number): void;
  setCrc(crc: number): void;
}
type AppendCallback = (error: Error | null, entry: ZipEntry) => void;
interface ZipEngine extends NodeJS.WritableStream {
  options: { zlib?: object };
  _appendBuffer(entry: ZipEntry, source: Buffer, callback: AppendCallback): void;
  _writeLocalFileHeader(entry: ZipEntry): void;
  _afterAppend(entry: ZipEntry): void;
}

const methodStored = 0;
const methodDeflated = 8;

/**
 * archiver's ZipArchive, with every buffer entry's CRC-32 computed by Node's zlib.crc32 instead of the
 * crc-32 package in JavaScript: for an archive of the heaviest subject (a 4 MB signed PDF, stored) the
 * JavaScript CRC was about half the CPU time of the whole archive write (measured with --cpu-prof).
 * The steps are compress-commons 7's _appendBuffer, unchanged otherwise: same local header, same
 * deflate stream with the engine's zlib options, the CRC and sizes set after the data as before, so
 * the archive's bytes are those of stock archiver (nativeCrcZipArchive.test.ts compares them). Where
 * the engine is not the one this was written for (no _appendBuffer, or no zlib.crc32 in this Node),
 * it stays stock archiver.
 */
export class NativeCrcZipArchive extends ZipArchive {
  constructor(options: ConstructorParameters<typeof ZipArchive>[0]) {
    super(options);
    const engine = (this as unknown as { _module?: { engine?: ZipEngine } })._module?.engine;
    if (typeof crc32 !== 'function' || !engine) return;
    const { _appendBuffer, _writeLocalFileHeader, _afterAppend } = engine;
    if (typeof _appendBuffer !== 'function' || typeof _writeLocalFileHeader !== 'function' || typeof _afterAppend !== 'function') return;
    engine._appendBuffer = function (this: ZipEngine, entry, source, callback) {
      if (source.length === 0) entry.setMethod(methodStored);
      const method = entry.getMethod();
      if (method === methodStored) {
        entry.setSize(source.length);
        entry.setCompressedSize(source.length);
        entry.setCrc(crc32(source));
        this._writeLocalFileHeader(entry);
        this.write(source);
        this._afterAppend(entry);
        callback(null, entry);
        return;
      }
      if (method !== methodDeflated) {
        _appendBuffer.call(this, entry, source, callback);
        return;
      }
      // Deflated: the local header says "sizes and CRC follow in the data descriptor", so they are set after the data.
      this._writeLocalFileHeader(entry);
      const deflate = createDeflateRaw(this.options.zlib);
      let compressedSize = 0;
      let failure: Error | null = null;
      deflate.on('data', (chunk: Buffer) => {
        compressedSize += chunk.length;
      });
      deflate.once('error', (error) => {
        failure = error;
      });
      deflate.once('end', () => {
        entry.setCrc(crc32(source));
        entry.setSize(source.length);
        entry.setCompressedSize(compressedSize);
        this._afterAppend(entry);
        callback(failure, entry);
      });
      deflate.pipe(this, { end: false });
      deflate.end(source);
    };
  }
}
