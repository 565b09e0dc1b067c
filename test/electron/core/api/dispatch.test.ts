import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { channelNames } from '../../../../shared/ipc/channelNames.ts';
import { channelInputs } from '../../../../shared/ipc/channels.ts';
import type { Handlers } from '../../../../electron/core/api/dispatch.ts';
import { dispatch, isTrustedSender } from '../../../../electron/core/api/dispatch.ts';
import { DomainError } from '../../../../shared/errors/domainError.ts';

/** Handlers that record whether they were reached: a malformed input must never get that far. */
function spyHandlers(): { handlers: Handlers; calls: string[] } {
  const calls: string[] = [];
  const handlers = Object.fromEntries(
    channelNames.map((c) => [
      c,
      async () => {
        calls.push(c);
        return null;
      },
    ]),
  ) as unknown as Handlers;
  return { handlers, calls };
}

const candidates: unknown[] = [{ nested: true }, 'text', -1.5, true, null, [], 'x'.repeat(5000), ''];

/** Malformed variants of a channel's input, derived from its schema: wrong shapes, extra keys, each field broken in turn. */
function malformedInputs(schema: z.ZodType): { label: string; input: unknown }[] {
  const bad: { label: string; input: unknown }[] = [
    { label: 'undefined', input: undefined },
    { label: 'null', input: null },
    { label: 'a string', input: 'hello' },
    { label: 'an array', input: [] },
    { label: 'an extra key', input: { ...validExample(schema), injected: 'DROP TABLE subjects' } },
  ];
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape ?? {};
  for (const [key, field] of Object.entries(shape)) {
    const wrong = candidates.find((value) => !field.safeParse(value).success);
    if (wrong !== undefined)
      bad.push({ label: `${key} = ${JSON.stringify(wrong).slice(0, 20)}`, input: { ...validExample(schema), [key]: wrong } });
    if (!field.safeParse(undefined).success) {
      const { [key]: _dropped, ...rest } = validExample(schema);
      bad.push({ label: `${key} missing`, input: rest });
    }
  }
  return bad;
}

