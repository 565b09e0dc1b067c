import type { RequestStatus } from '../../shared/ipc/types.ts';
import { useT } from '../store.ts';

/** Deadline state at a glance (Art. 12(3): one month, extendable): red overdue, amber within 7 days, calm otherwise. */
export function DeadlineBadge({ daysLeft, paused = false }: { daysLeft: number | null; paused?: boolean }) {
  const t = useT();
  if (paused) return <span className="badge badge-paused">{t('deadline.paused')}</span>;
  if (daysLeft === null) return <span className="badge badge-closed">{t('deadline.closed')}</span>;
  if (daysLeft < 0) {
    const n = -daysLeft;
    return <span className="badge badge-overdue">{n === 1 ? t('deadline.overdueOne') : t('deadline.overdue', { n })}</span>;
  }
  const tone = daysLeft <= 7 ? 'badge-soon' : 'badge-ok';
  const text = daysLeft === 0 ? t('deadline.today') : daysLeft === 1 ? t('deadline.leftOne') : t('deadline.left', { n: daysLeft });
  return <span className={`badge ${tone}`}>{text}</span>;
}

export function StatusBadge({ status }: { status: RequestStatus }) {
  const t = useT();
  return <span className={`status status-${status}`}>{t(`status.${status}`)}</span>;
}
