import { copyFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEntriesForRequest } from '../../../../../electron/core/audit/auditLog.ts';
import { verifyAuditChain } from '../../../../../electron/core/audit/auditVerify.ts';
import type { Db } from '../../../../../electron/core/db/openDatabase.ts';
import { openDatabase } from '../../../../../electron/core/db/openDatabase.ts';
import type { DemoLandmarks } from '../../../../../electron/core/demo/landmarks.ts';
import { readLandmarks } from '../../../../../electron/core/demo/seedDatabase.ts';
import { previewExtract } from '../../../../../electron/core/output/extractUseCases.ts';
import {
  closeWithOutcome,
  linkSubjects,
  recordControllerInstruction,
  recordIdentity,
  recordRepresentative,
  referToController,
  registerRequest,
  requestReport,
  writeLetter,
} from '../../../../../electron/core/requests/useCases/index.ts';
import type { UseCaseDeps } from '../../../../../electron/core/store/useCaseDeps.ts';
import { coverLetter } from '../../../../../shared/extract/coverLetter.ts';
import type { Language } from '../../../../../shared/extract/extractModel.ts';
import { seedTestDatabase } from '../../../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../../../helpers/tempDir.ts';
import { refusal, testUseCaseDeps } from '../../../../helpers/useCaseDeps.ts';
import { testKeys } from '../../../../helpers/testKeys.ts';

/**
 * Issue 12.6 (processor role), 12.8 (the no-data outcome) and 12.9 (representatives) through the core
 * use cases, on the demo database, for a request in Dutch and one in English.
 */
const languages: Language[] = ['nl', 'en'];

