import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../electron/core/db/migrate.ts';
import { migrations } from '../../../../electron/core/db/migrations/index.ts';

const insertRequest =
  'INSERT INTO requests (reference, ref_year, ref_number, received_on, channel, ' +
  'kind, requester_name, status, created_by, created_at) VALUES (?, 2026, ' +
  "?, '2026-03-05', 'letter', 'access', 'A. Jansen', 'received', 'clerk', 'now')";

describe('004 request outcomes, representatives and controllers', () => {
  it('follows 003 and keeps the requests already registered, with no outcome', () => {
    expect(migrations[3]).toMatchObject({ version: 4 });
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, { target: 3 });
    db.prepare(insertRequest).run('INZ-2026-0001', 1);
    migrate(db, { target: 4 });
    expect(schemaVersion(db)).toBe(4);
    expect(db.prepare('SELECT reference, outcome FROM requests').all()).toEqual([{ reference: 'INZ-2026-0001', outcome: null }]);
  });

  it('refuses an unknown outcome, capacity or instruction, a representative without proof, and an instruction without its day', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, { target: 4 });
    db.prepare(insertRequest).run('INZ-2026-0001', 1);
    expect(() => db.prepare("UPDATE requests SET outcome = 'maybe'").run()).toThrow(/CHECK/);
    db.prepare("UPDATE requests SET outcome = 'no-data'").run();
    const rep = db.prepare(
      'INSERT INTO request_representatives (request_id, name, capacity, proof, checked_on, checked_by) ' +
        "VALUES (1, 'B. Bewind', ?, ?, '2026-03-06', 'c')",
    );
    expect(() => rep.run('notary', 'court order')).toThrow(/CHECK/);
    expect(() => rep.run('bewindvoerder', ' ')).toThrow(/CHECK/);
    rep.run('bewindvoerder', 'court order seen');
    expect(() => rep.run('debt-counsellor', 'authorisation')).toThrow(/UNIQUE|PRIMARY/);
    const controller = db.prepare(
      'INSERT INTO request_controllers (request_id, controller_id, name, contact, referred_on, referred_by, instruction, ' +
        'instruction_received_on) ' +
        "VALUES (1, ?, 'Client', '{}', '2026-03-06', 'c', ?, ?)",
    );
    expect(() => controller.run('ORG1', 'delete-everything', '2026-03-07')).toThrow(/CHECK/);
    expect(() => controller.run('ORG1', 'provide-extract', null)).toThrow(/CHECK/);
    controller.run('ORG1', 'provide-extract', '2026-03-07');
    expect(() => controller.run('ORG2', null, null)).not.toThrow();
    expect(() =>
      db
        .prepare(
          'INSERT INTO request_representatives (request_id, name, capacity, proof, checked_on, checked_by) ' +
            "VALUES (9, 'x', 'bewindvoerder', 'y', 'd', 'c')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
  });
});
