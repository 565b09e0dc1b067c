import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Archiver } from 'archiver';
import type { ExtractModel } from '../../../../shared/extract/extractModel.ts';
import { archiveReadme } from '../../../../shared/output/archiveReadme.ts';
import { csvFileBytes } from '../../../../shared/output/csv.ts';
import { categoryCsv, shapePortableData } from '../../../../shared/output/portableData.ts';
import { writeFileAtomic } from '../../files/atomicWrite.ts';
import { NativeCrcZipArchive } from './nativeCrcZipArchive.ts';
import { portableWorkbook, workbookFileName } from './portableWorkbook.ts';
import { readZipDirectory } from './readZip.ts';

export const manifestFileName = 'manifest.json';
/**
 * 2: the manifest is signed (manifest.json.p7s, detached CMS by the PDF's signer).
 * 3: the CSVs carry a UTF-8 byte-order mark and an Excel workbook lies beside them; the manifest names both (issue 14.11).
 * 4: the case file's documents lie under documents/ (redacted where the clerk redacted them); the manifest lists them (issue 16.4).
 */
export const manifestVersion = 4;

export interface ArchiveFile {
  path: string;
  data: Buffer;
}

export interface Manifest {
  schema: 'inzage-portability-manifest';
  manifestVersion: number;
  reference: string;
  generatedOn: string;
  pdf: string;
  /** The tables: one CSV per category, and the same data as one workbook. */
  csv: { files: string[]; encoding: 'UTF-8 with byte-order mark'; format: 'RFC 4180' };
  workbook: string;
  /** The case file's documents: each file under documents/, which document it is, and whether it is the redacted version. */
  documents: { path: string; documentId: string; redacted: boolean }[];
  files: { path: string; sha256: string; bytes: number }[];
}

/** A document's file for the archive (issue 16.4): already the redacted version where redactions apply. */
export interface ArchiveDocument extends ArchiveFile {
  documentId: string;
  redacted: boolean;
}

