import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../electron/core/db/openDatabase.ts';
import type { DemoLandmarks } from '../../../../electron/core/demo/landmarks.ts';
import { readLandmarks } from '../../../../electron/core/demo/seedDatabase.ts';
import { renderExtractPdf } from '../../../../electron/core/output/pdf/renderExtractPdf.ts';
import { loadDefaultPolicy } from '../../../../electron/core/policy/loadPolicy.ts';
import { subjectProfileLoader } from '../../../../electron/core/records/loadSubjectProfile.ts';
import { ExtractPreview } from '../../../../renderer/screens/preview/ExtractPreview.tsx';
import { assembleExtract } from '../../../../shared/extract/assembleExtract.ts';
import type { ExtractModel, ExtractRequest, Language } from '../../../../shared/extract/extractModel.ts';
import { texts } from '../../../../shared/extract/texts.ts';
import { seedTestDatabase } from '../../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

const languages = ['nl', 'en'] as const;

/** Every section heading the catalogue holds in `language`: what may count as a heading in the PDF's text. */
const catalogueHeadings = (language: Language) =>
  new Set<string>(
    Object.entries(texts)
      .filter(([key]) => key.startsWith('heading.'))
      .map(([, entry]) => entry[language]),
  );

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#x27);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'" })[e]!);

/** The preview component rendered to markup as the window renders it; its section headings (h3, h4) in document order. */
function previewOf(model: ExtractModel): { headings: string[]; text: string } {
  const html = renderToStaticMarkup(createElement(ExtractPreview, { model }));
  return { headings: [...html.matchAll(/<h([34])>(.*?)<\/h\1>/g)].map((m) => decode(m[2]!)), text: decode(html) };
}

/** The PDF as handed out (before signing), read back by poppler's pdftotext; the lines that are catalogue headings, in order. */
async function pdfOf(model: ExtractModel, dir: string): Promise<{ headings: string[]; text: string }> {
  const rendered = await renderExtractPdf(model, { signerName: 'Zoë Çelik', organisation: 'Test', signedAt: new Date(0), isDemo: true });
  const file = join(dir, `${model.request.reference}_${model.language}.pdf`);
  writeFileSync(file, rendered.pdf);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const candidates = catalogueHeadings(model.language);
  return {
    headings: text
      .split('\n')
      .filter((line) => candidates.has(line.trim()))
      .map((line) => line.trim()),
    text,
  };
}

describe('one outline of the extract: the preview and the PDF show the same headings in the same order', () => {
  const tempDir = useTempDirs('suite');
  let dir: string;
  let db: Db;
  let landmarks: DemoLandmarks;
  const extract = (subjectId: string, language: Language, extra: Partial<ExtractRequest> = {}) =>
    assembleExtract(
      subjectProfileLoader(db)([subjectId]),
      loadDefaultPolicy(),
      {
        reference: 'INZ-2026-0042',
        receivedOn: '2026-10-20',
        kind: 'both',
        language,
        requester: { name: 'Łukasz Müller-Öztürk' },
        subjectIds: [subjectId],
        clerk: 'Zoë Çelik',
        ...extra,
      },
      '2026-11-01',
    );

  beforeAll(() => {
    dir = tempDir();
    db = seedTestDatabase(dir, 200, 'outline').db;
    // The landmarks as the demo database records them in its meta table ('demo.landmarks').
    landmarks = readLandmarks(db)!;
    expect(landmarks).not.toBeNull();
    return () => db.close();
  });

  // People whose extracts differ in which sections they have: automated decisions, a co-debtor's data
  // withheld, a transfer outside the EEA, records held only as processor for a client.
  const people: [string, (l: DemoLandmarks) => string][] = [
    ['automated decisions', (l) => l.automatedDecisions],
    ['shared case (withheld data)', (l) => l.sharedCase.debtor],
    ['foreign transfer', (l) => l.foreignTransfer],
    ['invoice recipient (processor)', (l) => l.invoiceRecipient],
  ];

  for (const [who, pick] of people) {
    it.each(languages)(`${who}, %s: preview headings = pdftotext headings = the model's outline`, async (language) => {
      const model = extract(pick(landmarks), language);
      const preview = previewOf(model);
      const pdf = await pdfOf(model, dir);
      expect(preview.headings).toEqual(pdf.headings);
      expect(pdf.headings).toEqual(model.outline.map((section) => section.heading));
      // Each article reference appears in both, and the letter closes with the same formula.
      for (const section of model.outline) {
        expect(preview.text, section.id).toContain(section.article);
        expect(pdf.text.replace(/\s+/g, ' '), section.id).toContain(section.article);
      }
      const closing = texts['letter.closing'][language];
      expect(preview.text).toContain(closing);
      expect(pdf.text).toContain(closing);
    });
  }

  it('has the sections each person’s data call for, in the language of the request', () => {
    const ids = (model: ExtractModel) => model.outline.map((section) => section.id);
    expect(ids(extract(landmarks.automatedDecisions, 'en'))).toContain('decisions');
    expect(ids(extract(landmarks.clientContact, 'en'))).not.toContain('decisions');
    expect(ids(extract(landmarks.invoiceRecipient, 'nl'))).toContain('processorRecords');
    const nl = extract(landmarks.sharedCase.debtor, 'nl');
    const purposes = (model: ExtractModel) => model.outline.find((section) => section.id === 'purposes')!;
    expect(purposes(nl)).toMatchObject({
      heading: 'Waarvoor wij uw gegevens gebruiken en op welke grond',
      article: 'Art. 15 lid 1 onder a AVG',
    });
    expect(purposes(extract(landmarks.sharedCase.debtor, 'en'))).toMatchObject({
      heading: 'Why we use your data and on what legal basis',
      article: 'Art. 15(1)(a) GDPR',
    });
  });

  it.each(languages)('a redaction the clerk lifted adds its section to both, after what was withheld (%s)', async (language) => {
    const subjectId = landmarks.sharedCase.debtor;
    const automatic = extract(subjectId, language).withheld.find((entry) => entry.automatic)!;
    const model = extract(subjectId, language, {
      liftedRedactions: [
        {
          key: `${automatic.recordKind}:${automatic.recordId}:${automatic.field ?? '*'}`,
          by: 'C. Lerk',
          on: '2026-10-28',
          reason: 'Consent in writing',
        },
      ],
    });
    const heading = texts['heading.lifted'][language];
    const preview = previewOf(model);
    const pdf = await pdfOf(model, dir);
    expect(preview.headings).toEqual(pdf.headings);
    expect(pdf.headings[pdf.headings.indexOf(texts['heading.withheld'][language]) + 1]).toBe(heading);
    // Issue 12.4: both say whose data it is and the recorded reason, never as the person's own.
    const said = texts['otherPerson.lifted'][language].replace('{reason}', 'Consent in writing');
    const flat = (text: string) => text.replace(/\s+/g, ' ');
    expect(flat(preview.text)).toContain(said);
    expect(flat(pdf.text)).toContain(said);
  });
});
