/**
 * The subject profile: everything held on one person (possibly stored under several subject entries),
 * as plain rows, which the extract assembler turns into the extract model. Kept free of the database
 * so the assembler stays a pure function (docs/architecture.md: profile + policy + request + clock).
 */

export type ProfileCell = string | number | null;
export type ProfileRow = Readonly<Record<string, ProfileCell>>;

/** Rows by table name of the case-record store (`subjects`, `addresses`, `cases`, …). */
export type ProfileRecords = Readonly<Partial<Record<string, readonly ProfileRow[]>>>;

/**
 * Another party of a case this person is also a party to (a co-debtor, the debtor a guarantor stands
 * surety for). Their data sit in the same case file but are theirs: the extract lists them as
 * withheld (Art. 15(4)) unless the clerk lifts the redaction.
 */
export interface ThirdPartyData {
  subjectId: string;
  /** The shared cases through which this party's data appear in the person's case file. */
  caseIds: readonly string[];
  records: ProfileRecords;
}

export interface SubjectProfile {
  /** The subject entries taken together (one person may be stored twice: a merged extract). */
  subjectIds: readonly string[];
  records: ProfileRecords;
  /** Every organisation the rows refer to (clients, recipients, providers), by id. */
  organisations: readonly ProfileRow[];
  thirdParties: readonly ThirdPartyData[];
}

/** Merges the profiles of subject entries that belong to one person into one (rows deduplicated by id). */
export function mergeProfiles(profiles: readonly SubjectProfile[]): SubjectProfile {
  if (profiles.length === 1) return profiles[0]!;
  const subjectIds = [...new Set(profiles.flatMap((p) => p.subjectIds))];
  const records = mergeRecords(profiles.map((p) => p.records));
  const organisations = dedupe(profiles.flatMap((p) => p.organisations));
  const thirdById = new Map<string, ThirdPartyData[]>();
  for (const party of profiles.flatMap((p) => p.thirdParties)) {
    if (subjectIds.includes(party.subjectId)) continue; // the "other party" is this same person
    thirdById.set(party.subjectId, [...(thirdById.get(party.subjectId) ?? []), party]);
  }
  const thirdParties = [...thirdById.entries()].map(([subjectId, parts]) => ({
    subjectId,
    caseIds: [...new Set(parts.flatMap((p) => p.caseIds))].sort(),
    records: mergeRecords(parts.map((p) => p.records)),
  }));
  return { subjectIds, records, organisations, thirdParties };
}

function mergeRecords(list: readonly ProfileRecords[]): ProfileRecords {
  const out: Record<string, ProfileRow[]> = {};
  for (const records of list) {
    for (const [table, rows] of Object.entries(records)) {
      if (rows) out[table] = [...(out[table] ?? []), ...rows];
    }
  }
  for (const table of Object.keys(out)) out[table] = dedupe(out[table]!);
  return out;
}

function dedupe(rows: readonly ProfileRow[]): ProfileRow[] {
  const seen = new Map<string, ProfileRow>();
  for (const row of rows) seen.set(String(row.id), row);
  return [...seen.values()].sort((a, b) => (String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0));
}
