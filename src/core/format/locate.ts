/**
 * Finding what the editing helpers act on: the table at the cursor, and the column of the
 * cell the cursor is in. Helpers answer with edits, or with a sentence saying why not.
 */
import { detectTables } from '../detect/detectTables';
import { splitLines } from '../detect/lines';
import type { Position, Table, TextEdit } from '../types';
import { allRows } from './grid';
import type { Doc } from './write';

/** What an editing helper returns: edits to apply, or why it did nothing. */
export type HelperResult = { readonly ok: true; readonly edits: TextEdit[] } | { readonly ok: false; readonly error: string };

/** A failed helper result. */
export function failure(error: string): HelperResult {
  return { ok: false, error };
}

/** The document and its table that holds `line`, if any. */
export function tableAt(text: string, line: number): { doc: Doc; table: Table } | undefined {
  const table = detectTables(text).find((t) => t.startLine <= line && line < t.endLine);
  return table ? { doc: { text, lines: splitLines(text) }, table } : undefined;
}

/**
 * The column of the cell at `position`: the cell whose closing pipe is at or after the cursor
 * (so a cursor on a pipe belongs to the cell before it), clamped to the header's columns.
 */
export function columnAt(table: Table, position: Position): number {
  const row = allRows(table).find((r) => r.line === position.line) ?? table.header;
  const index = row.cells.findIndex((cell) => position.character <= cell.rawEnd);
  const column = index < 0 ? row.cells.length - 1 : index;
  return Math.max(0, Math.min(column, table.columnCount - 1));
}

/** Why a helper that needs a rectangular table refuses a ragged one, or undefined. */
export function raggedError(table: Table): string | undefined {
  const row = table.rows.find((r) => r.cells.length !== table.columnCount);
  if (!row) return undefined;
  return `Row ${row.line + 1} has ${row.cells.length} cells but the header has ${table.columnCount}; run Format Table and choose a fix first.`;
}
