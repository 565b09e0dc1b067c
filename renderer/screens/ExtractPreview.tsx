import type { ExtractModel } from '../../shared/extract/extractModel.ts';

/**
 * The first layer of the extract as the person will read it, rendered from the same extract model as
 * the PDF (architecture.md: no renderer decides anything about the law). Texts are in the request's language.
 */
export function ExtractPreview({ model }: { model: ExtractModel }) {
  const h = (key: string) => model.texts[key] ?? key;
  return (
    <article className="extract-preview" lang={model.language}>
      <header>
        <p className="muted small">{[model.controller.name, ...model.controller.addressLines].join(' · ')}</p>
        <h2>
          {model.request.reference} · {model.request.requesterName}
        </h2>
        <p>{model.confirmation.text}</p>
      </header>
      <section>
        <h3>{h('heading.purposes')}</h3>
        <ul>
          {model.summary.purposes.map((p) => (
            <li key={p.id}>
              <strong>{p.label}</strong> — {p.legalBases.map((b) => `${b.article} ${b.label}`).join('; ')}
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h3>{h('heading.dataCategories')}</h3>
        <ul>
          {model.summary.dataCategories.map((c) => (
            <li key={c.id}>
              {c.label} ({c.recordCount})
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h3>{h('heading.retention')}</h3>
        <ul>
          {model.summary.retention.map((r) => (
            <li key={r.ruleId}>
              {r.label}: {r.explanation}
            </li>
          ))}
        </ul>
      </section>
      {model.withheld.length > 0 && (
        <section>
          <h3>{h('heading.withheld')}</h3>
          <ul>
            {model.withheld.map((w, i) => (
              <li key={i}>
                {w.recordKindLabel} {w.recordId}
                {w.fieldLabel ? ` · ${w.fieldLabel}` : ''}: {w.reasonText}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h3>{h('heading.rights')}</h3>
        <ul>
          {model.rights.map((r) => (
            <li key={r.id}>
              <strong>{r.label}</strong> ({r.article}) — {r.howTo}
            </li>
          ))}
        </ul>
        <h3>{h('heading.complaint')}</h3>
        <p>{model.complaint.text}</p>
      </section>
    </article>
  );
}
