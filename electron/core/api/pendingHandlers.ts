import type { Handlers } from './dispatch.ts';
import { notAvailable } from './handlerError.ts';

type PendingChannels = Exclude<keyof Handlers, 'app:info' | 'settings:get' | 'settings:update' | 'stats:get' | 'subject:records' | 'export:openFolder' | 'demo:rebuild'>;

/** Channels whose feature is built elsewhere and not merged yet: each answers "not available". */
export function pendingHandlers(): Pick<Handlers, PendingChannels> {
  const search = async () => notAvailable('Search');
  const requests = async () => notAvailable('The request register');
  const extract = async () => notAvailable('The extract model');
  const exporting = async () => notAvailable('Export');
  return {
    'search:subjects': search,
    'request:list': requests,
    'request:create': requests,
    'request:get': requests,
    'request:linkSubjects': requests,
    'request:setStatus': requests,
    'redaction:add': requests,
    'redaction:remove': requests,
    'extract:preview': extract,
    'export:start': exporting,
    'export:verify': exporting,
    'audit:list': async () => notAvailable('The audit log'),
    'report:summary': requests,
  };
}
