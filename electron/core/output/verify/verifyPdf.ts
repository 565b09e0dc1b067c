import type * as pkijs from 'pkijs';
import type { VerifyCheckKind, VerifyProblem } from '../../../../shared/output/verifyChecks.ts';
import type { CertificateName } from './signerTrust.ts';
import { certificateName } from './signerTrust.ts';
import type { Check } from './verifyCades.ts';
import { verifyCades } from './verifyCades.ts';

export type { Check } from './verifyCades.ts';

/** Who signed, as the signer's certificate names them (the claimed signing time is the signature dictionary's /M). */
export interface SignerSummary extends CertificateName {
  issuer: CertificateName;
  signingTime: string | null;
  selfSigned: boolean;
}

export interface PdfVerification {
  /** The signature covers the whole file and holds over its bytes: nothing was changed after signing. */
  intact: boolean;
  checks: Check[];
  signer?: SignerSummary;
  /** The signer's certificate and every certificate the signature carries, for the trust check (signerTrust.ts). */
  certificate?: pkijs.Certificate;
  carried?: pkijs.Certificate[];
}

function pdfDateToIso(raw: string): string | null {
  const match = /D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})/.exec(raw);
  return match ? `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z` : null;
}

/**
 * Checks a signed PDF on its own: the last signature's ByteRange covers the whole file except its
 * Contents, the CMS signature over those bytes is valid (messageDigest included), and the CMS is
 * PAdES B-B (signing-certificate-v2 matching the signer, no CMS signing-time). Whether the signer is
 * trusted is a separate question (verifyFile.ts: the chain to the organisation's trust anchors).
 */
export async function verifyPdf(pdf: Buffer): Promise<PdfVerification> {
  const checks: Check[] = [];
  const fail = (check: VerifyCheckKind, problem: VerifyProblem): PdfVerification => ({
    intact: false,
    checks: [...checks, { ok: false, check, in: [], problem }],
  });
  if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') return fail('pdf-header', { kind: 'no-pdf-header' });
  // The last signature's ByteRange, found from the end (not by turning the multi-MB file into a string).
  const at = pdf.lastIndexOf('/ByteRange', undefined, 'latin1');
  const last = at < 0 ? null : /^\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(pdf.subarray(at, at + 200).toString('latin1'));
  if (!last) return fail('pdf-signature', { kind: at < 0 ? 'not-signed' : 'byte-range-unreadable' });
  const [start, firstLength, second, secondLength] = last.slice(1, 5).map(Number) as [number, number, number, number];
  const coversAll = start === 0 && second + secondLength === pdf.length && second > firstLength;
  checks.push({
    ok: coversAll,
    check: 'pdf-covers-all',
    in: [],
    ...(coversAll
      ? {}
      : { problem: { kind: 'not-whole', byteRange: `${start} ${firstLength} ${second} ${secondLength}`, bytes: pdf.length } }),
  });
  if (!coversAll) return { intact: false, checks };
  const hole = pdf.subarray(firstLength, second).toString('latin1');
  const holeIsContents = /^<[0-9a-fA-F]*>$/.test(hole);
  checks.push({
    ok: holeIsContents,
    check: 'pdf-gap',
    in: [],
    ...(holeIsContents ? {} : { problem: { kind: 'gap-not-contents' } }),
  });
  if (!holeIsContents) return { intact: false, checks };
  const dictionaryStart = pdf.lastIndexOf('<<', at, 'latin1');
  const dictionary = pdf.subarray(dictionaryStart, second + 2000).toString('latin1');
  const subFilter = /\/SubFilter\s*\/([A-Za-z0-9.]+)/.exec(dictionary)?.[1];
  checks.push({
    ok: subFilter === 'ETSI.CAdES.detached',
    check: 'pdf-pades',
    in: [],
    ...(subFilter === 'ETSI.CAdES.detached' ? {} : { problem: { kind: 'sub-filter', subFilter: subFilter ?? null } }),
  });
  const signingTime = pdfDateToIso(/\/M\s*\(([^)]*)\)/.exec(dictionary)?.[1] ?? '');

  const der = Buffer.from(hole.slice(1, -1), 'hex');
  const signed = Buffer.concat([pdf.subarray(0, firstLength), pdf.subarray(second, second + secondLength)]);
  const cades = await verifyCades(der, signed, 'document');
  checks.push(...cades.checks);
  const certificate = cades.signer;
  const signer = certificate
    ? {
        ...certificateName(certificate.subject),
        issuer: certificateName(certificate.issuer),
        signingTime,
        selfSigned: certificate.subject.isEqual(certificate.issuer),
      }
    : undefined;
  return {
    intact: checks.every((check) => check.ok),
    checks,
    ...(signer ? { signer } : {}),
    ...(certificate ? { certificate, carried: cades.certificates } : {}),
  };
}
