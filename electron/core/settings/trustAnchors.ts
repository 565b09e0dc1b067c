import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DomainError } from '../../../shared/errors/domainError.ts';
import type { TrustAnchorSummary } from '../../../shared/ipc/types.ts';
import { certificateName, parsePemCertificates } from '../output/verify/signerTrust.ts';
import { appendAuditEntry } from '../store/registerAccess.ts';
import type { UseCaseDeps } from '../store/useCaseDeps.ts';

function toPem(der: Buffer): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

/**
 * The certificates of a PEM file (a CA certificate, or a bundle of several), each as its own PEM, so
 * that one can be removed later on its own. 'trust-anchor.invalid' when there is none or one does not parse.
 */
export function readTrustAnchorPems(text: string): string[] {
  try {
    return parsePemCertificates(text).map((cert) => toPem(Buffer.from(cert.toSchema().toBER(false))));
  } catch {
    throw new DomainError('trust-anchor.invalid');
  }
}

export function readTrustAnchorFile(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'latin1');
  } catch {
    throw new DomainError('trust-anchor.invalid');
  }
  return readTrustAnchorPems(text);
}

/** What the Settings screen lists of an anchor: its name, when it ends, and its SHA-256 fingerprint (what identifies it). */
export function summariseTrustAnchor(pem: string): TrustAnchorSummary {
  const [cert] = parsePemCertificates(pem);
  const der = Buffer.from(cert!.toSchema().toBER(false));
  return {
    fingerprint: createHash('sha256').update(der).digest('hex'),
    ...certificateName(cert!.subject),
    validUntil: cert!.notAfter.value.toISOString().slice(0, 10),
  };
}

/**
 * Adds the certificates of a PEM file to the organisation's trust anchors (a certificate already there
 * is not added twice). Logged with the fingerprints: whom the organisation trusts decides what `verify`
 * calls valid, so who changed it and when must be on record (Art. 5(2), Art. 32).
 */
export async function addTrustAnchors(deps: UseCaseDeps, input: { pems: string[] }): Promise<TrustAnchorSummary[]> {
  return deps.store.transaction(async (store) => {
    const stored = (await store.settings.read()).trustAnchors;
    const known = new Set(stored.map((pem) => summariseTrustAnchor(pem).fingerprint));
    const added = input.pems.filter((pem) => !known.has(summariseTrustAnchor(pem).fingerprint));
    if (added.length > 0) {
      await store.settings.write({ trustAnchors: [...stored, ...added] });
      await appendAuditEntry(
        { ...deps, store },
        {
          actor: deps.clerk.name,
          action: 'settings.trust-anchor-add',
          details: { fingerprints: added.map((pem) => summariseTrustAnchor(pem).fingerprint) },
        },
      );
    }
    return added.map(summariseTrustAnchor);
  });
}

export async function removeTrustAnchor(deps: UseCaseDeps, input: { fingerprint: string }): Promise<void> {
  await deps.store.transaction(async (store) => {
    const stored = (await store.settings.read()).trustAnchors;
    const kept = stored.filter((pem) => summariseTrustAnchor(pem).fingerprint !== input.fingerprint);
    if (kept.length === stored.length) return;
    await store.settings.write({ trustAnchors: kept });
    await appendAuditEntry(
      { ...deps, store },
      { actor: deps.clerk.name, action: 'settings.trust-anchor-remove', details: { fingerprint: input.fingerprint } },
    );
  });
}
