import { holidaysOf } from '../../../../shared/deadlines/publicHolidays.ts';
import { DomainError } from '../../../../shared/errors/domainError.ts';
import type { Language } from '../../../../shared/extract/extractModel.ts';
import type { FixedLetter, Letter, LetterKind } from '../../../../shared/letters/letterModel.ts';
import { letterIdOf } from '../../../../shared/letters/letterModel.ts';
import { buildLetter } from '../../../../shared/letters/letterTemplates.ts';
import { renderLetterText } from '../../../../shared/letters/renderLetterText.ts';
import type { StoredRequest } from '../../../../shared/requests/requestTypes.ts';
import type { UseCaseDeps } from '../../store/useCaseDeps.ts';
import { requestDeadline } from '../requestRepository.ts';
import { recordOutputIn } from './notesAndOutputs.ts';
import type { RequestTx } from './requestUseCase.ts';
import { inRequestTransaction, loadRequest } from './requestUseCase.ts';

export interface LetterRequest {
  kind: LetterKind;
  /** Default: the request's language. */
  language?: Language | undefined;
  /** For a refusal: the reasons (default: the request's status reason) and whether it is partial. */
  refusal?: { reason?: string | undefined; partial?: boolean | undefined };
  /** For the notice to a controller: which client (needed when the request was referred to several). */
  controllerId?: string | undefined;
  /** The clerk's one free paragraph (issue 14.8), only before the letter is fixed. */
  freeParagraph?: string | undefined;
}

/** Where the letter goes: the front end writes it (a file) and says what it wrote, or nothing (shown only). */
export type LetterSink = (text: string, letter: Letter) => Promise<{ fileName: string; sha256: string } | null>;

/** The letter as the template makes it today, with the clerk's free paragraph. */
function draftLetter(tx: RequestTx, deps: UseCaseDeps, request: StoredRequest, wanted: LetterRequest): Letter {
  return buildLetter(wanted.kind, {
    request,
    deadline: requestDeadline(request, holidaysOf(deps.register)),
    policy: deps.register,
    clerk: tx.clerk,
    clerkRole: deps.clerk.role,
    today: tx.today,
    ...(wanted.language ? { language: wanted.language } : {}),
    refusal: { ...(wanted.refusal?.reason ? { reason: wanted.refusal.reason } : {}), partial: wanted.refusal?.partial ?? false },
    ...(wanted.controllerId ? { controllerId: wanted.controllerId } : {}),
    ...(wanted.freeParagraph ? { freeParagraph: wanted.freeParagraph } : {}),
  });
}

/**
 * The letter this request has under `wanted`: the fixed one when it was fixed before (issue 14.8: the
 * person got that text, so every later copy reproduces it, whatever the date or the deadline now), else a
 * draft. A free paragraph that differs from the fixed letter's is refused: it can no longer change.
 */
async function currentLetter(
  tx: RequestTx,
  deps: UseCaseDeps,
  request: StoredRequest,
  wanted: LetterRequest,
): Promise<{ letter: Letter; fixed: FixedLetter | null }> {
  const letterId = letterIdOf(wanted.kind, wanted.controllerId ?? request.controllers[0]?.controllerId);
  const fixed = (await tx.store.requests.fixedLetters(request.reference)).find((f) => f.letterId === letterId) ?? null;
  if (!fixed) return { letter: draftLetter(tx, deps, request, wanted), fixed: null };
  const asked = wanted.freeParagraph?.trim();
  if (asked && asked !== (fixed.letter.freeParagraph ?? ''))
    throw new DomainError('letter.fixed', {
      reference: request.reference,
      letter: letterId,
      fixedOn: fixed.fixedOn,
      fixedBy: fixed.fixedBy,
    });
  return { letter: fixed.letter, fixed };
}

/** Fixes the letter when it is not fixed yet: from now on it is what the person got (audited as letter.fix). */
async function fixIn(tx: RequestTx, request: StoredRequest, wanted: LetterRequest, letter: Letter): Promise<FixedLetter> {
  const letterId = letterIdOf(wanted.kind, wanted.controllerId ?? request.controllers[0]?.controllerId);
  const fixed: FixedLetter = { letterId, letter, fixedOn: tx.today, fixedBy: tx.clerk, fixedAt: tx.at };
  await tx.store.requests.addFixedLetter(request.reference, fixed);
  await tx.audit({
    action: 'letter.fix',
    requestRef: request.reference,
    target: letterId,
    details: { language: letter.language, freeParagraph: letter.freeParagraph !== null },
  });
  return fixed;
}

/**
 * One letter of the procedure (shared/letters/letterTemplates.ts: acknowledgement, identity,
 * extension, refusal, no-data, processor-referral, controller-notice) as text. A letter that is written
 * out goes to the person (or the client), so it is fixed (issue 14.8) and recorded as an output of the
 * request with its SHA-256; one that is only shown is logged as printed and stays a draft unless it was
 * fixed before. `letter.warnings` lists what the clerk should check first (a reason typed in the other
 * language); the front ends show them, the letter does not.
 */
