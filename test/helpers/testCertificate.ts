import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import forge from 'node-forge';

/**
 * Writes a self-signed PKCS#12 file with the given name and validity period, as an organisation's
 * certificate would be (not named as a demo), for the Settings tests.
 */
export function writeTestP12(
  file: string,
  options: { commonName: string; organisation: string; passphrase: string; notBefore: Date; notAfter: Date },
): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()) as forge.pki.rsa.PrivateKey;
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(key.n, key.e);
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  cert.validity.notBefore = options.notBefore;
  cert.validity.notAfter = options.notAfter;
  const name = [
    { shortName: 'CN', value: options.commonName, valueTagClass: forge.asn1.Type.UTF8 },
    { shortName: 'O', value: options.organisation, valueTagClass: forge.asn1.Type.UTF8 },
  ] as unknown as forge.pki.CertificateField[];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([{ name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true }]);
  cert.sign(key, forge.md.sha256.create());
  const p12 = forge.pkcs12.toPkcs12Asn1(key, [cert], options.passphrase, { algorithm: 'aes256' });
  writeFileSync(file, Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary'));
  return file;
}
