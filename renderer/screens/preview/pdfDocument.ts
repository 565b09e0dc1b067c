import type { PDFDocumentProxy, PDFPageProxy, RenderTask } from 'pdfjs-dist';

/** One page, as the preview needs it: its size at a scale, and drawing it into a canvas (cancellable). */
export interface PdfPage {
  size(scale: number): { width: number; height: number };
  render(canvas: HTMLCanvasElement, scale: number): { done: Promise<void>; cancel(): void };
}

export interface PdfDocument {
  pageCount: number;
  page(number: number): Promise<PdfPage>;
  close(): void;
}

let workerPort: Worker | null = null;

/**
 * Opens PDF bytes with pdf.js, loaded on first use (its own chunk) with its worker from the renderer's
 * bundle (vite `?worker`): nothing is fetched from the network (connect-src 'none') and nothing is
 * compiled from strings (isEvalSupported false: the CSP has no 'unsafe-eval'). The fonts are embedded
 * in the extract, so no standard font data is needed.
 */
export async function openPdf(data: Uint8Array): Promise<PdfDocument> {
  const [pdfjs, { default: PdfWorker }] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?worker')]);
  workerPort ??= new PdfWorker();
  pdfjs.GlobalWorkerOptions.workerPort = workerPort;
  const document = await pdfjs.getDocument({ data, isEvalSupported: false, disableAutoFetch: true, disableStream: true, enableXfa: false })
    .promise;
  return wrapDocument(document);
}

function wrapDocument(document: PDFDocumentProxy): PdfDocument {
  return {
    pageCount: document.numPages,
    page: async (number) => wrapPage(await document.getPage(number)),
    close: () => void document.destroy(),
  };
}

function wrapPage(page: PDFPageProxy): PdfPage {
  return {
    size: (scale) => {
      const viewport = page.getViewport({ scale });
      return { width: viewport.width, height: viewport.height };
    },
    render: (canvas, scale) => {
      const task: RenderTask = page.render({ canvas, viewport: page.getViewport({ scale }) });
      return { done: task.promise, cancel: () => task.cancel() };
    },
  };
}
