import type { ChannelName, EventName } from '../../../shared/ipc/channelNames.ts';
import { isChannelName } from '../../../shared/ipc/channelNames.ts';
import type { ErrorParams } from '../../../shared/errors/domainError.ts';
import type { ErrorCode } from '../../../shared/errors/errorCodes.ts';
import { errorMessage } from '../../../shared/errors/errorMessages.ts';
import type { ChannelOutput, EventPayload, IpcResult, ParsedInput } from '../../../shared/ipc/channels.ts';
import { channelInputs } from '../../../shared/ipc/channels.ts';
import { toDomainError } from '../errors/toDomainError.ts';

/** One function per channel. A channel without a handler is a type error (architecture.md, IPC contract). */
export type Handlers = { [C in ChannelName]: (input: ParsedInput<C>) => Promise<ChannelOutput<C>> };

export type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** The failure envelope for a code: the window words it in the clerk's language; `message` is the English text. */
export function failure(code: ErrorCode, params: ErrorParams): IpcResult<never> {
  return { ok: false, error: { code, params, message: errorMessage(code, params, 'en') } };
}

/**
 * The one path every call takes, in the Electron main process and in the Chromium test bridge alike:
 * known channel, input parsed by its schema, handler called, result or error wrapped in the envelope.
 * A DomainError goes out as its code and parameters; any other failure is mapped (toDomainError), so
 * neither a raw OS or SQLite message nor a path nor personal data reaches the window.
 */
export async function dispatch(handlers: Handlers, channel: unknown, rawInput: unknown): Promise<IpcResult<unknown>> {
  if (!isChannelName(channel)) return failure('ipc.unknown-channel', {});
  const parsed = channelInputs[channel].safeParse(rawInput);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'input';
    return failure('input.invalid', { field: where, problem: issue?.message ?? 'invalid' });
  }
  try {
    const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    // Not yet moved to DomainError: their message is written for the clerk.
    const domain = toDomainError(error);
    if (domain.code === 'internal') console.error(`[ipc] ${channel} failed:`, domain.params.detail);
    return failure(domain.code, domain.params);
  }
}

/** The app is served from this origin only; any other sender (an injected frame, a navigated page) is refused. */
export const appOrigin = 'app://inzage';

export function isTrustedSender(frameUrl: string | undefined, isMainFrame: boolean): boolean {
  if (!isMainFrame || !frameUrl) return false;
  try {
    const url = new URL(frameUrl);
    return `${url.protocol}//${url.host}` === appOrigin;
  } catch {
    return false;
  }
}
