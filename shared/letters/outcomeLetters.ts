import type { IsoDate } from '../dates/isoDate.ts';
import { DomainError } from '../errors/domainError.ts';
import type { Language } from '../extract/extractModel.ts';
import { capacityLabels } from '../requests/representative.ts';
import type { StoredController } from '../requests/requestOutcome.ts';
import type { LetterInput, Template } from './letterParts.ts';
import { complaintRoute, controllerContactText, kindText, kindTextThirdPerson } from './letterParts.ts';

/**
 * The letters of the outcomes that are not an extract (issue 12.6 and 12.8; docs/domain.md § 9):
 *  - no-data: "we hold no personal data about you" (Art. 15(1): the confirmation is the answer);
 *  - processor-referral: to the person: the organisation holds the data only as processor; the
 *    controller (the client) decides, and this is who it is and how to reach it (Art. 28(3)(e));
 *  - controller-notice: to the client: the request, and that nothing is handed out without its instruction.
 */

function noDataApplies(input: LetterInput): void {
  const linked = input.request.subjects.length;
  if (linked > 0) throw new DomainError('letter.no-data-not-applicable', { reference: input.request.reference, linked });
}

function controllersOf(input: LetterInput): StoredController[] {
  if (input.request.controllers.length === 0) throw new DomainError('letter.not-referred', { reference: input.request.reference });
  return input.request.controllers;
}

function noticeController(input: LetterInput): StoredController {
  const all = controllersOf(input);
  const { reference } = input.request;
  if (input.controllerId !== undefined) {
    const chosen = all.find((c) => c.controllerId === input.controllerId);
    if (!chosen) throw new DomainError('controller.unknown', { reference, controllerId: input.controllerId });
    return chosen;
  }
  if (all.length > 1)
    throw new DomainError('letter.controller-required', { reference, controllers: all.map((c) => c.controllerId).join(', ') });
  return all[0]!;
}

function representedBy(input: LetterInput, language: Language): string {
  const rep = input.request.representative;
  if (!rep) return '';
  return language === 'nl'
    ? `, ingediend door ${rep.name} als ${capacityLabels[rep.capacity].nl}`
    : `, made by ${rep.name} as ${capacityLabels[rep.capacity].en}`;
}

function dueText(input: LetterInput, d: (date: IsoDate) => string, language: Language): string {
  if (input.deadline.state !== 'running') return '';
  return language === 'nl'
    ? ` De termijn van artikel 12, lid 3, AVG eindigt zonder verlenging op ${d(input.deadline.due)}.`
    : ` Without an extension, the time limit of Article 12(3) GDPR ends on ${d(input.deadline.due)}.`;
}

