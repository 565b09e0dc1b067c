import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../../electron/core/audit/auditVerify.ts';
import { runDemoRequest } from '../../../../electron/core/demo/runDemoRequest.ts';
import { ensureDemoIdentity } from '../../../../electron/core/output/sign/signingIdentity.ts';
import { loadDefaultPolicy } from '../../../../electron/core/policy/loadPolicy.ts';
import { getRequest } from '../../../../electron/core/requests/requestRepository.ts';
import { verifyFile } from '../../../../electron/core/output/verify/verifyFile.ts';
import { seedTestDatabase } from '../../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { testKeys } from '../../../helpers/testKeys.ts';

describe('runDemoRequest (the headless whole request)', () => {
  const tempDir = useTempDirs();

  it('links the right namesake, rejects the other, exports verified files and sends', async () => {
    const dir = tempDir();
    const { db, result } = seedTestDatabase(dir, 300);
    const policy = loadDefaultPolicy();
    const lines: string[] = [];
    const outcome = await runDemoRequest({
      db,
      keys: testKeys,
      policy,
      identity: await ensureDemoIdentity(dir, policy.organisation.name),
      outDir: `${dir}/out`,
      language: 'en',
      actor: { clerk: 'Test Clerk', today: '2026-11-24' },
      report: (line) => lines.push(line),
    });
    const [person, namesake] = result.landmarks.namesakes;
    expect(outcome.linked).toEqual([person]);
    expect(outcome.rejected).toEqual([namesake]);
    const stored = getRequest(db, outcome.reference);
    expect(stored.status).toBe('sent');
    expect(stored.outputs.map((o) => o.kind).sort()).toEqual(['archive', 'pdf']);
    for (const file of [outcome.pdfPath, outcome.archivePath!]) {
      expect(existsSync(file)).toBe(true);
      // Intact, and honestly not trusted: the demo certificate is self-signed and no anchor names it.
      expect(await verifyFile(file)).toMatchObject({ intact: true, verdict: 'untrusted' });
    }
    expect(verifyAuditChain(db, testKeys.audit)).toMatchObject({ ok: true });
    // The report is for a terminal: ids and counts, never the person's name.
    expect(lines.join('\n')).not.toMatch(/van den Berg|Kinkerstraat/);
    db.close();
  });
});