/** A valid input per channel, so that each malformed variant differs from an accepted input in one way only. */
const examples: Record<string, Record<string, unknown>> = {
  'settings:update': { language: 'nl' },
  'settings:useRegister': { file: '/home/clerk/register.json' },
  'settings:useCertificate': { file: '/home/clerk/clerk.p12', passphrase: 'correct horse' },
  'settings:useOutputFolder': { folder: '/home/clerk/Inzage' },
  'settings:addTrustAnchor': { file: '/home/clerk/ca.pem' },
  'settings:removeTrustAnchor': { fingerprint: 'ab'.repeat(32) },
  'dialog:chooseFile': { purpose: 'certificate' },
  'dialog:chooseFolder': { purpose: 'output' },
  'search:subjects': { query: 'jan', limit: 10 },
  'request:list': {},
  'request:create': { requesterName: 'A', kind: 'access', language: 'nl', receivedOn: '2026-11-01', channel: 'letter' },
  'request:get': { requestId: 'R1' },
  'request:linkSubjects': { requestId: 'R1', subjectIds: ['SUB-1'], reason: 'name and birth date' },
  'request:setStatus': { requestId: 'R1', status: 'in-progress' },
  'request:rejectSubject': { requestId: 'R1', subjectId: 'SUB-2', reason: 'other date of birth' },
  'request:unlinkSubject': { requestId: 'R1', subjectId: 'SUB-1', reason: 'linked by mistake' },
  'request:addNote': { requestId: 'R1', text: 'called back' },
  'request:checkIdentity': { requestId: 'R1', method: 'known e-mail and birth date' },
  'request:extend': { requestId: 'R1', reason: 'many records across 80 cases' },
  'request:setRepresentative': { requestId: 'R1', name: 'B. Bewind', capacity: 'bewindvoerder', proof: 'court order of 1 May 2026 seen' },
  'request:closeWithOutcome': { requestId: 'R1', outcome: 'no-data' },
  'request:referToController': { requestId: 'R1' },
  'request:recordInstruction': { requestId: 'R1', controllerId: 'ORG1', instruction: 'provide-extract', receivedOn: '2026-11-20' },
  'redaction:add': { requestId: 'R1', recordKind: 'payments', recordId: 'PAY-1', reason: 'third-party-data' },
  'redaction:remove': { requestId: 'R1', recordKind: 'payments', recordId: 'PAY-1' },
  'extract:preview': { requestId: 'R1' },
  'redaction:withholdCase': { requestId: 'R1', caseId: 'C-1', reason: 'legal-privilege' },
  'review:marks': { requestId: 'R1' },
  'review:mark': { requestId: 'R1', categoryId: 'contact-history', reviewed: true },
  'review:unreviewed': { requestId: 'R1' },
  'extract:previewPdf': { requestId: 'R1' },
  'extract:review': { requestId: 'R1', language: 'en', firstPageLimit: 25 },
  'extract:page': { subjectId: 'SUB-1', categoryId: 'contact', offset: 0, limit: 50, filter: 'iban' },
  'export:start': { requestId: 'R1', archive: false },
  'export:verify': { requestId: 'INZ-2026-0001' },
  'export:openFolder': { requestId: 'INZ-2026-0001' },
  'audit:list': { limit: 10, offset: 0 },
  'audit:verify': {},
  'demo:rebuild': { subjects: 500, confirm: 'DEMO' },
  'letter:fix': { requestId: 'INZ-2026-0001', letterId: 'acknowledgement', freeParagraph: 'We also wrote to you by e-mail.' },
  'letter:savePdf': { requestId: 'INZ-2026-0001', letterId: 'controller-notice:ORG0000004' },
  'letter:print': { requestId: 'INZ-2026-0001', letterId: 'acknowledgement' },
  'team:queue': { mine: true },
  'team:dueSoon': {},
  'team:request': { requestId: 'INZ-2026-0001' },
  'team:take': { requestId: 'INZ-2026-0001', version: 3 },
  'team:handOver': { requestId: 'INZ-2026-0001', version: 3, to: 'Bram' },
  'team:approve': { requestId: 'INZ-2026-0001', version: 4 },
  'team:reject': { requestId: 'INZ-2026-0001', version: 4, reason: 'Redact the co-debtor' },
  // team-wiring (issue 15.1)
  'settings:testTeamDatabase': { url: 'postgres://clerk@db.example.nl:5432/inzage', password: 'synthetic-pw' },
  'settings:useTeamDatabase': { url: 'postgres://clerk@db.example.nl:5432/inzage', password: 'synthetic-pw' },
  // docs-window (issue 16.3, 16.5)
  'document:list': { requestId: 'INZ-2026-0001' },
  'document:view': { requestId: 'INZ-2026-0001', documentId: 'DOC-1' },
  'document:file': { requestId: 'INZ-2026-0001', documentId: 'DOC-1' },
  'document:decideMention': { requestId: 'INZ-2026-0001', documentId: 'DOC-1', decision: 'dismissed', reason: 'About a namesake' },
  'document:redact': {
    requestId: 'INZ-2026-0001',
    documentId: 'DOC-1',
    target: { kind: 'area', page: 1, x: 10, y: 20, width: 100, height: 12.5 },
    reason: 'other',
    note: 'A neighbour',
  },
  'document:liftRedaction': { requestId: 'INZ-2026-0001', redactionId: 3, reason: 'Own name' },
};
function validExample(schema: z.ZodType): Record<string, unknown> {
  const channel = channelNames.find((c) => channelInputs[c] === schema)!;
  return { ...(examples[channel] ?? {}) };
}

