import type { IsoDate } from '../dates/isoDate.ts';
import { addMonths, addYears, endOfYear } from '../dates/isoDate.ts';
import type { Policy } from '../policy/policySchema.ts';
import type { RetentionRule } from '../policy/retentionSchema.ts';

/**
 * Retention per record (Art. 5(1)(e) storage limitation; Art. 15(1)(d): the person is told, per
 * record, the rule and the date it computes to, or the criterion while the trigger is still to come).
 * The register gives the rules and periods; this file implements what starts each rule's clock.
 *
 * Decisions documented here (docs/domain.md §4):
 *  - A record is kept for every reason that applies to the person; when the person is in several
 *    categories (a debtor who is also a client's contact person), the longest-running rule wins:
 *    a legal hold beats an open trigger, which beats any date, and a later date beats an earlier one.
 *  - Records not tied to a case (names, addresses, phone numbers of a debtor) live as long as the
 *    longest-running of the person's cases: open while any case is open, else 36 months after the
 *    last case closed. A person with no case at all falls back to the rule the register gives for
 *    their category (`recordKinds.subjects.retentionBySubjectCategory`, e.g. the relationship rule).
 *  - last-contact: a marketing record is due for erasure at once when the person unsubscribed; other
 *    records held under that rule (a prospect's name) are too once every marketing contact has ended
 *    in an unsubscription, since marketing was the only reason to keep them.
 *  - A legal hold (Art. 17(3)(e)) on a case overrides the rules for that case's records, and for the
 *    person's records not tied to a case; a hold without a case covers all the person's records.
 *    Once the hold ends, the normal rule applies again (erase-now if that date has passed).
 *  - `until` is the last day the record is kept; a record whose `until` lies before today is overdue.
 */

export type RetentionStatus = 'date' | 'open' | 'hold' | 'erase-now';

/** Why the status is what it is; the extract words it in the reader's language. */
export type RetentionReason =
  | 'expires' // kept until `until`
  | 'expired' // `until` has passed: due for erasure
  | 'unsubscribed' // the person unsubscribed: erase at once (last-contact rule)
  | 'case-open' // the case is still running
  | 'relationship-running' // the relationship has not ended
  | 'business-relationship-running' // AML: the business relationship the check was made for still runs (Wwft art. 33)
  | 'claims-not-settled' // the relationship ended but mutual claims are not finally settled
  | 'no-trigger-date' // the record holds no date that starts the clock yet
  | 'hold' // a legal hold keeps the record
  | 'controller-decides'; // held as processor: the client (controller) decides

export interface RecordRetention {
  /** A register retention rule id, or "controller" for records held as processor (Art. 28). */
  ruleId: string;
  status: RetentionStatus;
  until: IsoDate | null;
  reason: RetentionReason;
  /** The date that started the clock, where there is one. */
  triggerDate: IsoDate | null;
  hold: { id: string; reason: string; startedOn: IsoDate } | null;
  /**
   * Under a legal hold (status "hold", not the hold record itself): what the record's own rule computes
   * to, which the hold suspends. Art. 17(3)(e) only suspends erasure; once the hold ends this applies
   * again, and the person is told both (Art. 15(1)(d)).
   */
  suspended?: SuspendedRetention;
}

export interface SuspendedRetention {
  /** The normal last day; null while the own rule is still open (e.g. the case runs). */
  until: IsoDate | null;
  reason: RetentionReason;
  /**
   * The normal period had already ended before the hold began: the record should have been erased by
   * then (Art. 5(1)(e)), and a hold placed later cannot make keeping it lawful after the fact; flagged
   * for the privacy officer to review.
   */
  endedBeforeHold: boolean;
}

type Cell = string | number | null;
type Row = Readonly<Record<string, Cell>>;

/** What the rules need to know about the person besides the record itself. */
export interface RetentionContext {
  today: IsoDate;
  /** The register's data-subject categories the person falls in (debtor, client-contact, …). */
  categories: readonly string[];
  /** The person's cases in scope, by id, with their closing date (null = still open). */
  cases: ReadonlyMap<string, IsoDate | null>;
  roles: readonly Row[];
  marketing: readonly Row[];
  holds: readonly Row[];
}

export const PROCESSOR_RULE_ID = 'controller';

export function buildRetentionContext(
  records: Readonly<Partial<Record<string, readonly Row[]>>>,
  categories: readonly string[],
  today: IsoDate,
  caseScope?: ReadonlySet<string>,
): RetentionContext {
  const cases = new Map<string, IsoDate | null>();
  for (const row of records.cases ?? []) {
    const id = String(row.id);
    if (!caseScope || caseScope.has(id)) cases.set(id, str(row.closed_on));
  }
  return {
    today,
    categories,
    cases,
    roles: records.organisation_roles ?? [],
    marketing: records.marketing_contacts ?? [],
    holds: records.legal_holds ?? [],
  };
}

