/**
 * What each summary cell summarises. An `Average` row averages the body rows above it (since
 * the previous summary row). An `Avg`/`Mean` column averages the numeric columns before it (or,
 * when it comes first, after it), of the same method under `<Method> <Metric>` headers. Authors
 * often leave descriptive columns (Params, Epochs) or leading columns out, so a column summary
 * has several candidate scopes, and it is right when any of them explains it.
 */
import type { CellRef } from './groups';
import { isDescriptiveColumn } from './descriptive';
import { rowLabel } from './labels';
import type { ResultsTable } from './resultsTable';
import type { NumberValue } from '../values/parseValue';

export interface Summary {
  readonly target: CellRef;
  /** Candidate sets of inputs, most likely first; the first is the one a finding reports. */
  readonly candidates: readonly (readonly CellRef[])[];
  /** Names the summary: `Average DRAEM AUC`. */
  readonly name: string;
}

export function numberAt(model: ResultsTable, ref: CellRef): NumberValue | undefined {
  const value = model.values[ref.row]?.[ref.column];
  return value && value.kind === 'number' ? value : undefined;
}

/** The body rows that the summary row at `row` averages. */
function rowScope(model: ResultsTable, row: number): number[] {
  const first = model.headerRows;
  const scope: number[] = [];
  for (let r = row - 1; r >= first && !model.summaryRows[r]; r--) scope.unshift(r);
  if (scope.length > 0) return scope;
  return model.summaryRows.map((s, r) => (!s && r >= first && r < row ? r : -1)).filter((r) => r >= 0);
}

/** The columns that the summary column at `column` averages: those before it, else after it. */
function columnScope(model: ResultsTable, column: number): number[] {
  const method = model.columns[column]!.methodMetric?.method;
  const belongs = (c: number) => {
    const info = model.columns[c]!;
    return c !== model.labelColumn && info.numeric && (method === undefined || info.methodMetric?.method === method);
  };
  const before: number[] = [];
  for (let c = column - 1; c >= 0 && !model.columns[c]!.summary; c--) if (belongs(c)) before.unshift(c);
  if (before.length > 0) return before;
  const after: number[] = [];
  for (let c = column + 1; c < model.columns.length && !model.columns[c]!.summary; c++) if (belongs(c)) after.push(c);
  return after;
}

/** Every summary cell with the candidate sets of inputs it may be the mean of. */
export function summaries(model: ResultsTable): Summary[] {
  const out: Summary[] = [];
  model.summaryRows.forEach((summary, row) => {
    if (!summary) return;
    const scope = rowScope(model, row);
    model.columns.forEach((column, c) => {
      if (!column.numeric || c === model.labelColumn) return;
      out.push({ target: { row, column: c }, candidates: [scope.map((r) => ({ row: r, column: c }))], name: `${rowLabel(model, row)} ${column.header}` });
    });
  });
  model.columns.forEach((column, c) => {
    if (!column.summary) return;
    const scope = columnScope(model, c);
    model.summaryRows.forEach((summary, row) => {
      if (summary) return;
      const target = numberAt(model, { row, column: c });
      const decimals = target !== undefined && target.decimals > 0;
      const scores = scope.filter((s) => !isDescriptiveColumn(model, s, decimals));
      const sets: number[][] = [];
      if (scores.length >= 2) sets.push(scores);
      sets.push(scope);
      // Contiguous runs next to the summary column: authors average "the last k benchmarks".
      const before = scope.every((s) => s < c);
      for (let k = scope.length - 1; k >= 2; k--) sets.push(before ? scope.slice(scope.length - k) : scope.slice(0, k));
      out.push({ target: { row, column: c }, candidates: sets.map((set) => set.map((s) => ({ row, column: s }))), name: `${column.header} of ${rowLabel(model, row)}` });
    });
  });
  return out;
}
