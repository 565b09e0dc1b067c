import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resourcesDir } from '../paths.ts';
import { type Policy, policySchema } from '../../../shared/policy/policySchema.ts';
import { type PolicyIssue, policyIssues } from '../../../shared/policy/policyIssues.ts';
import { lineAndColumn, locateJsonError } from './locateJsonError.ts';

/**
 * Reads the processing register from disk. Every failure names the file and, for a JSON syntax error,
 * the line and column, or for a schema error every failing field path: the register is legal content
 * edited by hand, and an extract must never be produced from a register that does not validate.
 */

export class PolicyError extends Error {
  override readonly name = 'PolicyError';
  constructor(
    message: string,
    readonly file: string,
    /** The schema's complaints, when the JSON parsed but did not validate. */
    readonly issues: readonly PolicyIssue[] = [],
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export function loadPolicy(file: string): Policy {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new PolicyError(`${file}: cannot read the processing register: ${reason}`, file, [], { cause: error });
  }
  // Editors on Windows may save UTF-8 with a byte-order mark, which JSON.parse refuses.
  if (text.startsWith('\uFEFF')) text = text.slice(1);

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const located = locateJsonError(text);
    const { line, column } = located ?? positionFromMessage(text, (error as Error).message);
    const detail = located?.message ?? (error as Error).message;
    throw new PolicyError(`${file}:${line}:${column}: invalid JSON: ${detail}`, file, [], { cause: error });
  }

  const result = policySchema.safeParse(json);
  if (!result.success) {
    const issues = policyIssues(result.error);
    throw new PolicyError(issues.map((i) => `${file}: ${i.path}: ${i.message}`).join('\n'), file, issues);
  }
  return result.data;
}

/** Fallback should the validator and JSON.parse ever disagree: V8 sometimes reports "at position N". */
function positionFromMessage(text: string, message: string): { line: number; column: number } {
  const match = /position (\d+)/.exec(message);
  return match ? lineAndColumn(text, Number(match[1])) : { line: 1, column: 1 };
}

/** The register bundled with the app, resolved relative to this module. */
export function defaultPolicyFile(): string {
  return join(resourcesDir(), 'policy', 'alektum-nl.policy.json');
}

let cachedDefault: Policy | undefined;

/** The bundled register, read and validated once per process. */
export function loadDefaultPolicy(): Policy {
  cachedDefault ??= loadPolicy(defaultPolicyFile());
  return cachedDefault;
}
