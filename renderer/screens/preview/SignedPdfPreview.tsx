import { useState } from 'react';
import { useT } from '../../store.ts';
import { PdfPreview } from './PdfPreview.tsx';

/**
 * On the Generate screen: the extract as it will be signed, on request (rendering the heavy subject
 * takes seconds of the worker's time, so it is not done each time the screen opens).
 */
export function SignedPdfPreview({ requestId }: { requestId: string }) {
  const t = useT();
  const [shown, setShown] = useState(false);
  return (
    <div className="signed-pdf-preview">
      <button type="button" aria-expanded={shown} onClick={() => setShown((s) => !s)}>
        {t(shown ? 'preview.pdf.hide' : 'preview.pdf.show')}
      </button>
      {shown && <PdfPreview requestId={requestId} />}
    </div>
  );
}
