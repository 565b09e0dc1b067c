/**
 * RFC 4180 CSV encoding: CRLF line ends, every field quoted when it holds a comma, quote, CR or LF,
 * quotes doubled. Null becomes an empty field. The bytes are the caller's job: the archive writes them
 * with csvFileBytes (UTF-8 with a byte-order mark).
 */
export type CsvCell = string | number | null;

export function csvField(value: CsvCell): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(cells: readonly CsvCell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

export function encodeCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  let out = csvLine(header);
  for (const row of rows) {
    if (row.length !== header.length) throw new Error(`CSV row has ${row.length} cells, header has ${header.length}`);
    out += csvLine(row);
  }
  return out;
}

/**
 * A CSV file's bytes: UTF-8 behind a byte-order mark (EF BB BF). Without it Excel on Windows reads the
 * file as the ANSI code page and shows "MÃ¼ller" (issue 14.11). RFC 4180 does not forbid the mark, the
 * text/csv media type allows any charset, and common CSV readers (csv-parse's bom option, Python's
 * utf-8-sig, LibreOffice, Excel) drop it.
 */
export function csvFileBytes(csv: string): Buffer {
  return Buffer.from(`\uFEFF${csv}`, 'utf8');
}
