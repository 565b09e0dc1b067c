import { postalAddressLines } from '../letters/letterAddress.ts';
import type { IsoDate } from '../dates/isoDate.ts';
import type { Policy } from '../policy/policySchema.ts';
import { buildRetentionContext, PROCESSOR_RULE_ID } from '../retention/retentionRules.ts';
import { categorySections, purposeEntry, purposeIdsOf, recipientCategoryEntries, sourceEntries } from './categories.ts';
import { decisionEntry } from './decisions.ts';
import type { ExtractModel, ExtractRequest, Language, RecordEntry } from './extractModel.ts';
import { extractModelVersion, extractRequestSchema } from './extractModel.ts';
import { countryName } from './format.ts';
import { portabilitySection } from './portability.ts';
import { applicableBases } from './legalBases.ts';
import { actualRecipient, namedRecipients, recipientIndex, transfers } from './recipients.ts';
import type { RecordEnv } from './recordEntries.ts';
import { newRecordCache, recordEntry, retentionEntry } from './recordEntries.ts';
import { isLiableDebtRecord, ownRolesByCase } from './liableDebt.ts';
import type { RedactionPlan } from './redactions.ts';
import { planRedactions, withheldEntries } from './redactions.ts';
import { isProcessorOnly, subjectCategoriesOf } from './subjectCategories.ts';
import type { ProfileRecords, ProfileRow, SubjectProfile } from './subjectProfile.ts';
import { extractOutline } from './outline.ts';
import { fill, textsIn } from './texts.ts';

/**
 * The extract model as a pure function of (the subject's records, the processing register, the
 * request, today's date): every item Art. 15(1)–(4) GDPR requires, per record, resolved to the
 * request's language. Renderers (screen, PDF, data.json, CSV) add nothing of legal substance.
 */
