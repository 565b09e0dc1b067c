import { useState } from 'react';
import type { RequestDetail } from '../../../shared/ipc/types.ts';
import { ModalDialog } from '../../components/ModalDialog.tsx';
import { useT } from '../../store.ts';

/**
 * When nobody matches, the search is not a dead end: Art. 15(1) GDPR first asks whether data are
 * processed at all, and "no" answers it (requests/useCases/outcomes.ts). Closing is final, so it is confirmed.
 */
export function NoDataOffer({ request, onClose }: { request: RequestDetail; onClose: () => Promise<void> }) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <section className="panel no-data-offer" aria-labelledby="no-data-title">
      <h2 id="no-data-title">{t('search.noData.title')}</h2>
      <p className="muted">{t('search.noData.help')}</p>
      <button type="button" onClick={() => setAsking(true)}>
        {t('search.noData.close')}
      </button>
      {asking && (
        <ModalDialog titleId="no-data-confirm-title" onClose={() => setAsking(false)}>
          <h2 id="no-data-confirm-title">{t('search.noData.confirmTitle', { ref: request.reference })}</h2>
          <p>{t('search.noData.confirmBody')}</p>
          <div className="actions">
            <button
              type="button"
              className="primary"
              data-autofocus
              disabled={busy}
              onClick={() => {
                setBusy(true);
                void onClose().finally(() => setBusy(false));
              }}
            >
              {t('search.noData.confirm')}
            </button>
            <button type="button" onClick={() => setAsking(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </ModalDialog>
      )}
    </section>
  );
}
