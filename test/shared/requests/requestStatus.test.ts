import { describe, expect, it } from 'vitest';
import { allowedNextStatuses, checkExtensionStatus, checkTransition, requestStatuses } from '../../../shared/requests/requestStatus.ts';

const verified = { identityVerified: true };
const ref = 'INZ-2026-0001';
/** The refusal's code and parameters (words come from the catalogues, tested in test/shared/errors). */
const refusal = (check: ReturnType<typeof checkTransition>) => (check.ok ? null : { code: check.error.code, ...check.error.params });

describe('request status transitions', () => {
  it('follows the normal path received → identity pending → in progress → ready → sent', () => {
    expect(checkTransition(ref, 'received', 'identity-pending', { identityVerified: false })).toEqual({ ok: true });
    expect(checkTransition(ref, 'identity-pending', 'in-progress', verified)).toEqual({ ok: true });
    expect(checkTransition(ref, 'in-progress', 'ready', verified)).toEqual({ ok: true });
    expect(checkTransition(ref, 'ready', 'sent', verified)).toEqual({ ok: true });
  });

  it('refuses sending (or working on) a request before the identity is verified', () => {
    for (const [from, to] of [
      ['ready', 'sent'],
      ['received', 'in-progress'],
      ['in-progress', 'ready'],
    ] as const) {
      expect(refusal(checkTransition(ref, from, to, { identityVerified: false }))).toEqual({
        code: 'status.identity-required',
        reference: ref,
        to,
      });
    }
  });

  it('refuses skipping steps and names where the request can go', () => {
    expect(refusal(checkTransition(ref, 'received', 'sent', verified))).toEqual({
      code: 'status.not-allowed',
      reference: ref,
      from: 'received',
      to: 'sent',
      allowed: 'identity-pending, in-progress, refused, withdrawn',
    });
    expect(refusal(checkTransition(ref, 'ready', 'ready', verified))).toMatchObject({ code: 'status.same' });
  });

  it('closes a request for good once sent, refused or withdrawn', () => {
    for (const from of ['sent', 'refused', 'withdrawn'] as const) {
      expect(allowedNextStatuses(from)).toEqual([]);
      for (const to of requestStatuses) expect(checkTransition(ref, from, to, { ...verified, reason: 'x' }).ok).toBe(false);
    }
    expect(refusal(checkTransition(ref, 'sent', 'in-progress', verified))).toMatchObject({ code: 'status.closed', from: 'sent' });
  });

  it('needs a reason to refuse or withdraw', () => {
    expect(refusal(checkTransition(ref, 'received', 'refused', { identityVerified: false }))).toMatchObject({
      code: 'status.reason-required',
      to: 'refused',
    });
    expect(
      checkTransition(ref, 'received', 'refused', { identityVerified: false, reason: 'manifestly unfounded: repeats last week' }),
    ).toEqual({ ok: true });
    expect(checkTransition(ref, 'in-progress', 'withdrawn', { ...verified, reason: 'person wrote that the matter is settled' })).toEqual({
      ok: true,
    });
  });

  it('refuses extending a closed request', () => {
    expect(refusal(checkExtensionStatus(ref, 'sent'))).toEqual({ code: 'extension.closed', reference: ref, status: 'sent' });
    expect(checkExtensionStatus(ref, 'in-progress')).toEqual({ ok: true });
  });
});