export function assembleExtract(profile: SubjectProfile, policy: Policy, requestInput: ExtractRequest, today: IsoDate): ExtractModel {
  const request = extractRequestSchema.parse(requestInput);
  const language = request.language;
  const missing = request.subjectIds.filter((id) => !profile.subjectIds.includes(id));
  const extra = profile.subjectIds.filter((id) => !request.subjectIds.includes(id));
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(
      `The request's subjectIds (${request.subjectIds.join(', ')}) differ from the profile's (${profile.subjectIds.join(', ')})`,
    );
  }
  const organisationNames = new Map(profile.organisations.map((o) => [String(o.id), String(o.name)]));
  const allCategories = subjectCategoriesOf(profile.records);
  const processorOnly = isProcessorOnly(policy, allCategories);
  // Purposes and retention follow the categories in which the organisation is controller.
  const categories = allCategories.filter((id) => policy.dataSubjectCategories.find((c) => c.id === id)?.role === 'controller');
  const redactions = planRedactions(policy, profile, request, today);
  // Every actual recipient recorded (C-154/21), but for a disclosure record the clerk withheld as a whole.
  const recipients = (profile.records.disclosures ?? [])
    .filter((row) => !redactions.wholeRecords.has(`disclosures:${String(row.id)}`))
    .map((row) => actualRecipient(policy, row, organisationNames, language));
  // Issue 12.7: "collection abroad" concerns only records of cases handled in another country.
  const abroadCases = new Set(
    (profile.records.cases ?? [])
      .filter((c) => c.handled_country !== null && c.handled_country !== undefined && c.handled_country !== policy.organisation.country)
      .map((c) => String(c.id)),
  );
  const display = { policy, language, organisationNames };
  const env: RecordEnv = {
    policy,
    language,
    display,
    categories,
    retention: buildRetentionContext(profile.records, categories, today),
    recipientsOf: recipientIndex(recipients),
    caseAbroad: (caseId) => (caseId === null ? abroadCases.size > 0 : abroadCases.has(caseId)),
    redactions,
    cache: newRecordCache(),
  };

  // The person's own records, split by the role in which the organisation holds them.
  const own: RecordEntry[] = [];
  const processorByClient = new Map<string, RecordEntry[]>();
  const processorPersonal: RecordEntry[] = [];
  const processorEnv: RecordEnv = { ...env, categories: [], recipientsOf: () => [], caseAbroad: () => false, cache: newRecordCache() };
  for (const [table, rows] of tablesInOrder(policy, profile.records)) {
    const kind = policy.recordKinds[table]!;
    const heldAsProcessor = kind.retentionRule === null;
    for (const row of rows) {
      if (heldAsProcessor) {
        const clientId = String(row.client_id);
        processorByClient.set(clientId, [...(processorByClient.get(clientId) ?? []), processorEntry(processorEnv, table, row)]);
      } else if (processorOnly) {
        // Someone known only as an invoice recipient: even their name and address are held for the client.
        processorPersonal.push(processorEntry(processorEnv, table, row));
      } else {
        own.push(recordEntry(env, table, row));
      }
    }
  }

  // Other parties' data in the person's case files (Art. 15(4)): listed, withheld unless lifted or a
  // record of a debt the person is liable for; only rows of the cases the two share (issue 12.4).
  const thirdParty: RecordEntry[] = [];
  const ownRoles = ownRolesByCase(profile);
  for (const party of profile.thirdParties) {
    const scope = new Set(party.caseIds);
    const partyCategories = subjectCategoriesOf(party.records, scope);
    const partyEnv: RecordEnv = {
      ...env,
      categories: partyCategories,
      retention: buildRetentionContext({ ...party.records, cases: profile.records.cases ?? [] }, partyCategories, today, scope),
      recipientsOf: () => [],
      cache: newRecordCache(),
    };
    for (const [table, rows] of tablesInOrder(policy, party.records)) {
      for (const row of rows) {
        if (!inSharedCase(table, row, scope)) continue;
        const entry = recordEntry(partyEnv, table, row, { thirdParty: true });
        const notes = isLiableDebtRecord(policy, ownRoles, table, row)
          ? [{ basis: 'liable-debt' as const, text: fill('otherPerson.liableDebt', language, { caseId: String(row.case_id) }) }]
          : [];
        thirdParty.push(withOtherPersonNotes(entry, [...notes, ...liftNotes(policy, redactions, table, entry.recordId, language)]));
      }
    }
  }
  // A lifted field of the person's own record (a payer's account) is another person's data too.
  for (let i = 0; i < own.length; i++) {
    const notes = liftNotes(policy, redactions, own[i]!.recordKind, own[i]!.recordId, language);
    if (notes.length > 0) own[i] = withOtherPersonNotes(own[i]!, notes);
  }

  const processorRecords = [...processorByClient.entries()].map(([clientId, records]) => {
    const client = profile.organisations.find((o) => String(o.id) === clientId);
    const sectionRecords = [...processorPersonal, ...records];
    return {
      controllerName: organisationNames.get(clientId) ?? clientId,
      controllerContact: client ? organisationContact(client, language) : clientId,
      notice: policy.responseTexts.processorNotice[language],
      recordCount: sectionRecords.length,
      records: sectionRecords,
    };
  });

  const visible = own.filter((r) => !r.withheld);
  const basesApplying = applicableBases(policy, { categories, records: visible, clientKinds: clientKindsOf(profile) });
  const categoriesOut = categorySections(policy, [...own, ...thirdParty], language, basesApplying);
  const decisions = (profile.records.automated_decisions ?? [])
    .filter((row) => !redactions.wholeRecords.has(`automated_decisions:${String(row.id)}`))
    .map((row) => decisionEntry(policy, row, language));
  const transferList = transfers(policy, recipients, language);
  const withheld = withheldEntries(policy, redactions, language);
  const summaryPurposes = purposeIdsOf(visible);
  const named = namedRecipients(recipients, language);
  const namedCategories = new Set(named.map((r) => r.recipientCategory.id));

  const model: ExtractModel = {
    modelVersion: extractModelVersion,
    language,
    generatedOn: today,
    policy: { id: policy.id, version: policy.version },
    request: {
      reference: request.reference,
      receivedOn: request.receivedOn,
      kind: request.kind,
      requesterName: request.requester.name,
      ...(postalAddressLines(request.requester.address).length > 0
        ? { requesterAddressLines: postalAddressLines(request.requester.address) }
        : {}),
      clerk: request.clerk,
      ...(request.clerkRole ? { clerkRole: request.clerkRole } : {}),
    },
    controller: controllerOf(policy),
    subjects: profile.subjectIds.map((id) => subjectOf(profile.records, id)),
    confirmation: confirmationOf(policy, own.length + processorPersonal.length + processorByClient.size, processorOnly, language),
    summary: {
      purposes: policy.purposes
        .filter((p) => summaryPurposes.includes(p.id))
        .map((p) => purposeEntry(policy, p.id, language, basesApplying)),
      dataCategories: categoriesOut
        .map((c) => ({ id: c.id, label: c.label, description: c.description, recordCount: c.records.filter((r) => !r.withheld).length }))
        .filter((c) => c.recordCount > 0),
      // Categories only where no recipient of that category is named (C-154/21).
      recipientCategories: recipientCategoryEntries(policy, summaryPurposes, language).filter((c) => !namedCategories.has(c.id)),
      actualRecipients: named,
      actualRecipientCount: recipients.length,
      retention: retentionSummary(visible, policy, language),
      sources: sourceEntries(
        policy,
        visible.map((r) => r.source.id),
        language,
      ),
      automatedDecisionCount: decisions.length,
      thirdCountryTransferCount: transferList.length,
    },
    categories: categoriesOut,
    automatedDecisions: decisions,
    transfers: transferList,
    processorRecords,
    withheld,
    rights: rightsOf(policy, processorOnly ? processorRecords : [], language),
    complaint: complaintOf(policy, language),
    portability: portabilitySection(
      policy,
      [...own, ...thirdParty.filter((r) => !r.withheld)],
      processorRecords.flatMap((s) => s.records),
      language,
    ),
    outline: extractOutline(
      { automatedDecisions: decisions, processorRecords, liftedRedactions: redactions.lifted, portabilityAsked: request.kind !== 'access' },
      language,
    ),
  };
  if (redactions.lifted.length > 0) model.liftedRedactions = [...redactions.lifted];
  return model;
}

