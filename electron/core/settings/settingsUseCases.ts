import { accessSync, constants, realpathSync, statSync } from 'node:fs';
import type { SettingsProblem } from '../../../shared/ipc/types.ts';
import type { Policy } from '../../../shared/policy/policySchema.ts';
import { DomainError } from '../../../shared/errors/domainError.ts';
import { appendAuditEntry } from '../store/registerAccess.ts';
import type { UseCaseDeps } from '../store/useCaseDeps.ts';
import { requireRole } from '../team/useCases/teamRules.ts';
import type { CertificateCheck } from './checkCertificate.ts';
import type { RegisterCheck } from './checkRegister.ts';
import { clerkChangeDetails } from './clerkIdentity.ts';
import type { StoredSettings } from './settingsFile.ts';

/**
 * Language and the clerk's name and function (the paths are set only through the use* cases below, after
 * an OS dialog). A change of who works at this desk is audited (issue 14.5): from then on the trail's
 * entries and the letters carry the new name, and the entry says whose name it replaced.
 */
export async function updateSettings(
  deps: Pick<UseCaseDeps, 'store' | 'clock'>,
  patch: Partial<Pick<StoredSettings, 'language' | 'clerkName' | 'clerkRole'>>,
): Promise<StoredSettings> {
  const clean = {
    ...patch,
    ...(patch.clerkName !== undefined ? { clerkName: patch.clerkName.trim() } : {}),
    ...(patch.clerkRole !== undefined && patch.clerkRole !== null ? { clerkRole: patch.clerkRole.trim() } : {}),
  };
  if (clean.clerkName === '' || clean.clerkRole === '') throw new DomainError('request.clerk-missing', {});
  return deps.store.transaction(async (store) => {
    const before = await store.settings.read();
    const after = { ...before, ...clean };
    // The entry first: if the settings cannot be written the transaction takes the entry back with it.
    if (before.clerkName !== after.clerkName || before.clerkRole !== after.clerkRole) {
      await appendAuditEntry(
        { ...deps, store },
        { actor: after.clerkName, action: 'settings.clerk', ...clerkChangeDetails(before, after) },
      );
    }
    return store.settings.write(clean);
  });
}

export type Applied<T> = { applied: true; value: T } | { applied: false; problem: SettingsProblem };

/**
 * Takes a processing register into use once it validated (checkRegister.ts, run in the worker): an
 * extract is never made from a register that does not validate, so on any problem the one in use stays.
 * `file` null is the built-in register. Logged with the register's id and version.
 */
export async function useRegister(deps: UseCaseDeps, input: { file: string | null; check: RegisterCheck }): Promise<Applied<Policy>> {
  if (!input.check.ok) return { applied: false, problem: input.check.problem };
  const policy = input.check.policy;
  await deps.store.transaction(async (store) => {
    // The register and the certificate are the administrator's (issue 15.4), where the organisation checks roles.
    await requireRole(store, deps.clerk.name, 'administrator');
    await store.settings.write({ policyFile: input.file });
    await appendAuditEntry(
      { ...deps, store },
      {
        actor: deps.clerk.name,
        action: 'settings.register',
        details: { id: policy.id, version: policy.version, builtIn: input.file === null },
      },
    );
  });
  return { applied: true, value: policy };
}

/**
 * Takes the organisation's signing certificate into use once it opened with the passphrase and is valid
 * on the clock's day (checkCertificate.ts, in the worker). Only the OS secret store's ciphertext of the
 * passphrase is kept (`passphraseCipher`), or nothing, and then each export asks for it.
 */
export async function useCertificate(
  deps: UseCaseDeps,
  input: { file: string; check: CertificateCheck; passphraseCipher: string | null },
): Promise<Applied<null>> {
  const { check } = input;
  if (!check.ok) return { applied: false, problem: { kind: 'certificate', file: input.file, reason: check.reason, date: check.date } };
  await deps.store.transaction(async (store) => {
    await requireRole(store, deps.clerk.name, 'administrator');
    await store.settings.write({
      certificate: { file: input.file, signerName: check.signerName, organisation: check.organisation, validUntil: check.validUntil },
      certificatePassphrase: input.passphraseCipher,
    });
    await appendAuditEntry(
      { ...deps, store },
      {
        actor: deps.clerk.name,
        action: 'settings.certificate',
        details: { validUntil: check.validUntil, passphraseStored: input.passphraseCipher !== null },
      },
    );
  });
  return { applied: true, value: null };
}

export async function forgetCertificate(deps: UseCaseDeps): Promise<void> {
  await deps.store.transaction(async (store) => {
    await requireRole(store, deps.clerk.name, 'administrator');
    await store.settings.write({ certificate: null, certificatePassphrase: null });
    await appendAuditEntry({ ...deps, store }, { actor: deps.clerk.name, action: 'settings.certificate-forget', details: {} });
  });
}

/**
 * The folder the exports go to: it must exist and be writable now ('output.folder-invalid' otherwise).
 * Stored (and so shown in Settings) as its real path, symbolic links resolved (issue 13.9, see
 * output/outputFolder.ts): the clerk sees where the exports will actually be written.
 */
export async function useOutputFolder(deps: Pick<UseCaseDeps, 'store'>, input: { folder: string }): Promise<StoredSettings> {
  let folder: string;
  try {
    if (!statSync(input.folder).isDirectory()) throw new Error('not a folder');
    accessSync(input.folder, constants.W_OK);
    folder = realpathSync(input.folder);
  } catch {
    throw new DomainError('output.folder-invalid');
  }
  return deps.store.settings.write({ outputFolder: folder });
}
