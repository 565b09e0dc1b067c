import type { z } from 'zod';
import type { LocalizedText } from './common.ts';
import type { policyObjectSchema } from './policySchema.ts';
import type { ProvenanceMark } from './provenanceSchema.ts';

type PolicyShape = z.infer<typeof policyObjectSchema>;

/** The register's sections whose elements carry a provenance mark, in the register's order. */
export const PROVENANCE_SECTIONS = [
  'organisation',
  'supervisoryAuthority',
  'dataSubjectCategories',
  'purposes',
  'dataCategories',
  'sources',
  'recipientCategories',
  'retentionRules',
  'recordKinds',
  'automatedDecisionRuleSets',
  'thirdCountryTransfers',
  'rights',
  'responseTexts',
  'publicHolidays',
] as const;
export type ProvenanceSection = (typeof PROVENANCE_SECTIONS)[number];

/** One element of the register with where it comes from and whether the organisation still has to confirm it. */
export interface ElementProvenance {
  section: ProvenanceSection;
  /** The element's id (or country, table, text key); null for a section that is one element (the organisation). */
  element: string | null;
  /** The element's own name where the register gives one. */
  label: LocalizedText | null;
  /** "unmarked" when the register says nothing: then nobody has said it is the organisation's. */
  from: ProvenanceMark['from'] | 'unmarked';
  note: LocalizedText | null;
  confirmed: { by: string; on: string } | null;
  /** Configuration not yet confirmed, or an unmarked element: the organisation still has to confirm it. */
  toConfirm: boolean;
}

interface Element {
  key: string | null;
  label: LocalizedText | null;
}

/** The elements of each section, keyed as a provenance mark names them. */
export function registerElements(policy: PolicyShape): Record<ProvenanceSection, Element[]> {
  const byId = (list: { id: string; label: LocalizedText }[]) => list.map((e) => ({ key: e.id, label: e.label }));
  return {
    organisation: [{ key: null, label: null }],
    supervisoryAuthority: [{ key: null, label: null }],
    dataSubjectCategories: byId(policy.dataSubjectCategories),
    purposes: byId(policy.purposes),
    dataCategories: byId(policy.dataCategories),
    sources: byId(policy.sources),
    recipientCategories: byId(policy.recipientCategories),
    retentionRules: byId(policy.retentionRules),
    recordKinds: Object.entries(policy.recordKinds).map(([table, kind]) => ({ key: table, label: kind.label })),
    automatedDecisionRuleSets: byId(policy.automatedDecisionRuleSets),
    thirdCountryTransfers: [...new Set(policy.thirdCountryTransfers.map((t) => t.country))].map((country) => ({
      key: country,
      label: null,
    })),
    rights: byId(policy.rights),
    responseTexts: Object.keys(policy.responseTexts).map((key) => ({ key, label: null })),
    publicHolidays: policy.publicHolidays.map((calendar) => ({ key: calendar.country, label: null })),
  };
}

/** Every element of the register with its provenance: its own mark, else its section's, else unmarked. */
export function registerProvenance(policy: PolicyShape): ElementProvenance[] {
  const marks = policy.provenance?.marks ?? {};
  const out: ElementProvenance[] = [];
  const elements = registerElements(policy);
  for (const section of PROVENANCE_SECTIONS) {
    for (const { key, label } of elements[section]) {
      const mark = (key !== null ? marks[`${section}.${key}`] : undefined) ?? marks[section];
      const from = mark?.from ?? 'unmarked';
      out.push({
        section,
        element: key,
        label,
        from,
        note: mark?.note ?? null,
        confirmed: mark?.confirmed ?? null,
        toConfirm: from !== 'published-statement' && !mark?.confirmed,
      });
    }
  }
  return out;
}

/** Marks that name no section or element of the register (a typo would otherwise silently mark nothing). */
export function unknownProvenanceKeys(policy: PolicyShape): string[] {
  const elements = registerElements(policy);
  const known = new Set<string>();
  for (const section of PROVENANCE_SECTIONS) {
    known.add(section);
    for (const { key } of elements[section]) if (key !== null) known.add(`${section}.${key}`);
  }
  return Object.keys(policy.provenance?.marks ?? {}).filter((key) => !known.has(key));
}
