import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../../electron/core/clock/clock.ts';
import { openSigningIdentity } from '../../../../electron/core/settings/signingChoice.ts';
import { cli } from '../../../helpers/cliHarness.ts';
import { seedTestDatabase } from '../../../helpers/demoDatabase.ts';
import { writeTestP12 } from '../../../helpers/testCertificate.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

const tempDir = useTempDirs('test');

describe('certificate problems are DomainErrors, in the export worker and in the CLI alike', () => {
  it('names a wrong passphrase, an expired certificate and a file that is no PKCS#12 by code, with the date where it matters', async () => {
    const dir = tempDir();
    const file = writeTestP12(join(dir, 'anne.p12'), {
      commonName: 'Anne de Vries',
      organisation: 'Test BV',
      passphrase: 'right',
      notBefore: new Date('2025-01-01T00:00:00Z'),
      notAfter: new Date('2026-06-30T00:00:00Z'),
    });
    const options = { dataDir: dir, organisation: 'Test BV', clock: fixedClock('2026-03-01') };
    await expect(openSigningIdentity({ kind: 'p12', file, passphrase: 'wrong' }, options)).rejects.toMatchObject({
      code: 'certificate.wrong-passphrase',
    });
    await expect(
      openSigningIdentity({ kind: 'p12', file, passphrase: 'right' }, { ...options, clock: fixedClock('2026-11-23') }),
    ).rejects.toMatchObject({ code: 'certificate.expired', params: { date: '2026-06-30' } });
    const notP12 = join(dir, 'notes.txt');
    writeFileSync(notP12, 'not a certificate');
    await expect(openSigningIdentity({ kind: 'p12', file: notP12, passphrase: 'x' }, options)).rejects.toMatchObject({
      code: 'certificate.not-pkcs12',
    });
    await expect(openSigningIdentity({ kind: 'p12', file, passphrase: 'right' }, options)).resolves.toMatchObject({
      signerName: 'Anne de Vries',
    });

    // The CLI says the same in its own words, naming the flag that fixes it.
    const { file: db } = seedTestDatabase(dir, 60);
    const run = await cli(
      ['extract', '--subject', 'S0000001', '--out', join(dir, 'out'), '--db', db, '--p12', file, '--p12-pass-env', 'P12_PASS'],
      { INZAGE_CLERK: 'Eva Bos', INZAGE_TODAY: '2026-03-01', INZAGE_USER_DATA: dir, P12_PASS: 'wrong' },
    );
    expect(run.code).toBe(1);
    expect(run.err).toBe("inzage extract: the certificate's passphrase is wrong (check the variable named by --p12-pass-env)\n");
  }, 60_000);
});
