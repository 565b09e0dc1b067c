import type { KeyedMatch } from '../../../shared/documents/matchMentions.ts';
import { firstPerField, matchTargets, targetKeys } from '../../../shared/documents/matchMentions.ts';
import type { MentionTargets } from '../../../shared/documents/mentionTargets.ts';
import { mentionTargets, targetPhrases } from '../../../shared/documents/mentionTargets.ts';
import type { CaseDocument } from '../../../shared/documents/documentModel.ts';
import type { MentionField, MentionMatch, PossibleMention } from '../../../shared/documents/requestDocuments.ts';
import type { SubjectProfile } from '../../../shared/extract/subjectProfile.ts';
import type { Store } from '../store/store.ts';
import type { Namesake } from '../search/namesakes.ts';

type Namesakes = { entries: Namesake[]; total: number };

/**
 * Possible mentions (issue 16.3; docs/documents.md § Search and possible mentions): documents not
 * linked to the person whose text names them — full name, IBAN, address or case number. The EDPB's
 * 2025 report on the right of access found searches "scoped too narrowly" among the commonest failings;
 * a letter about someone else that names this person holds their data too (Art. 15(1)). The clerk
 * decides: nothing here is added to the copy by itself.
 *
 * What counts: a target of the person (a full name, IBAN, address or case number) that the document's
 * own person does not share. A letter to the co-debtor at the home they share, about their joint case,
 * names the person's address and case number, yet is the co-debtor's letter; a namesake's letter names
 * the person's name, yet is the namesake's. Such matches say nothing about this person and are left
 * out; a document with nothing else is no possible mention. (A case-level document of a namesake's
 * case that matches on the name only is left out likewise.)
 *
 * How they rank, strongest first:
 *  1. more distinct fields first: a name with an IBAN beats either alone;
 *  2. then the fields' weight: an IBAN (4) or a case number or address (3) point at one person; a full
 *     name (2) may not, and counts 1 when the register holds someone else by that name;
 *  3. then the newest document first, then by id.
 */
export const FIELD_WEIGHT: Readonly<Record<MentionField, number>> = { iban: 4, 'case-number': 3, address: 3, name: 2 };
const COMMON_NAME_WEIGHT = 1;

export interface MentionPerson {
  subjectIds: readonly string[];
  profile: SubjectProfile;
}

interface Found {
  document: CaseDocument;
  matches: MentionMatch[];
  weight: number;
}

export async function findPossibleMentions(
  store: Store,
  person: MentionPerson,
  excludeDocumentIds: readonly string[],
): Promise<PossibleMention[]> {
  const targets = mentionTargets(person.profile.records);
  const pages = await store.documents.pagesMentioning({
    phrases: targetPhrases(targets),
    ibans: targets.ibans,
    postcodes: targets.addresses.flatMap((a) => (a.postcode ? [a.postcode] : [])),
    excludeDocumentIds,
  });
  const matchesByDocument = new Map<string, KeyedMatch[]>();
  for (const page of pages) {
    const known = matchesByDocument.get(page.documentId) ?? [];
    // Each target once per document, on the first page where it occurs.
    for (const m of matchTargets(targets, page.page, page.text)) if (!known.some((k) => k.key === m.key)) known.push(m);
    if (known.length > 0) matchesByDocument.set(page.documentId, known);
  }
  if (matchesByDocument.size === 0) return [];

  const namesakes = await otherBearersOfTheName(store, person, targets);
  const documents = new Map<string, CaseDocument>();
  for (const documentId of matchesByDocument.keys()) documents.set(documentId, await store.documents.document(documentId));
  // The documents' own persons, all read at once: what they share with this person does not count.
  const owners = [...new Set([...documents.values()].flatMap((d) => (d.subjectId !== null ? [d.subjectId] : [])))];
  const ownerKeys = new Map(
    [...(await store.documents.identifyingRecords(owners))].map(([id, records]) => [id, targetKeys(mentionTargets(records))]),
  );
  const found: Found[] = [];
  for (const [documentId, all] of matchesByDocument) {
    const document = documents.get(documentId)!;
    let kept: KeyedMatch[] = all;
    if (document.subjectId !== null) {
      // A document may name a subject entry that is gone (erased after the document came): it then shares nothing.
      const shared = ownerKeys.get(document.subjectId) ?? new Set<string>();
      kept = all.filter((m) => !shared.has(m.key));
    } else if (all.every((m) => m.field === 'name') && (await namesakes.ownCase(document))) kept = [];
    if (kept.length === 0) continue;
    const matches = firstPerField(kept);
    const weight = matches.reduce((sum, m) => sum + (m.field === 'name' && namesakes.any ? COMMON_NAME_WEIGHT : FIELD_WEIGHT[m.field]), 0);
    found.push({ document, matches, weight });
  }
  found.sort(
    (a, b) =>
      b.matches.length - a.matches.length ||
      b.weight - a.weight ||
      b.document.date.localeCompare(a.document.date) ||
      a.document.id.localeCompare(b.document.id),
  );
  const mentions: PossibleMention[] = [];
  for (const { document, matches } of found) {
    mentions.push({ document, reading: await store.documents.reading(document.id), matches });
  }
  return mentions;
}

/**
 * The other entries in the register that bear one of the person's names (namesakes, docs/domain.md §8),
 * and whether a case-level document is on one of their cases (their cases are loaded only then).
 */
async function otherBearersOfTheName(
  store: Store,
  person: MentionPerson,
  targets: MentionTargets,
): Promise<{ any: boolean; ownCase: (document: CaseDocument) => Promise<boolean> }> {
  const found = targets.nameLines.length > 0 ? await store.search.namesakes(targets.nameLines) : new Map<string, Namesakes>();
  const others = [
    ...new Set([...found.values()].flatMap((f) => f.entries.map((e) => e.subjectId)).filter((id) => !person.subjectIds.includes(id))),
  ];
  const anyOther = [...found.values()].some((f) => f.total > f.entries.filter((e) => person.subjectIds.includes(e.subjectId)).length);
  let caseIds: Set<string> | null = null;
  return {
    any: anyOther,
    ownCase: async (document) => {
      if (others.length === 0 || document.caseId === null) return false;
      if (!caseIds) {
        const profile = await store.records.subjectProfile(others);
        caseIds = new Set((profile.records.cases ?? []).map((c) => String(c.id)));
      }
      return caseIds.has(document.caseId);
    },
  };
}
