import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { invoke } from '../../api.ts';
import { ErrorState } from '../../components/States.tsx';
import { useT } from '../../store.ts';
import { useQuery } from '../../useQuery.ts';
import type { PdfDocument } from './pdfDocument.ts';
import { openPdf } from './pdfDocument.ts';
import { PdfPageView } from './PdfPageView.tsx';

function bytesOf(base64: string): Uint8Array {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/**
 * The extract as it will be signed (issue 14.4): the PDF the export's renderer makes from the same
 * model (extract:previewPdf), drawn page by page with pdf.js; only the pages in view are drawn, so
 * the heavy subject's hundreds of pages cost no more than a screenful. `revision` changes when a
 * redaction changes the model, so the pages follow. `children`: the same extract as text, for
 * reading with a screen reader (a canvas has no text).
 */
export function PdfPreview({ requestId, revision = 0, children }: { requestId: string; revision?: number; children?: ReactNode }) {
  const t = useT();
  const query = useQuery(() => invoke('extract:previewPdf', { requestId }), `${requestId}:${revision}`);
  if (query.state === 'loading')
    return (
      <p className="muted pdf-preparing" role="status" aria-live="polite">
        {t('preview.pdf.preparing')}
      </p>
    );
  if (query.state === 'error') return <ErrorState error={query.error} onRetry={query.reload} />;
  return (
    <section className="pdf-preview" aria-label={t('preview.pdf.title')}>
      <p className="muted small" role="status">
        {t('preview.pdf.note', { pages: query.value.pageCount })}
      </p>
      {children && (
        <details className="pdf-as-text">
          <summary>{t('preview.pdf.asText')}</summary>
          {children}
        </details>
      )}
      <PdfPages pdf={query.value.pdf} />
    </section>
  );
}

function PdfPages({ pdf }: { pdf: string }) {
  const t = useT();
  const [document, setDocument] = useState<PdfDocument | null>(null);
  const [ratio, setRatio] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    let opened: PdfDocument | null = null;
    setDocument(null);
    setFailed(false);
    openPdf(bytesOf(pdf))
      .then(async (doc) => {
        opened = doc;
        // Every page is A4 in the extract; the first page's proportions size the pages not drawn yet.
        const size = (await doc.page(1)).size(1);
        if (!live) return doc.close();
        setRatio(size.width / size.height);
        setDocument(doc);
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
      opened?.close();
    };
  }, [pdf]);
  if (failed)
    return (
      <p className="notice notice-error" role="alert">
        {t('preview.pdf.failed')}
      </p>
    );
  if (!document || ratio === null)
    return (
      <p className="muted" role="status">
        {t('preview.pdf.opening')}
      </p>
    );
  return (
    <ol className="pdf-pages">
      {Array.from({ length: document.pageCount }, (_, index) => (
        <PdfPageView key={index} document={document} number={index + 1} ratio={ratio} />
      ))}
    </ol>
  );
}
