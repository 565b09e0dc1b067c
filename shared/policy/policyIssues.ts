import type { z } from 'zod';

/**
 * Turns zod issues into `path: message` lines a person editing the register can act on. Paths are
 * written as in JavaScript (`recordKinds.payments.purposes[1]`); an unknown key is reported at the
 * key itself rather than at the object holding it, so a misspelling points at the misspelled field.
 */

export interface PolicyIssue {
  /** e.g. `purposes[2].legalBases[0].article`; `(root)` for the document itself. */
  path: string;
  message: string;
}

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$+-]*$/;

export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && PLAIN_KEY.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || '(root)';
}

export function policyIssues(error: z.ZodError): PolicyIssue[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: formatIssuePath([...issue.path, key]), message: `unknown field "${key}"` }));
    }
    return [{ path: formatIssuePath(issue.path), message: issue.message }];
  });
}
