import { addDays, compareIsoDates } from '../../../../shared/dates/isoDate.ts';
import { formatCents, formatDate } from '../../../../shared/extract/format.ts';
import type { Db } from '../../db/openDatabase.ts';
import type { Random } from '../random.ts';
import type { AgencyFacts } from './agencyLetters.ts';
import { agencyLetter, agencyLetterTitles, paymentPlan, salutationName } from './agencyLetters.ts';
import type { CaseFacts, PersonFacts } from './demoDocumentFacts.ts';
import { caseFacts, personFacts } from './demoDocumentFacts.ts';
import { renderPdfLetter } from './demoPdf.ts';
import type { DemoDocument } from './demoDocumentWriter.ts';
import type { CaseDocument } from '../../../../shared/documents/documentModel.ts';
import { composeMail, quoteReply } from './mimeMessage.ts';
import { renderScannedLetter } from './scannedLetter.ts';

export interface DocumentEnv {
  db: Db;
  random: Random;
  referenceDate: string;
  agency: AgencyFacts;
  write: (document: DemoDocument, content: Uint8Array) => CaseDocument;
  nextId: () => string;
}

/** The ids of the shared case's documents, for the landmarks. */
export interface SharedCaseDocuments {
  letters: string[];
  scannedLetter: string;
  emailThread: [string, string];
  callNote: string;
  mentionScan: string;
}

/** A synthetic neighbour who is no data subject: the third party the clerk redacts from the mention scan (issue 16.5). */
export const DEMO_THIRD_PARTY_NAME = 'Gerard Wolthuis';
const CLERK = 'M. Visser (afdeling Incasso)';

/**
 * The case file of the demo's shared case (landmarks.sharedCase): what a clerk finds in a real one.
 * The debtor received an aanmaning and a sommatie by post, wrote back (a scanned letter), mailed, was
 * called, and got the arrangement confirmed by e-mail with the letter attached. The co-debtor wrote
 * too: a scanned letter filed under him that names the debtor with her case number and IBAN, and a
 * neighbour — the "possible mention" of the end-to-end test.
 */
