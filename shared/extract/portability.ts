import type { Policy } from '../policy/policySchema.ts';
import type { ExtractModel, Language, RecordEntry } from './extractModel.ts';
import { fill } from './texts.ts';

/**
 * Art. 20: the portability set is narrower than the access copy. It holds data the person provided,
 * including data observed about them (payments), processed on consent or contract (Art. 20(1)(a));
 * inferred data (a credit score, an automated decision) stay out, as do records held as processor
 * (the controller answers) and other people's data (Art. 20(4)). The model says per record kind why.
 */

/** Legal bases under which Art. 20(1)(a) grants portability: consent or contract. */
const PORTABLE_BASES = new Set(['6(1)(a)', '6(1)(b)', '9(2)(a)']);

export function restsOnConsentOrContract(policy: Policy, purposeIds: readonly string[]): boolean {
  return purposeIds.some((id) => policy.purposes.find((p) => p.id === id)?.legalBases.some((b) => PORTABLE_BASES.has(b.article)));
}

/** True when one of the purposes (those that apply to this person) rests on `article`. */
export function restsOn(policy: Policy, purposeIds: readonly string[], article: string): boolean {
  return purposeIds.some((id) => policy.purposes.find((p) => p.id === id)?.legalBases.some((b) => b.article === article));
}

/** Marks a record as portable only where its kind is provided/observed and one of its purposes rests on consent or contract. */
export function portabilityOf(policy: Policy, record: RecordEntry): RecordEntry['portability'] {
  if (record.withheld || record.portability === 'not-applicable' || record.portability === 'inferred') return record.portability;
  return restsOnConsentOrContract(
    policy,
    record.purposes.map((p) => p.id),
  )
    ? record.portability
    : 'not-applicable';
}

/**
 * Why a record of a provided/observed kind is not portable: it falls outside the kind's scope (not from the
 * person, or not on contract or consent: issue 12.11); null for kinds that are never portable (their own reason).
 */
function outOfScopeReason(policy: Policy, record: RecordEntry, language: Language): string | null {
  const kind = policy.recordKinds[record.recordKind]!;
  const portableKind = kind.portability === 'provided' || kind.portability === 'observed';
  return portableKind && kind.portabilityScope ? kind.portabilityScope.outOfScopeReason[language] : null;
}

export function portabilitySection(
  policy: Policy,
  own: readonly RecordEntry[],
  processor: readonly RecordEntry[],
  language: Language,
): ExtractModel['portability'] {
  type Row = ExtractModel['portability']['included'][number];
  const included = new Map<string, Row>();
  const excluded = new Map<string, Row>();
  const withheldReason = fill('portability.withheld', language);
  const processorReason = fill('portability.processorOnly', language);
  // Keyed by record kind within each bucket: this runs once per record of a heavy debtor, so it
  // creates nothing per record but the first row of each kind.
  const count = (map: Map<string, Row>, record: RecordEntry, reason: string | null) => {
    const row = map.get(record.recordKind);
    if (row) row.recordCount++;
    else {
      const why = reason ?? policy.recordKinds[record.recordKind]!.portabilityReason[language];
      map.set(record.recordKind, { recordKind: record.recordKind, recordKindLabel: record.recordKindLabel, recordCount: 1, reason: why });
    }
  };
  const excludedWithheld = new Map<string, Row>();
  const excludedOther = new Map<string, Row>();
  const excludedProcessor = new Map<string, Row>();
  const otherReason = fill('portability.otherPerson', language);
  for (const record of own) {
    if (record.withheld) count(excludedWithheld, record, withheldReason);
    // Shown in the copy as another person's data (a debt the person is liable for, a lifted withholding): not theirs to port.
    else if (record.otherPerson) count(excludedOther, record, otherReason);
    else if (record.portability === 'provided' || record.portability === 'observed') count(included, record, null);
    else count(excluded, record, outOfScopeReason(policy, record, language));
  }
  const seen = new Set<string>();
  for (const record of processor) {
    // A processor-only person's name appears under each client: count each record once.
    const key = `${record.recordKind}:${record.recordId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    count(excludedProcessor, record, processorReason);
  }
  return {
    explanation: fill('portability.explanation', language),
    included: [...included.values()],
    excluded: [...excluded.values(), ...excludedWithheld.values(), ...excludedOther.values(), ...excludedProcessor.values()],
  };
}
