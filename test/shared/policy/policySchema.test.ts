import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { policySchema } from '../../../shared/policy/policySchema.ts';
import { recordTables } from '../../../electron/core/db/recordTables.ts';
import { formatIssuePath, policyIssues } from '../../../shared/policy/policyIssues.ts';

const bundledText = readFileSync(new URL('../../../resources/policy/alektum-nl.policy.json', import.meta.url), 'utf8');
/** A fresh, mutable copy of the bundled register. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests break the document on purpose
const bundled = (): any => JSON.parse(bundledText);

/** The case-record store's tables and columns, which the register must label (organisations are no personal data records). */
const TABLES: Record<string, readonly string[]> = Object.fromEntries(
  Object.entries(recordTables).filter(([table]) => table !== 'organisations'),
);

/** The formatted paths of the issues the schema raises for `doc`. */
function issuePaths(doc: unknown): string[] {
  const result = policySchema.safeParse(doc);
  expect(result.success).toBe(false);
  return result.success ? [] : policyIssues(result.error).map((i) => i.path);
}

function issueMessages(doc: unknown): string[] {
  const result = policySchema.safeParse(doc);
  return result.success ? [] : policyIssues(result.error).map((i) => `${i.path}: ${i.message}`);
}

describe('the bundled register (alektum-nl)', () => {
  const parsed = policySchema.safeParse(bundled());

  it('validates', () => {
    expect(parsed.success ? [] : policyIssues(parsed.error)).toEqual([]);
  });

  const policy = policySchema.parse(bundled());
  const ids = (list: { id: string }[]) => list.map((e) => e.id).sort();

  it('carries the ids of docs/domain.md', () => {
    expect(policy.organisation.name).toBe('Alektum Group');
    expect(ids(policy.dataSubjectCategories)).toEqual(
      [
        'debtor',
        'obligor',
        'co-liable',
        'invoice-recipient',
        'client-contact',
        'prospect-contact',
        'authority-contact',
        'supplier-contact',
      ].sort(),
    );
    expect(ids(policy.purposes)).toEqual(
      [
        'collection',
        'address-update',
        'solvency-assessment',
        'automated-decision',
        'foreign-collection',
        'legal-claims-special',
        'business-development',
        'relationship-management',
        'legal-matters',
        'aml-check',
      ].sort(),
    );
    expect(ids(policy.dataCategories)).toEqual(
      [
        'identity',
        'contact',
        'bank',
        'case',
        'claim',
        'payment',
        'contact-history',
        'legal-proceedings',
        'financial-situation',
        'automated-decision',
        'disclosure',
        'aml',
        'relationship',
        'marketing',
        'billing',
        'legal-hold',
        'special-category',
        'invoice-service',
      ].sort(),
    );
    expect(ids(policy.sources)).toEqual(
      ['data-subject', 'client', 'address-service', 'credit-bureau', 'government', 'derived', 'partner', 'organisation'].sort(),
    );
    expect(ids(policy.recipientCategories)).toEqual(
      [
        'client',
        'processor-postal',
        'processor-it',
        'process-server',
        'legal-adviser',
        'accountant',
        'lawyer',
        'bailiff',
        'government',
        'bank',
        'foreign-agency',
        'address-service',
        'credit-bureau',
      ].sort(),
    );
    expect(ids(policy.retentionRules)).toEqual(
      ['case-closed+36m', 'relationship-ended+36m', 'aml+5y', 'last-contact+36m', 'fiscal+7y', 'legal-hold'].sort(),
    );
    expect(ids(policy.rights)).toEqual(
      [
        'access',
        'rectification',
        'erasure',
        'restriction',
        'objection',
        'direct-marketing-objection',
        'portability',
        'withdraw-consent',
        'automated-decision-review',
      ].sort(),
    );
  });

  it('has the invoice recipient as processor, pointing to the seller on the invoice', () => {
    const recipient = policy.dataSubjectCategories.find((c) => c.id === 'invoice-recipient');
    expect(recipient?.role).toBe('processor');
    expect(recipient?.description.nl).toMatch(/verkoper.*factuur/s);
    expect(recipient?.description.en).toMatch(/seller.*invoice/s);
    expect(policy.dataSubjectCategories.filter((c) => c.role === 'processor')).toHaveLength(1);
  });

  it('has a record kind for every table whose fields are exactly its columns', () => {
    expect(Object.keys(policy.recordKinds).sort()).toEqual(Object.keys(TABLES).sort());
    for (const [table, columns] of Object.entries(TABLES)) {
      expect({ table, fields: Object.keys(policy.recordKinds[table]?.fields ?? {}).sort() }).toEqual({
        table,
        fields: [...columns].sort(),
      });
    }
  });

  it('keeps inferred data out of portability and processor data not-applicable', () => {
    const portability = (table: string) => policy.recordKinds[table]?.portability;
    expect(portability('automated_decisions')).toBe('inferred');
    expect(portability('external_lookups')).toBe('inferred');
    expect(portability('invoice_service_records')).toBe('not-applicable');
    expect(portability('payments')).toBe('observed');
    expect(portability('addresses')).toBe('provided');
  });

  it('has the retention periods of the statement', () => {
    const rule = (id: string) => policy.retentionRules.find((r) => r.id === id);
    expect(rule('case-closed+36m')).toMatchObject({ trigger: 'case-closed', period: { months: 36 } });
    expect(rule('relationship-ended+36m')).toMatchObject({ period: { months: 36 }, earlierWhenIrrelevant: true });
    expect(rule('aml+5y')).toMatchObject({ trigger: 'aml-transaction-or-relationship-end', period: { years: 5 } });
    expect(rule('last-contact+36m')).toMatchObject({ period: { months: 36 }, immediateOn: 'unsubscribed' });
    expect(rule('fiscal+7y')).toMatchObject({ period: { years: 7 }, anchor: 'end-of-calendar-year' });
    expect(rule('legal-hold')).toMatchObject({ trigger: 'legal-hold-ended', overridesOthers: true });
  });

  it('has the collection-route rule set with the agreed variables and outcomes', () => {
    const [ruleSet] = policy.automatedDecisionRuleSets;
    expect(ruleSet).toMatchObject({ id: 'collection-route', version: '3.1', defaultOutcome: 'formal-demand' });
    expect(ruleSet?.variables.map((v) => v.id)).toEqual([
      'open_balance_cents',
      'days_past_due',
      'broken_arrangements',
      'credit_score',
      'has_attachment',
    ]);
    expect(ruleSet?.outcomes.map((o) => o.id).sort()).toEqual(
      ['friendly-reminder', 'formal-demand', 'arrangement-offer', 'payment-order', 'court-proceedings', 'manual-review'].sort(),
    );
    expect(ruleSet?.rules.map((r) => r.outcome)).toEqual([
      'manual-review',
      'friendly-reminder',
      'arrangement-offer',
      'court-proceedings',
      'payment-order',
    ]);
  });

  it('names a safeguard for every transfer outside the EEA', () => {
    const byCountry = Object.fromEntries(policy.thirdCountryTransfers.map((t) => [t.country, t.safeguard]));
    expect(byCountry).toMatchObject({
      CH: 'adequacy-decision',
      GB: 'adequacy-decision',
      TR: 'standard-contractual-clauses',
      MA: 'standard-contractual-clauses',
    });
  });

  it('rests Switzerland on Decision 2000/518/EC kept in force by Art. 45(9), and names no Art. 45(3) for it (issue 12.10)', () => {
    const ch = policy.thirdCountryTransfers.find((t) => t.country === 'CH')!;
    expect(ch.legalReference).toBe('Commission Decision 2000/518/EC, kept in force by Art. 45(9) GDPR');
    expect(ch.description.en).toMatch(/2000\/518\/EC.*Article 45\(9\) GDPR/);
    expect(ch.description.nl).toMatch(/2000\/518\/EG.*artikel 45, lid 9, AVG/);
    expect(JSON.stringify(ch)).not.toMatch(/45\(3\)/);
  });

  it('names for every automated decision rule set its Art. 22(2) exception, or why Art. 22 does not apply', () => {
    expect(policy.automatedDecisionRuleSets.length).toBeGreaterThan(0);
    for (const ruleSet of policy.automatedDecisionRuleSets) {
      if (ruleSet.article22.applies) {
        expect(['a', 'b', 'c']).toContain(ruleSet.article22.exception);
        expect(ruleSet.article22.explanation.en).toContain(`Article 22(2)(${ruleSet.article22.exception}) GDPR`);
        expect(ruleSet.article22.explanation.nl).toContain(`artikel 22, lid 2, onder ${ruleSet.article22.exception}, AVG`);
      } else {
        expect(ruleSet.article22.explanation.en).toMatch(/Article 22/);
      }
    }
  });

  it('gives every human text in both languages, and longer texts really translated', () => {
    let texts = 0;
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((child, i) => walk(child, `${path}[${i}]`));
      if (node === null || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      if ('nl' in record || 'en' in record) {
        texts++;
        expect({ path, keys: Object.keys(record).sort() }).toEqual({ path, keys: ['en', 'nl'] });
        for (const lang of ['nl', 'en']) {
          expect(typeof record[lang] === 'string' && (record[lang] as string).trim().length > 0, `${path}.${lang}`).toBe(true);
        }
        if (String(record.nl).length > 40) expect(record.nl, `${path} is not translated`).not.toBe(record.en);
        return;
      }
      for (const [key, child] of Object.entries(record)) walk(child, path ? `${path}.${key}` : key);
    };
    walk(bundled(), '');
    expect(texts).toBeGreaterThan(300);
  });
});

