import { createHash } from 'node:crypto';
import type { Db } from '../../electron/core/db/openDatabase.ts';
import { Random } from '../../electron/core/demo/random.ts';
import { indexDocumentPages } from '../../electron/core/documents/documentTextIndex.ts';
import { formatIban } from '../../shared/identifiers/iban.ts';
import { cachedBenchDatabase } from './benchDatabase.ts';

/**
 * The documents search bench's database (issue 16.6): a seeded demo database cached in BENCH_DIR with
 * `documents` synthetic documents added by direct inserts (a letter to its own person, one to three
 * pages of Dutch filler), a quarter of which also name ANOTHER person by one field — full name, IBAN,
 * address or case number — written the way letters write them. What was planted is kept in the meta
 * table, so the bench can check the search finds it (a fast search that finds nothing proves nothing).
 * Pages are indexed through the same function saveReading uses.
 */
export type PlantedField = 'name' | 'iban' | 'address' | 'case-number';
export interface Planted {
  documentId: string;
  subjectId: string;
  field: PlantedField;
}

interface Person {
  id: string;
  name: string;
  address: string | null;
  postcode: string | null;
  iban: string | null;
  caseId: string | null;
}

const FILLER = (
  'wij hebben uw brief ontvangen en de vordering opnieuw bekeken het openstaande bedrag bestaat uit de hoofdsom ' +
  'de rente en de incassokosten volgens de wet u kunt een betalingsregeling aanvragen door contact op te nemen ' +
  'met onze afdeling wij verzoeken u vriendelijk het bedrag binnen veertien dagen over te maken na deze termijn ' +
  'zijn wij genoodzaakt verdere maatregelen te nemen met vriendelijke groet namens onze opdrachtgever'
).split(' ');
const PLANTED_META = 'bench.documents.planted';

function people(db: Db): Person[] {
  const rows = db
    .prepare(
      `SELECT s.id,
         (SELECT trim(coalesce(given_names,'') || ' ' || coalesce(particle || ' ','') || surname) FROM subject_names n
           WHERE n.subject_id = s.id AND kind = 'legal' LIMIT 1) AS name,
         (SELECT street || ' ' || house_number || coalesce(house_number_suffix,'') FROM addresses a WHERE a.subject_id = s.id
           ORDER BY valid_from DESC LIMIT 1) AS address,
         (SELECT postcode || '  ' || city FROM addresses a WHERE a.subject_id = s.id ORDER BY valid_from DESC LIMIT 1) AS postcode,
         (SELECT iban FROM bank_accounts b WHERE b.subject_id = s.id LIMIT 1) AS iban,
         (SELECT case_id FROM case_parties p WHERE p.subject_id = s.id ORDER BY case_id LIMIT 1) AS caseId
       FROM subjects s ORDER BY s.id`,
    )
    .all() as Person[];
  return rows.filter((p) => p.name);
}

function filler(random: Random, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(i % 12 === 11 ? `${random.pick(FILLER)}.\n` : random.pick(FILLER));
  return out.join(' ').replace(/\n /g, '\n');
}

/** How another person's field is written in the letter. */
function mentionOf(random: Random, person: Person, field: PlantedField): string {
  if (field === 'name') return `Ook ${random.chance(0.3) ? person.name.toUpperCase() : person.name} is hierbij betrokken.`;
  if (field === 'iban')
    return `Betaling ontvangen van rekening ${random.chance(0.5) ? formatIban(person.iban!) : person.iban} ten name van een derde.`;
  if (field === 'address') return `Het bezoek vond plaats op ${person.address}\n${person.postcode}.`;
  return `Zie ook dossier ${person.caseId} van een andere schuldenaar.`;
}

