import { webcrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { oids } from '../sign/cadesSigner.ts';
import { sha256 } from '../sign/signingIdentity.ts';

/** One finding of a verification: what was checked, and whether it holds. */
export interface Check {
  ok: boolean;
  what: string;
  detail?: string;
}

export interface PdfVerification {
  ok: boolean;
  checks: Check[];
  signer?: { commonName: string; organisation: string; signingTime: string | null; selfSigned: boolean };
}

function arrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

function nameAttribute(name: pkijs.RelativeDistinguishedNames, oid: string): string {
  const value = name.typesAndValues.find((entry) => entry.type === oid)?.value.valueBlock as { value?: string } | undefined;
  return value?.value ?? '';
}

function pdfDateToIso(raw: string): string | null {
  const match = /D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})/.exec(raw);
  return match ? `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z` : null;
}

/**
 * Checks a signed PDF on its own: the last signature's ByteRange covers the whole file except its
 * Contents, the CMS signature over those bytes is valid (messageDigest included), and the CMS is
 * PAdES B-B (signing-certificate-v2 matching the signer, no CMS signing-time). Trust in the signer's
 * certificate (a chain to a trust list) is reported, not required: a demo certificate is self-signed.
 */
export async function verifyPdf(pdf: Buffer): Promise<PdfVerification> {
  const checks: Check[] = [];
  const fail = (what: string, detail?: string): PdfVerification => ({ ok: false, checks: [...checks, { ok: false, what, detail }] });
  if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') return fail('the file is a PDF', 'it does not start with %PDF-');
  // The last signature's ByteRange, found from the end (not by turning the multi-MB file into a string).
  const at = pdf.lastIndexOf('/ByteRange', undefined, 'latin1');
  const last = at < 0 ? null : /^\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(pdf.subarray(at, at + 200).toString('latin1'));
  if (!last)
    return fail(
      'the PDF carries a signature',
      at < 0 ? 'no /ByteRange found: the document is not signed' : 'its last /ByteRange cannot be read',
    );
  const [start, firstLength, second, secondLength] = last.slice(1, 5).map(Number) as [number, number, number, number];
  const coversAll = start === 0 && second + secondLength === pdf.length && second > firstLength;
  checks.push({
    ok: coversAll,
    what: 'the signature covers the whole document',
    detail: coversAll
      ? undefined
      : `ByteRange [${start} ${firstLength} ${second} ${secondLength}] does not ` +
        `reach the end of the file (${pdf.length} bytes): content was added after ` +
        `signing or the file was truncated`,
  });
  if (!coversAll) return { ok: false, checks };
  const hole = pdf.subarray(firstLength, second).toString('latin1');
  const holeIsContents = /^<[0-9a-fA-F]*>$/.test(hole);
  checks.push({
    ok: holeIsContents,
    what: 'only the signature value is excluded from the signed bytes',
    detail: holeIsContents ? undefined : 'the gap in the ByteRange is not exactly the /Contents hex string',
  });
  if (!holeIsContents) return { ok: false, checks };
  const dictionaryStart = pdf.lastIndexOf('<<', at, 'latin1');
  const dictionary = pdf.subarray(dictionaryStart, second + 2000).toString('latin1');
  const subFilter = /\/SubFilter\s*\/([A-Za-z0-9.]+)/.exec(dictionary)?.[1];
  checks.push({
    ok: subFilter === 'ETSI.CAdES.detached',
    what: 'the signature is PAdES (SubFilter ETSI.CAdES.detached)',
    detail: subFilter === 'ETSI.CAdES.detached' ? undefined : `SubFilter is ${subFilter ?? 'missing'}`,
  });
  const signingTime = pdfDateToIso(/\/M\s*\(([^)]*)\)/.exec(dictionary)?.[1] ?? '');

  const der = Buffer.from(hole.slice(1, -1), 'hex');
  const asn1 = asn1js.fromBER(arrayBuffer(der));
  if (asn1.offset === -1) return fail('the signature value is valid CMS', 'the /Contents bytes do not parse as ASN.1');
  let signedData: pkijs.SignedData;
  try {
    const contentInfo = new pkijs.ContentInfo({ schema: asn1.result });
    if (contentInfo.contentType !== oids.signedData)
      return fail('the signature value is CMS SignedData', `content type is ${contentInfo.contentType}`);
    signedData = new pkijs.SignedData({ schema: contentInfo.content });
  } catch (error) {
    return fail('the signature value is CMS SignedData', (error as Error).message);
  }
  const signerInfo = signedData.signerInfos[0];
  if (!signerInfo) return fail('the CMS has a signer', 'no SignerInfo');
  const signed = Buffer.concat([pdf.subarray(0, firstLength), pdf.subarray(second, second + secondLength)]);
  pkijs.setEngine('node', new pkijs.CryptoEngine({ name: 'node', crypto: webcrypto as unknown as Crypto }));
  let verified = false;
  let reason = '';
  try {
    const result = await signedData.verify({ signer: 0, data: arrayBuffer(signed), checkChain: false, extendedMode: true });
    verified = result.signatureVerified === true;
    if (!verified) reason = result.message ?? 'signature does not match the signed bytes';
  } catch (error) {
    const result = error as { message?: string; signatureVerified?: boolean };
    reason = result.message ?? String(error);
  }
  checks.push({
    ok: verified,
    what: 'the signature matches the document bytes (messageDigest and RSA signature)',
    detail: verified ? undefined : `${reason}: the document was changed after signing`,
  });

  const attributes = signerInfo.signedAttrs?.attributes ?? [];
  const has = (oid: string) => attributes.some((attribute) => attribute.type === oid);
  checks.push({ ok: has(oids.contentType) && has(oids.messageDigest), what: 'the CMS signs contentType and messageDigest' });
  checks.push({
    ok: !has(oids.signingTime),
    what: 'the CMS has no signing-time attribute (PAdES: the time is in /M)',
    detail: has(oids.signingTime) ? 'a CMS signing-time attribute is present' : undefined,
  });
  const certificate = (signedData.certificates ?? []).find(
    (cert): cert is pkijs.Certificate =>
      cert instanceof pkijs.Certificate &&
      'issuer' in signerInfo.sid &&
      cert.serialNumber.isEqual((signerInfo.sid as pkijs.IssuerAndSerialNumber).serialNumber),
  );
  const essAttribute = attributes.find((attribute) => attribute.type === oids.signingCertificateV2);
  let essOk = false;
  if (essAttribute && certificate) {
    const certHash = sha256(new Uint8Array(certificate.toSchema().toBER(false)));
    const first = (essAttribute.values[0] as asn1js.Sequence | undefined)?.valueBlock.value[0] as asn1js.Sequence | undefined;
    const essCertId = first?.valueBlock.value[0] as asn1js.Sequence | undefined;
    const hashElement = essCertId?.valueBlock.value.find((element) => element instanceof asn1js.OctetString) as
      asn1js.OctetString | undefined;
    essOk = hashElement !== undefined && Buffer.from(hashElement.valueBlock.valueHexView).equals(certHash);
  }
  checks.push({
    ok: essOk,
    what: 'the CMS carries signing-certificate-v2 naming the signer certificate (PAdES B-B)',
    detail: essOk ? undefined : essAttribute ? 'its hash does not match the signer certificate' : 'the attribute is missing',
  });

  const signer = certificate
    ? {
        commonName: nameAttribute(certificate.subject, '2.5.4.3'),
        organisation: nameAttribute(certificate.subject, '2.5.4.10'),
        signingTime,
        selfSigned: certificate.subject.isEqual(certificate.issuer),
      }
    : undefined;
  return { ok: checks.every((check) => check.ok), checks, signer };
}
