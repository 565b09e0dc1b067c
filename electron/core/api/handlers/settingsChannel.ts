import { DomainError } from '../../../../shared/errors/domainError.ts';
import { defaultPolicyFile } from '../../policy/loadPolicy.ts';
import type { CertificateCheck } from '../../settings/checkCertificate.ts';
import type { RegisterCheck } from '../../settings/checkRegister.ts';
import type { ChoicePurpose } from '../../settings/pathChooser.ts';
import { forgetCertificate, updateSettings, useCertificate, useOutputFolder, useRegister } from '../../settings/settingsUseCases.ts';
import type { Handlers } from '../dispatch.ts';
import type { HandlerContext } from '../handlerContext.ts';
import { addTrustAnchors, readTrustAnchorFile, removeTrustAnchor } from '../../settings/trustAnchors.ts';
import { settingsView } from './settingsView.ts';
import { checkTeamConnection, connectionError, withPassword } from '../../store/teamConnection.ts';
import { keepTeamDatabase, passwordFor } from '../../settings/teamDatabaseSettings.ts';

type SettingsChannels =
  | 'settings:get'
  | 'settings:update'
  | 'settings:useRegister'
  | 'settings:useCertificate'
  | 'settings:forgetCertificate'
  | 'settings:useOutputFolder'
  | 'settings:addTrustAnchor'
  | 'settings:removeTrustAnchor'
  | 'settings:testTeamDatabase'
  | 'settings:useTeamDatabase';

/**
 * settings:* — a file or folder comes into use in two steps: dialog:* lets the clerk pick it and
 * remembers the pick; settings:use* applies exactly that path, checked in the core (settings/). The
 * renderer never names a path the main process then reads or writes on its own say-so.
 */
export function settingsChannel(ctx: HandlerContext): Pick<Handlers, SettingsChannels> {
  const requireGrant = (purpose: ChoicePurpose, path: string) => {
    if (!ctx.grants.isGranted(purpose, path)) throw new DomainError('settings.not-chosen-in-dialog');
  };
  return {
    async 'settings:get'() {
      return settingsView(ctx);
    },
    async 'settings:update'(patch) {
      await updateSettings(ctx.useCaseDeps(), patch);
      return settingsView(ctx);
    },
    async 'settings:useRegister'({ file }) {
      if (file !== null) requireGrant('register', file);
      const source = file ?? defaultPolicyFile();
      // Validated in the worker (checkRegister.ts): parsing a register blocks for longer than the window may wait.
      const check = await ctx.runTask<RegisterCheck>('register:check', { file: source }, () => undefined);
      const applied = await useRegister(ctx.useCaseDeps(), { file, check });
      if (!applied.applied) return { applied: false, settings: await settingsView(ctx), problem: applied.problem };
      ctx.policy = applied.value;
      ctx.policyFile = source;
      ctx.register = { file, problem: null };
      ctx.grants.revoke('register');
      return { applied: true, settings: await settingsView(ctx) };
    },
    async 'settings:useCertificate'({ file, passphrase }) {
      requireGrant('certificate', file);
      const deps = ctx.useCaseDeps();
      // Opening the key is 50-90 ms of pure-JS crypto: done in the worker, not on the thread serving the window.
      const check = await ctx.runTask<CertificateCheck>(
        'certificate:check',
        { file, passphrase, today: deps.clock.today() },
        () => undefined,
      );
      // Only the OS secret store's ciphertext is kept; without one nothing is kept and each export asks.
      const cipher = check.ok && ctx.secrets.isAvailable() ? Buffer.from(ctx.secrets.encrypt(passphrase)).toString('base64') : null;
      const applied = await useCertificate(deps, { file, check, passphraseCipher: cipher });
      // A wrong passphrase keeps the grant, so the clerk can type it again without choosing the file again.
      if (!applied.applied) return { applied: false, settings: await settingsView(ctx), problem: applied.problem };
      ctx.grants.revoke('certificate');
      return { applied: true, settings: await settingsView(ctx) };
    },
    async 'settings:forgetCertificate'() {
      await forgetCertificate(ctx.useCaseDeps());
      return settingsView(ctx);
    },
    async 'settings:useOutputFolder'({ folder }) {
      requireGrant('output', folder);
      await useOutputFolder(ctx.useCaseDeps(), { folder });
      ctx.grants.revoke('output');
      return settingsView(ctx);
    },
    async 'settings:addTrustAnchor'({ file }) {
      requireGrant('trust-anchor', file);
      // A file that holds no PEM certificate is refused ('trust-anchor.invalid'); the anchors in use stay.
      await addTrustAnchors(ctx.useCaseDeps(), { pems: readTrustAnchorFile(file) });
      ctx.grants.revoke('trust-anchor');
      return settingsView(ctx);
    },
    async 'settings:removeTrustAnchor'({ fingerprint }) {
      await removeTrustAnchor(ctx.useCaseDeps(), { fingerprint });
      return settingsView(ctx);
    },
    async 'settings:testTeamDatabase'({ url, password }) {
      // Nothing is kept by a test; the password comes back to the window in no form.
      try {
        const full = withPassword(url, passwordFor(ctx.settings.read(), url, password, ctx.secrets));
        return { ok: true, ...(await checkTeamConnection(full)) };
      } catch (error) {
        const domain = connectionError(error);
        return { ok: false, code: domain.code, params: { ...domain.params } };
      }
    },
    async 'settings:useTeamDatabase'({ url, password }) {
      // Kept for the next start (main.ts opens it then, its schema checked): the open store is not swapped under running work.
      keepTeamDatabase(ctx.settings, ctx.secrets, { url, password });
      return settingsView(ctx);
    },
  };
}