function addDocuments(db: Db, count: number, log: (line: string) => void): Planted[] {
  const random = new Random(`documents-bench-${count}`);
  const everyone = people(db);
  const content = Buffer.from('synthetic bench document');
  const sha256 = createHash('sha256').update(content).digest('hex');
  db.prepare('INSERT OR IGNORE INTO document_files (sha256, bytes, content) VALUES (?, ?, ?)').run(sha256, content.length, content);
  const insertDocument = db.prepare(
    'INSERT INTO documents (id, case_id, subject_id, kind, date, direction, file_name, media_type, sha256) ' +
      "VALUES (?, ?, ?, 'letter-sent', ?, 'outgoing', ?, 'text/plain', ?)",
  );
  const insertReading = db.prepare(
    'INSERT INTO document_readings (document_id, status, method, read_at, page_count) ' +
      "VALUES (?, 'read', 'plain', '2026-01-01T00:00:00Z', ?)",
  );
  const insertPage = db.prepare('INSERT INTO document_pages (document_id, page, text) VALUES (?, ?, ?)');
  const planted: Planted[] = [];
  const started = performance.now();
  let last = started;
  const fields: PlantedField[] = ['name', 'iban', 'address', 'case-number'];
  for (let done = 0; done < count;) {
    db.transaction(() => {
      for (const end = Math.min(count, done + 5000); done < end; done++) {
        const id = `BD${String(done + 1).padStart(7, '0')}`;
        const owner = random.pick(everyone);
        const pageCount = random.int(1, 3);
        const header = `${owner.name}\n${owner.address ?? ''}\n${owner.postcode ?? ''}\n\nBetreft: dossier ${owner.caseId ?? '-'}`;
        const pages = [`${header}\n\nGeachte heer, mevrouw,\n${filler(random, 70)}`];
        for (let p = 1; p < pageCount; p++) pages.push(filler(random, 110));
        if (random.chance(0.25)) {
          const other = random.pick(everyone);
          const field = random.pick(fields.filter((f) => (f === 'iban' ? other.iban : f === 'case-number' ? other.caseId : true)));
          const page = random.int(0, pages.length - 1);
          pages[page] = `${pages[page]}\n${mentionOf(random, other, field)}\n${filler(random, 12)}`;
          if (other.id !== owner.id) planted.push({ documentId: id, subjectId: other.id, field });
        }
        const date = `20${random.int(15, 25)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
        insertDocument.run(id, owner.caseId, owner.id, date, `${id}.txt`, sha256);
        insertReading.run(id, pages.length);
        pages.forEach((text, index) => insertPage.run(id, index + 1, text));
        indexDocumentPages(db, id);
      }
    })();
    if (performance.now() - last > 10_000) {
      last = performance.now();
      log(`  adding bench documents: ${done.toLocaleString('en')} / ${count.toLocaleString('en')}`);
    }
  }
  db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(PLANTED_META, JSON.stringify(planted));
  return planted;
}

/** The cached bench database with `documents` documents indexed, and the mentions planted in them. */
export function documentsBenchDatabase(
  subjects: number,
  documents: number,
  log: (line: string) => void = (line) => console.error(line),
): { db: Db; planted: Planted[]; notes: string[] } {
  const { db, notes } = cachedBenchDatabase(subjects, `documents-${documents}`, log);
  const held = db.prepare('SELECT count(*) FROM documents').pluck().get() as number;
  if (held === 0) {
    const started = performance.now();
    addDocuments(db, documents, log);
    const seconds = (performance.now() - started) / 1000;
    const pages = db.prepare('SELECT count(*) FROM document_pages').pluck().get() as number;
    notes.push(
      `added and indexed ${documents.toLocaleString('en')} documents (${pages.toLocaleString('en')} pages) in ${seconds.toFixed(0)} s`,
    );
    db.pragma('wal_checkpoint(TRUNCATE)');
  } else notes.push(`reused ${held.toLocaleString('en')} documents`);
  const planted = JSON.parse((db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(PLANTED_META) as string) ?? '[]') as Planted[];
  return { db, planted, notes };
}
