import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/core/db/openDatabase.ts';
import type { DemoLandmarks } from '../../../electron/core/demo/landmarks.ts';
import { readLandmarks } from '../../../electron/core/demo/seedDatabase.ts';
import { loadDefaultPolicy } from '../../../electron/core/policy/loadPolicy.ts';
import { loadSubjectProfile } from '../../../electron/core/records/loadSubjectProfile.ts';
import type { RecordRow } from '../../../electron/core/records/loadSubjectRecords.ts';
import { subjectRecordsLoader } from '../../../electron/core/records/loadSubjectRecords.ts';
import { addMonths } from '../../../shared/dates/isoDate.ts';
import { DomainError } from '../../../shared/errors/domainError.ts';
import { assembleExtract } from '../../../shared/extract/assembleExtract.ts';
import type { ExtractModel, ExtractRequest, Language, RecordEntry } from '../../../shared/extract/extractModel.ts';
import { extractModelSchema } from '../../../shared/extract/extractModel.ts';
import { isInEea } from '../../../shared/law/eeaCountries.ts';
import { evaluateRuleSet } from '../../../shared/policy/evaluateRuleSet.ts';
import { seedTestDatabase } from '../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../helpers/tempDir.ts';

const TODAY = '2026-11-01';
const policy = loadDefaultPolicy();

/** A catalogue key that reached the model untranslated (`heading.purposes`, `table.case`, …). */
const untranslatedKey = new RegExp(
  '^(doc|heading|article|table|label|letter|summary|copy|withheld|lifted|processor|signature|readme|retention|period|transfer|' +
    'safeguard|decision|range|reason|redaction|portability|code)\\.[\\w.-]+$',
);

