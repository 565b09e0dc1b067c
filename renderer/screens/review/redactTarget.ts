/** What the clerk is about to redact or lift: a field of a record, or the whole record (no field). */
export interface RedactTarget {
  recordKind: string;
  recordId: string;
  field?: string;
  label: string;
  /** The record's kind and id, and the field's label: the dialog names what it acts on (issue 14.3). */
  recordLabel?: string;
  fieldLabel?: string;
}
