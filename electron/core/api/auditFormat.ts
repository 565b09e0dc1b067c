import type { AuditDetailValue } from '../audit/auditLog.ts';

/** Audit details as "key: value" for reading; long digests shortened (the full value stays in the log). */
export function formatAuditDetails(details: Readonly<Record<string, AuditDetailValue>> | null): string {
  if (!details) return '';
  return Object.entries(details)
    .map(
      ([key, value]) =>
        `${key}: ${
          typeof value === 'string' && /^[0-9a-f]{40,}$/.test(value)
            ? `${value.slice(0, 12)}…`
            : Array.isArray(value)
              ? value.length
                ? value.join(', ')
                : '—'
              : String(value)
        }`,
    )
    .join('; ');
}
