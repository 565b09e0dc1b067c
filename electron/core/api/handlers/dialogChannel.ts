import type { Handlers } from '../dispatch.ts';
import type { HandlerContext } from '../handlerContext.ts';

/**
 * dialog:* — the OS open dialogs (main process). The grant follows the latest dialog: the settings:use*
 * channels accept exactly the path picked there, and a cancelled dialog leaves nothing to apply.
 */
export function dialogChannel(ctx: HandlerContext): Pick<Handlers, 'dialog:chooseFile' | 'dialog:chooseFolder'> {
  return {
    async 'dialog:chooseFile'({ purpose }) {
      const stored = await ctx.useCaseDeps().store.settings.read();
      const current = purpose === 'register' ? ctx.register.file : purpose === 'certificate' ? (stored.certificate?.file ?? null) : null;
      const path = await ctx.chooser.chooseFile(purpose, { language: stored.language, current });
      if (path) ctx.grants.grant(purpose, path);
      else ctx.grants.revoke(purpose);
      return { path };
    },
    async 'dialog:chooseFolder'({ purpose }) {
      const stored = await ctx.useCaseDeps().store.settings.read();
      const path = await ctx.chooser.chooseFolder(purpose, { language: stored.language, current: stored.outputFolder });
      if (path) ctx.grants.grant(purpose, path);
      else ctx.grants.revoke(purpose);
      return { path };
    },
  };
}
