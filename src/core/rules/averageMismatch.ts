/**
 * `average-mismatch`: a summary cell (an `Average` row or an `Avg` column) differs from the mean
 * of the values it summarises by more than rounding explains. The inputs are rounded too, so a
 * difference of one unit in the summary's last displayed place is allowed.
 */
import { cellEdits } from '../fixes/cellEdits';
import type { CellRef } from '../model/groups';
import { rowLabel } from '../model/labels';
import type { ResultsTable } from '../model/resultsTable';
import type { NumberValue } from '../values/parseValue';
import { formatNumber, shown, valueRange, type Rule, type RuleFinding } from './rule';

/** Columns that describe cost or identity rather than a score; an Avg column rarely includes them. */
const NOT_A_SCORE = /\b(?:params?|parameters|flops|gflops|macs|size|year|time|latency|memory|tokens?|fps|throughput)\b|#/i;

interface Summary {
  readonly target: CellRef;
  readonly inputs: readonly CellRef[];
  /** Names the summary: `Average DRAEM AUC`. */
  readonly name: string;
}

function numberAt(model: ResultsTable, ref: CellRef): NumberValue | undefined {
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

function summaries(model: ResultsTable): Summary[] {
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

function mismatch(model: ResultsTable, lines: readonly string[], summary: Summary): RuleFinding | 'ok' | 'skip' {
  const reported = numberAt(model, summary.target);
  if (!reported || summary.inputs.length < 2) return 'skip';
  const inputs = summary.inputs.map((ref) => numberAt(model, ref));
  if (inputs.some((v) => v === undefined)) return 'skip';
  const numbers = inputs as NumberValue[];
  const sum = numbers.reduce((total, v) => total + v.value, 0);
  const mean = sum / numbers.length;
  const tolerance = model.options.averageTolerance === 'auto' ? 10 ** -reported.decimals : model.options.averageTolerance;
  if (Math.abs(reported.value - mean) <= tolerance * (1 + 1e-9)) return 'ok';
  const inputDecimals = Math.max(...numbers.map((v) => v.decimals));
  const message =
    `${summary.name} is ${shown(model, summary.target)}, but the mean of its ${numbers.length} values is ` +
    `${mean.toFixed(reported.decimals + 2)} (${sum.toFixed(inputDecimals)} / ${numbers.length}); ` +
    `rounding explains a difference of at most ${formatNumber(tolerance, reported.decimals)}.`;
  const acrossRow = summary.inputs.every((ref) => ref.row === summary.target.row);
  const cell = model.table.rows[summary.target.row]!.cells[summary.target.column]!;
  // Keep the author's minus sign (ASCII or Unicode) and never write -0.
  const rounded = Number(mean.toFixed(reported.decimals)) === 0 ? 0 : mean;
  const minus = cell.text.slice(reported.numberStart, reported.numberStart + 1) === '−' ? '−' : '-';
  const corrected = rounded.toFixed(reported.decimals).replace('-', minus);
  const fixed = cell.text.slice(0, reported.numberStart) + corrected + cell.text.slice(reported.numberEnd);
  return {
    range: valueRange(model, summary.target),
    message,
    fix: {
      title: `Replace ${shown(model, summary.target)} with the mean ${corrected}`,
      edits: cellEdits(model, lines, [{ ref: summary.target, text: fixed }]),
      preferred: true,
    },
    related: summary.inputs.map((ref) => ({
      range: valueRange(model, ref),
      message: `${acrossRow ? model.columns[ref.column]!.header : rowLabel(model, ref.row)}: ${shown(model, ref)}`,
    })),
  };
}

export const averageMismatch: Rule = {
  code: 'average-mismatch',
  description: 'An Average/Mean row or column differs from the mean of the values it summarises by more than rounding explains.',
  defaultSeverity: 'warning',
  check({ model, lines }) {
    const findings = new Map<string, RuleFinding | 'ok'>();
    for (const summary of summaries(model)) {
      const key = `${summary.target.row}:${summary.target.column}`;
      if (findings.get(key) === 'ok') continue;
      const result = mismatch(model, lines, summary);
      if (result === 'skip') continue;
      // A summary column that matches its score columns alone is right, whatever came first.
      if (result === 'ok' || !findings.has(key)) findings.set(key, result);
    }
    return [...findings.values()].filter((f): f is RuleFinding => f !== 'ok');
  },
};
