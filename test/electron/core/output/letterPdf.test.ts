import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditEntriesForRequest } from '../../../../electron/core/audit/auditLog.ts';
import { letterPdfInFolder, letterPdfWriter } from '../../../../electron/core/output/letterPdfFile.ts';
import { renderExtractPdf } from '../../../../electron/core/output/pdf/renderExtractPdf.ts';
import { getRequest } from '../../../../electron/core/requests/requestRepository.ts';
import { registerRequest, saveLetterPdf, writeLetter } from '../../../../electron/core/requests/useCases/index.ts';
import { assembleExtract } from '../../../../shared/extract/assembleExtract.ts';
import { subjectProfileLoader } from '../../../../electron/core/records/loadSubjectProfile.ts';
import { loadDefaultPolicy } from '../../../../electron/core/policy/loadPolicy.ts';
import { seedTestDatabase } from '../../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { refusal, testUseCaseDeps } from '../../../helpers/useCaseDeps.ts';

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('a letter saved as a PDF (issue 14.8)', () => {
  const tempDir = useTempDirs();

  it('has the free paragraph, its date and the postal address; recorded with its SHA-256; later saves reproduce it', async () => {
    const dir = tempDir();
    const { db } = seedTestDatabase(dir, 40, 'letter-pdf');
    const { on } = testUseCaseDeps(db);
    const { reference } = await registerRequest(on('2026-03-06'), {
      receivedOn: '2026-03-05',
      channel: 'letter',
      language: 'nl',
      requester: { name: 'Anna de Jong', address: 'Kerkstraat 1, 1011 AA Amsterdam' },
    });
    const out = join(dir, 'out');
    const paragraph = 'Wij hebben uw brief van 3 maart ook doorgestuurd naar onze afdeling klantenservice.';
    const first = await saveLetterPdf(
      on('2026-03-09'),
      reference,
      { kind: 'acknowledgement', freeParagraph: paragraph },
      letterPdfWriter(letterPdfInFolder(out)),
    );

    const file = join(out, first.file.fileName);
    const text = flat(pdfText(file));
    expect(text).toContain(paragraph);
    expect(text).toContain('9 maart 2026'); // the day it was made, not the day of receipt
    expect(text).toContain('uiterlijk op 7 april 2026');
    expect(text).toMatch(/Anna de Jong .*Kerkstraat 1 .*1011 AA Amsterdam/);
    expect(text).toContain('Alektum B.V.');
    // Written under its final name only (no partial left behind), recorded with the SHA-256 of those bytes, audited.
    expect(readdirSync(out)).toEqual([first.file.fileName]);
    const sha256 = createHash('sha256').update(readFileSync(file)).digest('hex');
    expect(first.file.sha256).toBe(sha256);
    expect(getRequest(db, reference).outputs).toEqual([
      expect.objectContaining({ fileName: first.file.fileName, kind: 'letter-acknowledgement', sha256 }),
    ]);
    const actions = auditEntriesForRequest(db, reference).map((e) => `${e.action}:${e.target ?? ''}`);
    expect(actions).toEqual(expect.arrayContaining(['letter.fix:acknowledgement', `export:${first.file.fileName}`]));

    // A month later, overdue now: the fixed letter is reproduced as it was (its date, its promise, its paragraph).
    const again = await saveLetterPdf(on('2026-04-20'), reference, { kind: 'acknowledgement' }, letterPdfWriter(letterPdfInFolder(out)));
    expect(flat(pdfText(join(out, again.file.fileName)))).toBe(text);
    expect(renderPlain(await writeLetter(on('2026-04-20'), reference, { kind: 'acknowledgement' }))).toContain(paragraph);
    // The free paragraph can no longer change.
    expect(
      await refusal(
        saveLetterPdf(
          on('2026-04-20'),
          reference,
          { kind: 'acknowledgement', freeParagraph: 'Iets anders.' },
          letterPdfWriter(letterPdfInFolder(out)),
        ),
      ),
    ).toMatchObject({ code: 'letter.fixed', params: { reference, letter: 'acknowledgement', fixedOn: '2026-03-09' } });
    // Only one letter.fix: the second save reproduced the fixed letter.
    expect(auditEntriesForRequest(db, reference).filter((e) => e.action === 'letter.fix')).toHaveLength(1);
    db.close();
  });

  it('the extract’s cover letter shows the postal address when it was entered at registration', async () => {
    const dir = tempDir();
    const { db, result } = seedTestDatabase(dir, 40, 'cover-address');
    const profile = subjectProfileLoader(db)([result.landmarks.debtorAndGuarantor]);
    const request = {
      reference: 'INZ-2026-0003',
      receivedOn: '2026-10-20',
      kind: 'access' as const,
      language: 'en' as const,
      subjectIds: [result.landmarks.debtorAndGuarantor],
      clerk: 'Zoë Çelik',
    };
    const signature = { signerName: 'Zoë Çelik', organisation: 'Alektum', signedAt: new Date('2026-11-01T10:00:00Z'), isDemo: true };
    const firstPage = async (requester: { name: string; address?: string }) => {
      const model = assembleExtract(profile, loadDefaultPolicy(), { ...request, requester }, '2026-11-01');
      const file = join(dir, `${requester.address ? 'with' : 'without'}.pdf`);
      writeFileSync(file, (await renderExtractPdf(model, signature)).pdf);
      return flat(execFileSync('pdftotext', ['-l', '1', '-layout', file, '-'], { encoding: 'utf8' }));
    };
    expect(await firstPage({ name: 'Zoë Çelik', address: 'Lange Nieuwstraat 12, 3512 PH Utrecht' })).toMatch(
      /Zoë Çelik .*Lange Nieuwstraat 12 .*3512 PH Utrecht/,
    );
    expect(await firstPage({ name: 'Zoë Çelik' })).not.toContain('Nieuwstraat');
    db.close();
  });
});

function renderPlain(result: { text: string }): string {
  return flat(result.text);
}
