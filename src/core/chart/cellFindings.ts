/**
 * Which cell of a table each finding points at, so that the preview can mark the cell and
 * show the message as its tooltip.
 */
import type { Finding, Table } from '../types';

/** Messages per cell, keyed by `line:column` (0-based line, 0-based column index). */
export type CellMessages = Map<string, string[]>;

export function cellKey(line: number, column: number): string {
  return `${line}:${column}`;
}

/** Groups the findings that start inside a cell of `table` by that cell. */
export function findingsByCell(table: Table, findings: readonly Finding[]): CellMessages {
  const out: CellMessages = new Map();
  const rows = [table.header, ...table.rows];
  for (const finding of findings) {
    const { line, character } = finding.range.start;
    const row = rows.find((r) => r.line === line);
    if (!row) continue;
    const column = row.cells.findIndex((cell) => character >= cell.rawStart && character <= cell.rawEnd);
    if (column < 0) continue;
    const key = cellKey(line, column);
    out.set(key, [...(out.get(key) ?? []), finding.message]);
  }
  return out;
}
