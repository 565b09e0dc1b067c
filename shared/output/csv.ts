/**
 * RFC 4180 CSV encoding: CRLF line ends, every field quoted when it holds a comma, quote, CR or LF,
 * quotes doubled. UTF-8 is the caller's job (the archive writes the string as UTF-8 with a BOM-free
 * encoding, as RFC 4180 / RFC 7111 assume). Null becomes an empty field.
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
