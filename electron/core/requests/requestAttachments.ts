import { DomainError } from '../../../shared/errors/domainError.ts';
import type { StoredRequest } from '../../../shared/requests/requestTypes.ts';
import { appendAudit } from '../audit/auditLog.ts';
import { systemClock } from '../clock/clock.ts';
import type { Db } from '../db/openDatabase.ts';
import { prepared } from '../db/preparedStatement.ts';
import type { Actor } from './requestRepository.ts';
import { requestRow } from './requestRows.ts';
import { getRequest } from './sqliteRequestRepository.ts';

/**
 * The synchronous form of the recordOutput use case (useCases/notesAndOutputs.ts) for the export paths
 * that still run on a bare connection (extract command, export job). Same rule, same audit entry;
 * to be replaced by the use case once those paths run on the Store.
 */
export function addOutput(
  db: Db,
  reference: string,
  output: { fileName: string; kind: string; sha256: string },
  actor: Actor,
): StoredRequest {
  if (!/^[0-9a-f]{64}$/.test(output.sha256)) throw new DomainError('output.not-sha256', { reference, fileName: output.fileName });
  const now = actor.now ?? systemClock().now();
  return db.transaction(() => {
    const row = requestRow(db, reference);
    prepared(db, 'INSERT INTO request_outputs (request_id, file_name, kind, sha256, created_at) VALUES (?, ?, ?, ?, ?)').run(
      row.id,
      output.fileName,
      output.kind,
      output.sha256,
      now.toISOString(),
    );
    appendAudit(
      db,
      {
        actor: actor.clerk,
        action: 'export',
        requestRef: reference,
        target: output.fileName,
        details: { kind: output.kind, sha256: output.sha256 },
      },
      now,
    );
    return getRequest(db, reference);
  })();
}
