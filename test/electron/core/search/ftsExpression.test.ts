import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../electron/core/db/openDatabase.ts';
import type { FtsAttempt } from '../../../../electron/core/search/ftsExpression.ts';
import { ftsExpression, ftsString } from '../../../../electron/core/search/ftsExpression.ts';
import { correctionsOf } from '../../../../electron/core/search/vocabulary.ts';
import { reindexSubjects } from '../../../../electron/core/search/searchIndex.ts';
import { foldedWords } from '../../../../shared/search/foldText.ts';
import { seedTestDatabase } from '../../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

/**
 * A typed prefix is asked of the word index as the OR of the vocabulary words it covers (issue 14.2:
 * the prefix query merged every covered doclist in full before its first row). It must find exactly
 * the rows the index's own prefix query finds: for prefixes of the demo people's names and streets,
 * for a prefix that only a particle starts ("ond" → onder) and for one that nothing starts.
 */
describe('the prefix attempt asks the word index for the same rows as its prefix query', () => {
  const tempDir = useTempDirs('suite');
  let db: Db;
  const prefixes = new Set<string>(['ond', 'vander', 'zzq']);

  beforeAll(() => {
    db = seedTestDatabase(tempDir(), 400, 'fts-expression-test').db;
    // The demo has no "onder" (a particle, so not in the vocabulary): one person gets it, indexed as the app does.
    db.prepare("INSERT INTO subjects (id, birth_date, created_on, source) VALUES ('S-ONDER', '1970-01-01', '2020-01-01', 'test')").run();
    db.prepare(
      'INSERT INTO subject_names (id, subject_id, kind, given_names, particle, surname, recorded_on, source) ' +
        "VALUES ('N-ONDER', 'S-ONDER', 'legal', 'Wim', 'onder de', 'Linden', '2020-01-01', 'test')",
    ).run();
    reindexSubjects(db, ['S-ONDER']);
    const texts = db.prepare('SELECT names, places FROM search_documents ORDER BY rowid LIMIT 60').all() as {
      names: string;
      places: string;
    }[];
    for (const { names, places } of texts)
      for (const word of foldedWords(`${names} ${places}`)) if (word.length >= 4) prefixes.add(word.slice(0, 3)).add(word.slice(0, 4));
  });

  const rowids = (expression: string) =>
    db.prepare('SELECT rowid FROM search_words WHERE search_words MATCH ? ORDER BY rowid').pluck().all(expression) as number[];
  // What the attempt asked before: the index's prefix query, or one of the word's vocabulary corrections.
  const prefixQuery = (word: string) => `(${[`${ftsString(word)} *`, ...correctionsOf(db, word).map(ftsString)].join(' OR ')})`;
  const attempt = (words: string[]): FtsAttempt => ({ index: 'prefixes', words, years: [], initials: [], particles: [], shortWords: [] });

  it('for single prefixes and pairs of them', () => {
    const list = [...prefixes];
    expect(list.length).toBeGreaterThan(40);
    let rowsSeen = 0;
    for (const [i, prefix] of list.entries()) {
      const native = rowids(prefixQuery(prefix));
      expect(rowids(ftsExpression(db, attempt([prefix]))), prefix).toEqual(native);
      rowsSeen += native.length;
      const other = list[(i * 7 + 3) % list.length]!;
      expect(rowids(ftsExpression(db, attempt([prefix, other]))), `${prefix} ${other}`).toEqual(
        rowids(`${prefixQuery(prefix)} AND ${prefixQuery(other)}`),
      );
    }
    // The comparison is not between empty answers.
    expect(rowsSeen).toBeGreaterThan(1000);
    expect(rowids(ftsExpression(db, attempt(['ond'])))).toEqual(rowids('"ond" *'));
    expect(rowids('"ond" *').length).toBeGreaterThan(0);
  });

  it('is an OR of whole words, not a prefix query, when the vocabulary covers the prefix', () => {
    expect(ftsExpression(db, attempt(['zzq']))).toBe('"zzq"');
    expect(ftsExpression(db, attempt(['ond']))).toContain('"onder"');
    expect(ftsExpression(db, attempt(['ond']))).not.toContain('*');
  });
});
