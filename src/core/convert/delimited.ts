/**
 * A table as CSV (RFC 4180: a field with a comma, quote, line break or outer space is quoted,
 * quotes doubled) or as TSV (what spreadsheets paste: tabs and line breaks in a cell become
 * spaces). Cells are written as their plain text: `**93.1**` becomes `93.1`.
 */
import type { Grid } from '../format/grid';
import { plainCell } from './inline';

function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function tsvField(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ');
}

function rowsOf(grid: Grid): string[][] {
  return [grid.header, ...grid.rows].map((row) => row.map(plainCell));
}

/** The grid as CSV, one record per line, each ended by `eol`. */
export function toCsv(grid: Grid, eol = '\n'): string {
  return rowsOf(grid).map((row) => row.map(csvField).join(',') + eol).join('');
}

/** The grid as TSV, one record per line, each ended by `eol`. */
export function toTsv(grid: Grid, eol = '\n'): string {
  return rowsOf(grid).map((row) => row.map(tsvField).join('\t') + eol).join('');
}
