import { holidaysOf } from '../../../../shared/deadlines/publicHolidays.ts';
import type { Language } from '../../../../shared/extract/extractModel.ts';
import type { Letter, LetterKind } from '../../../../shared/letters/letterModel.ts';
import { buildLetter } from '../../../../shared/letters/letterTemplates.ts';
import { renderLetterText } from '../../../../shared/letters/renderLetterText.ts';
import type { UseCaseDeps } from '../../store/useCaseDeps.ts';
import { requestDeadline } from '../requestRepository.ts';
import { recordOutputIn } from './notesAndOutputs.ts';
import { inRequestTransaction, loadRequest } from './requestUseCase.ts';

export interface LetterRequest {
  kind: LetterKind;
  /** Default: the request's language. */
  language?: Language | undefined;
  /** For a refusal: the reasons (default: the request's status reason) and whether it is partial. */
  refusal?: { reason?: string | undefined; partial?: boolean | undefined };
  /** For the notice to a controller: which client (needed when the request was referred to several). */
  controllerId?: string | undefined;
}

/** Where the letter goes: the front end writes it (a file) and says what it wrote, or nothing (shown only). */
export type LetterSink = (text: string, letter: Letter) => Promise<{ fileName: string; sha256: string } | null>;

/**
 * One letter of the procedure (shared/letters/letterTemplates.ts: acknowledgement, identity,
 * extension, refusal, no-data, processor-referral, controller-notice) as text. A letter that is written
 * out goes to the person (or the client), so it is recorded as an output of the request with its SHA-256;
 * one that is only shown is logged as printed. `letter.warnings` lists what the clerk should check first
 * (a reason typed in the other language); the front ends show them, the letter does not.
 */
export async function writeLetter(
  deps: UseCaseDeps,
  reference: string,
  wanted: LetterRequest,
  sink: LetterSink = async () => null,
): Promise<{ letter: Letter; text: string; file: { fileName: string; sha256: string } | null }> {
  return inRequestTransaction(deps, async (tx) => {
    const request = await loadRequest(tx.store, reference);
    const letter = buildLetter(wanted.kind, {
      request,
      deadline: requestDeadline(request, holidaysOf(deps.register)),
      policy: deps.register,
      clerk: tx.clerk,
      clerkRole: deps.clerk.role,
      today: tx.today,
      ...(wanted.language ? { language: wanted.language } : {}),
      refusal: { ...(wanted.refusal?.reason ? { reason: wanted.refusal.reason } : {}), partial: wanted.refusal?.partial ?? false },
      ...(wanted.controllerId ? { controllerId: wanted.controllerId } : {}),
    });
    const text = renderLetterText(letter);
    const file = await sink(text, letter);
    if (file) {
      await recordOutputIn(tx, reference, { ...file, kind: `letter-${wanted.kind}` });
      // Which client a notice went to is part of the record; it is an id, not personal data.
      const controller = letter.kind === 'controller-notice' ? (wanted.controllerId ?? request.controllers[0]?.controllerId) : undefined;
      if (controller) await tx.audit({ action: 'letter.controller-notice', requestRef: reference, target: controller });
    } else {
      await tx.audit({ action: 'letter.print', requestRef: reference, target: wanted.kind, details: { language: letter.language } });
    }
    return { letter, text, file };
  });
}
