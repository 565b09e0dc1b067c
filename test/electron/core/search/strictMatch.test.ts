import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../electron/core/db/openDatabase.ts';
import type { FtsAttempt } from '../../../../electron/core/search/ftsExpression.ts';
import { ftsExpression } from '../../../../electron/core/search/ftsExpression.ts';
import type { DocumentText } from '../../../../electron/core/search/strictMatch.ts';
import { strictMatcher } from '../../../../electron/core/search/strictMatch.ts';
import { correctionsOf } from '../../../../electron/core/search/vocabulary.ts';
import { parseSearchQuery } from '../../../../shared/search/parseQuery.ts';
import { seedTestDatabase } from '../../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

type Row = Record<string, string | null>;

/**
 * The strict words tested on a document's own text (used to narrow what an exact key found) must
 * agree with the word index's MATCH of the same attempt, document for document: on the demo
 * database, for queries made from its own people's names, birth years, initials and particles,
 * typed right and mistyped (vocabulary corrections).
 */
describe('strictMatcher agrees with the full-text MATCH it stands in for', () => {
  const tempDir = useTempDirs('suite');
  let db: Db;
  let documents: (DocumentText & { rowid: number })[];
  const queries: string[] = [];

  beforeAll(() => {
    db = seedTestDatabase(tempDir(), 400, 'strict-match-test').db;
    documents = db.prepare('SELECT rowid, names, places, born FROM search_documents').all() as (DocumentText & { rowid: number })[];
    const people = db
      .prepare(
        'SELECT s.birth_date, n.given_names, n.particle, n.surname FROM subjects s ' +
          "JOIN subject_names n ON n.subject_id = s.id AND n.kind = 'legal' ORDER BY s.rowid LIMIT 40",
      )
      .all() as Row[];
    for (const [i, p] of people.entries()) {
      const given = (p.given_names ?? '').split(' ')[0]!;
      const name = [p.particle, p.surname].filter(Boolean).join(' ');
      const year = p.birth_date?.slice(0, 4) ?? '';
      const typo = p.surname!.length >= 5 ? `${p.surname!.slice(0, 2)}${p.surname![3]}${p.surname![2]}${p.surname!.slice(4)}` : p.surname!;
      queries.push(
        [`${given} ${name}`, `${given[0]}. ${name} ${year}`, `${name} ${year}`, `${given} ${typo}`, `${given.slice(0, 2)} ${name}`][i % 5]!,
      );
    }
  });

  it('selects exactly the documents the MATCH selects, for every query', () => {
    const match = db.prepare('SELECT rowid FROM search_words WHERE search_words MATCH ? ORDER BY rowid').pluck();
    let compared = 0;
    let nonEmpty = 0;
    for (const query of queries) {
      const { name, years } = parseSearchQuery(query);
      const attempt: FtsAttempt = { index: 'words', years, ...name };
      const matcher = strictMatcher(attempt, (word) => correctionsOf(db, word));
      if (!matcher) continue;
      const expected = match.all(ftsExpression(db, attempt)) as number[];
      const actual = documents.filter(matcher).map((d) => d.rowid);
      expect(actual, query).toEqual(expected);
      compared++;
      if (expected.length > 0) nonEmpty++;
    }
    expect(compared).toBe(queries.length);
    expect(nonEmpty).toBeGreaterThan(30);
  });

  it('leaves a term that the index would read as a phrase to the index', () => {
    const attempt: FtsAttempt = { index: 'words', words: ['o brien'], years: [], initials: [], particles: [], shortWords: [] };
    expect(strictMatcher(attempt, () => [])).toBeNull();
    expect(strictMatcher({ ...attempt, words: ['jansen'], index: 'prefixes' }, () => [])).toBeNull();
  });
});
