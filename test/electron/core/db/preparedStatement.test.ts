import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/openDatabase.ts';
import { prepared } from '../../../../electron/core/db/preparedStatement.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { testKeys } from '../../../helpers/testKeys.ts';

describe('prepared', () => {
  const tempDir = useTempDirs();

  it('compiles a statement once per connection and SQL text', () => {
    const dir = tempDir();
    const a = openDatabase(join(dir, 'a.db'), testKeys.database);
    const b = openDatabase(join(dir, 'b.db'), testKeys.database);
    try {
      const sql = 'SELECT count(*) AS n FROM subjects';
      expect(prepared(a, sql)).toBe(prepared(a, sql));
      expect(prepared(a, sql)).not.toBe(prepared(b, sql));
      expect(prepared(a, 'SELECT 1 AS n')).not.toBe(prepared(a, sql));
      expect(prepared(a, sql).get()).toEqual({ n: 0 });
    } finally {
      a.close();
      b.close();
    }
  });
});
