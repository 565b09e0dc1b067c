import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportExtract } from '../../../../../electron/core/output/exportExtract.ts';
import { loadSigningIdentity } from '../../../../../electron/core/output/sign/signingIdentity.ts';
import { verifyFile } from '../../../../../electron/core/output/verify/verifyFile.ts';
import { sampleExtractModel } from '../../../../helpers/sampleExtractModel.ts';
import type { TestCa } from '../../../../helpers/testCertificate.ts';
import { createTestCa, writeTestP12 } from '../../../../helpers/testCertificate.ts';
import { useTempDirs } from '../../../../helpers/tempDir.ts';

const day = 24 * 3600 * 1000;

/**
 * Issue 13.5: a PDF signed with a certificate from a CA nobody configured ("Alektum Group Privacy
 * Office", invented for the attack) verified as "valid" with no warning. Verify now tells an intact
 * signature from a trusted signer, against the organisation's trust anchors.
 */
describe('verify: who signed, and whether the organisation trusts them', () => {
  const tempDir = useTempDirs('suite');
  let dir: string;
  let alektum: TestCa;
  let organisationCa: TestCa;
  let pdfPath: string;

  beforeAll(async () => {
    dir = tempDir();
    alektum = createTestCa('Alektum Group Privacy Office', 'Alektum Group');
    organisationCa = createTestCa('Incasso Noord Root CA', 'Incasso Noord B.V.');
    const p12 = writeTestP12(join(dir, 'mallory.p12'), {
      commonName: 'M. Allory',
      organisation: 'Alektum Group',
      passphrase: 'secret',
      notBefore: new Date(Date.now() - day),
      notAfter: new Date(Date.now() + 365 * day),
      issuer: alektum,
    });
    const identity = loadSigningIdentity(readFileSync(p12), 'secret');
    const result = await exportExtract({
      model: sampleExtractModel({ reference: 'INZ-2026-0042' }),
      outDir: join(dir, 'out'),
      identity,
      archive: false,
      signingTime: new Date(),
    });
    pdfPath = result.pdfPath;
  }, 60_000);

  it('reports an intact signature by an unknown CA as "signer not trusted", naming the signer', async () => {
    const result = await verifyFile(pdfPath, { trustAnchors: [organisationCa.pem] });
    expect(result.intact).toBe(true);
    expect(result.verdict).toBe('untrusted');
    expect(result.ok).toBe(false);
    expect(result.signer).toMatchObject({ commonName: 'M. Allory', organisation: 'Alektum Group' });
    expect(result.signer?.issuer).toMatchObject({ commonName: 'Alektum Group Privacy Office', organisation: 'Alektum Group' });
    expect(result.trust?.trusted).toBe(false);
  });

  it('with no trust anchor configured, no signer is trusted', async () => {
    const result = await verifyFile(pdfPath);
    expect(result.verdict).toBe('untrusted');
    expect(result.trust?.detail).toMatch(/no trust anchor/i);
  });

  it('is valid once the CA that issued the signer is one of the trust anchors', async () => {
    const result = await verifyFile(pdfPath, { trustAnchors: [organisationCa.pem, alektum.pem] });
    expect(result.verdict).toBe('valid');
    expect(result.ok).toBe(true);
    expect(result.trust).toMatchObject({ trusted: true });
    expect(result.trust?.anchor).toMatchObject({ commonName: 'Alektum Group Privacy Office' });
  });

  it('a trusted chain whose signer certificate has expired by the time of checking is not trusted', async () => {
    const result = await verifyFile(pdfPath, { trustAnchors: [alektum.pem], at: new Date(Date.now() + 400 * day) });
    expect(result.verdict).toBe('untrusted');
    expect(result.trust).toMatchObject({ trusted: false, reason: 'chain-invalid' });
  });

  it('a CA with the same name but another key is not the anchor', async () => {
    const impostor = createTestCa('Alektum Group Privacy Office', 'Alektum Group');
    const result = await verifyFile(pdfPath, { trustAnchors: [impostor.pem] });
    expect(result.verdict).toBe('untrusted');
  });
});