/**
 * The rights of Art. 15(1)(e): how to exercise them with us, or, for a person whose data we hold only as
 * processor, with the controller(s) (Art. 28(3)(e); issue 12.6): the rights section then points there.
 */
function rightsOf(policy: Policy, controllers: readonly { controllerName: string; controllerContact: string }[], language: Language) {
  const withController =
    controllers.length > 0
      ? textsIn(language)('rights.withController', {
          controllers: controllers.map((c) => `${c.controllerName} (${c.controllerContact})`).join('; '),
        })
      : null;
  return policy.rights.map((right) => ({
    id: right.id,
    article: right.article,
    label: right.label[language],
    howTo: `${right.description[language]} ${withController ?? right.howToExercise[language]}`,
  }));
}

/** The organisation kinds of the clients of the person's cases, for the legal bases that depend on them. */
function clientKindsOf(profile: SubjectProfile): Set<string> {
  const kindOf = new Map(profile.organisations.map((o) => [String(o.id), String(o.kind)]));
  return new Set((profile.records.cases ?? []).map((c) => kindOf.get(String(c.client_id))).filter((k): k is string => k !== undefined));
}

/** Only another party's rows on a case the two share are weighed at all (issue 12.4); a row without a case is not. */
function inSharedCase(table: string, row: ProfileRow, scope: ReadonlySet<string>): boolean {
  const caseId = table === 'cases' ? row.id : row.case_id;
  return caseId !== null && caseId !== undefined && scope.has(String(caseId));
}

/** The lifted automatic withholdings of one record, as the notes that say whose data they are and why they are shown. */
function liftNotes(
  policy: Policy,
  redactions: RedactionPlan,
  table: string,
  recordId: string,
  language: Language,
): NonNullable<RecordEntry['otherPerson']> {
  return redactions.lifted
    .filter((lift) => lift.recordKind === table && lift.recordId === recordId)
    .map((lift) => ({
      basis: 'lifted' as const,
      text:
        lift.field === null
          ? fill('otherPerson.lifted', language, { reason: lift.reason })
          : fill('otherPerson.liftedField', language, {
              field: policy.recordKinds[table]?.fields[lift.field]?.[language] ?? lift.field,
              reason: lift.reason,
            }),
    }));
}

/** The entry with the notes added (entries share sub-objects: a new object rather than a mutation). */
function withOtherPersonNotes(entry: RecordEntry, notes: NonNullable<RecordEntry['otherPerson']>): RecordEntry {
  return notes.length === 0 ? entry : { ...entry, otherPerson: notes };
}

