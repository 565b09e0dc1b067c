import type { IsoDate } from '../dates/isoDate.ts';
import type { DeadlineState } from '../deadlines/computeDueDate.ts';
import type { Language } from '../extract/extractModel.ts';
import type { Policy } from '../policy/policySchema.ts';
import type { RequestKind, StoredRequest } from '../requests/requestTypes.ts';
import type { Letter, LetterKind } from './letterModel.ts';
import { formatDate } from '../extract/format.ts';
import { DomainError } from '../errors/domainError.ts';

/**
 * The letters of the request procedure, in Dutch and English. The type of `templates` requires every
 * kind in both languages; the tests check each one renders, states its dates and differs per language.
 *  - acknowledgement: the receipt and the concrete due date (Art. 12(3));
 *  - identity: asks for identity information; the month starts when it arrives (EDPB 01/2022 §§156ff);
 *  - extension: two further months, with the reasons, sent within the first month (Art. 12(3));
 *  - refusal: (partial) refusal with reasons and the complaint route (Art. 12(4), 77, 79).
 */

export interface LetterInput {
  request: StoredRequest;
  deadline: DeadlineState;
  policy: Policy;
  clerk: string;
  today: IsoDate;
  language?: Language;
  /** For a refusal: the reasons (default: the request's status reason) and whether it is partial. */
  refusal?: { reason?: string; partial?: boolean };
}

type Template = (input: LetterInput, d: (date: IsoDate) => string) => Pick<Letter, 'subject' | 'salutation' | 'paragraphs' | 'closing'>;

const kindText: Record<RequestKind, { nl: string; en: string }> = {
  access: { nl: 'inzage in uw persoonsgegevens (artikel 15 AVG)', en: 'access to your personal data (Article 15 GDPR)' },
  portability: { nl: 'overdracht van uw persoonsgegevens (artikel 20 AVG)', en: 'the portability of your personal data (Article 20 GDPR)' },
  both: {
    nl: 'inzage in uw persoonsgegevens en overdracht daarvan (artikelen 15 en 20 AVG)',
    en: 'access to your personal data and their portability (Articles 15 and 20 GDPR)',
  },
};

function complaintRoute(policy: Policy, language: Language): string {
  return policy.supervisoryAuthority.complaint[language];
}

function due(input: LetterInput): IsoDate | null {
  return input.deadline.state === 'running' ? input.deadline.due : null;
}

function firstDue(input: LetterInput): IsoDate {
  if (input.deadline.state !== 'running') throw new DomainError('letter.paused', { reference: input.request.reference });
  return input.deadline.first.due;
}

function refusalReason(input: LetterInput): string {
  const reason = input.refusal?.reason?.trim() || input.request.statusReason?.trim();
  if (!reason) throw new DomainError('letter.refusal-reason-required', { reference: input.request.reference });
  return reason;
}

function extension(input: LetterInput): { reason: string; due: IsoDate } {
  const ext = input.request.extension;
  if (!ext || input.deadline.state !== 'running' || !input.deadline.extended) {
    throw new DomainError('letter.no-extension', { reference: input.request.reference });
  }
  return { reason: ext.reason, due: input.deadline.extended.due };
}

const signOff = (input: LetterInput, greeting: string) => [greeting, '', input.clerk, input.policy.organisation.name];

