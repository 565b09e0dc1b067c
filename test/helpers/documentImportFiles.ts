import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadDefaultPolicy } from '../../electron/core/policy/loadPolicy.ts';

/**
 * Small import files with documents (issue 16.1; docs/import-format.md § Documents), written by hand so
 * each test shows the records it imports: one client, two people, a case, and the documents given.
 */
export const importPeople = { subjectId: 'S-DOC-1', otherSubjectId: 'S-DOC-2', caseId: 'C-DOC-1', clientId: 'O-DOC-1' } as const;

/** A source id the processing register knows (registerRules.ts). */
export function knownSource(): string {
  return loadDefaultPolicy().sources[0]!.id;
}

export function baseRecords(): { table: string; record: Record<string, unknown> }[] {
  const source = knownSource();
  const { subjectId, otherSubjectId, caseId, clientId } = importPeople;
  return [
    { table: 'organisations', record: { id: clientId, name: 'Energie Noord BV', kind: 'client', source } },
    { table: 'subjects', record: { id: subjectId, birth_date: '1984-03-12', created_on: '2019-05-02', source } },
    { table: 'subjects', record: { id: otherSubjectId, birth_date: '1979-11-30', created_on: '2019-05-02', source } },
    {
      table: 'cases',
      record: { id: caseId, client_id: clientId, client_reference: 'EN-2019-1', opened_on: '2019-05-02', status: 'open', source },
    },
  ];
}

/** A document record with the fields every test sets; `fields` overrides or adds (undefined removes). */
export function documentRecord(fields: Record<string, unknown>): { table: string; record: Record<string, unknown> } {
  const record: Record<string, unknown> = {
    id: 'D-1',
    case_id: importPeople.caseId,
    subject_id: importPeople.subjectId,
    kind: 'letter-sent',
    date: '2026-02-10',
    direction: 'outgoing',
    sender: 'Incassobureau',
    recipient: 'De debiteur',
    title: 'Aanmaning',
    media_type: 'text/plain',
    file: 'aanmaning.txt',
    ...fields,
  };
  for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
  return { table: 'documents', record };
}

/** Writes an import file: header (with `header` fields added), the lines, the end line counting them. */
export function writeImportFile(
  file: string,
  lines: { table: string; record: Record<string, unknown> }[],
  header: Record<string, unknown> = { documentFiles: 'files' },
): string {
  mkdirSync(dirname(file), { recursive: true });
  const text = [
    JSON.stringify({ format: 'inzage-case-records', version: 1, ...header }),
    ...lines.map((l) => JSON.stringify(l)),
    JSON.stringify({ end: { records: lines.length } }),
  ];
  writeFileSync(file, `${text.join('\n')}\n`);
  return file;
}

/** Writes `files` (name → bytes or text) into the folder `dir/name`. */
export function writeDocumentFolder(dir: string, name: string, files: Record<string, Uint8Array | string>): string {
  const folder = join(dir, name);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    writeFileSync(join(folder, file), content);
  }
  return folder;
}

/** A short e-mail as a mail client saves it (.eml). */
export const sampleEmail =
  'From: Incassobureau <info@incasso.example>\r\nTo: debiteur@example.nl\r\nSubject: Betalingsregeling\r\n' +
  'Date: Tue, 10 Feb 2026 10:00:00 +0100\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n' +
  'Geachte heer, mevrouw,\r\n\r\nHierbij de bevestiging van de regeling.\r\n';

/** Writes a zip of `files` (name → bytes or text) to `dir/name` with archiver, deflated as a collection system's export would be. */
export async function writeDocumentZip(dir: string, name: string, files: Record<string, Uint8Array | string>): Promise<string> {
  const { ZipArchive } = await import('archiver');
  const archive = new ZipArchive({ zlib: { level: 6 } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    archive.on('data', (chunk: Buffer) => chunks.push(chunk));
    archive.on('end', () => resolve(Buffer.concat(chunks)));
    archive.on('error', reject);
  });
  for (const [file, content] of Object.entries(files)) archive.append(Buffer.from(content), { name: file });
  void archive.finalize();
  const path = join(dir, name);
  writeFileSync(path, await done);
  return path;
}

/** A real PNG and JPEG (a small page-like image drawn with @napi-rs/canvas), as a scanner would deliver them. */
export async function sampleScans(): Promise<{ png: Uint8Array; jpeg: Uint8Array }> {
  const { createCanvas } = await import('@napi-rs/canvas');
  const canvas = createCanvas(120, 160);
  const context = canvas.getContext('2d');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, 120, 160);
  context.fillStyle = '#000';
  context.fillText('Brief', 10, 20);
  return { png: new Uint8Array(canvas.toBuffer('image/png')), jpeg: new Uint8Array(canvas.toBuffer('image/jpeg')) };
}
