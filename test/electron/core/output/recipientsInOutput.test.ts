import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../electron/core/db/openDatabase.ts';
import { renderExtractPdf } from '../../../../electron/core/output/pdf/renderExtractPdf.ts';
import { loadDefaultPolicy } from '../../../../electron/core/policy/loadPolicy.ts';
import { subjectProfileLoader } from '../../../../electron/core/records/loadSubjectProfile.ts';
import { ExtractPreview } from '../../../../renderer/screens/preview/ExtractPreview.tsx';
import { assembleExtract } from '../../../../shared/extract/assembleExtract.ts';
import type { ExtractModel, Language } from '../../../../shared/extract/extractModel.ts';
import { formatDate } from '../../../../shared/extract/format.ts';
import { fill } from '../../../../shared/extract/texts.ts';
import { seedTestDatabase } from '../../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

const flat = (text: string) => text.replace(/\s+/g, ' ');
const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#x27);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'" })[e]!);

/**
 * Issue 12.5 in the outputs: the signed PDF (read back by poppler's pdftotext, an independent reader) and the
 * preview name the printer, the court and the address-update service with their dates, in Dutch and English.
 */
describe('actual recipients in the PDF and the preview', () => {
  const suiteDir = useTempDirs('suite');
  let dir: string;
  let db: Db;
  let person: string;
  let recipients: { name: string; kind: string; on: string }[];
  beforeAll(() => {
    dir = suiteDir();
    db = seedTestDatabase(dir, 300, 'recipients-output').db;
    person = db
      .prepare(
        `SELECT p.subject_id FROM case_parties p WHERE p.role = 'debtor'
           AND EXISTS (SELECT 1 FROM external_lookups l WHERE l.subject_id = p.subject_id AND l.provider_kind = 'address-update')
           AND EXISTS (SELECT 1 FROM legal_steps s WHERE s.subject_id = p.subject_id)
           AND (SELECT count(*) FROM case_parties q WHERE q.subject_id = p.subject_id) < 4
         ORDER BY 1 LIMIT 1`,
      )
      .pluck()
      .get() as string;
    recipients = db
      .prepare(
        `SELECT o.name, o.kind, d.disclosed_on AS "on" FROM disclosures d JOIN organisations o ON o.id = d.recipient_id
         WHERE d.subject_id = ? AND o.kind IN ('printer', 'court', 'address-service') ORDER BY d.disclosed_on`,
      )
      .all(person) as { name: string; kind: string; on: string }[];
  });
  afterAll(() => db.close());

  const extract = (language: Language): ExtractModel =>
    assembleExtract(
      subjectProfileLoader(db)([person]),
      loadDefaultPolicy(),
      {
        reference: 'INZ-2026-0127',
        receivedOn: '2026-10-20',
        kind: 'access',
        language,
        requester: { name: 'Requester' },
        subjectIds: [person],
        clerk: 'C. Lerk',
      },
      '2026-11-01',
    );

  for (const language of ['nl', 'en'] as const) {
    it(`names every recipient with its dates in the PDF, in the first layer and under the records (${language})`, async () => {
      expect(new Set(recipients.map((r) => r.kind))).toEqual(new Set(['printer', 'court', 'address-service']));
      const model = extract(language);
      const rendered = await renderExtractPdf(model, { signerName: 'C. Lerk', organisation: 'Test', signedAt: new Date(0), isDemo: true });
      const file = join(dir, `recipients_${language}.pdf`);
      writeFileSync(file, rendered.pdf);
      const text = flat(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 }));
      expect(text).toContain(flat(fill('summary.actualRecipientsIntro', language)));
      expect(text).toContain(fill('table.recipients', language));
      for (const recipient of recipients) {
        expect(text).toContain(recipient.name);
        expect(text).toContain(formatDate(recipient.on, language));
      }
      // The printer named once in the first layer, with the day of every letter it posted.
      const printer = model.summary.actualRecipients.find((r) => r.recipientCategory.id === 'processor-postal')!;
      const printed = recipients.filter((r) => r.kind === 'printer').map((r) => r.on);
      expect(printer.dates).toEqual([...new Set(printed)]);
      expect(text).toContain(
        flat(
          `${printer.recipientName} (${printer.recipientCategory.label}): ${printer.dates.map((d) => formatDate(d, language)).join(', ')}`,
        ),
      );
    });

    it(`shows the same named recipients in the preview (${language})`, () => {
      const model = extract(language);
      const preview = flat(decode(renderToStaticMarkup(createElement(ExtractPreview, { model }))));
      expect(preview).toContain(flat(fill('summary.actualRecipientsIntro', language)));
      for (const recipient of recipients) expect(preview).toContain(recipient.name);
      if (model.summary.recipientCategories.length > 0) expect(preview).toContain(flat(fill('summary.otherRecipientCategories', language)));
    });
  }
});
