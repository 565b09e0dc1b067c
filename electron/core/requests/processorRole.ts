import { DomainError } from '../../../shared/errors/domainError.ts';
import { countryName } from '../../../shared/extract/format.ts';
import { isProcessorOnly, subjectCategoriesOf } from '../../../shared/extract/subjectCategories.ts';
import type { ProfileRow } from '../../../shared/extract/subjectProfile.ts';
import type { Policy } from '../../../shared/policy/policySchema.ts';
import type { StoredController } from '../../../shared/requests/requestOutcome.ts';
import type { StoredRequest } from '../../../shared/requests/requestTypes.ts';
import type { Store } from '../store/store.ts';

/**
 * The processor role of Art. 28 (docs/domain.md §2, issue 12.6): a person known only as an invoice
 * recipient has their data held for the client (the seller), who is the controller. The organisation
 * does not answer such a request on the merits: it refers it, and hands out an extract only on the
 * client's recorded instruction (Art. 28(3)(a) and (e)).
 */

export type ControllerFacts = Pick<StoredController, 'controllerId' | 'name' | 'contact'>;

/** Whether the linked people are processor-only, and the clients (controllers) whose records they have. */
export async function processorFacts(
  store: Store,
  policy: Policy,
  subjectIds: readonly string[],
): Promise<{ processorOnly: boolean; controllers: ControllerFacts[] }> {
  if (subjectIds.length === 0) return { processorOnly: false, controllers: [] };
  const profile = await store.records.subjectProfile(subjectIds);
  const processorOnly = isProcessorOnly(policy, subjectCategoriesOf(profile.records));
  const clientIds = [...new Set((profile.records.invoice_service_records ?? []).map((row) => String(row.client_id)))].sort();
  const controllers = clientIds.map((id) =>
    controllerFacts(
      id,
      profile.organisations.find((o) => String(o.id) === id),
    ),
  );
  return { processorOnly, controllers };
}

function text(value: ProfileRow[string] | undefined): string | null {
  return value === null || value === undefined || String(value).trim() === '' ? null : String(value);
}

function controllerFacts(id: string, org: ProfileRow | undefined): ControllerFacts {
  if (!org) return { controllerId: id, name: id, contact: { addressLines: [], email: null, phone: null } };
  const place = [text(org.postcode), text(org.city)].filter(Boolean).join(' ');
  const country = text(org.country);
  const addressLines = [text(org.street), place || null, country && country !== 'NL' ? countryName(country, 'en') : null].filter(
    (line): line is string => line !== null,
  );
  return { controllerId: id, name: text(org.name) ?? id, contact: { addressLines, email: text(org.email), phone: text(org.phone) } };
}

/**
 * May an extract be made for this request? Not for a processor-only person until the request was
 * referred and every controller instructed it (processor.referral-required, processor.instruction-missing).
 */
export async function checkExtractAllowed(store: Store, policy: Policy, request: StoredRequest): Promise<void> {
  const { reference } = request;
  if (request.controllers.length > 0) {
    const missing = request.controllers.filter((c) => c.instruction?.kind !== 'provide-extract').map((c) => c.controllerId);
    if (missing.length > 0) throw new DomainError('processor.instruction-missing', { reference, controllers: missing.join(', ') });
    return;
  }
  const facts = await processorFacts(
    store,
    policy,
    request.subjects.map((s) => s.subjectId),
  );
  if (facts.processorOnly) throw new DomainError('processor.referral-required', { reference });
}
