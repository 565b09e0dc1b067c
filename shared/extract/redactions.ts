import { DomainError } from '../errors/domainError.ts';
import type { Policy } from '../policy/policySchema.ts';
import type { Language, ParsedExtractRequest, Redaction, RedactionReason, WithheldEntry } from './extractModel.ts';
import type { ProfileRecords, ProfileRow, SubjectProfile } from './subjectProfile.ts';
import { isLiableDebtRecord, ownRolesByCase } from './liableDebt.ts';
import { textFor } from './texts.ts';

/**
 * Art. 15(4): the copy must not adversely affect the rights and freedoms of others. Data about other
 * people in the person's case file (a co-debtor's name, address, letters, income) are withheld
 * automatically by "system"; the clerk adds redactions and lifts automatic ones, and every decision
 * is listed for the person with its reason and who took it (EDPB 01/2022 §§ 170–172).
 */

export const SYSTEM = 'system';

/** Another person's money matters weigh heavier (income, debts, payments): they get their own reason code. */
const FINANCIAL_KINDS = new Set([
  'aml_checks',
  'external_lookups',
  'payments',
  'payment_arrangements',
  'bank_accounts',
  'automated_decisions',
]);

export function redactionKey(r: { recordKind: string; recordId: string; field?: string | null | undefined }): string {
  return `${r.recordKind}:${r.recordId}:${r.field ?? '*'}`;
}

export interface RedactionPlan {
  /** Record key `${kind}:${id}` → whole-record redaction. */
  wholeRecords: ReadonlyMap<string, Redaction>;
  /** Record key `${kind}:${id}` → field → redaction. */
  fields: ReadonlyMap<string, ReadonlyMap<string, Redaction>>;
  all: readonly Redaction[];
  /** Automatic redactions the clerk lifted, each with the reason recorded for disclosing another person's data. */
  lifted: readonly { recordKind: string; recordId: string; field: string | null; by: string; on: string; reason: string }[];
}

/** What a redaction names that this profile and register do not have; null when it resolves. */
export type RedactionTargetProblem = 'record-not-found' | 'field-unknown' | null;

/**
 * Whether a redaction names something real: a record of the request's linked subjects (their own or a
 * third party's in their case file) and, if a field is given, a field of that record kind. A redaction
 * that names nothing (a typo such as `comunications:…`) would be listed as active while hiding nothing,
 * so the third party's data would go out (Art. 15(4)): it is refused when recorded and again at extract.
 */
export function redactionTargetProblem(
  policy: Policy,
  records: ReadonlySet<string>,
  redaction: { recordKind: string; recordId: string; field?: string | null | undefined },
): RedactionTargetProblem {
  if (!records.has(`${redaction.recordKind}:${redaction.recordId}`)) return 'record-not-found';
  const field = redaction.field ?? undefined;
  if (field !== undefined && !Object.hasOwn(policy.recordKinds[redaction.recordKind]?.fields ?? {}, field)) return 'field-unknown';
  return null;
}

/** Every record key `${kind}:${id}` a profile holds, the person's own and the third parties' in their case files. */
export function profileRecordKeys(profile: SubjectProfile): Set<string> {
  return new Set(indexRecords(profile).keys());
}

/**
 * The automatic redactions for a profile: every third-party record in a shared case — except a record of
 * a debt the person is liable for, of which only the fields that concern the other party alone are
 * withheld (shared/extract/liableDebt.ts) — and fields of the person's own records that name someone else.
 */
export function automaticRedactions(policy: Policy, profile: SubjectProfile, today: string): Redaction[] {
  const out: Redaction[] = [];
  const ownIbans = new Set((profile.records.bank_accounts ?? []).map((row) => String(row.iban)));
  const ownRoles = ownRolesByCase(profile);
  const field = (table: string, row: ProfileRow, name: string) => {
    // An account number is withheld only when it is not the person's own.
    if (name === 'from_iban' && (row.from_iban === null || row.from_iban === undefined || ownIbans.has(String(row.from_iban)))) return;
    const reason = name === 'from_iban' ? 'third-party-financial' : 'third-party-data';
    out.push({ recordKind: table, recordId: String(row.id), field: name, reason, by: SYSTEM, on: today });
  };
  for (const party of profile.thirdParties) {
    for (const [table, rows] of Object.entries(party.records)) {
      for (const row of rows ?? []) {
        if (isLiableDebtRecord(policy, ownRoles, table, row)) {
          for (const name of policy.recordKinds[table]!.liableParties!.withheldFields) field(table, row, name);
          continue;
        }
        out.push({
          recordKind: table,
          recordId: String(row.id),
          reason: FINANCIAL_KINDS.has(table) ? 'third-party-financial' : 'third-party-data',
          by: SYSTEM,
          on: today,
        });
      }
    }
  }
  // A payment into the person's case from an account that is not theirs was made by someone else:
  // that account number is the payer's financial data, not the person's.
  for (const row of profile.records.payments ?? []) field('payments', row, 'from_iban');
  return out;
}