/** Record kinds in the register's order, so every extract lists categories and records alike. */
function tablesInOrder(policy: Policy, records: ProfileRecords): [string, readonly ProfileRow[]][] {
  const unknown = Object.keys(records).filter((table) => !(table in policy.recordKinds));
  if (unknown.length > 0) throw new Error(`The processing register has no record kind for table(s) ${unknown.join(', ')}`);
  return Object.keys(policy.recordKinds)
    .map((table) => [table, records[table] ?? []] as [string, readonly ProfileRow[]])
    .filter(([, rows]) => rows.length > 0);
}

/** A record held for a client as processor: no purposes or retention of our own (Art. 28). */
function processorEntry(env: RecordEnv, table: string, row: ProfileRow): RecordEntry {
  const entry = recordEntry(env, table, row);
  return {
    ...entry,
    purposes: [],
    recipients: [],
    retention: retentionEntry(
      env.policy,
      { ruleId: PROCESSOR_RULE_ID, status: 'open', until: null, reason: 'controller-decides', triggerDate: null, hold: null },
      env.language,
    ),
    portability: 'not-applicable',
  };
}

function retentionSummary(records: readonly RecordEntry[], policy: Policy, language: Language): ExtractModel['summary']['retention'] {
  const counts = new Map<string, number>();
  for (const record of records) counts.set(record.retention.ruleId, (counts.get(record.retention.ruleId) ?? 0) + 1);
  return policy.retentionRules
    .filter((rule) => counts.has(rule.id))
    .map((rule) => ({
      ruleId: rule.id,
      label: rule.label[language],
      explanation: rule.explanation[language],
      recordCount: counts.get(rule.id)!,
    }));
}

function controllerOf(policy: Policy): ExtractModel['controller'] {
  const org = policy.organisation;
  const address = org.postalAddress;
  return {
    name: org.name,
    addressLines: address ? [...address.lines, `${address.postcode} ${address.city}`] : [],
    email: org.contact.email,
    phone: org.contact.phone,
    website: org.website,
  };
}

/** The person's name as the extract addresses them (the legal name of the first subject entry). */
export function requesterNameOf(profile: SubjectProfile): string {
  return subjectOf(profile.records, profile.subjectIds[0]!).displayName;
}

function subjectOf(records: ProfileRecords, subjectId: string): ExtractModel['subjects'][number] {
  const names = (records.subject_names ?? []).filter((n) => String(n.subject_id) === subjectId);
  const name = names.find((n) => n.kind === 'legal') ?? names[0];
  const displayName = name
    ? [name.given_names ?? name.initials, name.particle, name.surname].filter((p) => p !== null && p !== undefined && p !== '').join(' ')
    : subjectId;
  const subject = (records.subjects ?? []).find((s) => String(s.id) === subjectId);
  const birthDate = subject?.birth_date;
  return { subjectId, displayName, birthDate: birthDate === null || birthDate === undefined ? null : String(birthDate) };
}

function confirmationOf(policy: Policy, recordCount: number, processorOnly: boolean, language: Language): ExtractModel['confirmation'] {
  if (recordCount === 0) return { processed: false, text: policy.responseTexts.noProcessing[language] };
  if (processorOnly) return { processed: true, text: policy.responseTexts.processorNotice[language] };
  return { processed: true, text: policy.responseTexts.processingConfirmed[language] };
}

function organisationContact(org: ProfileRow, language: Language): string {
  const parts = [
    org.street,
    [org.postcode, org.city].filter((p) => p !== null && p !== undefined).join(' ') || null,
    org.country && org.country !== 'NL' ? countryName(String(org.country), language) : null,
    org.email,
    org.phone,
  ];
  return parts.filter((p) => p !== null && p !== undefined && p !== '').join(', ') || String(org.name);
}

function complaintOf(policy: Policy, language: Language): ExtractModel['complaint'] {
  const authority = policy.supervisoryAuthority;
  const address = authority.postalAddress;
  return {
    authorityName: authority.name,
    addressLines: [...address.lines, `${address.postcode} ${address.city}`, countryName(address.country, language)],
    website: authority.website,
    text: authority.complaint[language],
  };
}
