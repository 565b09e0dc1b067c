import { formatCents, formatDate } from '../../../../shared/extract/format.ts';
import { addDays } from '../../../../shared/dates/isoDate.ts';
import type { DocumentEnv } from './sharedCaseFile.ts';
import { personFacts } from './demoDocumentFacts.ts';
import { renderPdfLetter } from './demoPdf.ts';

/** The password the demo's locked payslip was sent with; the app never knows it, which is the point. */
export const DEMO_PDF_PASSWORD = 'loonstrook2026';

export interface UnreadableDocuments {
  damaged: string;
  encrypted: string;
}

/**
 * Two files a clerk meets in every real case file and that no reader can open: a bank statement whose
 * upload broke off halfway (a truncated PDF) and a payslip the person protected with a password. The
 * app must list them as "could not be read" (damaged, encrypted) rather than skip them (issue 16.2).
 */
export function addUnreadableDocuments(env: DocumentEnv, subjectId: string): UnreadableDocuments {
  const { db, write } = env;
  const person = personFacts(db, subjectId);
  const caseId = db
    .prepare(
      "SELECT p.case_id FROM case_parties p JOIN cases c ON c.id = p.case_id WHERE p.subject_id = ? AND c.status = 'open' ORDER BY c.id",
    )
    .pluck()
    .get(subjectId) as string;
  const openedOn = db.prepare('SELECT opened_on FROM cases WHERE id = ?').pluck().get(caseId) as string;
  const statementOn = addDays(openedOn, 40) < env.referenceDate ? addDays(openedOn, 40) : env.referenceDate;
  const balance = env.random.int(20_000, 180_000);
  const statement = renderPdfLetter(
    {
      letterhead: ['Demobank N.V.', 'Postbus 1800', '1000 BV  Amsterdam'],
      addressee: [person.formalName, ...person.addressLines],
      meta: [`Rekeningafschrift ${formatDate(statementOn, 'nl')}`, `Rekening: ${person.iban ?? 'NL00 DEMO 0000 0000 00'}`],
      subject: 'Rekeningafschrift',
      paragraphs: [
        `Beginsaldo ${formatCents(balance, 'nl')}`,
        `Afschrijving ${formatCents(env.random.int(2_000, 15_000), 'nl')} termijn betalingsregeling ${caseId}`,
        `Eindsaldo ${formatCents(balance - env.random.int(2_000, 15_000), 'nl')}`,
      ],
      closing: [],
    },
    { createdOn: statementOn, title: 'Rekeningafschrift', author: 'Demobank N.V.', standardFont: true },
  );
  // The transfer broke off: the file ends before its cross-reference table and trailer.
  const truncated = statement.slice(0, Math.floor(statement.byteLength * 0.55));
  const base = { caseId, subjectId, parentId: null, direction: 'incoming' as const, sender: person.fullName, recipient: env.agency.name };
  const damaged = write(
    {
      ...base,
      id: env.nextId(),
      kind: 'letter-received',
      date: statementOn,
      title: 'Bewijs van betaling (bankafschrift)',
      fileName: `Bankafschrift ${statementOn}.pdf`,
      mediaType: 'application/pdf',
    },
    truncated,
  ).id;

  const payslipOn = addDays(statementOn, 2) < env.referenceDate ? addDays(statementOn, 2) : env.referenceDate;
  const payslip = renderPdfLetter(
    {
      letterhead: ['Salarisadministratie Demo B.V.'],
      addressee: [person.formalName, ...person.addressLines],
      meta: [`Loonstrook ${formatDate(payslipOn, 'nl').replace(/^\d+ /, '')}`],
      subject: 'Loonstrook',
      paragraphs: [`Nettoloon ${formatCents(env.random.int(150_000, 320_000), 'nl')}`],
      closing: [],
    },
    {
      createdOn: payslipOn,
      title: 'Loonstrook',
      author: 'Salarisadministratie Demo B.V.',
      userPassword: DEMO_PDF_PASSWORD,
      standardFont: true,
    },
  );
  const encrypted = write(
    {
      ...base,
      id: env.nextId(),
      kind: 'letter-received',
      date: payslipOn,
      title: 'Loonstrook (met wachtwoord beveiligd)',
      fileName: `Loonstrook ${payslipOn}.pdf`,
      mediaType: 'application/pdf',
    },
    payslip,
  ).id;
  return { damaged, encrypted };
}
