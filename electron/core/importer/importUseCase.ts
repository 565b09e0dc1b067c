import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { DomainError } from '../../../shared/errors/domainError.ts';
import type { UseCaseDeps } from '../store/useCaseDeps.ts';
import { ImportError } from './importFormat.ts';
import type { ImportOptions, ImportResult } from './importJsonl.ts';

/**
 * Imports case records from the collection system (docs/import-format.md): all or nothing. The
 * repository runs the import as one transaction of its own (its pragmas must be set outside one);
 * a bad record comes back as 'import.invalid-record' with file, line, field and reason as parameters.
 *
 * An import overwrites records with the same id, so it is destructive: it is written to the audit trail
 * before it starts, and its end after it: the SHA-256 of the bytes imported and the counts, or the
 * refusal's code; never the file's name or content (issue 13.3; docs/audit-trail.md).
 */
export async function importCaseRecords(
  deps: Pick<UseCaseDeps, 'store' | 'register' | 'clock' | 'clerk'>,
  input: { file: string; onProgress?: ImportOptions['onProgress'] },
): Promise<ImportResult> {
  const name = basename(input.file);
  if (!existsSync(input.file)) throw new DomainError('file.not-found', { file: name });
  const actor = deps.clerk.name;
  await deps.store.audit.append({ actor, action: 'records.import' }, deps.clock.now());
  try {
    const result = await deps.store.records.importFile(input.file, {
      displayName: name,
      register: deps.register,
      ...(input.onProgress ? { onProgress: input.onProgress } : {}),
    });
    await deps.store.audit.append(
      { actor, action: 'records.imported', details: { sha256: result.sha256, records: result.records, ...result.byTable } },
      deps.clock.now(),
    );
    return result;
  } catch (error) {
    const code = error instanceof ImportError ? (error.line === null ? 'import.failed' : 'import.invalid-record') : 'internal';
    await deps.store.audit.append({ actor, action: 'records.import-refused', details: { code } }, deps.clock.now());
    if (error instanceof ImportError) {
      if (error.line === null) throw new DomainError('import.failed', { file: error.file, reason: error.reason });
      // `field` carries its own separator so a record-level problem reads "line 2: reason" without a dangling colon.
      throw new DomainError('import.invalid-record', {
        file: error.file,
        line: error.line,
        field: error.field ? `${error.field}: ` : '',
        reason: error.reason,
      });
    }
    throw error;
  }
}
