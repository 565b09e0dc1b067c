import type { Policy } from '../policy/policySchema.ts';
import type { RecordRetention, RetentionContext } from '../retention/retentionRules.ts';
import { computeRecordRetention, PROCESSOR_RULE_ID, ruleById } from '../retention/retentionRules.ts';
import type { Language, RecordEntry } from './extractModel.ts';
import type { z } from 'zod';
import type { retentionEntrySchema } from './extractModel.ts';
import { formatDate } from './format.ts';
import type { DisplayContext } from './recordFields.ts';
import { columnFormatter } from './recordFields.ts';
import type { PortabilityScope } from '../policy/recordKindSchema.ts';
import { restsOn, restsOnConsentOrContract } from './portability.ts';
import type { RecipientsOf } from './recipients.ts';
import type { RedactionPlan } from './redactions.ts';
import { reasonText } from './redactions.ts';
import type { ProfileCell, ProfileRow } from './subjectProfile.ts';
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
  recipientsOf: RecipientsOf;
  /** Whether a case (null: any of the person's cases) is handled in another country than the organisation's. */
  caseAbroad: (caseId: string | null) => boolean;
  redactions: RedactionPlan;
  cache: RecordCache;
}

/**
 * The purposes of a record kind that apply to this person (issue 12.7): those of the person's categories
 * of data subject, and a purpose the register limits to cases handled abroad only for such a record.
 * Where none of the kind's purposes is one of the person's categories (a bare entry; a debtor's AML
 * check, which the register lists only for contacts) the record is still processed, so it gets every
 * purpose of its kind rather than none. The register must therefore list, per kind, the purposes of
 * every category that holds it (a client contact's bank account: relationship management).
 */
export function purposesFor(policy: Policy, table: string, categories: readonly string[], abroad = true): string[] {
  const kind = policy.recordKinds[table];
  if (!kind) return [];
  const possible = kind.purposes.filter(
    (id) => abroad || policy.purposes.find((p) => p.id === id)?.appliesOnlyWhen !== 'case-handled-abroad',
  );
  const theirs = possible.filter((id) => {
    const purpose = policy.purposes.find((p) => p.id === id);
    return purpose !== undefined && purpose.subjectCategories.some((c) => categories.includes(c));
  });
  return theirs.length > 0 ? theirs : possible;
}

/** The register's recipient categories of the given purposes, in first-seen order. */
function recipientCategoriesOf(policy: Policy, purposeIds: readonly string[], language: Language): RecordEntry['recipientCategories'] {
  const ids = [...new Set(purposeIds.flatMap((id) => policy.purposes.find((p) => p.id === id)?.recipientCategories ?? []))];
  return ids.map((id) => ({ id, label: policy.recipientCategories.find((c) => c.id === id)?.label[language] ?? id }));
}

const noCategories: RecordEntry['recipientCategories'] = [];

export function retentionEntry(policy: Policy, retention: RecordRetention, language: Language): RetentionEntry {
  if (retention.ruleId === PROCESSOR_RULE_ID) {
    return {
      ruleId: retention.ruleId,
      label: fill('retention.processorRule', language),
      status: retention.status,
      until: null,
      explanation: fill('retention.controller-decides', language),
      holdReason: null,
    };
  }
  const rule = ruleById(policy, retention.ruleId);
  const label = rule.label[language];
  const parts: string[] = [];
  if (rule.period.years) parts.push(fill('period.years', language, { count: rule.period.years }));
  if (rule.period.months) parts.push(fill('period.months', language, { count: rule.period.months }));
  const period = parts.length > 0 ? parts.join(' + ') : fill('period.none', language);
  // The hold record itself is kept under the hold rule; other records are kept *despite* their own rule.
  const suspended = retention.suspended;
  const key =
    rule.overridesOthers && retention.status === 'hold'
      ? 'retention.holdRecord'
      : suspended?.endedBeforeHold
        ? 'retention.holdAfterPeriod'
        : suspended?.until
          ? 'retention.holdSuspends'
          : (`retention.${retention.reason}` as const);
  const until = retention.until ?? suspended?.until ?? null;
  const explanation = fill(key, language, {
    rule: label,
    until: until ? formatDate(until, language) : '',
    period,
    since: retention.hold ? formatDate(retention.hold.startedOn, language) : '',
    reason: retention.hold?.reason ?? '',
  });
  return {
    ruleId: rule.id,
    label,
    status: retention.status,
    until: retention.until,
    explanation,
    holdReason: retention.hold?.reason ?? null,
    ...(suspended ? { suspendedUntil: suspended.until, endedBeforeHold: suspended.endedBeforeHold } : {}),
  };
}