/** The archive's files (Art. 20: structured, commonly used, machine-readable) and the manifest over them. */
export async function portabilityArchiveFiles(
  model: ExtractModel,
  signedPdf: Buffer,
  pdfFileName: string,
  documents: readonly ArchiveDocument[] = [],
): Promise<ArchiveFile[]> {
  const data = shapePortableData(model);
  const files: ArchiveFile[] = [
    { path: 'data.json', data: Buffer.from(`${JSON.stringify(data, null, 2)}\n`, 'utf8') },
    ...data.categories.map((category) => ({ path: category.csvFile, data: csvFileBytes(categoryCsv(category)) })),
    { path: workbookFileName, data: await portableWorkbook(data) },
    { path: 'README.txt', data: Buffer.from(archiveReadme(model, data, pdfFileName), 'utf8') },
    { path: pdfFileName, data: signedPdf },
    ...documents.map((document) => ({ path: document.path, data: document.data })),
  ];
  const manifest: Manifest = {
    schema: 'inzage-portability-manifest',
    manifestVersion,
    reference: model.request.reference,
    generatedOn: model.generatedOn,
    pdf: pdfFileName,
    csv: { files: data.categories.map((category) => category.csvFile), encoding: 'UTF-8 with byte-order mark', format: 'RFC 4180' },
    workbook: workbookFileName,
    documents: documents.map((document) => ({ path: document.path, documentId: document.documentId, redacted: document.redacted })),
    files: files.map((file) => ({
      path: file.path,
      sha256: createHash('sha256').update(file.data).digest('hex'),
      bytes: file.data.length,
    })),
  };
  return [...files, { path: manifestFileName, data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8') }];
}

const require = createRequire(import.meta.url);

/**
 * archiver 8 dropped registerFormat; archiver-zip-encrypted 2 is a zip *module* (built on archiver 7's
 * zip plugin, which it bundles), so it is plugged into archiver 8's core the way ZipArchive plugs in
 * the plain one. WinZip AES-256 (AE-2), readable by 7-Zip, WinZip, macOS Archive Utility ≥ 13 and ours.
 */
class EncryptedZipArchive extends Archiver {
  constructor(options: Record<string, unknown>) {
    super(options);
    const ZipEncrypted = require('archiver-zip-encrypted') as new (options: Record<string, unknown>) => unknown;
    const self = this as unknown as Record<string, unknown> & { _modulePipe(): void };
    self._format = 'zip';
    self._module = new ZipEncrypted(options);
    self._supportsDirectory = true;
    self._supportsSymlink = true;
    self._modulePipe();
  }
}

/**
 * The entries' timestamp when the caller gives none (tests, benches): the zip format's own epoch, so the
 * bytes do not depend on when they were made. The export passes its clock's instant.
 */
const dosEpoch = new Date(1980, 0, 1);

/**
 * Streams the files into a zip at `path` (the PDF stored: it is compressed already) and returns the
 * bytes archiver produced, in the chunks it handed to the file.
 */
export async function zipFiles(path: string, files: ArchiveFile[], password?: string, date: Date = dosEpoch): Promise<Buffer[]> {
  const options = { zlib: { level: 6 }, forceLocalTime: false };
  const archive = password
    ? new EncryptedZipArchive({ ...options, password, encryptionMethod: 'aes256' })
    : new NativeCrcZipArchive(options);
  const out = createWriteStream(path, { flags: 'wx', mode: 0o600 });
  const closed = new Promise<void>((resolve, reject) => {
    out.on('close', resolve);
    out.on('error', reject);
    archive.on('error', reject);
  });
  const produced: Buffer[] = [];
  archive.on('data', (chunk: Buffer) => produced.push(chunk));
  archive.pipe(out);
  // Files that are compressed already (PDF, JPEG, PNG) are stored as they are.
  for (const file of files) archive.append(file.data, { name: file.path, date, store: /\.(pdf|jpe?g|png)$/i.test(file.path) });
  await archive.finalize();
  await closed;
  return produced;
}

/** Whether `whole` is exactly the concatenation of `chunks`. */
function sameBytes(whole: Buffer, chunks: Buffer[]): boolean {
  let at = 0;
  for (const chunk of chunks) {
    if (at + chunk.length > whole.length || !chunk.equals(whole.subarray(at, at + chunk.length))) return false;
    at += chunk.length;
  }
  return at === whole.length;
}

/**
 * Writes the portability archive atomically: zipped to a temporary name in the target folder,
 * flushed, read back from disk, then renamed. The read-back must equal, byte for byte, what archiver
 * produced from our in-memory files (its CRC-32s, or AES authentication codes, computed from those
 * same bytes), and its central directory and local headers must parse to exactly our file names and
 * sizes. The entries are not inflated again here: `inzage verify` does that, and re-hashes them against
 * the manifest (whose SHA-256s were computed from the same in-memory bytes).
 */
/** Writes the archive atomically and returns the SHA-256 and size of the bytes it checked on disk. */
export async function writePortabilityArchive(
  finalPath: string,
  files: ArchiveFile[],
  password?: string,
  date: Date = dosEpoch,
): Promise<{ sha256: string; bytes: number }> {
  let produced: Buffer[] = [];
  await writeFileAtomic(
    finalPath,
    async (temp) => {
      produced = await zipFiles(temp, files, password, date);
    },
    {
      check: async (temp) => {
        const onDisk = await readFile(temp);
        if (!sameBytes(onDisk, produced)) throw new Error('the archive on disk differs from what was written (a short or failed write)');
        const entries = readZipDirectory(onDisk);
        const sizes = new Map(files.map((file) => [file.path, file.data.length]));
        const expected = [...sizes.keys()].sort();
        const found = entries.map((entry) => entry.name).sort();
        const sizesDiffer = entries.some((entry) => entry.size !== sizes.get(entry.name));
        if (JSON.stringify(expected) !== JSON.stringify(found) || sizesDiffer) {
          throw new Error(`the archive did not read back as written (expected ${expected.join(', ')}; found ${found.join(', ')})`);
        }
      },
    },
  );
  const hash = createHash('sha256');
  for (const chunk of produced) hash.update(chunk);
  return { sha256: hash.digest('hex'), bytes: produced.reduce((sum, chunk) => sum + chunk.length, 0) };
}
