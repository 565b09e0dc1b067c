import { isInEea } from '../law/eeaCountries.ts';
import type { Policy } from '../policy/policySchema.ts';
import type { ActualRecipient, Language } from './extractModel.ts';
import type { z } from 'zod';
import type { transferEntrySchema } from './extractModel.ts';
import { countryName } from './format.ts';
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
  };
}

/**
 * Finds the actual recipients of one record: the disclosures of its case (or, for a record not tied
 * to a case, of any of the person's cases) that included the record's data category. Memoised per
 * (case, category), since a heavy debtor has thousands of records over a few hundred disclosures.
 */
export function recipientIndex(recipients: readonly ActualRecipient[]): (caseId: string | null, dataCategory: string) => ActualRecipient[] {
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