describe('request outcomes and who is asking', () => {
  const suiteDir = useTempDirs('suite');
  const tempDir = useTempDirs();
  let template: string;
  let landmarks: DemoLandmarks;
  beforeAll(() => {
    const { db, file } = seedTestDatabase(suiteDir(), 120, 'outcomes');
    landmarks = readLandmarks(db)!;
    db.close();
    template = file;
  });

  async function fresh(): Promise<{ db: Db; on: (today: string) => UseCaseDeps }> {
    // A copy of the file: an encrypted database cannot be copied with SQLite's backup into a new, unkeyed one.
    const file = `${tempDir()}/copy.db`;
    copyFileSync(template, file);
    const db = openDatabase(file, testKeys.database);
    return { db, on: testUseCaseDeps(db).on };
  }

  const asking = (language: Language, name = 'Fatma Doğan') => ({
    receivedOn: '2026-11-02',
    channel: 'letter' as const,
    language,
    requester: { name, address: 'Lindelaan 4, 7411 AB Deventer' },
  });

  it.each(languages)('the processor path: referral, the client’s instruction, and only then an extract (%s)', async (language) => {
    const { db, on } = await fresh();
    const { reference } = await registerRequest(on('2026-11-02'), asking(language));
    await linkSubjects(on('2026-11-03'), reference, [landmarks.invoiceRecipient], { matched: ['name', 'address'] });
    // Known only as an invoice recipient: no extract on our own authority.
    expect(await refusal(previewExtract(on('2026-11-03'), { requestRef: reference }))).toEqual({
      code: 'processor.referral-required',
      params: { reference },
    });
    // Telling the person who the controller is discloses the client relation: identity first.
    expect(await refusal(referToController(on('2026-11-03'), reference))).toMatchObject({ code: 'status.identity-required' });
    await recordIdentity(on('2026-11-03'), reference, { method: 'date of birth and address match' });
    const referred = await referToController(on('2026-11-04'), reference);
    // Fatma Doğan's invoices come from two clients: both are controllers.
    expect(referred.controllers).toHaveLength(2);
    expect(referred.controllers.every((c) => c.referredOn === '2026-11-04' && c.instruction === null && c.name.length > 0)).toBe(true);
    const [first, second] = referred.controllers.map((c) => c.controllerId) as [string, string];

    // The letters: one to the person naming both controllers, one notice per client.
    const toPerson = await writeLetter(on('2026-11-04'), reference, { kind: 'processor-referral' });
    for (const c of referred.controllers) expect(toPerson.text).toContain(c.name);
    const notice = await writeLetter(on('2026-11-04'), reference, { kind: 'controller-notice', controllerId: second });
    expect(notice.letter.recipientLines[0]).toBe(referred.controllers[1]!.name);
    expect(notice.letter.concerning).toBe('Fatma Doğan');

    expect(
      await refusal(
        recordControllerInstruction(on('2026-11-10'), reference, {
          controllerId: 'ORG-NOPE',
          instruction: 'provide-extract',
          receivedOn: '2026-11-09',
        }),
      ),
    ).toEqual({ code: 'controller.unknown', params: { reference, controllerId: 'ORG-NOPE' } });
    await recordControllerInstruction(on('2026-11-10'), reference, {
      controllerId: first,
      instruction: 'provide-extract',
      receivedOn: '2026-11-09',
    });
    expect(await refusal(previewExtract(on('2026-11-10'), { requestRef: reference }))).toEqual({
      code: 'processor.instruction-missing',
      params: { reference, controllers: second },
    });
    await recordControllerInstruction(on('2026-11-11'), reference, {
      controllerId: second,
      instruction: 'provide-extract',
      receivedOn: '2026-11-11',
      note: 'e-mail of the client',
    });
    expect(await refusal(closeWithOutcome(on('2026-11-11'), reference, 'referred-to-controller'))).toMatchObject({
      code: 'outcome.instruction-provide',
    });

    // On the instruction: the extract, whose rights section points to the controllers, and no "full copy (0 records)".
    const model = await previewExtract(on('2026-11-11'), { requestRef: reference });
    expect(model.processorRecords.map((s) => s.controllerName).sort()).toEqual(referred.controllers.map((c) => c.name).sort());
    for (const right of model.rights) {
      for (const c of referred.controllers) expect(right.howTo).toContain(c.name);
      expect(right.howTo).toMatch(language === 'nl' ? /verwerkingsverantwoordelijke/ : /controller/);
    }
    const enclosed = coverLetter(model).enclosed.join('\n');
    expect(enclosed).not.toMatch(/\(0 (records|gegevens)\)/);
    expect(enclosed).toMatch(language === 'nl' ? /namens .* verwerken \(\d+ gegevens\)/ : /on behalf of .* \(\d+ records\)/);

    const trail = auditEntriesForRequest(db, reference).map((e) => [e.action, e.target ?? null]);
    expect(trail).toEqual(
      expect.arrayContaining([
        ['request.refer-controller', null],
        ['letter.print', 'processor-referral'],
        ['request.controller-instruction', first],
        ['request.controller-instruction', second],
      ]),
    );
    expect(JSON.stringify(auditEntriesForRequest(db, reference))).not.toMatch(/Fatma|Doğan|e-mail of the client/);
    expect(verifyAuditChain(db, testKeys.audit).ok).toBe(true);
    db.close();
  });

  it('the client may answer itself: the request closes as referred, and a controller’s own person cannot be referred', async () => {
    const { db, on } = await fresh();
    const { reference } = await registerRequest(on('2026-11-02'), asking('nl'));
    await recordIdentity(on('2026-11-02'), reference, { method: 'video call' });
    await linkSubjects(on('2026-11-02'), reference, [landmarks.invoiceRecipient], null);
    expect(await refusal(closeWithOutcome(on('2026-11-02'), reference, 'referred-to-controller'))).toEqual({
      code: 'letter.not-referred',
      params: { reference },
    });
    const { controllers } = await referToController(on('2026-11-03'), reference);
    for (const c of controllers) {
      await recordControllerInstruction(on('2026-11-05'), reference, {
        controllerId: c.controllerId,
        instruction: 'controller-answers',
        receivedOn: '2026-11-05',
      });
    }
    const closed = await closeWithOutcome(on('2026-11-05'), reference, 'referred-to-controller');
    expect(closed).toMatchObject({ status: 'sent', outcome: 'referred-to-controller', closedOn: '2026-11-05' });

    const debtor = await registerRequest(on('2026-11-02'), asking('nl', 'Anna de Jong'));
    await recordIdentity(on('2026-11-02'), debtor.reference, { method: 'video call' });
    await linkSubjects(on('2026-11-02'), debtor.reference, [landmarks.sharedCase.debtor], null);
    expect(await refusal(referToController(on('2026-11-03'), debtor.reference))).toEqual({
      code: 'processor.not-processor-only',
      params: { reference: debtor.reference },
    });
    db.close();
  });

  it.each(languages)('"we hold no personal data about you" ends a request where nobody matches, with its letter (%s)', async (language) => {
    const { db, on } = await fresh();
    const { reference } = await registerRequest(on('2026-11-02'), asking(language, 'Nomen Nescio'));
    const linked = await registerRequest(on('2026-11-02'), asking(language, 'Anna de Jong'));
    await recordIdentity(on('2026-11-02'), linked.reference, { method: 'video call' });
    await linkSubjects(on('2026-11-02'), linked.reference, [landmarks.sharedCase.debtor], null);
    expect(await refusal(closeWithOutcome(on('2026-11-09'), linked.reference, 'no-data'))).toEqual({
      code: 'outcome.subjects-linked',
      params: { reference: linked.reference, linked: 1 },
    });
    expect(await refusal(writeLetter(on('2026-11-09'), linked.reference, { kind: 'no-data' }))).toMatchObject({
      code: 'letter.no-data-not-applicable',
    });

    const closed = await closeWithOutcome(on('2026-11-09'), reference, 'no-data');
    expect(closed).toMatchObject({ status: 'sent', outcome: 'no-data', closedOn: '2026-11-09' });
    // No extract can be made for it: there is nobody to make it of.
    expect(await refusal(previewExtract(on('2026-11-09'), { requestRef: reference }))).toMatchObject({ code: 'request.no-subject' });
    const text = (await writeLetter(on('2026-11-09'), reference, { kind: 'no-data' })).text.replace(/\s+/g, ' ');
    expect(text).toMatch(language === 'nl' ? /Wij verwerken geen persoonsgegevens over u/ : /We hold no personal data about you/);
    expect(text).toMatch(language === 'nl' ? /Geachte Nomen Nescio,/ : /Dear Nomen Nescio,/);
    // Answered in time in the report.
    const total = (await requestReport(on('2026-11-30'))).at(-1)!;
    expect(total).toMatchObject({ received: 2, answered: 1, answeredInTime: 1 });
    expect(auditEntriesForRequest(db, reference).map((e) => [e.action, e.target ?? null])).toContainEqual(['request.outcome', 'no-data']);
    db.close();
  });

  it.each(languages)('a representative: who, in what capacity, which proof; the letters go to them (%s)', async (language) => {
    const { db, on } = await fresh();
    const { reference } = await registerRequest(on('2026-11-02'), asking(language, 'Anna de Jong'));
    expect(
      await refusal(recordRepresentative(on('2026-11-02'), reference, { name: 'B. Bewind', capacity: 'bewindvoerder', proof: ' ' })),
    ).toMatchObject({ code: 'input.invalid', params: { field: 'proof' } });
    expect(
      await refusal(recordRepresentative(on('2026-11-02'), reference, { name: 'B. Bewind', capacity: 'notary' as never, proof: 'x' })),
    ).toMatchObject({ code: 'input.invalid', params: { field: 'capacity' } });
    const recorded = await recordRepresentative(on('2026-11-03'), reference, {
      name: 'B. Bewind',
      capacity: 'bewindvoerder',
      address: 'Stationsplein 2, 3511 ED Utrecht',
      proof: 'court order (beschikking) of 1 May 2025 seen, no copy kept',
    });
    expect(recorded.representative).toEqual({
      name: 'B. Bewind',
      capacity: 'bewindvoerder',
      address: 'Stationsplein 2, 3511 ED Utrecht',
      email: null,
      proof: 'court order (beschikking) of 1 May 2025 seen, no copy kept',
      checkedOn: '2026-11-03',
      checkedBy: 'M. de Vries',
    });
    // A new administrator replaces the first; the audit trail keeps both recordings, without names.
    await recordRepresentative(on('2026-11-04'), reference, {
      name: 'C. Schuldhulp',
      capacity: 'debt-counsellor',
      email: 'c.schuldhulp@example.nl',
      proof: 'signed authorisation of 2 Nov 2026',
    });
    const { letter, text } = await writeLetter(on('2026-11-04'), reference, { kind: 'acknowledgement' });
    expect(letter.recipientLines).toEqual(['C. Schuldhulp', 'c.schuldhulp@example.nl']);
    expect(letter.salutation).toMatch(/C\. Schuldhulp,$/);
    expect(text).toMatch(language === 'nl' ? /Betrokkene: Anna de Jong/ : /Data subject: Anna de Jong/);
    expect(text).toMatch(language === 'nl' ? /als schuldhulpverlener van Anna de\s+Jong/ : /as debt counsellor of Anna de\s+Jong/);
    const trail = auditEntriesForRequest(db, reference).filter((e) => e.action === 'request.representative');
    expect(trail.map((e) => [e.target, e.details])).toEqual([
      ['bewindvoerder', { proofChecked: true, replaced: false }],
      ['debt-counsellor', { proofChecked: true, replaced: true }],
    ]);
    expect(JSON.stringify(trail)).not.toMatch(/Bewind|Schuldhulp|Anna/);
    db.close();
  });
});
