import { useState } from 'react';
import type { RequestDetail } from '../../shared/ipc/types.ts';
import { representativeCapacities } from '../../shared/requests/representative.ts';
import type { RepresentativeCapacity } from '../../shared/requests/representative.ts';
import { controllerInstructions } from '../../shared/requests/requestOutcome.ts';
import type { ControllerInstruction } from '../../shared/requests/requestOutcome.ts';
import { invoke } from '../api.ts';
import { formatDate } from '../i18n/i18n.ts';
import { useApp, useT } from '../store.ts';

/**
 * Who asks and how the request ends when the answer is not an extract (issue 12.6, 12.8, 12.9): the
 * representative with the proof of authority checked; "we hold no personal data about you"; the
 * referral to the controller(s) of a person known only as an invoice recipient, with each client's
 * instruction. Every control is a plain form element, reachable by Tab; the core decides and refuses.
 */
export interface PartiesProps {
  r: RequestDetail;
  closed: boolean;
  act: (call: () => Promise<RequestDetail>) => Promise<void>;
}

export function RepresentativePanel({ r, closed, act }: PartiesProps) {
  const t = useT();
  const language = useApp((s) => s.language);
  const [capacity, setCapacity] = useState<RepresentativeCapacity>('authorised-representative');
  const rep = r.representative;
  return (
    <section aria-labelledby="representative-title" className="panel">
      <h2 id="representative-title">{t('request.rep.title')}</h2>
      {rep ? (
        <p>
          {t('request.rep.recorded', {
            name: rep.name,
            capacity: t(`request.rep.capacity.${rep.capacity}`),
            date: formatDate(language, rep.checkedOn),
            by: rep.checkedBy,
            proof: rep.proof,
          })}
        </p>
      ) : (
        <p className="muted">{t('request.rep.none')}</p>
      )}
      {!closed && (
        <form
          className="inline-form"
          aria-label={t('request.rep.title')}
          onSubmit={(e) => {
            e.preventDefault();
            const form = new FormData(e.currentTarget);
            const text = (name: string) => String(form.get(name) ?? '').trim();
            void act(() =>
              invoke('request:setRepresentative', {
                requestId: r.id,
                name: text('name'),
                capacity,
                proof: text('proof'),
                ...(text('address') ? { address: text('address') } : {}),
                ...(text('email') ? { email: text('email') } : {}),
              }),
            );
          }}
        >
          <label>
            {t('request.rep.name')}
            <input name="name" required maxLength={200} />
          </label>
          <label>
            {t('request.rep.capacity')}
            <select value={capacity} onChange={(e) => setCapacity(e.target.value as RepresentativeCapacity)}>
              {representativeCapacities.map((c) => (
                <option key={c} value={c}>
                  {t(`request.rep.capacity.${c}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('request.rep.address')}
            <input name="address" maxLength={500} />
          </label>
          <label>
            {t('request.rep.email')}
            <input name="email" type="email" maxLength={200} />
          </label>
          <label>
            {t('request.rep.proof')}
            <input name="proof" required maxLength={500} placeholder={t('request.rep.proof.placeholder')} />
          </label>
          <button type="submit">{rep ? t('request.rep.replace') : t('request.rep.record')}</button>
        </form>
      )}
    </section>
  );
}

export function OutcomePanel({ r, closed, act }: PartiesProps) {
  const t = useT();
  const language = useApp((s) => s.language);
  const [instruction, setInstruction] = useState<ControllerInstruction>('provide-extract');
  return (
    <section aria-labelledby="outcome-title" className="panel">
      <h2 id="outcome-title">{t('request.outcome.title')}</h2>
      {r.outcome && <p>{t(`request.outcome.${r.outcome}`)}</p>}
      {!closed && r.subjectIds.length === 0 && (
        <>
          <p className="muted">{t('request.outcome.noData.help')}</p>
          <button type="button" onClick={() => act(() => invoke('request:closeWithOutcome', { requestId: r.id, outcome: 'no-data' }))}>
            {t('request.outcome.noData.close')}
          </button>
        </>
      )}
      {!closed && r.subjectIds.length > 0 && r.controllers.length === 0 && (
        <>
          <p className="muted">{t('request.outcome.refer.help')}</p>
          <button type="button" onClick={() => act(() => invoke('request:referToController', { requestId: r.id }))}>
            {t('request.outcome.refer')}
          </button>
        </>
      )}
      {r.controllers.map((c) => (
        <div key={c.controllerId} className="controller">
          <h3>
            {c.name} <code>{c.controllerId}</code>
          </h3>
          <p className="small">{[...c.contact.addressLines, c.contact.email, c.contact.phone].filter(Boolean).join(' · ')}</p>
          <p>
            {c.instruction
              ? t('request.outcome.instruction.recorded', {
                  instruction: t(`request.outcome.instruction.${c.instruction.kind}`),
                  date: formatDate(language, c.instruction.receivedOn),
                })
              : t('request.outcome.instruction.none')}
          </p>
          {!closed && (
            <form
              className="inline-form"
              aria-label={t('request.outcome.instruction.record', { name: c.name })}
              onSubmit={(e) => {
                e.preventDefault();
                const form = new FormData(e.currentTarget);
                const note = String(form.get('note') ?? '').trim();
                void act(() =>
                  invoke('request:recordInstruction', {
                    requestId: r.id,
                    controllerId: c.controllerId,
                    instruction,
                    receivedOn: String(form.get('receivedOn') ?? ''),
                    ...(note ? { note } : {}),
                  }),
                );
              }}
            >
              <label>
                {t('request.outcome.instruction')}
                <select value={instruction} onChange={(e) => setInstruction(e.target.value as ControllerInstruction)}>
                  {controllerInstructions.map((i) => (
                    <option key={i} value={i}>
                      {t(`request.outcome.instruction.${i}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('request.outcome.instruction.receivedOn')}
                <input name="receivedOn" type="date" required />
              </label>
              <label>
                {t('request.outcome.instruction.note')}
                <input name="note" maxLength={500} />
              </label>
              <button type="submit">{t('request.outcome.instruction.record', { name: c.name })}</button>
            </form>
          )}
        </div>
      ))}
      {!closed && r.controllers.length > 0 && (
        <button
          type="button"
          onClick={() => act(() => invoke('request:closeWithOutcome', { requestId: r.id, outcome: 'referred-to-controller' }))}
        >
          {t('request.outcome.closeReferred')}
        </button>
      )}
    </section>
  );
}
