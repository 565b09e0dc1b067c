import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExtractModel } from '../../../../shared/extract/extractModel.ts';
import type { PortableData } from '../../../../shared/output/portableData.ts';
import { readZip } from '../../../../electron/core/output/archive/readZip.ts';
import type { ExportResult } from '../../../../electron/core/output/exportExtract.ts';
import { exportExtract } from '../../../../electron/core/output/exportExtract.ts';
import type { SigningIdentity } from '../../../../electron/core/output/sign/signingIdentity.ts';
import { ensureDemoIdentity } from '../../../../electron/core/output/sign/signingIdentity.ts';
import { cli } from '../../../helpers/cliHarness.ts';
import { seedTestDatabase } from '../../../helpers/demoDatabase.ts';
import { demoExtractModel } from '../../../helpers/demoExtractModel.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

const tool = (command: string, args: string[]) => spawnSync(command, args, { encoding: 'utf8' });

describe('signed extract and portability archive, checked with independent tools', () => {
  const tempDir = useTempDirs('suite');
  let dir: string;
  let identity: SigningIdentity;
  const models: Partial<Record<'nl' | 'en', ExtractModel>> = {};
  // nl is written through the CLI, which prints the paths; en through exportExtract itself.
  const results: Partial<Record<'nl' | 'en', Omit<ExportResult, 'files'>>> = {};
  let exportedEn: ExportResult | null = null;
  const names = { nl: 'Łukasz Müller-Öztürk', en: 'Zoë Çelik' };

  // The heavy debtor (Łukasz Müller-Öztürk, hundreds of records) in Dutch through the CLI, as a clerk
  // would run it; the debtor-and-guarantor (Zoë Çelik, with a co-debtor's data withheld) in English.
  beforeAll(async () => {
    dir = tempDir();
    const { db, file, result } = seedTestDatabase(dir, 200, 'output-export');
    const { heavyDebtor, debtorAndGuarantor } = result.landmarks;
    models.nl = demoExtractModel(db, heavyDebtor, { language: 'nl', kind: 'both', reference: 'INZ-2026-0001' });
    models.en = demoExtractModel(db, debtorAndGuarantor, { language: 'en', kind: 'both', reference: 'INZ-2026-0002' });
    db.close();
    const env = { INZAGE_USER_DATA: join(dir, 'userdata') };
    const run = await cli(
      [
        'extract',
        '--db',
        file,
        '--subject',
        heavyDebtor,
        '--lang',
        'nl',
        '--kind',
        'both',
        '--reference',
        'INZ-2026-0001',
        '--received',
        '2026-10-20',
        '--today',
        '2026-11-01',
        '--out',
        join(dir, 'nl'),
      ],
      env,
    );
    expect(run.code, run.err).toBe(0);
    const [pdfPath, archivePath] = run.out.trim().split('\n');
    results.nl = {
      pdfPath: pdfPath!,
      archivePath: archivePath!,
      pageCount: Number(/\/Count (\d+)/.exec(readFileSync(pdfPath!).toString('latin1'))![1]),
      signingTime: new Date(),
    };
    identity = await ensureDemoIdentity(env.INZAGE_USER_DATA, 'ignored: exists already');
    exportedEn = await exportExtract({ model: models.en, outDir: join(dir, 'en'), identity, archive: true, signingTime: new Date() });
    results.en = exportedEn;
  }, 240_000);

  it('returns each file it wrote with the SHA-256 and size of the bytes on disk', () => {
    expect(exportedEn!.files.map((f) => [f.path, f.kind])).toEqual([
      [exportedEn!.pdfPath, 'pdf'],
      [exportedEn!.archivePath, 'archive'],
    ]);
    for (const file of exportedEn!.files) {
      const bytes = readFileSync(file.path);
      expect(file).toMatchObject({ sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length });
    }
  });

  it('names the files after the reference only, and leaves no temporary files', () => {
    // The CLI's export also leaves the audit trail's checkpoint beside its files (issue 13.4).
    expect(readdirSync(join(dir, 'nl')).sort()).toEqual([
      'INZ-2026-0001_extract_nl.pdf',
      'INZ-2026-0001_portability.zip',
      'audit-checkpoint.json',
    ]);
    expect(readdirSync(join(dir, 'en')).sort()).toEqual(['INZ-2026-0002_extract_en.pdf', 'INZ-2026-0002_portability.zip']);
  });

  it.each(['nl', 'en'] as const)('%s: pdfsig reports a valid signature over the total document', (language) => {
    const out = tool('pdfsig', [results[language]!.pdfPath]);
    expect(out.stdout).toContain('Signature Type: ETSI.CAdES.detached');
    expect(out.stdout).toContain('Total document signed');
    expect(out.stdout).toContain('Signature Validation: Signature is Valid.');
    expect(out.stdout).toContain('Inzage DEMO certificate — not for real use');
  });

  it.each(['nl', 'en'] as const)('%s: qpdf --check finds no errors', (language) => {
    const out = tool('qpdf', ['--check', results[language]!.pdfPath]);
    expect(out.status, out.stdout + out.stderr).toBe(0);
    expect(out.stdout).toContain('No syntax or stream encoding errors');
  });

  it.each(['nl', 'en'] as const)('%s: pdftotext finds the names with their diacritics, page numbers and the running header', (language) => {
    const text = execFileSync('pdftotext', ['-layout', results[language]!.pdfPath, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(text).toContain(names[language]);
    const pages = results[language]!.pageCount;
    expect(pages).toBeGreaterThan(3);
    expect(text).toContain(language === 'nl' ? `Pagina ${pages} van ${pages}` : `Page ${pages} of ${pages}`);
    expect(text).toContain(language === 'nl' ? 'Kenmerk: INZ-2026-0001' : 'Reference: INZ-2026-0002');
    // Every record is in the copy (Art. 15(3)): the full copy, not a summary.
    const records = models[language]!.categories.flatMap((category) => category.records);
    expect(records.length).toBeGreaterThan(language === 'nl' ? 500 : 20);
    const missing = records.filter((record) => !text.includes(record.recordId)).map((record) => record.recordId);
    expect(missing).toEqual([]);
  });

  it('is tagged, with the document language and title set', () => {
    const info = execFileSync('pdfinfo', [results.nl!.pdfPath], { encoding: 'utf8' });
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Title:\s+Inzage in uw persoonsgegevens — INZ-2026-0001/);
    expect(info).toMatch(/Page size:\s+595\.2\d? x 841\.8\d? pts \(A4\)/);
    const raw = readFileSync(results.en!.pdfPath).toString('latin1');
    expect(raw).toContain('/Lang (en-GB)');
    expect(raw).toMatch(/\/StructTreeRoot \d+ 0 R/);
  });

  it('carries the PAdES B-B attributes in the CMS and no CMS signing-time', () => {
    const pdf = readFileSync(results.nl!.pdfPath);
    const byteRange = /\/ByteRange \[(\d+) (\d+) (\d+) (\d+)\]/.exec(pdf.toString('latin1'))!;
    const hex = pdf.subarray(Number(byteRange[2]) + 1, Number(byteRange[3]) - 1).toString('latin1');
    const der = Buffer.from(hex, 'hex');
    const cmsFile = join(dir, 'sig.der');
    writeFileSync(cmsFile, der.subarray(0, der.length - (der.length - lengthOfDer(der))));
    const printed = execFileSync('openssl', ['cms', '-inform', 'DER', '-in', cmsFile, '-cmsout', '-print'], { encoding: 'utf8' });
    expect(printed).toContain('contentType (1.2.840.113549.1.9.3)');
    expect(printed).toContain('messageDigest (1.2.840.113549.1.9.4)');
    expect(printed).toMatch(/signingCertificateV2 \(1\.2\.840\.113549\.1\.9\.16\.2\.47\)/);
    expect(printed).not.toMatch(/signingTime/i);
    expect(printed).toMatch(/eContent: <ABSENT>/);
    // The ESSCertIDv2 hash is the SHA-256 of the signer certificate.
    const certHash = execFileSync('openssl', ['dgst', '-sha256', '-r'], { input: Buffer.from(identity.certificate) })
      .toString()
      .split(' ')[0]!;
    const asn1 = execFileSync('openssl', ['asn1parse', '-inform', 'DER', '-in', cmsFile], { encoding: 'utf8' });
    expect(asn1.replace(/\s+/g, ' ')).toMatch(new RegExp(`:id-smime-aa-signingCertificateV2.*?\\[HEX DUMP\\]:${certHash.toUpperCase()}`));
  });

  it('writes an archive that unzip -t accepts, whose CSVs parse back to data.json and whose manifest lists every file', () => {
    const zip = results.nl!.archivePath!;
    const test = tool('unzip', ['-t', zip]);
    expect(test.status, test.stdout).toBe(0);
    expect(test.stdout).toContain('No errors detected');
    const entries = new Map(readZip(readFileSync(zip)).map((entry) => [entry.name, entry.data]));
    const data = JSON.parse(entries.get('data.json')!.toString('utf8')) as PortableData;
    expect(data.schemaVersion).toBe(2);
    expect(data.categories.length).toBeGreaterThan(0);
    for (const category of data.categories) {
      const rows = parse(entries.get(category.csvFile)!, { columns: true, bom: true }) as Record<string, string>[];
      expect(rows.map((row) => row.record_id)).toEqual(category.records.map((record) => record.recordId));
      rows.forEach((row, index) => {
        for (const [name, value] of Object.entries(category.records[index]!.values))
          expect(row[name]).toBe(value === null ? '' : String(value));
      });
    }
    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8')) as { reference: string; files: { path: string }[] };
    expect(manifest.reference).toBe('INZ-2026-0001');
    // Every file but the manifest and its own signature (which cannot list themselves).
    expect(manifest.files.map((file) => file.path).sort()).toEqual(
      [...entries.keys()].filter((name) => name !== 'manifest.json' && name !== 'manifest.json.p7s').sort(),
    );
    expect(entries.get('INZ-2026-0001_extract_nl.pdf')!.equals(readFileSync(results.nl!.pdfPath))).toBe(true);
  });

  it('inzage verify accepts both files and fails, naming the problem, when one byte changes', async () => {
    // The demo certificate is self-signed: intact but not trusted (exit 3) until it is made a trust anchor.
    const anchor = join(dir, 'demo.pem');
    writeFileSync(anchor, certificatePem(identity.certificate));
    for (const file of [results.nl!.pdfPath, results.nl!.archivePath!]) {
      const untrusted = await cli(['verify', file]);
      expect(untrusted.code, untrusted.err).toBe(3);
      expect(untrusted.err).toContain('signature intact, signer not trusted (signer: Inzage DEMO certificate');
      const ok = await cli(['verify', file, '--trust-anchor', anchor]);
      expect(ok.code, ok.err).toBe(0);
      expect(ok.out).toContain(`${file}: valid (signer: Inzage DEMO certificate`);
    }
    const pdf = readFileSync(results.nl!.pdfPath);
    const changedPdf = join(dir, 'changed.pdf');
    pdf[2000] = pdf[2000]! ^ 0x01;
    writeFileSync(changedPdf, pdf);
    const pdfResult = await cli(['verify', changedPdf]);
    expect(pdfResult.code).toBe(1);
    expect(pdfResult.err).toMatch(/FAIL the signature matches the document bytes.*changed after signing/);

    const zip = readFileSync(results.nl!.archivePath!);
    const changedZip = join(dir, 'changed.zip');
    const dataAt = zip.indexOf('data.json') + 'data.json'.length + 10;
    zip[dataAt] = zip[dataAt]! ^ 0x01;
    writeFileSync(changedZip, zip);
    const zipResult = await cli(['verify', changedZip]);
    expect(zipResult.code).toBe(1);
    expect(zipResult.err).toMatch(/FAIL .*data\.json/);
  });

  it('verify reports a file added after signing', async () => {
    const appended = join(dir, 'appended.pdf');
    copyFileSync(results.en!.pdfPath, appended);
    writeFileSync(appended, Buffer.concat([readFileSync(appended), Buffer.from('\n% added later\n')]));
    const result = await cli(['verify', appended]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('does not reach the end of the file');
  });

  it('encrypts the archive with AES-256 when asked; verify needs the passphrase', async () => {
    const out = join(dir, 'encrypted');
    const result = await exportExtract({
      model: models.en!,
      outDir: out,
      identity,
      archive: true,
      archivePassword: 'correct horse',
      signingTime: new Date(),
    });
    const raw = readFileSync(result.archivePath!);
    expect(raw.includes(Buffer.from('Çelik'))).toBe(false);
    expect(readZip(raw, 'correct horse').map((entry) => entry.name)).toContain('manifest.json');
    expect((await cli(['verify', result.archivePath!], {})).code).toBe(1);
    expect((await cli(['verify', result.archivePath!, '--pass-env', 'P'], { P: 'wrong' })).err).toContain('wrong passphrase');
    const good = await cli(['verify', result.archivePath!, '--pass-env', 'P'], { P: 'correct horse' });
    expect(good.code, good.err).toBe(3);
    expect(good.err).not.toContain('FAIL');
  });
});

function certificatePem(der: Uint8Array): string {
  return `-----BEGIN CERTIFICATE-----\n${Buffer.from(der).toString('base64')}\n-----END CERTIFICATE-----\n`;
}

/** Length of the outer DER element (the Contents hex is padded with zeros after it). */
function lengthOfDer(der: Buffer): number {
  const first = der[1]!;
  if (first < 0x80) return 2 + first;
  const bytes = first & 0x7f;
  let length = 0;
  for (let index = 0; index < bytes; index++) length = length * 256 + der[2 + index]!;
  return 2 + bytes + length;
}
