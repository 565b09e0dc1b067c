/**
 * A seeded mutator of import files (docs/import-format.md) for the import fuzz test: the same seed
 * gives the same files, so a failure is reproduced by its seed and run number. Mutations work on the
 * lines as text and as JSON, at the level of a field, a line and the bytes, the ways a source system,
 * a careless edit or a broken copy damage a file.
 */

/** mulberry32: small, fast and good enough to pick mutations; not for anything secret. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** A value nested `depth` deep, written as text (JSON.stringify cannot write one deeper than its stack allows). */
const nestedText = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

/** Values that break some rule or another, and a few that are valid for some fields (so some mutated files import). */
function oddValue(random: Random, ids: readonly string[]): unknown {
  return pick(random, [
    () => null,
    () => '',
    () => '   ',
    () => '\u00a0',
    () => 0,
    () => -1,
    () => 1.5,
    () => 2 ** 60,
    () => true,
    () => [],
    () => ({}),
    () => ({ nested: { deeper: [1, 2, 3] } }),
    () => 'x'.repeat(70_000),
    () => '2026-02-30',
    () => '2026-12-31',
    () => '1984-03-12',
    () => '{x',
    () => 'null',
    () => '[1]',
    () => '{"credit_score":742}',
    () => 'client',
    () => 'nowhere',
    () => 'formal-demand',
    () => 'open',
    () => 'closed',
    () => 'debtor',
    () => 'NL',
    () => 'Zoë Çelik-Łukasz \u{1f600}',
    () => '\u0000\u0001',
    () => 'S9999999',
    () => pick(random, ids),
    () => Math.floor(random() * 100_000),
  ])();
}

interface RecordLine {
  table: string;
  record: Record<string, unknown>;
}

const asRecordLine = (line: string): RecordLine | null => {
  try {
    const parsed = JSON.parse(line) as Partial<RecordLine>;
    return typeof parsed?.table === 'string' && typeof parsed.record === 'object' && parsed.record !== null ? (parsed as RecordLine) : null;
  } catch {
    return null;
  }
};

/** The file's lines (header, records, end line), mutated 1–3 times; returns the bytes and what was done. */
export function mutateImportFile(random: Random, base: readonly string[]): { bytes: Buffer; steps: string[] } {
  let lines = [...base];
  const steps: string[] = [];
  const ids = base.flatMap((l) => {
    const record = asRecordLine(l)?.record;
    return typeof record?.id === 'string' ? [record.id] : [];
  });
  const recordIndex = () => 1 + Math.floor(random() * Math.max(1, lines.length - 2));
  const onRecord = (change: (line: RecordLine) => void) => {
    const index = recordIndex();
    const line = asRecordLine(lines[index] ?? '');
    if (!line) return;
    change(line);
    lines[index] = JSON.stringify(line);
  };
  const fieldOf = (line: RecordLine) => pick(random, Object.keys(line.record).length ? Object.keys(line.record) : ['id']);
  let byteEdit: ((bytes: Buffer) => Buffer) | null = null;
  const mutations: [string, () => void][] = [
    ['set a field to an odd value', () => onRecord((l) => void (l.record[fieldOf(l)] = oddValue(random, ids)))],
    ['remove a field', () => onRecord((l) => void delete l.record[fieldOf(l)])],
    ['add an unknown field', () => onRecord((l) => void (l.record.huisnummer = oddValue(random, ids)))],
    ['name another table', () => onRecord((l) => void (l.table = pick(random, ['subjects', 'payments', 'debtors', 'cases', ''])))],
    [
      'point a reference at a missing record',
      () => onRecord((l) => void (l.record[pick(random, ['subject_id', 'case_id', 'client_id'])] = 'MISSING-1')),
    ],
    ['give a record a new id', () => onRecord((l) => void (l.record.id = `${String(l.record.id)}-new`))],
    [
      'nest a value too deep',
      () => {
        const index = recordIndex();
        lines[index] = (lines[index] ?? '').replace(/:"[^"]*"/, `:${nestedText(40 + Math.floor(random() * 5000))}`);
      },
    ],
    ['delete a line', () => void lines.splice(recordIndex(), 1)],
    ['duplicate a line', () => void lines.splice(recordIndex(), 0, lines[recordIndex()]!)],
    [
      'swap two lines',
      () => {
        const [a, b] = [recordIndex(), recordIndex()];
        [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      },
    ],
    ['insert a blank line', () => void lines.splice(recordIndex(), 0, pick(random, ['', '   ', '\r']))],
    ['end lines in CRLF', () => void (lines = lines.map((l) => `${l}\r`))],
    [
      'insert a line that is no record',
      () => void lines.splice(recordIndex(), 0, pick(random, ['[1,2]', '42', '"text"', '{"table": ', 'null'])),
    ],
    [
      'put a record on the header',
      () => void (lines[0] = JSON.stringify({ ...JSON.parse(lines[0]!), ...asRecordLine(lines[recordIndex()]!) })),
    ],
    ['remove the header', () => void lines.shift()],
    ['remove the end line', () => void lines.pop()],
    ['text after the end line', () => void lines.push(lines[recordIndex()]!)],
    ['cut the file at a byte', () => (byteEdit = (b) => b.subarray(0, Math.floor(random() * b.length)))],
    [
      'overwrite a byte',
      () =>
        (byteEdit = (b) => {
          const copy = Buffer.from(b);
          copy[Math.floor(random() * copy.length)] = pick(random, [0x00, 0x0a, 0x22, 0x7b, 0x7d, 0xc3, 0xe9, 0xff]);
          return copy;
        }),
    ],
  ];
  const count = 1 + Math.floor(random() * 3);
  for (let i = 0; i < count; i++) {
    const [name, apply] = pick(random, mutations);
    apply();
    steps.push(name);
  }
  // Half the files get an end line that counts their records again: so a deleted or duplicated line
  // is not always caught by the count alone, and the checks behind it are reached too.
  if (random() < 0.5 && lines.length > 0 && lines.at(-1)!.startsWith('{"end"')) {
    const records = lines.slice(1, -1).filter((l) => l.trim() !== '').length;
    lines[lines.length - 1] = JSON.stringify({ end: { records } });
    steps.push('recount the end line');
  }
  let bytes: Buffer = Buffer.from(`${lines.join('\n')}\n`);
  if (byteEdit) bytes = (byteEdit as (b: Buffer) => Buffer)(bytes);
  return { bytes, steps };
}
