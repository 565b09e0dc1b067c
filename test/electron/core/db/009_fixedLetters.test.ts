import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../electron/core/db/migrate.ts';
import { fixedLetters } from '../../../../electron/core/db/migrations/009_fixedLetters.ts';
import { migrations } from '../../../../electron/core/db/migrations/index.ts';

const insertRequest =
  'INSERT INTO requests (reference, ref_year, ref_number, received_on, channel, ' +
  'kind, requester_name, status, created_by, created_at) VALUES (?, 2026, ' +
  "?, '2026-03-05', 'letter', 'access', 'A. Jansen', 'received', 'clerk', 'now')";

describe('009 fixed letters (issue 14.8)', () => {
  it('follows the migration before it and keeps the requests already registered', () => {
    const before = migrations[migrations.indexOf(fixedLetters) - 1]!;
    expect(fixedLetters.version).toBeGreaterThan(before.version);
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, { target: before.version });
    db.prepare(insertRequest).run('INZ-2026-0001', 1);
    migrate(db, { target: fixedLetters.version });
    expect(schemaVersion(db)).toBe(fixedLetters.version);
    expect(db.prepare('SELECT count(*) AS n FROM request_letters').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT reference FROM requests').all()).toEqual([{ reference: 'INZ-2026-0001' }]);
  });

  it('holds one fixed letter per request and letter id, as valid JSON, for a request that exists', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, { target: fixedLetters.version });
    db.prepare(insertRequest).run('INZ-2026-0001', 1);
    const add = db.prepare(
      'INSERT INTO request_letters (request_id, letter_id, kind, language, letter, fixed_on, fixed_by, fixed_at) ' +
        "VALUES (?, ?, 'acknowledgement', ?, ?, '2026-03-09', 'c', '2026-03-09T10:00:00.000Z')",
    );
    add.run(1, 'acknowledgement', 'nl', '{"kind":"acknowledgement"}');
    expect(() => add.run(1, 'acknowledgement', 'nl', '{}')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => add.run(1, 'identity', 'nl', 'not json')).toThrow(/CHECK/);
    expect(() => add.run(1, 'identity', 'de', '{}')).toThrow(/CHECK/);
    expect(() => add.run(2, 'identity', 'nl', '{}')).toThrow(/FOREIGN KEY/);
  });
});