interface PurposePlan {
  purposes: RecordEntry['purposes'];
  recipientCategories: RecordEntry['recipientCategories'];
}

/** What every record of one kind shares in an extract, worked out once per kind. */
interface KindPlan {
  label: string;
  dataCategory: string;
  fields: { name: string; label: string; format: (value: ProfileCell) => string }[];
  /** Purposes and fallback recipient categories of a record of a case handled at home, and of one handled abroad. */
  home: PurposePlan;
  abroad: PurposePlan;
  portability: RecordEntry['portability'];
  /** Art. 20(1): which records of the kind the person provided (register: recordKinds.*.portabilityScope). */
  portabilityScope: PortabilityScope | undefined;
  /** Set when every rule that may apply starts at the case's closing: retention is then the same for all records of a case. */
  caseOnlyRetention: boolean;
  /** Retention entries by case id (null: records not tied to a case), when `caseOnlyRetention`. */
  retentionByCase: Map<string | null, RetentionEntry>;
}

function kindPlan(env: RecordEnv, table: string): KindPlan {
  const cached = env.cache.plans.get(table);
  if (cached) return cached;
  const { policy, language } = env;
  const kind = policy.recordKinds[table];
  if (!kind) throw new Error(`The processing register has no record kind "${table}"`);
  const purposeIds = purposesFor(policy, table, env.categories);
  const purposePlan = (ids: readonly string[]): PurposePlan => ({
    purposes: ids.map((id) => ({ id, label: policy.purposes.find((p) => p.id === id)!.label[language] })),
    recipientCategories: recipientCategoriesOf(policy, ids, language),
  });
  const abroad = purposePlan(purposeIds);
  const homeIds = purposesFor(policy, table, env.categories, false);
  const ruleIds =
    kind.retentionRule === null
      ? []
      : env.categories.length === 0
        ? [kind.retentionRule]
        : env.categories.map((c) => kind.retentionBySubjectCategory?.[c] ?? kind.retentionRule!);
  const plan: KindPlan = {
    label: kind.label[language],
    dataCategory: kind.dataCategory,
    fields: Object.entries(kind.fields).map(([name, label]) => ({
      name,
      label: label[language],
      format: columnFormatter(table, name, env.display),
    })),
    abroad,
    home: homeIds.length === purposeIds.length ? abroad : purposePlan(homeIds),
    // Portability follows the record kind's purposes wherever the case is handled.
    portability:
      kind.portability === 'provided' || kind.portability === 'observed'
        ? (kind.portabilityScope ? restsOn(policy, purposeIds, kind.portabilityScope.basis) : restsOnConsentOrContract(policy, purposeIds))
          ? kind.portability
          : 'not-applicable'
        : kind.portability,
    portabilityScope: kind.portabilityScope,
    caseOnlyRetention: ruleIds.length > 0 && ruleIds.every((id) => ruleById(policy, id).trigger === 'case-closed'),
    retentionByCase: sharedByRules(env.cache, ruleIds),
  };
  env.cache.plans.set(table, plan);
  return plan;
}

/** Kinds under the same case rules share one memo: a payment and a letter of one case are kept alike. */
function sharedByRules(cache: RecordCache, ruleIds: readonly string[]): Map<string | null, RetentionEntry> {
  const key = [...new Set(ruleIds)].sort().join('+');
  let map = cache.retentionByRules.get(key);
  if (!map) {
    map = new Map();
    cache.retentionByRules.set(key, map);
  }
  return map;
}

/** Per-extract memo: record-kind plans and retention entries (many records share one case and rule). */
export interface RecordCache {
  plans: Map<string, KindPlan>;
  retention: Map<string, RetentionEntry>;
  sources: Map<string, RecordEntry['source']>;
  retentionByRules: Map<string, Map<string | null, RetentionEntry>>;
}

export function newRecordCache(): RecordCache {
  return { plans: new Map(), retention: new Map(), sources: new Map(), retentionByRules: new Map() };
}

