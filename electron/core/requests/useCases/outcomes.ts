import { isIsoDate } from '../../../../shared/dates/isoDate.ts';
import { DomainError } from '../../../../shared/errors/domainError.ts';
import type { ControllerInstruction, RequestOutcome } from '../../../../shared/requests/requestOutcome.ts';
import { controllerInstructions } from '../../../../shared/requests/requestOutcome.ts';
import type { StoredRequest } from '../../../../shared/requests/requestTypes.ts';
import type { UseCaseDeps } from '../../store/useCaseDeps.ts';
import { processorFacts } from '../processorRole.ts';
import type { RequestTx } from './requestUseCase.ts';
import { inRequestTransaction, loadOpenRequest, reload } from './requestUseCase.ts';

/**
 * The outcomes that are not an extract (issue 12.6 and 12.8; shared/requests/requestOutcome.ts).
 *
 * "We hold no personal data about you" closes a request where nobody matches: Art. 15(1) asks first
 * whether data are processed, and "no" answers it. It needs no identity check, because it discloses
 * nothing about anyone; it is refused while a person is linked.
 *
 * The processor path: refer (record the clients as controllers; the letters to the person and the
 * notices to the clients follow), record each client's instruction, and then either make the extract
 * (on "provide-extract", checked when it is made) or close the request as referred.
 */

/** Closes a request with an outcome; the status becomes "sent" (an answer went out) and the day is recorded. */
async function close(tx: RequestTx, request: StoredRequest, outcome: RequestOutcome): Promise<void> {
  const { reference } = request;
  await tx.store.requests.changeStatus(reference, {
    from: request.status,
    to: 'sent',
    reason: null,
    closedOn: tx.today,
    on: tx.today,
    by: tx.clerk,
    at: tx.at,
  });
  if (request.status === 'identity-pending') await tx.store.requests.endPause(reference, tx.today);
  await tx.store.requests.setOutcome(reference, outcome);
  await tx.audit({ action: 'request.outcome', requestRef: reference, target: outcome, details: { from: request.status } });
}

export async function closeWithOutcome(deps: UseCaseDeps, reference: string, outcome: RequestOutcome): Promise<StoredRequest> {
  return inRequestTransaction(deps, async (tx) => {
    const request = await loadOpenRequest(tx.store, reference);
    if (outcome === 'no-data') {
      if (request.subjects.length > 0) throw new DomainError('outcome.subjects-linked', { reference, linked: request.subjects.length });
    } else {
      if (request.controllers.length === 0) throw new DomainError('letter.not-referred', { reference });
      const instructed = request.controllers.find((c) => c.instruction?.kind === 'provide-extract');
      if (instructed) throw new DomainError('outcome.instruction-provide', { reference, controllerId: instructed.controllerId });
    }
    await close(tx, request, outcome);
    return reload(tx, reference);
  });
}

/**
 * Refers a processor-only request to the controller(s): records each client with how to reach it. Telling
 * the person who their controller is discloses that the client invoiced them, so the identity must be checked.
 */
export async function referToController(deps: UseCaseDeps, reference: string): Promise<StoredRequest> {
  return inRequestTransaction(deps, async (tx) => {
    const request = await loadOpenRequest(tx.store, reference);
    if (request.subjects.length === 0) throw new DomainError('request.no-subject', { reference });
    if (request.identity === null) throw new DomainError('status.identity-required', { reference, to: 'referred-to-controller' });
    const facts = await processorFacts(
      tx.store,
      deps.register,
      request.subjects.map((s) => s.subjectId),
    );
    if (!facts.processorOnly) throw new DomainError('processor.not-processor-only', { reference });
    await tx.store.requests.addControllers(
      reference,
      facts.controllers.map((c) => ({ ...c, referredOn: tx.today, referredBy: tx.clerk })),
    );
    await tx.audit({
      action: 'request.refer-controller',
      requestRef: reference,
      details: { controllers: facts.controllers.map((c) => c.controllerId) },
    });
    return reload(tx, reference);
  });
}

export interface InstructionInput {
  controllerId: string;
  instruction: ControllerInstruction;
  /** The day the client's instruction arrived. */
  receivedOn: string;
  note?: string | undefined;
}

/** Records a client's instruction on a referred request (Art. 28(3)(a): the processor acts only on documented instructions). */
export async function recordControllerInstruction(deps: UseCaseDeps, reference: string, input: InstructionInput): Promise<StoredRequest> {
  return inRequestTransaction(deps, async (tx) => {
    if (!(controllerInstructions as readonly string[]).includes(input.instruction)) {
      throw new DomainError('input.invalid', { field: 'instruction', problem: `expected one of ${controllerInstructions.join(', ')}` });
    }
    if (!isIsoDate(input.receivedOn)) throw new DomainError('input.invalid', { field: 'receivedOn', problem: 'expected YYYY-MM-DD' });
    if (input.receivedOn > tx.today) throw new DomainError('input.invalid', { field: 'receivedOn', problem: 'a day in the future' });
    const request = await loadOpenRequest(tx.store, reference);
    if (!request.controllers.some((c) => c.controllerId === input.controllerId)) {
      throw new DomainError('controller.unknown', { reference, controllerId: input.controllerId });
    }
    const note = input.note?.trim() || null;
    await tx.store.requests.setControllerInstruction(reference, input.controllerId, {
      kind: input.instruction,
      receivedOn: input.receivedOn,
      note,
      by: tx.clerk,
    });
    await tx.audit({
      action: 'request.controller-instruction',
      requestRef: reference,
      target: input.controllerId,
      details: { instruction: input.instruction, receivedOn: input.receivedOn, noteGiven: note !== null },
    });
    return reload(tx, reference);
  });
}
