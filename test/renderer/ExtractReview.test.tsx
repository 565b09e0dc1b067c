import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExtractModel } from '../../shared/extract/extractModel.ts';
import { ExtractReview } from '../../renderer/screens/ExtractReview.tsx';
import { sampleExtractModel } from '../helpers/sampleExtractModel.ts';
import { installFakeBridge, resetApp } from './fakeBridge.ts';

describe('ExtractReview', () => {
  beforeEach(() => resetApp('en'));
  afterEach(cleanup);

  it('shows records by category with purposes and retention, and redacts a field with a reason', async () => {
    const model: ExtractModel = sampleExtractModel();
    const category = model.categories.find((c) => c.records.length > 0)!;
    const record = category.records[0]!;
    const field = record.fields.find((f) => !f.redacted)!;
    const bridge = installFakeBridge({
      'extract:preview': () => model,
      'redaction:add': () => {
        throw new Error('unused');
      },
    });
    bridge.calls.length = 0;
    render(<ExtractReview requestId="INZ-2026-0001" />);
    expect(await screen.findByRole('heading', { name: category.label })).toBeTruthy();
    expect(screen.getByText('Purposes')).toBeTruthy();
    const card = screen.getByRole('article', { name: `${record.recordKindLabel} ${record.recordId}` });
    await userEvent.click(within(card).getByRole('button', { name: `Redact field: ${field.label}` }));
    const dialog = screen.getByRole('dialog');
    await userEvent.selectOptions(within(dialog).getByLabelText('Reason'), 'third-party-data');
    await userEvent.type(within(dialog).getByLabelText(/Note for the person/), 'co-debtor');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Redact' }));
    expect(bridge.calls.find((c) => c.channel === 'redaction:add')?.input).toEqual({
      requestId: 'INZ-2026-0001',
      recordKind: record.recordKind,
      recordId: record.recordId,
      field: field.name,
      reason: 'third-party-data',
      note: 'co-debtor',
    });
  });
});
