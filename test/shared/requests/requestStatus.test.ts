import { describe, expect, it } from 'vitest';
import { allowedNextStatuses, checkExtensionStatus, checkTransition, requestStatuses } from '../../../shared/requests/requestStatus.ts';

const verified = { identityVerified: true };

describe('request status transitions', () => {
  it('follows the normal path received → identity pending → in progress → ready → sent', () => {
    expect(checkTransition('received', 'identity-pending', { identityVerified: false })).toEqual({ ok: true });
    expect(checkTransition('identity-pending', 'in-progress', verified)).toEqual({ ok: true });
    expect(checkTransition('in-progress', 'ready', verified)).toEqual({ ok: true });
    expect(checkTransition('ready', 'sent', verified)).toEqual({ ok: true });
  });

  it('refuses sending (or working on) a request before the identity is verified', () => {
    for (const [from, to] of [
      ['ready', 'sent'],
      ['received', 'in-progress'],
      ['in-progress', 'ready'],
    ] as const) {
      const check = checkTransition(from, to, { identityVerified: false });
      expect(check.ok).toBe(false);
      expect(!check.ok && check.message).toMatch(/before the identity is verified/);
    }
  });

  it('refuses skipping steps and names where the request can go', () => {
    const check = checkTransition('received', 'sent', verified);
    expect(check).toEqual({
      ok: false,
      message: expect.stringMatching(/cannot go from "received" to "sent".*identity-pending, in-progress, refused, withdrawn/),
    });
  });

  it('closes a request for good once sent, refused or withdrawn', () => {
    for (const from of ['sent', 'refused', 'withdrawn'] as const) {
      expect(allowedNextStatuses(from)).toEqual([]);
      for (const to of requestStatuses) expect(checkTransition(from, to, { ...verified, reason: 'x' }).ok).toBe(false);
    }
    expect(checkTransition('sent', 'in-progress', verified)).toMatchObject({ ok: false, message: expect.stringMatching(/closed/) });
  });

  it('needs a reason to refuse or withdraw', () => {
    expect(checkTransition('received', 'refused', { identityVerified: false })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/reason/),
    });
    expect(checkTransition('received', 'refused', { identityVerified: false, reason: 'manifestly unfounded: repeats last week' })).toEqual({
      ok: true,
    });
    expect(checkTransition('in-progress', 'withdrawn', { ...verified, reason: 'person wrote that the matter is settled' })).toEqual({
      ok: true,
    });
  });

  it('refuses extending a closed request', () => {
    expect(checkExtensionStatus('sent')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Cannot extend a request that is "sent"/),
    });
    expect(checkExtensionStatus('in-progress')).toEqual({ ok: true });
  });
});
