/**
 * `average-mismatch`: a summary cell (an `Average` row or an `Avg` column) differs from the mean
 * of the values it summarises by more than rounding explains. The inputs are rounded too, so a
 * difference of one unit in the summary's last displayed place is allowed.
 */
import { cellEdits } from '../fixes/cellEdits';
import { rowLabel } from '../model/labels';
import type { ResultsTable } from '../model/resultsTable';
import { numberAt, summaries, type Summary } from '../model/summaries';
import type { NumberValue } from '../values/parseValue';
import { formatNumber, shown, valueRange, type Rule, type RuleFinding } from './rule';

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
  // A loop, not Math.max(...): spreading a 100,000-row column overflows the stack. Places are
  // capped at 100, all toFixed accepts.
  let inputDecimals = 0;
  for (const v of numbers) inputDecimals = Math.max(inputDecimals, v.decimals);
  inputDecimals = Math.min(100, inputDecimals);
  const places = Math.min(100, reported.decimals);
  const message =
    `${summary.name} is ${shown(model, summary.target)}, but the mean of its ${numbers.length} values is ` +
    `${mean.toFixed(Math.min(100, places + 2))} (${sum.toFixed(inputDecimals)} / ${numbers.length}); ` +
    `rounding explains a difference of at most ${formatNumber(tolerance, reported.decimals)}.`;
  const acrossRow = summary.inputs.every((ref) => ref.row === summary.target.row);
  const cell = model.table.rows[summary.target.row]!.cells[summary.target.column]!;
  // Keep the author's minus sign (ASCII or Unicode) and never write -0.
  const rounded = Number(mean.toFixed(places)) === 0 ? 0 : mean;
  const minus = cell.text.slice(reported.numberStart, reported.numberStart + 1) === '−' ? '−' : '-';
  const corrected = rounded.toFixed(places).replace('-', minus);
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
