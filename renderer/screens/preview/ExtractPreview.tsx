import { coverLetter } from '../../../shared/extract/coverLetter.ts';
import type { ExtractModel } from '../../../shared/extract/extractModel.ts';
import { textsIn } from '../../../shared/extract/texts.ts';
import { sectionBodies } from './previewSections.tsx';

/**
 * The extract as the person will read it, from the same model as the PDF (architecture.md: no renderer
 * decides anything about the law): the cover letter, then the model's outline walked in order, each
 * heading and article reference exactly as the PDF prints them. Every word comes from the model or the
 * extract's one text catalogue (shared/extract/texts.ts), never from the window's own i18n.
 */
export function ExtractPreview({ model }: { model: ExtractModel }) {
  const t = textsIn(model.language);
  const letter = coverLetter(model);
  const [clerk, team] = letter.signatory;
  return (
    <article className="extract-preview" lang={model.language}>
      <header>
        <p className="muted small">{[model.controller.name, ...model.controller.addressLines].join(' · ')}</p>
        <h2>
          {model.request.reference} · {model.request.requesterName}
        </h2>
      </header>
      <section className="preview-letter">
        <p>
          <strong>{letter.subject}</strong>
        </p>
        <p>{letter.salutation}</p>
        {letter.paragraphs.map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
        <p>
          <strong>{letter.enclosedHeading}</strong>
        </p>
        <ul>
          {letter.enclosed.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <p>{letter.signedNote}</p>
        <p>{letter.closing}</p>
        <p>
          <strong>{clerk}</strong>
          <br />
          <span className="muted">{team}</span>
        </p>
      </section>
      {model.outline.map((section) => {
        const Heading = section.level === 1 ? 'h3' : 'h4';
        const Body = sectionBodies[section.id];
        return (
          <section key={section.id} aria-label={section.heading}>
            <Heading>{section.heading}</Heading>
            <p className="muted small">{section.article}</p>
            {Body && <Body model={model} t={t} />}
          </section>
        );
      })}
    </article>
  );
}
