import type { Handlers } from './dispatch.ts';
import { notAvailable } from './handlerError.ts';

type PendingChannels = 'extract:preview' | 'export:start' | 'export:verify';

/** Channels whose feature is built elsewhere and not merged yet: each answers "not available". */
export function pendingHandlers(): Pick<Handlers, PendingChannels> {
  const extract = async () => notAvailable('The extract model');
  const exporting = async () => notAvailable('Export');
  return {
    'extract:preview': extract,
    'export:start': exporting,
    'export:verify': exporting,
  };
}
