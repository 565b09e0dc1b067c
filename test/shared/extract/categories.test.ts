import { describe, expect, it } from 'vitest';
import { readLandmarks } from '../../../electron/core/demo/seedDatabase.ts';
import { seedTestDatabase } from '../../helpers/demoDatabase.ts';
import { demoExtractModel } from '../../helpers/demoExtractModel.ts';
import { useTempDirs } from '../../helpers/tempDir.ts';

/**
 * Issue 14.3: a category header never shows blank purposes or source. It did for a category whose
 * records are all another person's, withheld (Art. 15(4)): its purposes came only from the records shown.
 */
describe('category sections on the demo database', () => {
  const tempDir = useTempDirs();

  it('give every category its purposes (with legal bases) and sources, also when all its records are withheld', () => {
    const { db } = seedTestDatabase(tempDir(), 400, 'category-headers');
    const landmarks = readLandmarks(db)!;
    const subjects = new Set<string>();
    for (const value of Object.values(landmarks)) {
      // Person ids only: the landmarks also name the demo's documents (mentionScan, documents).
      if (typeof value === 'string') {
        if (/^S\d+$/.test(value)) subjects.add(value);
      } else if (Array.isArray(value)) for (const id of value) subjects.add(id);
      else if ('debtor' in value) subjects.add(value.debtor).add(value.coDebtor);
    }
    let allWithheld = 0;
    for (const subject of subjects) {
      for (const language of ['nl', 'en'] as const) {
        for (const category of demoExtractModel(db, subject, { language }).categories) {
          if (category.records.every((r) => r.withheld)) allWithheld += 1;
          expect(category.purposes.length, `${subject} ${category.id}`).toBeGreaterThan(0);
          expect(category.purposes.every((p) => p.label.trim() !== '' && p.legalBases.length > 0)).toBe(true);
          expect(category.sources.length, `${subject} ${category.id}`).toBeGreaterThan(0);
          expect(category.sources.every((s) => s.label.trim() !== '')).toBe(true);
        }
      }
    }
    // The case that was blank is on the demo database: the shared case's third-party records.
    expect(allWithheld).toBeGreaterThan(0);
    db.close();
  });
});
