/**
 * What each summary cell summarises: an `Average` row averages the body rows above it (since
 * the previous summary row), an `Avg` column the numeric columns before it (of the same method
 * under `<Method> <Metric>` headers), leaving out cost columns such as Params when that is how
 * the author computed it.
 */
import type { CellRef } from './groups';
import { rowLabel } from './labels';
import type { ResultsTable } from './resultsTable';
import type { NumberValue } from '../values/parseValue';

/** Columns that describe cost or identity rather than a score; an Avg column rarely includes them. */
const NOT_A_SCORE = /\b(?:params?|parameters|flops|gflops|macs|size|year|time|latency|memory|tokens?|fps|throughput)\b|#/i;

export interface Summary {
  readonly target: CellRef;
  readonly inputs: readonly CellRef[];
  /** Names the summary: `Average DRAEM AUC`. */
  readonly name: string;
}

export function numberAt(model: ResultsTable, ref: CellRef): NumberValue | undefined {
  const value = model.values[ref.row]?.[ref.column];
  return value && value.kind === 'number' ? value : undefined;
}

/** The body rows that the summary row at `row` averages. */
function rowScope(model: ResultsTable, row: number): number[] {
  const scope: number[] = [];
  for (let r = row - 1; r >= 0 && !model.summaryRows[r]; r--) scope.unshift(r);
  if (scope.length > 0) return scope;
  return model.summaryRows.map((s, r) => (!s && r < row ? r : -1)).filter((r) => r >= 0);
}

/** The columns that the summary column at `column` averages. */
function columnScope(model: ResultsTable, column: number): number[] {
  const method = model.columns[column]!.methodMetric?.method;
  const scope: number[] = [];
  for (let c = column - 1; c >= 0 && !model.columns[c]!.summary; c--) {
    const info = model.columns[c]!;
    if (info.numeric && (method === undefined || info.methodMetric?.method === method)) scope.unshift(c);
  }
  return scope;
}

/** Every summary cell with the inputs it should be the mean of (a cell may appear twice: its score columns, then all). */
export function summaries(model: ResultsTable): Summary[] {
  const out: Summary[] = [];
  model.summaryRows.forEach((summary, row) => {
    if (!summary) return;
    const scope = rowScope(model, row);
    model.columns.forEach((column, c) => {
      if (!column.numeric || c === model.labelColumn) return;
      out.push({ target: { row, column: c }, inputs: scope.map((r) => ({ row: r, column: c })), name: `${rowLabel(model, row)} ${column.header}` });
    });
  });
  model.columns.forEach((column, c) => {
    if (!column.summary) return;
    const scope = columnScope(model, c);
    const scores = scope.filter((s) => !NOT_A_SCORE.test(model.columns[s]!.header));
    model.summaryRows.forEach((summary, row) => {
      if (summary) return;
      const name = `${column.header} of ${rowLabel(model, row)}`;
      // The score columns alone come first, so that a mismatch is reported against them.
      if (scores.length !== scope.length && scores.length >= 2) {
        out.push({ target: { row, column: c }, inputs: scores.map((s) => ({ row, column: s })), name });
      }
      out.push({ target: { row, column: c }, inputs: scope.map((s) => ({ row, column: s })), name });
    });
  });
  return out;
}

