import { DomainError } from '../../../shared/errors/domainError.ts';
import type { ErrorCode } from '../../../shared/errors/errorCodes.ts';
import type { SigningIdentityProblem } from '../output/sign/signingIdentity.ts';
import { SigningIdentityError } from '../output/sign/signingIdentity.ts';

const codes: Record<SigningIdentityProblem | 'unreadable', ErrorCode> = {
  unreadable: 'certificate.unreadable',
  'not-pkcs12': 'certificate.not-pkcs12',
  passphrase: 'certificate.wrong-passphrase',
  'no-key': 'certificate.incomplete',
  'no-certificate': 'certificate.incomplete',
  expired: 'certificate.expired',
  'not-yet-valid': 'certificate.not-yet-valid',
};

/** A certificate problem as a DomainError: the window and the CLI each say what to do; no file path is carried. */
export function certificateError(problem: SigningIdentityProblem | 'unreadable', date: string | null = null): DomainError {
  return new DomainError(codes[problem], date ? { date } : {});
}

/** Runs `open` and turns a SigningIdentityError into its DomainError (with the date for expired / not yet valid). */
export function asCertificateError<T>(open: () => T, dates: { validFrom?: string; validUntil?: string } = {}): T {
  try {
    return open();
  } catch (error) {
    if (!(error instanceof SigningIdentityError)) throw error;
    const date = /(\d{4}-\d{2}-\d{2})/.exec(error.message)?.[1] ?? dates.validUntil ?? null;
    throw certificateError(error.problem, error.problem === 'expired' || error.problem === 'not-yet-valid' ? date : null);
  }
}
