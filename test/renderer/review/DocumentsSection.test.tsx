import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseDocument, DocumentPage, DocumentReading, DocumentRedaction } from '../../../shared/documents/documentModel.ts';
import type { DocumentView } from '../../../shared/documents/documentView.ts';
import type { RequestDocuments } from '../../../shared/documents/requestDocuments.ts';
import { DocumentsSection } from '../../../renderer/screens/review/documents/DocumentsSection.tsx';
import { installFakeBridge, resetApp } from '../fakeBridge.ts';

const REF = 'INZ-2026-0001';
const doc = (id: string, over: Partial<CaseDocument> = {}): CaseDocument => ({
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
  sha256: 'a'.repeat(64),
  bytes: 100,
  parentId: null,
  ...over,
});
const read = (id: string, over: Partial<DocumentReading> = {}): DocumentReading => ({
  documentId: id,
  status: 'read',
  method: 'pdf-text',
  problem: null,
  readAt: '2026-03-01T09:00:00.000Z',
  pageCount: 1,
  ...over,
});
const pageText = 'Betreft dossier C-1\nMijn buurman Gerrit Hoekstra kan dit bevestigen. Gerrit Hoekstra woont ernaast.';
const page: DocumentPage = { documentId: 'DOC-2', page: 1, text: pageText, width: 595, height: 842, words: [] };

/**
 * The section's own behaviour against a bridge that keeps state like the core does (decisions and
 * redactions change what the next list/view answers); the real handlers are exercised by the e2e test.
 */
function bridge() {
  let added = false;
  let dismissed: string | null = null;
  const redactions: DocumentRedaction[] = [];
  const list = (): RequestDocuments => ({
    reference: REF,
    documents: [
      { document: doc('DOC-1', { kind: 'letter-sent', direction: 'outgoing' }), reading: read('DOC-1'), link: 'person', redactionCount: 0 },
      {
        document: doc('DOC-ENC'),
        reading: read('DOC-ENC', { status: 'unreadable', problem: 'encrypted', method: null, pageCount: 0 }),
        link: 'case',
        redactionCount: 0,
      },
      ...(added
        ? [{ document: doc('DOC-2'), reading: read('DOC-2'), link: 'mention-added' as const, redactionCount: redactions.length }]
        : []),
    ],
    possibleMentions:
      added || dismissed
        ? []
        : [
            {
              document: doc('DOC-2', { subjectId: 'S-2' }),
              reading: read('DOC-2'),
              matches: [{ field: 'name', page: 1, snippet: 'namens Anna de Vries' }],
            },
          ],
    dismissed: dismissed
      ? [
          {
            document: doc('DOC-2'),
            decision: {
              reference: REF,
              documentId: 'DOC-2',
              decision: 'dismissed',
              reason: dismissed,
              decidedBy: 'Clerk',
              decidedOn: '2026-03-07',
            },
          },
        ]
      : [],
  });
  const view = (): DocumentView => ({
    reference: REF,
    document: doc('DOC-2'),
    reading: read('DOC-2'),
    pages: [page],
    redactions: [...redactions],
  });
  const fake = installFakeBridge({
    'document:list': list,
    'document:view': view,
    'document:decideMention': ({ decision, reason }) => {
      added = decision === 'added';
      dismissed = decision === 'dismissed' ? reason! : null;
      return list();
    },
    'document:redact': ({ documentId, target, reason, note }) => {
      redactions.push({
        id: redactions.length + 1,
        reference: REF,
        documentId,
        target,
        reason,
        note: note ?? null,
        by: 'Clerk',
        on: '2026-03-07',
      });
      return view();
    },
    'document:liftRedaction': ({ redactionId }) => {
      redactions.splice(
        redactions.findIndex((r) => r.id === redactionId),
        1,
      );
      return view();
    },
  });
  return { fake, redactions };
}

