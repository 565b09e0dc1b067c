import type { DomainError } from '../../../shared/errors/domainError.ts';
import type { ErrorCode } from '../../../shared/errors/errorCodes.ts';
import { errorMessage } from '../../../shared/errors/errorMessages.ts';
import type { IpcErrorCode } from '../../../shared/ipc/channels.ts';

/** The envelope's coarse code for a domain error, until the envelope carries the domain code itself (error plumbing change). */
function envelopeCode(code: ErrorCode): IpcErrorCode {
  if (code === 'subject.not-found' || code === 'export.not-exported') return 'not-found';
  if (code === 'output.folder-invalid' || code === 'file.unreadable' || code === 'file.not-found') return 'invalid-file';
  if (code === 'input.invalid') return 'invalid-input';
  if (code.startsWith('certificate.') || code.startsWith('extract.') || code.startsWith('settings.') || code.startsWith('register.'))
    return 'conflict';
  return 'failed';
}

/** A DomainError in the IPC envelope, worded in English (the window words codes itself once the envelope carries them). */
export function domainErrorEnvelope(error: DomainError): { code: IpcErrorCode; message: string } {
  return { code: envelopeCode(error.code), message: errorMessage(error.code, error.params, 'en') };
}
