import type { Db } from '../db/openDatabase.ts';
import { prepared } from '../db/preparedStatement.ts';
import type { RequestRepository } from './requestRepository.ts';

type OutcomeWrites = Pick<RequestRepository, 'setOutcome' | 'setRepresentative' | 'addControllers' | 'setControllerInstruction'>;

/** The writes of migration 004 (outcome, representative, controllers) on the SQLite register. */
export function outcomeWrites(db: Db, idOf: (reference: string) => number): OutcomeWrites {
  return {
    async setOutcome(reference, outcome) {
      prepared(db, 'UPDATE requests SET outcome = ? WHERE id = ?').run(outcome, idOf(reference));
    },
    async setRepresentative(reference, r) {
      prepared(
        db,
        'INSERT OR REPLACE INTO request_representatives (request_id, name, capacity, address, email, proof, checked_on, checked_by) ' +
          'VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(idOf(reference), r.name, r.capacity, r.address, r.email, r.proof, r.checkedOn, r.checkedBy);
    },
    async addControllers(reference, controllers) {
      const id = idOf(reference);
      const statement = prepared(
        db,
        'INSERT OR IGNORE INTO request_controllers (request_id, controller_id, name, contact, referred_on, referred_by) ' +
          'VALUES (?, ?, ?, ?, ?, ?)',
      );
      for (const c of controllers) statement.run(id, c.controllerId, c.name, JSON.stringify(c.contact), c.referredOn, c.referredBy);
    },
    async setControllerInstruction(reference, controllerId, instruction) {
      prepared(
        db,
        'UPDATE request_controllers SET instruction = ?, instruction_received_on = ?, instruction_note = ?, instruction_by = ? ' +
          'WHERE request_id = ? AND controller_id = ?',
      ).run(instruction.kind, instruction.receivedOn, instruction.note, instruction.by, idOf(reference), controllerId);
    },
  };
}
