/**
 * Moves a column to another position, header, alignment and every row's cell together. The
 * table is written back aligned (its widths change places anyway).
 */
import type { Table } from '../types';
import { readTable } from './grid';
import { failure, raggedError, type HelperResult } from './locate';
import { rendered } from './keepStyle';
import type { Doc } from './write';

function move<T>(items: readonly T[], from: number, to: number): T[] {
  const out = [...items];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item!);
  return out;
}

/** Moves column `from` to index `to` (both 0-based). */
export function moveColumn(doc: Doc, table: Table, from: number, to: number): HelperResult {
  const ragged = raggedError(table);
  if (ragged) return failure(ragged);
  const n = table.columnCount;
  if (from < 0 || from >= n || to < 0 || to >= n) return failure(`There is no column ${Math.max(from, to) + 1}: the table has ${n}.`);
  if (from === to) return { ok: true, edits: [] };
  const grid = readTable(table, doc.lines);
  return rendered(doc, table, {
    header: move(grid.header, from, to),
    aligns: move(grid.aligns, from, to),
    rows: grid.rows.map((row) => move(row, from, to)),
  });
}
