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
export async function verifyCades(der: Uint8Array, signed: Uint8Array, documentName: string): Promise<CadesVerification> {
  const checks: Check[] = [];
  const fail = (what: string, detail?: string): CadesVerification => ({
    checks: [...checks, { ok: false, what, ...(detail !== undefined ? { detail } : {}) }],
    certificates: [],
  });
  const asn1 = asn1js.fromBER(arrayBuffer(der));
  if (asn1.offset === -1) return fail('the signature value is valid CMS', 'its bytes do not parse as ASN.1');
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
    what: `the signature matches the ${documentName} bytes (messageDigest and RSA signature)`,
    ...(verified ? {} : { detail: `${reason}: the ${documentName} was changed after signing` }),
  });

  const attributes = signerInfo.signedAttrs?.attributes ?? [];
  const has = (oid: string) => attributes.some((attribute) => attribute.type === oid);
  checks.push({ ok: has(oids.contentType) && has(oids.messageDigest), what: 'the CMS signs contentType and messageDigest' });
  checks.push({
    ok: !has(oids.signingTime),
    what: 'the CMS has no signing-time attribute (PAdES: the time is in /M)',
    ...(has(oids.signingTime) ? { detail: 'a CMS signing-time attribute is present' } : {}),
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
    what: 'the CMS carries signing-certificate-v2 naming the signer certificate (PAdES B-B)',
    ...(essOk ? {} : { detail: essAttribute ? 'its hash does not match the signer certificate' : 'the attribute is missing' }),
  });
  return { checks, ...(signer ? { signer } : {}), certificates };
}
