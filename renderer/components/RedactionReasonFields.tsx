import type { RedactionReason } from '../../shared/extract/extractModel.ts';
import { redactionReasonSchema } from '../../shared/extract/extractModel.ts';
import { useT } from '../store.ts';

/** Whether the reason and note may be sent: "other" says nothing by itself, so it needs a note (Art. 15(4); the core checks it too). */
export function reasonComplete(reason: RedactionReason, note: string): boolean {
  return reason !== 'other' || note.trim() !== '';
}

/**
 * The reason for withholding and the note the person reads with it, as every withholding dialog asks
 * them (a field, a record, a whole case). With "Other reason" the note is required and says so.
 */
export function RedactionReasonFields({
  idPrefix,
  reason,
  note,
  onReason,
  onNote,
  showMissing,
  autofocus = true,
}: {
  idPrefix: string;
  reason: RedactionReason;
  note: string;
  onReason: (reason: RedactionReason) => void;
  onNote: (note: string) => void;
  /** After a submit attempt: say what is missing beside the field. */
  showMissing: boolean;
  /** Whether the reason is the dialog's first field (ModalDialog focuses `data-autofocus`). */
  autofocus?: boolean;
}) {
  const t = useT();
  const required = reason === 'other';
  const missing = showMissing && !reasonComplete(reason, note);
  return (
    <>
      <label>
        {t('review.reason')}
        <select data-autofocus={autofocus || undefined} value={reason} onChange={(e) => onReason(e.target.value as RedactionReason)}>
          {redactionReasonSchema.options.map((r) => (
            <option key={r} value={r}>
              {t(`reason.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {required ? t('review.noteRequired') : t('review.note')}
        <input
          value={note}
          onChange={(e) => onNote(e.target.value)}
          maxLength={500}
          required={required}
          aria-invalid={missing || undefined}
          aria-describedby={missing ? `${idPrefix}-note-missing` : undefined}
        />
      </label>
      {missing && (
        <p id={`${idPrefix}-note-missing`} className="field-error" role="alert">
          {t('review.noteMissing')}
        </p>
      )}
    </>
  );
}
