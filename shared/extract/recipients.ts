import { isInEea } from '../law/eeaCountries.ts';
import type { Policy } from '../policy/policySchema.ts';
import type { ActualRecipient, Language, NamedRecipient } from './extractModel.ts';
import type { z } from 'zod';
import type { transferEntrySchema } from './extractModel.ts';
import { countryName, formatDate } from './format.ts';
import type { ProfileRow } from './subjectProfile.ts';
import { fill, textFor } from './texts.ts';

/**
 * Art. 15(1)(c): the recipients to whom the data have been disclosed — the actual recipients from the
 * disclosure records, with date, data and country (EDPB 01/2022 § 117: name them where known) — and
 * Art. 15(2): for transfers outside the EEA, the safeguard they rest on.
 */

type TransferEntry = z.infer<typeof transferEntrySchema>;

export function safeguardOf(policy: Policy, country: string, safeguard: string | null, language: Language): ActualRecipient['safeguard'] {
  if (safeguard === null) return null;
  const registered = policy.thirdCountryTransfers.find((t) => t.country === country && t.safeguard === safeguard);
  // Without a register entry the decision is unknown: not every adequacy decision rests on Art. 45(3)
  // (Switzerland's, 2000/518/EC, is kept in force by Art. 45(9)), so only the article is named.
  const legalReference =
    registered?.legalReference ??
    (safeguard === 'adequacy-decision' ? 'Art. 45 GDPR' : safeguard === 'binding-corporate-rules' ? 'Art. 47 GDPR' : 'Art. 46(2)(c) GDPR');
  return { id: safeguard, label: textFor(`safeguard.${safeguard}`, language), legalReference };
}

export function actualRecipient(
  policy: Policy,
  row: ProfileRow,
  organisationNames: ReadonlyMap<string, string>,
  language: Language,
): ActualRecipient {
  const country = String(row.country);
  const categoryId = String(row.recipient_category);
  const purposeId = String(row.purpose);
  return {
    disclosureId: String(row.id),
    recipientName: organisationNames.get(String(row.recipient_id)) ?? String(row.recipient_id),
    recipientCategory: {
      id: categoryId,
      label: policy.recipientCategories.find((c) => c.id === categoryId)?.label[language] ?? categoryId,
    },
    disclosedOn: String(row.disclosed_on),
    dataCategories: String(row.data_categories)
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean)
      .map((id) => ({ id, label: policy.dataCategories.find((c) => c.id === id)?.label[language] ?? id })),
    purpose: { id: purposeId, label: policy.purposes.find((p) => p.id === purposeId)?.label[language] ?? purposeId },
    country,
    countryInEea: isInEea(country),
    safeguard: safeguardOf(policy, country, row.safeguard === null || row.safeguard === undefined ? null : String(row.safeguard), language),
    caseId: row.case_id === null || row.case_id === undefined ? null : String(row.case_id),
    causedBy: causeOf(row),
  };
}

/** The record a disclosure row is tied to (005_disclosureRecords.ts): at most one of three columns. */
const causeColumns = [
  ['communication_id', 'communications'],
  ['lookup_id', 'external_lookups'],
  ['legal_step_id', 'legal_steps'],
] as const;

function causeOf(row: ProfileRow): ActualRecipient['causedBy'] {
  for (const [column, recordKind] of causeColumns) {
    const id = row[column];
    if (id !== null && id !== undefined) return { recordKind, recordId: String(id) };
  }
  return null;
}

/** The actual recipients of one record (see recipientIndex). */
export type RecipientsOf = (caseId: string | null, dataCategory: string, recordKind: string, recordId: string) => ActualRecipient[];

/**
 * Finds the actual recipients of one record: the disclosures of its case (or, for a record not tied
 * to a case, of any of the person's cases) that included the record's data category, and the
 * disclosures the record itself caused (the printer under the letter it posted, C-154/21). Memoised per
 * (case, category), since a heavy debtor has thousands of records over a few hundred disclosures.
 */
