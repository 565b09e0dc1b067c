import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../electron/core/db/migrate.ts';

function at5(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, { target: 5 });
  db.exec(`
    INSERT INTO organisations (id, name, kind, source) VALUES ('O1', 'Drukkerij', 'printer', 'client');
    INSERT INTO subjects (id, created_on, source) VALUES ('S1', '2020-01-01', 'client');
    INSERT INTO communications (id, subject_id, occurred_on, channel, direction, summary, source)
      VALUES ('COM1', 'S1', '2021-03-01', 'letter', 'out', 'Brief', 'derived');
    INSERT INTO external_lookups (id, subject_id, provider_id, provider_kind, looked_up_on, purpose, result_summary, result_json, source)
      VALUES ('LKP1', 'S1', 'O1', 'address-update', '2021-03-01', 'address-update', 'ok', '{}', 'address-service');`);
  return db;
}

const insert =
  'INSERT INTO disclosures (id, subject_id, recipient_id, recipient_category, disclosed_on, data_categories, purpose, country, source, ' +
  "communication_id, lookup_id, legal_step_id) VALUES (?, 'S1', 'O1', 'processor-postal', '2021-03-01', 'identity', 'collection', 'NL', " +
  "'derived', ?, ?, ?)";

describe('005 disclosures tied to the record that caused them (C-154/21)', () => {
  it('keeps existing disclosures, which are tied to no record', () => {
    const db = new Database(':memory:');
    migrate(db, { target: 3 });
    db.exec(`
      INSERT INTO organisations (id, name, kind, source) VALUES ('O1', 'Klant', 'client', 'client');
      INSERT INTO subjects (id, created_on, source) VALUES ('S1', '2020-01-01', 'client');
      INSERT INTO disclosures (id, subject_id, recipient_id, recipient_category, disclosed_on, data_categories, purpose, country, source)
        VALUES ('D1', 'S1', 'O1', 'client', '2021-01-01', 'case', 'collection', 'NL', 'derived');`);
    migrate(db);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(5);
    expect(db.prepare('SELECT id, communication_id, lookup_id, legal_step_id FROM disclosures').all()).toEqual([
      { id: 'D1', communication_id: null, lookup_id: null, legal_step_id: null },
    ]);
  });

  it('ties a disclosure to a letter or a look-up that exists, and to at most one record', () => {
    const db = at5();
    db.prepare(insert).run('D1', 'COM1', null, null);
    db.prepare(insert).run('D2', null, 'LKP1', null);
    expect(() => db.prepare(insert).run('D3', 'COM-NONE', null, null)).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare(insert).run('D4', null, null, 'LGL-NONE')).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare(insert).run('D5', 'COM1', 'LKP1', null)).toThrow(/CHECK/);
  });
});