/** The retention of one record: which rule applies and what it computes to today. */
export function computeRecordRetention(policy: Policy, table: string, row: Row, ctx: RetentionContext): RecordRetention {
  const kind = policy.recordKinds[table];
  if (!kind) throw new Error(`The processing register has no record kind "${table}"`);
  if (kind.retentionRule === null) {
    return { ruleId: PROCESSOR_RULE_ID, status: 'open', until: null, reason: 'controller-decides', triggerDate: null, hold: null };
  }
  const ruleIds = new Set(ctx.categories.map((category) => kind.retentionBySubjectCategory?.[category] ?? kind.retentionRule!));
  if (ruleIds.size === 0) ruleIds.add(kind.retentionRule);
  const candidates = [...ruleIds].map((id) => applyRule(policy, ruleById(policy, id), table, row, ctx));
  const longest = candidates.reduce((a, b) => (runsLonger(b, a) ? b : a));
  if (longest.status === 'hold') return longest;
  const hold = activeHold(table, row, ctx);
  if (hold) {
    const startedOn = String(hold.started_on);
    return {
      ...longest,
      status: 'hold',
      until: null,
      reason: 'hold',
      hold: { id: String(hold.id), reason: String(hold.reason), startedOn },
      suspended: {
        until: longest.until,
        reason: longest.reason,
        endedBeforeHold: longest.until !== null && longest.until < startedOn,
      },
    };
  }
  return longest;
}

/** Whether `a` keeps the record longer than `b`: hold > open > later date > earlier date. */
export function runsLonger(a: RecordRetention, b: RecordRetention): boolean {
  const rank = (r: RecordRetention) => (r.status === 'hold' ? 3 : r.status === 'open' ? 2 : 1);
  if (rank(a) !== rank(b)) return rank(a) > rank(b);
  return rank(a) === 1 && (a.until ?? '') > (b.until ?? '');
}

export function ruleById(policy: Policy, id: string): RetentionRule {
  const rule = policy.retentionRules.find((candidate) => candidate.id === id);
  if (!rule) throw new Error(`The processing register has no retention rule "${id}"`);
  return rule;
}

/** The trigger date plus the rule's period (after moving it to 31 December where the rule says so). */
export function retentionEnd(rule: RetentionRule, trigger: IsoDate): IsoDate {
  let date = rule.anchor === 'end-of-calendar-year' ? endOfYear(trigger) : trigger;
  if (rule.period.years) date = addYears(date, rule.period.years);
  if (rule.period.months) date = addMonths(date, rule.period.months);
  return date;
}

function applyRule(policy: Policy, rule: RetentionRule, table: string, row: Row, ctx: RetentionContext): RecordRetention {
  const open = (reason: RetentionReason): RecordRetention => ({
    ruleId: rule.id,
    status: 'open',
    until: null,
    reason,
    triggerDate: null,
    hold: null,
  });
  const dated = (trigger: IsoDate): RecordRetention => {
    const until = retentionEnd(rule, trigger);
    const expired = until < ctx.today;
    return {
      ruleId: rule.id,
      status: expired ? 'erase-now' : 'date',
      until,
      reason: expired ? 'expired' : 'expires',
      triggerDate: trigger,
      hold: null,
    };
  };
  const longestOf = (list: RecordRetention[], none: RetentionReason): RecordRetention =>
    list.length === 0 ? open(none) : list.reduce((a, b) => (runsLonger(b, a) ? b : a));

  switch (rule.trigger) {
    case 'case-closed': {
      const caseId = table === 'cases' ? str(row.id) : str(row.case_id);
      if (caseId !== null && ctx.cases.has(caseId)) {
        const closedOn = ctx.cases.get(caseId) ?? null;
        return closedOn === null ? open('case-open') : dated(closedOn);
      }
      if (ctx.cases.size > 0) {
        return longestOf(
          [...ctx.cases.values()].map((closedOn) => (closedOn === null ? open('case-open') : dated(closedOn))),
          'no-trigger-date',
        );
      }
      // No case at all (an authority's contact person with a letter on file): the person's own category rule.
      const fallback = ctx.categories
        .map((category) => policy.recordKinds.subjects?.retentionBySubjectCategory?.[category])
        .filter((id): id is string => id !== undefined && id !== rule.id);
      return longestOf(
        [...new Set(fallback)].map((id) => applyRule(policy, ruleById(policy, id), table, row, ctx)),
        'no-trigger-date',
      );
    }
    case 'relationship-ended-and-claims-settled': {
      const roles = table === 'organisation_roles' ? [row] : ctx.roles;
      return longestOf(
        roles.map((role) => {
          const ended = str(role.ended_on);
          const settled = str(role.claims_settled_on);
          if (ended === null) return open('relationship-running');
          if (settled === null) return open('claims-not-settled');
          return dated(ended > settled ? ended : settled);
        }),
        'no-trigger-date',
      );
    }
    case 'aml-transaction-or-relationship-end': {
      // Wwft art. 33(3): five years after the business relationship ended, or, for an occasional
      // transaction outside any relationship, after the transaction. The relationship is the person's
      // with the organisation the check was made for: while any role of theirs there runs, the period
      // has not started, whatever the check's own columns say (docs/domain.md §9).
      const organisation = str(row.organisation_id);
      const roles = organisation === null ? [] : ctx.roles.filter((role) => str(role.organisation_id) === organisation);
      if (roles.some((role) => str(role.ended_on) === null)) return open('business-relationship-running');
      const ends = [str(row.relationship_ended_on), ...roles.map((role) => str(role.ended_on))].filter((d): d is string => d !== null);
      if (ends.length > 0) return dated(ends.sort().at(-1)!);
      const transaction = str(row.transaction_on);
      return transaction === null ? open('no-trigger-date') : dated(transaction);
    }
    case 'last-contact': {
      const contacts = table === 'marketing_contacts' ? [row] : ctx.marketing;
      if (contacts.length === 0) return open('no-trigger-date');
      if (rule.immediateOn === 'unsubscribed' && contacts.every((c) => str(c.unsubscribed_on) !== null)) {
        const on = contacts
          .map((c) => String(c.unsubscribed_on))
          .sort()
          .at(-1)!;
        return { ruleId: rule.id, status: 'erase-now', until: on, reason: 'unsubscribed', triggerDate: on, hold: null };
      }
      return dated(
        contacts
          .map((c) => String(c.last_contact_on))
          .sort()
          .at(-1)!,
      );
    }
    case 'financial-year-end': {
      const end = str(row.financial_year_end);
      return end === null ? open('no-trigger-date') : dated(end);
    }
    case 'legal-hold-ended': {
      const ended = str(row.ended_on);
      if (table === 'legal_holds' && ended === null) {
        return {
          ruleId: rule.id,
          status: 'hold',
          until: null,
          reason: 'hold',
          triggerDate: null,
          hold: { id: String(row.id), reason: String(row.reason), startedOn: String(row.started_on) },
        };
      }
      return ended === null ? open('no-trigger-date') : dated(ended);
    }
  }
}

