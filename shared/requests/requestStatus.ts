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

export type TransitionCheck = { ok: true } | { ok: false; message: string };

export function checkTransition(from: RequestStatus, to: RequestStatus, context: TransitionContext): TransitionCheck {
  if (from === to) return { ok: false, message: `The request is already "${to}".` };
  if (finalStatuses.includes(from)) {
    return {
      ok: false,
      message: `The request is "${from}" and therefore closed; it cannot become "${to}". A new question from the person is a new request.`,
    };
  }
  if (!transitions[from].includes(to)) {
    return {
      ok: false,
      message: `A request cannot go from "${from}" to "${to}"; from "${from}" it can become: ${transitions[from].join(', ')}.`,
    };
  }
  if (needIdentity.includes(to) && !context.identityVerified) {
    return {
      ok: false,
      message: `Cannot mark the request "${to}" before the identity is verified: record the check first (inzage request identity REF --method …). Sending data to the wrong person is a data breach.`,
    };
  }
  if (needReason.includes(to) && !context.reason?.trim()) {
    return {
      ok: false,
      message: `A request can only be "${to}" with a reason (give --reason "…"); a refusal must tell the person why (Art. 12(4) GDPR).`,
    };
  }
  return { ok: true };
}

/** Art. 12(3): an extension is only possible while the request is still being handled. */
export function checkExtensionStatus(status: RequestStatus): TransitionCheck {
  if (finalStatuses.includes(status)) return { ok: false, message: `Cannot extend a request that is "${status}": it is closed.` };
  return { ok: true };
}
