import type { StoredRequest } from '../../shared/requests/requestTypes.ts';

/** A request as the register stores it, with nothing recorded yet; tests override what they need. */
export function storedRequest(overrides: Partial<StoredRequest> = {}): StoredRequest {
  return {
    reference: 'INZ-2026-0001',
    receivedOn: '2026-03-05',
    channel: 'letter',
    kind: 'access',
    language: 'nl',
    requester: { name: 'x' },
    status: 'received',
    statusReason: null,
    identity: null,
    extension: null,
    pauses: [],
    statusHistory: [],
    subjects: [],
    rejectedCandidates: [],
    notes: [],
    outputs: [],
    redactions: [],
    closedOn: null,
    outcome: null,
    representative: null,
    controllers: [],
    createdBy: 'c',
    createdAt: '2026-03-05T09:00:00.000Z',
    ...overrides,
  };
}
