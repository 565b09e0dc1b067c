import { join } from 'node:path';
import type { StoredRequest } from '../../../shared/requests/requestTypes.ts';

/** Where an export of this request was written: one folder per request reference under the output folder. */
export function exportFolder(outputFolder: string, request: Pick<StoredRequest, 'reference'>): string {
  return join(outputFolder, request.reference);
}

/** A file exported again replaces the earlier one under the same name: per name, the latest record counts. */
export function latestOutputs(request: Pick<StoredRequest, 'outputs'>): StoredRequest['outputs'] {
  return [...new Map(request.outputs.map((output) => [output.fileName, output])).values()];
}
