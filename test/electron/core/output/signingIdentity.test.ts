import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createDemoP12,
  demoCertificateCommonName,
  demoP12Passphrase,
  ensureDemoIdentity,
  loadSigningIdentity,
} from '../../../../electron/core/output/sign/signingIdentity.ts';
import { cli } from '../../../helpers/cliHarness.ts';
import { seedTestDatabase } from '../../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

describe('signing identity', () => {
  const tempDir = useTempDirs();

  it('creates the demo certificate once, named as a demo, readable by openssl', async () => {
    const dir = tempDir();
    const first = await ensureDemoIdentity(dir, 'Alektum Group');
    const again = await ensureDemoIdentity(dir, 'Alektum Group');
    expect(first.isDemo).toBe(true);
    expect(first.signerName).toBe(demoCertificateCommonName);
    expect(first.organisation).toBe('Alektum Group');
    expect(Buffer.from(again.certificate).equals(Buffer.from(first.certificate))).toBe(true);
    const subject = execFileSync(
      'openssl',
      ['pkcs12', '-in', join(dir, 'demo-signing-certificate.p12'), '-passin', `pass:${demoP12Passphrase}`, '-nokeys', '-clcerts'],
      { encoding: 'utf8' },
    );
    expect(subject).toContain('BEGIN CERTIFICATE');
  });

  it('reads a PKCS#12 made by openssl, with its chain, and refuses a wrong passphrase clearly', () => {
    const dir = tempDir();
    const run = (args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
    run([
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'ca.key',
      '-out',
      'ca.pem',
      '-days',
      '30',
      '-subj',
      '/CN=Test CA/O=Test',
    ]);
    run([
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'clerk.key',
      '-out',
      'clerk.csr',
      '-subj',
      '/CN=Anne de Vries/O=Alektum Group',
    ]);
    run(['x509', '-req', '-in', 'clerk.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'clerk.pem', '-days', '30']);
    run([
      'pkcs12',
      '-export',
      '-inkey',
      'clerk.key',
      '-in',
      'clerk.pem',
      '-certfile',
      'ca.pem',
      '-out',
      'clerk.p12',
      '-passout',
      'pass:s3cret',
    ]);
    const p12 = readFileSync(join(dir, 'clerk.p12'));
    const identity = loadSigningIdentity(p12, 's3cret', 'clerk.p12');
    expect(identity.signerName).toBe('Anne de Vries');
    expect(identity.isDemo).toBe(false);
    expect(identity.chain).toHaveLength(1);
    expect(() => loadSigningIdentity(p12, 'wrong', 'clerk.p12')).toThrow(/clerk\.p12: cannot open it \(wrong passphrase/);
    writeFileSync(join(dir, 'x'), createDemoP12('X'));
  });

  it('signs with a CA-issued certificate through the CLI, embedding the chain, and pdfsig accepts it', async () => {
    const dir = tempDir();
    const run = (args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
    run([
      'req',
      '-x509',
      '-newkey',
      'rsa:3072',
      '-nodes',
      '-keyout',
      'ca.key',
      '-out',
      'ca.pem',
      '-days',
      '30',
      '-subj',
      '/CN=Test CA/O=Test',
    ]);
    run([
      'req',
      '-newkey',
      'rsa:3072',
      '-nodes',
      '-keyout',
      'clerk.key',
      '-out',
      'clerk.csr',
      '-subj',
      '/CN=Anne de Vries/O=Alektum Group',
    ]);
    run(['x509', '-req', '-in', 'clerk.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'clerk.pem', '-days', '30']);
    run([
      'pkcs12',
      '-export',
      '-inkey',
      'clerk.key',
      '-in',
      'clerk.pem',
      '-certfile',
      'ca.pem',
      '-out',
      'clerk.p12',
      '-passout',
      'pass:s3cret',
    ]);
    const { db, file, result } = seedTestDatabase(dir, 200, 'signing');
    db.close();
    const env = { INZAGE_USER_DATA: join(dir, 'userdata'), P12_PASS: 's3cret' };
    const out = await cli(
      [
        'extract',
        '--db',
        file,
        '--subject',
        result.landmarks.foreignTransfer,
        '--lang',
        'en',
        '--reference',
        'A/B 7',
        '--out',
        join(dir, 'out'),
        '--p12',
        join(dir, 'clerk.p12'),
        '--p12-pass-env',
        'P12_PASS',
        '--no-archive',
      ],
      env,
    );
    expect(out.code, out.err).toBe(0);
    const pdfPath = out.out.trim();
    // The reference "A/B 7" had characters replaced, so its file name carries a hash of the original
    // (shared/output/fileNames.ts: two references cleaned to the same name never share a file).
    expect(pdfPath.startsWith(join(dir, 'out', 'A-B-7-'))).toBe(true);
    expect(pdfPath).toMatch(/A-B-7-[0-9a-f]{16}_extract_en\.pdf$/);
    const sig = execFileSync('pdfsig', [pdfPath], { encoding: 'utf8' });
    execFileSync('pdfsig', ['-dump', pdfPath], { cwd: dir });
    expect(sig).toContain('Signer Certificate Common Name: Anne de Vries');
    expect(sig).toContain('Signature Validation: Signature is Valid.');
    const printed = execFileSync(
      'openssl',
      ['cms', '-inform', 'DER', '-in', join(dir, `${pdfPath.split('/').pop()}.sig0`), '-cmsout', '-print'],
      { encoding: 'utf8' },
    );
    expect(printed.match(/cert_info:/g)).toHaveLength(2);
    const untrusted = await cli(['verify', pdfPath], env);
    expect(untrusted.code, untrusted.err).toBe(3);
    expect(untrusted.out).toContain('Signed by: Anne de Vries, Alektum Group');
    expect(untrusted.out).toContain('Issued by: Test CA, Test');
    const verified = await cli(['verify', pdfPath, '--trust-anchor', join(dir, 'ca.pem')], env);
    expect(verified.code, verified.err).toBe(0);
    expect(verified.out).toContain('Trusted: the certificate chains to the trust anchor Test CA, Test');
    const missingPass = await cli(
      ['extract', '--db', file, '--subject', result.landmarks.foreignTransfer, '--out', join(dir, 'out2'), '--p12', join(dir, 'clerk.p12')],
      env,
    );
    expect(missingPass.code).toBe(2);
    expect(missingPass.err).toContain('--p12-pass-env');
  });
});
