/**
 * A table as the formatter and the editing helpers see it: the trimmed text of every cell, the
 * column alignments, the author's outer-pipe style and, for every source line, the container
 * prefix (`> `, list indentation) that must stay byte for byte in front of the row.
 */
import type { Align, Row, Table } from '../types';

/** Whether rows start and end with a pipe. */
export interface PipeStyle {
  readonly leading: boolean;
  readonly trailing: boolean;
}

/** The content of a table, free of its source layout. */
export interface Grid {
  /** Header cells. */
  readonly header: readonly string[];
  readonly aligns: readonly Align[];
  /** Body rows; a ragged row keeps the cells it has. */
  readonly rows: readonly (readonly string[])[];
}

/** A grid with where it came from. */
export interface SourceTable extends Grid {
  readonly table: Table;
  readonly style: PipeStyle;
  /** Prefix of every source line of the table, header first, delimiter second. */
  readonly prefixes: readonly string[];
}

/** Whether a row's text starts with an outer pipe. */
export function hasLeadingPipe(row: Row): boolean {
  const first = row.cells[0];
  return first === undefined || first.rawStart > row.textStart;
}

/** Whether a row's text ends with an outer pipe. */
export function hasTrailingPipe(row: Row): boolean {
  const last = row.cells[row.cells.length - 1];
  return last === undefined || last.rawEnd < row.textEnd;
}

/** Every source row of a table: header, delimiter, body. */
export function allRows(table: Table): Row[] {
  return [table.header, table.delimiter, ...table.rows];
}

/** Reads a detected table; `lines` are the document's lines. */
export function readTable(table: Table, lines: readonly string[]): SourceTable {
  const cellsOf = (row: Row): string[] => row.cells.map((cell) => cell.text);
  return {
    table,
    header: cellsOf(table.header),
    aligns: table.aligns,
    rows: table.rows.map(cellsOf),
    style: { leading: hasLeadingPipe(table.header), trailing: hasTrailingPipe(table.header) },
    prefixes: allRows(table).map((row) => lines[row.line]!.slice(0, row.textStart)),
  };
}

/** Whether every body row has as many cells as the header. */
export function isRectangular(grid: Grid): boolean {
  return grid.rows.every((row) => row.length === grid.header.length);
}
