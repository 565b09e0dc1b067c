import type { IsoDate } from '../dates/isoDate.ts';
import { daysLeft } from '../deadlines/computeDueDate.ts';
import { DomainError } from '../errors/domainError.ts';
import type { Language } from '../extract/extractModel.ts';
import { formatDate } from '../extract/format.ts';
import type { Letter, LetterKind } from './letterModel.ts';
import type { LetterInput, Template } from './letterParts.ts';
import { complaintRoute, kindText } from './letterParts.ts';
import { addressOf, reasonWarnings, senderLines } from './letterAddress.ts';
import { outcomeTemplates } from './outcomeLetters.ts';

export type { LetterInput } from './letterParts.ts';

/**
 * The letters of the request procedure, in Dutch and English. The type of `templates` requires every
 * kind in both languages; the tests check each one renders, states its dates and differs per language.
 *  - acknowledgement: the receipt and the concrete due date (Art. 12(3));
 *  - identity: asks for identity information; the month starts when it arrives (EDPB 01/2022 §§156ff);
 *  - extension: two further months, with the reasons, sent within the first month (Art. 12(3)): after
 *    that month the notice is refused (letter.extension-too-late), because it would come too late;
 *  - refusal: (partial) refusal with reasons, the complaint route and the court within six weeks
 *    (Art. 12(4), 77, 79 GDPR; art. 35 UAVG);
 *  - no-data, processor-referral, controller-notice: the outcomes of outcomeLetters.ts.
 * Every letter carries the controller's postal address (letterAddress.ts), is addressed by name when
 * the name is known, and goes to the representative when someone acts for the person.
 */

function due(input: LetterInput): IsoDate | null {
  return input.deadline.state === 'running' ? input.deadline.due : null;
}

function firstDue(input: LetterInput): IsoDate {
  if (input.deadline.state !== 'running') throw new DomainError('letter.paused', { reference: input.request.reference });
  return input.deadline.first.due;
}

export function refusalReason(input: LetterInput): string {
  const reason = input.refusal?.reason?.trim() || input.request.statusReason?.trim();
  if (!reason) throw new DomainError('letter.refusal-reason-required', { reference: input.request.reference });
  return reason;
}

/** Art. 12(3): the person must be told of the extension "within one month of receipt"; a later notice is refused. */
function extension(input: LetterInput): { reason: string; due: IsoDate } {
  const ext = input.request.extension;
  if (!ext || input.deadline.state !== 'running' || !input.deadline.extended) {
    throw new DomainError('letter.no-extension', { reference: input.request.reference });
  }
  const first = input.deadline.first.due;
  if (input.today > first) {
    throw new DomainError('letter.extension-too-late', {
      reference: input.request.reference,
      firstDue: first,
      today: input.today,
      daysLate: -daysLeft(first, input.today),
    });
  }
  return { reason: ext.reason, due: input.deadline.extended.due };
}

/**
 * When the acknowledgement says the answer will come (issue 14.7). It is dated the day it is made, so
 * it never promises a due date already past: once the lawful due date (shared/deadlines, with lawful
 * pauses and a counted extension) has ended, Art. 12(3) leaves no later date the controller may set
 * itself (an extension after the first month is refused), so the letter says the answer is late, names
 * the date that passed and promises it without further delay. Null while the clock is paused.
 */
function answerPromise(input: LetterInput, d: (date: IsoDate) => string, language: Language): string | null {
  const dueOn = due(input);
  if (dueOn === null) return null;
  if (input.today <= dueOn)
    return language === 'nl'
      ? `Wij beantwoorden uw verzoek zo snel mogelijk en uiterlijk op ${d(dueOn)} (artikel 12, lid 3, AVG).`
      : `We will answer your request without undue delay and at the latest on ${d(dueOn)} (Article 12(3) GDPR).`;
  return language === 'nl'
    ? `Wij hadden uw verzoek uiterlijk op ${d(dueOn)} moeten beantwoorden (artikel 12, lid 3, AVG). Wij zijn daarmee te laat, ` +
        'en dat spijt ons. Wij beantwoorden uw verzoek nu zonder verdere vertraging.'
    : `We should have answered your request by ${d(dueOn)} (Article 12(3) GDPR). We are late in doing so, and we apologise. ` +
        'We will now answer your request without further delay.';
}

