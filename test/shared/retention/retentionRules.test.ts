import { describe, expect, it } from 'vitest';
import { loadDefaultPolicy } from '../../../electron/core/policy/loadPolicy.ts';
import type { RetentionContext } from '../../../shared/retention/retentionRules.ts';
import {
  buildRetentionContext,
  computeRecordRetention,
  overdueRecords,
  retentionEnd,
  retentionFindings,
  ruleById,
} from '../../../shared/retention/retentionRules.ts';

const policy = loadDefaultPolicy();
const rule = (id: string) => ruleById(policy, id);
type Row = Record<string, string | number | null>;

function ctx(records: Record<string, Row[]>, categories: string[], today = '2026-11-01'): RetentionContext {
  return buildRetentionContext(records, categories, today);
}
const closedCase = (id: string, closedOn: string | null): Row => ({ id, closed_on: closedOn, status: closedOn ? 'closed' : 'open' });

describe('retention arithmetic (register periods on calendar edges)', () => {
  it('adds 36 months with the month-end clamp, across year ends and leap days', () => {
    const months36 = rule('case-closed+36m');
    expect(retentionEnd(months36, '2023-01-31')).toBe('2026-01-31');
    expect(retentionEnd(months36, '2021-08-31')).toBe('2024-08-31');
    expect(retentionEnd(months36, '2022-11-30')).toBe('2025-11-30');
    expect(retentionEnd(months36, '2023-12-31')).toBe('2026-12-31'); // year end stays a year end
    expect(retentionEnd(months36, '2024-02-29')).toBe('2027-02-28'); // leap day into a common year
    expect(retentionEnd(months36, '2021-02-28')).toBe('2024-02-28'); // not moved to the leap day
    expect(retentionEnd(rule('relationship-ended+36m'), '2020-03-31')).toBe('2023-03-31');
    expect(retentionEnd(rule('last-contact+36m'), '2026-06-12')).toBe('2029-06-12');
  });

  it('adds five years for AML from a leap day to 28 February', () => {
    expect(retentionEnd(rule('aml+5y'), '2020-02-29')).toBe('2025-02-28');
    expect(retentionEnd(rule('aml+5y'), '2024-02-29')).toBe('2029-02-28');
    expect(retentionEnd(rule('aml+5y'), '2022-12-31')).toBe('2027-12-31');
  });

  it('counts the fiscal seven years from the end of the calendar year in which the financial year ended', () => {
    const fiscal = rule('fiscal+7y');
    expect(retentionEnd(fiscal, '2024-06-30')).toBe('2031-12-31'); // broken financial year ending mid-year
    expect(retentionEnd(fiscal, '2024-12-31')).toBe('2031-12-31');
    expect(retentionEnd(fiscal, '2024-01-01')).toBe('2031-12-31');
    expect(retentionEnd(fiscal, '2023-12-31')).toBe('2030-12-31');
    expect(retentionEnd(fiscal, '2020-02-29')).toBe('2027-12-31');
  });
});

