import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../electron/core/db/openDatabase.ts';
import type { DemoLandmarks } from '../../../../electron/core/demo/landmarks.ts';
import type { Candidate, CandidateSet } from '../../../../electron/core/search/collectCandidates.ts';
import type { ProfiledSubject } from '../../../../electron/core/search/duplicateRule.ts';
import { nearlySameName, sharedFacts } from '../../../../electron/core/search/duplicateRule.ts';
import { possibleDuplicatesOfAll } from '../../../../electron/core/search/possibleDuplicates.ts';
import { driveRanking, preRank, rankCandidates, rankDocuments } from '../../../../electron/core/search/rankCandidates.ts';
import { findSubjects } from '../../../../electron/core/search/searchSubjects.ts';
import { parseSearchQuery } from '../../../../shared/search/parseQuery.ts';
import { displayNameOf, unpackProfile } from '../../../../shared/search/searchProfile.ts';
import { seedTestDatabase } from '../../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

interface StoredDocument {
  rowid: number;
  subjectId: string;
  names: string;
  places: string;
  born: string;
  profile: string;
}

describe('rankCandidates: the page both search backends make of their candidates', () => {
  const tempDir = useTempDirs('suite');
  let db: Db;
  let l: DemoLandmarks;
  beforeAll(() => {
    const seeded = seedTestDatabase(tempDir(), 400, 'rank-candidates');
    db = seeded.db;
    l = seeded.result.landmarks;
  });

  const documentOf = (subjectId: string) =>
    db
      .prepare('SELECT rowid, subject_id AS subjectId, names, places, born, profile FROM search_documents WHERE subject_id = ?')
      .get(subjectId) as StoredDocument;
  const candidateSet = (subjectIds: string[], total: number | null = null): CandidateSet => ({
    candidates: new Map(
      subjectIds.map((id) => {
        const doc = documentOf(id);
        const candidate: Candidate = { subjectId: id, profileJson: doc.profile, keyHits: [] };
        return [doc.rowid, candidate];
      }),
    ),
    total,
    totalCapped: false,
  });

  it('scores the candidates, leaves out those matching less than half of the query, and counts what it scored', () => {
    const [janA, janB] = l.namesakes;
    const query = 'Jan van den Berg';
    const asked: string[][] = [];
    const page = driveRanking(rankCandidates(parseSearchQuery(query), query, candidateSet([l.heavyDebtor, janB, janA]), 20), (subjects) => {
      asked.push(subjects.map((s) => s.subjectId));
      return new Map(subjects.map((s) => [s.subjectId, []]));
    });
    expect(page.results.map((r) => r.subjectId)).toEqual([janA, janB].sort());
    expect(page.results[0]!.evidence.some((e) => e.field === 'surname')).toBe(true);
    expect(page.total).toBe(2);
    // Only the listed ones are asked about; nobody was added, so nothing more is asked.
    expect(asked).toEqual([[janA, janB].sort()]);
  });

  it('lists a duplicate of a listed person after the results, with its own evidence, and names the pair both ways', () => {
    const [sophie, sofie] = l.duplicatePair;
    const query = 'Sophie ter Horst';
    const asked: string[][] = [];
    const page = driveRanking(rankCandidates(parseSearchQuery(query), query, candidateSet([sophie], 1), 20), (subjects) => {
      asked.push(subjects.map((s) => s.subjectId));
      return possibleDuplicatesOfAll(db, subjects);
    });
    expect(page.results.map((r) => r.subjectId)).toEqual([sophie, sofie]);
    expect(page.results.map((r) => r.possibleDuplicates)).toEqual([[sofie], [sophie]]);
    expect(asked).toEqual([[sophie], [sofie]]);
    // The total never says fewer than are shown.
    expect(page.total).toBe(2);
    expect(page.results[1]!.evidence.length).toBeGreaterThan(0);
  });

  it('is what findSubjects on SQLite shows: the duplicate pair named on the page', () => {
    const [sophie] = l.duplicatePair;
    const page = findSubjects(db, 'Sophie ter Horst', { limit: 20 });
    expect(page.results.map((r) => r.subjectId)).toContain(sophie);
    const duplicates = page.results.find((r) => r.subjectId === sophie)!.possibleDuplicates;
    expect(duplicates).toEqual([l.duplicatePair[1]]);
  });

  it('pre-ranks a whole name word above the same letters inside another word, ties in written order', () => {
    const parsed = parseSearchQuery('Berg');
    const whole = { order: 2, names: 'jan van den berg #j# vandenberg', places: 'amsterdam', born: '1984-03-12' };
    const inside = { order: 1, names: 'anna bergman #a#', places: 'utrecht', born: '1990-01-01' };
    const tie = { order: 3, names: 'piet berg #p#', places: 'breda', born: '1970-01-01' };
    expect(preRank(parsed, whole)).toBeGreaterThan(preRank(parsed, inside));
    expect(rankDocuments(parsed, [tie, inside, whole], 2, (d) => d.order)).toEqual([whole, tie]);
  });
});

describe('duplicateRule', () => {
  const tempDir = useTempDirs();

  it('takes a small spelling difference for the same person and another name for another', () => {
    expect(nearlySameName('Sophie ter Horst', 'Sofie ter Horst')).toBe(true);
    expect(nearlySameName('Sophie ter Horst', 'Pieter ter Horst')).toBe(false);
  });

  it('compares people by current postcode + house number and birth date, and not at all without them', () => {
    const seeded = seedTestDatabase(tempDir(), 40, 'duplicate-rule');
    const [sophie, sofie] = seeded.result.landmarks.duplicatePair;
    const profileOf = (id: string): ProfiledSubject => ({
      subjectId: id,
      profile: unpackProfile(seeded.db.prepare('SELECT profile FROM search_documents WHERE subject_id = ?').pluck().get(id) as string),
    });
    const [a, b] = [profileOf(sophie), profileOf(sofie)];
    expect(sharedFacts(a.profile)).toEqual(sharedFacts(b.profile));
    expect(nearlySameName(displayNameOf(a.profile), displayNameOf(b.profile))).toBe(true);
    expect(sharedFacts({ ...a.profile, birthDate: null })).toBeNull();
    seeded.db.close();
  });
});