export function addSharedCaseFile(env: DocumentEnv, shared: { caseId: string; debtor: string; coDebtor: string }): SharedCaseDocuments {
  const { db, agency, write } = env;
  const debtor = personFacts(db, shared.debtor);
  const coDebtor = personFacts(db, shared.coDebtor);
  const claim = caseFacts(db, shared.caseId);
  const onOrBefore = (date: string): string => (compareIsoDates(date, env.referenceDate) > 0 ? env.referenceDate : date);
  const sentOn = (letterType: string, fallbackDays: number): string =>
    onOrBefore(
      (db.prepare('SELECT min(occurred_on) FROM communications WHERE case_id = ? AND letter_type = ?').pluck().get(claim.id, letterType) as
        string | null) ?? addDays(claim.openedOn, fallbackDays),
    );
  const reminderOn = sentOn('first-reminder', 14);
  const demandOn = onOrBefore(maxDate(sentOn('formal-demand', 35), addDays(reminderOn, 21)));
  const replyOn = onOrBefore(addDays(demandOn, 6));
  const mailOn = onOrBefore(addDays(replyOn, 3));
  const callOn = onOrBefore(addDays(mailOn, 1));
  const confirmOn = onOrBefore(addDays(callOn, 2));
  const mentionOn = onOrBefore(addDays(confirmOn, 20));
  const { totalCents: total, instalmentCents: instalment, instalments } = paymentPlan(claim);
  const base = { caseId: claim.id, subjectId: debtor.id, parentId: null };

  const letters = (['aanmaning', 'sommatie'] as const).map((kind) => {
    const date = kind === 'aanmaning' ? reminderOn : demandOn;
    const title = agencyLetterTitles[kind];
    const pdf = renderPdfLetter(agencyLetter(kind, agency, debtor, claim, date), { createdOn: date, title, author: agency.name });
    return write(
      {
        ...base,
        id: env.nextId(),
        kind: 'letter-sent',
        date,
        direction: 'outgoing',
        sender: agency.name,
        recipient: debtor.formalName,
        title,
        fileName: `${title} ${claim.id}.pdf`,
        mediaType: 'application/pdf',
      },
      pdf,
    ).id;
  });

  const replyLines = [
    debtor.formalName,
    ...debtor.addressLines.map((line) => line.replace(/\s{2,}/, ' ')),
    '',
    `${debtor.city}, ${formatDate(replyOn, 'nl')}`,
    '',
    `Aan: ${agency.name}`,
    `Betreft: dossier ${claim.id}`,
    '',
    'Geachte heer, mevrouw,',
    '',
    'Ik heb uw sommatie ontvangen. Ik kan het bedrag van',
    `${euros(total)} niet in een keer betalen. Ik stel voor`,
    `om ${instalments} maanden ${euros(instalment)} per maand te betalen.`,
    'Wilt u mij laten weten of dat akkoord is?',
    '',
    'Met vriendelijke groet,',
    '',
    debtor.fullName,
  ];
  const scannedLetter = write(
    {
      ...base,
      id: env.nextId(),
      kind: 'letter-received',
      date: replyOn,
      direction: 'incoming',
      sender: debtor.fullName,
      recipient: agency.name,
      title: 'Brief debiteur: voorstel betalingsregeling',
      fileName: `Scan ${replyOn} ${claim.id}.jpg`,
      mediaType: 'image/jpeg',
    },
    renderScannedLetter(replyLines, env.random),
  ).id;

  const emailThread = addMailThread(env, { debtor, claim, mailOn, confirmOn, instalments, instalment, base });
  const callNote = write(
    {
      ...base,
      id: env.nextId(),
      kind: 'call-note',
      date: callOn,
      direction: 'internal',
      sender: CLERK,
      recipient: null,
      title: 'Telefoonnotitie',
      fileName: `Telefoonnotitie ${callOn}.txt`,
      mediaType: 'text/plain',
    },
    new TextEncoder().encode(
      [
        'Telefoonnotitie',
        `Datum: ${formatDate(callOn, 'nl')}, 10:42`,
        `Dossier: ${claim.id}`,
        `Medewerker: ${CLERK}`,
        `Gesprek met: ${debtor.title} ${debtor.formalName} (debiteur), inkomend`,
        '',
        `${capitalise(debtor.title)} belt over de e-mail van gisteren en vraagt of de betalingsregeling van ${instalments}`,
        `termijnen van ${euros(instalment)} kan ingaan na de volgende salarisbetaling. Toegezegd dat wij de regeling`,
        'per e-mail bevestigen. Geen bijzonderheden.',
        '',
      ].join('\n'),
    ),
  ).id;

  // Filed under the co-debtor (his letter), not under the debtor: only the text ties it to her.
  const mentionLines = [
    coDebtor.formalName,
    ...coDebtor.addressLines.map((line) => line.replace(/\s{2,}/, ' ')),
    '',
    `${coDebtor.city}, ${formatDate(mentionOn, 'nl')}`,
    '',
    `Aan: ${agency.name}`,
    `Betreft: dossier ${claim.id}`,
    '',
    'Geachte heer, mevrouw,',
    '',
    `Ik schrijf u over de betalingen van ${debtor.fullName}`,
    `in dossier ${claim.id}. Zij vraagt mij u te laten`,
    'weten dat zij de termijnen voortaan betaalt van',
    `haar eigen rekening ${debtor.iban ?? ''}.`,
    `Onze buurman ${DEMO_THIRD_PARTY_NAME} heeft haar post`,
    'bijgehouden toen zij op reis was; hij kan dit zo nodig',
    'bevestigen.',
    '',
    'Met vriendelijke groet,',
    '',
    coDebtor.fullName,
  ];
  const mentionScan = write(
    {
      id: env.nextId(),
      caseId: null,
      subjectId: coDebtor.id,
      parentId: null,
      kind: 'letter-received',
      date: mentionOn,
      direction: 'incoming',
      sender: coDebtor.fullName,
      recipient: agency.name,
      title: 'Brief medeschuldenaar',
      fileName: `Scan ${mentionOn} ${coDebtor.formalName}.jpg`,
      mediaType: 'image/jpeg',
    },
    renderScannedLetter(mentionLines, env.random),
  ).id;

  return { letters: [...letters, emailThread.attachment], scannedLetter, emailThread: emailThread.messages, callNote, mentionScan };
}

