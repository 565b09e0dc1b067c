import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../electron/core/api/dispatch.ts';
import { openDatabase } from '../../../../../electron/core/db/openDatabase.ts';
import { readLandmarks } from '../../../../../electron/core/demo/seedDatabase.ts';
import type { SearchResponse } from '../../../../../shared/ipc/types.ts';
import { createTestHandlers } from '../../../../helpers/handlerHarness.ts';
import { useTempDirs } from '../../../../helpers/tempDir.ts';
import { testKeys } from '../../../../helpers/testKeys.ts';

const tempDir = useTempDirs('test');

describe('search:subjects', () => {
  it('reports the true number of matching subjects as total, the shown ones as groups, and more for a larger limit', async () => {
    const h = createTestHandlers(tempDir(), { subjects: 300 });
    try {
      const db = openDatabase(h.databaseFile, testKeys.database, { readonly: true });
      const landmarks = readLandmarks(db)!;
      // Independent count from the case records: every subject with a name record "Jan van den Berg".
      const namesakes = db
        .prepare(
          "SELECT count(DISTINCT subject_id) FROM subject_names WHERE given_names = 'Jan' AND particle = 'van den' AND surname = 'Berg'",
        )
        .pluck()
        .get() as number;
      db.close();
      expect(namesakes).toBeGreaterThanOrEqual(2);
      const search = async (limit: number) => {
        const answer = await dispatch(h.handlers, 'search:subjects', { query: 'Jan van den Berg', limit });
        expect(answer.ok).toBe(true);
        return (answer as { value: SearchResponse }).value;
      };
      const one = await search(1);
      expect(one.groups).toHaveLength(1);
      expect(one.total).toBe(namesakes);
      const all = await search(20);
      expect(all.groups.map((g) => g.subjectId)).toEqual(expect.arrayContaining(landmarks.namesakes));
      expect(all.total).toBe(namesakes);
    } finally {
      h.close();
    }
  });

  it('defers the namesakes when asked, and gives them up for a text a newer search replaced (issue 14.9)', async () => {
    const h = createTestHandlers(tempDir(), { subjects: 300 });
    try {
      const ask = async (input: { query: string; limit: number; deferNamesakes?: boolean }) => {
        const answer = await dispatch(h.handlers, 'search:subjects', input);
        expect(answer.ok).toBe(true);
        return (answer as { value: SearchResponse }).value;
      };
      const quick = await ask({ query: 'Jan van den Berg', limit: 20, deferNamesakes: true });
      expect(quick.namesakesPending).toBe(true);
      expect(quick.groups.every((g) => g.namesakeCount === 0 && g.namesakes.length === 0)).toBe(true);
      const full = await ask({ query: 'Jan van den Berg', limit: 20 });
      expect(full.namesakesPending).toBeUndefined();
      expect(full.groups.map((g) => g.subjectId)).toEqual(quick.groups.map((g) => g.subjectId));
      expect(full.groups.every((g) => g.namesakeCount >= 1)).toBe(true);
      // Two at once, as when the clerk types on while the namesakes are looked up: the older one stops.
      const [older, newer] = await Promise.all([
        ask({ query: 'Jan van den Berg', limit: 20 }),
        ask({ query: 'Jan van den Berg', limit: 20 }),
      ]);
      expect(older.namesakesPending).toBe(true);
      expect(newer.namesakesPending).toBeUndefined();
      expect(newer.groups).toEqual(full.groups);
    } finally {
      h.close();
    }
  });
});
