import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditActions, auditSentence } from '../../../shared/audit/auditSentences.ts';

/** Every `action: '…'` (and the keyed switch-over's constant) the core writes, found by reading its source. */
function actionsTheCoreWrites(): Set<string> {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) {
        const source = readFileSync(path, 'utf8');
        for (const m of source.matchAll(/\baction: '([a-z][a-z0-9.-]*)'/g)) found.add(m[1]!);
        for (const m of source.matchAll(/Action = '([a-z][a-z0-9.-]*)'/g)) found.add(m[1]!);
        // action: condition ? 'one' : 'other'
        for (const m of source.matchAll(/\baction: [^,\n]*\? '([a-z][a-z0-9.-]*)' : '([a-z][a-z0-9.-]*)'/g)) {
          found.add(m[1]!);
          found.add(m[2]!);
        }
      }
    }
  };
  walk(join(process.cwd(), 'electron', 'core'));
  return found;
}

describe('audit entries in words (issue 14.6)', () => {
  it('has a sentence in Dutch and English for every action the core writes', () => {
    const written = actionsTheCoreWrites();
    // The scan must find the actions it is meant to find, or it proves nothing.
    for (const known of ['request.create', 'request.status', 'search', 'export', 'audit.keyed', 'settings.clerk'])
      expect(written).toContain(known);
    const missing = [...written].filter((action) => !(auditActions as string[]).includes(action));
    expect(missing).toEqual([]);
    for (const action of written) {
      const nl = auditSentence({ action }, 'nl');
      const en = auditSentence({ action }, 'en');
      expect(nl).not.toMatch(/^Actie:/);
      expect(en).not.toMatch(/^Action:/);
      expect(nl).not.toBe(en);
    }
  });

  it('says a status change, a search burst and an import as sentences with counts, never ids, digests or flags', () => {
    const digest = 'a'.repeat(64);
    const shown = Array.from({ length: 60 }, (_, i) => `S${String(i).padStart(6, '0')}`);
    const status = {
      action: 'request.status',
      requestRef: 'INZ-2026-0001',
      target: 'refused',
      details: { from: 'in-progress', reasonGiven: false },
    };
    expect(auditSentence(status, 'nl')).toBe('Status gewijzigd van "in behandeling" naar "geweigerd".');
    expect(auditSentence(status, 'en', { withRequest: true })).toBe(
      'Status changed from "in progress" to "refused". Request INZ-2026-0001.',
    );
    const search = { action: 'search', details: { query: digest, queries: 7, shown } };
    expect(auditSentence(search, 'en')).toBe('Searched for a person (7 queries, 60 entries shown).');
    expect(auditSentence(search, 'nl')).toBe('Gezocht naar een persoon (7 zoekopdrachten, 60 registraties getoond).');
    const imported = { action: 'records.imported', details: { sha256: digest, records: 1, cases: 1 } };
    expect(auditSentence(imported, 'en')).toBe('Import finished: 1 record read.');
    for (const facts of [status, search, imported]) {
      for (const language of ['nl', 'en'] as const) {
        const sentence = auditSentence(facts, language);
        expect(sentence).not.toContain(digest.slice(0, 12));
        expect(sentence).not.toMatch(/S0000\d\d|reasonGiven|true|false|undefined|\[object/);
      }
    }
  });

  it('names a redaction by record and field with its reason, and an unknown action by its code', () => {
    const redact = { action: 'record.redact', target: 'cases:C000123:co_debtor_name', details: { reason: 'third-party-data' } };
    expect(auditSentence(redact, 'en')).toBe("Withheld: field co_debtor_name of record cases C000123 (another person's data).");
    expect(auditSentence(redact, 'nl')).toBe('Afgeschermd: veld co_debtor_name van record cases C000123 (gegevens van een ander).');
    expect(auditSentence({ action: 'review.category-reviewed' }, 'en')).toBe('Action: review.category-reviewed.');
  });
});
