import type { Policy } from '../policy/policySchema.ts';
import type { RecordEntry } from './extractModel.ts';

type LegalBasis = Policy['purposes'][number]['legalBases'][number];

/** Whether a legal basis of a purpose applies to this person. */
export type BasisFilter = (purposeId: string, basis: LegalBasis) => boolean;

/** What the conditions of the register (`appliesWhen`, shared/policy/registerSchema.ts) are judged on. */
export interface BasisContext {
  /** The person's categories of data subject in which the organisation is controller. */
  categories: readonly string[];
  /** The person's own records as the extract shows them (withheld ones left out). */
  records: readonly RecordEntry[];
  /** The organisation kinds of the clients of the person's cases (a public authority: 'authority'). */
  clientKinds: ReadonlySet<string>;
}

/**
 * Per purpose, the legal bases that apply to this person (issue 12.7; Art. 15(1)(a) with EDPB 01/2022
 * § 115: the basis per purpose as it applies, not every basis the purpose may rest on). A basis applies
 * when it has no condition or when any of its conditions holds for the records under that purpose.
 * Should none of a purpose's bases apply, the register has a gap: then all of them are listed rather
 * than none, because a purpose without a basis would tell the person less than the register says.
 */
export function applicableBases(policy: Policy, context: BasisContext): BasisFilter {
  const kindsByPurpose = new Map<string, Set<string>>();
  const recordsByKind = new Map<string, RecordEntry[]>();
  for (const record of context.records) {
    for (const purpose of record.purposes) {
      let kinds = kindsByPurpose.get(purpose.id);
      if (!kinds) kindsByPurpose.set(purpose.id, (kinds = new Set()));
      kinds.add(record.recordKind);
    }
    const list = recordsByKind.get(record.recordKind);
    if (list) list.push(record);
    else recordsByKind.set(record.recordKind, [record]);
  }

  const holds = (purposeId: string, basis: LegalBasis): boolean => {
    const when = basis.appliesWhen;
    if (!when) return true;
    const kinds = kindsByPurpose.get(purposeId) ?? new Set<string>();
    if (when.subjectCategories?.some((c) => context.categories.includes(c))) return true;
    if (when.recordKinds?.some((kind) => kinds.has(kind))) return true;
    if (when.clientKinds?.some((kind) => context.clientKinds.has(kind))) return true;
    return (
      when.recordValues?.some((condition) =>
        (recordsByKind.get(condition.recordKind) ?? []).some((record) => {
          if (!record.purposes.some((p) => p.id === purposeId)) return false;
          const value = record.fields.find((field) => field.name === condition.field)?.value;
          return value !== null && value !== undefined && condition.values.includes(String(value));
        }),
      ) ?? false
    );
  };

  const memo = new Map<string, Set<LegalBasis>>();
  return (purposeId, basis) => {
    let applying = memo.get(purposeId);
    if (!applying) {
      const bases = policy.purposes.find((p) => p.id === purposeId)?.legalBases ?? [];
      const found = bases.filter((b) => holds(purposeId, b));
      applying = new Set(found.length > 0 ? found : bases);
      memo.set(purposeId, applying);
    }
    return applying.has(basis);
  };
}
