import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PdfDocument } from '../../../renderer/screens/preview/pdfDocument.ts';
import { PdfPreview } from '../../../renderer/screens/preview/PdfPreview.tsx';
import { installFakeBridge, resetApp } from '../fakeBridge.ts';

// pdf.js itself does not run in jsdom (no canvas, no worker): the adapter is replaced by one that records what it is asked to draw.
const pdf = vi.hoisted(() => ({ open: vi.fn<(data: Uint8Array) => Promise<PdfDocument>>() }));
vi.mock('../../../renderer/screens/preview/pdfDocument.ts', () => ({ openPdf: pdf.open }));

/** IntersectionObserver as the page's scrolling would drive it: the test says which pages are near the view. */
class FakeObserver {
  static all = new Set<FakeObserver>();
  elements: Element[] = [];
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeObserver.all.add(this);
  }
  observe(element: Element) {
    this.elements.push(element);
  }
  disconnect() {
    FakeObserver.all.delete(this);
  }
  static near(pages: number[]) {
    for (const observer of FakeObserver.all)
      observer.callback(
        observer.elements.map((target) => ({ target, isIntersecting: pages.includes(Number(target.getAttribute('data-page'))) })) as never,
        observer as never,
      );
  }
}

function fakeDocument(pageCount: number) {
  const drawn: number[] = [];
  const cancelled: number[] = [];
  const doc: PdfDocument = {
    pageCount,
    close: vi.fn(),
    page: async (number) => ({
      size: (scale) => ({ width: 595 * scale, height: 842 * scale }),
      render: () => {
        drawn.push(number);
        return { done: Promise.resolve(), cancel: () => cancelled.push(number) };
      },
    }),
  };
  return { doc, drawn, cancelled };
}

const bytes = Buffer.from('%PDF-1.7 the extract');

describe('PdfPreview: the extract as it will be signed (issue 14.4)', () => {
  beforeEach(() => {
    resetApp('en');
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    pdf.open.mockReset();
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('opens the PDF the core rendered for the request and draws only the pages near the view', async () => {
    const { doc, drawn } = fakeDocument(40);
    pdf.open.mockResolvedValue(doc);
    const bridge = installFakeBridge({ 'extract:previewPdf': () => ({ pdf: bytes.toString('base64'), pageCount: 40, language: 'en' }) });
    render(<PdfPreview requestId="INZ-2026-0001" />);
    expect(screen.getByRole('status').textContent).toMatch(/Preparing the PDF/);
    await screen.findByRole('img', { name: 'Page 1 of 40' });
    expect(bridge.calls).toEqual([{ channel: 'extract:previewPdf', input: { requestId: 'INZ-2026-0001' } }]);
    expect(Buffer.from(pdf.open.mock.calls[0]![0]).equals(bytes)).toBe(true);
    expect(screen.getAllByRole('img')).toHaveLength(40);
    expect(screen.getByText(/40 pages/)).toBeTruthy();
    expect(drawn).toEqual([]);

    await act(async () => FakeObserver.near([1, 2]));
    expect(drawn.sort((a, b) => a - b)).toEqual([1, 2]);
    const item = (n: number) => document.querySelector(`li.pdf-page[data-page="${n}"]`)!;
    expect(item(1).getAttribute('data-state')).toBe('drawn');
    expect(item(3).getAttribute('data-state')).toBe('waiting');
    expect(item(1).querySelector('canvas')!.width).toBeGreaterThan(0);

    // Scrolled to the end: the last pages are drawn, the first ones give their bitmaps back.
    await act(async () => FakeObserver.near([39, 40]));
    expect(drawn.sort((a, b) => a - b)).toEqual([1, 2, 39, 40]);
    expect(item(1).getAttribute('data-state')).toBe('waiting');
    expect(item(1).querySelector('canvas')!.width).toBe(0);
    expect(item(40).getAttribute('data-state')).toBe('drawn');
  });

  it('asks again when the model changes (a redaction), and closes the old document', async () => {
    const first = fakeDocument(3);
    const second = fakeDocument(4);
    pdf.open.mockResolvedValueOnce(first.doc).mockResolvedValueOnce(second.doc);
    let calls = 0;
    installFakeBridge({ 'extract:previewPdf': () => ({ pdf: bytes.toString('base64'), pageCount: 3 + calls++, language: 'en' }) });
    const { rerender } = render(<PdfPreview requestId="INZ-2026-0001" revision={0} />);
    await screen.findByRole('img', { name: 'Page 1 of 3' });
    rerender(<PdfPreview requestId="INZ-2026-0001" revision={1} />);
    await screen.findByRole('img', { name: 'Page 1 of 4' });
    expect(first.doc.close).toHaveBeenCalled();
  });

  it('says so when the PDF cannot be shown, in the clerk’s language', async () => {
    resetApp('nl');
    pdf.open.mockRejectedValue(new Error('broken'));
    installFakeBridge({ 'extract:previewPdf': () => ({ pdf: bytes.toString('base64'), pageCount: 1, language: 'nl' }) });
    render(<PdfPreview requestId="INZ-2026-0001" />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/De pdf kon niet worden getoond/);
  });
});
