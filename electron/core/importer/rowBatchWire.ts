import type { CellValue } from '../db/recordTables.ts';
import type { RowBatch } from './importLineReader.ts';

/**
 * A batch of rows as the parser worker posts it. Structured clone of 4,000 small arrays per batch
 * cost about as much as parsing them (measured); here every string value of the batch travels in
 * one string, cut apart with one split(), and the numbers in one Float64Array (exact for every
 * integer a record may hold), so the writing thread spends its time writing.
 */
export interface WireBatch {
  tables: Uint8Array;
  checked: Uint8Array;
  lines: Uint32Array;
  /** Per value of every checked row, in order: 0 string (next of `text`), 1 number, 2 null, 3 string (next of `extras`). */
  kinds: Uint8Array;
  text: string;
  numbers: Float64Array;
  /** Strings that hold the separator themselves. */
  extras: string[];
  /** The records left for zod to judge (checked 0), in order. */
  records: Record<string, unknown>[];
}

const separator = '\u0000';

export function encodeBatch(batch: RowBatch): WireBatch {
  let total = 0;
  for (let i = 0; i < batch.values.length; i++) if (batch.checked[i]) total += (batch.values[i] as CellValue[]).length;
  const kinds = new Uint8Array(total);
  const numbers = new Float64Array(total);
  const strings: string[] = [];
  const extras: string[] = [];
  const records: Record<string, unknown>[] = [];
  let k = 0;
  let n = 0;
  for (let i = 0; i < batch.values.length; i++) {
    if (!batch.checked[i]) {
      records.push(batch.values[i] as Record<string, unknown>);
      continue;
    }
    const values = batch.values[i] as CellValue[];
    for (let c = 0; c < values.length; c++) {
      const value = values[c];
      if (typeof value === 'string') {
        if (value.includes(separator)) {
          kinds[k++] = 3;
          extras.push(value);
        } else {
          kinds[k++] = 0;
          strings.push(value);
        }
      } else if (typeof value === 'number') {
        kinds[k++] = 1;
        numbers[n++] = value;
      } else kinds[k++] = 2;
    }
  }
  return {
    tables: batch.tables,
    checked: batch.checked,
    lines: batch.lines,
    kinds,
    text: strings.join(separator),
    numbers: numbers.slice(0, n),
    extras,
    records,
  };
}

/**
 * Calls `row` for every row of the batch in order, with the column values of a checked row (in an
 * array reused per column count: use it before the next call) or the record zod has to judge.
 */
export function forEachRow(
  batch: WireBatch,
  row: (index: number, values: CellValue[] | null, record: Record<string, unknown> | null) => void,
  columnCount: (table: number) => number,
): void {
  const strings = batch.text.length > 0 || batch.kinds.includes(0) ? batch.text.split(separator) : [];
  const scratch = new Map<number, CellValue[]>();
  let value = 0;
  let string = 0;
  let number = 0;
  let extra = 0;
  let record = 0;
  for (let i = 0; i < batch.tables.length; i++) {
    if (!batch.checked[i]) {
      row(i, null, batch.records[record++]!);
      continue;
    }
    const count = columnCount(batch.tables[i]!);
    let values = scratch.get(count);
    if (!values) scratch.set(count, (values = new Array<CellValue>(count)));
    for (let c = 0; c < count; c++) {
      const kind = batch.kinds[value++];
      values[c] = kind === 0 ? strings[string++]! : kind === 1 ? batch.numbers[number++]! : kind === 3 ? batch.extras[extra++]! : null;
    }
    row(i, values, null);
  }
}