describe('policySchema refuses a broken register, naming the field', () => {
  it('a missing English text', () => {
    const doc = bundled();
    delete doc.purposes[2].label.en;
    expect(issuePaths(doc)).toEqual(['purposes[2].label.en']);
  });

  it('an empty Dutch text', () => {
    const doc = bundled();
    doc.recordKinds.claims.fields.principal_cents.nl = '   ';
    expect(issuePaths(doc)).toEqual(['recordKinds.claims.fields.principal_cents.nl']);
  });

  it('an unknown purpose referenced by a record kind', () => {
    const doc = bundled();
    doc.recordKinds.payments.purposes[1] = 'foreign-colection';
    expect(issueMessages(doc)).toEqual(['recordKinds.payments.purposes[1]: unknown purpose "foreign-colection"']);
  });

  it('a duplicate purpose id', () => {
    const doc = bundled();
    doc.purposes.push({ ...doc.purposes[0] });
    expect(issueMessages(doc)).toEqual(['purposes[10].id: duplicate id "collection" (first at purposes[0])']);
  });

  it('a misspelled field, reported at the misspelling', () => {
    const doc = bundled();
    const kind = doc.recordKinds.claims;
    kind.retentionrule = kind.retentionRule;
    delete kind.retentionRule;
    expect(issuePaths(doc).sort()).toEqual(['recordKinds.claims.retentionRule', 'recordKinds.claims.retentionrule']);
    expect(issueMessages(doc)).toContain('recordKinds.claims.retentionrule: unknown field "retentionrule"');
  });

  it('an unknown field at the top level', () => {
    const doc = bundled();
    doc.purpose = [];
    expect(issuePaths(doc)).toEqual(['purpose']);
  });

  it('a negative retention period', () => {
    const doc = bundled();
    doc.retentionRules[0].period.months = -36;
    expect(issuePaths(doc)).toEqual(['retentionRules[0].period.months']);
  });

  it('a fractional retention period', () => {
    const doc = bundled();
    doc.retentionRules[2].period.years = 4.5;
    expect(issuePaths(doc)).toEqual(['retentionRules[2].period.years']);
  });

  it('a rule referring to an unknown variable', () => {
    const doc = bundled();
    doc.automatedDecisionRuleSets[0].rules[1].when[0].variable = 'days_overdue';
    expect(issueMessages(doc)).toEqual(['automatedDecisionRuleSets[0].rules[1].when[0].variable: unknown variable "days_overdue"']);
  });

  it('a rule set without its Art. 22 statement, or one that applies Art. 22 without naming an exception', () => {
    const doc = bundled();
    delete doc.automatedDecisionRuleSets[0].article22;
    expect(issuePaths(doc)).toEqual(['automatedDecisionRuleSets[0].article22']);
    const noException = bundled();
    delete noException.automatedDecisionRuleSets[0].article22.exception;
    expect(issuePaths(noException)).toEqual(['automatedDecisionRuleSets[0].article22.exception']);
    const wrongException = bundled();
    wrongException.automatedDecisionRuleSets[0].article22.exception = 'd';
    expect(issuePaths(wrongException)).toEqual(['automatedDecisionRuleSets[0].article22.exception']);
  });

  it('a rule or the default leading to an unknown outcome', () => {
    const doc = bundled();
    doc.automatedDecisionRuleSets[0].rules[2].outcome = 'bailiff-visit';
    doc.automatedDecisionRuleSets[0].defaultOutcome = 'nothing';
    expect(issuePaths(doc)).toEqual(['automatedDecisionRuleSets[0].rules[2].outcome', 'automatedDecisionRuleSets[0].defaultOutcome']);
  });

  it('a boolean variable compared with a number', () => {
    const doc = bundled();
    doc.automatedDecisionRuleSets[0].rules[0].when[0] = { variable: 'has_attachment', op: '>', value: 0 };
    expect(issuePaths(doc)).toEqual([
      'automatedDecisionRuleSets[0].rules[0].when[0].value',
      'automatedDecisionRuleSets[0].rules[0].when[0].op',
    ]);
  });

  it('an invalid legal basis article, and 6(1)(f) without its legitimate interest', () => {
    const doc = bundled();
    doc.purposes[2].legalBases[0].article = '6(1)(g)';
    expect(issuePaths(doc)).toEqual(['purposes[2].legalBases[0].article']);
    const doc2 = bundled();
    delete doc2.purposes[1].legalBases[0].legitimateInterest;
    expect(issuePaths(doc2)).toEqual(['purposes[1].legalBases[0].legitimateInterest']);
  });

  it('unknown ids anywhere they are referenced', () => {
    const doc = bundled();
    doc.purposes[0].sources[0] = 'neighbour';
    doc.purposes[0].dataCategories[0] = 'shoe-size';
    doc.purposes[0].recipientCategories[0] = 'press';
    doc.purposes[0].subjectCategories[0] = 'debitor';
    doc.recordKinds.cases.retentionRule = 'forever';
    doc.recordKinds.cases.dataCategory = 'dossier';
    doc.recordKinds.subjects.retentionBySubjectCategory['client-contact'] = 'until-asked';
    doc.thirdCountryTransfers[0].recipientCategory = 'agency';
    expect(issuePaths(doc).sort()).toEqual(
      [
        'purposes[0].subjectCategories[0]',
        'purposes[0].dataCategories[0]',
        'purposes[0].sources[0]',
        'purposes[0].recipientCategories[0]',
        'recordKinds.cases.dataCategory',
        'recordKinds.cases.retentionRule',
        'recordKinds.subjects.retentionBySubjectCategory.client-contact',
        'thirdCountryTransfers[0].recipientCategory',
      ].sort(),
    );
  });

  it('a "third-country" transfer to an EEA state', () => {
    const doc = bundled();
    doc.thirdCountryTransfers[0].country = 'NO';
    expect(issueMessages(doc)).toEqual(['thirdCountryTransfers[0].country: NO is in the EEA: no third-country transfer']);
  });

  it('processor-held records given our own purposes, retention or portability', () => {
    const doc = bundled();
    doc.recordKinds.invoice_service_records.purposes = ['collection'];
    doc.recordKinds.invoice_service_records.retentionRule = 'fiscal+7y';
    doc.recordKinds.invoice_service_records.portability = 'provided';
    const paths = issuePaths(doc);
    expect(paths).toContain('recordKinds.invoice_service_records.purposes');
    expect(paths).toContain('recordKinds.invoice_service_records.retentionRule');
    expect(paths).toContain('recordKinds.invoice_service_records.portability');
  });

  it('portability claimed for data processed only on legitimate interest (Art. 20(1)(a))', () => {
    const doc = bundled();
    doc.recordKinds.marketing_contacts.purposes = ['business-development'];
    doc.recordKinds.marketing_contacts.portability = 'provided';
    expect(issuePaths(doc)).toEqual(['recordKinds.marketing_contacts.portability', 'recordKinds.marketing_contacts.portabilityScope']);
  });

  it('a portability scope that names an unknown source, a basis none of the purposes has, or no such column (issue 12.11)', () => {
    const doc = bundled();
    doc.recordKinds.payments.portabilityScope.sources = ['the-person'];
    doc.recordKinds.payments.portabilityScope.basis = '6(1)(a)';
    doc.recordKinds.payments.portabilityScope.basisColumn = { name: 'legal_ground', values: ['art9-2-a'] };
    expect(issuePaths(doc)).toEqual([
      'recordKinds.payments.portabilityScope.sources[0]',
      'recordKinds.payments.portabilityScope.basis',
      'recordKinds.payments.portabilityScope.basisColumn',
    ]);
    const removed = bundled();
    delete removed.recordKinds.communications.portabilityScope;
    expect(issuePaths(removed)).toEqual(['recordKinds.communications.portabilityScope']);
  });

  it('a missing Art. 15(1)(e) right', () => {
    const doc = bundled();
    doc.rights = doc.rights.filter((r: { id: string }) => r.id !== 'restriction');
    expect(issueMessages(doc)).toEqual(['rights: Art. 15(1)(e): the right "restriction" must be described']);
  });

  it('the wrong schema version', () => {
    const doc = bundled();
    doc.schemaVersion = 2;
    expect(issuePaths(doc)).toEqual(['schemaVersion']);
  });
});

describe('formatIssuePath', () => {
  it('writes paths as in JavaScript', () => {
    expect(formatIssuePath(['recordKinds', 'payments', 'purposes', 1])).toBe('recordKinds.payments.purposes[1]');
    expect(formatIssuePath([0, 'a'])).toBe('[0].a');
    expect(formatIssuePath(['retentionBySubjectCategory', 'case-closed+36m'])).toBe('retentionBySubjectCategory.case-closed+36m');
    expect(formatIssuePath(['fields', 'odd key'])).toBe('fields["odd key"]');
    expect(formatIssuePath([])).toBe('(root)');
  });
});
