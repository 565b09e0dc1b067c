import { webcrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { oids } from '../sign/cadesSigner.ts';
import type { VerifyCheck, VerifyCheckKind, VerifyProblem } from '../../../../shared/output/verifyChecks.ts';
import { sha256 } from '../sign/signingIdentity.ts';

/** One finding of a verification, as data (shared/output/verifyChecks.ts words it for the window and the CLI). */
export type Check = VerifyCheck;

/** What a detached CAdES signature says and whether it holds over the bytes it is said to sign. */
export interface CadesVerification {
  checks: Check[];
  /** The certificate the SignerInfo names, when the CMS carries it. */
  signer?: pkijs.Certificate;
  /** Every certificate the CMS carries (the signer's and any intermediates), for building the chain. */
  certificates: pkijs.Certificate[];
}

export function arrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/**
 * Checks a detached CMS SignedData (as cadesSigner.ts makes it: the PDF's /Contents, or the archive's
 * manifest.json.p7s) over `signed`: it parses, the RSA signature and the messageDigest hold, it signs
 * contentType and messageDigest, it has no CMS signing-time (PAdES: the time is in /M) and it carries
 * signing-certificate-v2 naming the signer certificate (PAdES B-B, ETSI EN 319 142-1 §5.2). Trust in
 * the signer (a chain to a trust anchor) is not judged here: see signerTrust.ts.
 */
export async function verifyCades(der: Uint8Array, signed: Uint8Array, document: 'document' | 'manifest'): Promise<CadesVerification> {
  const checks: Check[] = [];
  const fail = (check: VerifyCheckKind, problem: VerifyProblem): CadesVerification => ({
    checks: [...checks, { ok: false, check, in: [], problem }],
    certificates: [],
  });
  const asn1 = asn1js.fromBER(arrayBuffer(der));
  if (asn1.offset === -1) return fail('cms-asn1', { kind: 'not-asn1' });
  let signedData: pkijs.SignedData;
  try {
    const contentInfo = new pkijs.ContentInfo({ schema: asn1.result });
    if (contentInfo.contentType !== oids.signedData)
      return fail('cms-signed-data', { kind: 'content-type', contentType: contentInfo.contentType });
    signedData = new pkijs.SignedData({ schema: contentInfo.content });
  } catch (error) {
    return fail('cms-signed-data', { kind: 'cms-unreadable', reason: (error as Error).message });
  }
  const signerInfo = signedData.signerInfos[0];
  if (!signerInfo) return fail('cms-signer', { kind: 'no-signer-info' });
  pkijs.setEngine('node', new pkijs.CryptoEngine({ name: 'node', crypto: webcrypto as unknown as Crypto }));
  let verified = false;
  let reason = '';
  try {
    const result = await signedData.verify({ signer: 0, data: arrayBuffer(signed), checkChain: false, extendedMode: true });
    verified = result.signatureVerified === true;
    if (!verified) reason = result.message ?? 'signature does not match the signed bytes';
  } catch (error) {
    const result = error as { message?: string };
    reason = result.message ?? String(error);
  }
  checks.push({
    ok: verified,
    check: 'cms-signature',
    in: [],
    document,
    ...(verified ? {} : { problem: { kind: 'changed-after-signing', reason } }),
  });

  const attributes = signerInfo.signedAttrs?.attributes ?? [];
  const has = (oid: string) => attributes.some((attribute) => attribute.type === oid);
  checks.push({ ok: has(oids.contentType) && has(oids.messageDigest), check: 'cms-signed-attributes', in: [] });
  checks.push({
    ok: !has(oids.signingTime),
    check: 'cms-no-signing-time',
    in: [],
    ...(has(oids.signingTime) ? { problem: { kind: 'signing-time-present' } } : {}),
  });
  const certificates = (signedData.certificates ?? []).filter((cert): cert is pkijs.Certificate => cert instanceof pkijs.Certificate);
  const signer = certificates.find(
    (cert) =>
      'issuer' in signerInfo.sid &&
      cert.issuer.isEqual((signerInfo.sid as pkijs.IssuerAndSerialNumber).issuer) &&
      cert.serialNumber.isEqual((signerInfo.sid as pkijs.IssuerAndSerialNumber).serialNumber),
  );
  const essAttribute = attributes.find((attribute) => attribute.type === oids.signingCertificateV2);
  let essOk = false;
  if (essAttribute && signer) {
    const certHash = sha256(new Uint8Array(signer.toSchema().toBER(false)));
    const first = (essAttribute.values[0] as asn1js.Sequence | undefined)?.valueBlock.value[0] as asn1js.Sequence | undefined;
    const essCertId = first?.valueBlock.value[0] as asn1js.Sequence | undefined;
    const hashElement = essCertId?.valueBlock.value.find((element) => element instanceof asn1js.OctetString) as
      asn1js.OctetString | undefined;
    essOk = hashElement !== undefined && Buffer.from(hashElement.valueBlock.valueHexView).equals(certHash);
  }
  checks.push({
    ok: essOk,
    check: 'cms-signing-certificate',
    in: [],
    ...(essOk ? {} : { problem: { kind: essAttribute ? 'certificate-hash-differs' : 'attribute-missing' } }),
  });
  return { checks, ...(signer ? { signer } : {}), certificates };
}
