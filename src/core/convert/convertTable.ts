/**
 * Converts the table of a document to CSV, TSV or LaTeX. A ragged table is refused: every
 * format would have to pad or drop cells, and which one the author meant is theirs to say.
 */
import { raggedError } from '../format/locate';
import { readTable } from '../format/grid';
import type { Doc } from '../format/write';
import { analyzeTable } from '../model/resultsTable';
import type { Table } from '../types';
import { toCsv, toTsv } from './delimited';
import { toLatex } from './latex';

export type ConvertFormat = 'csv' | 'tsv' | 'latex';

/** The converted text, or why there is none. */
export type ConvertResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: string };

/** Converts `table` to `format`. */
export function convertTable(doc: Doc, table: Table, format: ConvertFormat): ConvertResult {
  const ragged = raggedError(table);
  if (ragged) return { ok: false, error: ragged };
  const grid = readTable(table, doc.lines);
  if (format === 'csv') return { ok: true, text: toCsv(grid) };
  if (format === 'tsv') return { ok: true, text: toTsv(grid) };
  return { ok: true, text: toLatex(grid, { summaryRows: analyzeTable(table, doc.lines).summaryRows }) };
}
