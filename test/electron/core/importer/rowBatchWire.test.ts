import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../../electron/core/db/recordTables.ts';
import type { RowBatch } from '../../../../electron/core/importer/importLineReader.ts';
import { encodeBatch, forEachRow } from '../../../../electron/core/importer/rowBatchWire.ts';

describe('rowBatchWire', () => {
  it('gives back every row as it was: strings with the separator or empty, numbers, nulls, and the records left to zod', () => {
    const rows: (CellValue[] | Record<string, unknown>)[] = [
      ['S1', '1975-02-14', null, 'a\u0000b', ''],
      { id: 'X', house_number: '12a' },
      ['', 2 ** 53 - 1, -7, 0.5, null, 'Müller Łukasz 👩‍💻'],
      ['only'],
    ];
    const batch: RowBatch = {
      tables: Uint8Array.from([1, 3, 2, 0]),
      checked: Uint8Array.from([1, 0, 1, 1]),
      lines: Uint32Array.from([2, 3, 5, 8]),
      values: rows,
    };
    const wire = structuredClone(encodeBatch(batch));
    const seen: unknown[] = [];
    forEachRow(
      wire,
      (index, values, record) => seen.push([index, values ? [...values] : record]),
      (table) => [1, 5, 6, 11][table]!,
    );
    expect(seen).toEqual([
      [0, rows[0]],
      [1, rows[1]],
      [2, rows[2]],
      [3, rows[3]],
    ]);
  });

  it('handles a batch without strings and an empty batch', () => {
    const seen: unknown[] = [];
    const numbersOnly: RowBatch = {
      tables: Uint8Array.from([0]),
      checked: Uint8Array.from([1]),
      lines: Uint32Array.from([2]),
      values: [[1, null, 3]],
    };
    forEachRow(
      encodeBatch(numbersOnly),
      (_, values) => seen.push([...values!]),
      () => 3,
    );
    forEachRow(
      encodeBatch({ tables: new Uint8Array(0), checked: new Uint8Array(0), lines: new Uint32Array(0), values: [] }),
      () => seen.push('none'),
      () => 0,
    );
    expect(seen).toEqual([[1, null, 3]]);
  });
});
