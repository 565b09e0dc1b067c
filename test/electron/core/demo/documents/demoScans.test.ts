import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../../electron/core/db/openDatabase.ts';
import { DEMO_THIRD_PARTY_NAME } from '../../../../../electron/core/demo/demoDocuments.ts';
import type { DemoLandmarks } from '../../../../../electron/core/demo/landmarks.ts';
import { readLandmarks } from '../../../../../electron/core/demo/seedDatabase.ts';
import { seedTestDatabase } from '../../../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../../../helpers/tempDir.ts';

/** Debian's tesseract-ocr with Dutch and English data, as .ci/run installs it; without it this test says so and is skipped. */
function tesseractLanguages(): string[] {
  const run = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' });
  return run.status === 0 ? run.stdout.split('\n').map((line) => line.trim()) : [];
}
const languages = tesseractLanguages();
const ocrReady = languages.includes('nld') && languages.includes('eng');
if (!ocrReady)
  console.warn('demoScans.test.ts skipped: tesseract with nld+eng is not installed (apt-get install tesseract-ocr tesseract-ocr-nld)');

describe.skipIf(!ocrReady)('the demo scans are readable by tesseract -l nld+eng (issue 16.1)', () => {
  const suiteDir = useTempDirs('suite');
  let db: Db;
  let dir: string;
  let landmarks: DemoLandmarks;
  const ocr = (documentId: string): string => {
    const image = join(dir, `${documentId}.jpg`);
    writeFileSync(
      image,
      db.prepare('SELECT f.content FROM documents d JOIN document_files f USING (sha256) WHERE d.id = ?').pluck().get(documentId) as Buffer,
    );
    return execFileSync('tesseract', [image, '-', '-l', 'nld+eng'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  };

  beforeAll(() => {
    dir = suiteDir();
    ({ db } = seedTestDatabase(dir, 400));
    landmarks = readLandmarks(db)!;
  });
  afterAll(() => db.close());

  it('reads the debtor’s full name, case number and IBAN and the third party’s name from the mention scan', () => {
    const { caseId, debtor } = landmarks.sharedCase;
    const iban = db.prepare('SELECT iban FROM bank_accounts WHERE subject_id = ? ORDER BY id').pluck().get(debtor) as string;
    const text = ocr(landmarks.mentionScan).replace(/\s+/g, ' ');
    expect(text).toContain('Anna de Jong');
    expect(text).toContain(caseId);
    expect(text).toContain(iban);
    expect(text).toContain(DEMO_THIRD_PARTY_NAME);
  });

  it('reads the debtor’s own scanned letter', () => {
    const text = ocr(landmarks.documents.scannedLetter).replace(/\s+/g, ' ');
    expect(text).toContain('Anna de Jong');
    expect(text).toContain(landmarks.sharedCase.caseId);
    expect(text).toContain('betalen');
  });
});
