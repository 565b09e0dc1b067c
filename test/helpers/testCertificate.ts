import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import forge from 'node-forge';

/** A certificate authority made up for a test: its certificate (PEM) and key, to issue signer certificates with. */
export interface TestCa {
  name: string;
  certificate: forge.pki.Certificate;
  key: forge.pki.rsa.PrivateKey;
  pem: string;
}

function rsaKey(): forge.pki.rsa.PrivateKey {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()) as forge.pki.rsa.PrivateKey;
}

function subjectName(commonName: string, organisation: string): forge.pki.CertificateField[] {
  return [
    { shortName: 'CN', value: commonName, valueTagClass: forge.asn1.Type.UTF8 },
    { shortName: 'O', value: organisation, valueTagClass: forge.asn1.Type.UTF8 },
  ] as unknown as forge.pki.CertificateField[];
}

/** A self-signed root CA (basicConstraints cA, keyCertSign), valid from a year ago for ten years. */
export function createTestCa(commonName: string, organisation = commonName): TestCa {
  const key = rsaKey();
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(key.n, key.e);
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  cert.validity.notBefore = new Date(Date.now() - 365 * 24 * 3600 * 1000);
  cert.validity.notAfter = new Date(Date.now() + 10 * 365 * 24 * 3600 * 1000);
  cert.setSubject(subjectName(commonName, organisation));
  cert.setIssuer(subjectName(commonName, organisation));
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(key, forge.md.sha256.create());
  return { name: commonName, certificate: cert, key, pem: forge.pki.certificateToPem(cert) };
}

/**
 * Writes a PKCS#12 file with the given name and validity period, as an organisation's certificate
 * would be (not named as a demo): self-signed, or issued by `issuer` (whose certificate the file then
 * carries too, as a real one carries its chain).
 */
export function writeTestP12(
  file: string,
  options: { commonName: string; organisation: string; passphrase: string; notBefore: Date; notAfter: Date; issuer?: TestCa },
): string {
  const key = rsaKey();
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(key.n, key.e);
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  cert.validity.notBefore = options.notBefore;
  cert.validity.notAfter = options.notAfter;
  cert.setSubject(subjectName(options.commonName, options.organisation));
  cert.setIssuer(options.issuer ? options.issuer.certificate.subject.attributes : subjectName(options.commonName, options.organisation));
  cert.setExtensions([{ name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true }]);
  cert.sign(options.issuer?.key ?? key, forge.md.sha256.create());
  const chain = options.issuer ? [cert, options.issuer.certificate] : [cert];
  const p12 = forge.pkcs12.toPkcs12Asn1(key, chain, options.passphrase, { algorithm: 'aes256' });
  writeFileSync(file, Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary'));
  return file;
}
