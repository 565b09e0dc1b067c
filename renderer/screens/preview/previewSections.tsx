import type { ReactNode } from 'react';
import type { ExtractModel, SectionId } from '../../../shared/extract/extractModel.ts';
import { formatDate } from '../../../shared/extract/format.ts';
import { namedRecipientLine } from '../../../shared/extract/recipients.ts';
import type { ExtractTexts } from '../../../shared/extract/texts.ts';

type Body = (props: { model: ExtractModel; t: ExtractTexts }) => ReactNode;

/**
 * What the preview shows under each heading of the outline: the first layer in full, the copy as its
 * categories (the records themselves are on the Records tab), then decisions, what was withheld, rights.
 * A part heading with nothing of its own before its first section (the summary) has no body, as in the PDF.
 */
export const sectionBodies: Record<SectionId, Body | null> = {
  summary: null,
  confirmation: ({ model }) => <p>{model.confirmation.text}</p>,
  purposes: ({ model }) => (
    <ul>
      {model.summary.purposes.map((p) => (
        <li key={p.id}>
          <strong>{p.label}</strong> — {p.legalBases.map((b) => `${b.article} ${b.label}`).join('; ')}
        </li>
      ))}
    </ul>
  ),
  dataCategories: ({ model }) => (
    <ul>
      {model.summary.dataCategories.map((c) => (
        <li key={c.id}>
          {c.label} ({c.recordCount})
        </li>
      ))}
    </ul>
  ),
  // Every actual recipient by name with its dates (C-154/21), then the categories where none is named; as in the PDF.
  recipients: ({ model, t }) => (
    <>
      {model.summary.actualRecipients.length === 0 ? (
        <p>{t('summary.noActualRecipients')}</p>
      ) : (
        <>
          <p>{t('summary.actualRecipientsIntro')}</p>
          <ul>
            {model.summary.actualRecipients.map((r) => (
              <li key={`${r.recipientName}|${r.recipientCategory.id}|${r.country}`}>{namedRecipientLine(r, model.language)}</li>
            ))}
          </ul>
          <p>{t('summary.actualRecipients', { count: model.summary.actualRecipientCount })}</p>
        </>
      )}
      {model.summary.recipientCategories.length > 0 && (
        <>
          <p>{t('summary.otherRecipientCategories')}</p>
          <ul>
            {model.summary.recipientCategories.map((r) => (
              <li key={r.id}>{r.label}</li>
            ))}
          </ul>
        </>
      )}
    </>
  ),
  retention: ({ model, t }) => (
    <ul>
      {model.summary.retention.map((r) => (
        <li key={r.ruleId}>
          <strong>
            {r.label} ({t('summary.recordsCount', { count: r.recordCount })})
          </strong>
          : {r.explanation}
        </li>
      ))}
    </ul>
  ),
  rightsShort: ({ t }) => <p>{t('summary.rightsShort')}</p>,
  sources: ({ model }) => (
    <ul>
      {model.summary.sources.map((s) => (
        <li key={s.id}>
          {s.label}: {s.description}
        </li>
      ))}
    </ul>
  ),
  automatedDecisions: ({ model, t }) => {
    const count = model.summary.automatedDecisionCount;
    return <p>{count > 0 ? t('summary.decisionsCount', { count }) : t('summary.noDecisions')}</p>;
  },
  transfers: ({ model, t }) =>
    model.transfers.length === 0 ? (
      <p>{t('summary.noTransfers')}</p>
    ) : (
      <ul>
        {model.transfers.map((transfer, i) => (
          <li key={i}>
            {transfer.countryName}: {transfer.recipientName} ({transfer.recipientCategory}),{' '}
            {formatDate(transfer.disclosedOn, model.language)}. {transfer.description}
          </li>
        ))}
      </ul>
    ),
  copy: ({ model, t }) => (
    <>
      <p>{t('copy.intro')}</p>
      <ul>
        {model.categories
          .filter((c) => c.records.length > 0)
          .map((c) => (
            <li key={c.id}>
              {c.label} ({t('summary.recordsCount', { count: c.records.length })})
            </li>
          ))}
      </ul>
    </>
  ),
  decisions: ({ model, t }) => (
    <ul>
      {model.automatedDecisions.map((d) => (
        <li key={d.decisionId}>
          {t('decision.title', { id: d.decisionId, date: formatDate(d.decidedOn, model.language) })}: {d.outcome.label}
        </li>
      ))}
    </ul>
  ),
  processorRecords: ({ model, t }) => (
    <>
      {model.processorRecords.map((section) => (
        <div key={section.controllerName}>
          <p>{section.notice}</p>
          <p>
            <strong>{t('processor.controller', { name: section.controllerName, contact: section.controllerContact })}</strong> (
            {t('summary.recordsCount', { count: section.recordCount })})
          </p>
        </div>
      ))}
    </>
  ),
  withheld: ({ model, t }) =>
    model.withheld.length === 0 ? (
      <p>{t('withheld.none')}</p>
    ) : (
      <>
        <p>{t('withheld.intro')}</p>
        <ul>
          {model.withheld.map((w, i) => (
            <li key={i}>
              {w.recordKindLabel} {w.recordId}
              {w.fieldLabel ? ` · ${w.fieldLabel}` : ''}: {w.reasonText}
            </li>
          ))}
        </ul>
      </>
    ),
  lifted: ({ model, t }) => (
    <>
      <p>{t('lifted.intro')}</p>
      <ul>
        {(model.liftedRedactions ?? []).map((entry, i) => (
          <li key={i}>
            {entry.recordKind} {entry.recordId}
            {entry.field ? ` · ${entry.field}` : ''}: {t('otherPerson.lifted', { reason: entry.reason })} ({entry.by},{' '}
            {formatDate(entry.on, model.language)})
          </li>
        ))}
      </ul>
    </>
  ),
  portability: ({ model, t }) => (
    <>
      <p>{model.portability.explanation}</p>
      {(
        [
          ['portability.included', model.portability.included],
          ['portability.excluded', model.portability.excluded],
        ] as const
      )
        .filter(([, rows]) => rows.length > 0)
        .map(([title, rows]) => (
          <div key={title}>
            <p>
              <strong>{t(title)}</strong>
            </p>
            <ul>
              {rows.map((row) => (
                <li key={`${row.recordKind}|${row.reason}`}>
                  {row.recordKindLabel} ({row.recordCount}): {row.reason}
                </li>
              ))}
            </ul>
          </div>
        ))}
    </>
  ),
  rights: ({ model }) => (
    <ul>
      {model.rights.map((r) => (
        <li key={r.id}>
          <strong>{r.label}</strong> ({r.article}) — {r.howTo}
        </li>
      ))}
    </ul>
  ),
  complaint: ({ model }) => (
    <>
      <p>{model.complaint.text}</p>
      <p className="muted">
        {[model.complaint.authorityName, ...model.complaint.addressLines, model.complaint.website].filter(Boolean).join(' · ')}
      </p>
    </>
  ),
};