function retentionFor(env: RecordEnv, plan: KindPlan, table: string, row: ProfileRow, caseId: string | null): RetentionEntry {
  // Under case-closed rules, retention depends only on the case (or, without one, on all the person's cases) and the holds on it.
  const byCase = plan.caseOnlyRetention && table !== 'legal_holds' ? plan.retentionByCase : null;
  const known = byCase?.get(caseId);
  if (known) return known;
  const computed = computeRecordRetention(env.policy, table, row, env.retention);
  const { ruleId, status, until, reason, hold, suspended } = computed;
  const key = `${ruleId}|${status}|${until}|${reason}|${hold?.id ?? ''}|${suspended?.until ?? ''}`;
  let entry = env.cache.retention.get(key);
  if (!entry) {
    entry = retentionEntry(env.policy, computed, env.language);
    env.cache.retention.set(key, entry);
  }
  byCase?.set(caseId, entry);
  return entry;
}

function sourceOf(env: RecordEnv, id: string): RecordEntry['source'] {
  let source = env.cache.sources.get(id);
  if (!source) {
    source = { id, label: env.policy.sources.find((s) => s.id === id)?.label[env.language] ?? id };
    env.cache.sources.set(id, source);
  }
  return source;
}

/** Art. 20(1): the record came from the person (or their conduct) and, where recorded per record, on the portable basis. */
function inPortabilityScope(plan: KindPlan, row: ProfileRow): boolean {
  const scope = plan.portabilityScope;
  if (!scope) return true;
  if (!scope.sources.includes(String(row.source))) return false;
  return !scope.basisColumn || scope.basisColumn.values.includes(String(row[scope.basisColumn.name]));
}

export function recordEntry(env: RecordEnv, table: string, row: ProfileRow, options: { thirdParty?: boolean } = {}): RecordEntry {
  const { language } = env;
  const plan = kindPlan(env, table);
  const recordId = String(row.id);
  const redacting = env.redactions.all.length > 0;
  const key = redacting ? `${table}:${recordId}` : '';
  const whole = redacting ? env.redactions.wholeRecords.get(key) : undefined;
  const fieldRedactions = redacting ? env.redactions.fields.get(key) : undefined;
  const caseId = table === 'cases' ? recordId : row.case_id === null || row.case_id === undefined ? null : String(row.case_id);

  const fields: RecordEntry['fields'] = [];
  for (let i = 0; i < plan.fields.length; i++) {
    const { name, label, format } = plan.fields[i]!;
    const redaction = whole ?? fieldRedactions?.get(name);
    if (redaction)
      fields.push({
        name,
        label,
        value: null,
        display: fill('label.withheld', language),
        redacted: { reason: redaction.reason, reasonText: reasonText(redaction.reason, language) },
      });
    else {
      const value = row[name] ?? null;
      fields.push({ name, label, value, display: format(value), redacted: null });
    }
  }

  const sourceId = String(row.source);
  const withheld = whole !== undefined;
  const purposePlan = env.caseAbroad(caseId) ? plan.abroad : plan.home;
  // A disclosure record names its recipient in its own fields.
  const recipients = withheld || table === 'disclosures' ? [] : env.recipientsOf(caseId, plan.dataCategory, table, recordId);
  return {
    recordKind: table,
    recordKindLabel: plan.label,
    recordId,
    // Another person's record names no subject entry: the id would point the reader at them.
    subjectId: options.thirdParty
      ? null
      : table === 'subjects'
        ? recordId
        : row.subject_id === null || row.subject_id === undefined
          ? null
          : String(row.subject_id),
    caseId,
    fields,
    // A disclosure record was made for the one purpose it names.
    purposes: table === 'disclosures' ? disclosurePurposes(purposePlan.purposes, row.purpose) : purposePlan.purposes,
    source: sourceOf(env, sourceId),
    recipients,
    // Categories only where no actual recipient is known (C-154/21).
    recipientCategories: recipients.length > 0 || withheld || table === 'disclosures' ? noCategories : purposePlan.recipientCategories,
    retention: retentionFor(env, plan, table, row, caseId),
    portability: withheld || options.thirdParty || !inPortabilityScope(plan, row) ? 'not-applicable' : plan.portability,
    withheld,
  };
}

function disclosurePurposes(purposes: RecordEntry['purposes'], purpose: ProfileCell | undefined): RecordEntry['purposes'] {
  const own = purposes.filter((p) => p.id === purpose);
  return own.length > 0 ? own : purposes;
}
