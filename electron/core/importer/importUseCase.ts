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
 */
export async function importCaseRecords(
  deps: Pick<UseCaseDeps, 'store' | 'register'>,
  input: { file: string; onProgress?: ImportOptions['onProgress'] },
): Promise<ImportResult> {
  const name = basename(input.file);
  if (!existsSync(input.file)) throw new DomainError('file.not-found', { file: name });
  try {
    return await deps.store.records.importFile(input.file, {
      displayName: name,
      register: deps.register,
      ...(input.onProgress ? { onProgress: input.onProgress } : {}),
    });
  } catch (error) {
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
