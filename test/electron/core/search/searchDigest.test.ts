import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { auditEntries } from '../../../../electron/core/audit/auditLog.ts';
import { openDatabase } from '../../../../electron/core/db/openDatabase.ts';
import { cli } from '../../../helpers/cliHarness.ts';
import { seedTestDatabase } from '../../../helpers/demoDatabase.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { testKeys } from '../../../helpers/testKeys.ts';

/** Every date of birth from 1 January 1900 to 31 December 2010 as a clerk types it (dd-mm-yyyy): about 40,500 candidates. */
function* birthDates(): Generator<string> {
  for (let day = new Date(Date.UTC(1900, 0, 1)); day.getUTCFullYear() <= 2010; day.setUTCDate(day.getUTCDate() + 1)) {
    const [y, m, d] = day.toISOString().slice(0, 10).split('-');
    yield `${d}-${m}-${y}`;
  }
}

/** What someone holding the database file tries: hash every candidate until one matches the logged digest. */
function bruteForce(digest: string, hash: (candidate: string) => string): string | null {
  for (const candidate of birthDates()) if (hash(candidate) === digest) return candidate;
  return null;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Issue 13.8: the audit log holds a digest of every search, never its text. A plain SHA-256 of a date of
 * birth was found again by hashing every date of a century (this is how "12-03-1984" was recovered);
 * keyed with the installation's query key, no candidate can be tested without the key.
 */
describe('the search digest in the audit log', () => {
  const tempDir = useTempDirs();

  it('cannot be reversed by trying dates of birth without the installation key', async () => {
    const { db, file } = seedTestDatabase(tempDir(), 40, 'search-digest');
    db.close();
    expect(await cli(['search', '12-03-1984', '--db', file], { INZAGE_CLERK: 'M. de Vries' })).toMatchObject({ code: 0 });
    const log = openDatabase(file, testKeys.database, { readonly: true });
    const entry = auditEntries(log).find((e) => e.action === 'search')!;
    log.close();
    const digest = entry.details!.query as string;
    expect(JSON.stringify(entry)).not.toContain('1984');

    // The attack that worked on the plain hash: every date of birth of a century, hashed and compared.
    expect(sha256('12-03-1984')).not.toBe(digest);
    expect(bruteForce(digest, sha256)).toBeNull();
    // Under a key that is not this installation's, the same search finds nothing either.
    expect(
      bruteForce(digest, (c) => createHmac('sha256', Buffer.alloc(32, 7)).update(`inzage-audit-query/v1\n${c}`).digest('hex')),
    ).toBeNull();
    // Only with the installation's query key does the digest name the date: the key is what protects it,
    // and on this installation the same search still gives the same digest (repeated searches stay recognisable).
    const keyed = (c: string) => createHmac('sha256', testKeys.query).update(`inzage-audit-query/v1\n${c}`).digest('hex');
    expect(bruteForce(digest, keyed)).toBe('12-03-1984');
  });
});
