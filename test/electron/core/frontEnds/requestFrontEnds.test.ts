import { beforeAll, describe, expect, it } from 'vitest';
import type { FrontEndRow, FrontEndStep } from '../../../helpers/frontEnds.ts';
import { compareFrontEnds, expectedOutcomes, frontEndTemplate, readViaCli, readViaIpc } from '../../../helpers/frontEnds.ts';
import type { ReportSummary } from '../../../../shared/ipc/types.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

/**
 * The request register's use cases through both front ends (issue 11, "Done when"): the same action
 * given to the window's IPC handlers and to `inzage request …` must leave the same request rows, status
 * history, pauses, subjects, redactions, notes and audit entries (timestamps and hashes aside).
 */
const ref = 'INZ-2026-0001';

const register: FrontEndStep = {
  ipc: {
    channel: 'request:create',
    input: {
      requesterName: 'Anna de Jong',
      requesterAddress: 'Kerkstraat 1, 1011 AA Amsterdam',
      kind: 'both',
      language: 'en',
      receivedOn: '2026-11-20',
      channel: 'letter',
    },
  },
  cli: [
    'request',
    'new',
    '--received',
    '2026-11-20',
    '--channel',
    'letter',
    '--requester',
    'Anna de Jong',
    '--address',
    'Kerkstraat 1, 1011 AA Amsterdam',
    '--kind',
    'both',
    '--lang',
    'en',
  ],
};

const identity: FrontEndStep = {
  ipc: { channel: 'request:checkIdentity', input: { requestId: ref, method: 'ID card shown at the desk, no copy kept' } },
  cli: ['request', 'identity', ref, '--method', 'ID card shown at the desk, no copy kept'],
};

const status = (to: string, reason?: string): FrontEndStep => ({
  ipc: { channel: 'request:setStatus', input: { requestId: ref, status: to, ...(reason ? { reason } : {}) } },
  cli: ['request', 'status', ref, to, ...(reason ? ['--reason', reason] : [])],
});

const link = (subjectId: string): FrontEndStep => ({
  ipc: { channel: 'request:linkSubjects', input: { requestId: ref, subjectIds: [subjectId], reason: 'name and date of birth' } },
  cli: ['request', 'link', ref, subjectId, '--evidence', JSON.stringify({ acceptedOn: 'name and date of birth' })],
});

