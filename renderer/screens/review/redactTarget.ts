/** What the clerk is about to redact or lift: a field of a record, or the whole record (no field). */
export interface RedactTarget {
  recordKind: string;
  recordId: string;
  field?: string;
  label: string;
}
