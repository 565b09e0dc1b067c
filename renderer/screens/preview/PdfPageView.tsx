import { useEffect, useRef, useState } from 'react';
import { useT } from '../../store.ts';
import type { PdfDocument } from './pdfDocument.ts';

/** Whether the element is in view or near it (a screen above and below), as IntersectionObserver sees it. */
function useNearView(ref: React.RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new IntersectionObserver((entries) => setNear(entries.some((entry) => entry.isIntersecting)), {
      rootMargin: '100% 0px',
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return near;
}

type PageState = 'waiting' | 'drawing' | 'drawn' | 'failed';

/**
 * One page of the PDF: drawn into its canvas at the screen's resolution while it is near the view,
 * released (canvas emptied) when it scrolls far away, so memory stays that of a few pages.
 */
export function PdfPageView({ document, number, ratio }: { document: PdfDocument; number: number; ratio: number }) {
  const t = useT();
  const item = useRef<HTMLLIElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const near = useNearView(item);
  const [state, setState] = useState<PageState>('waiting');
  useEffect(() => {
    const target = canvas.current;
    if (!near || !target) return;
    let live = true;
    let cancel: (() => void) | null = null;
    setState('drawing');
    document
      .page(number)
      .then((page) => {
        if (!live) return;
        const cssWidth = target.clientWidth || 794;
        const scale = (cssWidth / page.size(1).width) * (window.devicePixelRatio || 1);
        const size = page.size(scale);
        target.width = Math.floor(size.width);
        target.height = Math.floor(size.height);
        const task = page.render(target, scale);
        cancel = task.cancel;
        return task.done.then(() => live && setState('drawn'));
      })
      .catch(() => live && setState('failed'));
    return () => {
      live = false;
      cancel?.();
      // Out of view: give the bitmap back.
      target.width = 0;
      target.height = 0;
      setState('waiting');
    };
  }, [near, document, number]);
  return (
    <li ref={item} className="pdf-page" data-page={number} data-state={state}>
      <canvas
        ref={canvas}
        style={{ aspectRatio: String(ratio) }}
        role="img"
        aria-label={t('preview.pdf.page', { page: number, pages: document.pageCount })}
      />
      {state === 'failed' && <p className="notice notice-error">{t('preview.pdf.pageFailed', { page: number })}</p>}
    </li>
  );
}