export const templates: Record<LetterKind, Record<Language, Template>> = {
  acknowledgement: {
    nl: (input, d) => ({
      subject: `Ontvangstbevestiging van uw verzoek, kenmerk ${input.request.reference}`,
      salutation: 'Geachte heer/mevrouw,',
      paragraphs: [
        `Op ${d(input.request.receivedOn)} hebben wij uw verzoek ontvangen om ${kindText[input.request.kind].nl}. ` +
          `Wij hebben het geregistreerd onder kenmerk ${input.request.reference}; ` +
          `vermeld dat kenmerk als u ons schrijft.`,
        due(input)
          ? `Wij beantwoorden uw verzoek zo snel mogelijk en uiterlijk op ${d(due(input)!)} (artikel 12, lid 3, AVG).`
          : 'Wij beantwoorden uw verzoek zo snel mogelijk en uiterlijk binnen een maand ' +
            'nadat wij de gevraagde gegevens om uw identiteit vast te stellen hebben ' +
            'ontvangen (artikel 12, lid 3, AVG).',
        `Hebt u vragen, neem dan contact met ons op via ${input.policy.organisation.contact.email} ` +
          `of ${input.policy.organisation.contact.phone}.`,
      ],
      closing: signOff(input, 'Met vriendelijke groet,'),
    }),
    en: (input, d) => ({
      subject: `Acknowledgement of your request, reference ${input.request.reference}`,
      salutation: 'Dear Sir or Madam,',
      paragraphs: [
        `On ${d(input.request.receivedOn)} we received your request for ${kindText[input.request.kind].en}. ` +
          `We have registered it under reference ${input.request.reference}; please ` +
          `quote that reference when you write to us.`,
        due(input)
          ? `We will answer your request without undue delay and at the latest on ${d(due(input)!)} (Article 12(3) GDPR).`
          : 'We will answer your request without undue delay and at the latest within ' +
            'one month of receiving the information we need to confirm your identity ' +
            '(Article 12(3) GDPR).',
        `If you have any questions, please contact us at ${input.policy.organisation.contact.email} ` +
          `or ${input.policy.organisation.contact.phone}.`,
      ],
      closing: signOff(input, 'Yours faithfully,'),
    }),
  },
  identity: {
    nl: (input, d) => ({
      subject: `Uw verzoek ${input.request.reference}: wij vragen u uw identiteit aan te tonen`,
      salutation: 'Geachte heer/mevrouw,',
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
      closing: signOff(input, 'Met vriendelijke groet,'),
    }),
    en: (input, d) => ({
      subject: `Your request ${input.request.reference}: please confirm your identity`,
      salutation: 'Dear Sir or Madam,',
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
      closing: signOff(input, 'Yours faithfully,'),
    }),
  },
  extension: {
    nl: (input, d) => {
      const ext = extension(input);
      return {
        subject: `Uw verzoek ${input.request.reference}: verlenging van de termijn`,
        salutation: 'Geachte heer/mevrouw,',
        paragraphs: [
          `Op ${d(input.request.receivedOn)} hebben wij uw verzoek ontvangen om ${kindText[input.request.kind].nl}. ` +
            `Wij zouden u uiterlijk op ${d(firstDue(input))} antwoorden.`,
          `Wij hebben meer tijd nodig, om de volgende reden: ${ext.reason}. Daarom ` +
            `verlengen wij de termijn met twee maanden, zoals artikel 12, lid 3, AVG ` +
            `toestaat. U ontvangt ons antwoord uiterlijk op ${d(ext.due)}.`,
          `Bent u het hier niet mee eens? ${complaintRoute(input.policy, 'nl')}`,
        ],
        closing: signOff(input, 'Met vriendelijke groet,'),
      };
    },
    en: (input, d) => {
      const ext = extension(input);
      return {
        subject: `Your request ${input.request.reference}: extension of the time limit`,
        salutation: 'Dear Sir or Madam,',
        paragraphs: [
          `On ${d(input.request.receivedOn)} we received your request for ${kindText[input.request.kind].en}. ` +
            `We were to answer by ${d(firstDue(input))} at the latest.`,
          `We need more time, for the following reason: ${ext.reason}. We are therefore ` +
            `extending the time limit by two months, as Article 12(3) GDPR allows. You ` +
            `will receive our answer by ${d(ext.due)} at the latest.`,
          `Do you disagree? ${complaintRoute(input.policy, 'en')}`,
        ],
        closing: signOff(input, 'Yours faithfully,'),
      };
    },
  },
  refusal: {
    nl: (input, d) => {
      const partial = input.refusal?.partial ?? false;
      return {
        subject: `Uw verzoek ${input.request.reference}: ${partial ? 'gedeeltelijke weigering' : 'weigering'}`,
        salutation: 'Geachte heer/mevrouw,',
        paragraphs: [
          `Op ${d(input.request.receivedOn)} hebben wij uw verzoek ontvangen om ${kindText[input.request.kind].nl}.`,
          `${
            partial
              ? 'Wij geven gedeeltelijk gehoor aan uw verzoek. Aan het overige deel geven wij geen gehoor'
              : 'Wij geven geen gehoor aan uw verzoek'
          }, ` + `om de volgende reden: ${refusalReason(input)} (artikel 12, lid 4, AVG).`,
          `${complaintRoute(input.policy, 'nl')} Daarnaast kunt u zich tot de rechter wenden (artikel 79 AVG).`,
        ],
        closing: signOff(input, 'Met vriendelijke groet,'),
      };
    },
    en: (input, d) => {
      const partial = input.refusal?.partial ?? false;
      return {
        subject: `Your request ${input.request.reference}: ${partial ? 'partial refusal' : 'refusal'}`,
        salutation: 'Dear Sir or Madam,',
        paragraphs: [
          `On ${d(input.request.receivedOn)} we received your request for ${kindText[input.request.kind].en}.`,
          `${
            partial
              ? 'We are complying with part of your request. We are not complying with the rest of it'
              : 'We are not complying with your request'
          }, ` + `for the following reason: ${refusalReason(input)} (Article 12(4) GDPR).`,
          `${complaintRoute(input.policy, 'en')} You may also seek a judicial remedy (Article 79 GDPR).`,
        ],
        closing: signOff(input, 'Yours faithfully,'),
      };
    },
  },
};

function senderLines(policy: Policy): string[] {
  const org = policy.organisation;
  const address = org.postalAddress ? [...org.postalAddress.lines, `${org.postalAddress.postcode} ${org.postalAddress.city}`] : [];
  return [org.name, ...address, org.contact.email, org.contact.phone, org.website];
}

function recipientLines(request: StoredRequest): string[] {
  const lines = [request.requester.name];
  if (request.requester.address) lines.push(...request.requester.address.split(/\s*[,\n]\s*/).filter(Boolean));
  else if (request.requester.email) lines.push(request.requester.email);
  return lines;
}

export function buildLetter(kind: LetterKind, input: LetterInput): Letter {
  const language = input.language ?? input.request.language;
  const d = (date: IsoDate) => formatDate(date, language);
  const body = templates[kind][language](input, d);
  return {
    kind,
    language,
    date: d(input.today),
    senderLines: senderLines(input.policy),
    recipientLines: recipientLines(input.request),
    reference: input.request.reference,
    ...body,
  };
}
