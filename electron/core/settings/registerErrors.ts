import { DomainError } from '../../../shared/errors/domainError.ts';
import type { Policy } from '../../../shared/policy/policySchema.ts';
import { loadPolicy, PolicyError } from '../policy/loadPolicy.ts';

/**
 * Reads the processing register in force where no clerk is watching the file being chosen (the export
 * worker reads it again in its own thread): a register that stopped validating is 'register.invalid'
 * with its first failing field, an unreadable one 'register.unreadable'; never the raw message with the path.
 */
export function readRegister(file: string): Policy {
  try {
    return loadPolicy(file);
  } catch (error) {
    if (!(error instanceof PolicyError)) throw error;
    const first = error.issues[0];
    if (first) throw new DomainError('register.invalid', { issues: error.issues.length, field: first.path, problem: first.message });
    throw new DomainError('register.unreadable');
  }
}