/** The court route of art. 35 UAVG: an application to the district court within six weeks of our answer. */
const courtRoute: Record<Language, string> = {
  nl:
    'Daarnaast kunt u de rechtbank verzoeken ons te bevelen uw verzoek alsnog toe te wijzen (artikel 79 AVG en artikel 35 ' +
    'Uitvoeringswet AVG). Dat verzoekschrift moet u indienen binnen zes weken nadat u deze brief hebt ontvangen ' +
    '(artikel 35, lid 2, UAVG).',
  en:
    'You may also ask the district court to order us to comply with your request (Article 79 GDPR and Article 35 of the ' +
    'Dutch GDPR Implementation Act, UAVG). That application must be filed within six weeks of your receiving this ' +
    'letter (Article 35(2) UAVG).',
};

const procedureTemplates: Record<'acknowledgement' | 'identity' | 'extension' | 'refusal', Record<Language, Template>> = {
  acknowledgement: {
    nl: (input, d) => ({
      subject: `Ontvangstbevestiging van uw verzoek, kenmerk ${input.request.reference}`,
      paragraphs: [
        `Op ${d(input.request.receivedOn)} hebben wij uw verzoek ontvangen om ${kindText[input.request.kind].nl}. ` +
          `Wij hebben het geregistreerd onder kenmerk ${input.request.reference}; ` +
          `vermeld dat kenmerk als u ons schrijft.`,
        answerPromise(input, d, 'nl') ??
          'Wij beantwoorden uw verzoek zo snel mogelijk en uiterlijk binnen een maand ' +
            'nadat wij de gevraagde gegevens om uw identiteit vast te stellen hebben ' +
            'ontvangen (artikel 12, lid 3, AVG).',
        `Hebt u vragen, neem dan contact met ons op via ${input.policy.organisation.contact.email} ` +
          `of ${input.policy.organisation.contact.phone}.`,
      ],
    }),
    en: (input, d) => ({
      subject: `Acknowledgement of your request, reference ${input.request.reference}`,
      paragraphs: [
        `On ${d(input.request.receivedOn)} we received your request for ${kindText[input.request.kind].en}. ` +
          `We have registered it under reference ${input.request.reference}; please ` +
          `quote that reference when you write to us.`,
        answerPromise(input, d, 'en') ??
          'We will answer your request without undue delay and at the latest within ' +
            'one month of receiving the information we need to confirm your identity ' +
            '(Article 12(3) GDPR).',
        `If you have any questions, please contact us at ${input.policy.organisation.contact.email} ` +
          `or ${input.policy.organisation.contact.phone}.`,
      ],
    }),
  },
  identity: {
    nl: (input, d) => ({
      subject: `Uw verzoek ${input.request.reference}: wij vragen u uw identiteit aan te tonen`,
      paragraphs: [
        `Op ${d(input.request.receivedOn)} hebben wij uw verzoek ontvangen om ${kindText[input.request.kind].nl}. ` +
          `Wij willen uw gegevens alleen aan u geven en niet aan iemand anders. Met ` +
          `de gegevens die wij nu hebben, kunnen wij niet met voldoende zekerheid ` +
          `vaststellen dat het verzoek van u komt (artikel 12, lid 6, AVG).`,
        'Wilt u ons daarom uw geboortedatum en uw huidige en eventuele vorige adres ' +
          'sturen, of uw identiteitsbewijs laten zien in een videogesprek of aan onze ' +
          'balie? Wij maken en bewaren geen kopie van uw identiteitsbewijs; wij noteren ' +
          'alleen dat en hoe wij uw identiteit hebben gecontroleerd.',
        'De termijn van een maand om uw verzoek te beantwoorden begint op de dag dat wij deze gegevens van u ontvangen.',
      ],
    }),
    en: (input, d) => ({
      subject: `Your request ${input.request.reference}: please confirm your identity`,
      paragraphs: [
        `On ${d(input.request.receivedOn)} we received your request for ${kindText[input.request.kind].en}. ` +
          `We want to give your data to you and to nobody else. With the information ` +
          `we have now, we cannot be sufficiently sure that the request comes from ` +
          `you (Article 12(6) GDPR).`,
        'Could you therefore send us your date of birth and your current and any ' +
          'previous address, or show your identity document in a video call or at ' +
          'our office? We do not make or keep a copy of your identity document; we ' +
          'only record that and how we checked your identity.',
        'The one-month period for answering your request starts on the day we receive this information from you.',
      ],
    }),
  },
  extension: {
    nl: (input, d) => {
      const ext = extension(input);
      return {
        subject: `Uw verzoek ${input.request.reference}: verlenging van de termijn`,
        paragraphs: [
          `Op ${d(input.request.receivedOn)} hebben wij uw verzoek ontvangen om ${kindText[input.request.kind].nl}. ` +
            `Wij zouden u uiterlijk op ${d(firstDue(input))} antwoorden.`,
          `Wij hebben meer tijd nodig, om de volgende reden: ${ext.reason}. Daarom ` +
            `verlengen wij de termijn met twee maanden, zoals artikel 12, lid 3, AVG ` +
            `toestaat. U ontvangt ons antwoord uiterlijk op ${d(ext.due)}.`,
          `Bent u het hier niet mee eens? ${complaintRoute(input.policy, 'nl')}`,
        ],
      };
    },
    en: (input, d) => {
      const ext = extension(input);
      return {
        subject: `Your request ${input.request.reference}: extension of the time limit`,
        paragraphs: [
          `On ${d(input.request.receivedOn)} we received your request for ${kindText[input.request.kind].en}. ` +
            `We were to answer by ${d(firstDue(input))} at the latest.`,
          `We need more time, for the following reason: ${ext.reason}. We are therefore ` +
            `extending the time limit by two months, as Article 12(3) GDPR allows. You ` +
            `will receive our answer by ${d(ext.due)} at the latest.`,
          `Do you disagree? ${complaintRoute(input.policy, 'en')}`,
        ],
      };
    },
  },
  refusal: {
    nl: (input, d) => {
      const partial = input.refusal?.partial ?? false;
      return {
        subject: `Uw verzoek ${input.request.reference}: ${partial ? 'gedeeltelijke weigering' : 'weigering'}`,
        paragraphs: [
          `Op ${d(input.request.receivedOn)} hebben wij uw verzoek ontvangen om ${kindText[input.request.kind].nl}.`,
          `${
            partial
              ? 'Wij geven gedeeltelijk gehoor aan uw verzoek. Aan het overige deel geven wij geen gehoor'
              : 'Wij geven geen gehoor aan uw verzoek'
          }, ` + `om de volgende reden: ${refusalReason(input)} (artikel 12, lid 4, AVG).`,
          complaintRoute(input.policy, 'nl'),
          courtRoute.nl,
        ],
      };
    },
    en: (input, d) => {
      const partial = input.refusal?.partial ?? false;
      return {
        subject: `Your request ${input.request.reference}: ${partial ? 'partial refusal' : 'refusal'}`,
        paragraphs: [
          `On ${d(input.request.receivedOn)} we received your request for ${kindText[input.request.kind].en}.`,
          `${
            partial
              ? 'We are complying with part of your request. We are not complying with the rest of it'
              : 'We are not complying with your request'
          }, ` + `for the following reason: ${refusalReason(input)} (Article 12(4) GDPR).`,
          complaintRoute(input.policy, 'en'),
          courtRoute.en,
        ],
      };
    },
  },
};

export const templates: Record<LetterKind, Record<Language, Template>> = { ...procedureTemplates, ...outcomeTemplates };

export function buildLetter(kind: LetterKind, input: LetterInput): Letter {
  const language = input.language ?? input.request.language;
  const d = (date: IsoDate) => formatDate(date, language);
  const sender = senderLines(input.policy, input.request.reference);
  const body = templates[kind][language](input, d);
  const to = addressOf(kind, input, language);
  return {
    kind,
    language,
    date: d(input.today),
    senderLines: sender,
    recipientLines: body.recipientLines ?? to.lines,
    reference: input.request.reference,
    concerning: to.concerning,
    subject: body.subject,
    salutation: to.salutation,
    paragraphs: [...to.preamble, ...body.paragraphs],
    freeParagraph: input.freeParagraph?.trim() || null,
    closing: [to.greeting, '', input.clerk, ...(input.clerkRole ? [input.clerkRole] : []), input.policy.organisation.name],
    warnings: reasonWarnings(kind, input, language),
  };
}