/** An open legal hold that covers this record: one on its case, or on the person as a whole. */
function activeHold(table: string, row: Row, ctx: RetentionContext): Row | undefined {
  const caseId = table === 'cases' ? str(row.id) : str(row.case_id);
  return ctx.holds.find((hold) => {
    const ended = str(hold.ended_on);
    if (ended !== null && ended < ctx.today) return false;
    const holdCase = str(hold.case_id);
    if (holdCase === null) return true;
    return caseId === null ? ctx.cases.has(holdCase) : caseId === holdCase;
  });
}

function str(value: Cell | undefined): string | null {
  return value === null || value === undefined || value === '' ? null : String(value);
}

export interface OverdueRecord {
  table: string;
  recordId: string;
  ruleId: string;
  until: IsoDate | null;
  reason: RetentionReason;
}

/** A record a legal hold keeps although its own period had ended before the hold began. */
export interface HeldPastPeriodRecord {
  table: string;
  recordId: string;
  /** The rule the hold suspends, and the day it ended. */
  ruleId: string;
  normalUntil: IsoDate;
  holdId: string;
  holdStartedOn: IsoDate;
}

/** What the retention rules say about one person's records today. */
export interface RetentionFindings {
  /** Due for erasure (status erase-now). */
  overdue: OverdueRecord[];
  /** Kept by a legal hold that began after the record's own period had ended (to be reviewed). */
  heldPastPeriod: HeldPastPeriodRecord[];
  /** Every other record, kept under its own rule or a hold placed in time. */
  kept: { table: string; recordId: string }[];
}

/**
 * The records of one person whose retention has run out (status erase-now): past their date, or held
 * under the last-contact rule by someone who unsubscribed. Legal holds keep a record off this list.
 * `categories` are the person's register categories in which the organisation is controller.
 */
export function overdueRecords(
  policy: Policy,
  records: Readonly<Partial<Record<string, readonly Row[]>>>,
  categories: readonly string[],
  today: IsoDate,
): OverdueRecord[] {
  return retentionFindings(policy, records, categories, today).overdue;
}

/** Every record of one person sorted by what its retention says today (see RetentionFindings). */
export function retentionFindings(
  policy: Policy,
  records: Readonly<Partial<Record<string, readonly Row[]>>>,
  categories: readonly string[],
  today: IsoDate,
): RetentionFindings {
  const ctx = buildRetentionContext(records, categories, today);
  const findings: RetentionFindings = { overdue: [], heldPastPeriod: [], kept: [] };
  for (const [table, rows] of Object.entries(records)) {
    if (!policy.recordKinds[table]) continue;
    for (const row of rows ?? []) {
      const recordId = String(row.id);
      const retention = computeRecordRetention(policy, table, row, ctx);
      if (retention.status === 'erase-now') {
        findings.overdue.push({ table, recordId, ruleId: retention.ruleId, until: retention.until, reason: retention.reason });
      } else if (retention.suspended?.endedBeforeHold && retention.hold) {
        findings.heldPastPeriod.push({
          table,
          recordId,
          ruleId: retention.ruleId,
          normalUntil: retention.suspended.until!,
          holdId: retention.hold.id,
          holdStartedOn: retention.hold.startedOn,
        });
      } else {
        findings.kept.push({ table, recordId });
      }
    }
  }
  return findings;
}
