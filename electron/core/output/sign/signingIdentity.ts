import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import forge from 'node-forge';
import { writeFileAtomic } from '../../files/atomicWrite.ts';
import { systemClock } from '../../clock/clock.ts';

/** The key and certificates a signature is made with, taken from a PKCS#12 file. */
export interface SigningIdentity {
  /** PKCS#8 DER of the RSA private key. */
  privateKeyPkcs8: Uint8Array;
  certificate: Uint8Array;
  /** Further certificates from the file (intermediates), embedded so a verifier can build the chain. */
  chain: Uint8Array[];
  signerName: string;
  organisation: string;
  isDemo: boolean;
  /** The certificate's validity period (notBefore, notAfter). */
  validFrom: Date;
  validUntil: Date;
}

/** Why a PKCS#12 file cannot be used, so the app can tell the clerk in their language. */
export type SigningIdentityProblem = 'not-pkcs12' | 'passphrase' | 'no-key' | 'no-certificate' | 'expired' | 'not-yet-valid';

export class SigningIdentityError extends Error {
  override readonly name = 'SigningIdentityError';
  constructor(
    readonly problem: SigningIdentityProblem,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export const demoCertificateCommonName = 'Inzage DEMO certificate — not for real use';
export const demoP12FileName = 'demo-signing-certificate.p12';
/**
 * The demo certificate's passphrase is public on purpose: the demo key signs demo data only and
 * its name says so. A real certificate's passphrase is never stored in plain text: the CLI reads it
 * from an environment variable named on the command line, the app from the OS secret store.
 */
export const demoP12Passphrase = 'inzage-demo';

function derBytes(asn1: forge.asn1.Asn1): Uint8Array {
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}

function attribute(cert: forge.pki.Certificate, shortName: string): string | undefined {
  const value = cert.subject.getField(shortName)?.value as string | undefined;
  // forge keeps UTF8String values as raw UTF-8 bytes in a binary string.
  return value === undefined ? undefined : forge.util.decodeUtf8(value);
}

/** Reads a PKCS#12 file; a wrong passphrase or a file without an RSA key and its certificate is a clear error. */
export function loadSigningIdentity(p12: Uint8Array, passphrase: string, fileLabel = 'the PKCS#12 file'): SigningIdentity {
  let asn1: forge.asn1.Asn1;
  try {
    asn1 = forge.asn1.fromDer(Buffer.from(p12).toString('binary'));
  } catch (error) {
    throw new SigningIdentityError('not-pkcs12', `${fileLabel}: not a PKCS#12 file (${(error as Error).message})`, { cause: error });
  }
  let parsed: forge.pkcs12.Pkcs12Pfx;
  try {
    parsed = forge.pkcs12.pkcs12FromAsn1(asn1, false, passphrase);
  } catch (error) {
    // forge reports a failed integrity check (MAC) as "Invalid password?"; anything else is a malformed file.
    const wrongPassphrase = /password/i.test((error as Error).message);
    throw new SigningIdentityError(
      wrongPassphrase ? 'passphrase' : 'not-pkcs12',
      `${fileLabel}: cannot open it (${wrongPassphrase ? 'wrong passphrase' : 'not a PKCS#12 file'}): ${(error as Error).message}`,
      { cause: error },
    );
  }
  const bags = (type: string): forge.pkcs12.Bag[] => parsed.getBags({ bagType: type })[type] ?? [];
  const keyBags = [...bags(forge.pki.oids.pkcs8ShroudedKeyBag!), ...bags(forge.pki.oids.keyBag!)];
  const key = keyBags.find((bag) => bag.key)?.key as forge.pki.rsa.PrivateKey | undefined;
  if (!key) throw new SigningIdentityError('no-key', `${fileLabel}: holds no RSA private key`);
  const certs = bags(forge.pki.oids.certBag!).flatMap((bag) => (bag.cert ? [bag.cert] : []));
  const own = certs.find((cert) => (cert.publicKey as forge.pki.rsa.PublicKey).n.equals(key.n));
  if (!own) throw new SigningIdentityError('no-certificate', `${fileLabel}: holds no certificate for its private key`);
  const signerName = attribute(own, 'CN') ?? 'unknown signer';
  return {
    privateKeyPkcs8: derBytes(forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(key))),
    certificate: derBytes(forge.pki.certificateToAsn1(own)),
    chain: certs.filter((cert) => cert !== own).map((cert) => derBytes(forge.pki.certificateToAsn1(cert))),
    signerName,
    organisation: attribute(own, 'O') ?? '',
    isDemo: signerName === demoCertificateCommonName,
    validFrom: own.validity.notBefore,
    validUntil: own.validity.notAfter,
  };
}

/**
 * Refuses a certificate that is not valid on `today` (YYYY-MM-DD): a signature made with an expired
 * certificate does not validate, so the recipient could not check the extract is authentic.
 */
export function assertValidOn(identity: SigningIdentity, today: string, fileLabel = 'the PKCS#12 file'): void {
  const until = identity.validUntil.toISOString().slice(0, 10);
  const from = identity.validFrom.toISOString().slice(0, 10);
  if (until < today) throw new SigningIdentityError('expired', `${fileLabel}: the certificate expired on ${until}`);
  if (from > today) throw new SigningIdentityError('not-yet-valid', `${fileLabel}: the certificate is valid only from ${from}`);
}

/** A self-signed RSA-2048 certificate whose name says it is a demo, as a PKCS#12 file. */
export function createDemoP12(organisation: string, now: Date = systemClock().now()): Uint8Array {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()) as forge.pki.rsa.PrivateKey;
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(key.n, key.e);
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  cert.validity.notBefore = new Date(now.getTime() - 24 * 3600 * 1000);
  cert.validity.notAfter = new Date(now.getTime() + 5 * 365 * 24 * 3600 * 1000);
  const name = [
    { shortName: 'CN', value: demoCertificateCommonName, valueTagClass: forge.asn1.Type.UTF8 },
    { shortName: 'O', value: organisation, valueTagClass: forge.asn1.Type.UTF8 },
    { shortName: 'C', value: 'NL' },
  ] as forge.pki.CertificateField[];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(key, forge.md.sha256.create());
  const p12 = forge.pkcs12.toPkcs12Asn1(key, [cert], demoP12Passphrase, { algorithm: 'aes256', friendlyName: 'Inzage demo' });
  return derBytes(p12);
}

/** The demo signing identity next to the database in the per-user data folder, created on first use. */
export async function ensureDemoIdentity(dataDir: string, organisation: string, now: Date = systemClock().now()): Promise<SigningIdentity> {
  const file = join(dataDir, demoP12FileName);
  if (!existsSync(file)) await writeFileAtomic(file, createDemoP12(organisation, now));
  return loadSigningIdentity(readFileSync(file), demoP12Passphrase, file);
}

export function sha256(data: Uint8Array): Buffer {
  return createHash('sha256').update(data).digest();
}
