import type { Policy } from '../policy/policySchema.ts';
import type { ProfileRow, SubjectProfile } from './subjectProfile.ts';

/**
 * Art. 15(1) with 15(4): the data of a debt concern everyone liable for it. A guarantor (or co-debtor)
 * who asks for access gets the claim, the payments on it and the arrangements about it, even where they
 * are recorded under the principal debtor, because they say how much he himself still owes; only the
 * fields the register names under `liableParties.withheldFields` (who the other party is, their account)
 * stay withheld. Which record kinds and roles this covers is register data (recordKinds.*.liableParties).
 */

/** The person's own roles per case (case id → roles), over all their subject entries. */
export function ownRolesByCase(profile: SubjectProfile): Map<string, Set<string>> {
  const roles = new Map<string, Set<string>>();
  for (const party of profile.records.case_parties ?? []) {
    if (!profile.subjectIds.includes(String(party.subject_id))) continue;
    const caseId = String(party.case_id);
    roles.set(caseId, (roles.get(caseId) ?? new Set()).add(String(party.role)));
  }
  return roles;
}

/** True when another party's row is a record of a debt the person is liable for, in a role the register names. */
export function isLiableDebtRecord(
  policy: Policy,
  ownRoles: ReadonlyMap<string, ReadonlySet<string>>,
  table: string,
  row: ProfileRow,
): boolean {
  const rule = policy.recordKinds[table]?.liableParties;
  if (!rule || row.case_id === null || row.case_id === undefined) return false;
  const roles = ownRoles.get(String(row.case_id));
  return roles !== undefined && rule.roles.some((role) => roles.has(role));
}
