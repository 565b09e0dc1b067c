import type { z } from 'zod';
import { isInEea } from '../law/eeaCountries.ts';
import { REQUIRED_RIGHT_IDS } from './registerSchema.ts';
import type { policyObjectSchema } from './policySchema.ts';

/**
 * Checks that span the register: ids are unique and every reference points at an entry that exists,
 * so that an extract never names a purpose, source or retention rule it cannot explain. Each issue's
 * path names the offending field exactly (e.g. `recordKinds.payments.purposes[1]`).
 */

type PolicyShape = z.infer<typeof policyObjectSchema>;
type Path = (string | number)[];

/** Legal bases under which Art. 20(1)(a) grants portability: consent or contract. */
const PORTABLE_BASES = new Set(['6(1)(a)', '6(1)(b)', '9(2)(a)']);

export function checkCrossReferences(policy: PolicyShape, ctx: z.RefinementCtx): void {
  const issue = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message });

  const ids = (list: { id: string }[], at: string): Set<string> => {
    const seen = new Map<string, number>();
    list.forEach((entry, i) => {
      const first = seen.get(entry.id);
      if (first !== undefined) issue([at, i, 'id'], `duplicate id "${entry.id}" (first at ${at}[${first}])`);
      else seen.set(entry.id, i);
    });
    return new Set(seen.keys());
  };

  const subjectCategories = ids(policy.dataSubjectCategories, 'dataSubjectCategories');
  const purposes = ids(policy.purposes, 'purposes');
  const dataCategories = ids(policy.dataCategories, 'dataCategories');
  const sources = ids(policy.sources, 'sources');
  const recipients = ids(policy.recipientCategories, 'recipientCategories');
  const retentionRules = ids(policy.retentionRules, 'retentionRules');
  ids(policy.automatedDecisionRuleSets, 'automatedDecisionRuleSets');
  const rights = ids(policy.rights, 'rights');

  const refs = (known: Set<string>, what: string, list: readonly string[], path: Path) => {
    const seen = new Set<string>();
    list.forEach((id, i) => {
      if (!known.has(id)) issue([...path, i], `unknown ${what} "${id}"`);
      else if (seen.has(id)) issue([...path, i], `${what} "${id}" is listed twice`);
      seen.add(id);
    });
  };

  policy.purposes.forEach((purpose, i) => {
    refs(subjectCategories, 'data subject category', purpose.subjectCategories, ['purposes', i, 'subjectCategories']);
    refs(dataCategories, 'data category', purpose.dataCategories, ['purposes', i, 'dataCategories']);
    refs(sources, 'source', purpose.sources, ['purposes', i, 'sources']);
    refs(recipients, 'recipient category', purpose.recipientCategories, ['purposes', i, 'recipientCategories']);
    purpose.legalBases.forEach((basis, j) => {
      const when = basis.appliesWhen;
      const at: Path = ['purposes', i, 'legalBases', j, 'appliesWhen'];
      if (when?.subjectCategories) refs(subjectCategories, 'data subject category', when.subjectCategories, [...at, 'subjectCategories']);
      when?.recordKinds?.forEach((table, k) => {
        if (!(table in policy.recordKinds)) issue([...at, 'recordKinds', k], `unknown record kind "${table}"`);
      });
      when?.recordValues?.forEach((condition, k) => {
        const kind = policy.recordKinds[condition.recordKind];
        if (!kind) issue([...at, 'recordValues', k, 'recordKind'], `unknown record kind "${condition.recordKind}"`);
        else if (!(condition.field in kind.fields)) issue([...at, 'recordValues', k, 'field'], `unknown field "${condition.field}"`);
      });
    });
  });

  const roleOf = new Map(policy.dataSubjectCategories.map((c) => [c.id, c.role]));
  const purposeById = new Map(policy.purposes.map((p) => [p.id, p]));

  for (const [table, kind] of Object.entries(policy.recordKinds)) {
    const at: Path = ['recordKinds', table];
    if (!dataCategories.has(kind.dataCategory)) issue([...at, 'dataCategory'], `unknown data category "${kind.dataCategory}"`);
    refs(purposes, 'purpose', kind.purposes, [...at, 'purposes']);
    if (kind.retentionRule !== null && !retentionRules.has(kind.retentionRule)) {
      issue([...at, 'retentionRule'], `unknown retention rule "${kind.retentionRule}"`);
    }
    for (const [category, rule] of Object.entries(kind.retentionBySubjectCategory ?? {})) {
      const path = [...at, 'retentionBySubjectCategory', category];
      if (!subjectCategories.has(category)) issue(path, `unknown data subject category "${category}"`);
      if (!retentionRules.has(rule)) issue(path, `unknown retention rule "${rule}"`);
    }
    if (kind.subjectCategories) refs(subjectCategories, 'data subject category', kind.subjectCategories, [...at, 'subjectCategories']);

    // Art. 28: records held as processor serve the client's purposes and retention, and Art. 20 is
    // the client's to answer; a record kind cannot be held in both roles at once.
    const roles = new Set((kind.subjectCategories ?? []).map((c) => roleOf.get(c)).filter((r) => r !== undefined));
    if (roles.size > 1) {
      issue([...at, 'subjectCategories'], 'a record kind is held either as controller or as processor, not both');
    } else if (roles.has('processor')) {
      if (kind.purposes.length > 0)
        issue([...at, 'purposes'], 'records held as processor serve no purpose of our own: leave purposes empty');
      if (kind.retentionRule !== null)
        issue([...at, 'retentionRule'], 'records held as processor are kept as the client decides: use null');
      if (kind.portability !== 'not-applicable')
        issue([...at, 'portability'], 'records held as processor are "not-applicable" for portability');
    } else {
      if (kind.purposes.length === 0) issue([...at, 'purposes'], 'Art. 15(1)(a): name at least one purpose');
      if (kind.retentionRule === null) issue([...at, 'retentionRule'], 'Art. 15(1)(d): name a retention rule');
      const listed = kind.purposes.some((p) => purposeById.get(p)?.dataCategories.includes(kind.dataCategory));
      if (kind.purposes.length > 0 && dataCategories.has(kind.dataCategory) && !listed) {
        issue([...at, 'dataCategory'], `none of the record kind's purposes lists data category "${kind.dataCategory}"`);
      }
    }

    // Art. 15(4): what a liable party sees of another's debt record must name real columns, or nothing would be withheld.
    if (kind.liableParties) {
      for (const column of ['case_id', 'subject_id', ...kind.liableParties.withheldFields])
        if (!Object.hasOwn(kind.fields, column)) issue([...at, 'liableParties'], `the record kind has no field "${column}"`);
    }

    if (kind.portability === 'provided' || kind.portability === 'observed') {
      const portable = kind.purposes.some((p) => purposeById.get(p)?.legalBases.some((b) => PORTABLE_BASES.has(b.article)));
      if (!portable) issue([...at, 'portability'], 'Art. 20(1)(a): portability needs a purpose based on consent or contract');
      // Art. 20(1): say which records the person provided and on which basis (issue 12.11), not only the kind.
      const scope = kind.portabilityScope;
      if (!scope) issue([...at, 'portabilityScope'], 'Art. 20(1): name the sources that count as provided by the person, and the basis');
      else {
        refs(sources, 'source', scope.sources, [...at, 'portabilityScope', 'sources']);
        if (!kind.purposes.some((p) => purposeById.get(p)?.legalBases.some((b) => b.article === scope.basis)))
          issue([...at, 'portabilityScope', 'basis'], `none of the record kind's purposes rests on ${scope.basis}`);
        if (scope.basisColumn && !Object.hasOwn(kind.fields, scope.basisColumn.name))
          issue([...at, 'portabilityScope', 'basisColumn'], `the record kind has no field "${scope.basisColumn.name}"`);
      }
    } else if (kind.portabilityScope) issue([...at, 'portabilityScope'], 'only a provided or observed kind has a portability scope');
  }

  policy.thirdCountryTransfers.forEach((transfer, i) => {
    if (isInEea(transfer.country)) {
      issue(['thirdCountryTransfers', i, 'country'], `${transfer.country} is in the EEA: no third-country transfer`);
    }
    if (!recipients.has(transfer.recipientCategory)) {
      issue(['thirdCountryTransfers', i, 'recipientCategory'], `unknown recipient category "${transfer.recipientCategory}"`);
    }
  });

  for (const required of REQUIRED_RIGHT_IDS) {
    if (!rights.has(required)) issue(['rights'], `Art. 15(1)(e): the right "${required}" must be described`);
  }
}
