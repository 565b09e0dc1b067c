import type { RequestDetail } from '../../../../shared/ipc/types.ts';
import type { StoredRequest } from '../../../../shared/requests/requestTypes.ts';
import type { HandlerContext } from '../handlerContext.ts';
import { requestDetail } from '../requestView.ts';

/** The request screen's view of a request after a use case: the register row, its letters and its audit history. */
export async function requestDetailOf(ctx: HandlerContext, request: StoredRequest): Promise<RequestDetail> {
  const deps = ctx.useCaseDeps();
  const history = await deps.store.audit.forRequest(request.reference);
  const fixed = await deps.store.requests.fixedLetters(request.reference);
  return requestDetail(history, request, deps.register, deps.clerk, deps.clock.today(), ctx.settings.read().outputFolder, fixed);
}