describe('the review’s Documents section (issue 16)', () => {
  afterEach(cleanup);
  beforeEach(() => resetApp('en'));

  it('lists the documents with kind, direction and read status, and says why a document could not be read and what to do', async () => {
    bridge();
    render(<DocumentsSection requestId={REF} />);
    const table = await screen.findByRole('table', { name: 'Documents in the copy' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]!.textContent).toContain('Letter sent');
    expect(rows[1]!.textContent).toContain('Outgoing');
    expect(rows[1]!.textContent).toContain('J. Jansen → Agency');
    const unread = screen.getByRole('note');
    expect(unread.textContent).toContain(
      'DOC-ENC.pdf: Could not be read: protected with a password — ask the sender for an unprotected copy',
    );
    // A possible mention with what matched and where.
    expect(screen.getByText('namens Anna de Vries')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Possible mentions (1)' })).toBeTruthy();
  });

  it('dismisses a possible mention only with a reason, then adds it after all', async () => {
    const { fake } = bridge();
    render(<DocumentsSection requestId={REF} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Not about this person' }));
    const dialog = screen.getByRole('dialog', { name: 'Document DOC-2 is not about this person' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Not about this person' }));
    expect(within(dialog).getByRole('alert').textContent).toContain('Give the reason');
    expect(fake.calls.some((c) => c.channel === 'document:decideMention')).toBe(false);
    await userEvent.type(within(dialog).getByLabelText(/Why not/), 'A namesake{Enter}');
    expect(fake.calls.find((c) => c.channel === 'document:decideMention')?.input).toEqual({
      requestId: REF,
      documentId: 'DOC-2',
      decision: 'dismissed',
      reason: 'A namesake',
    });
    await userEvent.click(await screen.findByText(/Dismissed as not about this person \(1\)/));
    await userEvent.click(screen.getByRole('button', { name: 'Add to the copy after all' }));
    expect(await screen.findByText(/DOC-2\.pdf/, { selector: 'div' })).toBeTruthy();
  });

  it('adds a mention, opens it, withholds every place a typed name stands with a reason, and lifts one with a reason', async () => {
    const { fake, redactions } = bridge();
    render(<DocumentsSection requestId={REF} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Add to the copy' }));
    expect(await screen.findByRole('status')).toHaveProperty('textContent', expect.stringContaining('Document DOC-2 added to the copy.'));
    await userEvent.click(screen.getByRole('button', { name: 'Open DOC-2.pdf' }));
    const heading = await screen.findByRole('heading', { name: 'Document: DOC-2.pdf' });
    expect(document.activeElement).toBe(heading);
    await userEvent.type(screen.getByLabelText(/Words to withhold on page 1/), 'Gerrit Hoekstra');
    await userEvent.click(screen.getByRole('button', { name: 'Withhold…' }));
    const dialog = screen.getByRole('dialog', { name: 'Withhold inside the document' });
    expect(dialog.textContent).toContain('“Gerrit Hoekstra” on page 1 (2×)');
    await userEvent.selectOptions(within(dialog).getByLabelText('Reason'), 'other');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Redact' }));
    expect(within(dialog).getByRole('alert')).toBeTruthy();
    await userEvent.type(within(dialog).getByLabelText(/Note for the person/), 'A neighbour');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Redact' }));
    const first = pageText.indexOf('Gerrit Hoekstra');
    const second = pageText.indexOf('Gerrit Hoekstra', first + 1);
    expect(redactions.map((r) => r.target)).toEqual([
      { kind: 'text', page: 1, start: first, end: first + 15 },
      { kind: 'text', page: 1, start: second, end: second + 15 },
    ]);
    expect(fake.calls.filter((c) => c.channel === 'document:redact').map((c) => (c.input as { note: string }).note)).toEqual([
      'A neighbour',
      'A neighbour',
    ]);
    // The withheld stretches are marked in the text, and listed with their reason.
    const text = screen.getByRole('region', { name: 'Text of page 1' });
    expect([...text.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Gerrit Hoekstra', 'Gerrit Hoekstra']);
    expect(screen.getByRole('heading', { name: 'Withheld inside this document (2)' })).toBeTruthy();

    await userEvent.click(screen.getAllByRole('button', { name: 'Lift: “Gerrit Hoekstra” on page 1' })[0]!);
    const lift = screen.getByRole('dialog', { name: 'Lift this redaction' });
    await userEvent.type(within(lift).getByLabelText(/Reason for lifting/), 'Named with consent{Enter}');
    expect(fake.calls.find((c) => c.channel === 'document:liftRedaction')?.input).toEqual({
      requestId: REF,
      redactionId: 1,
      reason: 'Named with consent',
    });
    expect(await screen.findByRole('heading', { name: 'Withheld inside this document (1)' })).toBeTruthy();
  });

  it('says when typed words do not stand on the page, and speaks Dutch', async () => {
    resetApp('nl');
    bridge();
    render(<DocumentsSection requestId={REF} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Toevoegen aan het overzicht' }));
    await userEvent.click(await screen.findByRole('button', { name: 'DOC-2.pdf openen' }));
    await userEvent.type(await screen.findByLabelText(/Woorden om af te schermen op pagina 1/), 'Piet Puk');
    await userEvent.click(screen.getByRole('button', { name: 'Afschermen…' }));
    expect(screen.getByRole('alert').textContent).toBe('Deze woorden staan niet zo op deze pagina.');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
