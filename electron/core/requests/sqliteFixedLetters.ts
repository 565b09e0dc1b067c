import type { FixedLetter, Letter } from '../../../shared/letters/letterModel.ts';
import type { Db } from '../db/openDatabase.ts';
import { prepared } from '../db/preparedStatement.ts';
import type { RequestRepository } from './requestRepository.ts';

interface FixedLetterRow {
  letter_id: string;
  letter: string;
  fixed_on: string;
  fixed_by: string;
  fixed_at: string;
}

/** The fixed letters of migration 009 on the SQLite register: the whole letter as JSON, as it was fixed. */
export function fixedLetterStore(db: Db, idOf: (reference: string) => number): Pick<RequestRepository, 'fixedLetters' | 'addFixedLetter'> {
  return {
    async fixedLetters(reference) {
      const rows = prepared(
        db,
        'SELECT letter_id, letter, fixed_on, fixed_by, fixed_at FROM request_letters WHERE request_id = ? ORDER BY fixed_at, letter_id',
      ).all(idOf(reference)) as FixedLetterRow[];
      return rows.map((row): FixedLetter => ({
        letterId: row.letter_id,
        letter: JSON.parse(row.letter) as Letter,
        fixedOn: row.fixed_on,
        fixedBy: row.fixed_by,
        fixedAt: row.fixed_at,
      }));
    },
    async addFixedLetter(reference, fixed) {
      prepared(
        db,
        'INSERT INTO request_letters (request_id, letter_id, kind, language, letter, fixed_on, fixed_by, fixed_at) ' +
          'VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(
        idOf(reference),
        fixed.letterId,
        fixed.letter.kind,
        fixed.letter.language,
        JSON.stringify(fixed.letter),
        fixed.fixedOn,
        fixed.fixedBy,
        fixed.fixedAt,
      );
    },
  };
}