describe('assembleExtract on the demo data (domain.md §6)', () => {
  const suiteDir = useTempDirs('suite');
  let db: Db;
  let lm: DemoLandmarks;
  const all = <T = RecordRow>(sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as T[];

  beforeAll(() => {
    db = seedTestDatabase(suiteDir(), 400).db;
    lm = readLandmarks(db)!;
  });
  afterAll(() => db.close());

  function extract(subjectIds: string[], language: Language = 'en', extra: Partial<ExtractRequest> = {}): ExtractModel {
    const request: ExtractRequest = {
      reference: 'INZ-2026-0042',
      receivedOn: '2026-10-20',
      kind: 'both',
      language,
      requester: { name: 'Requester' },
      subjectIds,
      clerk: 'C. Lerk',
      ...extra,
    };
    return extractModelSchema.parse(assembleExtract(loadSubjectProfile(db, subjectIds), policy, request, TODAY));
  }
  const recordsOf = (model: ExtractModel): RecordEntry[] => model.categories.flatMap((c) => c.records);
  const ownRows = (subjectId: string) =>
    Object.entries(subjectRecordsLoader(db)(subjectId).records).flatMap(([table, rows]) => rows.map((row) => ({ table, row })));

  it('confirms processing, names the controller, the request and the date', () => {
    const model = extract([lm.openAndClosedDebtor]);
    expect(model.confirmation).toEqual({ processed: true, text: policy.responseTexts.processingConfirmed.en });
    expect(model.controller).toMatchObject({
      name: policy.organisation.name,
      email: policy.organisation.contact.email,
      phone: policy.organisation.contact.phone,
    });
    expect(model.request).toEqual({
      reference: 'INZ-2026-0042',
      receivedOn: '2026-10-20',
      kind: 'both',
      requesterName: 'Requester',
      clerk: 'C. Lerk',
    });
    expect(model.generatedOn).toBe(TODAY);
    expect(model.policy).toEqual({ id: policy.id, version: policy.version });
  });

  it('copies every record held, grouped by data category, with every field and its value', () => {
    for (const subjectId of [lm.openAndClosedDebtor, lm.clientContact, lm.automatedDecisions]) {
      const model = extract([subjectId]);
      const records = recordsOf(model);
      const rows = ownRows(subjectId);
      expect(records.filter((r) => !r.withheld)).toHaveLength(rows.length);
      for (const { table, row } of rows) {
        const entry = records.find((r) => r.recordKind === table && r.recordId === row.id)!;
        expect(entry, `${table} ${String(row.id)}`).toBeDefined();
        expect(entry.fields.map((f) => f.name)).toEqual(Object.keys(policy.recordKinds[table]!.fields));
        for (const field of entry.fields) {
          expect(field.value).toEqual(row[field.name] ?? null);
          expect(field.display).not.toBe('');
        }
        const category = model.categories.find((c) => c.records.includes(entry))!;
        expect(category.id).toBe(policy.recordKinds[table]!.dataCategory);
        expect(entry.source.id).toBe(row.source);
      }
      expect(model.summary.dataCategories.reduce((sum, c) => sum + c.recordCount, 0)).toBe(rows.length);
    }
  });

  it('shows amounts in euros, dates in words and codes as words in both languages', () => {
    const nl = recordsOf(extract([lm.openAndClosedDebtor], 'nl'));
    const en = recordsOf(extract([lm.openAndClosedDebtor], 'en'));
    const claim = (records: RecordEntry[]) =>
      records.find((r) => r.recordKind === 'claims')!.fields.find((f) => f.name === 'principal_cents')!;
    const cents = claim(nl).value as number;
    const euros = Math.floor(cents / 100);
    expect(claim(nl).display).toBe(`€ ${euros.toLocaleString('de-DE')},${String(cents % 100).padStart(2, '0')}`);
    expect(claim(en).display).toBe(`€${euros.toLocaleString('en-GB')}.${String(cents % 100).padStart(2, '0')}`);
    const opened = (records: RecordEntry[]) => records.find((r) => r.recordKind === 'cases')!.fields.find((f) => f.name === 'opened_on')!;
    expect(opened(nl).display).toMatch(
      /^\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}$/,
    );
    expect(opened(en).display).toMatch(
      /^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/,
    );
    const status = en.find((r) => r.recordKind === 'cases')!.fields.find((f) => f.name === 'status')!;
    expect(['open', 'closed']).toContain(status.value);
    expect(status.display).toBe(status.value === 'open' ? 'open' : 'closed');
  });

  it('gives purposes with legal bases, sources and recipient categories that apply to this person only', () => {
    const debtor = extract([lm.openAndClosedDebtor]);
    const contact = extract([lm.clientContact]);
    const applies = (model: ExtractModel, category: string) =>
      model.summary.purposes.every((p) => policy.purposes.find((q) => q.id === p.id)!.subjectCategories.includes(category));
    expect(applies(debtor, 'debtor')).toBe(true);
    expect(debtor.summary.purposes.map((p) => p.id)).toContain('collection');
    expect(debtor.summary.purposes.map((p) => p.id)).not.toContain('relationship-management');
    expect(applies(contact, 'client-contact')).toBe(true);
    expect(contact.summary.purposes.map((p) => p.id)).toEqual(expect.arrayContaining(['relationship-management', 'aml-check']));
    expect(contact.summary.purposes.map((p) => p.id)).not.toContain('collection');
    for (const model of [debtor, contact]) {
      for (const section of model.categories) {
        expect(section.purposes.length).toBeGreaterThan(0);
        expect(section.sources.length).toBeGreaterThan(0);
        expect(section.recipientCategories.length).toBeGreaterThan(0);
        for (const purpose of section.purposes) {
          expect(purpose.legalBases.length).toBeGreaterThan(0);
          for (const basis of purpose.legalBases) if (basis.article === '6(1)(f)') expect(basis.legitimateInterest).toBeTruthy();
        }
        for (const record of section.records) expect(record.purposes.every((p) => section.purposes.some((s) => s.id === p.id))).toBe(true);
      }
    }
  });

  it('lists the actual recipients of each record from the disclosure records: who, when, what, country', () => {
    const model = extract([lm.automatedDecisions]);
    const disclosures = all(
      'SELECT d.*, o.name AS org FROM disclosures d JOIN organisations o ON o.id = d.recipient_id WHERE d.subject_id = ?',
      lm.automatedDecisions,
    );
    expect(disclosures.length).toBeGreaterThan(0);
    expect(model.summary.actualRecipientCount).toBe(disclosures.length);
    for (const record of recordsOf(model).filter((r) => r.caseId !== null && r.recordKind !== 'disclosures')) {
      const category = policy.recordKinds[record.recordKind]!.dataCategory;
      // Those of its case that carried its data category, and those the record itself caused (a letter: the printer).
      const caused = (d: RecordRow) =>
        [d.communication_id, d.lookup_id, d.legal_step_id].includes(record.recordId) &&
        { communications: d.communication_id, external_lookups: d.lookup_id, legal_steps: d.legal_step_id }[record.recordKind] ===
          record.recordId;
      const expected = disclosures.filter(
        (d) => (d.case_id === record.caseId && String(d.data_categories).split(',').includes(category)) || caused(d),
      );
      expect(record.recipients.map((r) => r.disclosureId).sort()).toEqual(expected.map((d) => d.id).sort());
      for (const recipient of record.recipients) {
        const row = expected.find((d) => d.id === recipient.disclosureId)!;
        expect(recipient).toMatchObject({
          recipientName: row.org,
          disclosedOn: row.disclosed_on,
          country: row.country,
          countryInEea: isInEea(String(row.country)),
          caseId: row.case_id,
        });
      }
    }
  });

  it('dates retention per record from its case, and says "open" with the trigger while a case runs', () => {
    const model = extract([lm.openAndClosedDebtor]);
    const cases = all<{ id: string; closed_on: string | null }>(
      'SELECT c.id, c.closed_on FROM cases c JOIN case_parties p ON p.case_id = c.id WHERE p.subject_id = ?',
      lm.openAndClosedDebtor,
    );
    expect(cases.some((c) => c.closed_on === null) && cases.some((c) => c.closed_on !== null)).toBe(true);
    for (const record of recordsOf(model)) {
      const ownCase = cases.find((c) => c.id === record.caseId);
      if (!ownCase || record.recordKind === 'billing_records') {
        if (record.caseId === null && record.recordKind !== 'billing_records')
          expect(record.retention).toMatchObject({ ruleId: 'case-closed+36m', status: 'open', until: null });
        continue;
      }
      if (ownCase.closed_on === null) {
        expect(record.retention).toMatchObject({ ruleId: 'case-closed+36m', status: 'open', until: null });
        expect(record.retention.explanation).toMatch(/case is still running/);
      } else {
        const until = addMonths(ownCase.closed_on, 36);
        expect(record.retention).toMatchObject({ ruleId: 'case-closed+36m', until, status: until < TODAY ? 'erase-now' : 'date' });
      }
    }
    expect(model.summary.retention.map((r) => r.ruleId)).toContain('case-closed+36m');
  });

  it('lets a legal hold override retention for the held case and the person’s own details', () => {
    const model = extract([lm.legalHold]);
    const hold = all('SELECT * FROM legal_holds WHERE subject_id = ?', lm.legalHold)[0]!;
    for (const record of recordsOf(model)) {
      if (record.caseId === hold.case_id || record.caseId === null) {
        expect(record.retention.status, `${record.recordKind} ${record.recordId}`).toBe('hold');
        expect(record.retention.holdReason).toBe(hold.reason);
      }
    }
  });

  it('states the normal date a hold suspends, and says when that date had passed before the hold began (nl, en)', () => {
    const hold = all('SELECT * FROM legal_holds WHERE subject_id = ?', lm.legalHold)[0]!;
    const heldCase = all('SELECT closed_on FROM cases WHERE id = ?', hold.case_id)[0]!;
    const normalUntil = addMonths(String(heldCase.closed_on), 36);
    const endedBefore = normalUntil < String(hold.started_on);
    for (const language of ['en', 'nl'] as const) {
      const record = recordsOf(extract([lm.legalHold], language)).find((r) => r.recordKind === 'cases' && r.recordId === hold.case_id)!;
      expect(record.retention).toMatchObject({ status: 'hold', until: null, suspendedUntil: normalUntil, endedBeforeHold: endedBefore });
      const [y, m, d] = normalUntil.split('-').map(Number);
      const shown = new Date(Date.UTC(y!, m! - 1, d!)).toLocaleDateString(language === 'nl' ? 'nl-NL' : 'en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
      expect(record.retention.explanation).toContain(shown);
      const words = endedBefore
        ? { en: /normal period ended on .* before the legal hold/, nl: /gewone termijn liep af op .* vóór de juridische bewaarplicht/ }
        : { en: /normally kept until .* suspends this/, nl: /normaal bewaard tot en met .* schort dat op/ };
      expect(record.retention.explanation).toMatch(words[language]);
    }
  });

  it(
    'explains each automated decision: logic, this person’s values, outcome, ' + 'consequence, significance and what would have changed it',
    () => {
      const model = extract([lm.automatedDecisions]);
      const rows = all('SELECT * FROM automated_decisions WHERE subject_id = ?', lm.automatedDecisions);
      expect(rows.length).toBeGreaterThanOrEqual(2);
      expect(model.automatedDecisions).toHaveLength(rows.length);
      expect(model.summary.automatedDecisionCount).toBe(rows.length);
      const ruleSet = policy.automatedDecisionRuleSets.find((r) => r.id === 'collection-route')!;
      for (const row of rows) {
        const entry = model.automatedDecisions.find((d) => d.decisionId === row.id)!;
        const inputs = JSON.parse(String(row.inputs_json)) as Record<string, number | boolean>;
        expect(entry.variables.map((v) => [v.id, v.value])).toEqual(
          Object.entries(inputs).sort(
            (a, b) => ruleSet.variables.findIndex((v) => v.id === a[0]) - ruleSet.variables.findIndex((v) => v.id === b[0]),
          ),
        );
        expect(entry.outcome.id).toBe(row.outcome);
        expect(entry.matchedRule.index).toBe(evaluateRuleSet(ruleSet, inputs).matchedRule);
        expect(entry.logic).toBe(ruleSet.logic.en);
        expect(entry.significance).toBe(ruleSet.significance.en);
        expect(entry.consequence).toBe(ruleSet.outcomes.find((o) => o.id === row.outcome)!.consequence.en);
        expect(entry.counterfactuals.length).toBeGreaterThan(0);
        for (const counterfactual of entry.counterfactuals) expect(counterfactual.text).not.toContain(`: ${entry.outcome.label}.`);
        if (inputs.has_attachment === false) expect(entry.counterfactuals.map((c) => c.variableId)).toContain('has_attachment');
      }
    },
  );

  it('names the country and safeguard of every transfer outside the EEA', () => {
    const model = extract([lm.foreignTransfer]);
    const rows = all('SELECT * FROM disclosures WHERE subject_id = ?', lm.foreignTransfer).filter((d) => !isInEea(String(d.country)));
    expect(rows.length).toBeGreaterThan(0);
    expect(model.transfers).toHaveLength(rows.length);
    expect(model.summary.thirdCountryTransferCount).toBe(rows.length);
    for (const transfer of model.transfers) {
      const registered = policy.thirdCountryTransfers.find((t) => t.country === transfer.country)!;
      expect(transfer.safeguard).toMatchObject({ id: registered.safeguard, legalReference: registered.legalReference });
      expect(transfer.description).toBe(registered.description.en);
      expect(transfer.countryName).not.toBe(transfer.country);
    }
    expect(extract([lm.openAndClosedDebtor]).transfers).toEqual([]);
  });

  it('states the rights, how to exercise them, and the supervisory authority', () => {
    const model = extract([lm.openAndClosedDebtor], 'nl');
    expect(model.rights.map((r) => r.id)).toEqual(
      expect.arrayContaining(['rectification', 'erasure', 'restriction', 'objection', 'portability', 'withdraw-consent']),
    );
    for (const right of model.rights) expect(right.howTo).toContain(policy.rights.find((r) => r.id === right.id)!.howToExercise.nl);
    expect(model.complaint.authorityName).toBe('Autoriteit Persoonsgegevens');
    expect(model.complaint.addressLines).toEqual(expect.arrayContaining(['Postbus 93374', '2509 AJ Den Haag']));
  });

  it('treats a guarantor as co-liable and withholds the debtor’s other data in the shared case, not listing records outside it', () => {
    const model = extract([lm.debtorAndGuarantor]);
    const others = all<{ subject_id: string; case_id: string }>(
      'SELECT o.subject_id, o.case_id FROM case_parties me JOIN case_parties o ' +
        'ON o.case_id = me.case_id WHERE me.subject_id = ? AND o.subject_id <> ?',
      lm.debtorAndGuarantor,
      lm.debtorAndGuarantor,
    );
    expect(others.length).toBe(1);
    const names = all('SELECT * FROM subject_names WHERE subject_id = ?', others[0]!.subject_id);
    const json = JSON.stringify(model);
    for (const name of names) expect(json).not.toContain(String(name.given_names));
    // Their name records are not in the shared case file: not even listed as withheld (issue 12.4).
    for (const name of names) expect(json).not.toContain(String(name.id));
    expect(model.withheld.some((w) => w.recordKind === 'case_parties' && w.automatic)).toBe(true);
    expect(model.summary.purposes.map((p) => p.id)).toContain('collection');
  });

  it('withholds a co-debtor’s data in a shared case, and lists nothing of theirs outside it, with reasons the clerk can change', () => {
    const { caseId, coDebtor } = lm.sharedCase;
    const model = extract([lm.sharedCase.debtor]);
    type Theirs = { kind: string; id: string; given_names?: string };
    // Outside the shared case (their names, addresses, AML checks): not disclosed, not even as a withheld line.
    const outside = [
      ...all<Theirs>('SELECT id, given_names FROM subject_names WHERE subject_id = ?', coDebtor),
      ...all<Theirs>('SELECT id FROM addresses WHERE subject_id = ?', coDebtor),
      ...all<Theirs>('SELECT id FROM aml_checks WHERE subject_id = ?', coDebtor),
    ];
    expect(outside.length).toBeGreaterThan(2);
    for (const row of outside) expect(JSON.stringify(model)).not.toContain(String(row.id));
    const theirs: Theirs[] = [
      ...all<Theirs>('SELECT id FROM case_parties WHERE subject_id = ? AND case_id = ?', coDebtor, caseId).map((r) => ({
        ...r,
        kind: 'case_parties',
      })),
      ...all<Theirs>('SELECT id FROM communications WHERE subject_id = ? AND case_id = ?', coDebtor, caseId).map((r) => ({
        ...r,
        kind: 'communications',
      })),
    ];
    for (const item of theirs) {
      const withheld = model.withheld.find((w) => w.recordKind === item.kind && w.recordId === item.id);
      expect(withheld, `${item.kind} ${String(item.id)}`).toMatchObject({
        automatic: true,
        by: 'system',
        field: null,
        reason: 'third-party-data',
      });
      const record = recordsOf(model).find((r) => r.recordKind === item.kind && r.recordId === item.id)!;
      expect(record).toMatchObject({ withheld: true, subjectId: null, portability: 'not-applicable' });
      expect(record.fields.every((f) => f.value === null && f.redacted !== null)).toBe(true);
    }
    const coName = String(outside[0]!.given_names);
    expect(JSON.stringify(model)).not.toContain(coName);
    expect(model.outline.map((section) => section.id)).not.toContain('lifted');

    // The clerk redacts a field of the person's own letter and lifts the automatic redaction of the co-debtor's role.
    const letter = recordsOf(model).find((r) => r.recordKind === 'communications' && !r.withheld)!;
    const party = theirs.find((r) => r.kind === 'case_parties')!;
    const reviewed = extract([lm.sharedCase.debtor], 'en', {
      redactions: [
        {
          recordKind: 'communications',
          recordId: letter.recordId,
          field: 'summary',
          reason: 'legal-privilege',
          note: 'Advice from our lawyer',
          by: 'C. Lerk',
          on: '2026-10-28',
        },
      ],
      liftedRedactions: [
        { key: `case_parties:${String(party.id)}:*`, by: 'C. Lerk', on: '2026-10-28', reason: 'Consent of the co-debtor' },
      ],
    });
    const redactedLetter = recordsOf(reviewed).find((r) => r.recordId === letter.recordId)!;
    expect(redactedLetter.fields.find((f) => f.name === 'summary')).toMatchObject({ value: null, redacted: { reason: 'legal-privilege' } });
    expect(reviewed.withheld.find((w) => w.recordId === letter.recordId)).toMatchObject({
      field: 'summary',
      reason: 'legal-privilege',
      note: 'Advice from our lawyer',
      by: 'C. Lerk',
      automatic: false,
    });
    expect(reviewed.withheld.some((w) => w.recordId === party.id)).toBe(false);
    expect(reviewed.liftedRedactions).toEqual([
      { recordKind: 'case_parties', recordId: party.id, field: null, by: 'C. Lerk', on: '2026-10-28', reason: 'Consent of the co-debtor' },
    ]);
    expect(recordsOf(reviewed).find((r) => r.recordId === party.id)).toMatchObject({ withheld: false });
    // The lifted redaction gets its own section, right after what was withheld (Art. 15(4)).
    const ids = reviewed.outline.map((section) => section.id);
    expect(ids.indexOf('lifted')).toBe(ids.indexOf('withheld') + 1);

    // The request register also lists the clerk's own redactions taken back: that does not change the copy
    // or the list. A redaction that names nothing here (a typo, or a record of an entry unlinked since) or a
    // field the kind does not have is refused: it would be listed while hiding nothing (issue 13).
    const unchanged = extract([lm.sharedCase.debtor], 'en', {
      liftedRedactions: [{ key: `communications:${letter.recordId}:summary`, by: 'C. Lerk', on: '2026-10-28' }],
    });
    expect(unchanged.withheld).toEqual(model.withheld);
    expect(unchanged.liftedRedactions).toBeUndefined();
    expect(recordsOf(unchanged)).toEqual(recordsOf(model));
    const unresolved = (redaction: { recordKind: string; recordId: string; field?: string }) => {
      try {
        extract([lm.sharedCase.debtor], 'en', { redactions: [{ ...redaction, reason: 'other', by: 'C. Lerk', on: '2026-10-28' }] });
      } catch (error) {
        return error;
      }
      return 'assembled';
    };
    expect(unresolved({ recordKind: 'payments', recordId: 'NOPE' })).toMatchObject({
      code: 'redaction.unresolved',
      params: { target: 'payments:NOPE:*' },
    });
    expect(unresolved({ recordKind: 'comunications', recordId: letter.recordId })).toBeInstanceOf(DomainError);
    expect(unresolved({ recordKind: 'communications', recordId: letter.recordId, field: 'no_such_field' })).toMatchObject({
      code: 'redaction.unresolved',
      params: { target: `communications:${letter.recordId}:no_such_field` },
    });
  });

  it('names the client as controller for records held as processor, not disclosing them as its own', () => {
    const model = extract([lm.invoiceRecipient]);
    const invoices = all(
      'SELECT i.*, o.name AS client, o.email AS client_email FROM invoice_service_records ' +
        'i JOIN organisations o ON o.id = i.client_id WHERE i.subject_id = ?',
      lm.invoiceRecipient,
    );
    expect(model.categories).toEqual([]);
    expect(model.confirmation).toEqual({ processed: true, text: policy.responseTexts.processorNotice.en });
    expect(model.processorRecords.map((s) => s.controllerName).sort()).toEqual([...new Set(invoices.map((i) => String(i.client)))].sort());
    for (const invoice of invoices) {
      const section = model.processorRecords.find((s) => s.controllerName === invoice.client)!;
      expect(section.controllerContact).toContain(String(invoice.client_email));
      expect(section.notice).toBe(policy.responseTexts.processorNotice.en);
      const record = section.records.find((r) => r.recordId === invoice.id)!;
      expect(record).toMatchObject({ purposes: [], portability: 'not-applicable', retention: { ruleId: 'controller' } });
      expect(section.recordCount).toBe(section.records.length);
    }
    expect(model.portability.included).toEqual([]);
    expect(model.outline.find((section) => section.id === 'processorRecords')).toMatchObject({
      heading: 'Data we process on behalf of someone else',
      article: 'Art. 28(3)(e) GDPR',
    });
  });

  it('marks the portability set: provided and observed data in, inferred data out with the reason', () => {
    const model = extract([lm.automatedDecisions]);
    const kinds = (list: ExtractModel['portability']['included']) => list.map((i) => i.recordKind);
    expect(kinds(model.portability.included)).toEqual(expect.arrayContaining(['email_addresses', 'payments']));
    // The name came from the creditor, not from the person (issue 12.11): left out, with the register's reason.
    expect(model.portability.excluded.find((e) => e.recordKind === 'subject_names')?.reason).toBe(
      policy.recordKinds.subject_names!.portabilityScope!.outOfScopeReason.en,
    );
    expect(kinds(model.portability.excluded)).toEqual(expect.arrayContaining(['automated_decisions']));
    expect(kinds(model.portability.included)).not.toContain('automated_decisions');
    const excluded = model.portability.excluded.find((e) => e.recordKind === 'automated_decisions')!;
    expect(excluded.reason).toBe(policy.recordKinds.automated_decisions!.portabilityReason.en);
    for (const record of recordsOf(model)) {
      const portable = record.portability === 'provided' || record.portability === 'observed';
      expect(kinds(portable ? model.portability.included : model.portability.excluded)).toContain(record.recordKind);
    }
  });

  it('gives a person merged from two subject entries one extract covering both', () => {
    const [a, b] = lm.duplicatePair;
    const model = extract([a, b]);
    expect(model.subjects.map((s) => s.subjectId)).toEqual([a, b]);
    const records = recordsOf(model);
    const rows = [...ownRows(a), ...ownRows(b)];
    const keys = new Set(rows.map(({ table, row }) => `${table}:${String(row.id)}`));
    expect(records).toHaveLength(keys.size);
    expect(new Set(records.map((r) => `${r.recordKind}:${r.recordId}`))).toEqual(keys);
  });

  it('covers the heaviest subject’s thousands of records', () => {
    const model = extract([lm.heavyDebtor]);
    expect(recordsOf(model).length).toBe(ownRows(lm.heavyDebtor).length);
    expect(recordsOf(model).length).toBeGreaterThan(1000);
  });

  it('keeps contact persons under the relationship and marketing rules, and erases at once after unsubscribing', () => {
    const authority = extract([lm.authorityContact]);
    const role = all('SELECT * FROM organisation_roles WHERE subject_id = ?', lm.authorityContact)[0]!;
    const relationshipEnd = addMonths([String(role.ended_on), String(role.claims_settled_on)].sort()[1]!, 36);
    for (const record of recordsOf(authority))
      expect(record.retention, record.recordKind).toMatchObject({ ruleId: 'relationship-ended+36m', until: relationshipEnd });
    expect(authority.summary.purposes.map((p) => p.id)).toEqual(expect.arrayContaining(['relationship-management', 'legal-matters']));

    const prospect = extract([lm.prospectContact]);
    const contact = all('SELECT * FROM marketing_contacts WHERE subject_id = ?', lm.prospectContact)[0]!;
    const names = recordsOf(prospect).find((r) => r.recordKind === 'subject_names')!;
    expect(names.retention).toMatchObject({
      ruleId: 'last-contact+36m',
      status: 'date',
      until: addMonths(String(contact.last_contact_on), 36),
    });

    const unsubscribed = extract([lm.unsubscribed]);
    const marketing = recordsOf(unsubscribed).find((r) => r.recordKind === 'marketing_contacts')!;
    const row = all('SELECT * FROM marketing_contacts WHERE subject_id = ?', lm.unsubscribed)[0]!;
    expect(marketing.retention).toMatchObject({ ruleId: 'last-contact+36m', status: 'erase-now', until: row.unsubscribed_on });
    expect(marketing.retention.explanation).toMatch(/unsubscribed/);

    const supplier = extract([lm.supplierContact]);
    expect(recordsOf(supplier).find((r) => r.recordKind === 'organisation_roles')!.retention).toMatchObject({
      ruleId: 'relationship-ended+36m',
      status: 'open',
    });
  });

  it('shows special-category data with its legal ground, and the hold record itself as the hold', () => {
    const special = recordsOf(extract([lm.specialCategory]));
    const record = special.find((r) => r.recordKind === 'special_category_data')!;
    expect(record.purposes.map((p) => p.id)).toEqual(['legal-claims-special']);
    expect(record.fields.find((f) => f.name === 'legal_ground')!.display).toMatch(/9\(2\)\(f\)/);
    const hold = recordsOf(extract([lm.legalHold])).find((r) => r.recordKind === 'legal_holds')!;
    expect(hold.retention).toMatchObject({ ruleId: 'legal-hold', status: 'hold' });
    expect(hold.retention.explanation).toMatch(/this legal hold has been in place since/);
  });

  it('confirms that nothing is processed when a profile holds no records', () => {
    const request: ExtractRequest = {
      reference: 'INZ-0',
      receivedOn: '2026-10-20',
      kind: 'access',
      language: 'nl',
      requester: { name: 'X' },
      subjectIds: ['S-NONE'],
      clerk: 'C. Lerk',
    };
    const model = extractModelSchema.parse(
      assembleExtract({ subjectIds: ['S-NONE'], records: {}, organisations: [], thirdParties: [] }, policy, request, TODAY),
    );
    expect(model.confirmation).toEqual({ processed: false, text: policy.responseTexts.noProcessing.nl });
    expect(model.categories).toEqual([]);
    expect(() =>
      assembleExtract({ subjectIds: ['S-OTHER'], records: {}, organisations: [], thirdParties: [] }, policy, request, TODAY),
    ).toThrow(/differ from the profile/);
  });

  it('holds every text in both languages: no empty string, no untranslated key, no unfilled placeholder', () => {
    const subjects: string[][] = [
      [lm.openAndClosedDebtor],
      [lm.debtorAndGuarantor],
      [lm.clientContact],
      [lm.prospectContact],
      [lm.authorityContact],
      [lm.supplierContact],
      [lm.invoiceRecipient],
      [lm.automatedDecisions],
      [lm.foreignTransfer],
      [lm.legalHold],
      [lm.sharedCase.debtor],
      [lm.specialCategory],
      [lm.unsubscribed],
      [...lm.duplicatePair],
    ];
    for (const ids of subjects) {
      const [nl, en] = (['nl', 'en'] as const).map((language) => extract(ids, language));
      for (const [model, language] of [
        [nl!, 'nl'],
        [en!, 'en'],
      ] as const) {
        const walk = (value: unknown, path: string): void => {
          if (typeof value === 'string') {
            expect(value, `${language} ${path}`).not.toBe('');
            expect(value, `${language} ${path}`).not.toMatch(untranslatedKey);
            expect(value, `${language} ${path}`).not.toMatch(/\{[a-z]+\}/i);
          } else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`));
          else if (value && typeof value === 'object')
            for (const [key, item] of Object.entries(value)) walk(item, path ? `${path}.${key}` : key);
        };
        walk(model, '');
      }
      // One outline, two languages: the same sections in the same order, each heading in the request's language.
      expect(nl!.outline.map((section) => section.id)).toEqual(en!.outline.map((section) => section.id));
      const rights = (model: ExtractModel) => model.outline.find((section) => section.id === 'rights')!.heading;
      expect([rights(nl!), rights(en!)]).toEqual(['Uw rechten', 'Your rights']);
    }
  });
});