/**
 * Combines the automatic redactions with the clerk's. A clerk's redaction that does not resolve (no such
 * record among this extract's records, or no such field) is refused: something was meant to be hidden,
 * better no extract than a leak. That includes one on a record of an entry unlinked since: the clerk
 * lifts it (the register then shows why), rather than the extract guessing which case it is.
 */
export function planRedactions(policy: Policy, profile: SubjectProfile, request: ParsedExtractRequest, today: string): RedactionPlan {
  const automatic = automaticRedactions(policy, profile, today);
  const liftedKeys = new Map(request.liftedRedactions.map((l) => [l.key, l]));
  // A lifted key that matches no automatic redaction is the clerk's own redaction taken back (the request
  // register lists both kinds): it simply is not among `request.redactions` any more, so nothing to do.
  const all: Redaction[] = [];
  const lifted: RedactionPlan['lifted'][number][] = [];
  for (const redaction of automatic) {
    const lift = liftedKeys.get(redactionKey(redaction));
    if (lift) {
      // Disclosing another person's data needs a recorded reason (Art. 15(4), Art. 5(2)); a lift stored
      // without one (before the rule) is refused rather than shown as if it had been weighed.
      const reason = lift.reason?.trim();
      if (!reason)
        throw new DomainError('redaction.lift-reason-missing', { reference: request.reference, target: redactionKey(redaction) });
      lifted.push({
        recordKind: redaction.recordKind,
        recordId: redaction.recordId,
        field: redaction.field ?? null,
        by: lift.by,
        on: lift.on,
        reason,
      });
    } else all.push(redaction);
  }
  const known = request.redactions.length > 0 ? profileRecordKeys(profile) : new Set<string>();
  for (const redaction of request.redactions) {
    if (redactionTargetProblem(policy, known, redaction) !== null)
      throw new DomainError('redaction.unresolved', { reference: request.reference, target: redactionKey(redaction) });
    all.push(redaction);
  }

  const wholeRecords = new Map<string, Redaction>();
  const fields = new Map<string, Map<string, Redaction>>();
  for (const redaction of all) {
    const recordKey = `${redaction.recordKind}:${redaction.recordId}`;
    if (redaction.field === undefined) {
      if (!wholeRecords.has(recordKey)) wholeRecords.set(recordKey, redaction);
    } else {
      const map = fields.get(recordKey) ?? new Map<string, Redaction>();
      if (!map.has(redaction.field)) map.set(redaction.field, redaction);
      fields.set(recordKey, map);
    }
  }
  return { wholeRecords, fields, all, lifted };
}

export function reasonText(reason: RedactionReason, language: Language): string {
  return textFor(`reason.${reason}`, language);
}

/** The list that goes to the person: what was withheld, why, by whom (Art. 15(4), EDPB 01/2022 § 172). */
export function withheldEntries(policy: Policy, plan: RedactionPlan, language: Language): WithheldEntry[] {
  return plan.all.map((redaction) => {
    const kind = policy.recordKinds[redaction.recordKind];
    const fieldLabel = redaction.field !== undefined ? (kind?.fields[redaction.field]?.[language] ?? redaction.field) : null;
    return {
      recordKind: redaction.recordKind,
      recordKindLabel: kind?.label[language] ?? redaction.recordKind,
      recordId: redaction.recordId,
      field: redaction.field ?? null,
      fieldLabel,
      reason: redaction.reason,
      reasonText: reasonText(redaction.reason, language),
      note: redaction.note ?? null,
      by: redaction.by,
      on: redaction.on,
      automatic: redaction.by === SYSTEM,
    };
  });
}

function indexRecords(profile: SubjectProfile): Map<string, ProfileRow> {
  const index = new Map<string, ProfileRow>();
  const add = (records: ProfileRecords) => {
    for (const [table, rows] of Object.entries(records)) for (const row of rows ?? []) index.set(`${table}:${String(row.id)}`, row);
  };
  add(profile.records);
  for (const party of profile.thirdParties) add(party.records);
  return index;
}
