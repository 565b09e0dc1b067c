import type { FormEvent } from 'react';
import { useState } from 'react';
import type { ChannelInput } from '../../shared/ipc/channels.ts';
import type { ApiError } from '../api.ts';
import { invoke, toApiError } from '../api.ts';
import { NextStep } from '../components/States.tsx';
import { useApp, useT } from '../store.ts';

/** Registers a request as it arrives; the due date is computed by the register (Art. 12(3)), not here. */
export function NewRequestForm({ onCancel, onCreated }: { onCancel: () => void; onCreated: (requestId: string) => void }) {
  const t = useT();
  const info = useApp((s) => s.info);
  const language = useApp((s) => s.language);
  const [form, setForm] = useState<ChannelInput<'request:create'>>({
    requesterName: '',
    requesterAddress: '',
    requesterEmail: '',
    kind: 'access',
    language,
    receivedOn: info?.today ?? '',
    channel: 'letter',
  });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => setForm((f) => ({ ...f, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const input = {
        ...form,
        requesterAddress: form.requesterAddress?.trim() || undefined,
        requesterEmail: form.requesterEmail?.trim() || undefined,
      };
      const created = await invoke('request:create', input);
      onCreated(created.id);
    } catch (e) {
      setError(toApiError(e));
      setBusy(false);
    }
  };

  return (
    <form
      className="panel form-grid"
      onSubmit={submit}
      aria-labelledby="new-request-title"
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <h2 id="new-request-title">{t('newRequest.title')}</h2>
      <label>
        {t('newRequest.name')}
        <input required autoFocus value={form.requesterName} onChange={(e) => set('requesterName', e.target.value)} />
      </label>
      <label>
        {t('newRequest.email')}
        <input type="email" value={form.requesterEmail} onChange={(e) => set('requesterEmail', e.target.value)} />
      </label>
      <label className="wide">
        {t('newRequest.address')}
        <input value={form.requesterAddress} onChange={(e) => set('requesterAddress', e.target.value)} />
      </label>
      <label>
        {t('newRequest.kind')}
        <select value={form.kind} onChange={(e) => set('kind', e.target.value as typeof form.kind)}>
          {(['access', 'portability', 'both'] as const).map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('newRequest.language')}
        <select value={form.language} onChange={(e) => set('language', e.target.value as typeof form.language)}>
          <option value="nl">{t('language.nl')}</option>
          <option value="en">{t('language.en')}</option>
        </select>
      </label>
      <label>
        {t('newRequest.received')}
        <input type="date" required value={form.receivedOn} onChange={(e) => set('receivedOn', e.target.value)} />
      </label>
      <label>
        {t('newRequest.channel')}
        <select value={form.channel} onChange={(e) => set('channel', e.target.value as typeof form.channel)}>
          {(['letter', 'email', 'portal', 'phone'] as const).map((c) => (
            <option key={c} value={c}>
              {t(`channel.${c}`)}
            </option>
          ))}
        </select>
      </label>
      {error && (
        <p className="form-error wide" role="alert">
          {error.describe(language)} <NextStep code={error.code} />
        </p>
      )}
      <div className="actions wide">
        <button type="submit" className="primary" disabled={busy}>
          {t('newRequest.create')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
