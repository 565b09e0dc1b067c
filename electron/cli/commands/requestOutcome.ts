import { representativeCapacities } from '../../../shared/requests/representative.ts';
import type { RepresentativeCapacity } from '../../../shared/requests/representative.ts';
import { controllerInstructions, requestOutcomes } from '../../../shared/requests/requestOutcome.ts';
import type { ControllerInstruction, RequestOutcome } from '../../../shared/requests/requestOutcome.ts';
import {
  closeWithOutcome,
  recordControllerInstruction,
  recordRepresentative,
  referToController,
} from '../../core/requests/useCases/index.ts';
import { dateFlag } from '../actor.ts';
import { parseCommandArgs } from '../args.ts';
import type { CliIo } from '../cliTypes.ts';
import { UsageError } from '../cliTypes.ts';
import { mutateRequest } from './requestAttach.ts';

/**
 * `request representative`, `request close`, `request refer`, `request instruction`: who asks for the
 * person, and the outcomes that are not an extract (issue 12.6, 12.8, 12.9). Thin adapters over the
 * same use cases as the window's request:setRepresentative, closeWithOutcome, referToController,
 * recordInstruction.
 */

const common = { db: { type: 'string' }, clerk: { type: 'string' }, json: { type: 'boolean' } } as const;

function oneRef(list: string[]): string {
  if (list.length !== 1) throw new UsageError(list.length === 0 ? 'expected REF' : `unexpected "${list[1]}"`);
  return list[0]!;
}

function choice<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T {
  if (value === undefined || !(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')}${value === undefined ? '' : `, got "${value}"`}`);
  }
  return value as T;
}

export async function representativeSubcommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    ...common,
    name: { type: 'string' },
    capacity: { type: 'string' },
    address: { type: 'string' },
    email: { type: 'string' },
    proof: { type: 'string' },
  });
  const reference = oneRef(positionals);
  if (!values.name?.trim()) throw new UsageError('--name "…" is required: who acts for the person');
  const capacity: RepresentativeCapacity = choice(values.capacity, representativeCapacities, '--capacity');
  if (!values.proof?.trim()) throw new UsageError('--proof "…" is required: which proof of authority was checked');
  return mutateRequest(values, io, (deps) =>
    recordRepresentative(deps, reference, {
      name: values.name!,
      capacity,
      proof: values.proof!,
      ...(values.address?.trim() ? { address: values.address } : {}),
      ...(values.email?.trim() ? { email: values.email } : {}),
    }),
  );
}

export async function closeSubcommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { ...common, outcome: { type: 'string' } });
  const reference = oneRef(positionals);
  const outcome: RequestOutcome = choice(values.outcome, requestOutcomes, '--outcome');
  return mutateRequest(values, io, (deps) => closeWithOutcome(deps, reference, outcome));
}

export async function referSubcommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, common);
  const reference = oneRef(positionals);
  return mutateRequest(values, io, (deps) => referToController(deps, reference));
}

export async function instructionSubcommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    ...common,
    controller: { type: 'string' },
    instruction: { type: 'string' },
    received: { type: 'string' },
    note: { type: 'string' },
  });
  const reference = oneRef(positionals);
  if (!values.controller?.trim()) throw new UsageError('--controller ID is required (the client, see: inzage request show REF)');
  const instruction: ControllerInstruction = choice(values.instruction, controllerInstructions, '--instruction');
  const received = dateFlag(values.received, '--received');
  if (!received) throw new UsageError('--received YYYY-MM-DD is required: the day the client’s instruction arrived');
  return mutateRequest(values, io, (deps) =>
    recordControllerInstruction(deps, reference, {
      controllerId: values.controller!,
      instruction,
      receivedOn: received,
      ...(values.note?.trim() ? { note: values.note } : {}),
    }),
  );
}
