import type { Policy } from '../policy/policySchema.ts';
import type { RecordRetention, RetentionContext } from '../retention/retentionRules.ts';
import { computeRecordRetention, PROCESSOR_RULE_ID, ruleById } from '../retention/retentionRules.ts';
import type { ActualRecipient, Language, Redaction, RecordEntry } from './extractModel.ts';
import type { z } from 'zod';
import type { retentionEntrySchema } from './extractModel.ts';
import { formatDate } from './format.ts';
import type { DisplayContext } from './recordFields.ts';
import { displayValue } from './recordFields.ts';
import type { RedactionPlan } from './redactions.ts';
import { reasonText } from './redactions.ts';
import type { ProfileRow } from './subjectProfile.ts';
import { fill } from './texts.ts';

/**
 * One record of the copy (Art. 15(3)): every field with its value, and for this record the purposes
 * with their legal bases (a), its source (g), the actual recipients (c), the retention rule and what
 * it computes to (d), and whether it belongs in the portability set (Art. 20).
 */

type RetentionEntry = z.infer<typeof retentionEntrySchema>;

export interface RecordEnv {
  policy: Policy;
  language: Language;
  display: DisplayContext;
  /** The person's register categories, to keep only the purposes that concern them. */
  categories: readonly string[];
  retention: RetentionContext;
  recipientsOf: (caseId: string | null, dataCategory: string) => ActualRecipient[];
  redactions: RedactionPlan;
}

export function purposesFor(policy: Policy, table: string, categories: readonly string[]): string[] {
  const kind = policy.recordKinds[table];
  if (!kind) return [];
  const applicable = kind.purposes.filter((id) => {
    const purpose = policy.purposes.find((p) => p.id === id);
    return purpose !== undefined && purpose.subjectCategories.some((c) => categories.includes(c));
  });
  // A person whose records give no category (a bare entry) still gets every purpose of the record kind.
  return applicable.length > 0 ? applicable : [...kind.purposes];
}

export function retentionEntry(policy: Policy, retention: RecordRetention, language: Language): RetentionEntry {
  if (retention.ruleId === PROCESSOR_RULE_ID) {
    return { ruleId: retention.ruleId, label: fill('retention.processorRule', language), status: retention.status, until: null, explanation: fill('retention.controller-decides', language), holdReason: null };
  }
  const rule = ruleById(policy, retention.ruleId);
  const label = rule.label[language];
  const parts: string[] = [];
  if (rule.period.years) parts.push(fill('period.years', language, { count: rule.period.years }));
  if (rule.period.months) parts.push(fill('period.months', language, { count: rule.period.months }));
  const period = parts.length > 0 ? parts.join(' + ') : fill('period.none', language);
  const explanation = fill(`retention.${retention.reason}`, language, {
    rule: label,
    until: retention.until ? formatDate(retention.until, language) : '',
    period,
    since: retention.hold ? formatDate(retention.hold.startedOn, language) : '',
    reason: retention.hold?.reason ?? '',
  });
  return { ruleId: rule.id, label, status: retention.status, until: retention.until, explanation, holdReason: retention.hold?.reason ?? null };
}

export function recordEntry(env: RecordEnv, table: string, row: ProfileRow, options: { thirdParty?: boolean } = {}): RecordEntry {
  const { policy, language } = env;
  const kind = policy.recordKinds[table];
  if (!kind) throw new Error(`The processing register has no record kind "${table}"`);
  const recordId = String(row.id);
  const key = `${table}:${recordId}`;
  const whole = env.redactions.wholeRecords.get(key);
  const fieldRedactions = env.redactions.fields.get(key);
  const caseId = table === 'cases' ? recordId : row.case_id === null || row.case_id === undefined ? null : String(row.case_id);
  const redactedAs = (redaction: Redaction) => ({ reason: redaction.reason, reasonText: reasonText(redaction.reason, language) });

  const fields = Object.keys(kind.fields).map((name) => {
    const redaction = whole ?? fieldRedactions?.get(name);
    const label = kind.fields[name]![language];
    if (redaction) return { name, label, value: null, display: fill('label.withheld', language), redacted: redactedAs(redaction) };
    const value = row[name] ?? null;
    return { name, label, value, display: displayValue(table, name, value, env.display), redacted: null };
  });

  const sourceId = String(row.source);
  const source = policy.sources.find((s) => s.id === sourceId);
  const withheld = whole !== undefined;
  return {
    recordKind: table,
    recordKindLabel: kind.label[language],
    recordId,
    // Another person's record names no subject entry: the id would point the reader at them.
    subjectId: options.thirdParty ? null : table === 'subjects' ? recordId : row.subject_id === null || row.subject_id === undefined ? null : String(row.subject_id),
    caseId,
    fields,
    purposes: purposesFor(policy, table, env.categories).map((id) => ({ id, label: policy.purposes.find((p) => p.id === id)!.label[language] })),
    source: { id: sourceId, label: source?.label[language] ?? sourceId },
    recipients: withheld || table === 'disclosures' ? [] : env.recipientsOf(caseId, kind.dataCategory),
    retention: retentionEntry(policy, computeRecordRetention(policy, table, row, env.retention), language),
    portability: withheld || options.thirdParty ? 'not-applicable' : kind.portability,
    withheld,
  };
}
