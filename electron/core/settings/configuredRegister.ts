import type { Policy } from '../../../shared/policy/policySchema.ts';
import { defaultPolicyFile, loadDefaultPolicy, loadPolicy } from '../policy/loadPolicy.ts';

export interface ConfiguredRegister {
  policy: Policy;
  /** The file `policy` was read from (the built-in one when the configured one failed). */
  policyFile: string;
  /** The organisation's register file in use; null for the built-in one. */
  registerFile: string | null;
  problem: string | null;
}

/**
 * The register to start with: the organisation's file from the settings, or the built-in one. A
 * configured file that no longer validates (edited by hand since it was chosen) is not used, since an
 * extract is never made from an invalid register; the app starts on the built-in one and the Settings
 * screen shows why, so the clerk can fix the file or choose it again.
 */
export function loadConfiguredRegister(configured: string | null): ConfiguredRegister {
  if (configured !== null) {
    try {
      return { policy: loadPolicy(configured), policyFile: configured, registerFile: configured, problem: null };
    } catch (error) {
      return {
        policy: loadDefaultPolicy(),
        policyFile: defaultPolicyFile(),
        registerFile: null,
        problem: error instanceof Error ? error.message : String(error),
      };
    }
  }
  return { policy: loadDefaultPolicy(), policyFile: defaultPolicyFile(), registerFile: null, problem: null };
}
