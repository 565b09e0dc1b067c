import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import type { StoredRequest } from '../../../shared/requests/requestTypes.ts';
import { getRequest } from '../requests/requestRepository.ts';
import type { HandlerContext } from './handlerContext.ts';
import { HandlerError } from './handlerError.ts';

/**
 * The files an export of this request wrote, as the request register recorded them (name, SHA-256).
 * "Open the folder" and "verify" act on these only: the renderer names a request, never a path, so a
 * compromised window cannot make the main process open (and so run) or read a file of its choosing.
 */
export interface RecordedExport {
  folder: string;
  files: { name: string; sha256: string }[];
}

export function recordedExport(ctx: HandlerContext, requestId: string): RecordedExport {
  const request = getRequest(ctx.db(), requestId);
  if (request.outputs.length === 0) throw new HandlerError('not-found', `Request ${request.reference} has no exported files yet`);
  return {
    folder: exportFolder(ctx.settings.read().outputFolder, request),
    files: latestOutputs(request).map((output) => ({ name: output.fileName, sha256: output.sha256 })),
  };
}

export function exportFolder(outputFolder: string, request: StoredRequest): string {
  return join(outputFolder, request.reference);
}

/** A file exported again replaces the earlier one under the same name: per name, the latest record counts. */
export function latestOutputs(request: StoredRequest): StoredRequest['outputs'] {
  return [...new Map(request.outputs.map((output) => [output.fileName, output])).values()];
}

export function sha256OfFile(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}
