import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/errors/domainError.ts';
import type { ExtractModel } from '../../shared/extract/extractModel.ts';
import type { CategoryReview } from '../../shared/extract/reviewDecisions.ts';
import type { RequestDetail } from '../../shared/ipc/types.ts';
import { reviewPageOf } from '../../shared/extract/reviewPages.ts';
import { ExtractReview } from '../../renderer/screens/ExtractReview.tsx';
import { sampleExtractModel } from '../helpers/sampleExtractModel.ts';
import { installFakeBridge, resetApp } from './fakeBridge.ts';
import { reviewChannels } from './reviewBridge.ts';

/** Issue 14.3: the review screen's features, against a fake bridge that answers like the core. */
describe('review features', () => {
  beforeEach(() => resetApp('en'));
  afterEach(cleanup);

  function setup(model: ExtractModel = sampleExtractModel({ language: 'en' })) {
    let marks: CategoryReview[] = [];
    const bridge = installFakeBridge({
      ...reviewChannels(model),
      'review:marks': () => marks,
      'review:mark': ({ categoryId, reviewed }) => {
        marks = reviewed ? [...marks.filter((m) => m.categoryId !== categoryId), { categoryId, by: 'Eva Bos', on: '2026-11-23' }] : [];
        return marks;
      },
      'redaction:add': ({ reason, note }) => {
        if (reason === 'other' && !note?.trim()) throw new DomainError('redaction.note-required', { reference: 'INZ-2026-0001' });
        return {} as RequestDetail;
      },
      'redaction:withholdCase': ({ caseId }) => ({ caseId, count: 7 }),
    });
    bridge.calls.length = 0;
    render(<ExtractReview requestId="INZ-2026-0001" />);
    return { bridge, model };
  }

  it('marks the category reviewed through the core and says who did and how many remain', async () => {
    const { bridge, model } = setup();
    const category = model.categories.find((c) => c.records.length > 0)!;
    const total = model.categories.filter((c) => c.records.length > 0).length;
    await screen.findByText(`${total} of ${total} categories not yet reviewed`);
    await userEvent.click(screen.getByRole('checkbox', { name: `Mark ${category.label} as reviewed` }));
    expect(bridge.calls.find((c) => c.channel === 'review:mark')?.input).toEqual({
      requestId: 'INZ-2026-0001',
      categoryId: category.id,
      reviewed: true,
    });
    await screen.findByText('Reviewed by Eva Bos on 23 Nov 2026');
    expect(screen.getByText(total === 1 ? 'All categories reviewed' : `${total - 1} of ${total} categories not yet reviewed`)).toBeTruthy();
  });

  it('filters the records of the category by any word, ignoring case and accents', async () => {
    const { model } = setup();
    const category = model.categories.reduce((a, b) => (b.records.length > a.records.length ? b : a));
    const record = category.records.at(-1)!;
    await userEvent.click(await screen.findByRole('button', { name: new RegExp(`^${category.label}`) }));
    await userEvent.type(screen.getByRole('searchbox', { name: `Filter the records of ${category.label}` }), record.recordId.toLowerCase());
    // The window filters through the core's page (shared/extract/reviewPages.ts); the count it shows is the core's.
    const page = (filter: string, m: ExtractModel = model) => reviewPageOf(m, { categoryId: category.id, offset: 0, limit: 200, filter });
    const expected = page(record.recordId).total;
    expect(expected).toBeLessThan(category.records.length);
    expect(await screen.findByText(`${expected} of ${category.records.length} records shown`)).toBeTruthy();
    expect(page('zzz-no-such-thing').total).toBe(0);
    // Diacritics fold both ways and every word must occur: a display text with "ü" is found by "u".
    const withAccent = { ...record, fields: [{ ...record.fields[0]!, display: 'Müller-Öztürk' }] };
    const accented: ExtractModel = {
      ...model,
      categories: model.categories.map((c) => (c.id === category.id ? { ...c, records: [withAccent] } : c)),
    };
    expect(page('muller oztURK', accented).records.map((r) => r.recordId)).toEqual([withAccent.recordId]);
    expect(page('muller nobody', accented).total).toBe(0);
  });

  const words = {
    en: {
      redactField: 'Redact field',
      redact: 'Redact',
      reason: 'Reason',
      required: /required with “Other reason”/,
      missing: 'Explain the reason: the person reads this note in the extract.',
    },
    nl: {
      redactField: 'Veld afschermen',
      redact: 'Afschermen',
      reason: 'Reden',
      required: /verplicht bij “Andere reden”/,
      missing: 'Licht de reden toe: de betrokkene leest deze toelichting in het overzicht.',
    },
  } as const;

  it.each(['en', 'nl'] as const)(
    'names record and field in the redaction dialog, refuses "Other" without a note, and closes on Escape (%s)',
    async (language) => {
      resetApp(language);
      const w = words[language];
      const { bridge, model } = setup(sampleExtractModel({ language }));
      const category = model.categories.find((c) => c.records.some((r) => !r.withheld && r.fields.some((f) => !f.redacted)))!;
      const record = category.records.find((r) => !r.withheld && r.fields.some((f) => !f.redacted))!;
      const field = record.fields.find((f) => !f.redacted)!;
      await userEvent.click(await screen.findByRole('button', { name: new RegExp(`^${category.label}`) }));
      const card = screen.getByRole('article', { name: `${record.recordKindLabel} ${record.recordId}` });
      const control = within(card).getByRole('button', { name: `${w.redactField}: ${field.label}` });
      expect(control.textContent).toBe(w.redact);
      await userEvent.click(control);
      const dialog = screen.getByRole('dialog');
      expect(dialog.getAttribute('aria-modal')).toBe('true');
      expect(within(dialog).getByText(`${record.recordKindLabel} ${record.recordId}`)).toBeTruthy();
      expect(within(dialog).getByText(field.label)).toBeTruthy();
      await userEvent.selectOptions(within(dialog).getByLabelText(w.reason), 'other');
      expect(within(dialog).getByLabelText(w.required)).toHaveProperty('required', true);
      await userEvent.click(within(dialog).getByRole('button', { name: w.redact }));
      expect(within(dialog).getByRole('alert').textContent).toBe(w.missing);
      expect(bridge.calls.some((c) => c.channel === 'redaction:add')).toBe(false);
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      await waitFor(() => expect(document.activeElement).toBe(control));
    },
  );

  it('withholds a whole case with one call and one reason, and reports the count', async () => {
    const { bridge, model } = setup();
    const caseId = model.categories.flatMap((c) => c.records).find((r) => r.caseId !== null)!.caseId!;
    await userEvent.click(await screen.findByRole('button', { name: 'Withhold a whole case…' }));
    const dialog = screen.getByRole('dialog');
    await userEvent.selectOptions(within(dialog).getByLabelText('Case'), caseId);
    await userEvent.selectOptions(within(dialog).getByLabelText('Reason'), 'other');
    await userEvent.type(within(dialog).getByLabelText(/Note for the person/), 'Court file');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Withhold the case' }));
    expect(bridge.calls.filter((c) => c.channel === 'redaction:withholdCase').map((c) => c.input)).toEqual([
      { requestId: 'INZ-2026-0001', caseId, reason: 'other', note: 'Court file' },
    ]);
    await screen.findByText(new RegExp(`7 records of case ${caseId} withheld\\.`));
  });

  it('shows the data of an automated decision as a table with labels, not as JSON', async () => {
    // The record of the decision as the assembler gives it: its stored inputs as the JSON they are kept in.
    const sample = sampleExtractModel({ language: 'en' });
    const decision = sample.automatedDecisions[0]!;
    const base = sample.categories[0]!.records[0]!;
    const record = {
      ...base,
      recordKind: 'automated_decisions',
      recordKindLabel: 'Automated decision',
      recordId: decision.decisionId,
      fields: [
        {
          name: 'inputs_json',
          label: 'Data used (variables)',
          value: '{"x":1}',
          display: JSON.stringify({ days_overdue: 94, income: 1 }),
          redacted: null,
        },
      ],
    };
    const category = { ...sample.categories[0]!, id: 'automated-decision', label: 'Automated decisions about you', records: [record] };
    setup({ ...sample, categories: [...sample.categories, category] });
    await userEvent.click(await screen.findByRole('button', { name: new RegExp(`^${category.label}`) }));
    const card = screen.getByRole('article', { name: `${record.recordKindLabel} ${record.recordId}` });
    const table = within(card).getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Data used', 'Value', 'What it means']);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(decision.variables.map((v) => v.label));
    expect(card.textContent).not.toMatch(/[{}]/);
  });
});
