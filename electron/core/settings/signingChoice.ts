import { readFileSync } from 'node:fs';
import { DomainError } from '../../../shared/errors/domainError.ts';
import type { Clock } from '../clock/clock.ts';
import { assertValidOn, ensureDemoIdentity, loadSigningIdentity } from '../output/sign/signingIdentity.ts';
import type { SigningIdentity } from '../output/sign/signingIdentity.ts';
import { asCertificateError } from './certificateErrors.ts';
import type { StoredSettings } from './settingsFile.ts';
import type { SecretStore } from './secretStore.ts';

/** What the export worker signs with: the clerk's chosen PKCS#12 file, or the demo certificate. */
export type SigningChoice = { kind: 'demo' } | { kind: 'p12'; file: string; passphrase: string };

/**
 * The certificate for an export. The chosen certificate's passphrase comes from the OS secret store,
 * or, where the OS cannot keep it encrypted, from the clerk at this export. Without a chosen
 * certificate only the demo database may be exported, signed with the demo certificate (whose name
 * says it is not for real use): a real person's extract must carry the organisation's signature.
 */
export function chooseSigning(
  isDemo: boolean,
  stored: StoredSettings,
  secrets: SecretStore,
  typedPassphrase: string | undefined,
): SigningChoice {
  if (!stored.certificate) {
    if (isDemo) return { kind: 'demo' };
    throw new DomainError('certificate.not-chosen');
  }
  let passphrase = typedPassphrase;
  if (passphrase === undefined && stored.certificatePassphrase !== null && secrets.isAvailable()) {
    try {
      passphrase = secrets.decrypt(Buffer.from(stored.certificatePassphrase, 'base64'));
    } catch {
      // A reset keyring or another OS user: the clerk types it instead (the screen asks).
    }
  }
  if (passphrase === undefined) throw new DomainError('certificate.passphrase-needed');
  return { kind: 'p12', file: stored.certificate.file, passphrase };
}

/**
 * Opens the chosen certificate, checked again on the clock's day (it may have expired since it was
 * chosen), or the demo one from the user-data folder. Problems come back as 'certificate.*' errors.
 */
export async function openSigningIdentity(
  choice: SigningChoice,
  options: { dataDir: string; organisation: string; clock: Clock },
): Promise<SigningIdentity> {
  if (choice.kind === 'demo') return ensureDemoIdentity(options.dataDir, options.organisation, options.clock.now());
  let p12: Buffer;
  try {
    p12 = readFileSync(choice.file);
  } catch {
    throw new DomainError('certificate.unreadable');
  }
  return asCertificateError(() => {
    const identity = loadSigningIdentity(p12, choice.passphrase, 'the certificate');
    assertValidOn(identity, options.clock.today(), 'the certificate');
    return identity;
  });
}
