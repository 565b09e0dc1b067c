import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExtractReview } from '../../../renderer/screens/ExtractReview.tsx';
import { ExtractPreview } from '../../../renderer/screens/preview/ExtractPreview.tsx';
import { texts } from '../../../shared/extract/texts.ts';
import { sampleExtractModel } from '../../helpers/sampleExtractModel.ts';
import { installFakeBridge, resetApp } from '../fakeBridge.ts';
import { reviewChannels } from '../reviewBridge.ts';

// The preview tab shows the PDF's pages (PdfPreview, tested in PdfPreview.test.tsx) with this text version beside them;
// pdf.js does not run in jsdom, so the document never opens here.
vi.mock('../../../renderer/screens/preview/pdfDocument.ts', () => ({ openPdf: () => new Promise(() => undefined) }));

/** The section headings (h3 for a part, h4 for a section in it) in document order. */
const sectionHeadings = (container: HTMLElement) => [...container.querySelectorAll('h3, h4')].map((h) => h.textContent);

describe('ExtractPreview', () => {
  afterEach(cleanup);

  it.each(['nl', 'en'] as const)('walks the model’s outline: its headings in order, each with its article (%s)', (language) => {
    const model = sampleExtractModel({ language });
    const { container } = render(<ExtractPreview model={model} />);
    expect(sectionHeadings(container)).toEqual(model.outline.map((section) => section.heading));
    expect(model.outline.map((section) => section.id)).toContain('decisions');
    for (const section of model.outline) {
      const region = screen.getByRole('region', { name: section.heading });
      expect(within(region).getByText(section.article)).toBeTruthy();
    }
    // The cover letter ends with the catalogue's closing formula, as the PDF's does.
    expect(screen.getByText(texts['letter.closing'][language])).toBeTruthy();
    expect(screen.queryByText(texts['letter.closing'][language === 'nl' ? 'en' : 'nl'])).toBeNull();
  });

  it('is what the review screen’s preview tab shows, in the extract’s language whatever the window’s language', async () => {
    resetApp('en');
    const model = sampleExtractModel({ language: 'nl' });
    installFakeBridge({
      ...reviewChannels(model),
      'extract:previewPdf': () => ({ pdf: Buffer.from('%PDF-1.7').toString('base64'), pageCount: 9, language: 'nl' }),
    });
    const { container } = render(<ExtractReview requestId="INZ-2026-0001" />);
    await userEvent.click(await screen.findByRole('tab', { name: 'Preview of the extract' }));
    // The PDF as it will be signed, and the first layer as text for a screen reader.
    await screen.findByText(/The PDF as it will be signed: 9 pages/);
    await userEvent.click(screen.getByText('Read the first layer as text'));
    const preview = container.querySelector('article.extract-preview') as HTMLElement;
    expect(sectionHeadings(preview)).toEqual(model.outline.map((section) => section.heading));
    expect(within(preview).getByRole('heading', { name: 'Waarvoor wij uw gegevens gebruiken en op welke grond' })).toBeTruthy();
  });
});
