import { statSync } from 'node:fs';
import type { SettingsProblem } from '../../../shared/ipc/types.ts';
import type { Policy } from '../../../shared/policy/policySchema.ts';
import { loadPolicy, PolicyError } from '../policy/loadPolicy.ts';

export type RegisterCheck =
  { ok: true; policy: Policy } | { ok: false; problem: Extract<SettingsProblem, { kind: 'register-invalid' | 'register-unreadable' }> };

/** A register is a few hundred kB at most; a far larger file is refused before it is read. */
const maxRegisterBytes = 10 << 20;

/**
 * Reads and validates a processing register the clerk chose, reporting every failing field (or the
 * line and column of a JSON syntax error). Runs in the task worker: parsing and validating the
 * register takes 10-60 ms warm and several times that cold, more than the window's thread may block.
 */
export function checkRegister(input: unknown): RegisterCheck {
  const { file } = input as { file: string };
  try {
    if (statSync(file).size > maxRegisterBytes)
      return { ok: false, problem: { kind: 'register-unreadable', file, detail: 'the file is far larger than a processing register' } };
    return { ok: true, policy: loadPolicy(file) };
  } catch (error) {
    if (error instanceof PolicyError && error.issues.length > 0)
      return { ok: false, problem: { kind: 'register-invalid', file, issues: [...error.issues] } };
    const detail = error instanceof Error ? error.message.replace(`${file}:`, '').trim() : String(error);
    return { ok: false, problem: { kind: 'register-unreadable', file, detail } };
  }
}
