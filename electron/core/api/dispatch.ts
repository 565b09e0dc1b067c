import type { ChannelName, EventName } from '../../../shared/ipc/channelNames.ts';
import { isChannelName } from '../../../shared/ipc/channelNames.ts';
import type { ChannelOutput, EventPayload, IpcResult, ParsedInput } from '../../../shared/ipc/channels.ts';
import { channelInputs } from '../../../shared/ipc/channels.ts';
import { SubjectNotFoundError } from '../records/loadSubjectRecords.ts';
import { isDomainError } from '../../../shared/errors/domainError.ts';
import { domainErrorEnvelope } from './domainErrorEnvelope.ts';
import { HandlerError } from './handlerError.ts';

const ruleErrors: Record<string, 'conflict' | 'not-found'> = {
  RequestRuleError: 'conflict',
  RequestNotFoundError: 'not-found',
  ExtensionTooLateError: 'conflict',
  ExtensionWithoutReasonError: 'conflict',
  LetterError: 'conflict',
};

/** One function per channel. A channel without a handler is a type error (architecture.md, IPC contract). */
export type Handlers = { [C in ChannelName]: (input: ParsedInput<C>) => Promise<ChannelOutput<C>> };

export type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/**
 * The one path every call takes, in the Electron main process and in the Chromium test bridge alike:
 * known channel, input parsed by its schema, handler called, result or error wrapped in the envelope.
 * Unexpected errors are reported by class name only, so no personal data leaks into a message.
 */
export async function dispatch(handlers: Handlers, channel: unknown, rawInput: unknown): Promise<IpcResult<unknown>> {
  if (!isChannelName(channel)) return { ok: false, error: { code: 'unknown-channel', message: 'Unknown channel' } };
  const parsed = channelInputs[channel].safeParse(rawInput);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'input';
    return { ok: false, error: { code: 'invalid-input', message: `${channel}: ${where}: ${issue?.message ?? 'invalid'}` } };
  }
  try {
    const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof HandlerError) return { ok: false, error: { code: error.code, message: error.message } };
    if (isDomainError(error)) return { ok: false, error: domainErrorEnvelope(error) };
    if (error instanceof SubjectNotFoundError) return { ok: false, error: { code: 'not-found', message: error.message } };
    // Errors the register raises on purpose carry a message meant for the clerk (no personal data).
    if (error instanceof Error && ruleErrors[error.name])
      return { ok: false, error: { code: ruleErrors[error.name]!, message: error.message } };
    console.error(`[ipc] ${channel} failed:`, error instanceof Error ? error.name : 'error');
    return { ok: false, error: { code: 'failed', message: `${channel} failed (${error instanceof Error ? error.name : 'error'})` } };
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