describe('computeRecordRetention', () => {
  it('dates a case record from its case, and leaves it open while the case runs', () => {
    const c = ctx({ cases: [closedCase('C1', '2024-02-29'), closedCase('C2', null)] }, ['debtor']);
    expect(computeRecordRetention(policy, 'payments', { id: 'P1', case_id: 'C1' }, c)).toMatchObject({
      ruleId: 'case-closed+36m',
      status: 'date',
      until: '2027-02-28',
      reason: 'expires',
      triggerDate: '2024-02-29',
    });
    expect(computeRecordRetention(policy, 'payments', { id: 'P2', case_id: 'C2' }, c)).toMatchObject({
      ruleId: 'case-closed+36m',
      status: 'open',
      until: null,
      reason: 'case-open',
    });
    expect(computeRecordRetention(policy, 'cases', { id: 'C1' }, c)).toMatchObject({ status: 'date', until: '2027-02-28' });
  });

  it('marks a record past its date for erasure, and keeps it on the last day itself', () => {
    const today = '2026-11-01';
    const ended = ctx({ cases: [closedCase('C1', '2023-10-31'), closedCase('C2', '2023-11-01')] }, ['debtor'], today);
    expect(computeRecordRetention(policy, 'claims', { id: 'K1', case_id: 'C1' }, ended)).toMatchObject({
      status: 'erase-now',
      until: '2026-10-31',
      reason: 'expired',
    });
    expect(computeRecordRetention(policy, 'claims', { id: 'K2', case_id: 'C2' }, ended)).toMatchObject({ status: 'date', until: today });
  });

  it('gives records not tied to a case the longest-running retention of the person’s cases', () => {
    const allClosed = ctx({ cases: [closedCase('C1', '2022-05-31'), closedCase('C2', '2025-01-15')] }, ['debtor']);
    expect(computeRecordRetention(policy, 'addresses', { id: 'A1' }, allClosed)).toMatchObject({ status: 'date', until: '2028-01-15' });
    const oneOpen = ctx({ cases: [closedCase('C1', '2022-05-31'), closedCase('C2', null)] }, ['debtor']);
    expect(computeRecordRetention(policy, 'addresses', { id: 'A1' }, oneOpen)).toMatchObject({ status: 'open', reason: 'case-open' });
  });

  it('follows the relationship for a client’s contact person: open until it ended and claims are settled', () => {
    const running = ctx({ organisation_roles: [{ id: 'R1', role: 'client-contact', ended_on: null, claims_settled_on: null }] }, [
      'client-contact',
    ]);
    expect(computeRecordRetention(policy, 'addresses', { id: 'A1' }, running)).toMatchObject({
      ruleId: 'relationship-ended+36m',
      status: 'open',
      reason: 'relationship-running',
    });
    const unsettled = ctx({ organisation_roles: [{ id: 'R1', role: 'client-contact', ended_on: '2024-01-31', claims_settled_on: null }] }, [
      'client-contact',
    ]);
    expect(computeRecordRetention(policy, 'addresses', { id: 'A1' }, unsettled)).toMatchObject({
      status: 'open',
      reason: 'claims-not-settled',
    });
    const settled = ctx(
      { organisation_roles: [{ id: 'R1', role: 'client-guarantor', ended_on: '2022-12-31', claims_settled_on: '2023-04-30' }] },
      ['client-contact'],
    );
    expect(
      computeRecordRetention(policy, 'organisation_roles', { id: 'R1', ended_on: '2022-12-31', claims_settled_on: '2023-04-30' }, settled),
    ).toMatchObject({ status: 'erase-now', until: '2026-04-30', triggerDate: '2023-04-30' });
  });

  it('takes the later of two categories’ rules (a debtor who is also a client’s contact person)', () => {
    const both = ctx(
      { cases: [closedCase('C1', '2023-01-10')], organisation_roles: [{ id: 'R1', ended_on: null, claims_settled_on: null }] },
      ['client-contact', 'debtor'],
    );
    expect(computeRecordRetention(policy, 'email_addresses', { id: 'E1' }, both)).toMatchObject({
      ruleId: 'relationship-ended+36m',
      status: 'open',
    });
  });

  it('falls back to the category rule for a record under the case rule when the person has no case', () => {
    const authority = ctx({ organisation_roles: [{ id: 'R1', ended_on: '2024-08-31', claims_settled_on: '2024-08-31' }] }, [
      'authority-contact',
    ]);
    expect(computeRecordRetention(policy, 'communications', { id: 'M1', case_id: null }, authority)).toMatchObject({
      ruleId: 'relationship-ended+36m',
      status: 'date',
      until: '2027-08-31',
    });
  });

  it('runs AML from the end of the relationship, else from the transaction', () => {
    const c = ctx({}, ['client-contact']);
    expect(
      computeRecordRetention(policy, 'aml_checks', { id: 'X1', transaction_on: '2015-06-01', relationship_ended_on: '2024-02-29' }, c),
    ).toMatchObject({ ruleId: 'aml+5y', status: 'date', until: '2029-02-28' });
    expect(
      computeRecordRetention(policy, 'aml_checks', { id: 'X2', transaction_on: '2020-02-29', relationship_ended_on: null }, c),
    ).toMatchObject({ status: 'erase-now', until: '2025-02-28' });
    expect(computeRecordRetention(policy, 'aml_checks', { id: 'X3', transaction_on: null, relationship_ended_on: null }, c)).toMatchObject({
      status: 'open',
      reason: 'no-trigger-date',
    });
  });

  it('keeps an AML check open while the business relationship it was made for runs (Wwft art. 33(3))', () => {
    // AML0000014 of S0001686 in the demo: checked for ORG0003, whose guarantor role ROL0000063 still runs.
    const check: Row = { id: 'X1', organisation_id: 'ORG3', transaction_on: '2018-03-11', relationship_ended_on: null };
    const running = ctx({ organisation_roles: [{ id: 'R1', organisation_id: 'ORG3', started_on: '2018-03-11', ended_on: null }] }, [
      'client-contact',
    ]);
    expect(computeRecordRetention(policy, 'aml_checks', check, running)).toMatchObject({
      ruleId: 'aml+5y',
      status: 'open',
      until: null,
      reason: 'business-relationship-running',
    });
    // A new role at the same organisation reopens the relationship, whatever the check recorded as its end.
    const again = ctx(
      {
        organisation_roles: [
          { id: 'R1', organisation_id: 'ORG3', ended_on: '2019-01-31' },
          { id: 'R2', organisation_id: 'ORG3', ended_on: null },
        ],
      },
      ['client-contact'],
    );
    expect(computeRecordRetention(policy, 'aml_checks', { ...check, relationship_ended_on: '2019-01-31' }, again)).toMatchObject({
      status: 'open',
      reason: 'business-relationship-running',
    });
    // A role at another organisation does not keep this check.
    const elsewhere = ctx({ organisation_roles: [{ id: 'R3', organisation_id: 'ORG9', ended_on: null }] }, ['client-contact']);
    expect(computeRecordRetention(policy, 'aml_checks', check, elsewhere)).toMatchObject({ status: 'erase-now', until: '2023-03-11' });
    // Ended: five years from the latest end known, the check's own or the role's.
    const ended = ctx({ organisation_roles: [{ id: 'R1', organisation_id: 'ORG3', ended_on: '2022-06-30' }] }, ['client-contact']);
    expect(computeRecordRetention(policy, 'aml_checks', { ...check, relationship_ended_on: '2021-12-31' }, ended)).toMatchObject({
      status: 'date',
      until: '2027-06-30',
      triggerDate: '2022-06-30',
    });
  });

  it('erases marketing data at once on unsubscribing, and a prospect’s other data when every contact ended so', () => {
    const unsubscribed: Row = { id: 'MK1', last_contact_on: '2026-04-02', subscribed: 0, unsubscribed_on: '2026-04-02' };
    const c = ctx({ marketing_contacts: [unsubscribed] }, ['prospect-contact']);
    expect(computeRecordRetention(policy, 'marketing_contacts', unsubscribed, c)).toMatchObject({
      ruleId: 'last-contact+36m',
      status: 'erase-now',
      until: '2026-04-02',
      reason: 'unsubscribed',
    });
    expect(computeRecordRetention(policy, 'subject_names', { id: 'N1' }, c)).toMatchObject({
      ruleId: 'last-contact+36m',
      status: 'erase-now',
      reason: 'unsubscribed',
    });
    const subscribed: Row = { id: 'MK2', last_contact_on: '2026-06-12', subscribed: 1, unsubscribed_on: null };
    const both = ctx({ marketing_contacts: [unsubscribed, subscribed] }, ['prospect-contact']);
    expect(computeRecordRetention(policy, 'subject_names', { id: 'N1' }, both)).toMatchObject({ status: 'date', until: '2029-06-12' });
  });

  it('counts the fiscal rule from the billing record’s financial year', () => {
    const c = ctx({}, ['debtor']);
    expect(computeRecordRetention(policy, 'billing_records', { id: 'B1', financial_year_end: '2024-12-31' }, c)).toMatchObject({
      ruleId: 'fiscal+7y',
      status: 'date',
      until: '2031-12-31',
    });
    expect(computeRecordRetention(policy, 'billing_records', { id: 'B2', financial_year_end: '2018-12-31' }, c)).toMatchObject({
      status: 'erase-now',
      until: '2025-12-31',
    });
  });

  it('lets a legal hold override the rules for its case and for records not tied to a case, while it lasts', () => {
    const hold: Row = { id: 'H1', case_id: 'C1', reason: 'court case pending', started_on: '2022-11-15', ended_on: null };
    const c = ctx({ cases: [closedCase('C1', '2019-01-31'), closedCase('C2', '2019-03-31')], legal_holds: [hold] }, ['debtor']);
    expect(computeRecordRetention(policy, 'payments', { id: 'P1', case_id: 'C1' }, c)).toMatchObject({
      ruleId: 'case-closed+36m',
      status: 'hold',
      until: null,
      hold: { id: 'H1', reason: 'court case pending', startedOn: '2022-11-15' },
    });
    expect(computeRecordRetention(policy, 'payments', { id: 'P2', case_id: 'C2' }, c)).toMatchObject({
      status: 'erase-now',
      until: '2022-03-31',
    });
    expect(computeRecordRetention(policy, 'subject_names', { id: 'N1' }, c)).toMatchObject({ status: 'hold' });
    expect(computeRecordRetention(policy, 'legal_holds', hold, c)).toMatchObject({ ruleId: 'legal-hold', status: 'hold' });
    expect(computeRecordRetention(policy, 'legal_holds', hold, c).suspended).toBeUndefined();

    const lifted: Row = { ...hold, ended_on: '2025-06-30' };
    const after = ctx({ cases: [closedCase('C1', '2019-01-31')], legal_holds: [lifted] }, ['debtor']);
    expect(computeRecordRetention(policy, 'payments', { id: 'P1', case_id: 'C1' }, after)).toMatchObject({
      status: 'erase-now',
      until: '2022-01-31',
    });
    expect(computeRecordRetention(policy, 'legal_holds', lifted, after)).toMatchObject({
      ruleId: 'legal-hold',
      status: 'erase-now',
      until: '2025-06-30',
    });
  });

  it('keeps the normal date under a hold, and flags a period that had ended before the hold began (S0000016)', () => {
    const hold: Row = { id: 'H1', case_id: 'C1', reason: 'court case pending', started_on: '2022-11-15', ended_on: null };
    const late = ctx({ cases: [closedCase('C1', '2019-08-30')], legal_holds: [hold] }, ['debtor']);
    expect(computeRecordRetention(policy, 'payments', { id: 'P1', case_id: 'C1' }, late)).toMatchObject({
      status: 'hold',
      until: null,
      suspended: { until: '2022-08-30', reason: 'expired', endedBeforeHold: true },
    });
    const inTime = ctx({ cases: [closedCase('C1', '2020-01-31')], legal_holds: [hold] }, ['debtor']);
    expect(computeRecordRetention(policy, 'payments', { id: 'P1', case_id: 'C1' }, inTime)).toMatchObject({
      status: 'hold',
      suspended: { until: '2023-01-31', endedBeforeHold: false },
    });
    // On the day the period ends the record may still be kept: a hold placed then is in time.
    const sameDay = ctx({ cases: [closedCase('C1', '2019-11-15')], legal_holds: [hold] }, ['debtor']);
    expect(computeRecordRetention(policy, 'payments', { id: 'P1', case_id: 'C1' }, sameDay).suspended?.endedBeforeHold).toBe(false);
    const openCase = ctx({ cases: [closedCase('C1', null)], legal_holds: [hold] }, ['debtor']);
    expect(computeRecordRetention(policy, 'payments', { id: 'P1', case_id: 'C1' }, openCase)).toMatchObject({
      status: 'hold',
      suspended: { until: null, reason: 'case-open', endedBeforeHold: false },
    });
  });

  it('sorts a person’s records into overdue, held past their period, and kept', () => {
    const hold: Row = { id: 'H1', case_id: 'C1', reason: 'court case pending', started_on: '2022-11-15', ended_on: null };
    const records = {
      cases: [closedCase('C1', '2019-08-30'), closedCase('C2', '2020-01-15')],
      payments: [
        { id: 'P1', case_id: 'C1' },
        { id: 'P2', case_id: 'C2' },
      ],
      legal_holds: [hold],
    };
    const findings = retentionFindings(policy, records, ['debtor'], '2026-11-01');
    expect(findings.overdue.map((r) => r.recordId)).toEqual(['C2', 'P2']);
    expect(findings.heldPastPeriod).toEqual([
      {
        table: 'cases',
        recordId: 'C1',
        ruleId: 'case-closed+36m',
        normalUntil: '2022-08-30',
        holdId: 'H1',
        holdStartedOn: '2022-11-15',
      },
      {
        table: 'payments',
        recordId: 'P1',
        ruleId: 'case-closed+36m',
        normalUntil: '2022-08-30',
        holdId: 'H1',
        holdStartedOn: '2022-11-15',
      },
    ]);
    expect(findings.kept).toEqual([{ table: 'legal_holds', recordId: 'H1' }]);
  });

  it('leaves records held as processor to the controller', () => {
    expect(computeRecordRetention(policy, 'invoice_service_records', { id: 'I1' }, ctx({}, []))).toMatchObject({
      ruleId: 'controller',
      status: 'open',
      reason: 'controller-decides',
    });
  });

  it('lists a person’s overdue records by id and rule', () => {
    const records = {
      cases: [closedCase('C1', '2020-01-15'), closedCase('C2', null)],
      payments: [
        { id: 'P1', case_id: 'C1' },
        { id: 'P2', case_id: 'C2' },
      ],
      billing_records: [{ id: 'B1', case_id: 'C1', financial_year_end: '2020-12-31' }],
    };
    expect(overdueRecords(policy, records, ['debtor'], '2026-11-01')).toEqual([
      { table: 'cases', recordId: 'C1', ruleId: 'case-closed+36m', until: '2023-01-15', reason: 'expired' },
      { table: 'payments', recordId: 'P1', ruleId: 'case-closed+36m', until: '2023-01-15', reason: 'expired' },
    ]);
  });
});
