import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseDocument, DocumentReading } from '../../../shared/documents/documentModel.ts';
import type { RequestDocuments } from '../../../shared/documents/requestDocuments.ts';
import type { DocumentsReadSummary, JobDone, JobProgress } from '../../../shared/ipc/types.ts';
import { DocumentsSection } from '../../../renderer/screens/review/documents/DocumentsSection.tsx';
import { installFakeBridge, resetApp } from '../fakeBridge.ts';

const REF = 'INZ-2026-0002';
const JOB = 'job-read-1';
const doc = (id: string): CaseDocument => ({
  id,
  caseId: 'C-1',
  subjectId: 'S-1',
  kind: 'letter-received',
  date: '2026-02-10',
  direction: 'incoming',
  sender: 'J. Jansen',
  recipient: 'Agency',
  title: null,
  fileName: `${id}.pdf`,
  mediaType: 'application/pdf',
  sha256: 'b'.repeat(64),
  bytes: 100,
  parentId: null,
});
const reading = (id: string, status: DocumentReading['status']): DocumentReading => ({
  documentId: id,
  status,
  method: status === 'read' ? 'pdf-text' : null,
  problem: status === 'unreadable' ? 'damaged' : null,
  readAt: status === 'pending' ? null : '2026-03-01T09:00:00.000Z',
  pageCount: status === 'read' ? 1 : 0,
});

/** A bridge whose list changes once the job has run, as the core's does after the worker saved the readings. */
function bridge() {
  let readDone = false;
  const list = (): RequestDocuments => ({
    reference: REF,
    documents: [
      { document: doc('DOC-A'), reading: reading('DOC-A', readDone ? 'read' : 'pending'), link: 'person', redactionCount: 0 },
      { document: doc('DOC-B'), reading: reading('DOC-B', readDone ? 'unreadable' : 'pending'), link: 'case', redactionCount: 0 },
    ],
    possibleMentions: [],
    dismissed: [],
  });
  const fake = installFakeBridge({ 'document:list': list, 'document:read': () => ({ jobId: JOB }) });
  const progress = (p: Omit<JobProgress, 'jobId' | 'kind'>) =>
    act(() => fake.emit('job:progress', { jobId: JOB, kind: 'documents', ...p }));
  const finish = (result: DocumentsReadSummary) => {
    readDone = true;
    const done: JobDone = { jobId: JOB, kind: 'documents', ok: true, result, error: null };
    act(() => fake.emit('job:done', done));
  };
  return { fake, progress, finish };
}

describe('reading the documents from the review (issue 16.2, docs-readjob)', () => {
  afterEach(cleanup);
  beforeEach(() => resetApp('en'));

  it('starts the job from the keyboard, says where it is in words, reloads the list and moves focus to the outcome', async () => {
    const { fake, progress, finish } = bridge();
    const user = userEvent.setup();
    render(<DocumentsSection requestId={REF} />);
    const start = await screen.findByRole('button', { name: 'Read the documents' });
    start.focus();
    await user.keyboard('{Enter}');
    expect(fake.calls.filter((c) => c.channel === 'document:read')).toEqual([{ channel: 'document:read', input: {} }]);

    const bar = await screen.findByRole('progressbar');
    expect(bar.getAttribute('aria-label')).toBe('Checking whether text recognition (OCR) is available');
    expect(document.activeElement).toBe(bar);
    expect((screen.getByRole('button', { name: 'Read the documents' }) as HTMLButtonElement).disabled).toBe(true);

    progress({ stage: 'documents-ocr-check', done: 0, total: 1 });
    progress({ stage: 'documents-read', done: 0, total: 2, page: 2, pages: 3 });
    expect(screen.getByRole('progressbar').getAttribute('aria-label')).toBe('Reading document 1 of 2: page 2 of 3');
    progress({ stage: 'documents-read', done: 1, total: 2 });
    expect(screen.getByRole('progressbar').getAttribute('aria-label')).toBe('Reading document 2 of 2');
    progress({ stage: 'documents-done', done: 2, total: 2 });
    expect(screen.getByRole('progressbar').getAttribute('aria-label')).toBe('Finishing');

    const listsBefore = fake.calls.filter((c) => c.channel === 'document:list').length;
    finish({
      documents: 2,
      read: 1,
      unreadable: 1,
      ocrUnavailable: 0,
      notRead: [{ documentId: 'DOC-B', kind: 'letter-received', status: 'unreadable', notice: null }],
      ocrNotice: null,
    });
    const outcome = await screen.findByText('Documents read: 1 of 2; not read: 1.');
    expect(document.activeElement).toBe(outcome);
    // The list was fetched again: the damaged file is listed as the section lists it, and nothing waits, so no button.
    expect(fake.calls.filter((c) => c.channel === 'document:list').length).toBeGreaterThan(listsBefore);
    expect((await screen.findByRole('note')).textContent).toContain('DOC-B.pdf');
    expect(screen.queryByRole('button', { name: 'Read the documents' })).toBeNull();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('says in Dutch why scans wait when OCR is missing, and offers to read again', async () => {
    resetApp('nl');
    const { progress, finish } = bridge();
    render(<DocumentsSection requestId={REF} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Documenten lezen' }));
    progress({ stage: 'documents-read', done: 0, total: 2 });
    expect(screen.getByRole('progressbar').getAttribute('aria-label')).toBe('Document 1 van 2 lezen');
    finish({
      documents: 2,
      read: 0,
      unreadable: 0,
      ocrUnavailable: 2,
      notRead: [],
      ocrNotice: { code: 'document.ocr-missing', params: { command: 'tesseract', count: 2 } },
    });
    const outcome = await screen.findByText(/Documenten gelezen: 0 van 2/);
    expect(outcome.textContent).toContain('tesseract');
    expect(document.activeElement).toBe(outcome);
  });

  it('shows no button when every document has been read', async () => {
    installFakeBridge({
      'document:list': (): RequestDocuments => ({
        reference: REF,
        documents: [{ document: doc('DOC-A'), reading: reading('DOC-A', 'read'), link: 'person', redactionCount: 0 }],
        possibleMentions: [],
        dismissed: [],
      }),
    });
    render(<DocumentsSection requestId={REF} />);
    await screen.findByRole('table');
    expect(screen.queryByRole('button', { name: 'Read the documents' })).toBeNull();
  });
});
