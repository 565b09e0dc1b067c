/**
 * The case-record exchange format (docs/import-format.md): JSON Lines, UTF-8. Line 1 is the header,
 * then one record per line, then an end line that carries the record count, so a file cut off at
 * a line boundary is still recognised as truncated.
 */
export const importFormatName = 'inzage-case-records';
export const importFormatVersion = 1;

export interface ImportHeader {
  format: typeof importFormatName;
  version: number;
  exportedAt?: string;
  source?: string;
}

export interface ImportRecordLine {
  table: string;
  record: Record<string, unknown>;
}

export interface ImportEndLine {
  end: { records: number };
}

/** A bad import file: names the file, the line (1-based) and, where it applies, the table and field. */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly field: string | null,
    readonly reason: string,
  ) {
    super(`${file}${line !== null ? `:${line}` : ''}: ${field ? `${field}: ` : ''}${reason} (nothing was imported)`);
    this.name = 'ImportError';
  }
}
