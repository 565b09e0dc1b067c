import type { Db } from '../db/openDatabase.ts';
import { HandlerError } from '../api/handlerError.ts';
import type { StoredSettings } from '../api/settingsStore.ts';
import type { SecretStore } from './secretStore.ts';

/** What the export worker signs with: the clerk's chosen PKCS#12 file, or the demo certificate. */
export type SigningChoice = { kind: 'demo' } | { kind: 'p12'; file: string; passphrase: string };

export function isDemoDatabase(db: Db): boolean {
  return db.prepare("SELECT 1 FROM meta WHERE key = 'demo.seed'").get() !== undefined;
}

/**
 * The certificate for an export. The chosen certificate's passphrase comes from the OS secret store,
 * or, where the OS cannot keep it encrypted, from the clerk at this export. Without a chosen
 * certificate only the demo database may be exported, signed with the demo certificate (whose name
 * says it is not for real use): a real person's extract must carry the organisation's signature.
 */
export function chooseSigning(db: Db, stored: StoredSettings, secrets: SecretStore, typedPassphrase: string | undefined): SigningChoice {
  if (!stored.certificate) {
    if (isDemoDatabase(db)) return { kind: 'demo' };
    throw new HandlerError(
      'conflict',
      "No signing certificate is chosen: choose the organisation's certificate in Settings. The demo certificate signs the demo database only.",
    );
  }
  let passphrase = typedPassphrase;
  if (passphrase === undefined && stored.certificatePassphrase !== null && secrets.isAvailable()) {
    try {
      passphrase = secrets.decrypt(Buffer.from(stored.certificatePassphrase, 'base64'));
    } catch {
      // A reset keyring or another OS user: the clerk types it instead (the screen asks).
    }
  }
  if (passphrase === undefined) throw new HandlerError('conflict', "The certificate's passphrase is needed for this export.");
  return { kind: 'p12', file: stored.certificate.file, passphrase };
}