const rows: FrontEndRow[] = [
  { name: 'register a request', steps: () => [register] },
  // The divergence issue 11 names: the CLI left a fresh request "received" after the identity check.
  { name: 'record identity (a fresh request moves on to in-progress)', steps: () => [register, identity] },
  { name: 'pause for identity information, resume when it arrives', steps: () => [register, status('identity-pending'), identity] },
  {
    name: 'link a subject, reject a namesake, unlink with a reason',
    steps: ({ namesakes: [person, namesake] }) => [
      register,
      identity,
      link(person),
      {
        ipc: { channel: 'request:rejectSubject', input: { requestId: ref, subjectId: namesake, reason: 'other date of birth' } },
        cli: ['request', 'reject', ref, namesake, '--reason', 'other date of birth'],
      },
      {
        ipc: { channel: 'request:unlinkSubject', input: { requestId: ref, subjectId: person, reason: 'the address is a former one' } },
        cli: ['request', 'unlink', ref, person, '--reason', 'the address is a former one'],
      },
    ],
  },
  {
    // Issue 14.2: "not this person" keeps the entry dismissed; linking it anyway is a confirmed, audited override.
    name: 'a dismissed namesake is not linked again unless the rejection is overridden',
    steps: ({ namesakes: [, namesake] }) => [
      register,
      identity,
      {
        ipc: { channel: 'request:rejectSubject', input: { requestId: ref, subjectId: namesake, reason: 'other date of birth' } },
        cli: ['request', 'reject', ref, namesake, '--reason', 'other date of birth'],
      },
      { ...link(namesake), refused: { code: 'subject.rejected-before', params: { reference: ref, subjectId: namesake } } },
      {
        ipc: {
          channel: 'request:linkSubjects',
          input: { requestId: ref, subjectIds: [namesake], reason: 'name and date of birth', overrideRejection: true },
        },
        cli: [
          'request',
          'link',
          ref,
          namesake,
          '--evidence',
          JSON.stringify({ acceptedOn: 'name and date of birth' }),
          '--override-rejection',
        ],
      },
    ],
  },
  {
    name: 'redact a field and a record, lift the clerk’s own and an automatic redaction',
    steps: ({ sharedCase, debtorRecords: { caseParty, letter }, coDebtorCaseParty }) => [
      register,
      identity,
      link(sharedCase.debtor),
      // Issue 13: a misspelt table names no record of the linked subject and is refused by both.
      {
        ipc: { channel: 'redaction:add', input: { requestId: ref, recordKind: 'comunications', recordId: letter, reason: 'other' } },
        cli: ['request', 'redact', ref, '--record', `comunications:${letter}`, '--reason', 'other'],
        refused: { code: 'redaction.record-not-found', params: { reference: ref, record: `comunications:${letter}` } },
      },
      {
        ipc: {
          channel: 'redaction:add',
          input: {
            requestId: ref,
            recordKind: 'case_parties',
            recordId: caseParty,
            field: 'subject_id',
            reason: 'third-party-data',
            note: 'co-debtor',
          },
        },
        cli: [
          'request',
          'redact',
          ref,
          '--record',
          `case_parties:${caseParty}`,
          '--field',
          'subject_id',
          '--reason',
          'third-party-data',
          '--note',
          'co-debtor',
        ],
      },
      {
        ipc: {
          channel: 'redaction:add',
          input: { requestId: ref, recordKind: 'communications', recordId: letter, reason: 'legal-privilege' },
        },
        cli: ['request', 'redact', ref, '--record', `communications:${letter}`, '--reason', 'legal-privilege'],
      },
      {
        ipc: { channel: 'redaction:remove', input: { requestId: ref, recordKind: 'communications', recordId: letter } },
        cli: ['request', 'unredact', ref, '--record', `communications:${letter}`],
      },
      // Issue 12.4: a key that names no withholding lifts nothing; an automatic one (another person's data)
      // needs a reason and a confirmation, in the window and on the command line alike.
      {
        ipc: { channel: 'redaction:remove', input: { requestId: ref, recordKind: 'cases', recordId: 'C9', field: 'description' } },
        cli: ['request', 'unredact', ref, '--record', 'cases:C9', '--field', 'description'],
        refused: { code: 'redaction.lift-nothing', params: { reference: ref, target: 'cases:C9:description' } },
      },
      {
        ipc: { channel: 'redaction:remove', input: { requestId: ref, recordKind: 'case_parties', recordId: coDebtorCaseParty } },
        cli: ['request', 'unredact', ref, '--record', `case_parties:${coDebtorCaseParty}`],
        refused: { code: 'redaction.lift-reason-required', params: { reference: ref, target: `case_parties:${coDebtorCaseParty}:*` } },
      },
      {
        ipc: {
          channel: 'redaction:remove',
          input: { requestId: ref, recordKind: 'case_parties', recordId: coDebtorCaseParty, reason: 'Written consent of the co-debtor' },
        },
        cli: ['request', 'unredact', ref, '--record', `case_parties:${coDebtorCaseParty}`, '--reason', 'Written consent of the co-debtor'],
        refused: { code: 'redaction.lift-unconfirmed', params: { reference: ref, target: `case_parties:${coDebtorCaseParty}:*` } },
      },
      {
        ipc: {
          channel: 'redaction:remove',
          input: {
            requestId: ref,
            recordKind: 'case_parties',
            recordId: coDebtorCaseParty,
            reason: 'Written consent of the co-debtor',
            confirmed: true,
          },
        },
        cli: [
          'request',
          'unredact',
          ref,
          '--record',
          `case_parties:${coDebtorCaseParty}`,
          '--reason',
          'Written consent of the co-debtor',
          '--confirm',
        ],
      },
    ],
  },
  {
    name: 'extend the deadline with reasons',
    steps: () => [
      register,
      {
        ipc: { channel: 'request:extend', input: { requestId: ref, reason: '14 cases over 9 years' } },
        cli: ['request', 'extend', ref, '--reason', '14 cases over 9 years'],
      },
    ],
  },
  {
    // Issue 12: a deadline cannot be cured after the fact. Received 1 Oct 2026, due 2 Nov 2026 (1 Nov is a
    // Sunday); on 23 Nov a pause for identity is refused by both, and a verified identity cannot be re-asked.
    name: 'refusals: a late pause, and a pause after the identity was verified',
    steps: () => [
      {
        ipc: { channel: 'request:create', input: { ...(register.ipc.input as object), receivedOn: '2026-10-01' } },
        cli: register.cli.map((arg) => (arg === '2026-11-20' ? '2026-10-01' : arg)),
      },
      {
        ...status('identity-pending'),
        refused: { code: 'pause.after-due', params: { reference: ref, due: '2026-11-02', today: '2026-11-23', daysLate: 21 } },
      },
      { ...status('refused', 'manifestly unfounded') },
    ],
  },
  {
    name: 'refusals: no second identity pause once the identity is verified',
    steps: () => [
      register,
      identity,
      { ...status('identity-pending'), refused: { code: 'pause.identity-verified', params: { reference: ref, checkedOn: '2026-11-23' } } },
    ],
  },
  { name: 'change status: refuse with reasons', steps: () => [register, status('refused', 'manifestly unfounded')] },
  // Issue 12.9: someone acting for the person, with the proof of authority checked; recording again replaces it.
  {
    name: 'record a representative (a bewindvoerder, then a debt counsellor)',
    steps: () => [
      register,
      {
        ipc: {
          channel: 'request:setRepresentative',
          input: {
            requestId: ref,
            name: 'B. Bewind',
            capacity: 'bewindvoerder',
            address: 'Stationsplein 2, Utrecht',
            proof: 'court order seen',
          },
        },
        cli: [
          'request',
          'representative',
          ref,
          '--name',
          'B. Bewind',
          '--capacity',
          'bewindvoerder',
          '--address',
          'Stationsplein 2, Utrecht',
          '--proof',
          'court order seen',
        ],
      },
      {
        ipc: {
          channel: 'request:setRepresentative',
          input: {
            requestId: ref,
            name: 'C. Hulp',
            capacity: 'debt-counsellor',
            email: 'c.hulp@example.nl',
            proof: 'signed authorisation',
          },
        },
        cli: [
          'request',
          'representative',
          ref,
          '--name',
          'C. Hulp',
          '--capacity',
          'debt-counsellor',
          '--email',
          'c.hulp@example.nl',
          '--proof',
          'signed authorisation',
        ],
      },
    ],
  },
  // Issue 12.8: "we hold no personal data about you" as an outcome of its own, refused while someone is linked.
  {
    name: 'close with "no personal data": refused while a person is linked, then after unlinking',
    steps: ({ namesakes: [person] }) => [
      register,
      identity,
      link(person),
      {
        ipc: { channel: 'request:closeWithOutcome', input: { requestId: ref, outcome: 'no-data' } },
        cli: ['request', 'close', ref, '--outcome', 'no-data'],
        refused: { code: 'outcome.subjects-linked', params: { reference: ref, linked: 1 } },
      },
      {
        ipc: { channel: 'request:unlinkSubject', input: { requestId: ref, subjectId: person, reason: 'other date of birth' } },
        cli: ['request', 'unlink', ref, person, '--reason', 'other date of birth'],
      },
      {
        ipc: { channel: 'request:closeWithOutcome', input: { requestId: ref, outcome: 'no-data' } },
        cli: ['request', 'close', ref, '--outcome', 'no-data'],
      },
    ],
  },
  // Issue 12.6: the processor role: refer to the clients, record their instructions, close as referred.
  {
    name: 'refer a processor-only request to its controllers, record their instructions, close as referred',
    steps: ({ invoiceRecipient, invoiceClients: [first, second], sharedCase }) => [
      register,
      identity,
      link(sharedCase.debtor),
      {
        ipc: { channel: 'request:referToController', input: { requestId: ref } },
        cli: ['request', 'refer', ref],
        refused: { code: 'processor.not-processor-only', params: { reference: ref } },
      },
      {
        ipc: { channel: 'request:unlinkSubject', input: { requestId: ref, subjectId: sharedCase.debtor, reason: 'not her' } },
        cli: ['request', 'unlink', ref, sharedCase.debtor, '--reason', 'not her'],
      },
      link(invoiceRecipient),
      { ipc: { channel: 'request:referToController', input: { requestId: ref } }, cli: ['request', 'refer', ref] },
      ...[first!, second!].map((controllerId): FrontEndStep => ({
        ipc: {
          channel: 'request:recordInstruction',
          input: { requestId: ref, controllerId, instruction: 'controller-answers', receivedOn: '2026-11-20', note: 'answers itself' },
        },
        cli: [
          'request',
          'instruction',
          ref,
          '--controller',
          controllerId,
          '--instruction',
          'controller-answers',
          '--received',
          '2026-11-20',
          '--note',
          'answers itself',
        ],
      })),
      {
        ipc: { channel: 'request:closeWithOutcome', input: { requestId: ref, outcome: 'referred-to-controller' } },
        cli: ['request', 'close', ref, '--outcome', 'referred-to-controller'],
      },
    ],
  },
  {
    name: 'add a note',
    steps: () => [
      register,
      {
        ipc: { channel: 'request:addNote', input: { requestId: ref, text: 'Called back to confirm the address' } },
        cli: ['request', 'note', ref, 'Called back to confirm the address'],
      },
    ],
  },
  {
    name: 'refusals: the same code from both, nothing written',
    steps: ({ namesakes: [person] }) => [
      register,
      { ...status('in-progress'), refused: { code: 'status.identity-required', params: { reference: ref, to: 'in-progress' } } },
      { ...status('refused'), refused: { code: 'status.reason-required', params: { reference: ref, to: 'refused' } } },
      {
        ipc: { channel: 'request:unlinkSubject', input: { requestId: ref, subjectId: person, reason: 'mistake' } },
        cli: ['request', 'unlink', ref, person, '--reason', 'mistake'],
        refused: { code: 'subject.not-linked', params: { reference: ref, subjectId: person } },
      },
      {
        ipc: { channel: 'request:setStatus', input: { requestId: 'INZ-2026-0099', status: 'ready' } },
        cli: ['request', 'status', 'INZ-2026-0099', 'ready'],
        refused: { code: 'request.not-found', params: { reference: 'INZ-2026-0099' } },
      },
      identity,
      {
        ipc: { channel: 'request:extend', input: { requestId: ref, reason: 'more' } },
        cli: ['request', 'extend', ref, '--reason', 'more'],
      },
      {
        ipc: { channel: 'request:extend', input: { requestId: ref, reason: 'again' } },
        cli: ['request', 'extend', ref, '--reason', 'again'],
        refused: { code: 'extension.already', params: { reference: ref, recordedOn: '2026-11-23' } },
      },
    ],
  },
];

