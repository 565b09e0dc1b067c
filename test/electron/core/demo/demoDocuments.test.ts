import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../electron/core/db/openDatabase.ts';
import { DEMO_PDF_PASSWORD, DEMO_THIRD_PARTY_NAME } from '../../../../electron/core/demo/demoDocuments.ts';
import type { DemoLandmarks } from '../../../../electron/core/demo/landmarks.ts';
import { readLandmarks } from '../../../../electron/core/demo/seedDatabase.ts';
import { sha256Hex } from '../../../../electron/core/documents/sqliteDocumentRepository.ts';
import { formatCents } from '../../../../shared/extract/format.ts';
import { seedTestDatabase } from '../../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

interface Row {
  id: string;
  case_id: string | null;
  subject_id: string | null;
  kind: string;
  date: string;
  direction: string;
  media_type: string;
  sha256: string;
  parent_id: string | null;
  file_name: string;
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('demo documents (issue 16.1)', () => {
  const suiteDir = useTempDirs('suite');
  let db: Db;
  let dir: string;
  let landmarks: DemoLandmarks;
  const doc = (id: string) => db.prepare('SELECT * FROM documents WHERE id = ?').get(id) as Row;
  const file = (id: string): Buffer =>
    db.prepare('SELECT f.content FROM documents d JOIN document_files f USING (sha256) WHERE d.id = ?').pluck().get(id) as Buffer;
  const saved = (id: string): string => {
    const path = join(dir, `${id}-${doc(id).file_name}`);
    writeFileSync(path, file(id));
    return path;
  };

  beforeAll(() => {
    dir = suiteDir();
    ({ db } = seedTestDatabase(dir, 400));
    landmarks = readLandmarks(db)!;
  });
  afterAll(() => db.close());

  it('stores every file under the SHA-256 of its bytes, once, and leaves the documents for the reader', () => {
    const ids = Object.values(landmarks.documents).flat();
    expect(new Set(ids).size).toBe(10);
    for (const id of ids) expect(sha256Hex(file(id))).toBe(doc(id).sha256);
    // The confirmation went out as the e-mail's attachment only: one file, one document.
    expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(10);
    expect(db.prepare('SELECT count(*) FROM document_readings').pluck().get()).toBe(0);
  });

  it('files the agency letters under the debtor and her case, with the claim’s own amounts', () => {
    const { caseId, debtor } = landmarks.sharedCase;
    const claim = db.prepare('SELECT principal_cents, interest_cents, costs_cents FROM claims WHERE case_id = ?').get(caseId) as {
      principal_cents: number;
      interest_cents: number;
      costs_cents: number;
    };
    const [reminder, demand, confirmation] = landmarks.documents.letters.map((id) => {
      const row = doc(id);
      expect(row).toMatchObject({
        kind: 'letter-sent',
        direction: 'outgoing',
        subject_id: debtor,
        case_id: caseId,
        media_type: 'application/pdf',
      });
      expect(execFileSync('qpdf', ['--check', saved(id)], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors');
      return flat(execFileSync('pdftotext', [saved(id), '-'], { encoding: 'utf8' }));
    });
    expect(reminder).toContain('Aanmaning');
    expect(reminder).toContain(`hoofdsom ${formatCents(claim.principal_cents, 'nl')}`);
    expect(reminder).toContain(caseId);
    expect(reminder).toContain('Mevrouw A. de Jong');
    expect(demand).toContain('Sommatie');
    expect(demand).toContain(`in totaal ${formatCents(claim.principal_cents + claim.interest_cents + claim.costs_cents, 'nl')}`);
    expect(confirmation).toContain('Bevestiging betalingsregeling');
  });

  it('keeps an e-mail thread: the reply quotes the question and carries the confirmation, which is a document of its own', async () => {
    const [questionId, replyId] = landmarks.documents.emailThread;
    const question = await simpleParser(file(questionId));
    const reply = await simpleParser(file(replyId));
    expect(doc(questionId)).toMatchObject({ kind: 'email', direction: 'incoming', media_type: 'message/rfc822' });
    expect(doc(replyId)).toMatchObject({ kind: 'email', direction: 'outgoing' });
    expect(reply.inReplyTo).toBe(question.messageId);
    expect(reply.text).toContain('> Onlangs stuurde ik u een brief over dossier');
    expect(question.text).toContain(landmarks.sharedCase.caseId);
    expect(reply.attachments).toHaveLength(1);
    const attachmentId = landmarks.documents.letters[2]!;
    expect(doc(attachmentId).parent_id).toBe(replyId);
    expect(sha256Hex(reply.attachments[0]!.content)).toBe(doc(attachmentId).sha256);
    expect(reply.attachments[0]!.filename).toBe(doc(attachmentId).file_name);
  });

  it('has a call note as plain text, internal', () => {
    const note = doc(landmarks.documents.callNote);
    expect(note).toMatchObject({ kind: 'call-note', direction: 'internal', media_type: 'text/plain' });
    expect(file(note.id).toString('utf8')).toContain(`Dossier: ${landmarks.sharedCase.caseId}`);
  });

  it('files the mention scan under the co-debtor alone, so only its text ties it to the debtor', () => {
    const scan = doc(landmarks.mentionScan);
    expect(scan).toMatchObject({
      subject_id: landmarks.sharedCase.coDebtor,
      case_id: null,
      kind: 'letter-received',
      media_type: 'image/jpeg',
    });
    expect(file(scan.id).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect(doc(landmarks.documents.scannedLetter)).toMatchObject({ subject_id: landmarks.sharedCase.debtor, media_type: 'image/jpeg' });
    // The debtor's IBAN the scan quotes is on her record, and the third party is no data subject.
    expect(db.prepare('SELECT count(*) FROM bank_accounts WHERE subject_id = ?').pluck().get(landmarks.sharedCase.debtor)).toBeGreaterThan(
      0,
    );
    const [given, surname] = DEMO_THIRD_PARTY_NAME.split(' ');
    expect(db.prepare('SELECT count(*) FROM subject_names WHERE given_names = ? AND surname = ?').pluck().get(given, surname)).toBe(0);
  });

  it('has a damaged PDF and a password-protected one that no reader can open', () => {
    const damaged = saved(landmarks.documents.damaged);
    const encrypted = saved(landmarks.documents.encrypted);
    expect(spawnSync('qpdf', ['--check', damaged]).status).not.toBe(0);
    expect(spawnSync('pdftotext', [encrypted, '-']).status).not.toBe(0);
    expect(execFileSync('qpdf', ['--show-encryption', `--password=${DEMO_PDF_PASSWORD}`, encrypted], { encoding: 'utf8' })).toContain(
      'User password',
    );
    expect(doc(landmarks.documents.damaged).subject_id).toBe(landmarks.openAndClosedDebtor);
  });

  it('is deterministic: the same seed gives the same files, another seed other ones', () => {
    const files = (database: Db) =>
      database.prepare('SELECT id, sha256 FROM documents ORDER BY id').all() as { id: string; sha256: string }[];
    const again = seedTestDatabase(suiteDir(), 400);
    const other = seedTestDatabase(suiteDir(), 400, 'another-seed');
    try {
      expect(files(again.db)).toEqual(files(db));
      expect(files(other.db).map((f) => f.sha256)).not.toEqual(files(db).map((f) => f.sha256));
    } finally {
      again.db.close();
      other.db.close();
    }
  });
});
