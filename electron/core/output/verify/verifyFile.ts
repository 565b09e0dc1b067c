import { readFileSync } from 'node:fs';
import type { VerifyVerdict } from '../../../../shared/ipc/types.ts';
import { checkIn } from '../../../../shared/output/verifyChecks.ts';
import { systemClock } from '../../clock/clock.ts';
import { checkArchiveEntries } from '../archive/checkArchive.ts';
import { manifestSignatureFileName } from '../archive/manifestSignature.ts';
import { readZip, ZipReadError } from '../archive/readZip.ts';
import type { SignerTrust } from './signerTrust.ts';
import { checkSignerTrust } from './signerTrust.ts';
import type { Check } from './verifyCades.ts';
import { verifyCades } from './verifyCades.ts';
import type { PdfVerification, SignerSummary } from './verifyPdf.ts';
import { verifyPdf } from './verifyPdf.ts';

/**
 * valid: nothing changed since signing and the organisation trusts the signer; untrusted: nothing
 * changed, but the signer's certificate does not chain to a configured trust anchor (anyone can make a
 * certificate with any name, issue 13.5); invalid: something was changed, or is missing.
 */
export type Verdict = VerifyVerdict;

export interface FileVerification {
  /** verdict === 'valid'. */
  ok: boolean;
  verdict: Verdict;
  /** Every integrity check holds (the signatures, the manifest); says nothing about who signed. */
  intact: boolean;
  kind: 'pdf' | 'archive' | 'unknown';
  checks: Check[];
  signer?: SignerSummary;
  /** Absent when no signer certificate was found to judge. */
  trust?: SignerTrust;
}

export interface VerifyOptions {
  /** Encrypted archive's passphrase. */
  password?: string;
  /** The organisation's trust anchors: CA certificates (or its own signing certificate) in PEM. */
  trustAnchors?: readonly string[];
  /** When the certificates must be valid (default: now, by the system clock). */
  at?: Date;
}

async function judged(
  kind: FileVerification['kind'],
  checks: Check[],
  pdf: PdfVerification | null,
  options: VerifyOptions,
): Promise<FileVerification> {
  const intact = checks.length > 0 && checks.every((check) => check.ok);
  const trust =
    pdf?.certificate && pdf.carried
      ? await checkSignerTrust(pdf.certificate, pdf.carried, options.trustAnchors ?? [], options.at ?? systemClock().now())
      : undefined;
  const verdict: Verdict = !intact ? 'invalid' : trust?.trusted ? 'valid' : 'untrusted';
  return {
    ok: verdict === 'valid',
    verdict,
    intact,
    kind,
    checks,
    ...(pdf?.signer ? { signer: pdf.signer } : {}),
    ...(trust ? { trust } : {}),
  };
}

/**
 * Verifies a portability archive: it reads back (CRCs, or the AES authentication codes), the manifest
 * carries a valid signature by the very certificate that signed the PDF, it lists exactly the files
 * present with their SHA-256, and the signed PDF inside is intact. Then, as for a PDF, whether the
 * signer is trusted.
 */
export async function verifyArchive(zip: Buffer, options: VerifyOptions = {}): Promise<FileVerification> {
  const checks: Check[] = [];
  let entries;
  try {
    entries = readZip(zip, options.password);
    checks.push({ ok: true, check: 'archive-reads', in: [], files: entries.length });
  } catch (error) {
    const reason = error instanceof ZipReadError ? error.message : String(error);
    return judged(
      'archive',
      [{ ok: false, check: 'archive-reads', in: [], problem: { kind: 'archive-unreadable', reason } }],
      null,
      options,
    );
  }
  const problems = checkArchiveEntries(entries);
  checks.push(
    problems.length === 0
      ? { ok: true, check: 'archive-manifest', in: [] }
      : { ok: false, check: 'archive-manifest', in: [], problem: { kind: 'manifest-differs', problems } },
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
    checks.push({ ok: false, check: 'archive-pdf', in: [], problem: { kind: 'pdf-missing', file: pdfName ?? null } });
    return judged('archive', checks, null, options);
  }
  const inner = await verifyPdf(pdf.data);
  for (const check of inner.checks) checks.push(checkIn(pdf.name, check));
  checks.push(...(await manifestSignatureChecks(entries, manifest?.data, inner)));
  return judged('archive', checks, inner, options);
}

/** The manifest's own signature: present, intact over manifest.json, and made with the PDF's certificate. */
async function manifestSignatureChecks(
  entries: { name: string; data: Buffer }[],
  manifest: Buffer | undefined,
  pdf: PdfVerification,
): Promise<Check[]> {
  const signature = entries.find((entry) => entry.name === manifestSignatureFileName);
  if (!signature || !manifest)
    return [{ ok: false, check: 'manifest-signed', in: [], problem: { kind: 'signature-missing', file: manifestSignatureFileName } }];
  const cades = await verifyCades(signature.data, manifest, 'manifest');
  const checks = cades.checks.map((check) => checkIn(manifestSignatureFileName, check));
  const manifestSigner = cades.signer ? Buffer.from(cades.signer.toSchema().toBER(false)) : null;
  const pdfSigner = pdf.certificate ? Buffer.from(pdf.certificate.toSchema().toBER(false)) : null;
  const same = manifestSigner !== null && pdfSigner !== null && manifestSigner.equals(pdfSigner);
  checks.push({
    ok: same,
    check: 'manifest-signer',
    in: [],
    ...(same ? {} : { problem: { kind: 'different-certificates' } }),
  });
  return checks;
}

/** `inzage verify FILE`: a signed PDF or a portability archive, told apart by their first bytes. */
export async function verifyFile(path: string, options: VerifyOptions = {}): Promise<FileVerification> {
  const data = readFileSync(path);
  if (data.subarray(0, 5).toString('latin1') === '%PDF-') {
    const result = await verifyPdf(data);
    return judged('pdf', result.checks, result, options);
  }
  if (data.length >= 4 && data.readUInt32LE(0) === 0x04034b50) return verifyArchive(data, options);
  return judged('unknown', [{ ok: false, check: 'file-kind', in: [], problem: { kind: 'neither-pdf-nor-zip' } }], null, options);
}
