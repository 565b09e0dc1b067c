import { DomainError } from '../errors/domainError.ts';

/**
 * The life of a request as a transition table. A status change that makes no sense is refused with a
 * message saying why, before anything is written: sending an answer to someone whose identity was not
 * checked would hand one person's data to another (a data breach, Art. 4(12)), and a sent request is
 * closed (Art. 12(3): the answer is given; a new question is a new request).
 */

export const requestStatuses = ['received', 'identity-pending', 'in-progress', 'ready', 'sent', 'refused', 'withdrawn'] as const;
export type RequestStatus = (typeof requestStatuses)[number];

export const finalStatuses: readonly RequestStatus[] = ['sent', 'refused', 'withdrawn'];

export const statusLabels: Record<RequestStatus, { nl: string; en: string }> = {
  received: { nl: 'ontvangen', en: 'received' },
  'identity-pending': { nl: 'wacht op identificatie', en: 'identity pending' },
  'in-progress': { nl: 'in behandeling', en: 'in progress' },
  ready: { nl: 'klaar om te verzenden', en: 'ready to send' },
  sent: { nl: 'verzonden', en: 'sent' },
  refused: { nl: 'geweigerd', en: 'refused' },
  withdrawn: { nl: 'ingetrokken', en: 'withdrawn' },
};

/** Where each status may go next. Refusal and withdrawal are possible from every open status. */
const transitions: Record<RequestStatus, readonly RequestStatus[]> = {
  received: ['identity-pending', 'in-progress', 'refused', 'withdrawn'],
  'identity-pending': ['in-progress', 'refused', 'withdrawn'],
  'in-progress': ['identity-pending', 'ready', 'refused', 'withdrawn'],
  ready: ['in-progress', 'sent', 'refused', 'withdrawn'],
  sent: [],
  refused: [],
  withdrawn: [],
};

/** Statuses that need the identity to have been checked first. */
const needIdentity: readonly RequestStatus[] = ['in-progress', 'ready', 'sent'];
/** Statuses that need a reason (Art. 12(4): a refusal states its reasons and the complaint route). */
const needReason: readonly RequestStatus[] = ['refused', 'withdrawn'];

export function isRequestStatus(value: string): value is RequestStatus {
  return (requestStatuses as readonly string[]).includes(value);
}

export function allowedNextStatuses(from: RequestStatus): readonly RequestStatus[] {
  return transitions[from];
}

export interface TransitionContext {
  identityVerified: boolean;
  reason?: string;
}

/** Refused: the error says which rule (a code and its parameters; words come from the catalogues). */
export type TransitionCheck = { ok: true } | { ok: false; error: DomainError };

const refuse = (code: DomainError['code'], params: Record<string, string>): TransitionCheck => ({
  ok: false,
  error: new DomainError(code, params),
});

export function checkTransition(reference: string, from: RequestStatus, to: RequestStatus, context: TransitionContext): TransitionCheck {
  if (from === to) return refuse('status.same', { reference, status: to });
  if (finalStatuses.includes(from)) return refuse('status.closed', { reference, from, to });
  if (!transitions[from].includes(to)) return refuse('status.not-allowed', { reference, from, to, allowed: transitions[from].join(', ') });
  if (needIdentity.includes(to) && !context.identityVerified) return refuse('status.identity-required', { reference, to });
  if (needReason.includes(to) && !context.reason?.trim()) return refuse('status.reason-required', { reference, to });
  return { ok: true };
}

/** Art. 12(3): an extension is only possible while the request is still being handled. */
export function checkExtensionStatus(reference: string, status: RequestStatus): TransitionCheck {
  if (finalStatuses.includes(status)) return refuse('extension.closed', { reference, status });
  return { ok: true };
}
