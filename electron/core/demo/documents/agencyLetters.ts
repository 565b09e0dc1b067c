import { formatCents, formatDate } from '../../../../shared/extract/format.ts';
import { formatIban } from '../../../../shared/identifiers/iban.ts';
import type { CaseFacts, PersonFacts } from './demoDocumentFacts.ts';
import type { PdfLetter } from './demoPdf.ts';

/** The agency as its letters show it: from the register's organisation (name, post address, phone, e-mail). */
export interface AgencyFacts {
  name: string;
  addressLines: readonly string[];
  city: string;
  phone: string;
  email: string;
  /** The agency's third-party account the debtor pays into (synthetic). */
  iban: string;
}

/**
 * The collection letters the agency sends, as templates over a case's own amounts (issue 16.1). The
 * texts follow Dutch collection practice: the aanmaning is the reminder that starts the 14-day term
 * of Art. 6:96(6) BW before extrajudicial collection costs may be charged, the sommatie is the formal
 * demand that adds those costs, and the bevestiging confirms a payment arrangement in writing.
 */
export const agencyLetterKinds = ['aanmaning', 'sommatie', 'betalingsregeling'] as const;
export type AgencyLetterKind = (typeof agencyLetterKinds)[number];

export const agencyLetterTitles: Record<AgencyLetterKind, string> = {
  aanmaning: 'Aanmaning',
  sommatie: 'Sommatie',
  betalingsregeling: 'Bevestiging betalingsregeling',
};

const money = (cents: number): string => formatCents(cents, 'nl');
/** Ends a sentence on a name without doubling the full stop of "B.V.". */
const sentence = (text: string): string => (text.endsWith('.') ? text : `${text}.`);

/**
 * The arrangement the letters and the person's own letters speak of: as many instalments as the case's
 * recorded arrangement (six without one), together paying the whole claim with interest and costs.
 */
export function paymentPlan(claim: CaseFacts): { instalments: number; instalmentCents: number; totalCents: number } {
  const totalCents = claim.principalCents + claim.interestCents + claim.costsCents;
  const instalments = claim.arrangement?.instalments ?? 6;
  return { instalments, instalmentCents: Math.ceil(totalCents / instalments), totalCents };
}

export function agencyLetter(kind: AgencyLetterKind, agency: AgencyFacts, person: PersonFacts, claim: CaseFacts, date: string): PdfLetter {
  const owed = claim.principalCents + claim.interestCents;
  const plan = paymentPlan(claim);
  const withCosts = owed + claim.costsCents;
  const payTo =
    `Maak het bedrag over op rekening ${formatIban(agency.iban)} ten name van ${agency.name}, ` +
    `onder vermelding van dossiernummer ${claim.id}.`;
  const paragraphs: Record<AgencyLetterKind, string[]> = {
    aanmaning: [
      `Onze opdrachtgever ${claim.clientName} heeft ons gevraagd de volgende vordering bij u te innen: ` +
        `${claim.claimDescription.toLowerCase()}${claim.agreementReference ? ` (overeenkomst ${claim.agreementReference})` : ''}.`,
      `Volgens onze administratie staat nog open: hoofdsom ${money(claim.principalCents)} en rente ${money(claim.interestCents)}, ` +
        `samen ${money(owed)}.`,
      `Wij verzoeken u dit bedrag binnen 14 dagen na de dag van ontvangst van deze brief te betalen. ${payTo}`,
      `Betaalt u niet binnen deze termijn, dan komen buitengerechtelijke incassokosten van ${money(claim.costsCents)} voor uw ` +
        'rekening (artikel 6:96 lid 6 BW). Kunt u niet in één keer betalen, neem dan contact met ons op voor een betalingsregeling.',
    ],
    sommatie: [
      `Ondanks onze aanmaning hebben wij geen betaling van u ontvangen op de vordering van ${sentence(claim.clientName)}`,
      `U bent nu verschuldigd: hoofdsom ${money(claim.principalCents)}, rente ${money(claim.interestCents)} en ` +
        `buitengerechtelijke incassokosten ${money(claim.costsCents)}, in totaal ${money(withCosts)}.`,
      `Wij sommeren u dit bedrag binnen 8 dagen te betalen. ${payTo}`,
      'Blijft betaling uit, dan kan onze opdrachtgever zonder nadere aankondiging een gerechtelijke procedure tegen u beginnen. ' +
        'De kosten daarvan kunnen eveneens voor uw rekening komen.',
    ],
    betalingsregeling: [
      `Hierbij bevestigen wij de betalingsregeling die wij met u hebben afgesproken voor de vordering van ${sentence(claim.clientName)} ` +
        `Het totaal van ${money(withCosts)} betaalt u in termijnen.`,
      `U betaalt ${plan.instalments} maandelijkse termijnen van ${money(plan.instalmentCents)}, de eerste binnen 14 dagen na ` +
        'de datum van deze brief.',
      payTo,
      'Zolang u de termijnen op tijd betaalt, nemen wij geen verdere incassomaatregelen. Betaalt u een termijn niet, dan vervalt ' +
        'de regeling en is het hele openstaande bedrag direct opeisbaar.',
    ],
  };
  return {
    letterhead: [agency.name, ...agency.addressLines, `T ${agency.phone}`, agency.email],
    addressee: [`${person.title === 'heer' ? 'De heer' : 'Mevrouw'} ${person.formalName}`, ...person.addressLines],
    meta: [
      `${agency.city}, ${formatDate(date, 'nl')}`,
      `Dossiernummer: ${claim.id}`,
      `Uw referentie bij ${claim.clientName}: ${claim.clientReference}`,
    ],
    subject: `${agencyLetterTitles[kind]} – dossier ${claim.id}`,
    paragraphs: [`Geachte ${person.title} ${salutationName(person)},`, ...paragraphs[kind]],
    closing: ['Met vriendelijke groet,', '', agency.name, 'Afdeling Incasso'],
  };
}

/** "A. de Jong" → "De Jong": without initials, Dutch writes the particle with a capital (Geachte mevrouw De Jong). */
export function salutationName(person: PersonFacts): string {
  const family = person.formalName.replace(/^\S+\s/, '');
  return family.charAt(0).toUpperCase() + family.slice(1);
}
