import { createHash, webcrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type { SigningIdentity } from './signingIdentity.ts';
import { sha256 } from './signingIdentity.ts';

pkijs.setEngine('node', new pkijs.CryptoEngine({ name: 'node', crypto: webcrypto as unknown as Crypto }));

export const oids = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
} as const;

function arrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

export function parseCertificate(der: Uint8Array): pkijs.Certificate {
  return pkijs.Certificate.fromBER(arrayBuffer(der));
}

/**
 * ESS signing-certificate-v2 (RFC 5035): binds the signature to the signer's certificate by its
 * SHA-256 hash (ESSCertIDv2 with the default hash algorithm, so hashAlgorithm is omitted in DER),
 * plus issuer and serial. Required by PAdES baseline B-B (ETSI EN 319 142-1 §5.2).
 */
function signingCertificateV2(cert: pkijs.Certificate, certDer: Uint8Array): asn1js.Sequence {
  const issuerSerial = new asn1js.Sequence({
    value: [
      new asn1js.Sequence({ value: [new pkijs.GeneralName({ type: 4, value: cert.issuer }).toSchema()] }),
      new asn1js.Integer({ valueHex: cert.serialNumber.valueBlock.valueHexView.slice().buffer }),
    ],
  });
  const essCertIdV2 = new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: arrayBuffer(sha256(certDer)) }), issuerSerial] });
  return new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] });
}

/**
 * The CMS SignedData for a PAdES signature (SubFilter ETSI.CAdES.detached), baseline B-B, over
 * `content` given whole or as the parts it is made of (a PDF's byte ranges, hashed where they lie):
 * detached id-data content, signed attributes contentType, messageDigest and signing-certificate-v2,
 * and deliberately no CMS signing-time: PAdES puts the claimed time in the signature dictionary's /M.
 * @signpdf's stock P12 signer adds signing-time and lacks signing-certificate-v2, hence this signer.
 */
export async function createCadesSignature(identity: SigningIdentity, content: Uint8Array | Uint8Array[]): Promise<Uint8Array> {
  const cert = parseCertificate(identity.certificate);
  const chain = identity.chain.map(parseCertificate);
  const hash = createHash('sha256');
  for (const part of Array.isArray(content) ? content : [content]) hash.update(part);
  const digest = hash.digest();
  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: oids.data }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: cert.issuer, serialNumber: cert.serialNumber }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({
          type: 0,
          attributes: [
            new pkijs.Attribute({ type: oids.contentType, values: [new asn1js.ObjectIdentifier({ value: oids.data })] }),
            new pkijs.Attribute({ type: oids.messageDigest, values: [new asn1js.OctetString({ valueHex: arrayBuffer(digest) })] }),
            new pkijs.Attribute({ type: oids.signingCertificateV2, values: [signingCertificateV2(cert, identity.certificate)] }),
          ],
        }),
      }),
    ],
    certificates: [cert, ...chain],
  });
  const key = await webcrypto.subtle.importKey(
    'pkcs8',
    arrayBuffer(identity.privateKeyPkcs8),
    { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  await signedData.sign(key as unknown as CryptoKey, 0, 'SHA-256');
  const contentInfo = new pkijs.ContentInfo({ contentType: oids.signedData, content: signedData.toSchema(true) });
  return new Uint8Array(contentInfo.toSchema().toBER(false));
}
