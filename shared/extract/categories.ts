import type { Policy } from '../policy/policySchema.ts';
import { PROCESSOR_RULE_ID } from '../retention/retentionRules.ts';
import type { CategorySection, Language, RecordEntry } from './extractModel.ts';
import type { z } from 'zod';
import type { purposeEntrySchema } from './extractModel.ts';
import type { BasisFilter } from './legalBases.ts';

/**
 * The copy grouped by data category (Art. 15(1)(b)), each section carrying what Art. 15(1) asks per
 * category: purposes with legal bases (a; EDPB 01/2022 § 115 asks for the basis per purpose), the
 * recipient categories of the register (c), the retention rules in force for its records (d) and
 * where its data came from (g).
 */

type PurposeEntry = z.infer<typeof purposeEntrySchema>;

/** A purpose with its legal bases: those `applies` keeps (the ones that apply to the person, legalBases.ts), or all. */
export function purposeEntry(policy: Policy, id: string, language: Language, applies?: BasisFilter): PurposeEntry {
  const purpose = policy.purposes.find((p) => p.id === id);
  if (!purpose) throw new Error(`The processing register has no purpose "${id}"`);
  return {
    id,
    label: purpose.label[language],
    description: purpose.description[language],
    legalBases: purpose.legalBases
      .filter((basis) => applies?.(id, basis) ?? true)
      .map((basis) => ({
        article: basis.article,
        label: basis.nationalLaw ? `${basis.label[language]} (${basis.nationalLaw[language]})` : basis.label[language],
        ...(basis.legitimateInterest ? { legitimateInterest: basis.legitimateInterest[language] } : {}),
      })),
  };
}

/** Ids in first-seen order, deduplicated. */
function unique(ids: Iterable<string>): string[] {
  return [...new Set(ids)];
}

export function sourceEntries(policy: Policy, ids: Iterable<string>, language: Language): CategorySection['sources'] {
  return unique(ids).map((id) => {
    const source = policy.sources.find((s) => s.id === id);
    return { id, label: source?.label[language] ?? id, description: source?.description[language] ?? id };
  });
}

export function recipientCategoryEntries(
  policy: Policy,
  purposeIds: Iterable<string>,
  language: Language,
): CategorySection['recipientCategories'] {
  const ids = unique([...purposeIds].flatMap((id) => policy.purposes.find((p) => p.id === id)?.recipientCategories ?? []));
  return ids.map((id) => ({ id, label: policy.recipientCategories.find((c) => c.id === id)?.label[language] ?? id }));
}

export function retentionRuleEntries(policy: Policy, ruleIds: Iterable<string>, language: Language): CategorySection['retentionRules'] {
  return unique(ruleIds)
    .filter((id) => id !== PROCESSOR_RULE_ID)
    .map((id) => {
      const rule = policy.retentionRules.find((r) => r.id === id)!;
      return { id, label: rule.label[language], explanation: rule.explanation[language] };
    });
}

/** The purposes of the records, in first-seen order (records of one kind share their purposes array). */
export function purposeIdsOf(records: readonly RecordEntry[]): string[] {
  const seenArrays = new Set<RecordEntry['purposes']>();
  const ids = new Set<string>();
  for (const record of records) {
    if (seenArrays.has(record.purposes)) continue;
    seenArrays.add(record.purposes);
    for (const purpose of record.purposes) ids.add(purpose.id);
  }
  return [...ids];
}

/** Groups record entries into sections, in the register's order of data categories. */
export function categorySections(
  policy: Policy,
  records: readonly RecordEntry[],
  language: Language,
  applies?: BasisFilter,
): CategorySection[] {
  const byCategory = new Map<string, RecordEntry[]>();
  for (const record of records) {
    const category = policy.recordKinds[record.recordKind]!.dataCategory;
    const list = byCategory.get(category);
    if (list) list.push(record);
    else byCategory.set(category, [record]);
  }
  return policy.dataCategories
    .filter((category) => byCategory.has(category.id))
    .map((category) => {
      const entries = byCategory.get(category.id)!;
      // Purposes and sources are taken from the records the person sees. A category whose records are all
      // withheld (another person's data in a shared case, Art. 15(4)) would then show none (issue 14.3):
      // it still has purposes and a source, which the register gives per record kind and say nothing
      // about the other person, so they come from the withheld records.
      const own = entries.filter((r) => !r.withheld);
      const shown = own.length > 0 ? own : entries;
      const purposeIds = purposeIdsOf(shown);
      return {
        id: category.id,
        label: category.label[language],
        description: category.description[language],
        purposes: purposeIds.map((id) => purposeEntry(policy, id, language, applies)),
        sources: sourceEntries(
          policy,
          shown.map((r) => r.source.id),
          language,
        ),
        recipientCategories: recipientCategoryEntries(policy, purposeIds, language),
        retentionRules: retentionRuleEntries(
          policy,
          entries.map((r) => r.retention.ruleId),
          language,
        ),
        records: entries,
      };
    });
}
