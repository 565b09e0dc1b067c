import { webcrypto } from 'node:crypto';
import * as pkijs from 'pkijs';
import type { TrustReason } from '../../../../shared/ipc/types.ts';
import { arrayBuffer } from './verifyCades.ts';

/** A certificate's subject or issuer as the clerk reads it: common name and organisation. */
export interface CertificateName {
  commonName: string;
  organisation: string;
}

/**
 * Whether the organisation trusts the signer: `trusted` when the signer's certificate chains (through
 * the certificates the signature carries) to one of the configured trust anchors and every certificate
 * on the way is valid now. Why not, otherwise (TrustReason): no anchor configured, no chain to any anchor
 * (an unknown CA, or one with a known name but another key), or a chain that does not hold (expired, not a CA).
 */

export interface SignerTrust {
  trusted: boolean;
  reason: TrustReason;
  /** In English, for the command line (the window words `reason` itself). */
  detail: string;
  /** The anchor the chain ends in, when trusted. */
  anchor?: CertificateName;
}

const commonNameOid = '2.5.4.3';
const organisationOid = '2.5.4.10';

function attribute(name: pkijs.RelativeDistinguishedNames, oid: string): string {
  const value = name.typesAndValues.find((entry) => entry.type === oid)?.value.valueBlock as { value?: string } | undefined;
  return value?.value ?? '';
}

export function certificateName(name: pkijs.RelativeDistinguishedNames): CertificateName {
  return { commonName: attribute(name, commonNameOid), organisation: attribute(name, organisationOid) };
}

export function describeName(name: CertificateName): string {
  return [name.commonName, name.organisation].filter((part) => part !== '').join(', ') || '(no name)';
}

/** The X.509 certificates in PEM text (one or more `BEGIN CERTIFICATE` blocks); throws when there is none or one does not parse. */
export function parsePemCertificates(pem: string): pkijs.Certificate[] {
  const blocks = [...pem.matchAll(/-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]+)-----END CERTIFICATE-----/g)];
  if (blocks.length === 0) throw new Error('no PEM certificate (-----BEGIN CERTIFICATE-----) found');
  return blocks.map((block) => pkijs.Certificate.fromBER(arrayBuffer(Buffer.from(block[1]!.replace(/\s+/g, ''), 'base64'))));
}

/**
 * Checks the signer's certificate against the trust anchors (PEM, as the settings keep them) at `at`
 * (now: a PAdES B-B signature has no trusted time, so its certificate must be valid when it is checked).
 * Only the anchors are trusted; a certificate the signature carries is merely a candidate intermediate.
 */
export async function checkSignerTrust(
  signer: pkijs.Certificate,
  carried: readonly pkijs.Certificate[],
  anchorsPem: readonly string[],
  at: Date,
): Promise<SignerTrust> {
  const anchors = anchorsPem.flatMap((pem) => parsePemCertificates(pem));
  if (anchors.length === 0)
    return {
      trusted: false,
      reason: 'no-anchors',
      detail: 'no trust anchor is configured (Settings, or --trust-anchor FILE), so no signer is trusted',
    };
  // The signer's own certificate as an anchor (an organisation that pins its self-signed signing
  // certificate): trusted as such while it is valid; pkijs would want a CA at the end of a path.
  const signerDer = Buffer.from(signer.toSchema().toBER(false));
  if (anchors.some((anchor) => Buffer.from(anchor.toSchema().toBER(false)).equals(signerDer))) {
    const valid = signer.notBefore.value <= at && at <= signer.notAfter.value;
    return valid
      ? { trusted: true, reason: 'trusted', detail: 'the certificate is itself a trust anchor', anchor: certificateName(signer.subject) }
      : {
          trusted: false,
          reason: 'chain-invalid',
          detail: 'the certificate is a trust anchor but is not valid now (expired or not yet valid)',
        };
  }
  pkijs.setEngine('node', new pkijs.CryptoEngine({ name: 'node', crypto: webcrypto as unknown as Crypto }));
  const intermediates = carried.filter((cert) => cert !== signer && !cert.subject.isEqual(cert.issuer));
  // pkijs takes the end-entity certificate as the last of `certs`.
  const engine = new pkijs.CertificateChainValidationEngine({ trustedCerts: anchors, certs: [...intermediates, signer], checkDate: at });
  let result: pkijs.CertificateChainValidationEngineVerifyResult;
  try {
    result = await engine.verify();
  } catch (error) {
    result = { result: false, resultCode: -1, resultMessage: (error as Error).message };
  }
  const issuer = describeName(certificateName(signer.issuer));
  if (!result.result) {
    const noPath = /no valid certificate paths/i.test(result.resultMessage ?? '');
    return {
      trusted: false,
      reason: noPath ? 'unknown-issuer' : 'chain-invalid',
      detail: noPath
        ? `the certificate, issued by ${issuer}, does not chain to any configured trust anchor`
        : `the chain to a trust anchor does not hold: ${result.resultMessage ?? 'unknown reason'}`,
    };
  }
  const root = result.certificatePath?.at(-1);
  const anchor = root ? certificateName(root.subject) : certificateName(signer.issuer);
  return { trusted: true, reason: 'trusted', detail: `the certificate chains to the trust anchor ${describeName(anchor)}`, anchor };
}
