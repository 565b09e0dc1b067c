import type { Settings } from '../../../../shared/ipc/types.ts';
import { registerProvenance } from '../../../../shared/policy/registerProvenance.ts';
import { summariseTrustAnchor } from '../../settings/trustAnchors.ts';
import type { HandlerContext } from '../handlerContext.ts';
import { teamDatabaseView } from '../../settings/teamDatabaseSettings.ts';

/** What the window sees of the settings: the register and certificate in use, never the passphrase's ciphertext. */
export async function settingsView(ctx: HandlerContext): Promise<Settings> {
  const stored = await ctx.useCaseDeps().store.settings.read();
  const secretStorage = ctx.secrets.isAvailable() ? 'available' : 'unavailable';
  const provenance = registerProvenance(ctx.policy);
  return {
    language: stored.language,
    clerkName: stored.clerkName,
    clerkRole: stored.clerkRole,
    outputFolder: stored.outputFolder,
    register: {
      file: ctx.register.file,
      id: ctx.policy.id,
      version: ctx.policy.version,
      organisation: ctx.policy.organisation.name,
      problem: ctx.register.problem,
      provenance: {
        elements: provenance.length,
        fromStatement: provenance.filter((e) => e.from === 'published-statement').length,
        toConfirm: provenance
          .filter((e) => e.toConfirm)
          .map(({ section, element, label, note, from }) => ({ section, element, label, note, from })),
      },
    },
    certificate: stored.certificate && {
      ...stored.certificate,
      passphraseStored: stored.certificatePassphrase !== null && secretStorage === 'available',
    },
    trustAnchors: stored.trustAnchors.map(summariseTrustAnchor),
    secretStorage,
    teamDatabase: teamDatabaseView(stored, ctx.databaseLocation, ctx.teamDatabaseProblem ?? null),
  };
}