describe('dispatch: every IPC channel validates its input', () => {
  for (const channel of channelNames) {
    it(`${channel} accepts its valid example and rejects malformed input before the handler`, async () => {
      const { handlers, calls } = spyHandlers();
      const ok = await dispatch(handlers, channel, validExample(channelInputs[channel]));
      expect(ok).toEqual({ ok: true, value: null });
      expect(calls).toEqual([channel]);
      const bad = malformedInputs(channelInputs[channel]);
      // Beyond the five wrong shapes, every field of the input is tried with a wrong value or left out.
      const fields = Object.keys((channelInputs[channel] as unknown as { shape?: object }).shape ?? {});
      for (const field of fields)
        expect(
          bad.some((b) => b.label.startsWith(`${field} `)),
          `${channel}: no malformed ${field}`,
        ).toBe(true);
      for (const { label, input } of bad) {
        const result = await dispatch(handlers, channel, input);
        expect(result, `${channel} with ${label}`).toMatchObject({ ok: false, error: { code: 'input.invalid' } });
      }
      expect(calls).toEqual([channel]);
    });
  }

  it('sets no path through settings:update: files and folders come only through the dialog channels', async () => {
    const { handlers, calls } = spyHandlers();
    for (const key of ['outputFolder', 'policyFile', 'certificateFile', 'certificatePassphrase']) {
      expect(await dispatch(handlers, 'settings:update', { [key]: '/etc/passwd' }), key).toMatchObject({
        ok: false,
        error: { code: 'input.invalid' },
      });
    }
    expect(await dispatch(handlers, 'dialog:chooseFile', { purpose: 'database' })).toMatchObject({
      ok: false,
      error: { code: 'input.invalid' },
    });
    expect(calls).toEqual([]);
  });

  it('refuses channels that are not in the contract', async () => {
    const { handlers, calls } = spyHandlers();
    for (const channel of ['db:exec', 'app:info ', '', 42, null, '__proto__', 'constructor']) {
      expect(await dispatch(handlers, channel, {})).toMatchObject({ ok: false, error: { code: 'ipc.unknown-channel' } });
    }
    expect(calls).toEqual([]);
  });

  it('wraps a failing handler without leaking its message, and passes deliberate errors on', async () => {
    const { handlers } = spyHandlers();
    handlers['app:info'] = async () => {
      throw new Error('Jan van den Berg, 1984-03-12');
    };
    const result = await dispatch(handlers, 'app:info', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', params: { detail: 'Error' } } });
    expect(JSON.stringify(result)).not.toContain('Jan');

    handlers['app:info'] = async () => {
      throw new DomainError('request.not-found', { reference: 'INZ-2026-0099' });
    };
    expect(await dispatch(handlers, 'app:info', {})).toEqual({
      ok: false,
      error: {
        code: 'request.not-found',
        params: { reference: 'INZ-2026-0099' },
        message: 'There is no request with reference INZ-2026-0099.',
      },
    });
  });

  /** Failures nobody raised on purpose, as the OS and SQLite raise them: a code with a next step, never their text. */
  const unplanned: { what: string; error: () => Error; code: string }[] = [
    { what: 'SQLITE_BUSY', error: () => Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }), code: 'storage.busy' },
    {
      what: 'SQLITE_FULL',
      error: () => Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }),
      code: 'storage.failed',
    },
    {
      what: 'EACCES on mkdir',
      error: () => Object.assign(new Error("EACCES: permission denied, mkdir '/home/anna/Inzage'"), { code: 'EACCES', syscall: 'mkdir' }),
      code: 'output.folder-unwritable',
    },
    {
      what: 'EPERM on rename',
      error: () =>
        Object.assign(new Error("EPERM: operation not permitted, rename '/home/anna/x.tmp'"), { code: 'EPERM', syscall: 'rename' }),
      code: 'output.folder-unwritable',
    },
    {
      what: 'ENOENT on open',
      error: () =>
        Object.assign(new Error("ENOENT: no such file or directory, open '/home/anna/cert.p12'"), { code: 'ENOENT', syscall: 'open' }),
      code: 'file.unreadable',
    },
    { what: 'a TypeError', error: () => new TypeError("Cannot read properties of undefined (reading 'Jan')"), code: 'internal' },
  ];
  it.each(unplanned)('maps $what to $code without its message or a path', async ({ error, code }) => {
    const { handlers } = spyHandlers();
    handlers['app:info'] = async () => {
      throw error();
    };
    const result = await dispatch(handlers, 'app:info', {});
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect(JSON.stringify(result)).not.toMatch(/\/home|anna|Jan|locked|EACCES|EPERM|ENOENT/);
  });
});

describe('isTrustedSender', () => {
  it('trusts only the main frame of the app origin', () => {
    expect(isTrustedSender('app://inzage/index.html', true)).toBe(true);
    expect(isTrustedSender('app://inzage/index.html', false)).toBe(false);
    expect(isTrustedSender('https://example.com/', true)).toBe(false);
    expect(isTrustedSender('file:///etc/passwd', true)).toBe(false);
    expect(isTrustedSender('app://evil/index.html', true)).toBe(false);
    expect(isTrustedSender(undefined, true)).toBe(false);
    expect(isTrustedSender('not a url', true)).toBe(false);
  });
});