export async function writeLetter(
  deps: UseCaseDeps,
  reference: string,
  wanted: LetterRequest,
  sink: LetterSink = async () => null,
): Promise<{ letter: Letter; text: string; file: { fileName: string; sha256: string } | null }> {
  return inRequestTransaction(deps, async (tx) => {
    const request = await loadRequest(tx.store, reference);
    const { letter, fixed } = await currentLetter(tx, deps, request, wanted);
    const text = renderLetterText(letter);
    const file = await sink(text, letter);
    if (file) {
      if (!fixed) await fixIn(tx, request, wanted, letter);
      await recordFile(tx, request, wanted, letter, file);
    } else {
      await tx.audit({ action: 'letter.print', requestRef: reference, target: wanted.kind, details: { language: letter.language } });
    }
    return { letter, text, file };
  });
}

async function recordFile(
  tx: RequestTx,
  request: StoredRequest,
  wanted: LetterRequest,
  letter: Letter,
  file: { fileName: string; sha256: string },
): Promise<void> {
  await recordOutputIn(tx, request.reference, { ...file, kind: `letter-${wanted.kind}` });
  // Which client a notice went to is part of the record; it is an id, not personal data.
  const controller = letter.kind === 'controller-notice' ? (wanted.controllerId ?? request.controllers[0]?.controllerId) : undefined;
  if (controller) await tx.audit({ action: 'letter.controller-notice', requestRef: request.reference, target: controller });
}

/**
 * Writes the fixed letter as a PDF (core/output/pdf/renderLetterPdf.ts) to a temporary name and renames it;
 * returns its name and SHA-256.
 */
export type LetterPdfWriter = (letter: Letter, fixed: FixedLetter) => Promise<{ fileName: string; sha256: string }>;

/**
 * Saves a letter as a PDF (issue 14.8): fixes it first (with the clerk's free paragraph), writes it, and
 * records the file as an output of the request with its SHA-256, audited like the extract's files.
 * A second save of a fixed letter reproduces the same text.
 */
export async function saveLetterPdf(
  deps: UseCaseDeps,
  reference: string,
  wanted: LetterRequest,
  write: LetterPdfWriter,
): Promise<{ letter: Letter; fixed: FixedLetter; file: { fileName: string; sha256: string } }> {
  return inRequestTransaction(deps, async (tx) => {
    const request = await loadRequest(tx.store, reference);
    const current = await currentLetter(tx, deps, request, wanted);
    const fixed = current.fixed ?? (await fixIn(tx, request, wanted, current.letter));
    const file = await write(fixed.letter, fixed);
    await recordFile(tx, request, wanted, fixed.letter, file);
    return { letter: fixed.letter, fixed, file };
  });
}

/**
 * Fixes a letter without writing a file: the window does this before it prints the letter view (the
 * OS print dialog, electron/main), so what is printed is the fixed text. Audited as letter.fix once.
 */
export async function fixLetter(
  deps: UseCaseDeps,
  reference: string,
  wanted: LetterRequest,
): Promise<{ letter: Letter; fixed: FixedLetter }> {
  return inRequestTransaction(deps, async (tx) => {
    const request = await loadRequest(tx.store, reference);
    const current = await currentLetter(tx, deps, request, wanted);
    const fixed = current.fixed ?? (await fixIn(tx, request, wanted, current.letter));
    return { letter: fixed.letter, fixed };
  });
}

/**
 * The window prints a fixed letter: refused before the OS print dialog opens when the letter is not
 * fixed; logged only when `print` says the letter was printed (a cancelled dialog sent nothing out, and
 * the trail records what happened, Art. 5(2)). The paper copy is not a file, so it has no SHA-256.
 * The dialog waits outside any transaction: the clerk may leave it open for minutes.
 */
export async function printFixedLetter(
  deps: UseCaseDeps,
  reference: string,
  letterId: string,
  print: () => Promise<boolean>,
): Promise<{ printed: boolean }> {
  await fixedLetterOf(deps, reference, letterId);
  const printed = await print();
  if (printed)
    await inRequestTransaction(deps, async (tx) => {
      const fixed = await fixedLetterOf({ ...deps, store: tx.store }, reference, letterId);
      await tx.audit({ action: 'letter.print', requestRef: reference, target: letterId, details: { language: fixed.letter.language } });
    });
  return { printed };
}

async function fixedLetterOf(deps: Pick<UseCaseDeps, 'store'>, reference: string, letterId: string): Promise<FixedLetter> {
  const request = await loadRequest(deps.store, reference);
  const fixed = (await deps.store.requests.fixedLetters(reference)).find((f) => f.letterId === letterId);
  if (!fixed) throw new DomainError('letter.not-fixed', { reference: request.reference, letter: letterId });
  return fixed;
}
