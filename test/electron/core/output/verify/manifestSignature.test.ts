import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveFile } from '../../../../../electron/core/output/archive/portabilityArchive.ts';
import { zipFiles } from '../../../../../electron/core/output/archive/portabilityArchive.ts';
import { readZip } from '../../../../../electron/core/output/archive/readZip.ts';
import { createCadesSignature } from '../../../../../electron/core/output/sign/cadesSigner.ts';
import type { SigningIdentity } from '../../../../../electron/core/output/sign/signingIdentity.ts';
import { loadSigningIdentity } from '../../../../../electron/core/output/sign/signingIdentity.ts';
import { exportExtract } from '../../../../../electron/core/output/exportExtract.ts';
import { verifyFile } from '../../../../../electron/core/output/verify/verifyFile.ts';
import type { PortableData } from '../../../../../shared/output/portableData.ts';
import { sampleExtractModel } from '../../../../helpers/sampleExtractModel.ts';
import type { TestCa } from '../../../../helpers/testCertificate.ts';
import { createTestCa, writeTestP12 } from '../../../../helpers/testCertificate.ts';
import { useTempDirs } from '../../../../helpers/tempDir.ts';

const day = 24 * 3600 * 1000;

function identityIssuedBy(dir: string, name: string, ca: TestCa): SigningIdentity {
  const file = writeTestP12(join(dir, `${name}.p12`), {
    commonName: name,
    organisation: ca.certificate.subject.getField('O').value as string,
    passphrase: 'pw',
    notBefore: new Date(Date.now() - day),
    notAfter: new Date(Date.now() + 365 * day),
    issuer: ca,
  });
  return loadSigningIdentity(readFileSync(file), 'pw');
}

/** What the attack in issue 13.5 did: every payment taken out of data.json and its CSV, the manifest's hashes recomputed. */
function withoutPayments(files: ArchiveFile[]): { files: ArchiveFile[]; removed: number } {
  const data = JSON.parse(files.find((file) => file.path === 'data.json')!.data.toString('utf8')) as PortableData;
  let removed = 0;
  const csvFiles = new Set<string>();
  for (const category of data.categories) {
    const kept = category.records.filter((record) => record.recordKind !== 'payments');
    if (kept.length !== category.records.length) csvFiles.add(category.csvFile);
    removed += category.records.length - kept.length;
    category.records = kept;
  }
  const changed = files.map((file) => {
    if (file.path === 'data.json') return { ...file, data: Buffer.from(`${JSON.stringify(data, null, 2)}\n`) };
    if (!csvFiles.has(file.path)) return file;
    const lines = file.data.toString('utf8').split('\r\n');
    return { ...file, data: Buffer.from(lines.filter((line) => !line.startsWith('payments,')).join('\r\n')) };
  });
  const manifestFile = changed.find((file) => file.path === 'manifest.json')!;
  const manifest = JSON.parse(manifestFile.data.toString('utf8')) as { files: { path: string; sha256: string; bytes: number }[] };
  for (const entry of manifest.files) {
    const data = changed.find((file) => file.path === entry.path)!.data;
    entry.sha256 = createHash('sha256').update(data).digest('hex');
    entry.bytes = data.length;
  }
  manifestFile.data = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
  return { files: changed, removed };
}

describe('the portability archive: a signed manifest (issue 13.5)', () => {
  const tempDir = useTempDirs('suite');
  let dir: string;
  let ca: TestCa;
  let identity: SigningIdentity;
  let archivePath: string;
  let original: ArchiveFile[];

  beforeAll(async () => {
    dir = tempDir();
    ca = createTestCa('Incasso Noord Root CA', 'Incasso Noord B.V.');
    identity = identityIssuedBy(dir, 'Anne de Vries', ca);
    const result = await exportExtract({
      model: sampleExtractModel({ reference: 'INZ-2026-0077', payments: 60 }),
      outDir: join(dir, 'out'),
      identity,
      archive: true,
      signingTime: new Date(),
    });
    archivePath = result.archivePath!;
    original = readZip(readFileSync(archivePath)).map((entry) => ({ path: entry.name, data: Buffer.from(entry.data) }));
  }, 60_000);

  it('the archive as written is valid, its manifest signed by the PDF signer', async () => {
    expect(original.map((file) => file.path)).toContain('manifest.json.p7s');
    const result = await verifyFile(archivePath, { trustAnchors: [ca.pem] });
    expect(result.checks.filter((check) => !check.ok)).toEqual([]);
    expect(result.verdict).toBe('valid');
    expect(result.signer).toMatchObject({ commonName: 'Anne de Vries', organisation: 'Incasso Noord B.V.' });
  });

  it('payments removed from data.json and the CSV with the manifest recomputed: the manifest signature no longer holds', async () => {
    const { files, removed } = withoutPayments(original);
    expect(removed).toBe(60);
    const forged = join(dir, 'forged.zip');
    await zipFiles(forged, files);
    const result = await verifyFile(forged, { trustAnchors: [ca.pem] });
    expect(result.verdict).toBe('invalid');
    expect(result.checks.find((check) => !check.ok)).toMatchObject({
      check: 'cms-signature',
      in: ['manifest.json.p7s'],
      document: 'manifest',
    });
  });

  it('… nor when the forger drops the manifest signature', async () => {
    const { files } = withoutPayments(original);
    const forged = join(dir, 'unsigned.zip');
    await zipFiles(
      forged,
      files.filter((file) => file.path !== 'manifest.json.p7s'),
    );
    const result = await verifyFile(forged, { trustAnchors: [ca.pem] });
    expect(result.verdict).toBe('invalid');
    expect(result.checks.find((check) => !check.ok)).toMatchObject({ check: 'manifest-signed' });
  });

  it('… nor when the forger signs the new manifest with a certificate of their own, even one the organisation trusts', async () => {
    const { files } = withoutPayments(original);
    const other = identityIssuedBy(dir, 'Someone Else', ca);
    const manifest = files.find((file) => file.path === 'manifest.json')!.data;
    const signature = Buffer.from(await createCadesSignature(other, manifest));
    const forged = join(dir, 'resigned.zip');
    await zipFiles(
      forged,
      files.map((file) => (file.path === 'manifest.json.p7s' ? { ...file, data: signature } : file)),
    );
    const result = await verifyFile(forged, { trustAnchors: [ca.pem] });
    expect(result.verdict).toBe('invalid');
    expect(result.checks.filter((check) => !check.ok).map((check) => check.check)).toEqual(['manifest-signer']);
  });
});
