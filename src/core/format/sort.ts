/**
 * Sorts a table's body rows by one column. Numbers compare as numbers (bold, `%`, `±` ignored),
 * text compares naturally (`model-2` before `model-10`), cells without a value go last, and
 * summary rows (`Average`, `Mean`) stay at the bottom in their order. "Best first" follows the
 * column's direction: descending for higher-is-better, ascending for `FID↓`, `latency`, ….
 */
import { analyzeTable } from '../model/resultsTable';
import type { Table } from '../types';
import type { CellValue } from '../values/parseValue';
import { readTable } from './grid';
import type { HelperResult } from './locate';
import { keepStyle } from './keepStyle';
import type { Doc } from './write';

export type SortOrder = 'best-first' | 'ascending' | 'descending';

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Order of kinds: numbers, then text, then no value. */
const RANK: Readonly<Record<CellValue['kind'], number>> = { number: 0, text: 1, missing: 2 };

function compareValues(a: CellValue, b: CellValue, descending: boolean): number {
  if (a.kind !== b.kind) return RANK[a.kind] - RANK[b.kind];
  const sign = descending ? -1 : 1;
  if (a.kind === 'number' && b.kind === 'number') return sign * (a.value - b.value);
  if (a.kind === 'text' && b.kind === 'text') return sign * collator.compare(a.text, b.text);
  return 0;
}

/** The new order of the body rows (indices into `table.rows`). */
export function sortedOrder(doc: Doc, table: Table, column: number, order: SortOrder): number[] {
  const model = analyzeTable(table, doc.lines);
  const info = model.columns[column];
  const descending = order === 'descending' || (order === 'best-first' && info !== undefined && info.numeric && info.direction.direction === 'higher');
  const indices = table.rows.map((_, i) => i);
  const body = indices.filter((i) => !model.summaryRows[i]);
  const summaries = indices.filter((i) => model.summaryRows[i]);
  body.sort((a, b) => compareValues(model.values[a]![column]!, model.values[b]![column]!, descending) || a - b);
  return [...body, ...summaries];
}

/** Sorts the body rows of `table` by `column`. */
export function sortRows(doc: Doc, table: Table, column: number, order: SortOrder): HelperResult {
  const permutation = sortedOrder(doc, table, column, order);
  if (permutation.every((from, to) => from === to)) return { ok: true, edits: [] };
  const grid = readTable(table, doc.lines);
  const sorted = { ...grid, rows: permutation.map((i) => grid.rows[i]!) };
  return keepStyle(doc, table, sorted, () =>
    table.rows.flatMap((row, to) => {
      const from = table.rows[permutation[to]!]!;
      if (from === row) return [];
      const line = doc.lines[row.line]!;
      return [{
        range: { start: { line: row.line, character: row.textStart }, end: { line: row.line, character: line.length } },
        newText: doc.lines[from.line]!.slice(from.textStart),
      }];
    }),
  );
}
