import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../electron/core/api/dispatch.ts';
import type { DocumentFile, DocumentView } from '../../../../../shared/documents/documentView.ts';
import type { RequestDocuments } from '../../../../../shared/documents/requestDocuments.ts';
import { seedTestDatabase, withoutDemoDocuments } from '../../../../helpers/demoDatabase.ts';
import { sharedCaseLetter, THIRD_PARTY } from '../../../../helpers/documentRequest.ts';
import { createTestHandlers } from '../../../../helpers/handlerHarness.ts';
import { useTempDirs } from '../../../../helpers/tempDir.ts';

const tempDir = useTempDirs('test');

/** The review's document channels (issue 16.3, 16.5) over the real handlers and a seeded demo database. */
describe('document: channels', () => {
  async function harness(whom: 'debtor' | 'coDebtor') {
    const dir = tempDir();
    const { db, file } = seedTestDatabase(dir, 400, 'doc-channel');
    withoutDemoDocuments(db);
    const fixture = await sharedCaseLetter(db, whom);
    db.close();
    const h = createTestHandlers(dir, { databaseFile: file });
    const call = async <T>(channel: string, input: unknown): Promise<T> => {
      const result = await dispatch(h.handlers, channel, input);
      if (!result.ok) throw Object.assign(new Error(`${channel}: ${result.error.code}`), { code: result.error.code });
      return result.value as T;
    };
    const refused = async (channel: string, input: unknown) => {
      const result = await dispatch(h.handlers, channel, input);
      return result.ok ? 'accepted' : result.error.code;
    };
    return { h, call, refused, ...fixture };
  }

  it("lists the request's documents, shows one with its pages and file, redacts a stretch of text and lifts it", async () => {
    const { h, call, reference, letter } = await harness('coDebtor');
    try {
      const list = await call<RequestDocuments>('document:list', { requestId: reference });
      expect(list.documents.map((d) => [d.document.id, d.link, d.reading.status])).toEqual([[letter.id, 'person', 'read']]);

      const view = await call<DocumentView>('document:view', { requestId: reference, documentId: letter.id });
      expect(view.pages.map((p) => p.page)).toEqual([1, 2]);
      expect(view.pages[0]!.words.map((w) => w.text)).toContain('Wiersma');
      const file = await call<DocumentFile>('document:file', { requestId: reference, documentId: letter.id });
      expect(file.mediaType).toBe('application/pdf');
      const bytes = Buffer.from(file.base64, 'base64');
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // The bytes are the kept file, not a rendering: pdftotext finds the letter's words in them.
      expect(execFileSync('pdftotext', ['-', '-'], { input: bytes }).toString()).toContain(THIRD_PARTY);

      const start = view.pages[0]!.text.indexOf(THIRD_PARTY);
      const target = { kind: 'text', page: 1, start, end: start + THIRD_PARTY.length };
      const redacted = await call<DocumentView>('document:redact', {
        requestId: reference,
        documentId: letter.id,
        target,
        reason: 'third-party-data',
      });
      expect(redacted.redactions.map((r) => [r.target, r.reason, r.by])).toEqual([[target, 'third-party-data', 'Test Clerk']]);
      const listed = await call<RequestDocuments>('document:list', { requestId: reference });
      expect(listed.documents[0]!.redactionCount).toBe(1);

      const lifted = await call<DocumentView>('document:liftRedaction', {
        requestId: reference,
        redactionId: redacted.redactions[0]!.id,
        reason: 'Named by the person themselves',
      });
      expect(lifted.redactions).toEqual([]);
      const audit = await call<{ entries: { action: string }[] }>('audit:list', { limit: 50, offset: 0, requestId: reference });
      expect(audit.entries.map((e) => e.action)).toEqual(expect.arrayContaining(['document.redact', 'document.lift-redaction']));
    } finally {
      h.close();
    }
  });

  it('refuses documents outside the request, malformed targets and a dismissal without reason', async () => {
    const { h, refused, reference, letter, foreign } = await harness('coDebtor');
    try {
      expect(await refused('document:view', { requestId: reference, documentId: foreign.id })).toBe('document.not-in-request');
      expect(await refused('document:file', { requestId: reference, documentId: foreign.id })).toBe('document.not-in-request');
      expect(await refused('document:view', { requestId: reference, documentId: 'DOC-NONE' })).toBe('document.not-found');
      const redact = (target: unknown, extra: object = {}) =>
        refused('document:redact', { requestId: reference, documentId: letter.id, target, reason: 'third-party-data', ...extra });
      expect(await redact({ kind: 'text', page: 0, start: 0, end: 3 })).toBe('input.invalid');
      expect(await redact({ kind: 'area', page: 1, x: -1, y: 0, width: 5, height: 5 })).toBe('input.invalid');
      expect(await redact({ kind: 'text', page: 1, start: 0, end: 3, extra: 1 })).toBe('input.invalid');
      expect(await redact({ kind: 'text', page: 1, start: 0, end: 100_000 })).toBe('document.target-outside');
      expect(await redact({ kind: 'text', page: 1, start: 0, end: 3 }, { reason: 'other' })).toBe('redaction.note-required');
      expect(await refused('document:decideMention', { requestId: reference, documentId: letter.id, decision: 'dismissed' })).toBe(
        'document.dismiss-reason-required',
      );
      expect(await refused('document:decideMention', { requestId: reference, documentId: foreign.id, decision: 'added' })).toBe(
        'document.not-a-mention',
      );
    } finally {
      h.close();
    }
  });
});
