import { readFileSync } from 'node:fs';
import { checkArchiveEntries } from '../archive/checkArchive.ts';
import { readZip, ZipReadError } from '../archive/readZip.ts';
import type { Check, PdfVerification } from './verifyPdf.ts';
import { verifyPdf } from './verifyPdf.ts';

export interface FileVerification {
  ok: boolean;
  kind: 'pdf' | 'archive' | 'unknown';
  checks: Check[];
  signer?: PdfVerification['signer'];
}

/**
 * Verifies a portability archive: it reads back (CRCs, or the AES authentication codes), the
 * manifest lists exactly the files present with their SHA-256, and the signed PDF inside is valid.
 */
export async function verifyArchive(zip: Buffer, password?: string): Promise<FileVerification> {
  const checks: Check[] = [];
  let entries;
  try {
    entries = readZip(zip, password);
    checks.push({ ok: true, what: `the archive reads back (${entries.length} files, checksums intact)` });
  } catch (error) {
    const message = error instanceof ZipReadError ? error.message : String(error);
    return { ok: false, kind: 'archive', checks: [{ ok: false, what: 'the archive reads back', detail: message }] };
  }
  const problems = checkArchiveEntries(entries);
  checks.push(
    problems.length === 0
      ? { ok: true, what: 'every file matches manifest.json (SHA-256), nothing missing, nothing extra' }
      : { ok: false, what: 'every file matches manifest.json', detail: problems.join('; ') },
  );
  const manifest = entries.find((entry) => entry.name === 'manifest.json');
  let pdfName: string | undefined;
  try {
    pdfName = manifest ? (JSON.parse(manifest.data.toString('utf8')) as { pdf?: string }).pdf : undefined;
  } catch {
    pdfName = undefined;
  }
  const pdf = entries.find((entry) => entry.name === pdfName);
  if (!pdf) {
    checks.push({
      ok: false,
      what: 'the archive holds the signed PDF named in the manifest',
      detail: `${pdfName ?? '(no name in manifest)'} is missing`,
    });
    return { ok: false, kind: 'archive', checks };
  }
  const inner = await verifyPdf(pdf.data);
  for (const check of inner.checks) checks.push({ ...check, what: `${pdf.name}: ${check.what}` });
  return { ok: checks.every((check) => check.ok), kind: 'archive', checks, signer: inner.signer };
}

/** `inzage verify FILE`: a signed PDF or a portability archive, told apart by their first bytes. */
export async function verifyFile(path: string, options: { password?: string } = {}): Promise<FileVerification> {
  const data = readFileSync(path);
  if (data.subarray(0, 5).toString('latin1') === '%PDF-') {
    const result = await verifyPdf(data);
    return { ok: result.ok, kind: 'pdf', checks: result.checks, signer: result.signer };
  }
  if (data.readUInt32LE(0) === 0x04034b50) return verifyArchive(data, options.password);
  return {
    ok: false,
    kind: 'unknown',
    checks: [{ ok: false, what: 'the file is a PDF or a zip archive', detail: 'it starts with neither %PDF- nor a zip header' }],
  };
}
