import type { ControllerInstruction, StoredController } from '../../../shared/requests/requestOutcome.ts';
import type { RepresentativeCapacity, StoredRepresentative } from '../../../shared/requests/representative.ts';
import type { Db } from '../db/openDatabase.ts';
import { prepared } from '../db/preparedStatement.ts';

/** Reading migration 004's rows of a request: its representative and the controllers it was referred to. */

export function representativeOf(db: Db, requestId: number): StoredRepresentative | null {
  const r = prepared(db, 'SELECT * FROM request_representatives WHERE request_id = ?').get(requestId) as
    | {
        name: string;
        capacity: RepresentativeCapacity;
        address: string | null;
        email: string | null;
        proof: string;
        checked_on: string;
        checked_by: string;
      }
    | undefined;
  if (!r) return null;
  return {
    name: r.name,
    capacity: r.capacity,
    address: r.address,
    email: r.email,
    proof: r.proof,
    checkedOn: r.checked_on,
    checkedBy: r.checked_by,
  };
}

export function controllersOf(db: Db, requestId: number): StoredController[] {
  const rows = prepared(db, 'SELECT * FROM request_controllers WHERE request_id = ? ORDER BY controller_id').all(requestId) as {
    controller_id: string;
    name: string;
    contact: string;
    referred_on: string;
    referred_by: string;
    instruction: ControllerInstruction | null;
    instruction_received_on: string | null;
    instruction_note: string | null;
    instruction_by: string | null;
  }[];
  return rows.map((c) => ({
    controllerId: c.controller_id,
    name: c.name,
    contact: JSON.parse(c.contact) as StoredController['contact'],
    referredOn: c.referred_on,
    referredBy: c.referred_by,
    instruction:
      c.instruction !== null && c.instruction_received_on !== null
        ? { kind: c.instruction, receivedOn: c.instruction_received_on, note: c.instruction_note, by: c.instruction_by ?? '' }
        : null,
  }));
}
