import { assembleExtract, requesterNameOf } from '../../../shared/extract/assembleExtract.ts';
import type { ExtractModel, ExtractRequest, Language } from '../../../shared/extract/extractModel.ts';
import type { ExtractReviewOverview, ReviewPage, ReviewPageQuery } from '../../../shared/extract/reviewPages.ts';
import { reviewOverviewOf, reviewPageOf } from '../../../shared/extract/reviewPages.ts';
import { DomainError } from '../../../shared/errors/domainError.ts';
import { appendAuditEntry, extractRequestOf } from '../store/registerAccess.ts';
import type { Store } from '../store/store.ts';
import type { UseCaseDeps } from '../store/useCaseDeps.ts';

/**
 * Whose records the review shows: a registered request's linked person (with the clerk's redactions),
 * or one subject entry on its own, as the clerk opens it from search before deciding it is the person
 * (then nothing can be redacted: redactions belong to a request).
 */
export type ReviewSource = { requestRef: string } | { subjectId: string };

export interface ReviewInput {
  source: ReviewSource;
  /** The language of the review's texts; default the request's (a subject on its own has none, so it is required there). */
  language?: Language;
}

/**
 * The extract of the source, assembled exactly as the export assembles it (the same pure function on
 * the same records and register), so the review and the signed copy cannot disagree. `key` names what
 * the model was assembled from, apart from the records themselves (see `latestReview`).
 */
async function reviewModel(deps: UseCaseDeps, store: Store, input: ReviewInput): Promise<{ key: string; model?: ExtractModel }> {
  const today = deps.clock.today();
  if ('requestRef' in input.source) {
    let request = await extractRequestOf(store, input.source.requestRef, deps.clerk, deps.register);
    if (input.language !== undefined) request = { ...request, language: input.language };
    const key = JSON.stringify(['request', today, request]);
    const cached = latestReview.get(deps.store);
    if (cached?.key === key && cached.register === deps.register) return { key };
    return { key, model: assembleExtract(await store.records.subjectProfile(request.subjectIds), deps.register, request, today) };
  }
  const subjectId = input.source.subjectId;
  const language = input.language ?? 'nl';
  const key = JSON.stringify(['subject', today, subjectId, language, deps.clerk.name]);
  const cached = latestReview.get(deps.store);
  if (cached?.key === key && cached.register === deps.register) return { key };
  if ((await store.records.displayName(subjectId)) === null) throw new DomainError('subject.not-found', { subjectId });
  const profile = await store.records.subjectProfile([subjectId]);
  const request: ExtractRequest = {
    reference: `INZ-${today.replaceAll('-', '')}-${subjectId}`,
    receivedOn: today,
    kind: 'access',
    language,
    requester: { name: requesterNameOf(profile) },
    subjectIds: [subjectId],
    clerk: deps.clerk.name,
  };
  return { key, model: assembleExtract(profile, deps.register, request, today) };
}

/**
 * The model of the review opened last, per store (one database), so that paging and switching category
 * cut from it instead of assembling megabytes again for every page (issue 14.9). It is the extract as it
 * was when the review was opened: opening the review always assembles afresh, and any change to what
 * the model is made of apart from the records (a redaction, a lifted one, a linked person, the day, the
 * register, the language) is in the key, so a page after such a change is assembled afresh too.
 */
const latestReview = new WeakMap<Store, { key: string; register: UseCaseDeps['register']; model: ExtractModel }>();

async function freshModel(deps: UseCaseDeps, store: Store, input: ReviewInput): Promise<ExtractModel> {
  latestReview.delete(deps.store);
  const { key, model } = await reviewModel(deps, store, input);
  latestReview.set(deps.store, { key, register: deps.register, model: model! });
  return model!;
}

async function openedModel(deps: UseCaseDeps, store: Store, input: ReviewInput): Promise<ExtractModel> {
  const { key, model } = await reviewModel(deps, store, input);
  if (model === undefined) return latestReview.get(deps.store)!.model;
  latestReview.set(deps.store, { key, register: deps.register, model });
  return model;
}

/**
 * Opens the review: the categories with their counts, the automated decisions, no records yet.
 * Opening a person's records is processing and is logged once here (Art. 5(2)); the pages that follow
 * show parts of what was opened and are not logged one by one.
 */
export async function openReview(deps: UseCaseDeps, input: ReviewInput & { firstPageLimit?: number }): Promise<ExtractReviewOverview> {
  return deps.store.transaction(async (store) => {
    const model = await freshModel(deps, store, input);
    const first = model.categories[0];
    const overview = {
      ...reviewOverviewOf(model),
      ...(input.firstPageLimit !== undefined && first
        ? { firstPage: reviewPageOf(model, { categoryId: first.id, offset: 0, limit: input.firstPageLimit }) }
        : {}),
    };
    await appendAuditEntry(
      { ...deps, store },
      'requestRef' in input.source
        ? {
            actor: deps.clerk.name,
            action: 'extract.preview',
            requestRef: input.source.requestRef,
            details: { subjects: model.subjects.length },
          }
        : { actor: deps.clerk.name, action: 'subject.open', subjectId: input.source.subjectId, details: { records: overview.recordCount } },
    );
    return overview;
  });
}

/** One page of one category's records, with their redaction state (Art. 15(4)), optionally only those matching a filter. */
export async function reviewPage(deps: UseCaseDeps, input: ReviewInput & ReviewPageQuery): Promise<ReviewPage> {
  return deps.store.transaction(async (store) => reviewPageOf(await openedModel(deps, store, input), input));
}