export const outcomeTemplates: Record<'no-data' | 'processor-referral' | 'controller-notice', Record<Language, Template>> = {
  'no-data': {
    nl: (input, d) => {
      noDataApplies(input);
      return {
        subject: `Uw verzoek ${input.request.reference}: wij verwerken geen persoonsgegevens van u`,
        paragraphs: [
          `Op ${d(input.request.receivedOn)} hebben wij uw verzoek ontvangen om ${kindText[input.request.kind].nl}.`,
          'Wij hebben in onze administratie gezocht met de gegevens die u ons gaf. Wij verwerken geen ' +
            'persoonsgegevens over u (artikel 15, lid 1, AVG). Er is daarom ook niets dat wij u in een kopie kunnen geven.',
          'Alleen uw verzoek en ons antwoord bewaren wij, om te kunnen aantonen dat en hoe wij het hebben ' +
            'beantwoord (artikel 5, lid 2, AVG).',
          complaintRoute(input.policy, 'nl'),
        ],
      };
    },
    en: (input, d) => {
      noDataApplies(input);
      return {
        subject: `Your request ${input.request.reference}: we hold no personal data about you`,
        paragraphs: [
          `On ${d(input.request.receivedOn)} we received your request for ${kindText[input.request.kind].en}.`,
          'We have searched our records with the details you gave us. We hold no personal data about you ' +
            '(Article 15(1) GDPR), so there is nothing we could give you a copy of.',
          'We keep only your request and our answer, to be able to show that and how we answered it (Article 5(2) GDPR).',
          complaintRoute(input.policy, 'en'),
        ],
      };
    },
  },
  'processor-referral': {
    nl: (input, d) => {
      const controllers = controllersOf(input);
      return {
        subject: `Uw verzoek ${input.request.reference}: doorgestuurd naar de verwerkingsverantwoordelijke`,
        paragraphs: [
          `Op ${d(input.request.receivedOn)} hebben wij uw verzoek ontvangen om ${kindText[input.request.kind].nl}.`,
          'Uw gegevens verwerken wij uitsluitend namens ' +
            (controllers.length > 1 ? 'de volgende bedrijven' : 'het volgende bedrijf') +
            ', voor wie wij facturen beheren en betalingen verwerken. Voor deze gegevens is dat bedrijf de ' +
            'verwerkingsverantwoordelijke en zijn wij verwerker (artikel 28 AVG). Over uw verzoek beslist daarom ' +
            'de verwerkingsverantwoordelijke, niet wij.',
          ...controllers.map((c) => controllerContactText(c)),
          `Wij hebben uw verzoek op ${d(input.today)} aan de verwerkingsverantwoordelijke doorgegeven en helpen ` +
            'bij de beantwoording (artikel 28, lid 3, onder e, AVG). U kunt ook zelf contact opnemen via de ' +
            'gegevens hierboven; die staan ook op uw factuur. Uw rechten (inzage, rectificatie, wissing, ' +
            'beperking, bezwaar, overdraagbaarheid) oefent u uit bij de verwerkingsverantwoordelijke.',
          complaintRoute(input.policy, 'nl'),
        ],
      };
    },
    en: (input, d) => {
      const controllers = controllersOf(input);
      return {
        subject: `Your request ${input.request.reference}: passed on to the controller`,
        paragraphs: [
          `On ${d(input.request.receivedOn)} we received your request for ${kindText[input.request.kind].en}.`,
          'We process your data only on behalf of ' +
            (controllers.length > 1 ? 'the following companies' : 'the following company') +
            ', for whom we manage invoices and process payments. For these data that company is the ' +
            'controller and we are its processor (Article 28 GDPR). The controller, not we, therefore decides on your request.',
          ...controllers.map((c) => controllerContactText(c)),
          `We passed your request on to the controller on ${d(input.today)} and assist in answering it ` +
            '(Article 28(3)(e) GDPR). You can also contact the controller yourself using the details above, ' +
            'which are also on your invoice. You exercise your rights (access, rectification, erasure, ' +
            'restriction, objection, portability) with the controller.',
          complaintRoute(input.policy, 'en'),
        ],
      };
    },
  },
  'controller-notice': {
    nl: (input, d) => {
      const controller = noticeController(input);
      const { request } = input;
      return {
        recipientLines: [controller.name, ...controller.contact.addressLines],
        subject: `Verzoek van een betrokkene over gegevens die wij namens u verwerken, kenmerk ${request.reference}`,
        paragraphs: [
          `Op ${d(request.receivedOn)} ontvingen wij een verzoek van ${request.requester.name}${representedBy(input, 'nl')} om ` +
            `${kindTextThirdPerson[request.kind].nl}. Een kopie van het verzoek sluiten wij bij.`,
          'De persoonsgegevens van deze persoon verwerken wij uitsluitend namens u, als verwerker (artikel 28 AVG): ' +
            'de facturen en betalingen die wij voor u beheren. U bent voor deze gegevens de verwerkingsverantwoordelijke ' +
            'en beslist over het verzoek; wij helpen u daarbij (artikel 28, lid 3, onder e, AVG). Wij hebben de ' +
            `betrokkene laten weten dat het verzoek bij u ligt en hoe u te bereiken bent.${dueText(input, d, 'nl')}`,
          'Wij verstrekken de betrokkene geen gegevens zonder uw schriftelijke instructie (artikel 28, lid 3, onder a, AVG). ' +
            'Laat u ons weten of wij de betrokkene namens u een ondertekend uittreksel moeten sturen van de gegevens die ' +
            `wij voor u verwerken, of dat u het verzoek zelf beantwoordt? Vermeld daarbij kenmerk ${request.reference}.`,
        ],
      };
    },
    en: (input, d) => {
      const controller = noticeController(input);
      const { request } = input;
      return {
        recipientLines: [controller.name, ...controller.contact.addressLines],
        subject: `A data subject's request about data we process on your behalf, reference ${request.reference}`,
        paragraphs: [
          `On ${d(request.receivedOn)} we received a request from ${request.requester.name}${representedBy(input, 'en')} for ` +
            `${kindTextThirdPerson[request.kind].en}. A copy of the request is enclosed.`,
          "We process this person's personal data only on your behalf, as your processor (Article 28 GDPR): the invoices " +
            'and payments we manage for you. You are the controller of these data and decide on the request; we assist ' +
            'you (Article 28(3)(e) GDPR). We have told the data subject that the request lies with you and how to reach ' +
            `you.${dueText(input, d, 'en')}`,
          'We will not give the data subject any data without your written instruction (Article 28(3)(a) GDPR). Please ' +
            'let us know whether we should send the data subject, on your behalf, a signed extract of the data we process ' +
            `for you, or whether you will answer the request yourself, quoting reference ${request.reference}.`,
        ],
      };
    },
  },
};
