import type { FixedLetter, Letter } from '../../../shared/letters/letterModel.ts';
import type { Sql } from '../db/postgres/postgresPool.ts';
import type { RequestRepository } from './requestRepository.ts';

type Extras = Pick<
  RequestRepository,
  | 'setOutcome'
  | 'setRepresentative'
  | 'addControllers'
  | 'setControllerInstruction'
  | 'categoryReviews'
  | 'markCategoryReviewed'
  | 'unmarkCategoryReviewed'
  | 'fixedLetters'
  | 'addFixedLetter'
>;

/**
 * The PostgreSQL register's later tables, as SQLite's sqliteOutcomeWrites.ts, sqliteCategoryReviews.ts
 * and sqliteFixedLetters.ts: outcome, representative and controllers (issue 12), the reviewed marks per
 * data category (issue 14.3) and the fixed letters (issue 14.8).
 */
export function postgresRequestExtras(sql: Sql, idOf: (reference: string) => Promise<number>): Extras {
  return {
    async setOutcome(reference, outcome) {
      await sql.query('UPDATE requests SET outcome = $1 WHERE id = $2', [outcome, await idOf(reference)]);
    },
    async setRepresentative(reference, r) {
      await sql.query(
        'INSERT INTO request_representatives (request_id, name, capacity, address, email, proof, checked_on, checked_by) ' +
          'VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (request_id) DO UPDATE SET name = excluded.name, ' +
          'capacity = excluded.capacity, address = excluded.address, email = excluded.email, proof = excluded.proof, ' +
          'checked_on = excluded.checked_on, checked_by = excluded.checked_by',
        [await idOf(reference), r.name, r.capacity, r.address, r.email, r.proof, r.checkedOn, r.checkedBy],
      );
    },
    async addControllers(reference, controllers) {
      const id = await idOf(reference);
      for (const c of controllers) {
        await sql.query(
          'INSERT INTO request_controllers (request_id, controller_id, name, contact, referred_on, referred_by) ' +
            'VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (request_id, controller_id) DO NOTHING',
          [id, c.controllerId, c.name, JSON.stringify(c.contact), c.referredOn, c.referredBy],
        );
      }
    },
    async setControllerInstruction(reference, controllerId, instruction) {
      await sql.query(
        'UPDATE request_controllers SET instruction = $1, instruction_received_on = $2, instruction_note = $3, instruction_by = $4 ' +
          'WHERE request_id = $5 AND controller_id = $6',
        [instruction.kind, instruction.receivedOn, instruction.note, instruction.by, await idOf(reference), controllerId],
      );
    },
    async categoryReviews(reference) {
      const rows = await sql.query<{ category_id: string; reviewed_by: string; reviewed_on: string }>(
        'SELECT category_id, reviewed_by, reviewed_on FROM request_category_reviews WHERE request_id = $1 ORDER BY category_id COLLATE "C"',
        [await idOf(reference)],
      );
      return rows.rows.map((r) => ({ categoryId: r.category_id, by: r.reviewed_by, on: r.reviewed_on }));
    },
    async markCategoryReviewed(reference, mark) {
      await sql.query(
        'INSERT INTO request_category_reviews (request_id, category_id, reviewed_by, reviewed_on) VALUES ($1, $2, $3, $4) ' +
          'ON CONFLICT (request_id, category_id) DO UPDATE SET reviewed_by = excluded.reviewed_by, reviewed_on = excluded.reviewed_on',
        [await idOf(reference), mark.categoryId, mark.by, mark.on],
      );
    },
    async unmarkCategoryReviewed(reference, categoryId) {
      await sql.query('DELETE FROM request_category_reviews WHERE request_id = $1 AND category_id = $2', [
        await idOf(reference),
        categoryId,
      ]);
    },
    async fixedLetters(reference) {
      const rows = await sql.query<{ letter_id: string; letter: string; fixed_on: string; fixed_by: string; fixed_at: string }>(
        'SELECT letter_id, letter::text AS letter, fixed_on, fixed_by, fixed_at FROM request_letters WHERE request_id = $1 ' +
          'ORDER BY fixed_at COLLATE "C", letter_id COLLATE "C"',
        [await idOf(reference)],
      );
      return rows.rows.map((row): FixedLetter => ({
        letterId: row.letter_id,
        letter: JSON.parse(row.letter) as Letter,
        fixedOn: row.fixed_on,
        fixedBy: row.fixed_by,
        fixedAt: row.fixed_at,
      }));
    },
    async addFixedLetter(reference, fixed) {
      await sql.query(
        'INSERT INTO request_letters (request_id, letter_id, kind, language, letter, fixed_on, fixed_by, fixed_at) ' +
          'VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
        [
          await idOf(reference),
          fixed.letterId,
          fixed.letter.kind,
          fixed.letter.language,
          JSON.stringify(fixed.letter),
          fixed.fixedOn,
          fixed.fixedBy,
          fixed.fixedAt,
        ],
      );
    },
  };
}