export function recipientIndex(recipients: readonly ActualRecipient[]): RecipientsOf {
  const byCause = new Map<string, ActualRecipient[]>();
  for (const recipient of recipients) {
    if (!recipient.causedBy) continue;
    const key = `${recipient.causedBy.recordKind}:${recipient.causedBy.recordId}`;
    byCause.set(key, [...(byCause.get(key) ?? []), recipient]);
  }
  const ofCase = caseCategoryIndex(recipients);
  return (caseId, dataCategory, recordKind, recordId) => {
    const base = ofCase(caseId, dataCategory);
    const caused = byCause.size > 0 ? byCause.get(`${recordKind}:${recordId}`) : undefined;
    if (!caused) return base;
    return [...base, ...caused.filter((recipient) => !base.includes(recipient))];
  };
}

function caseCategoryIndex(recipients: readonly ActualRecipient[]): (caseId: string | null, dataCategory: string) => ActualRecipient[] {
  const byCase = new Map<string, ActualRecipient[]>();
  for (const recipient of recipients) {
    const key = recipient.caseId ?? '';
    byCase.set(key, [...(byCase.get(key) ?? []), recipient]);
  }
  const memo = new Map<string | null, Map<string, ActualRecipient[]>>();
  return (caseId, dataCategory) => {
    let byCategory = memo.get(caseId);
    if (!byCategory) {
      byCategory = new Map();
      memo.set(caseId, byCategory);
    }
    let found = byCategory.get(dataCategory);
    if (!found) {
      const pool = caseId === null ? recipients : (byCase.get(caseId) ?? []);
      found = pool.filter((r) => r.dataCategories.some((c) => c.id === dataCategory));
      byCategory.set(dataCategory, found);
    }
    return found;
  };
}

/** Every disclosure to a country outside the EEA, with its safeguard (Art. 15(2), Art. 44–49). */
export function transfers(policy: Policy, recipients: readonly ActualRecipient[], language: Language): TransferEntry[] {
  return recipients
    .filter((r) => !r.countryInEea)
    .map((r) => {
      const registered = policy.thirdCountryTransfers.find(
        (t) => t.country === r.country && (r.safeguard === null || t.safeguard === r.safeguard.id),
      );
      const description = r.safeguard && registered ? registered.description[language] : fill('transfer.noSafeguard', language);
      return {
        country: r.country,
        countryName: countryName(r.country, language),
        recipientName: r.recipientName,
        recipientCategory: r.recipientCategory.label,
        disclosedOn: r.disclosedOn,
        safeguard: r.safeguard,
        description,
      };
    });
}

/**
 * The first layer's list of actual recipients (Art. 15(1)(c), C-154/21: the identity of each recipient
 * the organisation knows): one entry per recipient, with every day it received data, oldest first.
 */
export function namedRecipients(recipients: readonly ActualRecipient[], language: Language): NamedRecipient[] {
  const byRecipient = new Map<string, NamedRecipient>();
  for (const r of recipients) {
    const key = `${r.recipientName}\u0000${r.recipientCategory.id}\u0000${r.country}`;
    let entry = byRecipient.get(key);
    if (!entry) {
      entry = {
        recipientName: r.recipientName,
        recipientCategory: r.recipientCategory,
        country: r.country,
        countryName: countryName(r.country, language),
        dates: [],
        dataCategories: [],
      };
      byRecipient.set(key, entry);
    }
    if (!entry.dates.includes(r.disclosedOn)) entry.dates.push(r.disclosedOn);
    for (const category of r.dataCategories)
      if (!entry.dataCategories.some((c) => c.id === category.id)) entry.dataCategories.push(category);
  }
  const entries = [...byRecipient.values()];
  for (const entry of entries) entry.dates.sort();
  return entries.sort((a, b) => a.dates[0]!.localeCompare(b.dates[0]!) || a.recipientName.localeCompare(b.recipientName));
}

/**
 * How the renderers (PDF, preview, review screen) write the recipients of a record or a block of
 * records: one line per recipient, "name (category): date, date, …", so a printer that posted forty
 * letters is named once with its forty dates.
 */
export function recipientLines(recipients: readonly ActualRecipient[], language: Language): string[] {
  const unique = [...new Map(recipients.map((r) => [r.disclosureId, r])).values()];
  return namedRecipients(unique, language).map((r) => namedRecipientLine(r, language));
}

/** "name (category, country outside the Netherlands): date, date, …" */
export function namedRecipientLine(r: NamedRecipient, language: Language, homeCountry = 'NL'): string {
  const where = r.country === homeCountry ? '' : `, ${r.countryName}`;
  return `${r.recipientName} (${r.recipientCategory.label}${where}): ${r.dates.map((date) => formatDate(date, language)).join(', ')}`;
}
