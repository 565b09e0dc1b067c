import { accessSync, constants, statSync } from 'node:fs';
import type { Settings, SettingsApplied } from '../../../shared/ipc/types.ts';
import { appendAudit } from '../audit/auditLog.ts';
import { defaultPolicyFile } from '../policy/loadPolicy.ts';
import type { CertificateCheck } from '../settings/checkCertificate.ts';
import type { RegisterCheck } from '../settings/checkRegister.ts';
import type { ChoicePurpose } from '../settings/pathChooser.ts';
import type { Handlers } from './dispatch.ts';
import type { HandlerContext } from './handlerContext.ts';
import { HandlerError } from './handlerError.ts';

type SettingsChannels =
  | 'settings:get'
  | 'settings:update'
  | 'settings:useRegister'
  | 'settings:useCertificate'
  | 'settings:forgetCertificate'
  | 'settings:useOutputFolder'
  | 'dialog:chooseFile'
  | 'dialog:chooseFolder';

/** What the window sees of the settings: the register and certificate in use, never the passphrase's ciphertext. */
export function settingsView(ctx: HandlerContext): Settings {
  const stored = ctx.settings.read();
  const secretStorage = ctx.secrets.isAvailable() ? 'available' : 'unavailable';
  return {
    language: stored.language,
    clerkName: stored.clerkName,
    outputFolder: stored.outputFolder,
    register: {
      file: ctx.register.file,
      id: ctx.policy.id,
      version: ctx.policy.version,
      organisation: ctx.policy.organisation.name,
      problem: ctx.register.problem,
    },
    certificate: stored.certificate && {
      ...stored.certificate,
      passphraseStored: stored.certificatePassphrase !== null && secretStorage === 'available',
    },
    secretStorage,
  };
}

/**
 * Settings and the OS dialogs. A file or folder comes into use in two steps: `dialog:*` lets the clerk
 * pick it (main process, Electron's dialog) and remembers the pick; `settings:use*` applies exactly
 * that path, checked in the core. The renderer never names a path the main process then reads or
 * writes on its own say-so.
 */
export function settingsHandlers(ctx: HandlerContext): Pick<Handlers, SettingsChannels> {
  const clerk = () => ctx.settings.read().clerkName;
  const requireGrant = (purpose: ChoicePurpose, path: string, channel: string) => {
    if (!ctx.grants.isGranted(purpose, path))
      throw new HandlerError('conflict', `${channel}: choose it in the dialog first (only the path the dialog returned is accepted)`);
  };
  const audit = (action: string, details: Record<string, string | number | boolean | null>) =>
    appendAudit(ctx.db(), { actor: clerk(), action, details }, ctx.useCaseDeps().clock.now());
  const rejected = (problem: Extract<SettingsApplied, { applied: false }>['problem']): SettingsApplied => ({
    applied: false,
    settings: settingsView(ctx),
    problem,
  });

  return {
    async 'settings:get'() {
      return settingsView(ctx);
    },
    async 'settings:update'(patch) {
      ctx.settings.write(patch);
      return settingsView(ctx);
    },
    async 'dialog:chooseFile'({ purpose }) {
      const stored = ctx.settings.read();
      const current = purpose === 'register' ? ctx.register.file : (stored.certificate?.file ?? null);
      const path = await ctx.chooser.chooseFile(purpose, { language: stored.language, current });
      // The grant follows the latest dialog: a cancelled dialog leaves nothing to apply.
      if (path) ctx.grants.grant(purpose, path);
      else ctx.grants.revoke(purpose);
      return { path };
    },
    async 'dialog:chooseFolder'({ purpose }) {
      const stored = ctx.settings.read();
      const path = await ctx.chooser.chooseFolder(purpose, { language: stored.language, current: stored.outputFolder });
      if (path) ctx.grants.grant(purpose, path);
      else ctx.grants.revoke(purpose);
      return { path };
    },
    async 'settings:useRegister'({ file }) {
      if (file !== null) requireGrant('register', file, 'settings:useRegister');
      const source = file ?? defaultPolicyFile();
      // Validated in the worker (see checkRegister.ts); an extract is never made from a register that
      // does not validate, so on any problem the register in use stays.
      const check = await ctx.runTask<RegisterCheck>('register:check', { file: source }, () => undefined);
      if (!check.ok) return rejected(check.problem);
      const policy = check.policy;
      ctx.policy = policy;
      ctx.policyFile = source;
      ctx.register = { file, problem: null };
      ctx.settings.write({ policyFile: file });
      ctx.grants.revoke('register');
      audit('settings.register', { id: policy.id, version: policy.version, builtIn: file === null });
      return { applied: true, settings: settingsView(ctx) };
    },
    async 'settings:useCertificate'({ file, passphrase }) {
      requireGrant('certificate', file, 'settings:useCertificate');
      // Opening the key is 50-90 ms of pure-JS crypto: done in the worker, not on the thread serving the window.
      const check = await ctx.runTask<CertificateCheck>('certificate:check', { file, passphrase, today: ctx.today() }, () => undefined);
      // A wrong passphrase keeps the grant, so the clerk can type it again without choosing the file again.
      if (!check.ok) return rejected({ kind: 'certificate', file, reason: check.reason, date: check.date });
      // Only the OS secret store's ciphertext is kept; without one nothing is kept and each export asks.
      const cipher = ctx.secrets.isAvailable() ? Buffer.from(ctx.secrets.encrypt(passphrase)).toString('base64') : null;
      ctx.settings.write({
        certificate: { file, signerName: check.signerName, organisation: check.organisation, validUntil: check.validUntil },
        certificatePassphrase: cipher,
      });
      ctx.grants.revoke('certificate');
      audit('settings.certificate', { validUntil: check.validUntil, passphraseStored: cipher !== null });
      return { applied: true, settings: settingsView(ctx) };
    },
    async 'settings:forgetCertificate'() {
      ctx.settings.write({ certificate: null, certificatePassphrase: null });
      audit('settings.certificate-forget', {});
      return settingsView(ctx);
    },
    async 'settings:useOutputFolder'({ folder }) {
      requireGrant('output', folder, 'settings:useOutputFolder');
      try {
        if (!statSync(folder).isDirectory()) throw new Error('not a folder');
        accessSync(folder, constants.W_OK);
      } catch {
        throw new HandlerError('invalid-file', 'The chosen folder cannot be written to; choose another one.');
      }
      ctx.settings.write({ outputFolder: folder });
      ctx.grants.revoke('output');
      return settingsView(ctx);
    },
  };
}