function addMailThread(
  env: DocumentEnv,
  facts: {
    debtor: PersonFacts;
    claim: CaseFacts;
    mailOn: string;
    confirmOn: string;
    instalments: number;
    instalment: number;
    base: { caseId: string; subjectId: string; parentId: null };
  },
): { messages: [string, string]; attachment: string } {
  const { agency, write } = env;
  const { debtor, claim, mailOn, confirmOn, base } = facts;
  const person = { name: debtor.fullName, address: debtor.email ?? `${debtor.id.toLowerCase()}@example.nl` };
  const desk = { name: agency.name, address: agency.email };
  const question = {
    from: person,
    date: mailOn,
    time: '19:05',
    text: [
      'Goedenavond,',
      '',
      `Onlangs stuurde ik u een brief over dossier ${claim.id}. Gaat u akkoord met een betalingsregeling van ` +
        `${facts.instalments} termijnen van ${euros(facts.instalment)}?`,
      '',
      'Met vriendelijke groet,',
      debtor.fullName,
    ].join('\n'),
  };
  const questionId = `${claim.id.toLowerCase()}.1@mail.example.nl`;
  const first = write(
    {
      ...base,
      id: env.nextId(),
      kind: 'email',
      date: mailOn,
      direction: 'incoming',
      sender: `${person.name} <${person.address}>`,
      recipient: desk.address,
      title: `Betalingsregeling dossier ${claim.id}`,
      fileName: `E-mail ${mailOn} ${claim.id}.eml`,
      mediaType: 'message/rfc822',
    },
    composeMail({ ...question, to: desk, subject: `Betalingsregeling dossier ${claim.id}`, messageId: questionId }),
  );

  const title = agencyLetterTitles.betalingsregeling;
  const confirmation = renderPdfLetter(agencyLetter('betalingsregeling', agency, debtor, claim, confirmOn), {
    createdOn: confirmOn,
    title,
    author: agency.name,
  });
  const attachmentName = `${title} ${claim.id}.pdf`;
  const reply = [
    `Geachte ${debtor.title} ${salutationName(debtor)},`,
    '',
    'Wij gaan akkoord met uw voorstel. In de bijlage vindt u de bevestiging van de betalingsregeling.',
    '',
    'Met vriendelijke groet,',
    CLERK,
    agency.name,
    '',
    quoteReply(question, formatDate(mailOn, 'nl')),
  ].join('\n');
  const second = write(
    {
      ...base,
      id: env.nextId(),
      kind: 'email',
      date: confirmOn,
      direction: 'outgoing',
      sender: `${desk.name} <${desk.address}>`,
      recipient: person.address,
      title: `RE: Betalingsregeling dossier ${claim.id}`,
      fileName: `E-mail ${confirmOn} ${claim.id}.eml`,
      mediaType: 'message/rfc822',
    },
    composeMail({
      from: desk,
      to: person,
      subject: `RE: Betalingsregeling dossier ${claim.id}`,
      date: confirmOn,
      time: '09:31',
      messageId: `${claim.id.toLowerCase()}.2@incasso.example.nl`,
      inReplyTo: questionId,
      text: reply,
      attachments: [{ fileName: attachmentName, contentType: 'application/pdf', content: confirmation }],
    }),
  );
  // The attachment is a document of its own (the letter the agency sent), pointing at its message.
  const attachment = write(
    {
      ...base,
      parentId: second.id,
      id: env.nextId(),
      kind: 'letter-sent',
      date: confirmOn,
      direction: 'outgoing',
      sender: agency.name,
      recipient: debtor.formalName,
      title,
      fileName: attachmentName,
      mediaType: 'application/pdf',
    },
    confirmation,
  );
  return { messages: [first.id, second.id], attachment: attachment.id };
}

const euros = (cents: number): string => formatCents(cents, 'nl').replace('€ ', 'EUR ');
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const maxDate = (a: string, b: string): string => (compareIsoDates(a, b) >= 0 ? a : b);
