/**
 * Transposes a table: the header becomes the first column and each row a column. The first
 * column keeps its alignment; the new columns share the old columns' alignment when those all
 * had the same one. The table is written back aligned, behind the same container prefix.
 */
import type { Align, Table } from '../types';
import { readTable, type Grid } from './grid';
import { failure, raggedError, type HelperResult } from './locate';
import { rendered } from './keepStyle';
import type { Doc } from './write';

/** The transpose of a rectangular grid. */
export function transposeGrid(grid: Grid): Grid {
  const all = [grid.header, ...grid.rows];
  const columns = grid.header.map((_, c) => all.map((row) => row[c]!));
  const rest = grid.aligns.slice(1);
  const shared: Align = rest.length > 0 && rest.every((a) => a === rest[0]) ? rest[0]! : '';
  return {
    header: columns[0]!,
    aligns: all.map((_, i) => (i === 0 ? grid.aligns[0]! : shared)),
    rows: columns.slice(1),
  };
}

/** Transposes `table`. */
export function transposeTable(doc: Doc, table: Table): HelperResult {
  const ragged = raggedError(table);
  if (ragged) return failure(ragged);
  return rendered(doc, table, transposeGrid(readTable(table, doc.lines)));
}
