import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExtractModel } from '../../shared/extract/extractModel.ts';
import type { RequestDetail } from '../../shared/ipc/types.ts';
import { ExtractReview } from '../../renderer/screens/ExtractReview.tsx';
import { sampleExtractModel } from '../helpers/sampleExtractModel.ts';
import { installFakeBridge, resetApp } from './fakeBridge.ts';
import { reviewChannels } from './reviewBridge.ts';

describe('ExtractReview', () => {
  beforeEach(() => resetApp('en'));
  afterEach(cleanup);

  it('shows records by category with purposes and retention, and redacts a field with a reason', async () => {
    const model: ExtractModel = sampleExtractModel();
    const category = model.categories.find((c) => c.records.length > 0)!;
    const record = category.records[0]!;
    const field = record.fields.find((f) => !f.redacted)!;
    const bridge = installFakeBridge({
      ...reviewChannels(model),
      'redaction:add': () => {
        throw new Error('unused');
      },
    });
    bridge.calls.length = 0;
    render(<ExtractReview requestId="INZ-2026-0001" />);
    expect(await screen.findByRole('heading', { name: category.label })).toBeTruthy();
    expect(screen.getByText('Purposes')).toBeTruthy();
    const card = await screen.findByRole('article', { name: `${record.recordKindLabel} ${record.recordId}` });
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

  it.each(['en', 'nl'] as const)(
    'asks for a reason and a confirmation before lifting an automatic withholding of another person’s data (%s)',
    async (language) => {
      resetApp(language);
      const model: ExtractModel = sampleExtractModel({ language });
      const automatic = model.withheld.find((w) => w.automatic && w.field !== null)!;
      const record = model.categories.flatMap((c) => c.records).find((r) => r.recordId === automatic.recordId)!;
      const category = model.categories.find((c) => c.records.includes(record))!;
      const bridge = installFakeBridge({ ...reviewChannels(model), 'redaction:remove': () => ({}) as RequestDetail });
      bridge.calls.length = 0;
      render(<ExtractReview requestId="INZ-2026-0001" />);
      await userEvent.click(await screen.findByRole('button', { name: new RegExp(category.label) }));
      const card = await screen.findByRole('article', { name: `${record.recordKindLabel} ${record.recordId}` });
      const undo = language === 'nl' ? 'Afscherming ongedaan maken' : 'Undo redaction';
      await userEvent.click(within(card).getByRole('button', { name: `${undo}: ${automatic.fieldLabel!}` }));
      const dialog = screen.getByRole('dialog');
      const submit = within(dialog).getByRole('button', { name: language === 'nl' ? 'Verstrekken' : 'Disclose' });
      expect(submit).toHaveProperty('disabled', true);
      await userEvent.type(
        within(dialog).getByLabelText(language === 'nl' ? /Reden om het te verstrekken/ : /Reason for disclosing/),
        'Consent',
      );
      expect(submit).toHaveProperty('disabled', true);
      await userEvent.click(within(dialog).getByRole('checkbox'));
      expect(submit).toHaveProperty('disabled', false);
      await userEvent.click(submit);
      expect(bridge.calls.find((c) => c.channel === 'redaction:remove')?.input).toEqual({
        requestId: 'INZ-2026-0001',
        recordKind: automatic.recordKind,
        recordId: automatic.recordId,
        field: automatic.field,
        reason: 'Consent',
        confirmed: true,
      });
    },
  );

  it('shows on a record that it is another person’s data, and why it is shown', async () => {
    const model: ExtractModel = sampleExtractModel({ language: 'en' });
    const category = model.categories.find((c) => c.records.length > 0)!;
    const text = 'Another person’s data, disclosed for a recorded reason: Consent';
    category.records[0] = { ...category.records[0]!, otherPerson: [{ basis: 'lifted', text }] };
    installFakeBridge(reviewChannels(model));
    render(<ExtractReview requestId="INZ-2026-0001" />);
    const record = category.records[0];
    const card = await screen.findByRole('article', { name: `${record.recordKindLabel} ${record.recordId}` });
    expect(within(card).getByText(text)).toBeTruthy();
  });
  for (const language of ['en', 'nl'] as const) {
    it(`shows under a legal hold the normal date it suspends and flags a period that ended before the hold (${language})`, async () => {
      resetApp(language);
      const model: ExtractModel = sampleExtractModel({ language });
      const category = model.categories.find((c) => c.records.length > 1)!;
      const [held, heldInTime] = category.records;
      held!.retention = { ...held!.retention, status: 'hold', until: null, suspendedUntil: '2022-08-30', endedBeforeHold: true };
      heldInTime!.retention = {
        ...heldInTime!.retention,
        status: 'hold',
        until: null,
        suspendedUntil: '2031-01-31',
        endedBeforeHold: false,
      };
      installFakeBridge(reviewChannels(model));
      render(<ExtractReview requestId="INZ-2026-0001" />);
      const card = await screen.findByRole('article', { name: `${held!.recordKindLabel} ${held!.recordId}` });
      const words =
        language === 'en'
          ? { suspended: 'normally until 2022-08-30, suspended by a legal hold', flag: /Normal period had ended before the hold began/ }
          : { suspended: 'normaal tot 2022-08-30, opgeschort door een juridische bewaarplicht', flag: /Gewone termijn was al verstreken/ };
      expect(within(card).getByText(words.suspended)).toBeTruthy();
      expect(within(card).getByRole('note').textContent).toMatch(words.flag);
      const inTime = screen.getByRole('article', { name: `${heldInTime!.recordKindLabel} ${heldInTime!.recordId}` });
      expect(within(inTime).getByText(/2031-01-31/)).toBeTruthy();
      expect(within(inTime).queryByRole('note')).toBeNull();
    });
  }
});