describe('the request register through both front ends', () => {
  const suiteDir = useTempDirs('suite');
  const tempDir = useTempDirs();
  let template: ReturnType<typeof frontEndTemplate>;
  beforeAll(() => {
    template = frontEndTemplate(suiteDir());
  });

  it.each(rows)('$name', async (row) => {
    const result = await compareFrontEnds(row, template, tempDir());
    const expected = expectedOutcomes(result.steps);
    expect(result.ipc.outcomes).toEqual(expected.ipc);
    expect(result.cli.outcomes).toEqual(expected.cli);
    expect(result.cli.snapshot).toEqual(result.ipc.snapshot);
    // The row did something: the register and the audit trail grew.
    expect(result.ipc.snapshot.requests).toHaveLength(1);
    expect(result.ipc.snapshot.audit_log!.length).toBeGreaterThan(result.before.audit_log!.length);
  });

  it('reads the same report and audit trail through both front ends afterwards', async () => {
    const dir = tempDir();
    const refused = rows.find((r) => r.name.startsWith('change status'))!;
    const result = await compareFrontEnds(
      { name: 'two requests, one refused', steps: (demo) => [...refused.steps(demo), register] },
      template,
      dir,
    );
    expect(result.cli.snapshot).toEqual(result.ipc.snapshot);

    // The register's figures: report:summary (window) and `inzage report --json` (its total row).
    const summary = await readViaIpc<ReportSummary>(result.files.ipc, dir, 'report:summary', {});
    const report = await readViaCli(result.files.cli, ['report', '--json']);
    const total = (
      JSON.parse(report.out) as { report: { month: string; received: number; answered: number; overdue: number }[] }
    ).report.at(-1)!;
    expect(total).toMatchObject({ month: 'total', received: summary.total, answered: summary.answered, overdue: summary.overdue });
    expect(summary).toMatchObject({ total: 2, answered: 1, open: 1, byStatus: { refused: 1, received: 1 } });

    // The audit trail of one request: audit:list (newest first) and `inzage audit export`, and the chain holds in both.
    const listed = await readViaIpc<{ entries: { action: string; subjectId: string | null }[] }>(result.files.ipc, dir, 'audit:list', {
      limit: 100,
      offset: 0,
      requestId: ref,
    });
    const exported = JSON.parse((await readViaCli(result.files.cli, ['audit', 'export', '--request', ref])).out) as {
      chain: { ok: boolean };
      entries: { action: string }[];
    };
    expect(exported.chain.ok).toBe(true);
    expect(exported.entries.map((e) => e.action)).toEqual(listed.entries.map((e) => e.action).reverse());
    expect(exported.entries.map((e) => e.action)).toEqual(['request.create', 'request.status']);
    expect((await readViaCli(result.files.ipc, ['audit', 'verify'])).code).toBe(0);
  });
});
