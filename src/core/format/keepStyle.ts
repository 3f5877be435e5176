/**
 * How a helper writes its result: a table that was formatted before is formatted after (the
 * author keeps it aligned); any other table gets the helper's minimal edits, so that nothing
 * but what the helper is about changes.
 */
import type { Table, TextEdit } from '../types';
import { isFormatted } from './format';
import type { Grid } from './grid';
import { failure, type HelperResult } from './locate';
import { displayWidth, type WidthFunction } from './width';
import { writeGrid, type Doc } from './write';

/** Writes `grid` in place of `table`, aligned when the table was aligned, else as `minimal`. */
export function keepStyle(doc: Doc, table: Table, grid: Grid, minimal: () => TextEdit[], width: WidthFunction = displayWidth): HelperResult {
  if (!isFormatted(doc.text, table, width)) return { ok: true, edits: minimal() };
  return rendered(doc, table, grid, width);
}

/** Writes `grid` in place of `table`, aligned. */
export function rendered(doc: Doc, table: Table, grid: Grid, width: WidthFunction = displayWidth): HelperResult {
  const edits = writeGrid(doc, table, grid, width);
  return edits ? { ok: true, edits } : failure('The table cannot be written back without changing its cells; it is left as it is.');
}
