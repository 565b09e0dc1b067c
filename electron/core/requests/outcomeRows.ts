import type { Db } from '../db/openDatabase.ts';
import { prepared } from '../db/preparedStatement.ts';
import type { ControllerRow, RepresentativeRow } from './storedRequestRows.ts';

/**
 * Reading migration 004's rows of a request on SQLite: its representative and the controllers it was
 * referred to (mapped to the model in storedRequestRows.ts, shared with PostgreSQL).
 */

export function representativeRow(db: Db, requestId: number): RepresentativeRow | undefined {
  return prepared(db, 'SELECT * FROM request_representatives WHERE request_id = ?').get(requestId) as RepresentativeRow | undefined;
}

export function controllerRows(db: Db, requestId: number): ControllerRow[] {
  return prepared(db, 'SELECT * FROM request_controllers WHERE request_id = ? ORDER BY controller_id').all(requestId) as ControllerRow[];
}
